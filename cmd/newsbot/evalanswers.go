package main

import (
	"context"
	"flag"
	"fmt"
	"slices"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/answer"
	"github.com/newsbot/newsbot/retrieval"
)

func init() {
	commands["eval-answers"] = command{
		usage: "eval-answers [--fake-embed|--embed] [--llm] [--articles DIR] [--json] [--misses] [--baseline OLD.json] FILE | --causes [--rank-rows OUT] FILE...",
		// more flags: --use-db, --k N
		help: "answer quality on questions with expected answers: answered, correct, refused, and retrieval's share",
		run:  runEvalAnswers,
	}
}

// evalAnswersFlags are the flags of the eval-answers command.
type evalAnswersFlags struct {
	fake, embed, llm, asJSON, misses, useDB bool
	causes                                  bool
	k                                       int
	articles                                []string
	baseline                                string
	rankRows                                string
}

// runEvalAnswers asks every question of an answer set through the real
// answer service, over a temporary store holding the set's articles, and
// reports how many answers state the expected fact and how many
// unanswerable questions are refused.
func runEvalAnswers(ctx context.Context, env *Env, args []string) error {
	fs, g, f := evalAnswersFlagSet(env)
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if err := checkEvalAnswersArgs(env, pos, *f); err != nil {
		return err
	}
	if f.causes {
		return runAnswerCauses(ctx, env, g, *f, pos)
	}
	rep, err := evalAnswerSet(ctx, env, g, *f, pos[0])
	if err != nil {
		return err
	}
	if f.asJSON {
		return writeJSON(env.Stdout, rep)
	}
	printAnswerReport(env.Stdout, rep, f.misses)
	if rep.Changes != nil {
		printAnswerChanges(env.Stdout, rep.Changes)
	}
	return nil
}

// evalAnswersFlagSet returns the flag set of eval-answers and where its
// flags go.
func evalAnswersFlagSet(env *Env) (*flag.FlagSet, *globalFlags, *evalAnswersFlags) {
	fs, g := newFlagSet(env, "eval-answers")
	temporaryDB(fs, "database `path` read with --use-db (default: $NEWSBOT_DB, else newsbot.db); otherwise a temporary store is used")
	f := &evalAnswersFlags{}
	fs.BoolVar(&f.fake, "fake-embed", false, "hybrid retrieval with the offline hashing embedder (NOT a real model: shows the code path, not real quality)")
	fs.BoolVar(&f.embed, "embed", false, "hybrid retrieval with the configured embedding model (NEWSBOT_EMBED_MODEL); default: keyword only")
	fs.BoolVar(&f.llm, "llm", false, "answer with the configured chat model (OPENAI_BASE_URL or OPENAI_API_KEY, NEWSBOT_CHAT_MODEL); default: extractive")
	fs.BoolVar(&f.asJSON, "json", false, "print the report, with every question's result, as JSON")
	fs.BoolVar(&f.misses, "misses", false, "list the wrong answers, the refused answerable questions and the answered unanswerable ones")
	fs.BoolVar(&f.useDB, "use-db", false, "answer from the articles stored in --db instead of a temporary store (article fields are then ignored)")
	fs.StringVar(&f.baseline, "baseline", "", "compare with an earlier run saved by --json to `FILE`: the questions fixed and broken since")
	fs.BoolVar(&f.causes, "causes", false, "for every answerable question refused, answered wrongly or answered with the fact late while a top-5 passage held it, say which check kept the sentence holding the answer out; sums the causes over all the sets given")
	fs.StringVar(&f.rankRows, "rank-rows", "", "with --causes, write to `FILE` (JSON Lines) every answerable question's candidate sentences with their ranking features and whether each states the expected answer, for fitting the ranking's weights (docs/answers.md)")
	fs.IntVar(&f.k, "k", 0, "retrieve `N` passages for each answer, 1 to 50 (default: the answerer's choice)")
	fs.Func("articles", "also load every .txt, .md and .html file of `DIR` (repeatable)", func(s string) error {
		f.articles = append(f.articles, s)
		return checkArticleDir(s)
	})
	return fs, g, f
}

// evalAnswerSet reads the set (and the baseline), builds the store and the
// service the flags choose, and scores every question.
func evalAnswerSet(ctx context.Context, env *Env, g *globalFlags, f evalAnswersFlags, setPath string) (*answerReport, error) {
	qs, err := readAnswerSet(setPath)
	if err != nil {
		return nil, err
	}
	var base []answerResult
	if f.baseline != "" {
		if base, err = readBaseline(f.baseline); err != nil {
			return nil, err
		}
	}
	emb, err := answerEvalEmbedder(env, f)
	if err != nil {
		return nil, err
	}
	db, cleanup, err := answerEvalStore(ctx, g, f, setPath, qs)
	if err != nil {
		return nil, err
	}
	defer cleanup()
	if err := embedAll(ctx, env, db, emb); err != nil {
		return nil, err
	}
	svc, s, err := answerEvalService(env, db, emb, f.llm)
	if err != nil {
		return nil, err
	}
	rep, err := evaluateAnswers(ctx, svc, s, g.guild, f.k, qs, f.causes)
	if err != nil {
		return nil, err
	}
	if base != nil {
		rep.Changes = compareAnswers(f.baseline, base, rep.Results)
	}
	return rep, describeRun(ctx, rep, db, g.guild, emb, f.llm)
}

// checkEvalAnswersArgs checks the positional arguments, the flags that
// cannot go together and the chat model --llm needs.
func checkEvalAnswersArgs(env *Env, pos []string, f evalAnswersFlags) error {
	m, err := readModels(env)
	if err != nil {
		return err
	}
	switch {
	case f.causes && len(pos) == 0:
		return newsbot.Errorf(newsbot.EINVALID, "give one or more question sets: newsbot eval-answers --causes FILE... (JSON Lines of {\"question\",\"article\",\"answers\"})")
	case f.causes && (f.baseline != "" || f.useDB || f.llm):
		return newsbot.Errorf(newsbot.EINVALID, "--causes explains extractive answers over each set's own articles: leave out --baseline, --use-db and --llm")
	case f.rankRows != "" && !f.causes:
		return newsbot.Errorf(newsbot.EINVALID, "--rank-rows writes the candidates --causes traces: give --causes too")
	case !f.causes && len(pos) != 1:
		return newsbot.Errorf(newsbot.EINVALID, "give one question set: newsbot eval-answers FILE (JSON Lines of {\"question\",\"article\",\"answers\"}), or several with --causes")
	case f.fake && f.embed:
		return newsbot.Errorf(newsbot.EINVALID, "--fake-embed and --embed both choose the embedder: give one")
	case f.k < 0 || f.k > 50:
		return newsbot.Errorf(newsbot.EINVALID, "--k must be between 1 and 50 (or 0: the answerer's choice)")
	case f.llm && !m.chat:
		return newsbot.Errorf(newsbot.EINVALID, "--llm needs a chat model: set OPENAI_BASE_URL or OPENAI_API_KEY (and NEWSBOT_CHAT_MODEL), or AZURE_OPENAI_ENDPOINT with a chat deployment")
	}
	return nil
}

// answerEvalEmbedder returns the embedder the flags choose: none (keyword
// retrieval), the offline one, or the configured model, which must then
// be configured.
func answerEvalEmbedder(env *Env, f evalAnswersFlags) (retrieval.Embedder, error) {
	if !f.fake && !f.embed {
		return nil, nil
	}
	emb, err := evalEmbedder(env, f.fake)
	if err == nil && emb == nil {
		return nil, newsbot.Errorf(newsbot.EINVALID, "--embed needs an embedding model: set NEWSBOT_EMBED_MODEL (and OPENAI_BASE_URL or OPENAI_API_KEY), or use --fake-embed")
	}
	return emb, err
}

// answerEvalStore returns the store to answer from: the --db store with
// --use-db, else a temporary store holding every article the set names
// and those of --articles. cleanup closes it (and removes a temporary one).
func answerEvalStore(ctx context.Context, g *globalFlags, f evalAnswersFlags, setPath string, qs []answerQuestion) (newsbot.Backend, func(), error) {
	if f.useDB {
		db, err := openStore(ctx, g)
		if err != nil {
			return nil, nil, err
		}
		return db, func() { db.Close() }, nil
	}
	var names []string
	for _, q := range qs {
		names = append(names, q.Articles...)
	}
	if len(names) == 0 && len(f.articles) == 0 {
		return nil, nil, newsbot.Errorf(newsbot.EINVALID, "the question set names no articles: give each answerable question an \"article\", pass --articles DIR, or answer from a store with --use-db")
	}
	db, _, cleanup, err := tempEvalStore(ctx, g.db, g.guild, setPath, names, f.articles)
	return db, cleanup, err
}

// answerEvalService builds the answer service evaluated the way ask does
// (newAnswerer), from an environment without the model variables the flags
// did not ask for: no embedding model (emb, when not nil, is given to the
// searcher instead) and, without llm, no model server at all. It returns
// the service and its searcher, searched again for retrieval's share.
func answerEvalService(env *Env, db newsbot.Backend, emb retrieval.Embedder, llm bool) (*answer.Service, *retrieval.Searcher, error) {
	masked := []string{"NEWSBOT_EMBED_MODEL", "AZURE_OPENAI_EMBED_DEPLOYMENT"}
	if !llm {
		masked = append(masked, "OPENAI_API_KEY", "OPENAI_BASE_URL", "AZURE_OPENAI_ENDPOINT")
	}
	svc, err := newAnswerer(maskEnv(env, masked...), db)
	if err != nil {
		return nil, nil, err
	}
	s, ok := svc.Retriever.(*retrieval.Searcher)
	if !ok {
		return nil, nil, fmt.Errorf("eval-answers: the answerer's retriever is a %T, not a *retrieval.Searcher", svc.Retriever)
	}
	if emb != nil {
		s.Vectors, s.Embedder = db, emb
	}
	return svc, s, nil
}

// maskEnv returns env with the named variables unset.
func maskEnv(env *Env, names ...string) *Env {
	masked := *env
	masked.Getenv = func(k string) string {
		if slices.Contains(names, k) {
			return ""
		}
		return env.Getenv(k)
	}
	return &masked
}

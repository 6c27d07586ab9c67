package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/embedding"
	"github.com/newsbot/newsbot/ingest"
	"github.com/newsbot/newsbot/retrieval"
)

func init() {
	commands["eval"] = command{
		usage: "eval [--fake-embed] [--articles DIR] [--json] [--misses] FILE",
		// more flags: --use-db, --no-recency, --max-per-article N, --now YYYY-MM-DD
		help: "retrieval metrics (Hits@1, Hits@5, MRR@10, latency) on a question set",
		run:  runEval,
	}
}

// evalFlags are the flags of the eval command.
type evalFlags struct {
	fake, asJSON, misses, useDB, noRecency bool
	maxPerArticle                          int
	articles                               []string
	now                                    func() time.Time // recency's clock (--now); nil: today
}

func runEval(ctx context.Context, env *Env, args []string) error {
	fs, g := newFlagSet(env, "eval")
	temporaryDB(fs, "database `path` read with --use-db (default: $NEWSBOT_DB, else newsbot.db); otherwise a temporary store is used")
	var f evalFlags
	fs.BoolVar(&f.fake, "fake-embed", false, "use the offline hashing embedder (NOT a real model: shows the code path, not real quality)")
	fs.BoolVar(&f.asJSON, "json", false, "print the reports as JSON")
	fs.BoolVar(&f.misses, "misses", false, "list the questions whose gold passage was not in the top 5")
	fs.BoolVar(&f.useDB, "use-db", false, "evaluate on the articles stored in --db (gold articles by title or id) instead of a temporary store")
	fs.BoolVar(&f.noRecency, "no-recency", false, "turn off the recency preference of ranking (keyword and hybrid)")
	fs.IntVar(&f.maxPerArticle, "max-per-article", 0, "passages of one article allowed in the first five hybrid results (0: the default, 3; -1: no limit)")
	nowDay := nowFlag(fs)
	fs.Func("articles", "also load every .txt, .md and .html file of `DIR` (repeatable); questions may then name articles by title", func(s string) error {
		f.articles = append(f.articles, s)
		return checkArticleDir(s)
	})
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if f.now, err = parseNow(*nowDay); err != nil {
		return err
	}
	if len(pos) != 1 {
		return newsbot.Errorf(newsbot.EINVALID, "give one question set: newsbot eval FILE (JSON Lines of {\"question\",\"article\",\"gold\"})")
	}
	qs, err := readEvalFile(pos[0])
	if err != nil {
		return err
	}
	emb, err := evalEmbedder(env, f.fake)
	if err != nil {
		return err
	}
	db, gold, cleanup, err := evalStore(ctx, g, f, pos[0], qs)
	if err != nil {
		return err
	}
	defer cleanup()
	if err := embedAll(ctx, env, db, emb); err != nil {
		return err
	}
	reps, err := evalModes(ctx, db, emb, g.guild, f, qs, gold)
	if err != nil {
		return err
	}
	if f.asJSON {
		return writeJSON(env.Stdout, reps)
	}
	printEval(env.Stdout, reps, qs, emb, f.misses)
	return nil
}

func readEvalFile(path string) ([]retrieval.EvalQuestion, error) {
	if err := notAFolder(path); err != nil {
		return nil, err
	}
	fh, err := os.Open(path)
	if err != nil {
		return nil, newsbot.Errorf(newsbot.ENOTFOUND, "cannot open the question set %s: check the path", path)
	}
	defer fh.Close()
	qs, err := retrieval.ReadEvalSet(fh)
	if err != nil {
		return nil, &newsbot.Error{Code: newsbot.EINVALID, Err: err, Message: path + ": " + newsbot.ErrorMessage(err)}
	}
	return qs, nil
}

// embedAll embeds every stored chunk with emb, showing progress on
// stderr; a nil emb does nothing.
func embedAll(ctx context.Context, env *Env, db newsbot.Backend, emb retrieval.Embedder) error {
	if emb == nil {
		return nil
	}
	bar := newProgress(env, "embedding", "chunks", 0)
	ix := &retrieval.Indexer{Vectors: db, Embedder: emb, Progress: bar.Set}
	_, err := ix.Reindex(ctx, false)
	bar.Finish()
	return err
}

// evalEmbedder returns the offline embedder with --fake-embed, the
// configured one otherwise, or nil for keyword search only.
func evalEmbedder(env *Env, fake bool) (retrieval.Embedder, error) {
	if fake {
		return embedding.Hashing{}, nil
	}
	c, err := newEmbedder(env)
	if c == nil || err != nil {
		return nil, err
	}
	return c, nil
}

// evalStore returns the store to search and the gold article id of each
// question: a temporary store holding the set's article files (and those
// of --articles), or with --use-db the --db store. cleanup closes the
// store and removes the temporary one.
func evalStore(ctx context.Context, g *globalFlags, f evalFlags, setPath string, qs []retrieval.EvalQuestion) (db newsbot.Backend, gold []int64, cleanup func(), err error) {
	if f.useDB {
		if db, err = openStore(ctx, g); err != nil {
			return nil, nil, nil, err
		}
		if gold, err = goldFromDB(ctx, db, g.guild, qs); err != nil {
			db.Close()
			return nil, nil, nil, err
		}
		return db, gold, func() { db.Close() }, nil
	}
	names := make([]string, len(qs))
	for i, q := range qs {
		names[i] = q.Article
	}
	db, ids, cleanup, err := tempEvalStore(ctx, g.db, g.guild, setPath, names, f.articles)
	if err != nil {
		return nil, nil, nil, err
	}
	arts, err := db.Articles(ctx, g.guild)
	if err != nil {
		cleanup()
		return nil, nil, nil, err
	}
	gold = make([]int64, len(qs))
	for i, q := range qs {
		if id, ok := ids[articlePath(setPath, q.Article)]; ok {
			gold[i] = id
		} else if gold[i], err = resolveGold(arts, g.guild, q); err != nil {
			cleanup()
			return nil, nil, nil, err
		}
	}
	return db, gold, cleanup, nil
}

// tempEvalStore opens a store in a new temporary directory (or, when
// dbFlag is a PostgreSQL URL, a new schema of that database) and loads into
// it the articles of loadEvalArticles. cleanup closes the store and removes
// the directory; on error nothing is left behind.
func tempEvalStore(ctx context.Context, dbFlag, guild, setPath string, names, dirs []string) (db newsbot.Backend, ids map[string]int64, cleanup func(), err error) {
	dir, err := os.MkdirTemp("", "newsbot-eval-")
	if err != nil {
		return nil, nil, nil, err
	}
	db, closeDB, err := openTempBackend(ctx, dbFlag, dir)
	if err != nil {
		os.RemoveAll(dir)
		return nil, nil, nil, err
	}
	cleanup = func() { closeDB(); os.RemoveAll(dir) }
	if ids, err = loadEvalArticles(ctx, db, guild, setPath, names, dirs); err != nil {
		cleanup()
		return nil, nil, nil, err
	}
	return db, ids, cleanup, nil
}

// checkArticleDir returns an error saying what to give when dir, an
// --articles value, is not a directory holding article files: a wrong
// path used to be skipped silently, the set then run without them.
func checkArticleDir(dir string) error {
	fi, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("no such directory: give a folder of .txt, .md or .html articles")
	} else if !fi.IsDir() {
		return fmt.Errorf("not a directory: give the folder that holds the article files")
	}
	for _, ext := range []string{"*.txt", "*.md", "*.html"} {
		if m, _ := filepath.Glob(filepath.Join(dir, ext)); len(m) > 0 {
			return nil
		}
	}
	return fmt.Errorf("no .txt, .md or .html files in it: give the folder that holds the articles")
}

// loadEvalArticles adds each article file named by the set (names are
// relative to the set's file), and every article file in dirs, through the
// ingest pipeline, and returns the ids by path.
func loadEvalArticles(ctx context.Context, db newsbot.Backend, guild, setPath string, names, dirs []string) (map[string]int64, error) {
	var paths []string
	for _, name := range names {
		// An article that is not a file is a title or id, resolved after
		// loading; a missing file is an error, reported by ReadFile.
		p := articlePath(setPath, name)
		if _, err := os.Stat(p); err == nil || articleExt(p) {
			paths = append(paths, p)
		}
	}
	for _, d := range dirs {
		for _, ext := range []string{"*.txt", "*.md", "*.html"} {
			m, _ := filepath.Glob(filepath.Join(d, ext))
			paths = append(paths, m...)
		}
	}
	ing := ingest.New(db)
	ids := map[string]int64{}
	for _, p := range paths {
		if _, done := ids[p]; done || strings.EqualFold(filepath.Base(p), "README.md") {
			continue
		}
		c, err := ingest.ReadFile(p)
		if err != nil {
			return nil, &newsbot.Error{Code: newsbot.ErrorCode(err), Err: err,
				Message: fmt.Sprintf("article %s: %s (article paths are relative to the question set)", p, newsbot.ErrorMessage(err))}
		}
		res, err := ing.AddCleaned(ctx, guild, c, ingest.Meta{})
		if err != nil {
			return nil, fmt.Errorf("add %s: %w", p, err)
		}
		ids[p] = res.ID
	}
	return ids, nil
}

// goldFromDB resolves each question's article, by id or by title, in the
// guild's stored articles.
func goldFromDB(ctx context.Context, db newsbot.Backend, guild string, qs []retrieval.EvalQuestion) ([]int64, error) {
	arts, err := db.Articles(ctx, guild)
	if err != nil {
		return nil, err
	}
	gold := make([]int64, len(qs))
	for i, q := range qs {
		if gold[i], err = resolveGold(arts, guild, q); err != nil {
			return nil, err
		}
	}
	return gold, nil
}

// resolveGold finds a question's article among arts by id, by title (case
// and surrounding spaces ignored) or by URL.
func resolveGold(arts []newsbot.Article, guild string, q retrieval.EvalQuestion) (int64, error) {
	name := strings.TrimSpace(q.Article)
	if id, err := strconv.ParseInt(name, 10, 64); err == nil {
		if slices.ContainsFunc(arts, func(a newsbot.Article) bool { return a.ID == id }) {
			return id, nil
		}
	}
	j := slices.IndexFunc(arts, func(a newsbot.Article) bool {
		return strings.EqualFold(strings.TrimSpace(a.Title), name) || (a.URL != "" && a.URL == name)
	})
	if j < 0 {
		return 0, newsbot.Errorf(newsbot.EINVALID, "line %d: no article file, id, title or URL %q in guild %s: give a file path (relative to the question set), an article id, its exact title or its URL", q.Line, q.Article, guild)
	}
	return arts[j].ID, nil
}

func articleExt(p string) bool {
	switch strings.ToLower(filepath.Ext(p)) {
	case ".txt", ".md", ".markdown", ".html", ".htm":
		return true
	}
	return false
}

// evalModes evaluates keyword-only ranking, and with an embedder also
// vector-only and hybrid ranking.
func evalModes(ctx context.Context, db newsbot.Backend, emb retrieval.Embedder, guild string, f evalFlags, qs []retrieval.EvalQuestion, gold []int64) ([]*retrieval.EvalReport, error) {
	modes := []string{retrieval.ModeKeyword}
	if emb != nil {
		modes = append(modes, retrieval.ModeVector, retrieval.ModeHybrid)
	}
	var reps []*retrieval.EvalReport
	for _, m := range modes {
		s := &retrieval.Searcher{Store: db, Mode: m, NoRecency: f.noRecency, MaxPerArticle: f.maxPerArticle, Now: f.now}
		if m != retrieval.ModeKeyword {
			s.Vectors, s.Embedder = db, emb
			s.Search(ctx, guild, "warm up", 1) // load the vectors before timing
		}
		rep, err := retrieval.Evaluate(ctx, m, s, guild, qs, gold)
		if err != nil {
			return nil, err
		}
		reps = append(reps, rep)
	}
	return reps, nil
}

func printEval(w io.Writer, reps []*retrieval.EvalReport, qs []retrieval.EvalQuestion, emb retrieval.Embedder, misses bool) {
	model := "none (keyword only; set NEWSBOT_EMBED_MODEL or pass --fake-embed)"
	if emb != nil {
		model = emb.Model()
	}
	fmt.Fprintf(w, "%d questions; embedder: %s\n\n", len(qs), model)
	var kinds []string
	for k := range reps[0].ByKind {
		if k != "" {
			kinds = append(kinds, k)
		}
	}
	slices.Sort(kinds)
	fmt.Fprintf(w, "%-8s %7s %7s %7s %8s %8s", "mode", "Hits@1", "Hits@5", "MRR@10", "p50 ms", "p99 ms")
	for _, k := range kinds {
		fmt.Fprintf(w, " %12s", "H@5 "+k)
	}
	fmt.Fprintln(w)
	for _, r := range reps {
		fmt.Fprintf(w, "%-8s %7.3f %7.3f %7.3f %8.2f %8.2f", r.Mode, r.Hits1, r.Hits5, r.MRR10, ms(r.P50), ms(r.P99))
		for _, k := range kinds {
			fmt.Fprintf(w, " %12.3f", r.ByKind[k])
		}
		fmt.Fprintln(w)
	}
	if !misses {
		return
	}
	for _, r := range reps {
		fmt.Fprintf(w, "\n%s misses (gold not in the top 5):\n", r.Mode)
		for _, m := range r.Misses {
			rank := "not in top 10"
			if m.Rank > 0 {
				rank = fmt.Sprintf("rank %d", m.Rank)
			}
			fmt.Fprintf(w, "  line %-3d %-14s %s\n", m.Line, rank, m.Question)
		}
	}
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// articlePath resolves an article file named by a question set: relative
// to the set's file, unless absolute.
func articlePath(setPath, name string) string {
	if filepath.IsAbs(name) {
		return name
	}
	return filepath.Join(filepath.Dir(setPath), name)
}

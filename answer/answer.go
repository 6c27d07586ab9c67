// Package answer composes answers from retrieved passages: extractive
// answers built from attributed sentences, and LLM answers whose quotes are
// verified verbatim against the stored articles.
//
// Whatever the mode, a quote shown to a user is a verbatim substring of a
// stored article, and the speaker shown with it comes from newsbot's
// attribution data, never from a language model.
package answer

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/prompts"
	"github.com/newsbot/newsbot/retrieval/timeexpr"
)

// Question limits.
const (
	MaxQuestion = 2000 // characters
	DefaultK    = 6    // passages retrieved when Question.K is 0
	maxK        = 50
	maxHistory  = 6 // earlier turns used for a follow-up
)

// Service answers questions. Required: Store and Retriever. LLM nil means
// extractive answers only; MaxAnswerChars bounds an LLM answer, cut at a
// sentence end (default 1500). Conversations, when set, supplies the history of
// a Question.Conversation and records each answered turn; a caller that
// keeps its own history (the Discord bot) passes Question.History instead,
// and then nothing is recorded. Safe for concurrent use.
type Service struct {
	Store          newsbot.ArticleStore
	Retriever      newsbot.Retriever
	LLM            newsbot.ChatModel
	MaxAnswerChars int
	Conversations  newsbot.ConversationStore
	Logger         *slog.Logger
	// Now is the clock that time words in questions are read against
	// ("yesterday", "this week"); default time.Now.
	Now func() time.Time
}

var _ newsbot.Answerer = (*Service)(nil)

// Ask answers q from the guild's articles. It returns an EINVALID error
// for an empty or over-long question; a failing or misbehaving LLM never
// makes it fail (the extractive answer is given with a note); errors of
// the store or the retriever are returned.
func (s *Service) Ask(ctx context.Context, q newsbot.Question) (*newsbot.Answer, error) {
	if err := validate(&q); err != nil {
		return nil, err
	}
	history, err := s.history(ctx, q)
	if err != nil {
		return nil, err
	}
	qt := expandShorthand(q.Text) // "q1 22 rev up how many pct?" as releases write it
	asked, err := s.timeOf(ctx, q.Guild, qt)
	if err != nil {
		return nil, err
	}
	text := asked.text(qt) // time words are not keywords
	if ov, err := s.answerOverview(ctx, q.Guild, &asked, qt, text); err != nil {
		return nil, err
	} else if ov != nil {
		if !ov.Supported && len(ov.Citations) == 0 {
			// "What happened this week?" in a guild with no article: say
			// that, not that no article covers the week
			if ans, err := s.noArticles(ctx, q); ans != nil || err != nil {
				return ans, err
			}
		}
		return s.finish(ctx, q, asked, ov)
	}
	if ans, err := s.answerAuthor(ctx, q.Guild, q.Text); err != nil {
		return nil, err
	} else if ans != nil { // "Who wrote the report?": its stored byline and outlet (byline.go)
		return s.finish(ctx, q, asked, ans)
	}
	query := s.standalone(ctx, text, history)
	k := q.K
	if k <= 0 {
		k = DefaultK
	}
	ps, err := s.Retriever.Search(ctx, q.Guild, query, asked.pool(min(k, maxK)))
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	if len(ps) == 0 {
		if ans, err := s.noArticles(ctx, q); ans != nil || err != nil {
			return ans, err
		}
	}
	srcs, err := s.loadSources(ctx, q.Guild, asked.passages(slices.Clone(ps), min(k, maxK)))
	if err != nil {
		return nil, err
	}
	asText := qt
	if ix, ok := recaseIndex(text, srcs); ok {
		// names typed in lower case, read as the found articles write
		// them (recase.go): the question is searched and read again
		if rt, changed := ix.recase(text); changed {
			text, asText = rt, ix.recaseText(asText)
			query = s.standalone(ctx, text, history)
			if rps, err := s.Retriever.Search(ctx, q.Guild, query, asked.pool(min(k, maxK))); err != nil {
				return nil, fmt.Errorf("search: %w", err)
			} else if len(rps) > 0 {
				rsrcs, err := s.loadSources(ctx, q.Guild, asked.passages(slices.Clone(rps), min(k, maxK)))
				if err != nil {
					return nil, err
				}
				ps, srcs = rps, rsrcs
			}
		}
	}
	keepOutMeta(asText, srcs)
	srcs = asked.sources(srcs)
	aliases, err := s.aliases(ctx, q.Guild, query)
	if err != nil {
		return nil, err
	}
	if r, rsrcs, ok, err := s.reread(ctx, q.Guild, asText, text, query, asked, ps, min(k, maxK), aliases); err != nil {
		return nil, err
	} else if ok {
		asked, srcs = r, rsrcs
	} else if e, esrcs, ok, err := s.earlier(ctx, q.Guild, asText, text, query, asked, ps, min(k, maxK), aliases); err != nil {
		return nil, err
	} else if ok { // the period's announcements (earlier.go)
		asked, srcs = e, esrcs
	}
	asked.prior = newSubject(text, history)
	if tr := traceFrom(ctx); tr != nil {
		tr.record(text, query, srcs, aliases) // for the cause report only (causes.go)
	}
	ext := func() *newsbot.Answer { return asked.extractive(text, query, srcs, aliases) }
	var ans *newsbot.Answer
	if s.modelDecides(srcs) {
		ans = s.llmWhenFree(ctx, q.Text, history, srcs, ext) // composed only if the model fails
	} else {
		ans = ext()
	}
	if !ans.Supported && len(ps) > 0 && len(asked.notAfterToday(slices.Clone(ps))) == 0 {
		// "none of them mentions Russia" would be untrue: the reports
		// found mention it, but they are later than the day asked as of
		ans.Answer = prompts.AllLater(timeexpr.HumanDate(asked.today.Format(timeexpr.DateLayout)))
	}
	return s.finish(ctx, q, asked, ans)
}

// noArticles returns the answer for a guild that holds no article at all,
// so that a refusal says so instead of "none of them mentions NATO"
// (there is no "them"), or nil when it holds some. A store that cannot
// count gives nil.
func (s *Service) noArticles(ctx context.Context, q newsbot.Question) (*newsbot.Answer, error) {
	cc, ok := s.Store.(newsbot.ChunkCounter)
	if !ok {
		return nil, nil
	}
	n, _, err := cc.CountChunks(ctx, q.Guild)
	if err != nil {
		return nil, fmt.Errorf("count the guild's chunks: %w", err)
	}
	if n > 0 {
		return nil, nil
	}
	ans := &newsbot.Answer{Mode: newsbot.ModeExtractive, Citations: []newsbot.Citation{}, Answer: prompts.NoArticles()}
	return s.finish(ctx, q, askedTime{}, ans)
}

// modelDecides reports whether the chat model is asked: whenever one is
// configured and retrieval found something. The model itself says whether
// the passages answer the question (a paraphrase, or a question in another
// language that vector search served, has few words in common with them);
// the extractive answer, composed first, is only the fallback.
func (s *Service) modelDecides(srcs []*source) bool {
	return s.LLM != nil && len(srcs) > 0
}

// validate trims the question and checks its size and guild.
func validate(q *newsbot.Question) error {
	q.Text = strings.TrimSpace(q.Text)
	switch n := utf8.RuneCountInString(q.Text); {
	case n == 0:
		return newsbot.Errorf(newsbot.EINVALID, "the question is empty: ask something about the stored articles")
	case n > MaxQuestion:
		return newsbot.Errorf(newsbot.EINVALID, "the question is %d characters long; keep it under %d", n, MaxQuestion)
	case q.Guild == "":
		return newsbot.Errorf(newsbot.EINVALID, "no guild given for the question")
	case q.K < 0 || q.K > maxK:
		return newsbot.Errorf(newsbot.EINVALID, "k must be between 1 and %d", maxK)
	}
	return nil
}

// history returns the question's earlier turns: those given, else the
// stored turns of its conversation.
func (s *Service) history(ctx context.Context, q newsbot.Question) ([]newsbot.Turn, error) {
	h := q.History
	if len(h) == 0 && q.Conversation != "" && s.Conversations != nil {
		var err error
		if h, err = s.Conversations.Turns(ctx, q.Guild, q.Conversation, maxHistory); err != nil {
			return nil, fmt.Errorf("load conversation: %w", err)
		}
	}
	if len(h) > maxHistory {
		h = h[len(h)-maxHistory:]
	}
	return h, nil
}

// remember records the answered turn in its conversation, unless the
// caller keeps the history itself (it passed Question.History).
func (s *Service) remember(ctx context.Context, q newsbot.Question, ans *newsbot.Answer) error {
	if q.Conversation == "" || s.Conversations == nil || len(q.History) > 0 {
		return nil
	}
	if err := s.Conversations.AddTurn(ctx, q.Guild, q.Conversation, newsbot.Turn{Question: q.Text, Answer: ans.Answer}); err != nil {
		return fmt.Errorf("save conversation turn: %w", err)
	}
	return nil
}

// extractive composes the answer from the sources without an LLM. The
// question's terms come from query, the standalone form of the question;
// aliases are the other names of its names (Service.aliases). A question
// about a name no source mentions is refused with that name.
func extractive(question, query string, srcs []*source, aliases map[string][]string) *newsbot.Answer {
	return prepare(question, query, srcs, aliases).answer(question, srcs)
}

// prepared is a question analysed and scored against the sources once,
// so that answers from subsets of them (answerLatest) reuse the scoring.
type prepared struct {
	sc    *scoring
	cands []*candidate
	prior map[string]bool // terms of the previous answer (notAgain)
}

// scorings counts prepare calls, for tests of the work an answer does.
var scorings atomic.Int64

// nameForms gives the question's names the other forms articles write them
// in: the aliases (built-in and learned), demonyms, the name without its
// class word, US state abbreviations, spelled-out and initial forms, and
// regnal ordinals. prepare and the name-form tests share it, so a test
// reads names exactly as an answer does.
func (qs *question) nameForms(aliases map[string][]string, texts []string) {
	qs.setAliases(aliases)
	qs.demonyms()
	qs.withoutClassWord()
	qs.hyphenParts()
	qs.stateAbbreviations(texts)
	qs.spelledOut(texts)
	qs.initialsOf(texts)
	qs.regnalOrdinals()
}

// prepare analyses the question and scores every sentence of the sources.
func prepare(question, query string, srcs []*source, aliases map[string][]string) *prepared {
	scorings.Add(1)
	texts := sourceTexts(srcs)
	qs := analyse(scoringText(question, query), texts)
	qs.nameForms(aliases, texts)
	p := &prepared{sc: newScoring(qs, srcs)}
	if p.sc.missing == "" {
		p.cands = p.sc.scoreCandidates(srcs)
	}
	return p
}

// answer composes the answer from the candidates of the sources in only.
func (p *prepared) answer(question string, only []*source) *newsbot.Answer {
	ans := &newsbot.Answer{Question: question, Mode: newsbot.ModeExtractive, Citations: []newsbot.Citation{}}
	sc := p.sc
	if sc.missing != "" {
		ans.Answer = prompts.NotMentioned(sc.missing)
		return ans
	}
	cands := p.candidatesOf(only)
	// the hand rules' pick, else the looser one; the fitted gate
	// (gatemodel.go) decides whether the answer it leads is given
	picked, rules := sc.pick(cands)
	if len(picked) == 0 {
		ans.Answer = prompts.Unsupported(len(only) > 0)
		return ans
	}
	if sc.roleApart(picked[0].sent.Text) {
		// another name did the asked event (roles.go): not a fact the gate weighs
		ans.Answer = prompts.Unsupported(true)
		return ans
	}
	if sc.outcomeUnstated(picked[0].sent.Text, picked[0].src.Article.Title) || sc.proceedingUnstated(picked[0].sent.Text, picked[0].src.Article.Title) {
		// "who won / was named / replaced", "did X appeal / settle": the lead states no such outcome (uncovered.go)
		ans.Answer = prompts.Unsupported(true)
		return ans
	}
	if sc.speakerUnheard(picked) {
		// "What did X say ...": no pick is X's words, only others' words about X (nearmiss.go)
		ans.Answer = prompts.Unsupported(true)
		return ans
	}
	if sc.qualifierApart(picked) {
		// "the final rule" over "a proposed rule": another thing of the asked name (qualifier.go)
		ans.Answer = prompts.Unsupported(true)
		return ans
	}
	f, probe := sc.gateFeatures(cands, picked[0], rules), gateProbe()
	if !(probe != nil && probe.Open) && gateProbability(f) < gateThreshold {
		ans.Answer = prompts.Unsupported(len(only) > 0)
		return ans
	}
	text, cites := compose(question, sc.bearing(p.notAgain(question, sc.askedFirst(picked))), disputed(cands))
	if len(cites) == 0 {
		ans.Answer = prompts.Unsupported(true)
		return ans
	}
	probe.record(f, text)
	ans.Supported, ans.Answer, ans.Citations = true, text, cites
	return ans
}

// candidatesOf returns the candidates of the sources in only.
func (p *prepared) candidatesOf(only []*source) []*candidate {
	if len(only) == len(p.sc.terms) {
		return p.cands
	}
	in := map[*source]bool{}
	for _, src := range only {
		in[src] = true
	}
	var cands []*candidate
	for _, c := range p.cands {
		if in[c.src] {
			cands = append(cands, c)
		}
	}
	return cands
}

// scoringText returns the text whose terms sentences are scored against.
// A follow-up that names its own subject without a pronoun ("And what did
// the residents say?") is scored on its own words: the terms carried over
// from earlier questions only helped find the articles, and would otherwise
// bring back the earlier subject. A follow-up that leans on the
// conversation ("What did he say next?") is scored on the whole query.
func scoringText(question, query string) string {
	if query != question && len(terms(question)) > 0 && !hasPronoun(question) {
		return question
	}
	return query
}

// sourceTexts returns the headline and text of each source.
func sourceTexts(srcs []*source) []string {
	out := make([]string, len(srcs))
	for i, src := range srcs {
		out[i] = src.Article.Title + "\n" + src.Article.Text
	}
	return out
}

func (s *Service) logger() *slog.Logger {
	if s.Logger != nil {
		return s.Logger
	}
	return slog.New(slog.DiscardHandler)
}

// pick returns the candidates an answer would quote: the hand rules'
// pick when they find the question supported (rules), else the looser
// pick whose answer the fitted gate weighs.
func (sc *scoring) pick(cands []*candidate) (picked []*candidate, rules bool) {
	if sc.supported(cands) {
		if picked = sc.selectItems(cands, false); len(picked) > 0 {
			return picked, true
		}
	}
	return sc.selectItems(cands, true), false
}

package main

import (
	"context"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/answer"
	"github.com/newsbot/newsbot/retrieval"
)

// retrievalDepth is how many passages retrieval's share looks at.
const retrievalDepth = 5

// answerResult is how the answerer did on one question.
type answerResult struct {
	Line       int      `json:"line"`
	Question   string   `json:"question"`
	Kind       string   `json:"kind,omitempty"`
	Answerable bool     `json:"answerable"`
	Expected   []string `json:"expected,omitempty"`
	// Answered is the answer's "supported": it gave an answer, not a refusal.
	Answered bool `json:"answered"`
	// Matched is the expected answer the reply states ("" if none); a
	// refusal states none.
	Matched string `json:"matched,omitempty"`
	// FirstRight is whether the answer's first statement (firstStatement)
	// already states an expected answer: the asked fact comes first, not
	// after sentences that merely share the question's words.
	FirstRight bool `json:"first_right"`
	// InTop5 is whether a top-5 passage of retrieval holds an expected answer.
	InTop5 bool `json:"in_top5"`
	// NamedAbsent is whether a refusal names the question's absent name.
	NamedAbsent bool          `json:"named_absent,omitempty"`
	Answer      string        `json:"answer"`
	Took        time.Duration `json:"took_ns"`
	// Cause is, with --causes, why an answerable question whose top-5
	// passages hold the answer was refused, answered wrongly or answered
	// with the fact late (answer.Trace.Cause).
	Cause *answerCause `json:"cause,omitempty"`
	// Rank holds, with --causes, the candidate sentences of an answerable
	// question and their ranking features (written by --rank-rows).
	Rank      []answer.RankRow `json:"-"`
	RankRules bool             `json:"-"`
}

// answerCause is the cause of one miss: its outcome and the check.
type answerCause struct {
	Outcome string `json:"outcome"`
	answer.Cause
}

// answerTally counts results and, once finished, holds the rates.
type answerTally struct {
	Questions    int `json:"questions"`
	Answerable   int `json:"answerable"`
	Unanswerable int `json:"unanswerable"`
	Answered     int `json:"answered"`
	Correct      int `json:"correct"`
	FirstRight   int `json:"first_right"`
	InTop5       int `json:"in_top5"`
	Refused      int `json:"refused"`
	Absent       int `json:"absent_given"` // unanswerable questions that name their absent name
	NamedAbsent  int `json:"named_absent"`
	// Rates over answerable questions: answered, whose answer states an
	// expected answer, whose first statement does, whose top-5 passages
	// hold one; correct over
	// answered; refused over unanswerable questions; refusals naming the
	// absent name over unanswerable questions that give one. -1: no
	// such question.
	AnsweredRate    float64 `json:"answered_rate"`
	CorrectRate     float64 `json:"correct_rate"`
	FirstRightRate  float64 `json:"first_right_rate"`
	InTop5Rate      float64 `json:"in_top5_rate"`
	CorrectAnswered float64 `json:"correct_of_answered"`
	RefusedRate     float64 `json:"refused_rate"`
	NamedAbsentRate float64 `json:"named_absent_rate"`
}

// add counts one result.
func (t *answerTally) add(r answerResult, absent bool) {
	t.Questions++
	if !r.Answerable {
		t.Unanswerable++
		if !r.Answered {
			t.Refused++
		}
		if absent {
			t.Absent++
			if r.NamedAbsent {
				t.NamedAbsent++
			}
		}
		return
	}
	t.Answerable++
	t.Answered += b2i(r.Answered)
	t.Correct += b2i(r.Matched != "")
	t.FirstRight += b2i(r.FirstRight)
	t.InTop5 += b2i(r.InTop5)
}

// finish computes the rates.
func (t *answerTally) finish() {
	t.AnsweredRate = rate(t.Answered, t.Answerable)
	t.CorrectRate = rate(t.Correct, t.Answerable)
	t.FirstRightRate = rate(t.FirstRight, t.Answerable)
	t.InTop5Rate = rate(t.InTop5, t.Answerable)
	t.CorrectAnswered = rate(t.Correct, t.Answered)
	t.RefusedRate = rate(t.Refused, t.Unanswerable)
	t.NamedAbsentRate = rate(t.NamedAbsent, t.Absent)
}

func rate(n, of int) float64 {
	if of == 0 {
		return -1
	}
	return float64(n) / float64(of)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// answerReport is the result of eval-answers.
type answerReport struct {
	Mode      string `json:"mode"`      // extractive or llm
	Retrieval string `json:"retrieval"` // keyword or hybrid
	Embedder  string `json:"embedder,omitempty"`
	Articles  int    `json:"articles"`
	answerTally
	ByKind  map[string]*answerTally `json:"by_kind"`
	P50     time.Duration           `json:"p50_ns"`
	P99     time.Duration           `json:"p99_ns"`
	Results []answerResult          `json:"results"`
	// Changes compares with a baseline run (--baseline).
	Changes *answerChanges `json:"changes,omitempty"`
}

// evaluateAnswers asks svc every question (k passages, 0 for its default)
// and searches s for the same question, and scores both.
func evaluateAnswers(ctx context.Context, svc newsbot.Answerer, s newsbot.Retriever, guild string, k int, qs []answerQuestion, causes bool) (*answerReport, error) {
	rep := &answerReport{ByKind: map[string]*answerTally{}}
	for _, q := range qs {
		r, err := scoreAnswer(ctx, svc, s, guild, k, q, causes)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", q.Line, err)
		}
		rep.Results = append(rep.Results, r)
		rep.add(r, q.Absent != "")
		kind := q.Kind
		if kind == "" {
			kind = "(none)"
		}
		if rep.ByKind[kind] == nil {
			rep.ByKind[kind] = &answerTally{}
		}
		rep.ByKind[kind].add(r, q.Absent != "")
	}
	rep.finish()
	for _, t := range rep.ByKind {
		t.finish()
	}
	rep.P50, rep.P99 = percentiles(rep.Results)
	return rep, nil
}

// scoreAnswer asks one question and checks the reply and retrieval's top
// passages against its expected answers; with causes, it also says why a
// miss whose answer retrieval found was missed (explainMiss).
func scoreAnswer(ctx context.Context, svc newsbot.Answerer, s newsbot.Retriever, guild string, k int, q answerQuestion, causes bool) (answerResult, error) {
	r := answerResult{Line: q.Line, Question: q.Question, Kind: q.Kind, Answerable: q.Answerable, Expected: q.Answers}
	var tr *answer.Trace
	askCtx := ctx
	if causes {
		tr = &answer.Trace{}
		askCtx = answer.WithTrace(ctx, tr)
	}
	t0 := time.Now()
	ans, err := svc.Ask(askCtx, newsbot.Question{Guild: guild, Text: q.Question, K: k})
	r.Took = time.Since(t0)
	if err != nil {
		return r, err
	}
	r.Answered, r.Answer = ans.Supported, ans.Answer
	if !q.Answerable {
		r.NamedAbsent = !ans.Supported && q.Absent != "" && containsRun(factTokens(ans.Answer), factTokens(q.Absent))
		return r, nil
	}
	if ans.Supported {
		r.Matched, _ = containsFact(replyText(ans), q.Answers)
		_, r.FirstRight = containsFact(firstStatement(ans.Answer), q.Answers)
	}
	ps, err := s.Search(ctx, guild, q.Question, 10)
	if err != nil {
		return r, err
	}
	for _, p := range ps[:min(retrievalDepth, len(ps))] {
		if _, ok := containsFact(p.Text, q.Answers); ok {
			r.InTop5 = true
			break
		}
	}
	if causes {
		r.Cause = explainMiss(tr, r, q.Answers)
		r.Rank, r.RankRules = tr.RankRows(func(text string) bool {
			_, ok := containsFact(text, q.Answers)
			return ok
		})
	}
	return r, nil
}

// explainMiss returns why an answerable question whose top-5 passages
// hold an expected answer was refused, answered without it, or answered
// with it after another statement; nil for other results.
func explainMiss(tr *answer.Trace, r answerResult, expected []string) *answerCause {
	var outcome string
	switch {
	case !r.Answerable || !r.InTop5 || r.FirstRight:
		return nil
	case !r.Answered:
		outcome = answer.OutcomeRefused
	case r.Matched == "":
		outcome = answer.OutcomeWrong
	default:
		outcome = answer.OutcomeNotFirst
	}
	holds := func(text string) bool {
		_, ok := containsFact(text, expected)
		return ok
	}
	return &answerCause{Outcome: outcome, Cause: tr.Cause(outcome, holds)}
}

// citeMark is a citation marker of an answer: "[1]".
var citeMark = regexp.MustCompile(`\[\d+\]`)

// firstStatement returns the answer's text up to its first citation
// marker, or all of it when it has none: what a reader takes as the
// answer before the supporting quotes that follow.
func firstStatement(answer string) string {
	if loc := citeMark.FindStringIndex(answer); loc != nil {
		return answer[:loc[1]]
	}
	return answer
}

// replyText is what a user reads: the answer and its quotes.
func replyText(ans *newsbot.Answer) string {
	parts := []string{ans.Answer}
	for _, c := range ans.Citations {
		parts = append(parts, c.Quote)
	}
	return strings.Join(parts, "\n")
}

// percentiles returns the median and 99th percentile answer times.
func percentiles(rs []answerResult) (p50, p99 time.Duration) {
	if len(rs) == 0 {
		return 0, 0
	}
	lat := make([]time.Duration, len(rs))
	for i, r := range rs {
		lat[i] = r.Took
	}
	slices.Sort(lat)
	return lat[len(lat)/2], lat[(len(lat)*99)/100]
}

// describeRun records what was evaluated: answer mode, retrieval, and the
// number of stored articles.
func describeRun(ctx context.Context, rep *answerReport, db newsbot.ArticleStore, guild string, emb retrieval.Embedder, llm bool) error {
	rep.Mode, rep.Retrieval = newsbot.ModeExtractive, retrieval.ModeKeyword
	if llm {
		rep.Mode = newsbot.ModeLLM
	}
	if emb != nil {
		rep.Retrieval, rep.Embedder = retrieval.ModeHybrid, emb.Model()
	}
	arts, err := db.Articles(ctx, guild)
	rep.Articles = len(arts)
	return err
}

// printAnswerReport writes the report as a table, per kind, and with
// misses the questions that went wrong.
func printAnswerReport(w io.Writer, rep *answerReport, misses bool) {
	emb := "none (keyword only; --fake-embed or --embed for hybrid)"
	if rep.Embedder != "" {
		emb = rep.Embedder
	}
	fmt.Fprintf(w, "%d questions over %d articles: %d answerable, %d unanswerable\n", rep.Questions, rep.Articles, rep.Answerable, rep.Unanswerable)
	fmt.Fprintf(w, "answers: %s; retrieval: %s; embedder: %s\n", rep.Mode, rep.Retrieval, emb)
	fmt.Fprintf(w, "answer time: p50 %.1f ms, p99 %.1f ms\n\n", ms(rep.P50), ms(rep.P99))
	fmt.Fprintf(w, "%-16s %5s %9s %9s %9s %9s %12s %9s\n", "kind", "n", "answered", "correct", "first", "top-5 has", "correct/ans", "refused")
	printTally(w, "all", &rep.answerTally)
	kinds := make([]string, 0, len(rep.ByKind))
	for k := range rep.ByKind {
		kinds = append(kinds, k)
	}
	slices.Sort(kinds)
	for _, k := range kinds {
		printTally(w, "  "+k, rep.ByKind[k])
	}
	fmt.Fprintln(w, "\nanswered, correct, first (the answer's first statement is right) and top-5 are shares of answerable questions;")
	fmt.Fprintln(w, "correct/ans of answered ones; refused of unanswerable ones.")
	if rep.NamedAbsentRate >= 0 {
		fmt.Fprintf(w, "refusals naming the absent name: %s\n", pct(rep.NamedAbsentRate))
	}
	if misses {
		printAnswerMisses(w, rep.Results)
	}
}

// printTally writes one row of the table; "-" where a rate has no question.
func printTally(w io.Writer, label string, t *answerTally) {
	fmt.Fprintf(w, "%-16s %5d %9s %9s %9s %9s %12s %9s\n", label, t.Questions,
		pct(t.AnsweredRate), pct(t.CorrectRate), pct(t.FirstRightRate), pct(t.InTop5Rate), pct(t.CorrectAnswered), pct(t.RefusedRate))
}

func pct(r float64) string {
	if r < 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f%%", 100*r)
}

// printAnswerMisses lists the answerable questions not answered with an
// expected answer, and the unanswerable ones answered.
func printAnswerMisses(w io.Writer, rs []answerResult) {
	fmt.Fprintln(w, "\nmisses:")
	for _, r := range rs {
		var what string
		switch {
		case r.Answerable && !r.Answered:
			what = "refused"
		case r.Answerable && r.Matched == "":
			what = "wrong"
		case !r.Answerable && r.Answered:
			what = "answered"
		default:
			continue
		}
		top := ""
		if r.Answerable {
			top = fmt.Sprintf(" (in top 5: %v; expected %q)", r.InTop5, r.Expected)
		}
		fmt.Fprintf(w, "  line %-3d %-8s %s%s\n", r.Line, what, r.Question, top)
		if r.Answered {
			fmt.Fprintf(w, "           -> %s\n", newsbot.ClipText(strings.Join(strings.Fields(r.Answer), " "), 200))
		}
	}
}

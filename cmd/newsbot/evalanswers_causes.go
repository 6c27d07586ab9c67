package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/answer"
)

// causeReport is the result of eval-answers --causes: each set's totals
// and the causes of its misses, summed over all sets.
type causeReport struct {
	Sets   []causeSet   `json:"sets"`
	Total  causeSet     `json:"total"`
	Causes []causeCount `json:"causes"`
	// Misses lists every explained miss, with its set.
	Misses []causeMiss `json:"misses"`
}

// causeSet is one set's totals (or all sets').
type causeSet struct {
	Set        string `json:"set"`
	Answerable int    `json:"answerable"`
	Correct    int    `json:"correct"`
	FirstRight int    `json:"first_right"`
	InTop5     int    `json:"in_top5"`
	// Explained counts the answerable questions whose top-5 passages hold
	// the answer but whose answer's first statement does not state it.
	Explained int `json:"explained"`
	// Refusals of unanswerable questions by kind: uncovered and
	// absent-name ("uncovered"), near-miss, and all of them.
	Uncovered     int `json:"uncovered"`
	UncoveredRef  int `json:"uncovered_refused"`
	NearMiss      int `json:"near_miss"`
	NearMissRef   int `json:"near_miss_refused"`
	Unanswerable  int `json:"unanswerable"`
	Unanswered    int `json:"unanswerable_refused"`
	AbsentNamed   int `json:"absent_named"`
	AbsentQueried int `json:"absent_given"`
}

// causeCount is how many misses of each outcome a check caused.
type causeCount struct {
	Check    string `json:"check"`
	Refused  int    `json:"refused"`
	Wrong    int    `json:"wrong"`
	NotFirst int    `json:"not_first"`
}

// causeMiss is one explained miss.
type causeMiss struct {
	Set      string `json:"set"`
	Line     int    `json:"line"`
	Question string `json:"question"`
	Kind     string `json:"kind,omitempty"`
	answerCause
}

// runAnswerCauses evaluates every set with causes and prints (or writes
// as JSON) the per-set totals and the table of causes over all of them.
func runAnswerCauses(ctx context.Context, env *Env, g *globalFlags, f evalAnswersFlags, sets []string) error {
	var reps []*answerReport
	for _, set := range sets {
		rep, err := evalAnswerSet(ctx, env, g, f, set)
		if err != nil {
			return fmt.Errorf("%s: %w", set, err)
		}
		reps = append(reps, rep)
	}
	cr := summariseCauses(sets, reps)
	if f.rankRows != "" {
		if err := writeRankRows(f.rankRows, sets, reps); err != nil {
			return err
		}
	}
	if f.asJSON {
		return writeJSON(env.Stdout, cr)
	}
	printCauseReport(env.Stdout, cr, f.misses)
	return nil
}

// summariseCauses sums the reports of the sets into a causeReport.
func summariseCauses(sets []string, reps []*answerReport) *causeReport {
	cr := &causeReport{Sets: []causeSet{}, Causes: []causeCount{}, Misses: []causeMiss{}, Total: causeSet{Set: "total"}}
	counts := map[string]*causeCount{}
	for i, rep := range reps {
		cs := causeSet{Set: setName(sets[i])}
		for _, r := range rep.Results {
			cs.addResult(r)
			if r.Cause == nil {
				continue
			}
			cs.Explained++
			cr.Misses = append(cr.Misses, causeMiss{Set: cs.Set, Line: r.Line, Question: r.Question, Kind: r.Kind, answerCause: *r.Cause})
			cc := counts[r.Cause.Check]
			if cc == nil {
				cc = &causeCount{Check: r.Cause.Check}
				counts[r.Cause.Check] = cc
			}
			switch r.Cause.Outcome {
			case answer.OutcomeRefused:
				cc.Refused++
			case answer.OutcomeWrong:
				cc.Wrong++
			default:
				cc.NotFirst++
			}
		}
		cr.Sets = append(cr.Sets, cs)
		cr.Total.add(cs)
	}
	order := answer.CauseOrder()
	for _, c := range order {
		if cc := counts[c]; cc != nil {
			cr.Causes = append(cr.Causes, *cc)
		}
	}
	for c, cc := range counts {
		if !slices.Contains(order, c) {
			cr.Causes = append(cr.Causes, *cc)
		}
	}
	return cr
}

// addResult counts one question's result.
func (cs *causeSet) addResult(r answerResult) {
	if r.Answerable {
		cs.Answerable++
		cs.Correct += b2i(r.Matched != "")
		cs.FirstRight += b2i(r.FirstRight)
		cs.InTop5 += b2i(r.InTop5)
		return
	}
	cs.Unanswerable++
	cs.Unanswered += b2i(!r.Answered)
	switch r.Kind {
	case "uncovered", "absent-name":
		cs.Uncovered++
		cs.UncoveredRef += b2i(!r.Answered)
	case "near-miss":
		cs.NearMiss++
		cs.NearMissRef += b2i(!r.Answered)
	}
	if r.Kind == "absent-name" {
		cs.AbsentQueried++
		cs.AbsentNamed += b2i(r.NamedAbsent)
	}
}

// add sums another set's counts into cs.
func (cs *causeSet) add(o causeSet) {
	cs.Answerable += o.Answerable
	cs.Correct += o.Correct
	cs.FirstRight += o.FirstRight
	cs.InTop5 += o.InTop5
	cs.Explained += o.Explained
	cs.Uncovered += o.Uncovered
	cs.UncoveredRef += o.UncoveredRef
	cs.NearMiss += o.NearMiss
	cs.NearMissRef += o.NearMissRef
	cs.Unanswerable += o.Unanswerable
	cs.Unanswered += o.Unanswered
	cs.AbsentNamed += o.AbsentNamed
	cs.AbsentQueried += o.AbsentQueried
}

// setName names a set by its directory ("testdata/eval/blind3/questions.jsonl"
// is "blind3"), or by its file when the file is not questions.jsonl.
func setName(path string) string {
	if filepath.Base(path) == "questions.jsonl" {
		return filepath.Base(filepath.Dir(path))
	}
	return strings.TrimSuffix(filepath.Base(path), ".jsonl")
}

// printCauseReport writes the per-set totals, the table of causes and,
// with misses, every explained miss.
func printCauseReport(w io.Writer, cr *causeReport, misses bool) {
	fmt.Fprintf(w, "%-18s %10s %8s %8s %8s %9s %11s %10s\n", "set", "answerable", "correct", "first", "top-5", "explained", "uncov ref", "near ref")
	for _, cs := range append(slices.Clone(cr.Sets), cr.Total) {
		fmt.Fprintf(w, "%-18s %10d %8d %8d %8d %9d %11s %10s\n", cs.Set, cs.Answerable, cs.Correct, cs.FirstRight, cs.InTop5,
			cs.Explained, fmt.Sprintf("%d/%d", cs.UncoveredRef, cs.Uncovered), fmt.Sprintf("%d/%d", cs.NearMissRef, cs.NearMiss))
	}
	fmt.Fprintln(w, "\nexplained: answerable questions whose top-5 passages hold the answer but whose answer's first statement")
	fmt.Fprintln(w, "does not; uncov ref: uncovered and absent-name questions refused; near ref: near misses refused.")
	fmt.Fprintf(w, "\n%-52s %8s %8s %10s %7s\n", "cause (check that kept the answer's sentence out)", "refused", "wrong", "not first", "all")
	var tr, tw, tn int
	for _, c := range cr.Causes {
		fmt.Fprintf(w, "%-52s %8d %8d %10d %7d\n", c.Check, c.Refused, c.Wrong, c.NotFirst, c.Refused+c.Wrong+c.NotFirst)
		tr, tw, tn = tr+c.Refused, tw+c.Wrong, tn+c.NotFirst
	}
	fmt.Fprintf(w, "%-52s %8d %8d %10d %7d\n", "total", tr, tw, tn, tr+tw+tn)
	if !misses {
		return
	}
	fmt.Fprintln(w, "\nmisses:")
	for _, m := range cr.Misses {
		fmt.Fprintf(w, "  %s:%d %s [%s] %s\n", m.Set, m.Line, m.Outcome, m.Check, m.Question)
		if m.Sentence != "" {
			fmt.Fprintf(w, "      answer in: %s\n", newsbot.ClipText(strings.Join(strings.Fields(m.Sentence), " "), 200))
		}
		if m.Lead != "" {
			fmt.Fprintf(w, "      led by:    %s\n", newsbot.ClipText(strings.Join(strings.Fields(m.Lead), " "), 200))
		}
		if m.Detail != "" {
			fmt.Fprintf(w, "      %s\n", m.Detail)
		}
	}
}

// rankQuestion is one line of --rank-rows: an answerable question's
// outcome and its candidate sentences (answer.RankRow).
type rankQuestion struct {
	Set        string           `json:"set"`
	Line       int              `json:"line"`
	Kind       string           `json:"kind,omitempty"`
	Answered   bool             `json:"answered"`
	Correct    bool             `json:"correct"`
	FirstRight bool             `json:"first_right"`
	InTop5     bool             `json:"in_top5"`
	Rules      bool             `json:"rules"`
	Features   []string         `json:"features"`
	Rows       []answer.RankRow `json:"rows"`
}

// writeRankRows writes every answerable question's ranked candidates to
// path, one JSON object a line.
func writeRankRows(path string, sets []string, reps []*answerReport) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(f)
	for i, rep := range reps {
		for _, r := range rep.Results {
			if !r.Answerable {
				continue
			}
			q := rankQuestion{Set: setName(sets[i]), Line: r.Line, Kind: r.Kind, Answered: r.Answered, Correct: r.Matched != "",
				FirstRight: r.FirstRight, InTop5: r.InTop5, Rules: r.RankRules, Features: answer.RankFeatureNames(), Rows: r.Rank}
			if err := enc.Encode(q); err != nil {
				f.Close()
				return err
			}
		}
	}
	return f.Close()
}

package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/newsbot/newsbot"
)

// answerChanges lists the questions whose result changed since a baseline
// run (eval-answers --json saved earlier): fixed ones are right now and
// were not, broken ones the reverse. Questions are matched by their text,
// so a set that grew or was reordered still compares.
type answerChanges struct {
	Baseline string       `json:"baseline"`
	Compared int          `json:"compared"` // questions found in both runs
	Fixed    []changeLine `json:"fixed"`
	Broken   []changeLine `json:"broken"`
	// Before and After are the correct and refused rates of the baseline
	// and of this run, on the compared questions only.
	Before changeRates `json:"before"`
	After  changeRates `json:"after"`
}

// changeLine is one question whose result changed.
type changeLine struct {
	Line     int    `json:"line"`
	Question string `json:"question"`
	Kind     string `json:"kind,omitempty"`
}

// changeRates are the headline rates over the compared questions.
type changeRates struct {
	Correct float64 `json:"correct_rate"`
	Refused float64 `json:"refused_rate"`
}

// right reports whether a result is what the set asks for: an answer
// stating an expected fact, or a refusal of an unanswerable question.
func (r answerResult) right() bool {
	if r.Answerable {
		return r.Matched != ""
	}
	return !r.Answered
}

// readBaseline reads the results of an earlier eval-answers --json run.
func readBaseline(path string) ([]answerResult, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, newsbot.Errorf(newsbot.ENOTFOUND, "cannot read the baseline %s: check the path", path)
	}
	var old struct {
		Results []answerResult `json:"results"`
	}
	if err := json.Unmarshal(b, &old); err != nil || old.Results == nil {
		return nil, newsbot.Errorf(newsbot.EINVALID, "%s is not the output of 'newsbot eval-answers --json': save one with --json > FILE first", path)
	}
	return old.Results, nil
}

// compareAnswers compares this run's results with the baseline's.
func compareAnswers(path string, base, now []answerResult) *answerChanges {
	c := &answerChanges{Baseline: path, Fixed: []changeLine{}, Broken: []changeLine{}}
	before := map[string]answerResult{}
	for _, r := range base {
		before[r.Question] = r
	}
	var b, a answerTally
	for _, r := range now {
		old, ok := before[r.Question]
		if !ok || old.Answerable != r.Answerable {
			continue
		}
		c.Compared++
		b.add(old, false)
		a.add(r, false)
		line := changeLine{Line: r.Line, Question: r.Question, Kind: r.Kind}
		switch {
		case r.right() && !old.right():
			c.Fixed = append(c.Fixed, line)
		case !r.right() && old.right():
			c.Broken = append(c.Broken, line)
		}
	}
	b.finish()
	a.finish()
	c.Before = changeRates{Correct: b.CorrectRate, Refused: b.RefusedRate}
	c.After = changeRates{Correct: a.CorrectRate, Refused: a.RefusedRate}
	return c
}

// printAnswerChanges writes the comparison under the report.
func printAnswerChanges(w io.Writer, c *answerChanges) {
	fmt.Fprintf(w, "\nagainst %s (%d questions in both runs): correct %s -> %s, refused %s -> %s; %d fixed, %d broken\n",
		c.Baseline, c.Compared, pct(c.Before.Correct), pct(c.After.Correct), pct(c.Before.Refused), pct(c.After.Refused),
		len(c.Fixed), len(c.Broken))
	for _, l := range c.Fixed {
		fmt.Fprintf(w, "  fixed   line %-3d %s\n", l.Line, l.Question)
	}
	for _, l := range c.Broken {
		fmt.Fprintf(w, "  broken  line %-3d %s\n", l.Line, l.Question)
	}
}

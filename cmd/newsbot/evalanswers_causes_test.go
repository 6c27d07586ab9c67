package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sharesArticle is a market report written for these tests: the shares
// rose on the day asked about, and had fallen earlier in the year.
const sharesArticle = `Arden Motors shares rise after battery deal

Shares of Arden Motors rose 4% in Frankfurt on Monday after the carmaker agreed a battery deal with Volta Cells.

Arden Motors said the deal would cut its costs by 300 million euros a year.

Analysts said the shares had fallen 12% this year before the deal.
`

// causeSets writes two small answer sets and returns their paths. The
// first asks over the shares report, with a question whose expected
// answer stands in a sentence that states another event (the shares
// rose, the question asks how much they fell): the verb check keeps it
// out. The second asks over the flood report: one question answered
// first time, one about a town no article names.
func causeSets(c *cli) (string, string) {
	c.file("shares.txt", []byte(sharesArticle))
	c.file("flood.txt", []byte(floodArticle))
	a := c.file("shares.jsonl", []byte(strings.Join([]string{
		`{"question": "How much did Arden Motors shares fall in Frankfurt?", "article": "shares.txt", "answers": ["4%"], "kind": "number"}`,
		`{"question": "How much will the deal cut Arden Motors' costs?", "article": "shares.txt", "answers": ["300 million euros"], "kind": "number"}`,
		`{"question": "What did the Pope say about the Mars landing?", "answerable": false, "kind": "uncovered"}`,
	}, "\n")))
	b := c.file("flood.jsonl", []byte(strings.Join([]string{
		`{"question": "How many residents were evacuated from Harlow?", "article": "flood.txt", "answers": ["1648"], "kind": "number"}`,
		`{"question": "How many residents did Oslo evacuate after the river Stort burst its banks?", "article": "flood.txt", "answers": ["1,648"], "kind": "number"}`,
		`{"question": "What did the mayor of Oslo say about the flood?", "answerable": false, "kind": "absent-name", "absent": "Oslo"}`,
	}, "\n")))
	return a, b
}

// causesJSON is the part of eval-answers --causes --json the test reads.
type causesJSON struct {
	Sets []struct {
		Set                            string
		Answerable, Correct, Explained int
		Uncovered                      int
		UncoveredRefused               int `json:"uncovered_refused"`
		FirstRight                     int `json:"first_right"`
		AbsentNamed                    int `json:"absent_named"`
	}
	Total struct {
		Answerable, Correct, Explained int
		UncoveredRefused               int `json:"uncovered_refused"`
	}
	Causes []struct {
		Check          string
		Refused, Wrong int
		NotFirst       int `json:"not_first"`
	}
	Misses []struct {
		Set, Question, Outcome, Check, Sentence string
		Line                                    int
	}
}

// TestEvalAnswersCauses runs the cause report over two sets at once and
// checks that each miss is put down to the check that caused it, that the
// question answered first time is not explained, and that the totals sum
// the sets.
func TestEvalAnswersCauses(t *testing.T) {
	c := newCLI(t)
	a, b := causeSets(c)
	out := c.mustRun("eval-answers", "--causes", "--json", a, b)
	var rep causesJSON
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("eval-answers --causes --json: %v\n%s", err, out)
	}
	if len(rep.Sets) != 2 || rep.Sets[0].Set != "shares" || rep.Sets[1].Set != "flood" {
		t.Fatalf("sets = %+v; want shares and flood, in the order given", rep.Sets)
	}
	if rep.Total.Answerable != 4 || rep.Total.Answerable != rep.Sets[0].Answerable+rep.Sets[1].Answerable {
		t.Errorf("total answerable = %d; want 4, the sum of the sets", rep.Total.Answerable)
	}
	if rep.Total.UncoveredRefused != 2 {
		t.Errorf("uncovered and absent-name refused = %d; want 2", rep.Total.UncoveredRefused)
	}
	got := map[string]string{} // question -> check
	for _, m := range rep.Misses {
		got[m.Question] = m.Outcome + ": " + m.Check
		if m.Check != "name not found" && m.Sentence == "" {
			t.Errorf("miss %q names no sentence", m.Question)
		}
	}
	want := map[string]string{
		"How much did Arden Motors shares fall in Frankfurt?":                         "predicate: verb",
		"How many residents did Oslo evacuate after the river Stort burst its banks?": "refused: name not found",
	}
	for q, check := range want {
		if !strings.HasSuffix(got[q], check) {
			t.Errorf("%q: cause %q; want %q", q, got[q], check)
		}
	}
	if check, ok := got["How many residents were evacuated from Harlow?"]; ok {
		t.Errorf("a question answered first time is explained: %q", check)
	}
	if len(rep.Misses) != rep.Total.Explained {
		t.Errorf("%d misses listed, %d explained", len(rep.Misses), rep.Total.Explained)
	}
	sum := 0
	for _, cc := range rep.Causes {
		sum += cc.Refused + cc.Wrong + cc.NotFirst
	}
	if sum != rep.Total.Explained {
		t.Errorf("causes sum to %d; want %d explained", sum, rep.Total.Explained)
	}

	text := c.mustRun("eval-answers", "--causes", "--misses", a, b)
	for _, s := range []string{"cause (check that kept", "predicate: verb", "name not found", "shares:1 ", "total"} {
		if !strings.Contains(text, s) {
			t.Errorf("report lacks %q:\n%s", s, text)
		}
	}
}

func TestEvalAnswersCausesErrors(t *testing.T) {
	c := newCLI(t)
	a, b := causeSets(c)
	for name, tc := range map[string]struct {
		args []string
		want string
	}{
		"ErrNoFile":    {[]string{"eval-answers", "--causes"}, "give one or more question sets"},
		"ErrTwoNoFlag": {[]string{"eval-answers", a, b}, "or several with --causes"},
		"ErrBaseline":  {[]string{"eval-answers", "--causes", "--baseline", "x.json", a}, "leave out --baseline"},
		"ErrRankRows":  {[]string{"eval-answers", "--rank-rows", "rows.jsonl", a}, "give --causes too"},
	} {
		t.Run(name, func(t *testing.T) {
			_, errs, code := c.run("", tc.args...)
			if code == 0 || !strings.Contains(errs, tc.want) {
				t.Fatalf("exit %d, stderr %q; want failure mentioning %q", code, errs, tc.want)
			}
		})
	}
}

// TestEvalAnswersRankRows checks that --rank-rows writes one line per
// answerable question of every set, with its candidate sentences in
// ranked order, their features named, and the sentence holding the
// expected answer marked.
func TestEvalAnswersRankRows(t *testing.T) {
	c := newCLI(t)
	a, b := causeSets(c)
	path := filepath.Join(t.TempDir(), "rows.jsonl")
	c.mustRun("eval-answers", "--causes", "--rank-rows", path, a, b)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	if len(lines) != 4 {
		t.Fatalf("%d lines; want 4, one per answerable question:\n%s", len(lines), data)
	}
	var q struct {
		Set      string
		Line     int
		Correct  bool
		Features []string
		Rows     []struct {
			Holds bool
			Text  string
			F     []float64
		}
	}
	if err := json.Unmarshal([]byte(lines[2]), &q); err != nil {
		t.Fatal(err)
	}
	if q.Set != "flood" || q.Line != 1 || !q.Correct || len(q.Rows) == 0 || len(q.Features) == 0 {
		t.Fatalf("third line = %+v; want the flood set's first question, answered correctly, with its candidates", q)
	}
	holds := 0
	for _, r := range q.Rows {
		if len(r.F) != len(q.Features) {
			t.Fatalf("row %q has %d features; want %d", r.Text, len(r.F), len(q.Features))
		}
		if r.Holds {
			holds++
			if !strings.Contains(r.Text, "1,648") && !strings.Contains(r.Text, "1648") {
				t.Errorf("row %q marked as holding the answer", r.Text)
			}
		}
	}
	if holds == 0 {
		t.Errorf("no row marked as holding the expected answer 1648")
	}
}

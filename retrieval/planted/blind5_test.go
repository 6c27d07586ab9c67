package planted_test

import (
	"strings"
	"testing"

	"github.com/newsbot/newsbot/retrieval/planted"
)

// TestBlind5 runs the fifth blind set (testdata/blind5.jsonl: planted
// paragraphs in new wordings and styles, several languages and scripts,
// written before its first run by a writer who did not read the detector;
// see testdata/README-blind5.md) and its hard ordinary sentences
// (testdata/negatives5.txt), each line of which is split into sentences and
// weighed as one paragraph, as ingest does. Misses are logged, not failed,
// until the lead turns report into t.Errorf; a set that cannot be read, is
// smaller than its README says or holds a malformed record, fails.
func TestBlind5(t *testing.T) {
	cases, err := planted.LoadCases("testdata/blind5.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) < 40 {
		t.Fatalf("blind set 5 has %d paragraphs, want at least 40", len(cases))
	}
	for i, c := range cases {
		if c.Style == "" || c.Text == "" || c.Question == "" || c.Payload == "" {
			t.Fatalf("blind set 5 case %d has an empty field: %+v", i+1, c)
		}
		if !strings.Contains(c.Text, c.Payload) {
			t.Fatalf("blind set 5 case %d (%s): payload not in text", i+1, c.Style)
		}
	}
	// The lead turns this into t.Errorf once the detector meets the target.
	report := t.Logf
	checkCasesReport(t, cases, report)
	checkNegativesReport(t, "testdata/negatives5.txt", 120, report)
}

package planted_test

import (
	"testing"

	"github.com/newsbot/newsbot/retrieval/planted"
)

// TestDev12 runs the fresh development set of branch i11g
// (testdata/dev12.jsonl, written and committed before its first run; see
// README-dev12.md: other scripts, split addresses, disguised words) through
// the ingest detector, and its ordinary lines (negatives-dev12.txt). It
// logs its figures; TestDev12Final holds the branch's final ones.
func TestDev12(t *testing.T) {
	cases, err := planted.LoadCases("testdata/dev12.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) < 40 {
		t.Fatalf("dev set 12 has %d paragraphs, want at least 40", len(cases))
	}
	checkCasesReport(t, cases, t.Logf)
	checkNegativesReport(t, "testdata/negatives-dev12.txt", 40, t.Logf)
}

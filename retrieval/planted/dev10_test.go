package planted_test

import (
	"testing"

	"github.com/newsbot/newsbot/retrieval/planted"
)

// TestDev10 runs the development set of branch i11d (testdata/dev10.jsonl:
// planted paragraphs phrased as facts, answer keys, licence clauses and
// verdicts, address and payload in separate sentences, Dutch, Polish,
// Swedish and more; written before the answer-time check of that branch)
// and its ordinary sentences about answers, questions, models and
// assistants (testdata/negatives-dev10.txt). Misses are logged, not failed:
// it measures, as the blind sets do.
func TestDev10(t *testing.T) {
	cases, err := planted.LoadCases("testdata/dev10.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) < 25 {
		t.Fatalf("dev set 10 has %d paragraphs, want at least 25", len(cases))
	}
	checkCasesReport(t, cases, t.Logf)
	checkParagraphNegatives(t, "testdata/negatives-dev10.txt", 40, t.Logf)
}

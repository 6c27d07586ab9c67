package main

import "testing"

// TestBlind9EndToEnd plants each paragraph of the ninth blind set of
// planted instructions (retrieval/planted/testdata/blind9.jsonl, see
// README-blind9.md there) in the middle of the sample article, asks the
// case's question with the extractive answerer and counts the cases whose
// payload is in the answer, in a citation's quote or in a stored claim
// (plantedEndToEnd, as for blind3). Leaks are logged, not failed, until the
// lead turns report into t.Errorf; a set that cannot be read or has fewer
// than 80 paragraphs fails.
func TestBlind9EndToEnd(t *testing.T) {
	// The lead turns this into t.Errorf once the target is met.
	report := t.Logf
	plantedEndToEnd(t, "blind9", 80, report)
}

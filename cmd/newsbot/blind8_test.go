package main

import "testing"

// TestBlind8EndToEnd plants each paragraph of the eighth blind set of
// planted instructions (retrieval/planted/testdata/blind8.jsonl, see
// README-blind8.md there) in the middle of the sample article, asks the
// case's question with the extractive answerer and counts the cases whose
// payload is in the answer, in a citation's quote or in a stored claim
// (plantedEndToEnd, as for blind3). Leaks are logged, not failed, until the
// lead turns report into t.Errorf; a set that cannot be read or has fewer
// than 70 paragraphs fails.
func TestBlind8EndToEnd(t *testing.T) {
	// The lead turns this into t.Errorf once the target is met.
	report := t.Logf
	plantedEndToEnd(t, "blind8", 70, report)
}

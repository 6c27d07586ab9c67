package main

import "testing"

// TestBlind11EndToEnd plants each paragraph of the eleventh blind set of
// planted instructions (retrieval/planted/testdata/blind11.jsonl, see
// README-blind11.md there) in the middle of the sample article, asks the
// case's question with the extractive answerer and counts the cases whose
// payload is in the answer, in a citation's quote or in a stored claim
// (plantedEndToEnd, as for blind3). Leaks are logged, not failed, until the
// lead turns report into t.Errorf; a set that cannot be read or has fewer
// than 70 paragraphs fails.
func TestBlind11EndToEnd(t *testing.T) {
	// The lead turns this into t.Errorf once the target is met.
	report := t.Logf
	plantedEndToEnd(t, "blind11", 70, report)
}

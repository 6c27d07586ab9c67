package main

import "testing"

// TestBlind12EndToEnd plants each paragraph of the twelfth blind set of
// planted instructions (retrieval/planted/testdata/blind12.jsonl, see
// README-blind12.md there) in the middle of the sample article, asks the
// case's question with the extractive answerer and counts the cases whose
// payload is in the answer, in a citation's quote or in a stored claim
// (plantedEndToEnd, as for blind3 and blind11). Leaks are logged, not
// failed, until the lead turns report into t.Errorf; a set that cannot be
// read or has fewer than 70 paragraphs fails.
func TestBlind12EndToEnd(t *testing.T) {
	// The lead turns this into t.Errorf once the target is met.
	report := t.Logf
	plantedEndToEnd(t, "blind12", 70, report)
}

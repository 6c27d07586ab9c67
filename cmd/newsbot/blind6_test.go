package main

import "testing"

// TestBlind6EndToEnd plants each paragraph of the sixth blind set of
// planted instructions (retrieval/planted/testdata/blind6.jsonl, see
// README-blind6.md there) in the middle of the sample article, asks the
// case's question with the extractive answerer and counts the cases whose
// payload is in the answer, in a citation's quote or in a stored claim
// (plantedEndToEnd, as for blind3). Leaks are logged, not failed, until the
// lead turns report into t.Errorf; a set that cannot be read or has fewer
// than 50 paragraphs fails.
func TestBlind6EndToEnd(t *testing.T) {
	// The lead turns this into t.Errorf once the target is met.
	report := t.Logf
	plantedEndToEnd(t, "blind6", 50, report)
}

package main

import "testing"

// TestBlind4EndToEnd plants each paragraph of the fourth set of planted
// instructions (retrieval/planted/testdata/blind4.jsonl, see README-blind4.md
// there; spent since 2 December 2026) in the middle of the sample article
// and counts the cases whose payload is answered, quoted or stored as a
// claim (plantedEndToEnd). Leaks are logged, not failed: the set still leaks
// after the fixes tuned on it.
func TestBlind4EndToEnd(t *testing.T) {
	plantedEndToEnd(t, "blind4", 50, t.Logf)
}

package planted_test

import "testing"

// TestDev13 runs the fresh development set of branch i11h
// (testdata/dev13.jsonl, written and committed before its first run; see
// README-dev13.md: orders to answerers in the third person, orders to
// change an answer's content, role-play, questions to an AI answered for
// it, planted captions, bylines and fact-box rows, variable and pointer
// tricks) through the ingest detector: every payload sentence is set
// aside, and no ordinary line of negatives-dev13.txt is.
func TestDev13(t *testing.T) {
	checkDevSet(t, "dev13", 30, 30, t.Errorf)
}

// TestDev13b runs branch i11h's second, smaller set (dev13b.jsonl,
// written after the branch's first changes to check how they generalise;
// see README-dev13.md): every payload is set aside, no ordinary line is.
func TestDev13b(t *testing.T) {
	checkDevSet(t, "dev13b", 0, 10, t.Errorf)
}

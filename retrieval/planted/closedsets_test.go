package planted_test

import "testing"

// TestGuardsKeepTwoDigitPlantedSetsOut checks that every guard the
// report tests use (unspent, closedSet, openSet) keeps the planted blind
// sets numbered 10 and above out, as it does blind9, and still reads the
// spent sets and the dev sets whose numbers have two digits.
func TestGuardsKeepTwoDigitPlantedSetsOut(t *testing.T) {
	for _, p := range []string{"testdata/blind9.jsonl", "testdata/negatives9.txt", "testdata/blind10.jsonl",
		"testdata/negatives10.txt", "testdata/blind11.jsonl", "testdata/negatives12.txt"} {
		if !unspent(p) || !closedSet(p) || openSet(p) {
			t.Errorf("%s: unspent %v, closedSet %v, openSet %v; want true, true, false", p, unspent(p), closedSet(p), openSet(p))
		}
	}
	for _, p := range []string{"testdata/blind.jsonl", "testdata/blind2.jsonl", "testdata/blind4.jsonl", "testdata/negatives3.txt",
		"testdata/dev10.jsonl", "testdata/negatives-dev10.txt", "testdata/negatives-dev12b.txt", "testdata/negatives-i11b.txt"} {
		if unspent(p) || closedSet(p) || !openSet(p) {
			t.Errorf("%s: unspent %v, closedSet %v, openSet %v; want false, false, true", p, unspent(p), closedSet(p), openSet(p))
		}
	}
	if p := "README-blind10.md"; openSet(p) {
		t.Errorf("%s: openSet true; want false", p)
	}
}

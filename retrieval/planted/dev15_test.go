package planted_test

import "testing"

// TestDev15 runs the fresh development set of branch i11j
// (testdata/dev15.jsonl, written and committed before its first run and
// never used to fit the model; see README-dev15.md) through the ingest
// detector and its ordinary lines (negatives-dev15.txt). Misses are logged,
// not failed: the set measures how the detector generalises, and was not
// tuned on.
func TestDev15(t *testing.T) {
	checkPlantedSet(t, "dev15", 30, "testdata/negatives-dev15.txt", 60)
}

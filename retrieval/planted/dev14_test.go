package planted_test

import "testing"

// TestDev14 runs the fresh development set of branch i11i
// (testdata/dev14.jsonl, written and committed before its first run and
// never used to fit the model; see README-dev14.md) through the ingest
// detector and its ordinary lines (negatives-dev14.txt). Misses are logged,
// not failed: the set measures how the detector generalises, and was not
// tuned on.
func TestDev14(t *testing.T) {
	checkPlantedSet(t, "dev14", 40, "testdata/negatives-dev14.txt", 80)
}

package planted_test

import "testing"

// TestDev17 runs the fresh development set of branch i11m
// (testdata/dev17.jsonl, written and committed before its first run and
// never used to fit the model; see README-dev17.md) through the ingest
// detector and its ordinary lines (negatives-dev17.txt). Misses are logged,
// not failed: the set measures how the detector generalises. Its end-to-end
// figure is TestPlantedDev17EndToEnd (cmd/newsbot).
func TestDev17(t *testing.T) {
	checkPlantedSet(t, "dev17", 40, "testdata/negatives-dev17.txt", 70)
}

package planted_test

import "testing"

// TestDev18 runs the fresh development set of branch i11n
// (testdata/dev18.jsonl, written and committed before its first run and
// never used to fit the model; see README-dev18.md) through the ingest
// detector and its ordinary lines (negatives-dev18.txt). Misses are logged,
// not failed: the set measures how the detector generalises. Its end-to-end
// figure is TestPlantedDev18EndToEnd (cmd/newsbot).
func TestDev18(t *testing.T) {
	checkPlantedSet(t, "dev18", 40, "testdata/negatives-dev18.txt", 70)
}

package planted_test

import "testing"

// TestDev24 runs the fresh development set of branch i11v
// (testdata/dev24.jsonl, written and committed before its first run and
// never used to fit the model; see README-dev24.md) through the ingest
// detector and its ordinary lines (negatives-dev24.txt). Misses are logged,
// not failed: the set measures how the detector generalises. Its end-to-end
// figure is TestPlantedDev24EndToEnd (cmd/newsbot).
func TestDev24(t *testing.T) {
	checkPlantedSet(t, "dev24", 40, "testdata/negatives-dev24.txt", 60)
}

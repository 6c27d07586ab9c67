package planted_test

import "testing"

// TestDev16 runs the fresh development set of branch i11k
// (testdata/dev16.jsonl, written and committed before its first run and
// never used to fit the model; see README-dev16.md) through the ingest
// detector and its ordinary lines (negatives-dev16.txt). Misses are logged,
// not failed: the set measures how the detector generalises. Its end-to-end
// figure is TestPlantedDev16EndToEnd (cmd/newsbot).
func TestDev16(t *testing.T) {
	checkPlantedSet(t, "dev16", 40, "testdata/negatives-dev16.txt", 80)
}

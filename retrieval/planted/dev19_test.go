package planted_test

import "testing"

// TestDev19 runs the fresh development set of branch i11p
// (testdata/dev19.jsonl, written and committed before its first run and
// never used to fit the model; see README-dev19.md) through the ingest
// detector and its ordinary lines (negatives-dev19.txt). Misses are logged,
// not failed: the set measures how the detector generalises. Its end-to-end
// figure is TestPlantedDev19EndToEnd (cmd/newsbot).
func TestDev19(t *testing.T) {
	checkPlantedSet(t, "dev19", 40, "testdata/negatives-dev19.txt", 58)
}

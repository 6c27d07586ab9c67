package planted_test

import "testing"

// TestDev20 runs the fresh development set of branch i11q
// (testdata/dev20.jsonl, written and committed before its first run and
// never used to fit the model; see README-dev20.md) through the ingest
// detector and its ordinary lines (negatives-dev20.txt). Misses are logged,
// not failed: the set measures how the detector generalises. Its end-to-end
// figure is TestPlantedDev20EndToEnd (cmd/newsbot).
func TestDev20(t *testing.T) {
	checkPlantedSet(t, "dev20", 40, "testdata/negatives-dev20.txt", 60)
}

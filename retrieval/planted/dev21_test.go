package planted_test

import "testing"

// TestDev21 runs the fresh development set of branch i11s
// (testdata/dev21.jsonl, written and committed before its first run and
// never used to fit the model; see README-dev21.md) through the ingest
// detector and its ordinary lines (negatives-dev21.txt). Misses are logged,
// not failed: the set measures how the detector generalises. Its end-to-end
// figure is TestPlantedDev21EndToEnd (cmd/newsbot).
func TestDev21(t *testing.T) {
	checkPlantedSet(t, "dev21", 40, "testdata/negatives-dev21.txt", 60)
}

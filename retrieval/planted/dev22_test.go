package planted_test

import "testing"

// TestDev22 runs the fresh development set of branch i11t
// (testdata/dev22.jsonl, written and committed before its first run and
// never used to fit the model; see README-dev22.md) through the ingest
// detector and its ordinary lines (negatives-dev22.txt). Misses are logged,
// not failed: the set measures how the detector generalises. Its end-to-end
// figure is TestPlantedDev22EndToEnd (cmd/newsbot).
func TestDev22(t *testing.T) {
	checkPlantedSet(t, "dev22", 40, "testdata/negatives-dev22.txt", 60)
}

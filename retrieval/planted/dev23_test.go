package planted_test

import "testing"

// TestDev23 runs the fresh development set of branch i11u
// (testdata/dev23.jsonl, written and committed before its first run and
// never used to fit the model; see README-dev23.md) through the ingest
// detector and its ordinary lines (negatives-dev23.txt). Misses are logged,
// not failed: the set measures how the detector generalises. Its end-to-end
// figure is TestPlantedDev23EndToEnd (cmd/newsbot).
func TestDev23(t *testing.T) {
	checkPlantedSet(t, "dev23", 40, "testdata/negatives-dev23.txt", 60)
}

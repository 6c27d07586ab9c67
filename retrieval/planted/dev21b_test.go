package planted_test

import "testing"

// TestDev21b runs branch i11s's second fresh set (testdata/dev21b.jsonl,
// written after the branch's answer-step checks and committed before its
// first run; see README-dev21.md) through the ingest detector and its
// ordinary lines. Misses are logged, not failed. Its end-to-end figure is
// TestPlantedDev21bEndToEnd (cmd/newsbot).
func TestDev21b(t *testing.T) {
	checkPlantedSet(t, "dev21b", 20, "testdata/negatives-dev21b.txt", 20)
}

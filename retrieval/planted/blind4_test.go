package planted_test

import "testing"

// TestBlind4 runs the fourth blind set (testdata/blind4.jsonl: planted
// paragraphs in styles the earlier sets lacked, written before its first
// run by a writer who did not read the detector; see
// testdata/README-blind4.md) and its hard ordinary sentences
// (testdata/negatives4.txt), each line of which is split into sentences and
// weighed as one paragraph, as ingest does. Misses are logged, not failed,
// until the lead turns report into t.Errorf; a set that cannot be read, or
// is smaller than its README says, fails.
func TestBlind4(t *testing.T) {
	// Spent since 2 December 2026; it still misses after the fixes tuned on
	// it, so it logs rather than fails.
	checkPlantedSet(t, "blind4", 50, "testdata/negatives4.txt", 150)
}

package planted_test

import "testing"

// TestBlind6 runs the sixth blind set (testdata/blind6.jsonl: planted
// paragraphs addressed to new kinds of reader, in passive, conditional,
// split, list, fake-note and markup shapes and in 15 languages besides
// English, written before its first run by a writer who did not read the
// detector; see testdata/README-blind6.md) and its hard ordinary sentences
// (testdata/negatives6.txt), each line of which is split into sentences and
// weighed as one paragraph, as ingest does. Misses are logged, not failed,
// until the lead turns report into t.Errorf; a set that cannot be read, is
// smaller than its README says or holds a malformed record, fails.
func TestBlind6(t *testing.T) {
	checkPlantedSet(t, "blind6", 50, "testdata/negatives6.txt", 100)
}

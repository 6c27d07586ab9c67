package planted_test

import "testing"

// TestBlind5 runs the fifth blind set (testdata/blind5.jsonl: planted
// paragraphs in new wordings and styles, several languages and scripts,
// written before its first run by a writer who did not read the detector;
// see testdata/README-blind5.md) and its hard ordinary sentences
// (testdata/negatives5.txt), each line of which is split into sentences and
// weighed as one paragraph, as ingest does. Misses are logged, not failed,
// until the lead turns report into t.Errorf; a set that cannot be read, is
// smaller than its README says or holds a malformed record, fails.
func TestBlind5(t *testing.T) {
	checkPlantedSet(t, "blind5", 40, "testdata/negatives5.txt", 120)
}

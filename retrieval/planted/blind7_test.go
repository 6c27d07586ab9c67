package planted_test

import "testing"

// TestBlind7 runs the seventh blind set (testdata/blind7.jsonl: planted
// paragraphs in 13 languages besides English and six scripts besides
// Latin, with address and payload split across sentences or
// paragraphs, hidden in captions, bylines, corrections, alt text, tables,
// HTML comments, footnotes and quoted reader comments, in role-play,
// question and editorial-policy framings, obfuscated, or ordering a change
// to the answer's content; written before its first run, see
// testdata/README-blind7.md) and its hard ordinary sentences
// (testdata/negatives7.txt), each line of which is split into sentences and
// weighed as one paragraph, as ingest does. Misses are logged, not failed,
// until the lead turns report into t.Errorf; a set that cannot be read, is
// smaller than its README says or holds a malformed record, fails.
func TestBlind7(t *testing.T) {
	checkPlantedSet(t, "blind7", 60, "testdata/negatives7.txt", 100)
}

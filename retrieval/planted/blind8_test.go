package planted_test

import "testing"

// TestBlind8 runs the eighth blind set (testdata/blind8.jsonl: planted
// paragraphs in 17 languages besides English and five scripts besides
// Latin; pointer tricks that name an element, a note, a defined term or a
// numbered fact as the answer; hidden in captions, bylines, corrections,
// pull quotes, lists, footnotes, timelines, notices and HTML fragments;
// inside quoted statements, posts, interviews, press releases and
// voicemails; role-play; fake system, configuration and policy text;
// first, second and third person, polite and terse; newsroom-sounding
// notes; orders that change the answer's content; obfuscated addresses;
// written before its first run, see testdata/README-blind8.md) and its
// hard ordinary sentences (testdata/negatives8.txt), each line of which is
// split into sentences and weighed as one paragraph, as ingest does.
// Misses are logged, not failed, until the lead turns report into
// t.Errorf; a set that cannot be read, is smaller than its README says or
// holds a malformed record, fails.
func TestBlind8(t *testing.T) {
	checkPlantedSet(t, "blind8", 70, "testdata/negatives8.txt", 130)
}

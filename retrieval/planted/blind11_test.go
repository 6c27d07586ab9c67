package planted_test

import "testing"

// TestBlind11 runs the eleventh blind set (testdata/blind11.jsonl: planted
// paragraphs in 14 languages besides English, among them French, Spanish
// and German in a live blog, a correction line and a reader-comment list;
// hidden in page furniture (gallery slides, key-event bullets, page jumps,
// push alerts, breadcrumbs, sidebars, a crossword clue, a job advert, a
// property listing, a what's-on row, a council text, a poll, a contents
// list, a share bar); in remnants of escaped HTML, shortcodes, BBCode,
// Markdown, RTF, wiki templates and quoted e-mail; fake bot, assistant,
// command and test-harness turns; claimed authority (the bot's operators,
// server moderators, the editor, a regulator, a court, the platform, a
// maintainer, a press office); orders on the answer's form; orders mixed
// into genuine quotes; role-play; polite requests to cite or link;
// addresses in hex, Morse, the phonetic alphabet, a Caesar shift, Unicode
// escapes, slashed letters and regional-indicator letters; written before
// its first run, see testdata/README-blind11.md) and its hard ordinary
// lines (testdata/negatives11.txt), each line of which is split into
// sentences and weighed as one paragraph, as ingest does. Misses are
// logged, not failed, until the lead turns report into t.Errorf; a set
// that cannot be read, is smaller than its README says or holds a
// malformed record, fails.
func TestBlind11(t *testing.T) {
	checkPlantedSet(t, "blind11", 70, "testdata/negatives11.txt", 100)
}

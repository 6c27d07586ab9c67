package planted_test

import "testing"

// TestBlind12 runs the twelfth blind set (testdata/blind12.jsonl: planted
// paragraphs in 16 languages none of the earlier sets used, among them
// Yiddish, Georgian, Armenian, Tamil, Marathi and Amharic in their own
// scripts; payloads made for a Discord bot (an @everyone ping, an invite
// link, a masked link, a spoiler, a role ping, a moderation command, an
// ANSI block, an image URL that would carry the question away); orders in
// feed, document and code formats (RSS, Atom, llms.txt, WebVTT, a diff, a
// commit message, TOML, reStructuredText, AsciiDoc, Org, vCard, MIME, RDF,
// PGN, Gherkin, a notebook cell, a spreadsheet formula, a man page); page
// furniture (a horoscope, an agony aunt, a TV lower third, live match
// commentary, a safe-harbour notice, notes to editors, an affiliate
// disclosure, a feedback widget, a lost-and-found notice, parish notices, a
// travel bulletin, lottery results); new attack shapes (a trigger word,
// refusal suppression, a closing-tag breakout, an erasure notice, a right of
// reply, a model-provider notice, an emotional plea, a citation title, a
// wallet address, a removed version, a dictated answer, an acrostic, PDF
// hyphenation, OCR noise, telegram style, text speak, a haiku); addresses
// in Unicode tag characters, a bidi override, Braille, Atbash, binary, Pig
// Latin, Fraktur letters, one letter a line and squared letters; written
// before its first run, see testdata/README-blind12.md) and its hard
// ordinary lines (testdata/negatives12.txt, real public-domain text), each
// line of which is split into sentences and weighed as one paragraph, as
// ingest does. Misses are logged, not failed, until the lead turns report
// into t.Errorf; a set that cannot be read, is smaller than its README
// says or holds a malformed record, fails.
func TestBlind12(t *testing.T) {
	checkPlantedSet(t, "blind12", 70, "testdata/negatives12.txt", 100)
}

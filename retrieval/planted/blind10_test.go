package planted_test

import "testing"

// TestBlind10 runs the tenth blind set (testdata/blind10.jsonl: planted
// paragraphs aimed at the sample article's story (the Aleppo report) in
// 16 languages besides English, six of them in scripts besides Latin and
// four written without their accents; bare imperatives, duties, passive
// and archaic orders, polite and conditional requests; fake corrections,
// editor's notes, updates, kill notices and production notes; YAML, JSON,
// chat-template, code-block, XML, environment, header and SQL-comment
// blocks; role-play; hidden HTML (display:none, comments, alt text,
// white-on-white, data attributes, noscript, link titles); quotations
// and attributed orders; rhetorical questions; disguised spellings; orders
// that make the answer say something (a link, a label, a vote, a phone
// number); written before its first run, see testdata/README-blind10.md)
// and its hard ordinary sentences (testdata/negatives10.txt), each line
// of which is split into sentences and weighed as one paragraph, as
// ingest does. Misses are logged, not failed, until the lead turns report
// into t.Errorf; a set that cannot be read, is smaller than its README
// says or holds a malformed record, fails.
func TestBlind10(t *testing.T) {
	checkPlantedSet(t, "blind10", 80, "testdata/negatives10.txt", 150)
}

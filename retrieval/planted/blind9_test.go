package planted_test

import "testing"

// TestBlind9 runs the ninth blind set (testdata/blind9.jsonl: planted
// paragraphs in 12 languages besides English and three scripts besides
// Latin; orders to answerers in second and third person in new grammar
// (gerund subjects, permissive modals, nouns of duty, hortatives);
// orders that change the answer's content (a warning line, a phishing
// address, a rival dealer, a vote, a dropped denial, an invented poll, a
// moved venue, a death); role-play; system-prompt, template and
// chat-log shapes; questions and conditional triggers addressed to
// machines; hidden in kickers, author boxes, sign-up boxes, score
// tables, chart and map labels, listings, recipe steps, transcripts,
// cookie and paywall notices, HTML attributes and options, LaTeX
// footnotes, image metadata, method boxes, subheadings, tags and
// letters; policy-like notes for tools; obfuscated addresses; written
// before its first run, see testdata/README-blind9.md) and its hard
// ordinary sentences (testdata/negatives9.txt), each line of which is
// split into sentences and weighed as one paragraph, as ingest does.
// Misses are logged, not failed, until the lead turns report into
// t.Errorf; a set that cannot be read, is smaller than its README says or
// holds a malformed record, fails.
func TestBlind9(t *testing.T) {
	checkPlantedSet(t, "blind9", 80, "testdata/negatives9.txt", 140)
}

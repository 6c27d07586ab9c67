package attribution_test

import (
	"testing"

	"github.com/newsbot/newsbot"
)

// TestAttributeAnnouncedFrom covers "The following is a statement from X"
// (issue 12, branch i12h): after a dateline's dash, with a sentence of
// narration after it in its paragraph, and with a lower-case role before
// the name that holds "and".
func TestAttributeAnnouncedFrom(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"after a dateline's dash, a narrated sentence before the paragraph ends", []string{
			"BOSTON, May 2 /Wire/ — The following is a statement from Harbor Authority Director Lena Moss regarding the retirement of pilot Omar Diaz. He served 30 years.",
			"\"Omar guided every ship home safely.\""},
			[]want{{speaker: "Lena Moss", content: "Omar guided every ship home safely.", kind: newsbot.ClaimDirect}}},
		{"a role with \"and\" before the name", []string{
			"The following is a statement from museum trustee and former curator Ada Brennan:",
			"\"The collection belongs to the city.\""},
			[]want{{speaker: "Ada Brennan", content: "The collection belongs to the city.", kind: newsbot.ClaimDirect}}},
		{"a narrated sentence in the next paragraph ends the announcement", []string{
			"The following is a statement from Mayor Ana Brink regarding the flood.",
			"The river rose two metres. \"Help is on its way,\" officials said."},
			[]want{{speaker: "officials", content: "Help is on its way", kind: newsbot.ClaimDirect}}},
	})
}

// TestAttributeRelativePlace covers a relative clause between a subject
// and its verb that holds a place's name with a comma ("who works in
// Menlo Park, Calif., says"): the state is not an appositive role, the
// clause is not the subject.
func TestAttributeRelativePlace(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a place with its state inside the relative clause", []string{
			"The engineer, who lives in Dayton, Ohio, said the bridge was sound."},
			[]want{{speaker: "The engineer", content: "the bridge was sound"}}},
		{"a role after a name still read", []string{
			"Maria Lund, a nurse in Tromso, Norway, said the ward was full."},
			[]want{{speaker: "Maria Lund", content: "the ward was full"}}},
	})
}

// TestAttributeQuoteOverParagraphs covers a quotation left open at a
// paragraph's end and taken up by a quotation mark opening the next
// paragraph, its speaker named only there: one unit, that speaker's. A
// closed quotation before the break stays without one.
func TestAttributeQuoteOverParagraphs(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"the speaker named in the second paragraph", []string{
			"Ilse Berg, the chief warden, spoke at the gate.",
			"\"The herd has doubled since the ban.",
			"\"Poachers have not been seen in two years,\" she said."},
			[]want{{speaker: "Ilse Berg", content: "The herd has doubled since the ban.", kind: newsbot.ClaimDirect},
				{speaker: "Ilse Berg", content: "Poachers have not been seen in two years", kind: newsbot.ClaimDirect}}},
		{"a closed quotation does not wait for the next paragraph", []string{
			"\"The herd has doubled.\"",
			"\"Poachers have gone,\" the warden said."},
			[]want{{speaker: "the warden", content: "Poachers have gone", kind: newsbot.ClaimDirect}}},
	})
}

package attribution_test

import (
	"testing"

	"github.com/newsbot/newsbot"
)

// TestAttributeAnnounced covers statements announced by a colon (issue 12,
// branch i12g): a speaker and a verb of saying before the colon ("The
// professor said:"), a speech noun with its possessor ("highlights from
// X's remarks:"), an unquoted block paragraph after the colon, first-person
// paragraphs that go on with it, and quotation paragraphs each closed
// before the next. The unquoted body of a statement a release announces
// ("issued the following statement:") stays unclaimed, as before.
func TestAttributeAnnounced(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a verb of saying before a colon, a quoted paragraph after it", []string{
			"Mayor Ana Brink spoke after the vote. Brink said:",
			"\"We will rebuild the bridge.\""},
			[]want{{speaker: "Ana Brink", content: "We will rebuild the bridge.", kind: newsbot.ClaimDirect}}},
		{"a verb of saying before a colon, an unquoted block after it", []string{
			"Mayor Ana Brink spoke after the vote. Brink told reporters:",
			"The bridge will be rebuilt within a year."},
			[]want{{speaker: "Ana Brink", content: "The bridge will be rebuilt within a year.", kind: newsbot.ClaimDirect}}},
		{"a narrated paragraph after the block is not the statement", []string{
			"Activist Tomas Reyes spoke outside the camp. Reyes said:",
			"The camp is still closed to lawyers.",
			"Reyes ended his strike on Sunday."},
			[]want{{speaker: "Tomas Reyes", content: "The camp is still closed to lawyers.", kind: newsbot.ClaimDirect}}},
		{"a first-person paragraph goes on with the block, a speech act in it is its own claim", []string{
			"Activist Tomas Reyes spoke outside the camp. Reyes told reporters:",
			"The camp is still closed to lawyers.",
			"Our government chose to look away. I urge the council to act.",
			"Reyes ended his strike on Sunday."},
			[]want{{speaker: "Tomas Reyes", content: "The camp is still closed to lawyers.", kind: newsbot.ClaimDirect},
				{speaker: "Tomas Reyes", content: "Our government chose to look away.", kind: newsbot.ClaimDirect},
				{speaker: "Tomas Reyes", content: "the council to act"}}},
		{"the unquoted body of a released statement is the release's own text", []string{
			"Activist Tomas Reyes issued the following statement:",
			"The camp is still closed to lawyers."},
			nil},
		{"excerpts of remarks, each quotation closed, separated by an ellipsis", []string{
			"Administrator Jane Holt addressed staff on Monday. The following are highlights from Administrator Holt's remarks:",
			"\"I am grateful for this chance.\"",
			"...",
			"\"We will keep the labs open.\""},
			[]want{{speaker: "Jane Holt", content: "I am grateful for this chance.", kind: newsbot.ClaimDirect},
				{speaker: "Jane Holt", content: "We will keep the labs open.", kind: newsbot.ClaimDirect}}},
		{"a claim of the sentence before the colon keeps its own content", []string{
			"The minister said the talks had failed and added:",
			"\"We will try again.\""},
			[]want{{speaker: "The minister", content: "the talks had failed"},
				{speaker: "The minister", content: "We will try again.", kind: newsbot.ClaimDirect}}},
	})
}

// TestAttributeInvertedForms covers two inverted cues (branch i12g): a
// role before the name after the verb, with an ampersand inside a
// company's name, and a verb of saying after its content with no comma.
func TestAttributeInvertedForms(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a role with an ampersand before the name", []string{
			"\"They came to listen,\" said co-owner of B & K Orchards, Dana Whitlock."},
			[]want{{speaker: "Dana Whitlock", content: "They came to listen", kind: newsbot.ClaimDirect}}},
		{"a cue after its content without a comma", []string{
			"The clinic has run out of insulin says local doctor Priya Raman."},
			[]want{{speaker: "Priya Raman", content: "The clinic has run out of insulin"}}},
	})
}

// TestAttributePersonRelay covers a spokesman's report of his principal's
// speech act (branch i12g): the claim is the principal's, the spokesman
// its via, as for an outlet that relays a claim.
func TestAttributePersonRelay(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a principal's speech act reported by a spokesman after it", []string{
			"Defense Minister Ivo Stanek met his counterpart on Monday, spokesman Pavel Horak said.",
			"Stanek noted that the two armies would train together next year, Horak said."},
			[]want{{speaker: "Pavel Horak", content: "Defense Minister Ivo Stanek met his counterpart on Monday"},
				{speaker: "Ivo Stanek", via: "Pavel Horak", content: "the two armies would train together next year"}}},
		{"the spokesman's verb before the principal's", []string{
			"Defense Minister Ivo Stanek met his counterpart on Monday, spokesman Pavel Horak said.",
			"Horak said Stanek also stated that the talks would go on."},
			[]want{{speaker: "Pavel Horak", content: "Defense Minister Ivo Stanek met his counterpart on Monday"},
				{speaker: "Ivo Stanek", content: "the talks would go on"}}},
		{"an event the spokesman reports stays his", []string{
			"The ministers discussed the border, spokesman Pavel Horak said."},
			[]want{{speaker: "Pavel Horak", via: "-", content: "The ministers discussed the border"}}},
	})
}

// TestAttributeDescriptions covers a role noun with the writer's own
// modifiers ("the experienced Turkish professor") resolved to the one
// person whose appositive role has that head, and a short aside between
// a verb and its "that" (branch i12g).
func TestAttributeDescriptions(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a modified role noun after an object's appositive", []string{
			"The paper interviewed Lena Ostrova, a professor of law at Riga University.",
			"The veteran Latvian professor said the courts were slow."},
			[]want{{speaker: "Lena Ostrova", content: "the courts were slow"}}},
		{"two persons with the role: no guess", []string{
			"Lena Ostrova, a professor of law, spoke first.",
			"Piet Varga, a professor of history, spoke next.",
			"The veteran professor said the courts were slow."},
			[]want{{speaker: "The veteran professor", content: "the courts were slow"}}},
		{"an aside between the verb and that", []string{
			"Lena Ostrova claims, among other things, that the courts are slow."},
			[]want{{speaker: "Lena Ostrova", content: "the courts are slow"}}},
	})
}

// TestAttributeDeniedPerson checks that dismissing a person is no claim,
// while dismissing a report is (branch i12g).
func TestAttributeDeniedPerson(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a person dismissed from a post", []string{"The ministry dismissed Tilen Smolnikar on Friday."}, nil},
		{"a report dismissed", []string{"The ministry dismissed the report as false."},
			[]want{{speaker: "The ministry", content: "the report as false", cue: newsbot.CueDenies}}},
	})
}

// TestAttributeDegreeAfterName checks that a degree set off after a name
// is neither the speaker nor the role (branch i12g).
func TestAttributeDegreeAfterName(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"name, degree, role with no closing comma", []string{"Dr. Nora Pell, Ph.D., senior fellow at the Lister Institute said the samples were lost."},
			[]want{{speaker: "Nora Pell", content: "the samples were lost"}}},
	})
}

// TestAttributeQuotedAsSaying covers the agentless passive "X was quoted
// as saying" (branch i12g): X is the speaker, no via.
func TestAttributeQuotedAsSaying(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"agentless passive", []string{"Mayor Ana Brink was quoted as saying the bridge would reopen."},
			[]want{{speaker: "Ana Brink", via: "-", content: "the bridge would reopen"}}},
		{"with an adverb", []string{"The mayor was widely quoted as saying that the bridge would reopen in May."},
			[]want{{speaker: "The mayor", via: "-", content: "the bridge would reopen in May"}}},
		{"with an agent, as before", []string{"Mayor Ana Brink was quoted by the Herald as saying the bridge would reopen."},
			[]want{{speaker: "Ana Brink", via: "the Herald", content: "the bridge would reopen"}}},
	})
}

// TestAttributePlaceAfterCue covers a place phrase between a cue (and its
// listener) and a clause with no "that" (branch i12g).
func TestAttributePlaceAfterCue(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"listener, place and bare time", []string{"Party chairman Henry Kosgey told reporters in Nairobi Saturday the party will resume its rallies."},
			[]want{{speaker: "Henry Kosgey", content: "the party will resume its rallies", when: "Saturday"}}},
		{"place before a bare clause", []string{"The minister said in Gaza the strikes had killed 20 people."},
			[]want{{speaker: "The minister", content: "the strikes had killed 20 people"}}},
	})
}

// TestAttributeSpeechNounOwner covers "X's statement/letter said": the
// owner of the speech noun is the speaker (branch i12g).
func TestAttributeSpeechNounOwner(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a named owner", []string{"Mayor Ana Brink spoke on Monday. Brink's letter said the bridge was unsafe."},
			[]want{{speaker: "Ana Brink", content: "the bridge was unsafe"}}},
		{"a described owner", []string{"The ministry's statement said the bridge was unsafe."},
			[]want{{speaker: "The ministry", content: "the bridge was unsafe"}}},
	})
}

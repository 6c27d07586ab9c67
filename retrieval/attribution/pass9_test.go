package attribution_test

import (
	"testing"

	"github.com/newsbot/newsbot"
)

// TestAttributePlaceBeforeInvertedSpeaker covers a town and its state or
// country before an inverted cue's lower-case speaker ("... in Tarrow,
// Kent, police said"): the state is part of the claim, not a name with
// the speaker as its role (issue 12, branch i12h, dev-x).
func TestAttributePlaceBeforeInvertedSpeaker(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a town and its state before the speaker", []string{
			"Two people were hurt late Friday in Millbrook, Alabama, police said."},
			[]want{{speaker: "police", content: "Two people were hurt late Friday in Millbrook, Alabama"}}},
		{"a name with a lower-case role is still read", []string{
			"The vote was close, Lena Ortiz, spokeswoman for the board, said."},
			[]want{{speaker: "Lena Ortiz", content: "The vote was close"}}},
	})
}

// TestAttributeReportedObject covers "reported" before a noun-phrase
// object in a main clause: the object is a reports claim. An indefinite
// object, a relative clause's verb and a listener after "to" are not.
func TestAttributeReportedObject(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a counted object", []string{"Rescuers have reported nine deaths in the valley."},
			[]want{{speaker: "Rescuers", content: "nine deaths in the valley", cue: newsbot.CueReports}}},
		{"a definite object", []string{"Residents also reported the smell of gas near the depot."},
			[]want{{speaker: "Residents", content: "the smell of gas near the depot", cue: newsbot.CueReports}}},
		{"an indefinite object is an event", []string{"Harlow Mills reported a fire on Monday."}, nil},
		{"a listener after to", []string{"Neighbours reported the noise to the council."}, nil},
		{"a relative clause", []string{"The ministry, which has reported similar flights, said it was checking the radar."},
			[]want{{speaker: "The ministry", content: "it was checking the radar"}}},
	})
}

// TestAttributeClauseWithoutThat covers a strict cue before a clause whose
// subject is a name ("expects Storm Ada will reach the coast"), and
// "expect" as a cue only before such a clause or "that".
func TestAttributeClauseWithoutThat(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"expects with a named subject and a modal", []string{"The weather service expects Storm Ada will reach the coast tonight."},
			[]want{{speaker: "The weather service", content: "Storm Ada will reach the coast tonight", cue: newsbot.CueExpects}}},
		{"expects that", []string{"The council expects that the road will reopen in May."},
			[]want{{speaker: "The council", content: "the road will reopen in May", cue: newsbot.CueExpects}}},
		{"expects to is a plan, no claim", []string{"The company expects to hire 40 people."}, nil},
		{"expects an object is no claim", []string{"The airline expects profit of 20 million euros."}, nil},
	})
}

// TestAttributeShortFormOfBody covers a body written again without the
// words that opened its name ("the Weather Bureau" after "the Northern
// Weather Bureau"), and a possessor that is no short form ("Norland" is
// not "Norland's Trade Council").
func TestAttributeShortFormOfBody(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"the tail of an earlier name", []string{
			"The Northern Weather Bureau said the storm had weakened.",
			"Later, the Weather Bureau said the storm would pass by noon."},
			[]want{{speaker: "The Northern Weather Bureau", content: "the storm had weakened"},
				{speaker: "The Northern Weather Bureau", content: "the storm would pass by noon"}}},
		{"a possessor is no short form", []string{
			"Officials said Norland’s Trade Council has 300 staff.",
			"Norland has denied the report."},
			[]want{{speaker: "Officials", content: "Norland’s Trade Council has 300 staff"},
				{speaker: "Norland", content: "the report", cue: newsbot.CueDenies}}},
	})
}

// TestAttributeSourceAuthorInherited covers a document subject whose
// author follows it ("The posts from the county sheriff ... but
// described ..."): a later coordinated verb gives the author, as "a
// statement from X said" does.
func TestAttributeSourceAuthorInherited(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a coordinated verb after a document subject", []string{
			"A statement from the county sheriff on Monday gave no names, but said the search had ended."},
			[]want{{speaker: "the county sheriff", content: "the search had ended"}}},
	})
}

// TestAttributeMeansAndOccasion covers a gerund of saying after "by"
// ("continued by saying that"), a fronted "Regarding ..." phrase before
// the subject, the occasion of a claim between the verb and "that" ("said
// during a meeting Monday with the ... Board (NRB) that"), and a report
// put out "saying".
func TestAttributeMeansAndOccasion(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a gerund of saying after by", []string{"The minister closed the debate by saying that the levy would stay."},
			[]want{{speaker: "The minister", content: "the levy would stay", cue: newsbot.CueExpects}}},
		{"a passive's agent is no means", []string{"The crowd was angered by claiming that the vote was rigged."}, nil},
		{"a fronted regarding phrase", []string{"Regarding the budget, Halvorsen continued by stressing that taxes would not rise."},
			[]want{{speaker: "Halvorsen", content: "taxes would not rise", cue: newsbot.CueExpects}}},
		{"an occasion with a bracketed acronym before that", []string{
			"Governor Ines Palo said during a meeting Tuesday with the National Roads Board (NRB) that tolls must fall."},
			[]want{{speaker: "Ines Palo", content: "tolls must fall", when: "Tuesday"}}},
		{"issued a report saying", []string{"The watchdog issued a report saying fares had doubled."},
			[]want{{speaker: "The watchdog", content: "fares had doubled"}}},
	})
}

// TestAttributeWireSubjects covers a place adverb between a subject and
// its verb ("Observers here say"), a bracketed acronym inside an
// appositive role, a "how" clause after a cue ("testified how ..."; not
// "how to"), and a lawsuit or complaint brought "alleging that".
func TestAttributeWireSubjects(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"here after the subject", []string{"Diplomats here say the talks will resume."},
			[]want{{speaker: "Diplomats", content: "the talks will resume", cue: newsbot.CueExpects}}},
		{"there at the end of a claim stays in it", []string{"The bridge was closed there, he said."},
			[]want{{speaker: "he", content: "The bridge was closed there"}}},
		{"a bracketed acronym inside the role", []string{
			"Mara Lind, former head of the Northern Water Board (NWB), testified that the dam was unsafe."},
			[]want{{speaker: "Mara Lind", content: "the dam was unsafe"}}},
		{"a how clause", []string{"The engineer testified how the cables had corroded over a decade."},
			[]want{{speaker: "The engineer", content: "the cables had corroded over a decade"}}},
		{"how to is no clause", []string{"The engineer explained how to replace the cables."}, nil},
		{"a lawsuit alleging that", []string{"The city brought a lawsuit alleging that the firm had hidden the leaks."},
			[]want{{speaker: "The city", content: "the firm had hidden the leaks"}}},
	})
}

// TestAttributeLexiconAdditions covers the verbs added to the class in
// this pass: "reminds" before its listener and "that", "hypothesized
// that", and "expressed" with a noun-phrase object (an object act), but
// not "reminds" with no clause.
func TestAttributeLexiconAdditions(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"reminds a listener that", []string{"The park service reminds hikers that the trail closes at dusk."},
			[]want{{speaker: "The park service", content: "the trail closes at dusk"}}},
		{"reminds with no clause", []string{"The song reminds him of home."}, nil},
		{"hypothesized that", []string{"The paper hypothesized that the fault was overdue."},
			[]want{{speaker: "The paper", content: "the fault was overdue"}}},
		{"expressed with an object", []string{"The envoy expressed strong support for the ceasefire."},
			[]want{{speaker: "The envoy", content: "strong support for the ceasefire"}}},
	})
}

// TestAttributeWirePrecision covers an outlet's "according to" closing a
// sentence whose claim has its own speaker (the outlet is the via, not a
// second speaker), "accused of" as a passive participle, and "calls for"
// as a noun after a preposition.
func TestAttributeWirePrecision(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"an outlet after a claim with its speaker", []string{
			"Coach Ana Vidal announced Friday that the club would appeal, according to the Tarrow Gazette."},
			[]want{{speaker: "Ana Vidal", content: "the club would appeal", via: "the Tarrow Gazette", when: "Friday"}}},
		{"a body after a claim stays a speaker of its own", []string{
			"The road will reopen in May, according to the council."},
			[]want{{speaker: "the council", content: "The road will reopen in May", via: "-"}}},
		{"accused of is a passive", []string{"Two men accused of arson were released on bail."}, nil},
		{"accused with its object is a claim", []string{"The mayor accused the firm of hiding the leaks."},
			[]want{{speaker: "The mayor", content: "the firm of hiding the leaks"}}},
		{"calls for after a preposition is a noun", []string{"Amid calls for calm, the mayor said the curfew would stay."},
			[]want{{speaker: "the mayor", content: "the curfew would stay", cue: newsbot.CueExpects}}},
		{"calls for after a subject is a verb", []string{"The union calls for a strike."},
			[]want{{speaker: "The union", content: "a strike"}}},
	})
}

// TestAttributeDemonstrativeDenial covers a denial whose object is the
// demonstrative "that", before a participle that says why ("rejected
// that, saying ..."): two claims of the same speaker.
func TestAttributeDemonstrativeDenial(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"rejected that, saying", []string{"Transport Minister Ola Berg rejected that, saying the line had been costed."},
			[]want{{speaker: "Ola Berg", content: "that", cue: newsbot.CueDenies},
				{speaker: "Ola Berg", content: "the line had been costed"}}},
		{"said that, with no clause, is no claim", []string{"He said that, and left."}, nil},
	})
}

// TestAttributeOnlyPersonByOccupation covers a definite occupation noun
// made with -ist for the article's only named person, who has no role
// written ("Ines Moller ... The geologist, who ..., says"); with two
// persons named, or a role noun like "the spokeswoman", no guess.
func TestAttributeOnlyPersonByOccupation(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"the only person named", []string{
			"Ines Moller has studied the fault for 20 years.",
			"The research geologist, who works in Bergen, says the quake risk is unchanged."},
			[]want{{speaker: "Ines Moller", content: "the quake risk is unchanged"}}},
		{"two persons named: no guess", []string{
			"Ines Moller has studied the fault. Tor Lund has mapped it.",
			"The geologist says the quake risk is unchanged."},
			[]want{{speaker: "The geologist", content: "the quake risk is unchanged"}}},
		{"a role noun is not guessed", []string{
			"Ines Moller has studied the fault for 20 years.",
			"The spokeswoman says the quake risk is unchanged."},
			[]want{{speaker: "The spokeswoman", content: "the quake risk is unchanged"}}},
	})
}

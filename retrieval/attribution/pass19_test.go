package attribution_test

import (
	"testing"

	"github.com/newsbot/newsbot"
)

// Tests of the seventeenth pass (issue 12, branch i12s): made-up sentences
// for the shapes the fresh dev set dev-zg and the brief's open cases miss,
// each positive case wrong on main 8db90de unless its name says "held on
// main", and near misses the steps must leave alone.

// TestAttributeNameHomographs covers a given name that is also a modal or
// a verb ("Will", "May") opening a speaker's name (givenNameHomographs):
// the word classes of the word are dropped, questions and dates keep them.
func TestAttributeNameHomographs(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"Will before a surname and said", []string{
			"Will Hughes said the player would stay."},
			[]want{{speaker: "Will Hughes", content: "the player would stay"}}},
		{"a title before Will", []string{
			"Coach Will Hughes said the player would stay."},
			[]want{{speaker: "Will Hughes", content: "the player would stay"}}},
		{"May with an appositive", []string{
			"May Chen, the mayor, said the council would vote on Friday."},
			[]want{{speaker: "May Chen", content: "the council would vote on Friday"}}},
		{"Will after the quotation and its cue", []string{
			"“The player will stay,” said Will Hughes, the coach."},
			[]want{{speaker: "Will Hughes", content: "The player will stay", kind: newsbot.ClaimDirect}}},
		{"a question keeps the modal", []string{
			"Will Britain say no?"},
			nil},
		{"the month after a preposition", []string{
			"In May Congress said the bill would pass."},
			[]want{{speaker: "Congress", content: "the bill would pass"}}},
		{"a name in the content stays in it", []string{
			"Officials said Will Hughes would stay."},
			[]want{{speaker: "Officials", content: "Will Hughes would stay"}}},
	})
}

// TestAttributeBracketedBodyRole covers a role that opens with a body and
// its acronym in brackets before a title and a name (bracketedBodyRole):
// the person is the speaker, the phrase before the name the role.
func TestAttributeBracketedBodyRole(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a body, its acronym, a title with a domain (held on main)", []string{
			"State Department of Transport (SDT) Deputy Director for Road Safety Nadia Kerr today announced that the bridge is closing."},
			[]want{{speaker: "Nadia Kerr", content: "the bridge is closing"}}},
		{"a three-word name after the title", []string{
			"National Parks Service (NPS) Regional Director Ana Lucia Reyes announced that the trail is open."},
			[]want{{speaker: "Ana Lucia Reyes", content: "the trail is open"}}},
		{"after the quotation (held on main)", []string{
			"“The water is safe,” said Environmental Protection Agency (EPA) Administrator Lee Zeldin."},
			[]want{{speaker: "Lee Zeldin", content: "The water is safe", kind: newsbot.ClaimDirect}}},
		{"the body alone stays the speaker", []string{
			"The Environmental Protection Agency (EPA) said the water was safe."},
			[]want{{speaker: "The Environmental Protection Agency", content: "the water was safe"}}},
	})
}

// TestAttributeParentheticalPastTense covers a parenthetical attribution
// after a short subject with a past tense after it (resumesClause): the
// content is the whole clause, as with an auxiliary.
func TestAttributeParentheticalPastTense(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a first name in a present-tense parenthetical", []string{
			"There I met Jackie Boone.",
			"The program, Jackie says, helped transform her seven-year-old business."},
			[]want{{speaker: "Jackie Boone", content: "The program, Jackie says, helped transform her seven-year-old business"}}},
		{"a pronoun and a past tense", []string{
			"The program, he says, doubled her sales."},
			[]want{{speaker: "he", content: "The program, he says, doubled her sales"}}},
		{"an auxiliary stays", []string{
			"The fourth move, Reyes says, will be the last."},
			[]want{{speaker: "Reyes", content: "The fourth move, Reyes says, will be the last"}}},
	})
}

// TestAttributeMadeClearColon covers "made (it) clear:" before a clause
// (madeClear): the colon stands for "that".
func TestAttributeMadeClearColon(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"made it clear and a colon", []string{
			"President Okoro has made it clear: the government needs to deliver results for taxpayers."},
			[]want{{speaker: "Okoro", content: "the government needs to deliver results for taxpayers"}}},
		{"made clear and a colon", []string{
			"The governor made clear: the plant will not close."},
			[]want{{speaker: "The governor", content: "the plant will not close"}}},
		{"made it clear with that stays", []string{
			"The minister made it clear that the plant will not close."},
			[]want{{speaker: "The minister", content: "the plant will not close"}}},
	})
}

// TestAttributeRelativeDocument covers a document or data set in the
// object of a sentence that states a clause in a relative clause after it
// (relativeDocument): the document's noun phrase is the speaker.
func TestAttributeRelativeDocument(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"which and an aside before shows", []string{
			"Last week we previewed the survey data which, for the second year, shows employees are more satisfied with their jobs."},
			[]want{{speaker: "the survey data", content: "employees are more satisfied with their jobs"}}},
		{"a comma and which", []string{
			"The agency released the census data, which shows rural counties lost residents."},
			[]want{{speaker: "the census data", content: "rural counties lost residents"}}},
		{"plural figures that show", []string{
			"Officials released new figures that show crime fell last year."},
			[]want{{speaker: "new figures", content: "crime fell last year"}}},
		{"a noun-phrase object is no claim", []string{
			"The figures, which show a fall in crime, were released on Monday."},
			nil},
		{"a relative clause with its own subject is no claim", []string{
			"The data that we collected shows nothing."},
			nil},
	})
}

// TestAttributeListItems covers a statement written as a bulleted list
// item (afterListMarker): the sentence after the bullet is read as any
// other.
func TestAttributeListItems(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a round bullet", []string{
			"• The ministry said prices would rise."},
			[]want{{speaker: "The ministry", content: "prices would rise"}}},
		{"a middle dot and a name", []string{
			"· Jane Doe said the road would reopen."},
			[]want{{speaker: "Jane Doe", content: "the road would reopen"}}},
		{"an asterisk", []string{
			"* The mayor noted that the road was closed."},
			[]want{{speaker: "The mayor", content: "the road was closed"}}},
		{"a bullet before narration is no claim", []string{
			"• Prices rose by a fifth."},
			nil},
	})
}

// TestAttributeHighlighted covers "highlighted that" and "highlights
// that" as strict cues of emphasis: a clause after "that" is a claim, an
// object is not.
func TestAttributeHighlighted(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a person highlighted that", []string{
			"The minister highlighted that rents rose."},
			[]want{{speaker: "The minister", content: "rents rose"}}},
		{"a report highlights that", []string{
			"The report highlights that rents rose in every region."},
			[]want{{speaker: "The report", content: "rents rose in every region"}}},
		{"an object is no claim", []string{
			"The minister highlighted the work of volunteers at the event."},
			nil},
		{"the importance of a thing, as underlined takes it", []string{
			"The minister highlighted the importance of rural broadband."},
			[]want{{speaker: "The minister", content: "the importance of rural broadband"}}},
	})
}

// TestAttributeToldListeners covers the listener of "told" and "tells":
// an object pronoun (objectPronouns), a listener followed by the claim's
// own subject (clauseSubjectAfterHearer), and a claim after "that" whose
// verb no word list knows (afterThat).
func TestAttributeToldListeners(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"told me", []string{
			"He told me the program was working."},
			[]want{{speaker: "He", content: "the program was working"}}},
		{"tells us that (held on main)", []string{
			"She tells us that the plan failed."},
			[]want{{speaker: "She", content: "the plan failed"}}},
		{"a listener, then a subject that could name a broadcast", []string{
			"Jones told reporters the program was working."},
			[]want{{speaker: "Jones", content: "the program was working"}}},
		{"that before a verb no list knows", []string{
			"Jones told reporters that the program works."},
			[]want{{speaker: "Jones", content: "the program works"}}},
		{"a broadcast programme stays the listener", []string{
			"She told the BBC's Today programme the plan was dead."},
			[]want{{speaker: "She", content: "the plan was dead"}}},
		{"a listener alone is no claim", []string{
			"He told the court."},
			nil},
	})
}

// TestAttributeDocumentReads covers "read" and "reads" with a written text
// as subject (documentReads): the text is the speaker; a reader is not,
// and "a statement read to the court" is a participle.
func TestAttributeDocumentReads(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"the quotation, then the statement read", []string{
			"“We are proud of the team,” the statement read."},
			[]want{{speaker: "the statement", content: "We are proud of the team", kind: newsbot.ClaimDirect}}},
		{"the letter reads and a colon", []string{
			"The letter reads: “We are proud of the team.”"},
			[]want{{speaker: "The letter", content: "We are proud of the team", kind: newsbot.ClaimDirect}}},
		{"reads the statement after the quotation", []string{
			"“We are proud of the team,” reads the statement."},
			[]want{{speaker: "the statement", content: "We are proud of the team", kind: newsbot.ClaimDirect}}},
		{"a reader is no speaker", []string{
			"He read the report on Tuesday."},
			nil},
		{"a statement read to the court", []string{
			"Her daughter, Susan Evans, said in a statement read to the court that her mother had been heartbroken."},
			[]want{{speaker: "Susan Evans", content: "her mother had been heartbroken"}}},
	})
}

// TestAttributeBareNounClause covers a strict cue before a clause whose
// subject is a bare noun phrase (bareNounClauseAt): "suggested taxes
// would rise" is a claim, an object is not.
func TestAttributeBareNounClause(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a plural noun and a modal", []string{
			"Treasury sources suggested taxes would rise."},
			[]want{{speaker: "Treasury sources", content: "taxes would rise"}}},
		{"an adjective, a noun and a modal", []string{
			"The governor signalled higher fees could follow."},
			[]want{{speaker: "The governor", content: "higher fees could follow"}}},
		{"an object is no claim", []string{
			"The governor signalled support for the bill."},
			nil},
	})
}

// TestAttributeSpeakerVerbAfterState covers a claim that is a state
// followed by "and" and the speaker's own act (speakerVerbAfterState): the
// claim ends before "and"; a coordinated participle or a second clause
// stays in it.
func TestAttributeSpeakerVerbAfterState(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a quotation, and a past tense with its object", []string{
			"Analysts said the results were \"weaker than feared\" and cut their price target."},
			[]want{{speaker: "Analysts", content: "the results were \"weaker than feared\""}}},
		{"a negated state, and chose not to", []string{
			"Party officials said they were not behind the posts and chose not to comment further."},
			[]want{{speaker: "Party officials", content: "they were not behind the posts"}}},
		{"a coordinated participle stays", []string{
			"Police said the man was arrested and charged with theft."},
			[]want{{speaker: "Police", content: "the man was arrested and charged with theft"}}},
		{"a second clause stays", []string{
			"She said prices rose and wages fell."},
			[]want{{speaker: "She", content: "prices rose and wages fell"}}},
	})
}

// TestAttributeFindingObject covers "found" after a study, a poll or
// researchers with a noun phrase or small clause as its finding
// (findingObject), and "notified X that" (a listener verb).
func TestAttributeFindingObject(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"researchers found a noun phrase", []string{
			"Overall, the researchers found no significant difference between the two groups."},
			[]want{{speaker: "the researchers", content: "no significant difference between the two groups"}}},
		{"a poll and a time phrase, then a small clause", []string{
			"A Ledger-Dispatch poll last month found Tolliver ahead by two points."},
			[]want{{speaker: "A Ledger-Dispatch poll", content: "Tolliver ahead by two points"}}},
		{"a search is no finding", []string{
			"Police found a knife at the scene."},
			nil},
		{"notified a listener that", []string{
			"The operator notified Coast Guard watchstanders that the diver did not resurface."},
			[]want{{speaker: "The operator", content: "the diver did not resurface"}}},
	})
}

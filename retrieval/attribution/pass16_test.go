package attribution_test

import (
	"testing"
)

// Tests of the fourteenth pass (issue 12, branch i12p): made-up sentences
// for the misses of the fresh dev set dev-zd read by mechanism, each
// positive case missed or misread on main ee493c4, and near misses the
// steps must leave alone.

// TestAttributeFrontedAdverbialClause covers a strict verb after a fronted
// adverbial clause (frontedAdverbialClause): "As X, troops continue in
// ..." claims nothing, while a claimed clause with a subordinate clause of
// its own, a plain inverted claim and a parenthetical cue stay claims.
func TestAttributeFrontedAdverbialClause(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a scene-setting clause before a strict verb is no claim", []string{
			"As the water keeps rising in the valley, county crews continue in their work to shore up the dikes."},
			nil},
		{"although opens it: no claim either", []string{
			"Although the storm has passed, volunteers continue with the clean-up on Main Street."},
			nil},
		{"a claimed clause with its own subordinate clause stays", []string{
			"If the levee fails, the town floods, she said."},
			[]want{{speaker: "she", content: "If the levee fails, the town floods"}}},
		{"a cue set off inside the clause stays", []string{
			"If the crews work at night, he added, they should rest by day."},
			[]want{{speaker: "he", content: "If the crews work at night"}}},
		{"a loose verb with its own clause is untouched", []string{
			"As the water rose, the mayor said the dikes would hold."},
			[]want{{speaker: "the mayor", content: "the dikes would hold"}}},
	})
}

// TestAttributeDomainInTitle covers a capitalised title whose field is
// named by an abstract noun right before the holder's name (domainNoun):
// "Director of Field Operation Hector Mancha" is Hector Mancha, before
// the verb or after it; a three-word name after a field that is no such
// noun stays whole.
func TestAttributeDomainInTitle(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"inverted, the field an abstract noun", []string{
			"\"Most travellers declare what they carry,\" said Port Director of Field Operation Carla Mendez."},
			[]want{{speaker: "Carla Mendez", content: "Most travellers declare what they carry"}}},
		{"before the verb, a plural field", []string{
			"Deputy Director of Field Operations Carla Mendez said the lanes would reopen."},
			[]want{{speaker: "Carla Mendez", content: "the lanes would reopen"}}},
		{"a three-word name after a field in the lexicon stays whole", []string{
			"\"We will stay,\" said Secretary of State Hillary Rodham Clinton."},
			[]want{{speaker: "Hillary Rodham Clinton", content: "We will stay"}}},
		{"a given name with a noun-like ending is no field", []string{
			"\"We are ready,\" said Director of Planning Constance Ward."},
			[]want{{speaker: "Constance Ward", content: "We are ready"}}},
	})
}

// TestAttributeRoleThenNamedHolder covers a role as the subject with its
// holder named in apposition together with a rank or a role phrase
// (namedRoleApposition): the holder speaks, and "he" after it is the
// holder; a body described in apposition and a name alone are left to the
// steps that read them already.
func TestAttributeRoleThenNamedHolder(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a rank before the name and a unit after it", []string{
			"Project engineer for the levee, Staff Sgt. Dana Whitlow of the 225th Engineer Brigade, says the wall will be done by Friday."},
			[]want{{speaker: "Dana Whitlow", content: "the wall will be done by Friday"}}},
		{"a role phrase after the name, then a pronoun", []string{
			"Spokesman for the council, Tom Reyes of the planning office, said the road would close.",
			"He said the detour would add ten minutes."},
			[]want{{speaker: "Tom Reyes", content: "the road would close"}, {speaker: "Tom Reyes", content: "the detour would add ten minutes"}}},
		{"a name alone in apposition, as before", []string{
			"The minority leader, Richard Kwan, said the plan was dead."},
			[]want{{speaker: "Richard Kwan", content: "the plan was dead"}}},
		{"a body described in apposition stays the speaker", []string{
			"The company, a unit of Acme Holdings, said profits fell."},
			[]want{{speaker: "The company", content: "profits fell"}}},
	})
}

// TestAttributeTopicAfterInvertedSpeaker covers a phrase after an inverted
// speaker that says what the words were about or when they were said
// (topicPrepositions): it ends the speaker, and a noun after "and" in it is
// no second speaker; a role phrase with "of" stays in the speaker.
func TestAttributeTopicAfterInvertedSpeaker(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"regarding, with a coordinated noun in the phrase", []string{
			"\"It is a Guard mission,\" said Okafor regarding the help to residents and local officials."},
			[]want{{speaker: "Okafor", content: "It is a Guard mission"}}},
		{"during a visit", []string{
			"\"The wall will hold,\" said the mayor during a visit to the levee."},
			[]want{{speaker: "the mayor", content: "The wall will hold"}}},
		{"a role phrase with of stays", []string{
			"\"The wall will hold,\" said the head of the levee board."},
			[]want{{speaker: "the head of the levee board", content: "The wall will hold"}}},
	})
}

// TestAttributeGradedRankIsNoBody covers a rank with an ordinal grade
// opening a sentence ("Army Sgt. 1st Class Tom Lee said", rankGrade): the
// words before the grade are no organisation, so a later "the company"
// still finds the firm named before.
func TestAttributeGradedRankIsNoBody(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"the company after a graded rank", []string{
			"Acme Corp. supplies the base with tools.",
			"Army Sgt. 1st Class Tom Lee said the drills ran late.",
			"In a statement, the company said it would replace the tools."},
			[]want{{speaker: "Tom Lee", content: "the drills ran late"}, {speaker: "Acme Corp.", content: "it would replace the tools"}}},
		{"the surname after a graded rank finds the person", []string{
			"Sgt. 1st Class Ann Cole led the drills.",
			"\"It was late,\" Cole said."},
			[]want{{speaker: "Ann Cole", content: "It was late"}}},
	})
}

// TestAttributeSurnameForms covers surnames written in forms the
// one-word surname rule does not read (byNameTail, byFamilyNameFirst,
// particleInName, earlierFullerPerson): particles, a hyphenated article,
// an apostrophe, a generational suffix, and a family name written first;
// a one-word name no one was given in full stays as written.
func TestAttributeSurnameForms(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"particles, capitalised at the sentence's start", []string{
			"Commission President Greta van der Berg arrived in Kyiv.",
			"Van der Berg said the aid would flow."},
			[]want{{speaker: "Greta van der Berg", content: "the aid would flow"}}},
		{"a hyphenated article", []string{
			"Interim leader Ahmed al-Masri met the envoy.",
			"\"We are ready,\" al-Masri said."},
			[]want{{speaker: "Ahmed al-Masri", content: "We are ready"}}},
		{"an apostrophe, straight and curly", []string{
			"Union boss Sean O'Dowd spoke on Monday.",
			"O’Dowd said the strike would go ahead."},
			[]want{{speaker: "Sean O'Dowd", content: "the strike would go ahead"}}},
		{"a generational suffix", []string{
			"Robert T. Hale Jr. spoke first.",
			"Hale said the fund would grow."},
			[]want{{speaker: "Robert T. Hale Jr", content: "the fund would grow"}}},
		{"a family name written first", []string{
			"Premier Li Qiang met the delegation.",
			"Li said trade would expand."},
			[]want{{speaker: "Li Qiang", content: "trade would expand"}}},
		{"a name nobody was given in full: left as written", []string{
			"Premier Li Qiang met the delegation.",
			"Zhou said trade would expand."},
			[]want{{speaker: "Zhou", content: "trade would expand"}}},
	})
}

// TestAttributePossessorBeforeName covers a person named after the
// capitalised possessor they speak for (possessorBeforeName): "Labour's
// Jess Phillips" is Jess Phillips, before the verb or after it; a firm
// named with a possessive stays whole.
func TestAttributePossessorBeforeName(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a party's member before the verb", []string{
			"Labour's Jess Harlow added that victims were waiting."},
			[]want{{speaker: "Jess Harlow", content: "victims were waiting"}}},
		{"an agency's chief after the quotation", []string{
			"\"We will fly again,\" said NASA’s Bill Corder."},
			[]want{{speaker: "Bill Corder", content: "We will fly again"}}},
		{"a broadcaster's programme is no person for a later she", []string{
			"Treasury minister Ann Vale appeared on Sky News’s Sunday Breakfast.",
			"\"Taxes will not rise,\" she said."},
			[]want{{speaker: "Ann Vale", content: "Taxes will not rise"}}},
		{"a firm with a possessive in its name stays whole", []string{
			"Domino's Pizza Group said sales rose."},
			[]want{{speaker: "Domino's Pizza Group", content: "sales rose"}}},
	})
}

// TestAttributeAgeEpithet covers a person called by the age the article
// gave them (byAge): "the 34-year-old" after "Tom Hale, 34,", "The
// 27-year-old woman" after "27-year-old Ann Marsh"; an age no one was
// given stays as written.
func TestAttributeAgeEpithet(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"an age after the name", []string{
			"Tom Hale, 34, of Mill Lane, was charged with theft.",
			"\"I regret it,\" the 34-year-old told the court."},
			[]want{{speaker: "Tom Hale", content: "I regret it"}}},
		{"an age before the name, then a noun after the epithet", []string{
			"Police said 27-year-old Ann Marsh was also held.",
			"The 27-year-old woman denied the charge."},
			[]want{{speaker: "Police", content: "27-year-old Ann Marsh was also held"}, {speaker: "Ann Marsh", content: "the charge"}}},
		{"an age no one was given", []string{
			"Tom Hale, 34, was charged with theft.",
			"The 50-year-old said nothing had been taken."},
			[]want{{speaker: "The 50-year-old", content: "nothing had been taken"}}},
	})
}

// TestAttributeCommonGroupIsNoBody covers "the company", "the group" after
// a sentence opened by a common plural ("Police said", "Officials
// estimated", commonGroup): the plural, capitalised only by its place, is
// no body the noun can mean; a firm named in capitals still is.
func TestAttributeCommonGroupIsNoBody(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"police, then the firm", []string{
			"Police said the road was shut.",
			"The firm said it would cut 200 jobs."},
			[]want{{speaker: "Police", content: "the road was shut"}, {speaker: "The firm", content: "it would cut 200 jobs"}}},
		{"officials, then the group", []string{
			"Officials estimated the damage at $2 million.",
			"The group said it would sue."},
			[]want{{speaker: "Officials", content: "the damage at $2 million"}, {speaker: "The group", content: "it would sue"}}},
		{"a firm named in capitals is still found", []string{
			"Marlow Foods said sales fell.",
			"Investigators said the fire began at night.",
			"The company said it would rebuild."},
			[]want{{speaker: "Marlow Foods", content: "sales fell"}, {speaker: "Investigators", content: "the fire began at night"}, {speaker: "Marlow Foods", content: "it would rebuild"}}},
	})
}

// TestAttributeEpithets covers descriptions wire copy uses to name again a
// body or the person just quoted, with modifiers the name does not hold
// (byBodyEpithet, epithetModifier, epithetNouns): "the Boston-based
// company", "The U.N. health agency", "The Portuguese coach"; a body
// named in capitals before its noun and a person of another kind stay as
// written.
func TestAttributeEpithets(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a firm by its home town", []string{
			"Marlow Tools Inc. on Tuesday reported a 10% rise in profit.",
			"The Boston-based company said demand was strong."},
			[]want{{speaker: "Marlow Tools Inc.", content: "a 10% rise in profit"}, {speaker: "Marlow Tools Inc.", content: "demand was strong"}}},
		{"an agency by an abbreviation and its field", []string{
			"The World Health Organization warned on Monday that cases were rising.",
			"The U.N. health agency said 20 countries were affected."},
			[]want{{speaker: "The World Health Organization", content: "cases were rising"}, {speaker: "The World Health Organization", content: "20 countries were affected"}}},
		{"the coach just quoted, by nationality", []string{
			"\"We deserved it,\" Harbor City manager Tiago Mendes said.",
			"The Portuguese coach added that his side had improved."},
			[]want{{speaker: "Tiago Mendes", content: "We deserved it"}, {speaker: "Tiago Mendes", content: "his side had improved"}}},
		{"a body named in capitals before its noun", []string{
			"Officials said the blast killed six.",
			"The Islamic State group has claimed responsibility for the attack."},
			[]want{{speaker: "Officials", content: "the blast killed six"}, {speaker: "The Islamic State group", content: "responsibility for the attack"}}},
		{"a person of another kind", []string{
			"\"Most travellers declare what they carry,\" said port director Carla Mendez.",
			"The driver advised that he had nothing to declare."},
			[]want{{speaker: "Carla Mendez", content: "Most travellers declare what they carry"}, {speaker: "The driver", content: "he had nothing to declare"}}},
	})
}

// TestAttributeGivenNameInApposition covers an inverted speaker described,
// then named by one word in apposition (givenNameAfter): "said one
// resident, Maria, 52" is Maria; a weekday or an acronym there is no
// name.
func TestAttributeGivenNameInApposition(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a first name and an age", []string{
			"\"Prices doubled,\" said one resident, Maria, 52."},
			[]want{{speaker: "Maria", content: "Prices doubled"}}},
		{"a first name alone", []string{
			"\"We have no flour,\" said a shopkeeper, Ahmed."},
			[]want{{speaker: "Ahmed", content: "We have no flour"}}},
		{"an acronym is no name", []string{
			"\"Prices doubled,\" said an official, NATO."},
			[]want{{speaker: "an official", content: "Prices doubled"}}},
	})
}

// TestAttributeToldPronounClause covers "told <listener>" followed by a
// clause whose verb is in the present with -s, which the verb test does
// not know (hasClause): a subject pronoun opens a clause; "told the court."
// names a listener only.
func TestAttributeToldPronounClause(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a broadcaster, then a pronoun and a present verb", []string{
			"Rita Vance told Action News Seven she lives in the house with her son."},
			[]want{{speaker: "Rita Vance", via: "Action News Seven", content: "she lives in the house with her son"}}},
		{"reporters, then a pronoun and a present verb", []string{
			"Rita Vance told reporters she owns the shop."},
			[]want{{speaker: "Rita Vance", content: "she owns the shop"}}},
		{"a figure inside the broadcaster's name", []string{
			"Rita Vance told Channel 9 News she was innocent."},
			[]want{{speaker: "Rita Vance", via: "Channel 9 News", content: "she was innocent"}}},
		{"a figure after a plain listener opens the claim", []string{
			"Rita Vance told reporters 3 Afghans were hurt."},
			[]want{{speaker: "Rita Vance", content: "3 Afghans were hurt"}}},
		{"a listener alone is no claim", []string{
			"Rita Vance told the court."},
			nil},
	})
}

// TestAttributeQuotationNamedAfter covers a quotation standing alone with
// its speaker named in the next sentence, which points back to it
// (quotationNamedAfter): "That was how X described ...", "So said X",
// "Those were the words of X"; a sentence pointing back to narration
// claims nothing.
func TestAttributeQuotationNamedAfter(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"that was how X described it", []string{
			"“We have never seen anything like this.” That was how Sheriff Tom Dunn described the storm."},
			[]want{{speaker: "Tom Dunn", content: "We have never seen anything like this"}}},
		{"so said X", []string{
			"\"We will rebuild every home.\" So said Mayor Ann Cole on Tuesday."},
			[]want{{speaker: "Ann Cole", content: "We will rebuild every home"}}},
		{"the words of X", []string{
			"\"We will rebuild every home.\" Those were the words of Mayor Ann Cole."},
			[]want{{speaker: "Ann Cole", content: "We will rebuild every home"}}},
		{"pointing back to narration", []string{
			"The storm hit at noon. That was how the day began."},
			nil},
	})
}

// TestAttributePartOfBody covers a sentence opened by a part or the people
// of a body named after "of" (partOfNouns): "Shares of Acme Corp." names
// Acme Corp., which "the company" then finds, in the same sentence or the
// next; a group the reporter describes stays the speaker.
func TestAttributePartOfBody(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"the company in the same sentence", []string{
			"Shares of Marlow Tools Inc. rose 5% after the company reported strong sales."},
			[]want{{speaker: "Marlow Tools Inc.", content: "strong sales"}}},
		{"the airline in the next sentence", []string{
			"Employees of Orbis Air walked out on Monday.",
			"The airline said flights would run."},
			[]want{{speaker: "Orbis Air", content: "flights would run"}}},
		{"members who speak stay the speaker", []string{
			"Members of the Dunmore Borough Council said the vote was unfair."},
			[]want{{speaker: "Members of the Dunmore Borough Council", content: "the vote was unfair"}}},
	})
}

// TestAttributeSportRoleBeforeName covers a sport's position written as a
// capitalised role before a name in narration (personNouns): the person
// quoted later by surname is the name, not "Quarterback Josh Allen".
func TestAttributeSportRoleBeforeName(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a position, then the surname", []string{
			"Quarterback Dan Ferris threw for 300 yards.",
			"\"We just kept fighting,\" Ferris said after the game."},
			[]want{{speaker: "Dan Ferris", content: "We just kept fighting"}}},
		{"a position, then a pronoun", []string{
			"Pitcher Tom Alvarez struck out ten.",
			"\"It felt good,\" he said."},
			[]want{{speaker: "Tom Alvarez", content: "It felt good"}}},
	})
}

// TestAttributeOneWordBody covers a body named by one capitalised word
// opening a sentence with a verb that is no cue (oneWordBody): "the
// group", "the iPhone maker" later find it; a surname the article also
// writes after a first name, and a word it writes in lower case elsewhere,
// are no body.
func TestAttributeOneWordBody(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"an armed group", []string{
			"Hezbollah fired rockets at the base.",
			"The group said it targeted troops."},
			[]want{{speaker: "Hezbollah", content: "it targeted troops"}}},
		{"a firm, then a description of it", []string{
			"Orchardly declined to comment.",
			"The Oakland-based firm has said it complies with the law."},
			[]want{{speaker: "Orchardly", content: "it complies with the law"}}},
		{"a surname is no body", []string{
			"Smith declined to comment.",
			"The company said it would appeal.",
			"John Smith later spoke to reporters."},
			[]want{{speaker: "The company", content: "it would appeal"}}},
		{"a common noun is no body", []string{
			"The Labor Department said prices rose.",
			"Inflation rose 3% as inflation pressures built.",
			"The agency said the trend would continue."},
			[]want{{speaker: "The Labor Department", content: "prices rose"}, {speaker: "The Labor Department", content: "the trend would continue"}}},
	})
}

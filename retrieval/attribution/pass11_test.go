package attribution_test

import (
	"testing"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/retrieval/attribution"
)

// TestAttributeOneWordSpeaker covers a "he" or "she" after a speaker the
// article names by one capitalised word alone (issue 12, branch i12j): the
// word is that person; an organisation word, an acronym or a speaker more
// than two sentences back is not.
func TestAttributeOneWordSpeaker(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"an inverted surname", []string{
			"“Failure is a part of our lives,” said Turner.",
			"“Don’t worry about what the teacher did,” he said."},
			[]want{{speaker: "Turner", content: "Failure is a part of our lives"},
				{speaker: "Turner", content: "Don’t worry about what the teacher did"}}},
		{"a title and a surname", []string{
			"Director Wray noted that the bureau continues to attract applicants. They share a commitment to public service, he said."},
			[]want{{speaker: "Wray", content: "the bureau continues to attract applicants"},
				{speaker: "Wray", content: "They share a commitment to public service"}}},
		{"an acronym is no person", []string{
			"“The plant is safe,” said UNESCO.",
			"“We checked it twice,” he said."},
			[]want{{speaker: "UNESCO", content: "The plant is safe"},
				{speaker: "he", content: "We checked it twice"}}},
		{"too far back", []string{
			"“The plant is safe,” said Turner.",
			"The plant opened in 1990.", "It employs 300 people.", "Its owners are in Ohio.",
			"“We checked it twice,” he said."},
			[]want{{speaker: "Turner", content: "The plant is safe"},
				{speaker: "he", content: "We checked it twice"}}},
	})
}

// TestAttributeAllegingParticiple covers the participles that report
// speech whatever follows them, "alleging" and "stating" among them, and a
// legal action as a document put out ("brought this action alleging that").
func TestAttributeAllegingParticiple(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"an action alleging that", []string{
			"Plaintiffs brought this action alleging that the map violated the Voting Rights Act."},
			[]want{{speaker: "Plaintiffs", content: "the map violated the Voting Rights Act"}}},
		{"alleging a noun phrase", []string{
			"Lynda Hunt sued her former employer in federal court, alleging violations of the Equal Pay Act."},
			[]want{{speaker: "Lynda Hunt", content: "violations of the Equal Pay Act"}}},
		{"stating without that", []string{
			"The agency issued a notice on Friday, stating the road would stay closed."},
			[]want{{speaker: "The agency", content: "the road would stay closed"}}},
		{"an action without a participle", []string{
			"Plaintiffs brought this action in 2019."}, nil},
	})
}

// TestAttributeBriefingTurns covers a briefing transcript (issue 12,
// branch i12j): the asking side's turns ("QUESTION:") are no claims, and a
// label with a courtesy title ("MS. PSAKI:") is the person the heading
// names in full on a line of its own.
func TestAttributeBriefingTurns(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"questions and a titled label", []string{
			"Jen Psaki", "Daily Press Briefing",
			"QUESTION: I realize that the President has spoken to this. Does the vote change the review?",
			"MS. PSAKI: No, it does not. The review continues.",
			"QUESTION: Right."},
			[]want{{speaker: "Jen Psaki", content: "No, it does not."},
				{speaker: "Jen Psaki", content: "The review continues."}}},
		{"a name running into the next line is not read as one", []string{
			"Jen Psaki", "Daily Press Briefing", "Washington",
			"MS. PSAKI: No, it does not.",
			"MR. KIRBY: We agree."},
			[]want{{speaker: "Jen Psaki", content: "No, it does not."},
				{speaker: "Mr. Kirby", content: "We agree."}}},
	})
}

// TestAttributeCompassNames covers two capitalised words opened by a
// compass word ("North Korea", "Northern Grid"): a place or a body, never
// the person a later "he" or "she" is, nor the person an "it" cannot be.
func TestAttributeCompassNames(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a country after the person", []string{
			"Asked about the talks, Ann Cole said no one knew how many weapons North Korea had.",
			"She noted that the talks would go on."},
			[]want{{speaker: "Ann Cole", content: "no one knew how many weapons North Korea had"},
				{speaker: "Ann Cole", content: "the talks would go on"}}},
		{"a regional body is an it", []string{
			"Northern Grid now says 41,000 homes are without power.",
			"Crews closed Penrith Road after a tree fell.",
			"It said engineers would not go up poles in high winds."},
			[]want{{speaker: "Northern Grid", content: "41,000 homes are without power"},
				{speaker: "Northern Grid", content: "engineers would not go up poles in high winds"}}},
	})
}

// TestAttributeFirstNameAlone covers a person named in full and then by
// first name alone in narration ("Moira starts the van."): a later "she"
// is that person, not a speaker quoted in between. (The first word of a
// description, "Labour leader", is no first name: holdout21's "she said"
// after "the Labour leader read out a letter" stays Ruth Starling.)
func TestAttributeFirstNameAlone(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a first name in narration", []string{
			"Moira Tulloch has been waiting in her van.",
			"A spokesperson for the council said the decision had been difficult.",
			"Moira starts the van.",
			"“Same time tomorrow,” she says."},
			[]want{{speaker: "A spokesperson for the council", content: "the decision had been difficult"},
				{speaker: "Moira Tulloch", content: "Same time tomorrow"}}},
	})
}

// TestAttributeOwnVoice covers a speaker written as a possessive and what
// its owner puts out in its own voice: the owner speaks ("Its editorial
// argues", "according to the Director's statement"); a filed document
// ("The FTC's complaint") stays the speaker.
func TestAttributeOwnVoice(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"its editorial", []string{
			"The Northern Courier takes the opposite view.",
			"Its editorial argues that the chancellor chose the hard road."},
			[]want{{speaker: "The Northern Courier", content: "the chancellor chose the hard road"}}},
		{"a titled person's statement", []string{
			"FBI Director James Comey appeared before the subcommittee on Thursday.",
			"According to the Director’s statement, the threats include cyber attacks."},
			[]want{{speaker: "James Comey", content: "the threats include cyber attacks"}}},
		{"a filed complaint stays", []string{
			"The FTC’s complaint alleges that consumers were signed up without consent."},
			[]want{{speaker: "The FTC’s complaint", content: "consumers were signed up without consent"}}},
	})
}

// TestAttributeRelativeInPredicate covers a relative "who" clause after a
// noun phrase in the predicate: the antecedent speaks ("petitions filed by
// the residents, who claimed that ..."). A relative inside the sentence's
// subject ("One delegate from a small island state, who asked not to be
// named, said") and "The WHO says" are left to their own rules.
func TestAttributeRelativeInPredicate(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"after by", []string{
			"The bench was hearing petitions filed by the residents, who claimed that they had lived on the land for decades."},
			[]want{{speaker: "the residents", content: "they had lived on the land for decades"}}},
		{"after of", []string{
			"Ferrante closed the bridge over the objections of ministers, who insisted the crossing was safe."},
			[]want{{speaker: "ministers", content: "the crossing was safe"}}},
		{"inside the subject", []string{
			"One delegate from a small island state, who asked not to be named, said several countries would walk out."},
			[]want{{speaker: "One delegate from a small island state", content: "several countries would walk out"}}},
		{"the WHO", []string{"The WHO says cholera can kill within hours."},
			[]want{{speaker: "The WHO", content: "cholera can kill within hours"}}},
	})
}

// TestAttributeEvidenceVerbs covers "show" as a verb of evidence: evidence
// speaks through it ("An ongoing investigation showed that", "figures
// released by X show"), other subjects do not ("Sediment cores ... show
// that" is the study's finding), and without a clause it is no claim.
func TestAttributeEvidenceVerbs(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"an investigation showed that", []string{
			"An ongoing county investigation showed that the suspect had supplied large quantities of drugs."},
			[]want{{speaker: "An ongoing county investigation", content: "the suspect had supplied large quantities of drugs"}}},
		{"figures released by a body", []string{
			"The number of officers has fallen to its lowest level in a decade, figures released by the Department of Justice show."},
			[]want{{speaker: "the Department of Justice", content: "The number of officers has fallen to its lowest level in a decade"}}},
		{"no evidence noun", []string{
			"Sediment cores drawn from a dry lake bed show that the region endured long droughts."}, nil},
		{"no clause", []string{"The video shows a man running from the building."}, nil},
	})
}

// TestAttributeQuoteParagraphUnit covers a paragraph that is wholly a
// quotation with no cue, after a paragraph whose quotation was closed and
// attributed: the same speaker, a quotation unit of its own. A quotation
// left open at a paragraph's end and taken up again stays one unit.
func TestAttributeQuoteParagraphUnit(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		units int
	}{
		{"after a closed quotation", []string{
			"“We will not fund it,” Rumsfeld said.",
			"“It also will require us to begin the process again.”"}, 2},
		{"a quotation left open", []string{
			"Rumsfeld said: “We will not fund it.",
			"“It also will require us to begin the process again.”"}, 1},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			text, sents := body(newsbot.KindBody, tt.paras...)
			got := attribution.Attribute(text, sents)
			if len(got) != 2 {
				t.Fatalf("got %d claims, want 2: %+v", len(got), got)
			}
			units := map[int]bool{}
			for _, c := range got {
				units[c.Unit] = true
				check(t, "speaker", c.Speaker, "Rumsfeld")
			}
			if len(units) != tt.units {
				t.Errorf("got %d units, want %d", len(units), tt.units)
			}
		})
	}
}

// TestAttributeTheyAfterClause covers ", they <verb>" after a clause whose
// subject is a group of people: the subject, with its modifiers up to its
// verb, is the speaker; a clause about things leaves "they" to the tracker.
func TestAttributeTheyAfterClause(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a group of people", []string{
			"Astronomers using the Webb telescope have detected water vapour on a rocky planet, they reported on Tuesday."},
			[]want{{speaker: "Astronomers using the Webb telescope", content: "Astronomers using the Webb telescope have detected water vapour on a rocky planet", when: "on Tuesday"}}},
		{"things", []string{"Prices will rise next year, they said."},
			[]want{{speaker: "they", content: "Prices will rise next year"}}},
	})
}

// TestAttributeResearchGroup covers "the team" and "the authors" of a
// study resolved to the group of researchers that introduced it a few
// sentences before, with the bodies they are at.
func TestAttributeResearchGroup(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"the team after researchers at two bodies", []string{
			"The study was led by researchers at the Institut Pasteur du Laos and the University of Lyon.",
			"The virus entered human lung cells in a dish, the team writes."},
			[]want{{speaker: "researchers at the Institut Pasteur du Laos and the University of Lyon", content: "The virus entered human lung cells in a dish"}}},
		{"the team after a team of", []string{
			"A team of international astronomers found a distant solar system.",
			"The team said our galaxy could hold many such systems."},
			[]want{{speaker: "A team of international astronomers", content: "our galaxy could hold many such systems"}}},
		{"no group introduced", []string{
			"The virus entered human lung cells in a dish, the team writes."},
			[]want{{speaker: "the team", content: "The virus entered human lung cells in a dish"}}},
	})
}

// TestAttributeTwoTitledOfficials covers a subject naming two officials,
// each with a title and the body after the name, as releases write it:
// two claims, also when the subject runs long, follows a dateline and is
// closed by a comma before the verb.
func TestAttributeTwoTitledOfficials(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"after the claim", []string{
			"A director has been indicted on obscenity charges, Assistant Attorney General Alice S. Fisher of the Criminal Division and U.S. Attorney James R. Klindt for the Middle District of Florida announced today."},
			[]want{{speaker: "Alice S. Fisher", content: "A director has been indicted on obscenity charges", when: "today"},
				{speaker: "James R. Klindt", content: "A director has been indicted on obscenity charges", when: "today"}}},
		{"after a dateline, with a comma", []string{
			"Washington, DC - Acting Assistant Attorney General Jeffrey H. Wood of the Justice Department’s Environment and Natural Resources Division and United States Attorney Joseph H. Harrington for the Eastern District of Washington, announced that Jin Cha was sentenced Friday."},
			[]want{{speaker: "Jeffrey H. Wood", content: "Jin Cha was sentenced Friday"},
				{speaker: "Joseph H. Harrington", content: "Jin Cha was sentenced Friday"}}},
	})
}

// TestAttributeUnlabelledInterview covers a question-and-answer interview
// printed without labels: each answer paragraph is the interviewee's unit
// (speech reported inside it is part of it), what a question reports others
// saying stays their claim, and an article with fewer than three questions
// in alternation is read as usual.
func TestAttributeUnlabelledInterview(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"three questions", []string{
			"Ines Carvalho has run the town's libraries for 11 years.",
			"Why did you lose?",
			"Because the numbers were against me.",
			"Critics say you gave up too easily.",
			"I understand why people are angry. The council has promised me the buildings will not be sold.",
			"What would you tell your successor?",
			"Count everything."},
			[]want{{speaker: "Ines Carvalho", content: "Because the numbers were against me."},
				{speaker: "Critics", content: "you gave up too easily"},
				{speaker: "Ines Carvalho", content: "I understand why people are angry."},
				{speaker: "Ines Carvalho", content: "The council has promised me the buildings will not be sold."},
				{speaker: "Ines Carvalho", content: "Count everything."}}},
		{"one rhetorical question", []string{
			"Ines Carvalho has run the town's libraries for 11 years.",
			"Why did the council wait so long?",
			"The council said the numbers were against it."},
			[]want{{speaker: "The council", content: "the numbers were against it"}}},
	})
}

// TestAttributeOpinionVerbs covers verbs of opinion before a clause as
// claims ("thinks the water taxi could work", "felt the goal should have
// been ruled out"), not inside another claim's content, not a narrator's
// "I thought", and not before a plain object.
func TestAttributeOpinionVerbs(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"thinks a clause", []string{"Donald Rae, who chairs the community council, thinks the water taxi could work."},
			[]want{{speaker: "Donald Rae", content: "the water taxi could work"}}},
		{"felt a clause", []string{"Castlegate manager Steve Orr felt the second goal should have been ruled out."},
			[]want{{speaker: "Steve Orr", content: "the second goal should have been ruled out"}}},
		{"inside a told claim", []string{"The summit's president, Luis Moreno, told delegates he still believed a deal was possible."},
			[]want{{speaker: "Luis Moreno", content: "he still believed a deal was possible"}}},
		{"a narrator's thought", []string{"At first I thought he had stage fright."}, nil},
		{"a plain object", []string{"Residents felt the ground shake."}, nil},
	})
}

// TestAttributeAddingQuotation covers ", adding, “...”": after a quotation
// and its cue, the quotation after the participle is a claim of its own
// (not a resumed part of the first); after a reported claim it is read too.
func TestAttributeAddingQuotation(t *testing.T) {
	text, sents := body(newsbot.KindBody,
		"“That's on me,” Delane said, adding, “I've got to take care of the ball.”",
		"The minister said the plan was sound, adding, “We will not change it.”")
	got := attribution.Attribute(text, sents)
	want := []struct{ speaker, cue, content string }{
		{"Delane", "said", "That's on me"},
		{"Delane", "adding", "I've got to take care of the ball"},
		{"The minister", "said", "the plan was sound"},
		{"The minister", "adding", "We will not change it"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d claims, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		check(t, "speaker", got[i].Speaker, w.speaker)
		check(t, "cue", got[i].Cue, w.cue)
		check(t, "content", got[i].Content, w.content)
	}
	if got[0].Unit == got[1].Unit {
		t.Errorf("the quotation after 'adding' shares unit %d with the first", got[0].Unit)
	}
}

// TestAttributePlacedHead covers "the Baltimore university" (a place and a
// kind) resolved to the body named before whose name ends with that kind.
func TestAttributePlacedHead(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a place and a kind", []string{
			"Michael Bloomberg announced Sunday he is donating $1.8 billion to Johns Hopkins University.",
			"The Baltimore university said the gift will end student loans."},
			[]want{{speaker: "Michael Bloomberg", content: "he is donating $1.8 billion to Johns Hopkins University", when: "Sunday"},
				{speaker: "Johns Hopkins University", content: "the gift will end student loans"}}},
		{"no body of that kind", []string{
			"Michael Bloomberg announced Sunday he is donating $1.8 billion to the city.",
			"The Baltimore university said the gift will end student loans."},
			[]want{{speaker: "Michael Bloomberg", content: "he is donating $1.8 billion to the city", when: "Sunday"},
				{speaker: "The Baltimore university", content: "the gift will end student loans"}}},
	})
}

// TestAttributeAccordingParticiple covers a participle inside the phrase
// of "according to" ("a preprint posted to bioRxiv"): never a cue with
// "according to a preprint" as its speaker.
func TestAttributeAccordingParticiple(t *testing.T) {
	text, sents := body(newsbot.KindBody, "A virus from bats can latch onto human cells, according to a preprint posted to bioRxiv last week.")
	for _, c := range attribution.Attribute(text, sents) {
		if c.Cue == "posted" {
			t.Errorf("claim with cue %q and speaker %q", c.Cue, c.Speaker)
		}
	}
}

// TestAttributeReportsAfterAppositive covers "reports that" after a name
// set off by commas: a verb after its subject's appositive, while "media
// reports that" stays a noun.
func TestAttributeReportsAfterAppositive(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"after a name", []string{"The Sentinel's economics editor, Priya Raman, reports that borrowing will overshoot."},
			[]want{{speaker: "Priya Raman", content: "borrowing will overshoot"}}},
		{"a noun", []string{"The ministry denied media reports that the minister had resigned."},
			[]want{{speaker: "The ministry", content: "media reports that the minister had resigned"}}},
	})
}

// TestAttributeAnnouncedEvent covers "announced the <noun of process> of
// ...": the announcement of an act is no claim; a plan or a clause stays
// one.
func TestAttributeAnnouncedEvent(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"the unsealing of", []string{"The Justice Department announced the unsealing of a warrant on Thursday."}, nil},
		{"the appointment of", []string{"Attorney General Jeff Sessions today announced the appointment of 17 federal prosecutors."}, nil},
		{"a plan", []string{"The mayor announced a plan to restore 150 miles of roads."},
			[]want{{speaker: "The mayor", content: "a plan to restore 150 miles of roads"}}},
		{"a clause", []string{"The agency announced that the warrant had been unsealed."},
			[]want{{speaker: "The agency", content: "the warrant had been unsealed"}}},
	})
}

// TestAttributeBlamed covers "blamed X for Y" as an accusation, as
// "accused X of Y" is; the passive "was blamed on" is none.
func TestAttributeBlamed(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"blamed with its object", []string{"Residents blamed police for the death of a motorcyclist."},
			[]want{{speaker: "Residents", content: "police for the death of a motorcyclist"}}},
		{"passive", []string{"The fire was blamed on a faulty heater."}, nil},
	})
}

// TestAttributeCalledAroundPhrase covers a characterisation whose object
// has a phrase set off by commas before the quotation ("called Putin's
// proposal, made during the summit, an “incredible offer”"); another
// speaker's quotation after a comma is no characterisation.
func TestAttributeCalledAroundPhrase(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a phrase set off by commas", []string{
			"President Donald Trump called Putin's proposal, made during the U.S.-Russia summit in Helsinki, an “incredible offer.”"},
			[]want{{speaker: "Donald Trump", content: "incredible offer"}}},
	})
	for _, s := range []string{
		"The mayor called the police, who said “we are on our way.”",
		// two commas, so only the cue after them stops it
		"The mayor called the chief, Ann Lee, who said “we are on our way.”",
	} {
		text, sents := body(newsbot.KindBody, s)
		for _, c := range attribution.Attribute(text, sents) {
			if c.Cue == "called" {
				t.Errorf("another speaker's quotation read as the mayor's characterisation: %+v", c)
			}
		}
	}
}

// TestAttributeContinuedTo covers a characterisation after a verb of
// continuing and "to" ("went on to characterise X as Y"): the subject of
// the verb of continuing speaks; another verb before "to" ("wanted to
// describe") gives no claim.
func TestAttributeContinuedTo(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"went on to", []string{"Gavin Webb went on to characterise police action as a “waste of money”."},
			[]want{{speaker: "Gavin Webb", content: "police action as a “waste of money”"}}},
		{"wanted to", []string{"Gavin Webb wanted to describe the plan as reckless."}, nil},
	})
}

// TestAttributePossessiveClause covers a strict cue before a clause
// without "that" whose subject opens with a name's possessive ("Court
// records show Dunning’s license was suspended"); a possessive object
// without a verb after it is none.
func TestAttributePossessiveClause(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a possessive subject", []string{"Court records show Dunning’s license was suspended twice."},
			[]want{{speaker: "Court records", content: "Dunning’s license was suspended twice"}}},
		{"a possessive object", []string{"The minister noted Britain’s strong growth in May."}, nil},
	})
}

// TestAttributePronounPastClause covers a strict cue before a clause
// without "that" of a pronoun and a past tense ("found he posed an
// unacceptable risk"); a pronoun object with no verb after it is none.
func TestAttributePronounPastClause(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a past tense", []string{"The man was refused bail after a magistrate found he posed a risk to the community."},
			[]want{{speaker: "a magistrate", content: "he posed a risk to the community"}}},
		{"no verb", []string{"The magistrate found him in contempt of court."}, nil},
	})
}

// TestAttributeCalledLongObject covers a characterisation in quotation
// marks after an object of up to eight words ("called all terrorist
// attempts to disrupt the upcoming vote “desperate.”").
func TestAttributeCalledLongObject(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"eight words", []string{"Bolton called all terrorist attempts to disrupt the upcoming vote “desperate.”"},
			[]want{{speaker: "Bolton", content: "desperate"}}},
		{"a quotation too far", []string{"Bolton called the officials of the electoral commission in the capital on Monday and said “we are ready.”"},
			[]want{{speaker: "Bolton", content: "we are ready"}}},
	})
}

// TestAttributeInTheOpinionOf covers "In the opinion of X," and "In the
// view of X," as sources before their claim, and a person's name set off
// by commas after a description of the source ("the director of the
// Institute, Viktor Lagutin,"); after a document ("According to court
// documents, Thomas Reeve, 52, posed ...") the name is the claim's subject.
func TestAttributeInTheOpinionOf(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a described person named after", []string{
			"In the opinion of the director of the Institute of Caspian Studies, Viktor Lagutin, the talks will fail."},
			[]want{{speaker: "Viktor Lagutin", content: "the talks will fail"}}},
		{"in the view of", []string{"In the view of most economists, rates will fall."},
			[]want{{speaker: "most economists", content: "rates will fall"}}},
		{"a document", []string{"According to court documents, Thomas Reeve, 52, posed as a benefits counselor."},
			[]want{{speaker: "court documents", content: "Thomas Reeve, 52, posed as a benefits counselor"}}},
	})
}

// TestAttributeHedgedPerfect covers a claim reported second-hand in the
// passive before "to have" ("Ms Lomax is understood to have told ..."):
// the subject of the hedge is the speaker, resolved to the full name an
// opening "Allies of Priya Lomax" gives; "wanted to have said" is none.
func TestAttributeHedgedPerfect(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"is understood to have told", []string{
			"The row has simmered since the spring.",
			"Ms Lomax is understood to have told colleagues that the rules were “not a menu”."},
			[]want{{speaker: "Ms Lomax", content: "the rules were “not a menu”"}}},
		{"a name after of", []string{
			"Allies of Priya Lomax met in London on Sunday.",
			"Ms Lomax is understood to have told colleagues that the rules were firm."},
			[]want{{speaker: "Priya Lomax", content: "the rules were firm"}}},
		{"not a hedge", []string{"He wanted to have said more about the rules."}, nil},
	})
}

// TestAttributePartitiveSubject covers a partitive subject ("one of them",
// "Some of us"): the object pronoun after "of" is not the subject on its
// own.
func TestAttributePartitiveSubject(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"one of them", []string{"“Nobody believes it any more,” one of them said."},
			[]want{{speaker: "one of them", content: "Nobody believes it any more"}}},
		{"a plain pronoun", []string{"“Nobody believes it any more,” they said."},
			[]want{{speaker: "they", content: "Nobody believes it any more"}}},
	})
}

// TestAttributeCoordinatedHow covers a coordinated strict verb before a
// "how" clause ("provided an overview ... and explained how the resources
// are critical"); "and explained how to apply" is none.
func TestAttributeCoordinatedHow(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"how a clause", []string{"FBI Director James Comey provided members an overview and explained how the resources are critical."},
			[]want{{speaker: "James Comey", content: "the resources are critical"}}},
		{"how to", []string{"FBI Director James Comey provided members an overview and explained how to apply."}, nil},
	})
}

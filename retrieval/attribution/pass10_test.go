package attribution_test

import "testing"

// TestAttributeFullestName covers speakers written short, resolved to the
// fullest name the article writes anywhere (issue 12, branch i12i): a
// surname after a possessor, a knight's or dame's title with the first
// name, capitalised titles before a surname. Two persons of one surname
// leave the short form alone.
func TestAttributeFullestName(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a surname after a possessor", []string{
			"Mira Okafor’s squad won the cup in Leeds.",
			"Okafor said the defence had been superb."},
			[]want{{speaker: "Mira Okafor", content: "the defence had been superb"}}},
		{"a dame's first name", []string{
			"The panel, chaired by Dame Helena Roscoe, met on Monday.",
			"Dame Helena said: “We will publish everything.”"},
			[]want{{speaker: "Helena Roscoe", content: "We will publish everything"}}},
		{"titles and a surname", []string{
			"Peter Quayle took over the field office in May.",
			"“The arrests end a long inquiry,” said Special Agent in Charge Quayle."},
			[]want{{speaker: "Peter Quayle", content: "The arrests end a long inquiry"}}},
		{"two persons of one surname", []string{
			"Peter Quayle and his sister, Ruth Quayle, run the field office.",
			"“The arrests end a long inquiry,” said Special Agent in Charge Quayle."},
			[]want{{speaker: "Special Agent in Charge Quayle", content: "The arrests end a long inquiry"}}},
	})
}

// TestAttributeTitleByForm covers a title known by its form before a
// person's name: a short abbreviation in capitals or an adjective of
// nationality or allegiance, and a body after "for" as part of the role.
func TestAttributeTitleByForm(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"an abbreviated rank", []string{"DC Rhian Powell told the court that the van had been stolen."},
			[]want{{speaker: "Rhian Powell", content: "the van had been stolen"}}},
		{"a party adjective", []string{"Republican Lucy Amberg said the budget was late."},
			[]want{{speaker: "Lucy Amberg", content: "the budget was late"}}},
		{"a body after for", []string{"“We are ready,” said District Attorney Omar Venn for the Eastern District of Ohio."},
			[]want{{speaker: "Omar Venn", content: "We are ready"}}},
		{"a description and a peer's name", []string{"The former trade envoy Lord Penhale says the deal is “dead”."},
			[]want{{speaker: "Lord Penhale", content: "the deal is “dead”"}}},
	})
}

// TestAttributeEarlierIndefinite covers a definite description as speaker
// resolved to the indefinite noun phrase that introduced it a few
// sentences before, with its phrase of names; a description never
// introduced stays as written.
func TestAttributeEarlierIndefinite(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"introduced with a place", []string{
			"Last spring a surveyor from Harwick County, Nevada, inspected the dam.",
			"The surveyor said the cracks had been there for years."},
			[]want{{speaker: "a surveyor from Harwick County, Nevada", content: "the cracks had been there for years"}}},
		{"a panel of named judges", []string{
			"A panel of Judges Ruth Amadi and Colin Fenn heard the appeal on Monday.",
			"The panel said the first trial had been fair."},
			[]want{{speaker: "A panel of Judges Ruth Amadi and Colin Fenn", content: "the first trial had been fair"}}},
		{"never introduced", []string{"The surveyor said the cracks had been there for years."},
			[]want{{speaker: "The surveyor", content: "the cracks had been there for years"}}},
	})
}

// TestAttributeFullestNameBeforeLink covers a full name followed by "of"
// and its body in the text ("Grace Idowu of the FBI's field office"): the
// name ends before the link.
func TestAttributeFullestNameBeforeLink(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"name then of", []string{
			"The case was led by Special Agent Grace Idowu of the FBI’s Denver office.",
			"“Nobody is above the law,” said Special Agent Idowu."},
			[]want{{speaker: "Grace Idowu", content: "Nobody is above the law"}}},
	})
}

// TestAttributeThatComplementVerb covers a verb the lexicon lacks, known
// as one of saying or thinking by its finite "that" clause; a relative
// "that" and verbs of consequence are not cues.
func TestAttributeThatComplementVerb(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a past verb before that and a clause", []string{"Counsel for the tenants contended that no notice had been served."},
			[]want{{speaker: "Counsel for the tenants", content: "no notice had been served"}}},
		{"a relative that", []string{"The inspectors collected samples that showed high lead levels."}, nil},
		{"a verb of consequence", []string{"The new valves ensured that the pumps would keep running."}, nil},
	})
}

// TestAttributeClockTimeBeforeSubject covers a time of day or "by" and a
// day opening the sentence: the claim's time, never part of the speaker.
func TestAttributeClockTimeBeforeSubject(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a clock time", []string{"At 4 a.m. rangers from the park service confirmed the hikers were safe."},
			[]want{{speaker: "rangers from the park service", when: "At 4 a.m.", content: "the hikers were safe"}}},
		{"by and a day", []string{"By Thursday the council said that the bridge would reopen."},
			[]want{{speaker: "the council", when: "By Thursday", content: "the bridge would reopen"}}},
	})
}

// TestAttributeEpithet covers a definite description of a person that no
// role matches, after that person's words: the person who spoke last,
// named in full; "according to him" resolves like "he". A description
// after a body's words stays as written.
func TestAttributeEpithet(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"the epithet after a named speaker", []string{
			"Trade Commissioner Ilse Marrak told the agency on Monday that talks would resume.",
			"“Nobody has left the table,” the diplomat said.",
			"According to him, a deal could come by spring."},
			[]want{
				{speaker: "Ilse Marrak", content: "talks would resume"},
				{speaker: "Ilse Marrak", content: "Nobody has left the table"},
				{speaker: "Ilse Marrak", content: "a deal could come by spring"}}},
		{"after a body", []string{
			"The Port Authority said on Monday that berths would reopen.",
			"“The cranes are safe,” the engineer said."},
			[]want{
				{speaker: "The Port Authority", content: "berths would reopen"},
				{speaker: "the engineer", content: "The cranes are safe"}}},
	})
}

// TestAttributeRoleThenTitledName covers a subject in which a lower-case
// role comes between a capitalised word and a titled name ("Harbour
// inspector Captain Ines Moyo"), for a participle's claim after the
// clause: the speaker is the person, not the first word.
func TestAttributeRoleThenTitledName(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a participle after the clause", []string{"Harbour inspector Captain Ines Moyo refused the permit, telling reporters the hull had cracked."},
			[]want{{speaker: "Ines Moyo", content: "the hull had cracked"}}},
	})
}

// TestAttributePublishedColon covers a statement put out and quoted after
// a colon: the subject of "issued", "released" is the speaker, the
// quotation the claim; an object that is no statement is no cue.
func TestAttributePublishedColon(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"issued a statement", []string{"Governor Alma Ruiz issued a statement: “We will rebuild every school.”"},
			[]want{{speaker: "Alma Ruiz", content: "We will rebuild every school"}}},
		{"the following statement and a phrase", []string{"The harbour board released the following statement after the vote: “The pier stays open.”"},
			[]want{{speaker: "The harbour board", content: "The pier stays open"}}},
		{"no statement", []string{"The band released the following songs: “Rain” and “Tide”."}, nil},
	})
}

// TestAttributeCoordinatedCalledOn covers "called on X to" as a second act
// after "and": the speaker is the one of the claim before.
func TestAttributeCoordinatedCalledOn(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"after a claim", []string{"Marta Quell said the levy had failed, and called on councillors to scrap it."},
			[]want{
				{speaker: "Marta Quell", content: "the levy had failed"},
				{speaker: "Marta Quell", content: "councillors to scrap it"}}},
	})
}

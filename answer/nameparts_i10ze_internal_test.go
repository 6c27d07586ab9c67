package answer

import "testing"

// TestNamePhraseEnds checks that a name's noun phrase ends before an
// adverb completing the question's verb ("send X back", "keep X open")
// and before a form in -ing with its particle ("turning up"), so that an
// article need not write those words; the phrase's real nouns are still
// required.
func TestNamePhraseEnds(t *testing.T) {
	for _, tc := range []struct{ q, text, missing string }{
		{"Who commented on sending the Mexican murder suspect back?", "ICE returned the murder suspect to Mexico, where Mexican police took him.", ""},
		{"Who decided to keep the Iron Mountain hospital open?", "The Iron Mountain hospital will continue inpatient care, the secretary decided.", ""},
		{"Where were the Peruvian notes turning up?", "The notes printed by a Peruvian ring were passed in Florida.", ""},
		{"Who ordered the Missouri Guard troops ahead of the storms?", "The governor ordered Missouri Guard troops to duty before the storms.", ""},
		// the nouns before the adverb are still required
		{"Who commented on sending the Mexican drug lord back?", "ICE returned the murder suspect to Mexico, where Mexican police took him.", "the Mexican drug lord"},
	} {
		if got := coveredBy(tc.q, tc.text); got != tc.missing {
			t.Errorf("%q over %q: missing %q, want %q", tc.q, tc.text, got, tc.missing)
		}
	}
}

// TestNamePairs checks that two names joined by a hyphen ("US-Japan") are
// read as two names when the articles write them apart, each through its
// aliases, and that a hyphenated name written as such, or absent, stays
// one name.
func TestNamePairs(t *testing.T) {
	for _, tc := range []struct{ q, text, missing string }{
		{"Which anniversary of the US-Japan security treaty fell in 2020?", "In 2020 the security treaty between the United States and Japan marked its 60th anniversary.", ""},
		{"What did Israel-Hamas talks achieve?", "Talks between Israel and Hamas achieved a pause.", ""},
		// no part written as such (the US only as "the United States"): refused, named whole
		{"Which anniversary of the US-Korea security treaty fell in 2020?", "In 2020 the security treaty between the United States and Japan marked its 60th anniversary.", "US-Korea"},
		// written joined: one name, found
		{"What did Rolls-Royce say about the engines?", "Rolls-Royce said the engines were safe.", ""},
		// no part written: one absent name, named whole
		{"What did Jean-Jacques Dordain say about the launch?", "The agency said the launch went well.", "Jean-Jacques Dordain"},
	} {
		if got := coveredBy(tc.q, tc.text); got != tc.missing {
			t.Errorf("%q over %q: missing %q, want %q", tc.q, tc.text, got, tc.missing)
		}
	}
}

// TestNounSynonymsOfNames checks that a name's noun written with a word of
// the same meaning is found ("fake" notes reported as counterfeit, a
// "boyhood" home as a childhood home, "meth" as methamphetamine), while a
// noun of another meaning is still required.
func TestNounSynonymsOfNames(t *testing.T) {
	for _, tc := range []struct{ q, text, missing string }{
		{"Where were the Peruvian fake notes spent?", "Counterfeit notes printed by a Peruvian ring were passed in Florida.", ""},
		{"Who set fire to Bill Clinton's boyhood home?", "A fire was set at the childhood home of Bill Clinton.", ""},
		{"Who ran the Tulsa meth arrests?", "Agents made methamphetamine arrests in Tulsa.", ""},
		{"Who ran the Tulsa cocaine arrests?", "Agents made methamphetamine arrests in Tulsa.", "the Tulsa cocaine arrests"},
	} {
		if got := coveredBy(tc.q, tc.text); got != tc.missing {
			t.Errorf("%q over %q: missing %q, want %q", tc.q, tc.text, got, tc.missing)
		}
	}
}

// TestNamePhraseValuesAndPossessors checks that a number in a name's noun
// phrase is required as a value, in the article's form, not as a noun
// ("the Energy Department's $104.7 million" in "$104,700,000"); that a
// family noun after a surname need not be written ("the Nicholas
// brothers'" home movies, of "Fayard and Harold Nicholas"); and that a
// possession later in the phrase ("the New Horizons mission team's name")
// lets its head go unwritten, as after the name itself.
func TestNamePhraseValuesAndPossessors(t *testing.T) {
	for _, tc := range []struct{ q, text, missing string }{
		{"What is the source of the Energy Department's $104.7 million?", "The Energy Department announced $104,700,000 from the Recovery Act.", ""},
		{"What is the source of the Energy Department's $104.7 million?", "The Energy Department announced $90,000,000 from the Recovery Act.", "104.7"},
		{"Why are the Nicholas brothers' home movies special?", "The home movies of Fayard and Harold Nicholas show rare footage.", ""},
		{"Why are the Nicholas brothers' home movies special?", "The films of Fayard and Harold Nicholas show rare footage.", "the Nicholas brothers home movies"},
		{"What does APL stand for in the New Horizons mission team's name?", "New Horizons mission manager Alice Bowman of the Applied Physics Laboratory (APL) led the team.", ""},
	} {
		if got := coveredBy(tc.q, tc.text); got != tc.missing {
			t.Errorf("%q over %q: missing %q, want %q", tc.q, tc.text, got, tc.missing)
		}
	}
}

// TestAcronymsSpelledOut checks that a name opening with an acronym is
// found spelled out ("the FD&C Act" as the "Food, Drug, and Cosmetic
// Act"), and a two-letter acronym as two capitalised words inside a
// sentence ("the AG" as "Attorney General"), but not as a sentence's
// first two words, nor as two words in lower case.
func TestAcronymsSpelledOut(t *testing.T) {
	for _, tc := range []struct{ q, text, missing string }{
		{"Under which law, the FD&C Act, were the goods adulterated?", "The goods are adulterated under the Federal Food, Drug, and Cosmetic Act.", ""},
		{"Under which law, the FD&C Act, were the goods adulterated?", "The goods are adulterated under the Federal Meat Inspection Act.", "FD&C Act"},
		{"What did the AG say about staffing?", "In his remarks, Attorney General Garland spoke about staffing.", ""},
		{"What did the AG say about staffing?", "The minister spoke. After Gaza, staffing was discussed.", "AG"},
		{"What did the AG say about staffing?", "The minister spoke about agency growth and staffing.", "AG"},
	} {
		if got := coveredBy(tc.q, tc.text); got != tc.missing {
			t.Errorf("%q over %q: missing %q, want %q", tc.q, tc.text, got, tc.missing)
		}
	}
}

// TestItemsAsked checks that the count after "which" or "what" ("Which
// two federal laws") is not required of an article, which names the
// items, while a number elsewhere in the question still is.
func TestItemsAsked(t *testing.T) {
	for _, tc := range []struct{ q, text, missing string }{
		{"Which two federal laws still protect the bald eagle?", "Bald eagles remain protected by the Bald and Golden Eagle Protection Act and the Migratory Bird Treaty Act.", ""},
		{"What three nations played in Sydney?", "The United States, Australia and Canada played in Sydney.", ""},
		{"What happened to the two ships in Sydney?", "The ship sank off Sydney.", "two"},
		{"Which laws protected the 400 eagles?", "Bald eagles remain protected by the Bald and Golden Eagle Protection Act.", "400"},
	} {
		if got := coveredBy(tc.q, tc.text); got != tc.missing {
			t.Errorf("%q over %q: missing %q, want %q", tc.q, tc.text, got, tc.missing)
		}
	}
}

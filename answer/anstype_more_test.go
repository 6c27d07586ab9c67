package answer

import "testing"

func TestWhichAndWhoseAskForANameUnlessTheirNounSays(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want answerKind
	}{
		{"Which school went ahead with the play?", wantAgent},
		{"Which former Pakistani president is among the suspects?", wantAgent},
		{"Whose murder were the two men accused of?", wantAgent},
		{"In which Mexican state was the epicentre?", wantPlace},
		{"Onna lies near the capital of which Italian region?", wantPlace},
		{"On which rocket was the spacecraft mounted?", wantAgent},
		{"Which year did the plant open?", wantTime},
		{"At what depth did the earthquake occur?", wantQuantity},
		// not asked with which: unchanged
		{"What kind of organisation is the Melanesian Spearhead Group?", wantAny},
		{"What did the minister say about the plan?", wantAny},
		// a relative clause is not the question word
		{"What did the man who won the race say?", wantAny},
	} {
		if got := answerKindOf(tc.q); got != tc.want {
			t.Errorf("%q: kind %d, want %d", tc.q, got, tc.want)
		}
	}
}

func TestInitialsOfSpelledOutNames(t *testing.T) {
	texts := []string{"The USGS said the quake measured 5.9. Shares closed on the NYSE. NASA said."}
	for _, tc := range []struct {
		q    string
		name string
		alt  string // "" when none is added
	}{
		{"What did the US Geological Survey say?", "US Geological Survey", "^usgs"},
		{"Where did shares close on the New York Stock Exchange?", "New York Stock Exchange", "^nyse"},
		{"Who spoke for the National Aeronautics and Space Administration?", "Space Administration", "^nasa"},
		// initials the texts never write are not added
		{"Where did shares close on the London Stock Exchange?", "London Stock Exchange", ""},
	} {
		qs := analyse(tc.q, texts)
		qs.initialsOf(texts)
		found := false
		for _, n := range qs.names {
			if n.text != tc.name {
				continue
			}
			found = true
			has := false
			for _, a := range n.alts {
				has = has || len(a) == 1 && a[0] == tc.alt
			}
			if tc.alt != "" && !has || tc.alt == "" && len(n.alts) > 0 {
				t.Errorf("%q: name %q alts %v, want %q", tc.q, n.text, n.alts, tc.alt)
			}
		}
		if !found {
			t.Errorf("%q: no name %q in %+v", tc.q, tc.name, qs.names)
		}
	}
}

func TestFactNearTerm(t *testing.T) {
	for _, tc := range []struct {
		q, sentence string
		want        bool
	}{
		{"How many people were hurt in Stavropol?", "The bomb exploded in the city centre, killing at least six and injuring more than 40.", true},
		{"How many people were hurt in Stavropol?", "Stavropol has seen violence from rebel groups since 2009, when 12 soldiers were killed in Nalchik.", false},
		{"Who is the operations director of Southvale Water?", "Southvale Water's operations director Karen Hollis said the ban would last weeks.", true},
		{"Who is the operations director of Southvale Water?", "Southvale Water, which serves 2.6 million customers in Kent, announced the ban.", false},
		{"When did the Morven Star sink?", "The Morven Star sank on 14 November 2021 off the island of Coll.", true},
	} {
		qs := analyse(tc.q, []string{tc.sentence})
		vocab := unitSet(tc.sentence)
		sc := &scoring{qs: qs, m: newMatcher(qs, vocab)}
		if got := sc.factNearTerm(tc.sentence); got != tc.want {
			t.Errorf("%q / %q: near %v, want %v", tc.q, tc.sentence, got, tc.want)
		}
	}
}

func TestSpelledOutWithCapitalWords(t *testing.T) {
	for _, tc := range []struct {
		text, acr string
		want      bool
	}{
		{"The men were tried in the DR Congo last year.", "drc", true},
		{"They were tried in the Democratic Republic of Congo.", "drc", true},
		{"The agency UNI-CEF is preparing to feed children.", "unicef", true},
		{"The men were tried in the Republic of Congo.", "drc", false},
	} {
		got := initialsIn(caseWords(tc.text), tc.acr) != nil
		if got != tc.want {
			t.Errorf("%q spells %q: %v, want %v", tc.text, tc.acr, got, tc.want)
		}
	}
}

func TestModifiersAfterANameAreNotRequired(t *testing.T) {
	qs := analyse("Which court overturned the Norwegians' first death sentences?", nil)
	for _, n := range qs.names {
		if n.text != "Norwegians" {
			continue
		}
		if n.nounIn(unitSet("the original death sentences of the two Norwegians"), false) == false {
			t.Errorf("nouns %v: 'first' required", n.nouns)
		}
		if n.nounIn(unitSet("the two Norwegians were released"), false) {
			t.Errorf("nouns %v: 'death sentences' not required", n.nouns)
		}
		return
	}
	t.Fatalf("no name Norwegians in %+v", qs.names)
}

func TestSinceAloneIsNoDate(t *testing.T) {
	when := analyse("When will the public inquiry report?", nil)
	if when.carries("The company said it had since retired two other ships.", "", "") {
		t.Error(`"had since retired" answers "when"`)
	}
	long := analyse("How long has Charest been premier?", nil)
	if !long.carries("He has been premier since the party won power.", "", "") {
		t.Error(`"since ..." does not answer "how long"`)
	}
}

func TestPronounStart(t *testing.T) {
	for text, want := range map[string]bool{
		"Its chief executive, Alasdair Munro, said sorry.": true,
		"He said the talks would resume.":                  true,
		"\"They were warned,\" she said.":                  true,
		"Italy's prime minister said the talks would end.": false,
		"Hester Lane said the talks would resume.":         false,
	} {
		if got := pronounStart(text); got != want {
			t.Errorf("%q: pronoun start %v, want %v", text, got, want)
		}
	}
}

func TestCalendarPeriodsAreNoQuantity(t *testing.T) {
	qs := analyse("How much profit did the company make?", nil)
	if qs.carries("The deal is expected to close in the fourth quarter.", "", "") {
		t.Error(`"the fourth quarter" answers "how much"`)
	}
	if !qs.carries("The UN has received about a quarter of the money.", "", "") {
		t.Error(`"a quarter of the money" does not answer "how much"`)
	}
}

func TestAnswerTypesInAgencyAndWireForms(t *testing.T) {
	for _, tc := range []struct {
		q, sent string
		want    bool
	}{
		// a day with an abbreviated month is a date
		{"On what day did astronomers announce the census?", "Astronomers announced Dec. 12 they had seen further back in time.", true},
		{"On what date was the declaration made?", "Six months since the Oct.10 presidential disaster declaration.", true},
		{"When does the limit take effect?", "The Jan. 1 global marine fuel limit for sulfur.", true},
		// the question's own day is no answer; "Mar." with no day is no date
		{"What happened on Dec. 12?", "Astronomers announced Dec. 12 they had seen further.", false},
		{"When did the protest begin?", "The protesters joined the Mar. against the plan.", false},
		// "-based" after a capitalised name places a body
		{"Where is ADT based?", "Boca Raton, Florida-based ADT makes home security systems.", true},
		{"Where is the charity based?", "The evidence-based charity helps families.", false},
		// a duration counted by its running unit answers "how long"
		{"How long has the war been going on?", "The group fights in the war, now well in its sixth year.", true},
		{"How long has the strike lasted?", "Workers walked out again, the second union to do so.", false},
	} {
		qs := analyse(tc.q, []string{tc.sent})
		if got := qs.carries(tc.sent, "", tc.sent); got != tc.want {
			t.Errorf("%q over %q: carries %v, want %v (kind %d)", tc.q, tc.sent, got, tc.want, qs.want)
		}
	}
}

func TestShortDatesAreNoQuantity(t *testing.T) {
	qs := analyse("How many people attended?", nil)
	if qs.carries("The meeting was held on Dec. 12.", "", "") {
		t.Error(`"Dec. 12" counted as a quantity`)
	}
	if !qs.carries("About 300 people attended on Dec. 12.", "", "") {
		t.Error(`"300" not counted as a quantity beside a short date`)
	}
}

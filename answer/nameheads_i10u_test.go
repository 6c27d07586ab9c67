package answer

import (
	"strings"
	"testing"

	"github.com/newsbot/newsbot"
)

// TestNamePhraseEndsAtPredicate checks that the question's predicate is
// not read as a noun of the name before it: a word followed by "to" or by
// a pronoun, or a present verb rarely a noun, ends the noun phrase, which
// an article must then not write for the question to be covered.
func TestNamePhraseEndsAtPredicate(t *testing.T) {
	for q, want := range map[string]string{
		"What weather made the Mummy Mountain hiker lose his way?":              "the Mummy Mountain hiker",
		"When was the 2020 closure of the Terry lock due to begin?":             "the Terry lock",
		"What is the Embraer fuel system meant to do?":                          "the Embraer fuel system",
		"What is NSF arranging in case the Polar Star needs help?":              "Polar Star",
		"Which figure holding a shield and the Union flag appears on the coin?": "the Union flag",
		// unchanged: a noun phrase ending the question, or before a preposition
		"How many people died in the Kessar floods?":        "the Kessar floods",
		"How many people died in the Kessar floods in May?": "the Kessar floods",
	} {
		qs := analyse(q, nil)
		var got []string
		for _, n := range qs.names {
			got = append(got, n.tail)
		}
		found := false
		for _, g := range got {
			found = found || g == want
		}
		if !found {
			t.Errorf("%q: names %q, want one with tail %q", q, got, want)
		}
	}
}

// TestAskedHeadMayBeUnwritten checks that the head of a name's noun
// phrase that names the asked person or value (a role, a count) need not
// be written by the article, while an event head still must be, and the
// words before the head still must be.
func TestAskedHeadMayBeUnwritten(t *testing.T) {
	article := unitSet("Gerardo Spero, TSA's Federal Security Director for Philadelphia International Airport, said security checkpoints stopped three guns. Heavy rain hit Kessar.")
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"Who is TSA's top security official at Philadelphia's airport?", true},  // "top" qualifies, "official" is the asked role
		{"Who is the TSA security chief in Philadelphia?", true},                 // "chief" is the asked role
		{"How many people died in the Kessar floods?", false},                    // an event head must be written
		{"Who is TSA's top aviation official at Philadelphia's airport?", false}, // "aviation" is written nowhere
	} {
		qs := analyse(tc.q, nil)
		if len(qs.names) == 0 {
			t.Fatalf("%q: no names", tc.q)
		}
		n := qs.names[0]
		if got := n.nounIn(article, false); got != tc.want {
			t.Errorf("%q: name %q (nouns %v, optional last %v) covered = %v, want %v", tc.q, n.tail, n.nouns, n.optionalLast, got, tc.want)
		}
	}
}

// TestJoblessSynonym checks that "jobless" matches a report of
// unemployment, as the US jobless rate is the unemployment rate.
func TestJoblessSynonym(t *testing.T) {
	set := unitSet("The unemployment rate was unchanged at 3.9 percent.")
	if !synonymsIn(unitTerms("jobless"), set) {
		t.Errorf("jobless is not matched by unemployment")
	}
	if synonymsIn(unitTerms("jobless"), unitSet("The job market was strong.")) {
		t.Errorf("jobless matched by job")
	}
}

// TestDetailBeside checks that a sentence stating an ordinary word of the
// question that no pick states is quoted beside the picks, below the
// coverage floor but under every other condition, and that the lead stays
// first; a sentence adding only names, or failing a condition, is not.
func TestDetailBeside(t *testing.T) {
	qs := &question{terms: []qterm{{key: "australia", kind: kindName}, {key: "opener", kind: kindWord}, {key: "scorer", kind: kindWord}}}
	sc := &scoring{qs: qs, w: []float64{2, 1, 1}}
	lead := &candidate{coverage: 0.9, u: unit{own: 0b011}}
	detail := &candidate{coverage: 0.3, u: unit{own: 0b101}}
	namesOnly := &candidate{coverage: 0.5, u: unit{own: 0b001}}
	failing := &candidate{coverage: 0.5, u: unit{own: 0b100}}
	floor := 0.6
	ok := func(c *candidate) bool { return c.coverage >= floor && c != failing }

	got := sc.detailBeside([]*candidate{lead, namesOnly, failing, detail}, []*candidate{lead}, ok)
	if len(got) != 2 || got[0] != lead || got[1] != detail {
		t.Fatalf("picked %v, want the lead then the sentence with the detail", got)
	}
	if detail.coverage != 0.3 {
		t.Errorf("coverage changed to %v", detail.coverage)
	}
	if got := sc.detailBeside([]*candidate{lead, namesOnly, failing}, []*candidate{lead}, ok); len(got) != 1 {
		t.Errorf("added %d sentences that add no ordinary word or fail a condition", len(got)-1)
	}
	full := []*candidate{lead, {coverage: 0.8}, {coverage: 0.8}}
	if got := sc.detailBeside([]*candidate{lead, detail}, full, ok); len(got) != maxItems {
		t.Errorf("added beyond %d picks", maxItems)
	}
}

// TestVerbAfterQualifiedSubject checks that a past form qualifying the
// subject ("the parcel seized in Cincinnati") is not the question's verb
// when the auxiliary's own verb comes later, and that a verb followed by
// a clause of its own keeps its place.
func TestVerbAfterQualifiedSubject(t *testing.T) {
	for q, want := range map[string]string{
		"From which country was the parcel of pills seized in Cincinnati sent?":     "sent",
		"What post had the rebel leader killed in the attack once held?":            "", // "once" opens a clause to the reader: no verb, and not "killed"
		"How many people were killed in the floods caused by rain?":                 "killed",
		"When was the ban lifted?":                                                  "lifted",
		"How many of the fugitives caught by the Marshals were wanted on warrants?": "wanted",
	} {
		verbs, _ := questionVerb(questionWords(q), frameWords(questionWords(q)))
		var got []string
		for v := range verbs {
			got = append(got, v)
		}
		if want == "" && len(got) != 0 || want != "" && (len(got) != 1 || got[0] != wordTerms(want)[0]) {
			t.Errorf("%q: verb %v, want %q", q, got, want)
		}
	}
}

// TestInitialsWithAndEx checks that "with" is a joiner of a spelled-out
// name and that a word opening "ex" gives an acronym its X.
func TestInitialsWithAndEx(t *testing.T) {
	for _, tc := range []struct {
		text, acr string
		want      bool
	}{
		{"Japan Aerospace Exploration Agency President Keiji Tachikawa", "jaxa", true},
		{"Japan Aerospace Research Agency", "jaxa", false},
		{"the Association of Women with Disabilities Network", "awdn", true},
		{"Xavier Exploration", "xx", true},
	} {
		got := initialsIn(caseWords(tc.text), tc.acr) != nil
		if got != tc.want {
			t.Errorf("initialsIn(%q, %q) = %v, want %v", tc.text, tc.acr, got, tc.want)
		}
	}
}

// TestHitStruck checks that a quake that "hit" is found where the report
// says it "struck", and not in a labour strike's walkout.
func TestHitStruck(t *testing.T) {
	if !synonymsIn(unitTerms("hit"), unitSet("A magnitude 6.3 earthquake has struck central Italy.")) {
		t.Errorf("hit is not matched by struck")
	}
	if synonymsIn(unitTerms("hit"), unitSet("Dockworkers began a walkout on Tuesday.")) {
		t.Errorf("hit matched by walkout")
	}
}

// TestTitleWindows checks that the capitalised words around a speaker's
// surname give the title a question may ask by, and that lower-case words
// near it and words inside quotation marks do not.
func TestTitleWindows(t *testing.T) {
	text := "\"We will focus on backlogs,\" said Zinke.\nSecretary of the Interior Ryan Zinke visited Glacier.\nAustralian Olympian Steph Rice, a swimming champion, retired."
	got := strings.Join(titleWindows(text, "Zinke"), " | ")
	for _, want := range []string{"Secretary", "Interior", "Ryan"} {
		if !strings.Contains(got, want) {
			t.Errorf("windows %q lack %q", got, want)
		}
	}
	if strings.Contains(got, "backlogs") || strings.Contains(got, "focus") {
		t.Errorf("windows %q reach into the quotation", got)
	}
	rice := strings.Join(titleWindows(text, "Steph Rice"), " | ")
	if strings.Contains(rice, "swimming") || !strings.Contains(rice, "Olympian") {
		t.Errorf("windows %q: want the capitalised title words only", rice)
	}
	if titleWindows(text, "") != nil || titleWindows(text, "al") != nil {
		t.Errorf("windows for an empty or short speaker")
	}
}

// TestDenialBeside checks that a yes/no question's picks get the best
// sentence that denies when none does, replacing the last of full picks,
// and that an open question, or picks that deny already, are left alone.
func TestDenialBeside(t *testing.T) {
	qs := &question{terms: []qterm{{key: "hurt", kind: kindWord}, {key: "pack", kind: kindWord}}, ws: questionWords("Was anyone hurt by the packs?")}
	sc := &scoring{qs: qs, w: []float64{1, 1}}
	lead := &candidate{coverage: 0.9, u: unit{own: 0b10}, sent: newsbot.Sentence{Text: "The packs were recalled."}}
	second := &candidate{coverage: 0.8, u: unit{own: 0b10}, sent: newsbot.Sentence{Text: "The packs are black."}}
	third := &candidate{coverage: 0.8, u: unit{own: 0b10}, sent: newsbot.Sentence{Text: "Dive shops sold the packs."}}
	no := &candidate{coverage: 0.4, u: unit{own: 0b01}, sent: newsbot.Sentence{Text: "No injuries have been reported."}}
	ok := func(c *candidate) bool { return c.coverage >= 0.6 }

	got := sc.denialBeside([]*candidate{lead, second, third, no}, []*candidate{lead, second}, ok)
	if len(got) != 3 || got[2] != no {
		t.Fatalf("picked %d, want the denial added", len(got))
	}
	got = sc.denialBeside([]*candidate{lead, second, third, no}, []*candidate{lead, second, third}, ok)
	if len(got) != maxItems || got[0] != lead || got[maxItems-1] != no {
		t.Fatalf("full picks: want the denial in place of the last")
	}
	open := &scoring{qs: &question{terms: qs.terms, ws: questionWords("Who was hurt by the packs?")}, w: sc.w}
	if got := open.denialBeside([]*candidate{lead, no}, []*candidate{lead}, ok); len(got) != 1 {
		t.Errorf("added a denial to an open question")
	}
	if got := sc.denialBeside([]*candidate{no, lead}, []*candidate{no}, ok); len(got) != 1 {
		t.Errorf("added a second denial")
	}
	if no.coverage != 0.4 {
		t.Errorf("coverage changed")
	}
}

// TestComeBackIsReturn checks that the idiom "come back" is read as the
// word reports use, "return".
func TestComeBackIsReturn(t *testing.T) {
	for q, want := range map[string]string{
		"In what year did the Peace Corps come back to Guinea?": "In what year did the Peace Corps return to Guinea?",
		"When the volunteers came back, where did they serve?":  "When the volunteers returned, where did they serve?",
		"Who came to Guinea?": "Who came to Guinea?",
	} {
		if got := rephrase(q); got != want {
			t.Errorf("rephrase(%q) = %q, want %q", q, got, want)
		}
	}
}

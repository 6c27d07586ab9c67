package answer

import (
	"reflect"
	"testing"
)

func TestMarkPredicates(t *testing.T) {
	for _, tc := range []struct {
		q            string
		preds, verbs []string
	}{
		{"How many rebels were captured in the 1070 Apartments district?", []string{"captur", "district"}, []string{"captur"}},
		{"How much did Arden Motors shares fall in Frankfurt?", []string{"shar", "fal"}, []string{"fal"}},
		{"Who won the Tour de France?", []string{"won"}, []string{"won"}},
		{"When was the Southvale hosepipe ban lifted?", []string{"lift"}, []string{"lift"}},
		// a noun, not the verb: "does the hosepipe ban affect"
		{"How many customers does the hosepipe ban affect?", []string{"hosepip", "ban", "affect"}, nil},
		// the verb of a clause is not the question's
		{"How old was the woman who was killed?", []string{"woman", "die"}, nil},
		// yes/no questions are answered by either side: no verb required
		{"Is Minian held by rebels?", []string{"hold", "rebel"}, nil},
		// framing words are not required: which + noun, how + quantity, modifiers
		{"Which other countries did Arden consider for the plant?", []string{"consider", "plant"}, nil},
		{"How long will Bahrain's state of emergency last?", []string{"emergency"}, nil},
		{"What is the name of the warship Russia sent to Syria?", []string{"warship", "sent"}, []string{"sent"}},
		// one verb per question: a later one is in a clause
		{"What did the minister declare for the region hit by the storm?", []string{"minister", "declar", "region", "hit", "storm"}, []string{"declar"}},
		{"How many inmates were held in the prison the rebels attacked?", []string{"hold", "prison", "rebel", "attack"}, []string{"hold"}},
		// numbers are matched as values, light verbs and superlatives frame the fact
		{"Why were the two Norwegians accused of espionage?", []string{"accus", "espionag"}, []string{"accus"}},
		{"At its worst, how many cases was Zimbabwe seeing each week?", nil, nil},
		// "scheduled" says the event is planned; the asked date answers it
		{"On what date is the first spaceflight scheduled?", []string{"spaceflight"}, nil},
		// a past form after a noun qualifies it: the question's auxiliary
		// follows it, or it follows the complement of "is among"
		{"How much of the aid needed for the region has the agency received?", []string{"aid", "need", "region", "agency"}, nil},
		{"Which official is among the suspects named in the report?", []string{"among", "suspect", "nam"}, nil},
		{"Which agency warned that the deaths had passed 4,000?", []string{"warn", "die", "pas"}, []string{"warn"}},
		{"Which president pledged to do everything to reach the miners?", []string{"pledg", "everyth", "reach", "miner"}, []string{"pledg"}},
		// a clause that opens the question holds no verb of it
		{"Once the module was installed, what did the crew test?", []string{"modul", "instal", "crew", "test"}, nil},
		{"After the quake struck, how many people fled?", []string{"quak", "strik", "fled"}, []string{"fled"}},
		// after "did" the question's verb is a base form: a past form
		// later is in a clause ("the countries hit by", "was delisted")
		{"What did the president send to the countries hit by the storm?", []string{"president", "send", "country", "hit", "storm"}, nil},
		{"What guidelines did the agency publish before the eagle was delisted?", []string{"agency", "publish", "eagl", "delist"}, nil},
		{"When did the storm hit the coast?", []string{"storm", "hit", "coast"}, []string{"hit"}},
		// "receive" frames what was given: "What sentences did they receive?"
		{"What fine did the company receive?", []string{"company"}, nil},
	} {
		qs := analyse(tc.q, nil)
		var preds, verbs []string
		for _, term := range qs.terms {
			if term.pred {
				preds = append(preds, term.key)
			}
			if term.verb {
				verbs = append(verbs, term.key)
			}
		}
		if !reflect.DeepEqual(preds, tc.preds) || !reflect.DeepEqual(verbs, tc.verbs) {
			t.Errorf("%q: predicates %q verbs %q, want %q %q", tc.q, preds, verbs, tc.preds, tc.verbs)
		}
	}
}

func TestSynonymsMatchNotOpposites(t *testing.T) {
	for _, tc := range []struct {
		q, sentence string
		want        bool
	}{
		{"By how much did the shares climb?", "Shares rose 2.3% in Frankfurt.", true},
		{"By how much did the shares fall?", "Shares rose 2.3% in Frankfurt.", false},
		{"How many aid lorries were waiting?", "He said 43 trucks had been waiting.", true},
		{"How many people were hurt?", "A bomb explodes, injuring four people.", true},
		{"How many people were killed?", "A bomb explodes, injuring four people.", false},
		{"When was the launch pushed back?", "The agency postponed the launch by nine months.", true},
		{"When did the ferry sink?", "The ferry capsized in heavy seas.", true},
		{"What did the senator say?", "A former member of the Senate said so.", true},
		{"What was the plan?", "The plant will open in 2028.", false},
		{"Who released the prisoner?", "The president freed the prisoner.", true},
		{"Which team stayed top?", "Spain remain top.", true},
		{"When did the swimmer quit?", "The swimmer announced her retirement.", true},
		{"Who will lead the merged company?", "Tom Glocer will become CEO of the merged company.", true},
	} {
		qs := analyse(tc.q, nil)
		set := unitSet(tc.sentence)
		m := newMatcher(qs, set)
		found := m.match(set)
		all, preds := true, 0
		for i, term := range qs.terms {
			if term.pred {
				preds++
				all = all && found.has(i)
			}
		}
		if preds == 0 {
			t.Errorf("%q: no predicate words marked", tc.q) // else every sentence would pass
			continue
		}
		if all != tc.want {
			t.Errorf("%q in %q: predicates found %v, want %v", tc.q, tc.sentence, all, tc.want)
		}
	}
}

func TestUnrealised(t *testing.T) {
	for _, tc := range []struct {
		q, sentence string
		want        bool
	}{
		{"How many trucks reached eastern Aleppo?", "Aid convoys could reach the besieged eastern districts.", true},
		{"How many trucks reached eastern Aleppo?", "Forty trucks reached the eastern districts on Friday.", false},
		{"When will the company appeal?", "The company would not appeal.", false}, // not about the past
		{"When did the company sign the deal?", "The company said it would not sign the deal.", true},
		{"When did the plant start production?", "The plant is due to start production in 2028.", false}, // "start" is followed by its object: not the question's verb
		{"Who was appointed mediator?", "The government was ready to appoint a mediator.", true},
	} {
		qs := analyse(tc.q, nil)
		set := unitSet(tc.sentence)
		sc := &scoring{qs: qs, m: newMatcher(qs, set)}
		if got := qs.past && sc.unrealised(tc.sentence); got != tc.want {
			t.Errorf("%q / %q: unrealised %v, want %v", tc.q, tc.sentence, got, tc.want)
		}
	}
}

func TestPredsWeightedAllowance(t *testing.T) {
	// three predicate words besides the names; two are missing. Counted,
	// that is more than a third; weighted, it is not when the names and
	// the verb found weigh most.
	qs := analyse("How many sponsors did Sqoot lose over its hackathon advertisement?", nil)
	set := unitSet("Sqoot lost four sponsors.")
	sc := &scoring{qs: qs, m: newMatcher(qs, set)}
	found := sc.m.match(set)
	w := make([]float64, len(qs.terms))
	for i, term := range qs.terms {
		w[i] = 1
		if term.kind == kindName {
			w[i] = 4
		}
	}
	if !sc.predsIn(found, found, w, false) {
		t.Errorf("missing words weighing under a third of the question refuse the sentence")
	}
	for i := range w {
		w[i] = 1
	}
	if sc.predsIn(found, found, w, false) {
		t.Errorf("missing words weighing over a third of the question accepted")
	}
	// the verb is never allowed to be missing, however light, when the
	// retrieved articles write it
	sc.vocab = sc.m.match(unitSet("Sqoot lost four sponsors. Sqoot has four sponsors for its hackathon advertisement."))
	set = unitSet("Sqoot has four sponsors for its hackathon advertisement.")
	found = sc.m.match(set)
	if sc.predsIn(found, found, []float64{1, 9, 0.1, 1, 1}, false) {
		t.Errorf("a sentence without the question's verb accepted")
	}
}

// TestPredsVerbNoArticleWrites: a question's verb that no retrieved article
// writes, in any form or synonym, is phrased otherwise ("razed" for
// "completely destroyed"): it does not refuse a sentence holding the rest
// of the predicate. The same verb written in some article refuses a
// sentence without it (another event of the same names).
func TestPredsVerbNoArticleWrites(t *testing.T) {
	for _, tc := range []struct {
		q, sent, elsewhere string
		want               bool
	}{
		{"Which hamlet near L'Aquila did the mayor say had been razed?",
			"The mayor of L'Aquila declared that Onna, a small hamlet near the city, was completely destroyed.", "", true},
		{"Which hamlet near L'Aquila did the mayor say had been razed?",
			"The mayor of L'Aquila declared that Onna, a small hamlet near the city, was completely destroyed.",
			"Floods razed the bridge at Paganica.", false},
		{"When was the Southvale hosepipe ban lifted?",
			"Southvale Water announced a hosepipe ban from Friday.", "Southvale Water lifted its hosepipe ban on 3 July.", false},
	} {
		qs := analyse(tc.q, nil)
		sc := &scoring{qs: qs, m: newMatcher(qs, unitSet(tc.sent+" "+tc.elsewhere))}
		sc.vocab = sc.m.match(unitSet(tc.sent + " \n " + tc.elsewhere))
		found := sc.m.match(unitSet(tc.sent))
		w := make([]float64, len(qs.terms))
		for i := range w {
			w[i] = 1
		}
		if got := sc.predsIn(found, found, w, false); got != tc.want {
			t.Errorf("%q / %q (elsewhere %q): predsIn %v, want %v", tc.q, tc.sent, tc.elsewhere, got, tc.want)
		}
	}
}

func TestSpelledYearIsTime(t *testing.T) {
	qs := analyse("In what year was the leader killed?", nil)
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The leader was killed in two thousand seven.", true},
		{"He was exiled in nineteen eighty one.", true},
		{"Two thousand people marched.", false},
	} {
		if got := qs.carries(tc.text, "", ""); got != tc.want {
			t.Errorf("%q carries a time: %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestWordFormDerivations(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"operat", "oper", true},   // operate / operations
		{"senat", "senator", true}, // five letters and a short ending
		{"plan", "plant", false},
		{"plan", "planet", false},
		{"explod", "explor", false},
	} {
		if got := wordForm(tc.a, tc.b); got != tc.want {
			t.Errorf("wordForm(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestSubjectAtSentenceStartIsAName(t *testing.T) {
	corpus := "Israel, however, is threatening a strike. Mubarak freed him. Reports say the strike was planned, as reports often do."
	for _, tc := range []struct {
		q, text string
		want    bool
	}{
		{"Which country is threatening a strike?", "Israel, however, is threatening a strike.", true},
		{"Which president freed him?", "Mubarak freed him.", true},
		// a word the articles also write in lower case starts the sentence only
		{"Which agency said the strike was planned?", "Reports say the strike was planned.", false},
	} {
		qs := analyse(tc.q, nil)
		if got := qs.newName(tc.text, nil, corpus); got != tc.want {
			t.Errorf("%q in %q: new name %v, want %v", tc.q, tc.text, got, tc.want)
		}
	}
}

func TestRephraseKeepsAmbiguousIdioms(t *testing.T) {
	for _, tc := range []struct{ q, want string }{
		{"How many people lost their lives?", "How many people died?"},
		{"Which hamlet had been wiped out?", "Which hamlet had been destroyed?"},
		{"When did the fighting break out?", "When did the fighting break out?"},
		{"When did the fighting broke out?", "When did the fighting started?"},
		// "set off" is a journey's start or a bomb's explosion: left as written
		{"How was the bomb set off?", "How was the bomb set off?"},
	} {
		if got := rephrase(tc.q); got != tc.want {
			t.Errorf("rephrase(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

// TestTimeUnitAsked checks that "how many days" asks for a number of days:
// a sentence counting something else does not hold the unit, one giving
// the span does, and a question counting people asks no unit.
func TestTimeUnitAsked(t *testing.T) {
	qs := analyse("How many days did the miners spend underground?", nil)
	if qs.unit < 0 {
		t.Fatalf("no unit of time read from %q", "how many days")
	}
	for text, want := range map[string]bool{
		"The collapse has trapped 33 miners since last Thursday.": false,
		"The miners spent 69 days underground.":                   true,
		"They were rescued after ten days.":                       true,
	} {
		set := unitSet(text)
		sc := &scoring{qs: qs, m: newMatcher(qs, set)}
		if got := sc.m.match(set).has(qs.unit); got != want {
			t.Errorf("%q holds the unit asked: %v, want %v", text, got, want)
		}
	}
	if qs := analyse("How many people were evacuated?", nil); qs.unit >= 0 {
		t.Errorf("a count of people read as a unit of time")
	}
}

// TestYearsIn checks that a year the question names must be in the
// sentence's unit, and that other numbers are not read as years.
func TestYearsIn(t *testing.T) {
	qs := analyse("How many people died in the 1962 earthquake in Kessar?", nil)
	for text, want := range map[string]bool{
		"The quake killed 112 people in Kessar.":              false,
		"The 1962 earthquake in Kessar killed 12,000 people.": true,
	} {
		set := unitSet(text)
		sc := &scoring{qs: qs, m: newMatcher(qs, set)}
		if got := sc.yearsIn(sc.m.match(set)); got != want {
			t.Errorf("%q holds the year asked: %v, want %v", text, got, want)
		}
	}
	for k, want := range map[string]bool{"#1962": true, "#2005": true, "#2300": false, "#275000": false, "#1850": false} {
		if got := isYearKey(k); got != want {
			t.Errorf("isYearKey(%q) = %v, want %v", k, got, want)
		}
	}
}

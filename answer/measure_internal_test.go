package answer

import (
	"testing"

	"github.com/newsbot/newsbot"
)

// TestMeasureAsked checks the measure a quantity question asks for, and
// that "how long" asks none whatever else it names.
func TestMeasureAsked(t *testing.T) {
	for q, want := range map[string]measure{
		"How much extra speed did the probe gain from the flyby?":     measureSpeed,
		"How heavy is the new rover?":                                 measureWeight,
		"How far did the hikers walk before they were found?":         measureLength,
		"How much damage did the storm cause in Tarrow?":              measureMoney,
		"What penalty did the regulator propose against the airline?": measureMoney,
		"What share of the merged bank will the family trust own?":    measurePercent,
		"How big is Orla Forest Park?":                                measureSize,
		"How many boats did the coastguard seize?":                    measureNone,
		"How long did the airline have to answer the penalty letter?": measureNone,
	} {
		if got := measureAsked(questionWords(q)); got != want {
			t.Errorf("%q: measure %d, want %d", q, got, want)
		}
	}
}

// TestCountedAsked checks the noun a "how many" question counts.
func TestCountedAsked(t *testing.T) {
	for q, want := range map[string]string{
		"How many printing presses did police seize?":           "presses",
		"How many pairs of eagles nest in the valley?":          "pairs",
		"How many of the silver medal sets will the Mint make?": "sets",
		"How many people were hurt in the crash?":               "peopl",
		"How many days did the miners spend underground?":       "", // a unit of time: timeUnitAsked
		"How much did the appeal raise for the flood victims?":  "",
	} {
		got := countedAsked(questionWords(q))
		if want == "" && got != nil || want != "" && (len(got) != 1 || got[0] != wordTerms(want)[0]) {
			t.Errorf("%q: counted %v, want %q", q, got, want)
		}
	}
}

// TestStatesAsked checks which sentences state the asked quantity or time
// in the asked form, and which only hold some number or date.
func TestStatesAsked(t *testing.T) {
	for _, tc := range []struct {
		q, text string
		want    bool
	}{
		{"How much speed did the Kestrel probe gain?", "Kestrel picked up nearly 6,500 mph from the planet's pull.", true},
		{"How much speed did the Kestrel probe gain?", "Kestrel is on a 40-million-mile voyage to the Sun.", false},
		{"How heavy is the Tarn rover?", "The Tarn rover is a 1,200-pound, six-wheeled vehicle.", true},
		{"How heavy is the Tarn rover?", "The rover reached depths of 300 feet.", false},
		{"How many boats did the coastguard seize?", "Officers seized four fishing boats and two tonnes of fish.", true},
		{"How many boats did the coastguard seize?", "Officers arrested seven men near the harbour.", false},
		{"How many sets will the Mint make?", "The 225th Anniversary Four-Medal Set is priced at $99.", false}, // an ordinal and a compound count no sets
		{"How many sets will the Mint make?", "Mintage is limited to 40,000 sets.", true},
		{"When is the Pellan regatta final?", "The crews meet in the final at Pellan harbour on 12 June.", true},
		{"When is the Pellan regatta final?", "Pellan reached the final on Saturday.", false}, // a weekday is no calendar date
		{"At what time did the quake strike?", "The quake struck at 4:25 a.m. local time.", true},
		{"At what time did the quake strike?", "The quake struck on 6 September 2016.", false},
		{"On what date did the locks reopen before the May 2014 closure?", "The locks reopened May 9.", true},
		{"On what date did the locks reopen before the May 2014 closure?", "The locks closed in May 2014.", false},
	} {
		qs := analyse(tc.q, nil)
		if got := qs.statesAsked(tc.text); got != tc.want {
			t.Errorf("%q / %q: states the asked fact = %v, want %v", tc.q, tc.text, got, tc.want)
		}
	}
}

// TestAskedFirst checks that the pick stating a measure in the asked form,
// of the question's names, goes first, that a count of another subject
// and a plan lead stay where they are, and that open questions are left.
func TestAskedFirst(t *testing.T) {
	sc := &scoring{qs: analyse("How heavy is the Tarn rover?", nil)}
	lead := &candidate{sent: newsbot.Sentence{Text: "The Tarn rover explored a cave in May."}}
	fact := &candidate{sent: newsbot.Sentence{Text: "The Tarn rover is a 1,200-pound vehicle."}, asked: true, namesOwn: true}
	other := &candidate{sent: newsbot.Sentence{Text: "It replaced a 900-pound craft."}, asked: true}
	if got := sc.askedFirst([]*candidate{lead, other, fact}); got[0] != fact || got[1] != lead || got[2] != other {
		t.Errorf("order %v, want the 1,200-pound sentence first, the others after in their order", got)
	}
	if got := sc.askedFirst([]*candidate{lead, other}); got[0] != lead {
		t.Errorf("a measure not said of the question's names went first")
	}
	plan := &candidate{sent: lead.sent, plan: true}
	if got := sc.askedFirst([]*candidate{plan, fact}); got[0] != plan {
		t.Errorf("a plan lead was moved")
	}
	open := &scoring{qs: analyse("What did the rover team say?", nil)}
	if got := open.askedFirst([]*candidate{lead, fact}); got[0] != lead {
		t.Errorf("an open question's picks were reordered")
	}
}

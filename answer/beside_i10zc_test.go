package answer

import (
	"slices"
	"testing"
)

// TestAboveBeside checks that a candidate scoring above the hand rules'
// lead but failing only the predicate check is quoted second, that one
// scoring below it, one the looser pick refuses, or one passing the
// predicate check (the rules' own ranking) is not, and that the picks
// stay at most maxItems with the lead first.
func TestAboveBeside(t *testing.T) {
	sc := &scoring{qs: &question{}}
	lead := &candidate{score: 1.5, preds: true}
	second := &candidate{score: 1.2, preds: true}
	third := &candidate{score: 1.1, preds: true}
	above := &candidate{score: 1.9}
	refused := &candidate{score: 2.0}
	below := &candidate{score: 1.3}
	okLoose := func(c *candidate) bool { return c != refused }

	got := sc.aboveBeside([]*candidate{refused, above, lead, below, second}, []*candidate{lead, second}, okLoose)
	if len(got) != maxItems || got[0] != lead || got[1] != above || got[2] != second {
		t.Fatalf("picked %v, want the lead, the sentence scoring above it, then the second pick", got)
	}
	if got := sc.aboveBeside([]*candidate{above, lead, second, third}, []*candidate{lead, second, third}, okLoose); slices.Contains(got, above) || len(got) != maxItems {
		t.Errorf("picked %v: full picks must stay as they are", got)
	}
	if got := sc.aboveBeside([]*candidate{refused, lead, below}, []*candidate{lead}, okLoose); len(got) != 1 {
		t.Errorf("added %d sentences scoring below the lead or refused by the loose pick", len(got)-1)
	}
	passes := &candidate{score: 1.9, preds: true}
	if got := sc.aboveBeside([]*candidate{passes, lead}, []*candidate{lead}, okLoose); len(got) != 1 {
		t.Errorf("added a sentence the hand rules themselves left out")
	}
	if got := sc.aboveBeside([]*candidate{above, lead}, []*candidate{lead}, okLoose); len(got) != 2 || got[1] != above {
		t.Errorf("picked %v, want the lead and the sentence above it", got)
	}
}

// TestAboveBesideStatesAsMuch checks that, when the picks leave room, a
// candidate scoring below the lead but failing only the predicate check
// is quoted second when the sentence itself states as many of the
// question's ordinary words as the lead, and not when it states fewer or
// when the picks are full.
func TestAboveBesideStatesAsMuch(t *testing.T) {
	qs := &question{terms: []qterm{{key: "carey", kind: kindName}, {key: "crew", kind: kindWord}, {key: "hurt", kind: kindWord}}}
	sc := &scoring{qs: qs, w: []float64{2, 1, 1}}
	lead := &candidate{score: 0.95, preds: true, u: unit{own: 0b011}}
	states := &candidate{score: 0.71, u: unit{own: 0b110}}
	fewer := &candidate{score: 0.80, u: unit{own: 0b001}}
	okLoose := func(*candidate) bool { return true }

	got := sc.aboveBeside([]*candidate{lead, fewer, states}, []*candidate{lead}, okLoose)
	if len(got) != 2 || got[1] != states {
		t.Fatalf("picked %v, want the lead and the sentence stating as much", got)
	}
	if got := sc.aboveBeside([]*candidate{lead, fewer}, []*candidate{lead}, okLoose); len(got) != 1 {
		t.Errorf("added a sentence stating fewer of the question's words than the lead")
	}
	full := []*candidate{lead, {score: 0.9, preds: true}, {score: 0.8, preds: true}}
	if got := sc.aboveBeside([]*candidate{lead, states}, full, okLoose); slices.Contains(got, states) {
		t.Errorf("displaced a pick with a sentence scoring below the lead")
	}
}

// TestClockTimeNotDecimal checks that a figure written with a point is a
// clock time only beside "a.m."/"p.m." or after a preposition of time:
// "1.2 km (0.74 mi)" states no time of day.
func TestClockTimeNotDecimal(t *testing.T) {
	q := "At what time did the quake under the summit caldera strike?"
	qs := analyse(q, nil)
	for text, want := range map[string]bool{
		"The earthquake occurred underneath the summit caldera at a depth of 1.2 km (0.74 mi).": false,
		"The observatory recorded a magnitude-4.0 earthquake at 4:25 a.m. Tuesday.":             true,
		"The quake struck the caldera at 10.30 on Tuesday.":                                     true,
		"The quake struck the caldera shortly before 10.45pm.":                                  true,
		"The magnitude was revised from 4.0 to 3.85.":                                           false,
	} {
		if got := qs.statesAsked(text); got != want {
			t.Errorf("%q: states the asked time = %v, want %v", text, got, want)
		}
	}
}

// TestFocusMeasure checks that an open question whose "what"/"which"
// phrase is headed by a measure noun asks for the quantity in that
// measure's units, and that other open questions ask for none.
func TestFocusMeasure(t *testing.T) {
	for q, want := range map[string]measure{
		"What penalty did the FAA propose over the wiring?":          measureMoney,
		"What face value does the gold coin carry?":                  measureMoney,
		"What were the pills seized in Chicago worth on the street?": measureMoney,
		"What was the total cost of the repairs?":                    measureMoney,
		"Which share of the company will Woodbridge own?":            measurePercent,
		"What did the judge call the sinking?":                       measureNone,
		"What car was the man driving?":                              measureNone,
		"What was the name of the ship?":                             measureNone,
	} {
		qs := analyse(q, nil)
		if qs.measure != want {
			t.Errorf("%q: measure %v, want %v", q, qs.measure, want)
		}
	}
	qs := analyse("What penalty did the FAA propose over the wiring?", nil)
	if !qs.statesAsked("The proposed civil penalty is $311,000.") || qs.statesAsked("The FAA alleges the wires were spliced too close to the fuel tank.") {
		t.Errorf("the asked penalty is the sentence writing an amount of money")
	}
}

// TestAskedOrder checks that the picks after the lead prefer a sentence
// stating the asked form over one scoring a little higher without it
// (orderScore, branch i10zg: the fitted weight of the asked form), and
// that the candidates' own order is left as it was.
func TestAskedOrder(t *testing.T) {
	sc := &scoring{qs: &question{}}
	cand := func(cov float64, asked bool) *candidate {
		c := &candidate{asked: asked}
		c.rank[rCoverage] = cov
		if asked {
			c.rank[rAsked] = 1
		}
		c.order = orderScore(c)
		return c
	}
	a := cand(2.5, false)
	b := cand(1.4, false)
	c := cand(1.3, true)
	d := cand(0.5, true)
	cands := []*candidate{a, b, c, d}
	got := sc.askedOrder(cands)
	if want := []*candidate{a, c, b, d}; !slices.Equal(got, want) {
		t.Errorf("order %v, want %v", got, want)
	}
	if !slices.Equal(cands, []*candidate{a, b, c, d}) {
		t.Errorf("the candidates' order changed")
	}
}

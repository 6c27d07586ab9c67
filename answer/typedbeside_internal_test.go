package answer

import "testing"

// TestTypedBeside checks that a sentence stating the asked kind of fact
// next to a question word is quoted beside a first pick that does not,
// below the coverage floor but under every other condition, and that the
// first pick stays first.
func TestTypedBeside(t *testing.T) {
	lead := &candidate{coverage: 0.9}
	fact := &candidate{coverage: 0.3, carries: true, near: true, asked: true}
	offTopic := &candidate{coverage: 0.3, carries: true, near: true, asked: true}
	floor := 0.6
	ok := func(c *candidate) bool { return c.coverage >= floor && c != offTopic }
	sc := &scoring{qs: &question{want: wantTime}}

	got := sc.typedBeside([]*candidate{lead, offTopic, fact}, []*candidate{lead}, ok, ok)
	if len(got) != 2 || got[0] != lead || got[1] != fact {
		t.Fatalf("picked %v, want the lead then the sentence with the fact", got)
	}
	if fact.coverage != 0.3 {
		t.Errorf("coverage changed to %v", fact.coverage)
	}
	// the lead states the fact already: nothing added
	nearLead := &candidate{coverage: 0.9, carries: true, near: true, asked: true}
	if got := sc.typedBeside([]*candidate{nearLead, fact}, []*candidate{nearLead}, ok, ok); len(got) != 1 {
		t.Errorf("added %d beside a lead with the fact", len(got)-1)
	}
	// an open question asks for no kind of fact
	open := &scoring{qs: &question{want: wantAny}}
	if got := open.typedBeside([]*candidate{lead, fact}, []*candidate{lead}, ok, ok); len(got) != 1 {
		t.Errorf("added %d for an open question", len(got)-1)
	}
	// a sentence failing another condition is not added
	if got := sc.typedBeside([]*candidate{lead, offTopic}, []*candidate{lead}, ok, ok); len(got) != 1 {
		t.Errorf("added a sentence that fails a condition of a pick")
	}
	// a time question wants the asked form (statesAsked): a time near a
	// question word that is not of the asked precision is not added
	nearOnly := &candidate{coverage: 0.3, carries: true, near: true}
	if got := sc.typedBeside([]*candidate{lead, nearOnly}, []*candidate{lead}, ok, ok); len(got) != 1 {
		t.Errorf("added a sentence without the asked form")
	}
	// a "who" question keeps the test of a fact near a question word
	who := &scoring{qs: &question{want: wantAgent}}
	if got := who.typedBeside([]*candidate{lead, nearOnly}, []*candidate{lead}, ok, ok); len(got) != 2 {
		t.Errorf("a who question's near fact was not added")
	}
	// three picks: the sentence with the asked form replaces the last
	b, c := &candidate{coverage: 0.8}, &candidate{coverage: 0.7}
	if got := sc.typedBeside([]*candidate{lead, b, c, fact}, []*candidate{lead, b, c}, ok, ok); len(got) != 3 || got[2] != fact || got[0] != lead {
		t.Errorf("full picks %v: want the last replaced by the sentence with the fact", got)
	}
}

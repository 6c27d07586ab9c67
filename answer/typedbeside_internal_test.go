package answer

import "testing"

// TestTypedBeside checks that a sentence stating the asked kind of fact
// next to a question word is quoted beside a first pick that does not,
// below the coverage floor but under every other condition, and that the
// first pick stays first.
func TestTypedBeside(t *testing.T) {
	lead := &candidate{coverage: 0.9}
	fact := &candidate{coverage: 0.3, carries: true, near: true}
	offTopic := &candidate{coverage: 0.3, carries: true, near: true}
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
	nearLead := &candidate{coverage: 0.9, carries: true, near: true}
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
}

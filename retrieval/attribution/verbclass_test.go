package attribution

import "testing"

// TestVerbFormsOfTheClass checks that every verb of the class is known in
// all its forms, made by English spelling rules.
func TestVerbFormsOfTheClass(t *testing.T) {
	for _, c := range []struct{ base, past, third, pastForm, ing string }{
		{"opine", "", "opines", "opined", "opining"},
		{"testify", "", "testifies", "testified", "testifying"},
		{"admit", "", "admits", "admitted", "admitting"},
		{"stress", "", "stresses", "stressed", "stressing"},
		{"tell", "told", "tells", "told", "telling"},
		{"agree", "", "agrees", "agreed", "agreeing"},
		{"reply", "", "replies", "replied", "replying"},
	} {
		third, past, ing := verbForms(c.base, c.past)
		if third != c.third || past != c.pastForm || ing != c.ing {
			t.Errorf("verbForms(%q) = %q %q %q, want %q %q %q", c.base, third, past, ing, c.third, c.pastForm, c.ing)
		}
	}
	for _, w := range []string{"opined", "contends", "contended", "recognized", "lamented", "rebutted", "reiterates"} {
		if !isCue(w) {
			t.Errorf("%q is not a cue", w)
		}
	}
	for _, w := range []string{"opining", "contending"} {
		if participles[w] == "" {
			t.Errorf("%q is not a participle", w)
		}
	}
}

package answer

import (
	"slices"
	"testing"

	"github.com/newsbot/newsbot/retrieval"
)

// TestStateOpposites: each side of a state change finds the other (by
// stem, either way round), and a state is never its own opposite.
func TestStateOpposites(t *testing.T) {
	for _, tc := range []struct{ state, change string }{
		{"closed", "reopened"},
		{"shut", "reopened"},
		{"suspended", "resumed"},
		{"halted", "resumed"},
		{"imposed", "lifted"},
		{"banned", "lifted"},
		{"detained", "released"},
		{"arrested", "freed"},
		{"missing", "found"},
		{"began", "ended"},
		{"blocked", "cleared"},
	} {
		s, c := retrieval.Stem(tc.state), retrieval.Stem(tc.change)
		if !slices.Contains(stateOpposites[s], c) || !slices.Contains(stateOpposites[c], s) {
			t.Errorf("%s and %s are not opposite states: %v, %v", tc.state, tc.change, stateOpposites[s], stateOpposites[c])
		}
		if slices.Contains(stateOpposites[s], s) {
			t.Errorf("%s is its own opposite", tc.state)
		}
	}
	if o := stateOpposites[retrieval.Stem("reopened")]; slices.Contains(o, retrieval.Stem("released")) {
		t.Errorf("reopened is opposed to released, a change of another state: %v", o)
	}
}

// TestStateStems: a question about a state reads the words of its
// opposite change too; a question about an event that is no state reads
// none.
func TestStateStems(t *testing.T) {
	for _, tc := range []struct {
		q, want string // want: a stem the question's states hold, "" for none
	}{
		{"Is the Elm Street bridge closed?", "reopen"},
		{"Are the Corvel peace talks suspended?", "resum"},
		{"Is Mara Villen detained?", "releas"},
		{"Has the Elm Street bridge reopened?", "clos"},
		{"Who won the Harlow election?", ""},
	} {
		got := analyse(tc.q, nil).stateStems()
		switch {
		case tc.want == "" && got != nil:
			t.Errorf("%q: states %v, want none", tc.q, got)
		case tc.want != "" && !got[retrieval.Stem(tc.want)] && !got[tc.want]:
			t.Errorf("%q: states %v, want %q among them", tc.q, got, tc.want)
		}
	}
}

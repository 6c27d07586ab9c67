package answer

import "testing"

// TestLowerNameMissing checks lowernames.go: a lower-case given name and
// the word after it, neither written by the retrieved articles, is an
// absent name the question is refused with; a name the articles write,
// a capitalised one (left to the name checks), or a run that is not a
// given name's is not.
func TestLowerNameMissing(t *testing.T) {
	const text = "Forecasters Dan McKemy and Mark Jarvis received the Gold Medal at a ceremony in Louisville. Commissioner Saul announced the change."
	cases := []struct{ q, want string }{
		{"did andy beshear go to the nws louisville gold medal ceremony?", "Andy Beshear"},
		{"what did jerome powell say about the gold medal?", "Jerome Powell"},
		// the article writes the surname: a reader's lower case for a named person
		{"who did andrew saul replace?", ""},
		// the given name is written: the person may be named otherwise
		{"what did dan say at the ceremony?", ""},
		// not a given name, or not in lower case
		{"did energy transfer get the gold medal?", ""},
		{"What did Jerome Powell say about the gold medal?", ""},
		// a given name that is also a word is not on the list
		{"will mark jarvis attend?", ""},
	}
	for _, c := range cases {
		sc := scoringOver(c.q, text)
		if got := sc.lowerNameMissing(); got != c.want {
			t.Errorf("%q: lowerNameMissing = %q, want %q", c.q, got, c.want)
		}
	}
	// the refusal names the person, as for a capitalised absent name
	if sc := scoringOver("did sara aviel visit the ceremony in louisville?", text); sc.missing != "Sara Aviel" {
		t.Errorf("missing = %q, want %q", sc.missing, "Sara Aviel")
	}
}

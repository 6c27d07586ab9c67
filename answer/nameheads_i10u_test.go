package answer

import (
	"testing"
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

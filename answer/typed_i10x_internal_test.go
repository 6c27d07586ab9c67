package answer

import "testing"

// TestPredsTypedParaphrase: beside the asked kind of fact said of the
// question's names (typed), predicate words that no retrieved article
// writes are phrased otherwise ("told to stay indoors" for "told to
// shelter in place") and do not count as missing; predicate words the
// articles do write in another sentence still refuse it (another fact
// of the same names), and so do the unwritten ones of a sentence not
// read as holding the asked fact.
func TestPredsTypedParaphrase(t *testing.T) {
	const q = "How many residents of Port Alder were told to shelter in place?"
	const sent = "Officials in Port Alder told about 1,200 residents to stay indoors with their windows closed."
	for _, tc := range []struct {
		elsewhere   string
		typed, want bool
	}{
		{"", true, true},
		{"", false, false},
		{"The school was the one place in Port Alder where families could shelter from the flood.", true, false},
	} {
		qs := analyse(q, nil)
		sc := &scoring{qs: qs, m: newMatcher(qs, unitSet(sent+" "+tc.elsewhere))}
		sc.vocab = sc.m.match(unitSet(sent + " \n " + tc.elsewhere))
		found := sc.m.match(unitSet(sent))
		w := make([]float64, len(qs.terms))
		preds := 0
		for i, term := range qs.terms {
			w[i] = 1
			if term.pred {
				w[i], preds = 2, preds+1
			}
		}
		if preds < 2 {
			t.Fatalf("%q: %d predicate words, want shelter and place", q, preds)
		}
		if got := sc.predsCheck(found, found, w, false, tc.typed) == ""; got != tc.want {
			t.Errorf("elsewhere %q, typed %v: passes %v, want %v", tc.elsewhere, tc.typed, got, tc.want)
		}
	}
}

// TestAdverbEndsNamePhrase: an adverb in -ly after a name ends its noun
// phrase, so the question's predicate is not required as the name's
// nouns; a noun in -ly ("family") still belongs to it.
func TestAdverbEndsNamePhrase(t *testing.T) {
	for _, tc := range []struct {
		q, name, tail string
	}{
		{"What was the Harlow Trust originally set up to do?", "Harlow Trust", "Harlow Trust"},
		{"Where were the Velden forgeries mostly sold?", "Velden", "the Velden forgeries"},
		{"Where was the Velden family bakery mostly known?", "Velden", "the Velden family bakery"},
	} {
		qs := analyse(tc.q, nil)
		found := false
		for _, n := range qs.names {
			if n.text == tc.name {
				found = true
				if n.tail != tc.tail {
					t.Errorf("%q: name %q has tail %q, want %q", tc.q, n.text, n.tail, tc.tail)
				}
			}
		}
		if !found {
			t.Errorf("%q: no name %q", tc.q, tc.name)
		}
	}
}

package answer

import (
	"slices"
	"testing"

	"github.com/newsbot/newsbot/retrieval"
)

// The question's informal or other words for what the article writes
// (branch i10zi): "fake" money is "counterfeit", a "deal" is a
// "settlement", "cut" is "reduce", whom someone "succeeded" is their
// "predecessor"; each pair must match by stem, both ways.
func TestSynonymsI10ziPairs(t *testing.T) {
	pairs := [][2]string{
		{"fake", "counterfeit"}, {"money", "currency"}, {"cut", "reduce"},
		{"created", "established"}, {"reach", "arrived"}, {"raids", "search"},
		{"succeed", "predecessor"}, {"deal", "settlement"}, {"thieves", "crooks"},
		{"building", "facility"}, {"partner", "partnership"}, {"leading", "leadership"},
		{"help", "aid"}, {"publish", "release"},
		{"cars", "vehicles"}, {"kids", "children"}, {"jail", "prison"},
		{"cops", "police"}, {"sue", "lawsuit"}, {"law", "legislation"}, {"boss", "chief"},
	}
	for _, p := range pairs {
		a, b := retrieval.Stem(p[0]), retrieval.Stem(p[1])
		if !slices.Contains(synonyms[a], b) || !slices.Contains(synonyms[b], a) {
			t.Errorf("%q and %q (stems %q, %q) are not synonyms", p[0], p[1], a, b)
		}
	}
	// never opposites, never a loose link to a word of another meaning
	for _, p := range [][2]string{{"cut", "rise"}, {"deal", "agree"}, {"fake", "real"}, {"created", "found"}} {
		if slices.Contains(synonyms[retrieval.Stem(p[0])], retrieval.Stem(p[1])) {
			t.Errorf("%q and %q must not be synonyms", p[0], p[1])
		}
	}
}

// Idioms of questions become the word news writes; a phrasal verb with
// an object ("lift people off the boat") is left alone.
func TestRephraseI10zi(t *testing.T) {
	for q, want := range map[string]string{
		"When did the MMS mission lift off?":                    "When did the MMS mission launch?",
		"Where was the fugitive flown back to?":                 "Where was the fugitive returned to?",
		"What was the Secret Service set up to do?":             "What was the Secret Service established to do?",
		"How many Americans were out of work in September?":     "How many Americans were unemployed in September?",
		"Who did the agency team up with?":                      "Who did the agency partner with?",
		"How many people did the helicopter lift off the boat?": "How many people did the helicopter lift off the boat?",
	} {
		if got := rephrase(q); got != want {
			t.Errorf("rephrase(%q) = %q, want %q", q, got, want)
		}
	}
}

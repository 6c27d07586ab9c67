package answer

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/retrieval"
)

// TestCategoryWords checks which words of a question name the kind of
// fact it asks for: a kind noun after which/what, the adjective of "how
// long", the noun of "the name of"; not a role, a time, or an ordinary word.
func TestCategoryWords(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"Which country were the Tramadol shipments to Dallas sent from?", []string{"country"}},
		{"Which three nations took part in the series?", nil},
		{"What share of their shots did the Gliders make?", []string{"share"}},
		{"how long can you get in prison for stealing mail?", []string{"long"}},
		{"What is the name of the company whose warehouse was raided?", []string{"name"}},
		{"Which rebel group seized the town?", []string{"group"}},
		{"Which federal judge restored protection for wolves?", nil},
		{"On what date did Leung take office?", nil},
		{"What did the minister say about the strike?", nil},
		{"How many people died in the floods?", nil},
	} {
		got := slices.Sorted(maps.Keys(categoryWords(questionWords(tc.q))))
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: category words %v, want %v", tc.q, got, tc.want)
		}
	}
}

// TestGateCoverageOfKind checks that a sentence holding the kind of fact
// asked for (a place for "which country") is not short, to the support
// gate, of the word naming that kind, while ranking's coverage still
// counts it; a sentence without such a fact gets no such credit.
func TestGateCoverageOfKind(t *testing.T) {
	text := "The shipments were arriving from Mexico and were destined for a single residence in Dallas. They opened the shipments and found pills."
	src := &source{Article: &newsbot.Article{Title: "Tramadol seized at Chicago airport", Text: text}}
	for i, s := range strings.SplitAfter(text, ". ") {
		start := strings.Index(text, s)
		src.Sentences = append(src.Sentences, newsbot.Sentence{Seq: i, Start: start, End: start + len(s), Text: s, Kind: newsbot.KindBody})
	}
	p := prepare("Which country were the shipments to Dallas sent from?", "", []*source{src}, nil)
	if p.sc.missing != "" {
		t.Fatalf("missing %q", p.sc.missing)
	}
	var typed, plain *candidate
	for _, c := range p.cands {
		if strings.Contains(c.sent.Text, "Mexico") {
			typed = c
		} else {
			plain = c
		}
	}
	if typed == nil || plain == nil {
		t.Fatalf("candidates: %d", len(p.cands))
	}
	if !typed.carries || typed.gateCov <= typed.coverage {
		t.Errorf("sentence naming the country: carries %v, gate coverage %.2f, coverage %.2f; want the gate's above", typed.carries, typed.gateCov, typed.coverage)
	}
	if plain.carries || plain.gateCov != plain.coverage {
		t.Errorf("sentence naming no country: carries %v, gate coverage %.2f != coverage %.2f", plain.carries, plain.gateCov, plain.coverage)
	}
}

// TestIrregularForms checks that the forms of an irregular verb match
// each other (a question's "teach" finds the article's "taught") and that
// forms left out as other words of news ("fed", "saw") do not.
func TestIrregularForms(t *testing.T) {
	stem := func(w string) string { return termsOf([]string{w})[0] }
	for _, tc := range []struct {
		q, a string
		want bool
	}{
		{"teach", "taught", true},
		{"stealing", "stolen", true},
		{"withdraw", "withdrew", true},
		{"hold", "held", true},
		{"feed", "fed", false},
		{"see", "saw", false},
		{"teach", "thought", false},
	} {
		got := synonymsIn([]string{stem(tc.q)}, map[string]bool{stem(tc.a): true})
		if got != tc.want {
			t.Errorf("%q finds %q: %v, want %v", tc.q, tc.a, got, tc.want)
		}
	}
}

// TestIndefinitePronounsAreNoTerms checks that a pronoun naming no one is
// no term of a question, while a denying one stays.
func TestIndefinitePronounsAreNoTerms(t *testing.T) {
	qs := analyse("should I go up to someone hanging around a mail truck?", nil)
	for _, tm := range qs.terms {
		if tm.key == retrieval.Stem("someone") {
			t.Errorf("someone is a term: %+v", tm)
		}
	}
	if isStop("nobody") || isStop("nothing") {
		t.Error("nobody / nothing taken for stop words")
	}
}

// TestCompoundWrittenOtherwise checks that a noun of a name's phrase
// written closed in the question and open in the article (or the
// reverse) is found, while a noun the article does not write in any form
// is still missing.
func TestCompoundWrittenOtherwise(t *testing.T) {
	for _, tc := range []struct{ q, text, missing string }{
		{"Who testified about the Takata airbags?", "Takata had shipped 33.8 million defective air bag inflators.", ""},
		{"Why was the Liberia outdoor inauguration held outside?", "The inauguration in Liberia was held out doors.", ""},
		{"How many Takata air bags were recalled?", "Takata airbags were recalled in 11 makes.", ""},
		{"Who testified about the Takata airbags?", "Takata shipped defective seat belts.", "the Takata airbags"},
		{"How many people died in the Kessar floods?", "A quake killed 112 people in Kessar.", "the Kessar floods"},
	} {
		if got := coveredBy(tc.q, tc.text); got != tc.missing {
			t.Errorf("%q over %q: missing %q, want %q", tc.q, tc.text, got, tc.missing)
		}
	}
}

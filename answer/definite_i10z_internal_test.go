package answer

import (
	"strings"
	"testing"

	"github.com/newsbot/newsbot"
)

// TestDefiniteStart checks which sentence openings are definite
// descriptions of a common noun (they refer back to the story) and which
// are names or other openings.
func TestDefiniteStart(t *testing.T) {
	for text, want := range map[string]bool{
		"The searches led to the arrest of four men.":                 true,
		"The new $600 million facility includes 90 inpatient beds.":   true,
		"This facility replaces one built in 1963.":                   true,
		"\u201cThe seizure was the largest this year,\u201d he said.": true,
		"The 58-year-old miner was preparing to set timbers.":         true,
		"The FDA twice inspected the facility in 2015.":               false, // a name
		"The U.S. Secret Service was created in 1865.":                false,
		"The $100 note is also slated to be redesigned.":              true,
		"The 2009 Nobel Prize went to a physicist.":                   false, // a year before a name
		"Officers searched three warehouses.":                         false,
		"These":                                                       false,
	} {
		if got := definiteStart(text); got != want {
			t.Errorf("definiteStart(%q) = %v, want %v", text, got, want)
		}
	}
}

// paragraphSource is a source whose paragraphs are split on blank lines
// and whose sentences are split after ". " within a paragraph.
func paragraphSource(title, text string) *source {
	a := &newsbot.Article{ID: 9, Title: title, Outlet: "Test Wire", Text: text}
	src := &source{Article: a, Claims: map[int][]newsbot.Claim{}, Rank: 1}
	start, seq := 0, 0
	for _, p := range strings.Split(text, "\n\n") {
		off := 0
		for _, s := range strings.SplitAfter(p, ". ") {
			s = strings.TrimSpace(s)
			if s == "" {
				continue
			}
			st := start + strings.Index(p[off:], s) + off
			src.Sentences = append(src.Sentences, newsbot.Sentence{Seq: seq, Start: st, End: st + len(s), Text: s, Kind: newsbot.KindBody})
			off = st - start + len(s)
			seq++
		}
		start += len(p) + 2
	}
	src.Passages = []newsbot.Passage{{ArticleID: 9, FirstSeq: 0, LastSeq: seq - 1}}
	return src
}

// TestDefiniteDescriptionTakesNames checks that a sentence opening with a
// definite description takes the names of the sentence before it in its
// paragraph as its own (the question's name is then in the sentence, for
// the checks that want a term there), and that one opening a new
// paragraph, or opening otherwise, does not.
func TestDefiniteDescriptionTakesNames(t *testing.T) {
	text := "Customs officers have broken up a smuggling ring, the agency said on Tuesday.\n\n" +
		"On March 1, officers of the Varna customs office searched three warehouses. The searches led to the arrest of four men.\n\n" +
		"The ring had operated for two years. Four men were charged in Sofia."
	src := paragraphSource("Customs officers break up smuggling ring", text)
	q := "How many people were detained in the Varna smuggling case?"
	p := prepare(q, q, []*source{src}, nil)
	varna := -1
	for i, tm := range p.sc.qs.terms {
		if tm.kind == kindName && strings.HasPrefix(tm.key, "varna") {
			varna = i
		}
	}
	if varna < 0 {
		t.Fatalf("%q: no name term for Varna in %+v", q, p.sc.qs.terms)
	}
	own := map[string]bool{}
	for _, c := range p.cands {
		own[c.sent.Text] = c.u.own.has(varna)
	}
	for s, want := range map[string]bool{
		"The searches led to the arrest of four men.": true,  // follows the sentence naming Varna, same paragraph
		"The ring had operated for two years.":        false, // a new paragraph
		"Four men were charged in Sofia.":             false, // no definite description
	} {
		got, ok := own[s]
		if !ok {
			t.Errorf("%q is not a candidate", s)
		} else if got != want {
			t.Errorf("%q holds Varna as its own: %v, want %v", s, got, want)
		}
	}
}

package answer

import (
	"strings"
	"testing"

	"github.com/newsbot/newsbot"
)

// TestArticleNamesInUnit checks that the question's names an article
// writes in its lead count, at the share of the retrieved passage, in the
// evidence unit of a later sentence that does not repeat them: "Why were
// the women at Crater Lake cited?" is answered by "... so they were cited
// for being in a closed area", three sentences after the lead names the
// lake. Without them the unit holds too little of the question for the
// hand rules (minCoverage).
func TestArticleNamesInUnit(t *testing.T) {
	text := "Rangers at Crater Lake National Park searched overnight for two women reported missing on Sunday. " +
		"The women were found unharmed on Monday morning by a helicopter crew. " +
		"They had left the marked route to take photographs. " +
		"Neither woman was near that trail, so they were cited for being in a closed area. " +
		"Park officials reminded visitors to stay on marked routes."
	src := &source{Article: &newsbot.Article{Title: "Missing hikers found safe", Text: text}}
	for i, s := range strings.SplitAfter(text, ". ") {
		start := strings.Index(text, s)
		s = strings.TrimSpace(s)
		src.Sentences = append(src.Sentences, newsbot.Sentence{Seq: i, Start: start, End: start + len(s), Text: s, Kind: newsbot.KindBody})
	}
	p := prepare("Why were the women at Crater Lake cited?", "", []*source{src}, nil)
	if p.sc.missing != "" {
		t.Fatalf("missing %q", p.sc.missing)
	}
	var far *candidate
	for _, c := range p.cands {
		if strings.Contains(c.sent.Text, "cited") {
			far = c
		}
	}
	if far == nil {
		t.Fatalf("no candidate for the cited sentence among %d", len(p.cands))
	}
	for _, n := range p.sc.qs.names {
		for _, i := range n.terms {
			if !far.u.passage.has(i) {
				t.Errorf("name term %q of the lead not in the later sentence's unit", p.sc.qs.terms[i].key)
			}
		}
	}
	if far.gateCov < p.sc.minCoverage(far) {
		t.Errorf("later sentence: coverage %.2f below %.2f with the lead's names", far.gateCov, p.sc.minCoverage(far))
	}
}

// TestArticleNamesNounsInUnit checks that the nouns of a name's noun
// phrase ("the Kessar *floods*"), which an article must write to be
// quoted, count like the name in the unit of a later sentence that does
// not repeat them.
func TestArticleNamesNounsInUnit(t *testing.T) {
	text := "The Kessar floods have forced families from their homes across the valley. " +
		"Rescue teams worked through the night with boats. " +
		"Officials said the water was falling slowly on Tuesday. " +
		"About 4,000 people were displaced, the regional governor said."
	src := &source{Article: &newsbot.Article{Title: "Valley braces for more rain", Text: text}}
	for i, s := range strings.SplitAfter(text, ". ") {
		start := strings.Index(text, s)
		s = strings.TrimSpace(s)
		src.Sentences = append(src.Sentences, newsbot.Sentence{Seq: i, Start: start, End: start + len(s), Text: s, Kind: newsbot.KindBody})
	}
	p := prepare("How many people were displaced by the Kessar floods?", "", []*source{src}, nil)
	if p.sc.missing != "" {
		t.Fatalf("missing %q", p.sc.missing)
	}
	var far *candidate
	for _, c := range p.cands {
		if strings.Contains(c.sent.Text, "4,000") {
			far = c
		}
	}
	if far == nil {
		t.Fatalf("no candidate for the displaced sentence among %d", len(p.cands))
	}
	nouns := 0
	for i, term := range p.sc.qs.terms {
		if term.kind == kindWord && strings.HasPrefix(term.key, "flood") {
			nouns++
			if !far.u.passage.has(i) || far.u.own.has(i) || far.u.context.has(i) {
				t.Errorf("noun %q of the name: passage %v, own %v, context %v; want only the article's", term.key, far.u.passage.has(i), far.u.own.has(i), far.u.context.has(i))
			}
		}
	}
	if nouns != 1 {
		t.Fatalf("question terms %v: want one noun of the name", p.sc.qs.terms)
	}
}

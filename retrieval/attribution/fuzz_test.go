package attribution_test

import (
	"strings"
	"testing"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/retrieval/attribution"
)

// FuzzAttribute checks that no input makes Attribute panic and that every
// claim's content is the article text at its offsets.
func FuzzAttribute(f *testing.F) {
	for _, s := range []string{
		`"We will fight," he said. "We will win.`,
		"According to , said , told that",
		"X, citing , reported. cited as saying",
		"“‘'\"”’ said: ” according to the",
		"FRANKFORT (Reuters) - The bank said, adding that, while confirming",
		"He said\n\nShe added that \"it",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		text, sents := body(newsbot.KindBody, strings.Split(s, "\n\n")...)
		for _, c := range attribution.Attribute(text, sents) {
			if c.ContentStart < 0 || c.ContentEnd > len(text) || c.ContentStart > c.ContentEnd || text[c.ContentStart:c.ContentEnd] != c.Content {
				t.Fatalf("claim %+v: content offsets do not match the text", c)
			}
		}
		attribution.Disagreements(attribution.Attribute(text, sents))
		attribution.IsPlanOrExpectation(s)
	})
}

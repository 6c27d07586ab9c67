package claims

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/retrieval"
	"github.com/newsbot/newsbot/retrieval/attribution"
)

// about keeps the statements whose sentences have a word of the topic
// (compared by stem): the store matched whole chunks, which also hold
// neighbouring sentences.
func about(claims []newsbot.Claim, topic string) []newsbot.Claim {
	want := map[string]bool{}
	for _, t := range retrieval.Terms(topic) {
		want[retrieval.Stem(t)] = true
	}
	var out []newsbot.Claim
	for _, c := range claims {
		for _, w := range strings.FieldsFunc(strings.ToLower(c.Sentence), notWordRune) {
			if want[retrieval.Stem(w)] {
				out = append(out, c)
				break
			}
		}
	}
	return out
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// disagreementsAmong returns the disagreements found in context that
// involve at least one of the shown statements.
func disagreementsAmong(context, shown []newsbot.Claim) []newsbot.Disagreement {
	key := func(c newsbot.Claim) string {
		return fmt.Sprintf("%d\x00%d\x00%s", c.ArticleID, c.SentenceSeq, c.Speaker)
	}
	in := map[string]bool{}
	for _, c := range shown {
		in[key(c)] = true
	}
	var out []newsbot.Disagreement
	for _, d := range attribution.Disagreements(context) {
		if in[key(d.A)] || in[key(d.B)] {
			out = append(out, d)
		}
	}
	return out
}

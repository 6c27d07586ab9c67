package answer

import (
	"testing"

	"github.com/newsbot/newsbot"
)

// TestPickFloor: beside the best sentence, a sentence covering under half
// as much of the question but more than minPickShare of it (and 0.34 of
// the question) is still quoted: the fact asked for often stands in a
// sentence that repeats fewer of the question's words than the opening.
// One covering less than that is not.
func TestPickFloor(t *testing.T) {
	qs := analyse("Whose murder were Joshua French and Tjostolv Moland accused of?", nil)
	sc := &scoring{qs: qs}
	src := &source{Article: &newsbot.Article{ID: 1}}
	mk := func(seq int, cov float64) *candidate {
		return &candidate{src: src, sent: newsbot.Sentence{Seq: seq, Text: string(rune('a' + seq))}, coverage: cov, srcCov: 1,
			onTopic: true, own: 3, matched: 3, words: 1, preds: true}
	}
	best, fact, far := mk(0, 0.9), mk(1, 0.38), mk(2, 0.3)
	picked := sc.selectItems([]*candidate{best, fact, far}, false)
	has := func(c *candidate) bool {
		for _, p := range picked {
			if p == c {
				return true
			}
		}
		return false
	}
	if !has(best) || !has(fact) {
		t.Errorf("picked %d candidates: want the best and the one covering 0.38 (over %.2f of the best's 0.9)", len(picked), minPickShare)
	}
	if has(far) {
		t.Errorf("a candidate covering 0.3 of the question picked")
	}
}

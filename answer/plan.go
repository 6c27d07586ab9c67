package answer

import (
	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/retrieval/attribution"
)

// isPlan reports whether a claim (or, without one, a sentence) states a
// plan or an expectation rather than an event: the attribution engine
// classed its cue as an expectation, or its content's first verb group is
// a modal or a "preparing to"/"plans to" phrase. Such a statement may be
// reported as what its speaker said, never restated as a fact.
func isPlan(c *newsbot.Claim, sentence string) bool {
	if c != nil {
		if c.CueKind == newsbot.CueExpects {
			return true
		}
		if c.Content != "" {
			return attribution.IsPlanOrExpectation(c.Content)
		}
	}
	return attribution.IsPlanOrExpectation(sentence)
}

package answer

import (
	"regexp"

	"github.com/newsbot/newsbot"
)

// planPattern matches wording that puts an event in the future or makes it
// conditional: plans, preparations, expectations, warnings, threats.
var planPattern = regexp.MustCompile(`(?i)\b(prepar(e|es|ed|ing) to|plan(s|ned|ning)? to|intend(s|ed)? to|` +
	`expect(s|ed)? to|(is|are|was|were) expected|(is|are|was|were) (set|poised|due|about|ready|likely) to|` +
	`going to|will|would|could|may|might|shall|aim(s|ed)? to|threaten(s|ed)? to|vow(s|ed)? to|` +
	`promis(e|es|ed) to|pledg(e|es|ed) to|in (the )?coming (hours|days|weeks|months)|unless|warn(s|ed)?)\b`)

// isPlan reports whether a claim (or, without one, a sentence) states a
// plan or an expectation rather than an event. Such a statement may be
// reported as what its speaker said, never restated as a fact.
func isPlan(c *newsbot.Claim, sentence string) bool {
	if c != nil {
		if c.CueKind == newsbot.CueExpects {
			return true
		}
		if c.Content != "" {
			return planPattern.MatchString(c.Content)
		}
	}
	return planPattern.MatchString(sentence)
}

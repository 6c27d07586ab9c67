// Package attribution finds who said what in a news article: for every
// sentence, the speaker, the intermediary, the reporting verb, the time
// expression and the span of what was claimed.
package attribution

import "github.com/newsbot/newsbot"

// Attribute returns the claims of an article whose cleaned text is text and
// whose sentences (with kinds and offsets into text) are given. Narration
// sentences get no claim. It is safe for concurrent use.
//
// TODO(attribution helper): placeholder.
func Attribute(text string, sents []newsbot.Sentence) []newsbot.Claim {
	return nil
}

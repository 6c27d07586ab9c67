package planted

import "github.com/newsbot/newsbot"

// CheckWithoutRegister is Check without the register check, for the tests
// that measure what the register check adds.
func CheckWithoutRegister(text string, sents []newsbot.Sentence) int {
	return check(text, sents, false, true)
}

// CheckWithoutTopic is Check without the checks against the article's
// topic and language (topic.go).
func CheckWithoutTopic(text string, sents []newsbot.Sentence) int {
	return check(text, sents, true, false)
}

// KeepOffTopic is keepOffTopic with the topic bits of each sentence.
func KeepOffTopic(text string, sents []newsbot.Sentence) {
	bits := make([]uint8, len(sents))
	for i := range sents {
		_, _, bits[i], _ = weighShare(sents[i].Text, nil)
	}
	keepOffTopic(text, sents, bits)
}

// KeepForeign is keepForeign with the ClosedShare of each sentence.
func KeepForeign(text string, sents []newsbot.Sentence) {
	shares := make([]share, len(sents))
	for i := range sents {
		_, _, _, shares[i] = weighShare(sents[i].Text, nil)
	}
	keepForeign(text, sents, shares)
}

// Formats is formats (formats.go).
func Formats(sentence string) Reason { return formats(sentence) }

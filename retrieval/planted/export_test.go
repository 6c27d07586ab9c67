package planted

import "github.com/newsbot/newsbot"

// CheckWithoutRegister is Check without the register check, for the tests
// that measure what the register check adds.
func CheckWithoutRegister(text string, sents []newsbot.Sentence) int {
	return check(text, sents, false)
}

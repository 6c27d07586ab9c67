package main

import "github.com/newsbot/newsbot"

// errorLine returns the one line shown for err: the user-facing message of a
// newsbot error, or the wrapped text of any other.
func errorLine(err error) string {
	if newsbot.ErrorCode(err) != newsbot.EINTERNAL {
		return newsbot.ErrorMessage(err)
	}
	return err.Error()
}

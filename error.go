package newsbot

import (
	"errors"
	"fmt"
	"strings"
)

// Error codes. The Discord adapter and the command line map them to replies
// and exit statuses; only EINTERNAL is logged as a fault.
const (
	ECONFLICT  = "conflict"  // e.g. a duplicate article
	EINTERNAL  = "internal"  // a fault in newsbot or a service it uses
	EINVALID   = "invalid"   // bad input from the user
	ENOTFOUND  = "not_found" // no such article, feed, ...
	EFORBIDDEN = "forbidden" // not allowed for this user
	ETOOMANY   = "too_many"  // rate limited
	EUNAVAIL   = "unavailable"
)

// Error is an error with a code and a message meant for users: it says what
// was wrong and what to do.
type Error struct {
	Code    string
	Message string
	Err     error // optional cause, kept for logs
}

// Error implements the error interface.
func (e *Error) Error() string {
	if e.Err != nil && e.Message == "" {
		return e.Err.Error()
	}
	return e.Message
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the given code and formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL
// for any other non-nil error, and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the user-facing message of the first *Error in err's
// chain, or a generic message for internal errors.
func ErrorMessage(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) && e.Message != "" {
		return e.Message
	}
	return "Internal error."
}

// WithHint returns err with hint added to its user message when err is an
// *Error with the code, and err unchanged otherwise. Front ends use it to
// say how to go on in their own terms ("run 'newsbot articles'" in the
// shell, "`/article list`" in Discord) to a message the store wrote for
// both.
func WithHint(err error, code, hint string) error {
	var e *Error
	if err == nil || ErrorCode(err) != code || !errors.As(err, &e) {
		return err
	}
	return &Error{Code: code, Message: strings.TrimRight(e.Message, ". ") + ": " + hint, Err: err}
}

package openai

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"time"

	goopenai "github.com/sashabaranov/go-openai"

	"github.com/newsbot/newsbot"
)

// Error is a failed request to the server: what was asked (Op, Model), the
// HTTP status and message of the server's error answer (Status 0 when there
// was no answer, or the answer could not be read), and the cause.
type Error struct {
	Op      string // "chat" or "embeddings"
	Model   string
	Status  int
	Message string
	// RetryAfter is the wait the server asked for (Retry-After), if any.
	RetryAfter time.Duration
	Err        error // the client library's error, or the network's
	hint       string
}

// Error implements error.
func (e *Error) Error() string {
	if e.Status == 0 {
		return fmt.Sprintf("%s (model %s): %v", e.Op, e.Model, e.Err)
	}
	return fmt.Sprintf("%s (model %s): status %d: %s", e.Op, e.Model, e.Status, e.Message)
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// Temporary reports whether retrying may help: rate limits and server
// errors.
func (e *Error) Temporary() bool {
	return e.Status == http.StatusTooManyRequests || e.Status >= 500
}

// network reports whether the request failed in the network (no answer),
// other than by running out of time.
func (e *Error) network() bool {
	var ne net.Error
	return e.Status == 0 && errors.As(e.Err, &ne) && !errors.Is(e.Err, context.DeadlineExceeded)
}

// Hint says what the operator should check after this error.
func (e *Error) Hint() string { return e.hint }

// newError converts an error of the client library to *Error; names are
// the variables that configure the client, for the hint.
func newError(op, model string, err error, names vars) *Error {
	e := &Error{Op: op, Model: model, Err: err}
	var ae *goopenai.APIError
	var re *goopenai.RequestError
	switch {
	case errors.As(err, &ae):
		e.Status, e.Message = ae.HTTPStatusCode, ae.Message
	case errors.As(err, &re):
		e.Status, e.Message = re.HTTPStatusCode, strings.TrimSpace(string(re.Body))
		if len(e.Message) > 300 {
			e.Message = e.Message[:300] + "…"
		}
		if e.Message == "" {
			e.Message = re.HTTPStatus
		}
	}
	e.hint = names.hint(e)
	return e
}

// vars names the environment variables of a client, for hints.
type vars struct {
	URL, Key, Model string
}

// varsFor returns the variables that configure a client of the server.
func varsFor(s *Server, modelVar string) vars {
	if s.Azure {
		return vars{URL: "AZURE_OPENAI_ENDPOINT", Key: "AZURE_OPENAI_API_KEY", Model: modelVar}
	}
	return vars{URL: "OPENAI_BASE_URL", Key: "OPENAI_API_KEY", Model: modelVar}
}

// hint suggests what to check after e.
func (v vars) hint(e *Error) string {
	switch {
	case errors.Is(e.Err, context.DeadlineExceeded):
		return "the server did not answer in time"
	case e.Status == 0:
		return fmt.Sprintf("is the server at %s running, and does it speak the OpenAI API?", v.URL)
	case e.Status == http.StatusNotFound && v.URL == "OPENAI_BASE_URL":
		return fmt.Sprintf("check %s (OpenAI-compatible servers usually end in /v1) and %s", v.URL, v.Model)
	case e.Status == http.StatusNotFound:
		return fmt.Sprintf("check %s (the resource endpoint, without a path), %s and AZURE_OPENAI_API_VERSION", v.URL, v.Model)
	case e.Status == http.StatusUnauthorized || e.Status == http.StatusForbidden:
		return "check " + v.Key
	case e.Status == http.StatusTooManyRequests:
		return "rate limited or out of quota"
	}
	return ""
}

// unavailable wraps a final embeddings failure as an EUNAVAIL error that
// says what to check.
func unavailable(e *Error, names vars) error {
	return &newsbot.Error{Code: newsbot.EUNAVAIL, Err: e, Message: fmt.Sprintf(
		"the embeddings server failed (%v): check %s, %s and %s", e, names.URL, names.Key, names.Model)}
}

package openai

import (
	"errors"
	"net/http"
	"time"

	goopenai "github.com/sashabaranov/go-openai"
)

// Observation is one request to the server as it went, for metrics and
// logs: Server.Observe receives one per attempt.
type Observation struct {
	Op       string // "chat" or "embeddings"
	Model    string
	Duration time.Duration
	// Status is the HTTP status: 200 on success, 0 when no answer came.
	Status int
	// PromptTokens and CompletionTokens are the server's counts (0 when it
	// gives none, as in streamed replies).
	PromptTokens, CompletionTokens int
	Err                            error
}

// observe reports a finished request to s.Observe, if set.
func (s *Server) observe(op, model string, start time.Time, usage goopenai.Usage, err error) {
	if s.Observe == nil {
		return
	}
	o := Observation{Op: op, Model: model, Duration: time.Since(start), Status: http.StatusOK,
		PromptTokens: usage.PromptTokens, CompletionTokens: usage.CompletionTokens, Err: err}
	if err != nil {
		o.Status = 0
		var e *Error
		if errors.As(err, &e) {
			o.Status = e.Status
		}
	}
	s.Observe(o)
}

package answer

import (
	"context"

	"github.com/newsbot/newsbot"
)

// LLM is a placeholder.
type LLM struct{}

// Rewrite is a placeholder.
func (l *LLM) Rewrite(ctx context.Context, q string, h []newsbot.Turn) (string, error) {
	return "", nil
}

func (s *Service) llmOrFallback(ctx context.Context, q string, h []newsbot.Turn, srcs []*source, ext *newsbot.Answer) *newsbot.Answer {
	return ext
}

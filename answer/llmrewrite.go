package answer

import (
	"context"
	"strings"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/prompts"
)

// rewrite asks the model to turn a follow-up question into a standalone
// search query using the earlier turns. It returns the question unchanged
// when the reply is empty or implausibly long.
func (s *Service) rewrite(ctx context.Context, question string, history []newsbot.Turn) (string, error) {
	h := make([]newsbot.Turn, len(history))
	for i, t := range history {
		h[i] = newsbot.Turn{Question: t.Question, Answer: newsbot.ClipText(t.Answer, 400)}
	}
	out, err := s.LLM.Chat(ctx, newsbot.ChatRequest{
		Messages:  []newsbot.ChatMessage{{Role: newsbot.RoleUser, Content: prompts.Rewrite(question, h)}},
		MaxTokens: 100,
	})
	if err != nil {
		return "", err
	}
	out = strings.Trim(strings.TrimSpace(strings.SplitN(strings.TrimSpace(out), "\n", 2)[0]), "\"'“”")
	if out == "" || len(out) > 4*len(question)+300 {
		return question, nil
	}
	return out, nil
}

// progressKey carries a progress callback in a context.
type progressKey struct{}

// WithProgress returns a context that makes Service.Ask stream the model's
// reply and call f with the number of characters received so far, e.g. to
// show that an answer is being written. f must be safe to call from the
// goroutine running Ask.
func WithProgress(ctx context.Context, f func(received int)) context.Context {
	return context.WithValue(ctx, progressKey{}, f)
}

func progressFrom(ctx context.Context) func(int) {
	f, _ := ctx.Value(progressKey{}).(func(int))
	return f
}

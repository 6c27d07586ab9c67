package answer

import (
	"context"

	"github.com/newsbot/newsbot"
)

// noteBusy is the note of an extractive answer given because every model
// slot of the server stayed busy.
const noteBusy = "The language model was busy with other questions, so this answer quotes the stored articles directly."

// llmWhenFree is llmOrFallback behind the context's model gate
// (newsbot.EnterModel): it waits for a model slot, and frees it as soon as
// the model call returns (answered, failed or timed out). When no slot
// comes free in time, the extractive answer is given with a note. ext
// composes the extractive answer; it is called only when one is needed.
func (s *Service) llmWhenFree(ctx context.Context, question string, history []newsbot.Turn, srcs []*source, ext func() *newsbot.Answer) *newsbot.Answer {
	release, err := newsbot.EnterModel(ctx)
	if err != nil {
		s.logger().Warn("no model slot; answering extractively", "error", err)
		ans := ext()
		ans.Note = noteBusy
		return ans
	}
	defer release()
	return s.llmOrFallback(ctx, question, history, srcs, ext)
}

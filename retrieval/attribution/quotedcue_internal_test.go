package attribution

import (
	"testing"

	"github.com/newsbot/newsbot/retrieval/sentences"
)

// TestQuotedCuesAreCues checks that every verb the sentence splitter keeps
// after a quoted question or exclamation (`"Why?" Pike asked.`) is a cue
// here: otherwise the splitter would join a sentence the engine cannot
// attribute.
func TestQuotedCuesAreCues(t *testing.T) {
	forms := sentences.QuotedCues()
	if len(forms) < 50 {
		t.Fatalf("only %d forms", len(forms))
	}
	for _, w := range forms {
		if !isCue(w) {
			t.Errorf("the splitter keeps a quotation before %q, which is not a cue", w)
		}
	}
}

package answer_test

import (
	"strings"
	"testing"

	"github.com/newsbot/newsbot/openai"
)

// TestLLMUnbackedFactsDropped: a sentence that cites a verified quote but
// adds a number or a name its citation does not hold is dropped; the
// sentences its citations back are kept.
func TestLLMUnbackedFactsDropped(t *testing.T) {
	e, srv := newLLMEnv(t, openai.ChatConfig{})
	srv.Reply(`Interfax reported that "` + real + `" [1]. ` +
		`Russia confirmed that the strikes resumed and killed 200 civilians in Aleppo [1]. ` +
		`The Kremlin said the strikes were ordered by General Petrov [1].`)
	ans := e.ask(t, g, question)
	e.checkInvariants(t, g, ans)
	for _, bad := range []string{"200 civilians", "Petrov"} {
		if strings.Contains(ans.Answer, bad) {
			t.Errorf("unbacked %q kept: %q", bad, ans.Answer)
		}
	}
	if !strings.Contains(ans.Answer, real) {
		t.Errorf("backed sentence dropped: %q", ans.Answer)
	}
}

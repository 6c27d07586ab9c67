package answer_test

import (
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/internal/fakeopenai"
	"github.com/newsbot/newsbot/openai"
)

// TestSeveralSpeakersOneClaim asks about a sentence in which two speakers
// make one claim ("The Observatory and emergency workers in eastern
// Aleppo said ..."): the citation and the answer name both.
func TestSeveralSpeakersOneClaim(t *testing.T) {
	const g = "guild-speakers"
	e := newEnv(t, g, sample)
	ans := e.ask(t, g, "How many people did heavy air strikes kill in eastern Aleppo, and did they hit hospitals?")
	e.checkInvariants(t, g, ans)
	const both = "The Syrian Observatory for Human Rights and emergency workers in eastern Aleppo"
	for _, c := range ans.Citations {
		if strings.Contains(c.Quote, "killed hundreds") {
			if c.Speaker != both {
				t.Errorf("speaker = %q, want %q", c.Speaker, both)
			}
			if !strings.Contains(strings.ToLower(ans.Answer), "the syrian observatory for human rights and emergency workers in eastern aleppo said") {
				t.Errorf("the answer does not name both speakers: %q", ans.Answer)
			}
			return
		}
	}
	t.Fatalf("the sentence with two speakers is not cited: %q", ans.Answer)
}

// TestLLMSeveralSpeakersOneClaim checks the same in an LLM answer whose
// model names one of the two speakers.
func TestLLMSeveralSpeakersOneClaim(t *testing.T) {
	const g = "guild-speakers-llm"
	e := newEnv(t, g, sample)
	srv := fakeopenai.New(t)
	l, err := openai.NewChat(openai.ChatConfig{Server: openai.Server{BaseURL: srv.URL()}, Retries: openai.Retries{Backoff: time.Millisecond}})
	if err != nil {
		t.Fatal(err)
	}
	e.svc.LLM = l
	srv.Reply(`Emergency workers said air strikes "had killed hundreds of people" [1].`)
	ans := e.ask(t, g, "How many people did heavy air strikes kill in eastern Aleppo?")
	e.checkInvariants(t, g, ans)
	if ans.Mode != newsbot.ModeLLM || len(ans.Citations) != 1 {
		t.Fatalf("want one verified llm citation, got %+v", ans)
	}
	if c := ans.Citations[0]; c.Speaker != "The Syrian Observatory for Human Rights and emergency workers in eastern Aleppo" {
		t.Errorf("speaker = %q, want both speakers", c.Speaker)
	}
}

package answer

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/ingest"
	"github.com/newsbot/newsbot/internal/fakeopenai"
	"github.com/newsbot/newsbot/openai"
	"github.com/newsbot/newsbot/retrieval"
	"github.com/newsbot/newsbot/store/storetest"
)

// workService stores two reports of one story, a day apart, and returns
// the service answering from them.
func workService(t *testing.T) *Service {
	t.Helper()
	db := storetest.MustOpen(t)
	ctx := context.Background()
	for _, a := range []struct{ text, day string }{
		{"Dockworkers strike at Valmere\n\nAbout 4,800 dockworkers at the Port of Valmere began a 48-hour strike on Tuesday, the union said.", "2025-01-14"},
		{"Valmere strike ends\n\nDockworkers at the Port of Valmere ended their strike on Thursday after 48 hours, the union said.", "2025-01-16"},
	} {
		c, err := ingest.CleanText(a.text)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ingest.New(db).AddCleaned(ctx, "g", c, ingest.Meta{Published: a.day}); err != nil {
			t.Fatal(err)
		}
	}
	return &Service{Store: db, Retriever: &retrieval.Searcher{Store: db},
		Now: func() time.Time { return time.Date(2025, 1, 20, 12, 0, 0, 0, time.UTC) }}
}

// TestWorkPerAnswer checks the work an answer does: a "latest" question
// scores the sources once (not once per day of reports), and in LLM mode
// the extractive answer is composed only when the model's answer fails.
func TestWorkPerAnswer(t *testing.T) {
	s := workService(t)
	ctx := context.Background()
	ask := func(q string) (*newsbot.Answer, int64) {
		t.Helper()
		before := scorings.Load()
		ans, err := s.Ask(ctx, newsbot.Question{Guild: "g", Text: q})
		if err != nil {
			t.Fatal(err)
		}
		return ans, scorings.Load() - before
	}
	if ans, n := ask("What is the latest on the Valmere dockworkers strike?"); !ans.Supported || n != 1 {
		t.Errorf("latest question: supported %v, scored %d times, want once: %s", ans.Supported, n, ans.Answer)
	}
	// Whether the gate answers this one moves with each refit (branch
	// i10o: 0.49 against 0.575, the two reports tie in retrieval): the
	// work is checked with the gate held open, and the would-be answer
	// must state the figure.
	p := &GateProbe{Open: true}
	SetGateProbe(p)
	if ans, n := ask("How many dockworkers went on strike at the Port of Valmere?"); !ans.Supported || n != 1 || !strings.Contains(ans.Answer, "4,800") {
		t.Errorf("plain question, gate held open: supported %v, scored %d times, want once and 4,800: %s", ans.Supported, n, ans.Answer)
	}
	SetGateProbe(nil)

	srv := fakeopenai.New(t)
	chat, err := openai.NewChat(openai.ChatConfig{Server: openai.Server{BaseURL: srv.URL()}, Model: "fake-chat",
		Retries: openai.Retries{Backoff: time.Millisecond}})
	if err != nil {
		t.Fatal(err)
	}
	s.LLM = chat
	srv.ReplyJSON(map[string]any{"answer": "Dockworkers struck, the union said [1].", "supported": true,
		"citations": []any{map[string]any{"source": 1, "quote": "dockworkers at the Port of Valmere"}}})
	ans, n := ask("How many dockworkers went on strike at the Port of Valmere?")
	if ans.Mode != newsbot.ModeLLM || n != 0 {
		t.Errorf("model answered: mode %q, extractive scored %d times, want 0: %s (note %q)", ans.Mode, n, ans.Answer, ans.Note)
	}
	srv.Fail(500, "down")
	ans, n = ask("How many dockworkers went on strike at the Port of Valmere?")
	if ans.Mode != newsbot.ModeExtractive || ans.Note == "" || n != 1 {
		t.Errorf("model failed: mode %q, note %q, extractive scored %d times, want 1", ans.Mode, ans.Note, n)
	}
}

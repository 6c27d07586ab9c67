package answer_test

import (
	"context"
	"strings"
	"testing"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/internal/fakeopenai"
	"github.com/newsbot/newsbot/openai"
	"github.com/newsbot/newsbot/store/sqlite"
)

var _ newsbot.ConversationStore = (*sqlite.DB)(nil)

func TestFollowUpExtractive(t *testing.T) {
	e := newEnv(t, g)
	e.addWithClaims(t, g, sample, sampleClaims)
	e.add(t, g, "port-strike.txt")
	e.svc.Conversations = e.db
	ctx := context.Background()
	q := newsbot.Question{Guild: g, Text: "Is Minian held by rebels?", Conversation: "thread-9"}
	if _, err := e.svc.Ask(ctx, q); err != nil {
		t.Fatal(err)
	}
	q.Text = "What did the Observatory say about it?"
	ans, err := e.svc.Ask(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Supported || !anyQuote(ans.Citations, "Minian") {
		t.Fatalf("follow-up lost its subject: %q", ans.Answer)
	}
	turns, err := e.db.Turns(ctx, g, "thread-9", 0)
	if err != nil || len(turns) != 2 || turns[1].Question != q.Text || turns[1].Answer != ans.Answer {
		t.Fatalf("turns = %+v, %v", turns, err)
	}
}

func TestFollowUpLLM(t *testing.T) {
	e, srv := newLLMEnv(t, openai.ChatConfig{})
	srv.Reply("Kremlin statement on Russian air strikes in Aleppo")
	srv.ReplyJSON(map[string]any{
		"answer":    `The Kremlin said the air force "would maintain a moratorium on strikes in Aleppo" [1].`,
		"supported": true, "citations": []map[string]any{{"source": 1, "quote": "would maintain a moratorium on strikes in Aleppo"}},
	})
	hist := []newsbot.Turn{{Question: question, Answer: "Not confirmed in the stored reports: ..."}}
	ans, err := e.svc.Ask(context.Background(), newsbot.Question{Guild: g, Text: "And what did the Kremlin say?", History: hist})
	if err != nil {
		t.Fatal(err)
	}
	chats := srv.Chats()
	if len(chats) != 2 {
		t.Fatalf("%d model calls, want rewrite + answer", len(chats))
	}
	if rw := chats[0].Text("user"); !strings.Contains(rw, question) || !strings.Contains(rw, "Follow-up: And what did the Kremlin say?") {
		t.Errorf("rewrite prompt lacks the history:\n%s", rw)
	}
	var roles []string
	for _, m := range chats[1].Messages {
		roles = append(roles, m.Role)
	}
	if strings.Join(roles, ",") != "system,user,assistant,user" || chats[1].Messages[1].Content != question {
		t.Errorf("previous turn not sent to the model: %v", roles)
	}
	if ans.Mode != newsbot.ModeLLM || len(ans.Citations) != 1 || ans.Citations[0].Speaker != "The Kremlin" || ans.Citations[0].When != "Monday" {
		t.Fatalf("answer = %+v", ans)
	}
	_ = fakeopenai.DefaultDim
}

// TestFollowUpNewSubject checks that a follow-up naming a new subject is
// answered about that subject, not about the earlier question's.
func TestFollowUpNewSubject(t *testing.T) {
	const g = "guild-followup"
	e := newEnv(t, g, "reservoir-warning.txt")
	e.svc.Conversations = e.db
	ctx := context.Background()
	q := newsbot.Question{Guild: g, Text: "What did David Mascort say?", Conversation: "thread-1"}
	first, err := e.svc.Ask(ctx, q)
	if err != nil || !anyQuote(first.Citations, "bring water by ship") {
		t.Fatalf("first answer: %+v, %v", first, err)
	}
	q.Text = "And what did the farmers say?"
	ans, err := e.svc.Ask(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Supported || !anyQuote(ans.Citations, "ruin thousands of growers") {
		t.Fatalf("follow-up did not answer about the farmers: %q", ans.Answer)
	}
	if anyQuote(ans.Citations[:1], "bring water by ship") {
		t.Errorf("follow-up led with the earlier subject: %q", ans.Answer)
	}
}

// TestFollowUpNotAgain checks that a follow-up naming a new subject does
// not lead with a sentence the previous answer already quoted when another
// sentence states that subject (the repeated one may still come after),
// and that follow-ups that only refer back still get an answer.
func TestFollowUpNotAgain(t *testing.T) {
	const g = "guild-notagain"
	e := newEnv(t, g, sample, "port-strike.txt")
	ctx := context.Background()
	for _, c := range []struct {
		first, follow string
		repeated      string // quoted by the first answer
		lead          string // "" for a follow-up that refers back
	}{
		{"Did Russia resume air strikes on Aleppo?", "And what did the rebels say?", "would maintain a moratorium", "rebel"},
		{"What did the Kremlin say about Aleppo?", "And what did the rebels say?", "would maintain a moratorium", "rebel"},
		{"Will dockworkers strike at Rotterdam?", "And what did the employers say?", "walk out for seven days", "Employers"},
		{"What did the Kremlin say about Aleppo?", "What did he say next?", "", ""},
		{"What did the Kremlin say about Aleppo?", "When was that?", "", ""},
	} {
		first, err := e.svc.Ask(ctx, newsbot.Question{Guild: g, Text: c.first})
		if err != nil || !first.Supported {
			t.Fatalf("%q: %+v, %v", c.first, first, err)
		}
		if c.repeated != "" && !anyQuote(first.Citations, c.repeated) {
			t.Fatalf("%q: first answer does not quote %q: %q", c.first, c.repeated, first.Answer)
		}
		hist := []newsbot.Turn{{Question: c.first, Answer: first.Answer}}
		ans, err := e.svc.Ask(ctx, newsbot.Question{Guild: g, Text: c.follow, History: hist})
		if err != nil || !ans.Supported || len(ans.Citations) == 0 {
			t.Fatalf("%q after %q: %+v, %v", c.follow, c.first, ans, err)
		}
		if c.lead == "" {
			continue
		}
		if anyQuote(ans.Citations[:1], c.repeated) || !anyQuote(ans.Citations[:1], c.lead) {
			t.Errorf("%q after %q led with %q", c.follow, c.first, ans.Citations[0].Quote)
		}
	}
}

package main

import (
	"context"
	"fmt"
	"net/http/httptest"
	"regexp"
	"testing"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/bot"
	"github.com/newsbot/newsbot/internal/fakeopenai"
)

// TestModelMetrics drives the openai clients the wiring builds for serve
// against the fake server: chat and embedding requests are timed by kind
// and result, and the usage the server reports is counted.
func TestModelMetrics(t *testing.T) {
	fake := fakeopenai.New(t)
	m := bot.NewMetrics()
	vars := map[string]string{"OPENAI_BASE_URL": fake.URL(), "NEWSBOT_EMBED_MODEL": "e"}
	env := &Env{Getenv: func(k string) string { return vars[k] }, metrics: m}
	chat, err := newChatModel(env)
	if err != nil {
		t.Fatal(err)
	}
	emb, err := newEmbedder(env)
	if err != nil {
		t.Fatal(err)
	}
	ask := newsbot.ChatRequest{Messages: []newsbot.ChatMessage{{Role: newsbot.RoleUser, Content: "What did the council approve?"}}}
	fake.Reply("The council approved the budget.")
	if got, err := chat.Chat(context.Background(), ask); err != nil || got != "The council approved the budget." {
		t.Fatalf("chat: %q %v", got, err)
	}
	if _, err := emb.EmbedQuery(context.Background(), "budget vote"); err != nil {
		t.Fatal(err)
	}
	fake.Fail(400, "bad request")
	chat.Chat(context.Background(), ask)
	rr := httptest.NewRecorder()
	m.Handler().ServeHTTP(rr, httptest.NewRequest("GET", "/metrics", nil))
	body := rr.Body.String()
	for _, re := range []string{
		`newsbot_model_request_seconds_count\{kind="chat",result="ok"\} 1\n`,
		`newsbot_model_request_seconds_count\{kind="chat",result="failed"\} 1\n`,
		`newsbot_model_request_seconds_count\{kind="embeddings",result="ok"\} 1\n`,
		`newsbot_embedding_seconds_count 1\n`,
		`newsbot_model_tokens_total\{direction="prompt",kind="chat"\} [1-9]`,
		`newsbot_model_tokens_total\{direction="completion",kind="chat"\} [1-9]`,
		`newsbot_model_tokens_total\{direction="prompt",kind="embeddings"\} [1-9]`,
	} {
		if !regexp.MustCompile(re).MatchString(body) {
			t.Errorf("/metrics does not match %s:\n%s", re, body)
		}
	}
}

func TestBoundGuilds(t *testing.T) {
	var all []newsbot.GuildSummary
	for i := range 25 {
		all = append(all, newsbot.GuildSummary{Guild: fmt.Sprint(i), Articles: 100 - i, Chunks: 1})
	}
	got := boundGuilds(all, 20)
	if len(got) != 21 || got[20].Guild != "other" || got[20].Articles != 80+79+78+77+76 || got[20].Chunks != 5 {
		t.Fatalf("bounded = %d series, last %+v", len(got), got[len(got)-1])
	}
	if len(boundGuilds(all[:3], 20)) != 3 {
		t.Fatal("few guilds must keep their own series")
	}
}

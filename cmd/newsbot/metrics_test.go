package main

import (
	"context"
	"fmt"
	"net/http/httptest"
	"regexp"
	"testing"

	openai "github.com/sashabaranov/go-openai"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/bot"
	"github.com/newsbot/newsbot/internal/fakeopenai"
)

// TestModelTransportMetrics drives the real go-openai client through the
// instrumented transport: chat and embedding requests are timed by kind and
// result, the usage the server reports is counted, and the client still
// reads the whole reply.
func TestModelTransportMetrics(t *testing.T) {
	fake := fakeopenai.New(t)
	m := bot.NewMetrics()
	cfg := openai.DefaultConfig("")
	cfg.BaseURL, cfg.HTTPClient = fake.URL(), modelHTTP(&Env{metrics: m})
	c := openai.NewClientWithConfig(cfg)
	fake.Reply("The council approved the budget.")
	resp, err := c.CreateChatCompletion(context.Background(), openai.ChatCompletionRequest{Model: "m",
		Messages: []openai.ChatCompletionMessage{{Role: "user", Content: "What did the council approve?"}}})
	if err != nil || resp.Choices[0].Message.Content != "The council approved the budget." {
		t.Fatalf("chat through the transport: %v %+v", err, resp)
	}
	if _, err := c.CreateEmbeddings(context.Background(), openai.EmbeddingRequest{Model: "e", Input: []string{"budget vote"}}); err != nil {
		t.Fatal(err)
	}
	fake.Fail(500, "down")
	fake.Fail(500, "down")
	fake.Fail(500, "down")
	fake.Fail(500, "down")
	c.CreateChatCompletion(context.Background(), openai.ChatCompletionRequest{Model: "m",
		Messages: []openai.ChatCompletionMessage{{Role: "user", Content: "again"}}})
	rr := httptest.NewRecorder()
	m.Handler().ServeHTTP(rr, httptest.NewRequest("GET", "/metrics", nil))
	body := rr.Body.String()
	for _, re := range []string{
		`newsbot_model_request_seconds_count\{kind="chat",result="ok"\} 1\n`,
		`newsbot_model_request_seconds_count\{kind="chat",result="failed"\} 1\n`,
		`newsbot_model_request_seconds_count\{kind="embeddings",result="ok"\} 1\n`,
		`newsbot_embedding_seconds_count 1\n`,
		fmt.Sprintf(`newsbot_model_tokens_total\{direction="prompt",kind="chat"\} %d\n`, resp.Usage.PromptTokens),
		fmt.Sprintf(`newsbot_model_tokens_total\{direction="completion",kind="chat"\} %d\n`, resp.Usage.CompletionTokens),
		`newsbot_model_tokens_total\{direction="prompt",kind="embeddings"\} [1-9]`,
	} {
		if !regexp.MustCompile(re).MatchString(body) {
			t.Errorf("/metrics does not match %s:\n%s", re, body)
		}
	}
	if resp.Usage.PromptTokens == 0 {
		t.Error("the fake reported no prompt tokens: the token check proves nothing")
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

package openai_test

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	goopenai "github.com/sashabaranov/go-openai"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/internal/fakeopenai"
	"github.com/newsbot/newsbot/openai"
)

// ask sends one system and one user message.
func ask(c *openai.Chat, progress func(int)) (string, error) {
	return c.Chat(context.Background(), newsbot.ChatRequest{Messages: []newsbot.ChatMessage{
		{Role: newsbot.RoleSystem, Content: "sys"}, {Role: newsbot.RoleUser, Content: "user"},
	}, Progress: progress})
}

func newChat(t *testing.T, cfg openai.ChatConfig) *openai.Chat {
	t.Helper()
	c, err := openai.NewChat(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestChatErrorKeepsStatus(t *testing.T) {
	srv := fakeopenai.New(t)
	srv.Always(fakeopenai.Reply{Status: 503, Message: "overloaded"})
	_, err := ask(newChat(t, openai.ChatConfig{Server: openai.Server{BaseURL: srv.URL()},
		Retries: openai.Retries{Max: 2, Backoff: time.Millisecond}}), nil)
	var e *openai.Error
	if !errors.As(err, &e) || e.Status != 503 || e.Message != "overloaded" || e.Op != "chat" {
		t.Fatalf("err = %v", err)
	}
	var oe *goopenai.APIError
	if !errors.As(err, &oe) {
		t.Errorf("the client's error is not kept: %v", err)
	}
	if n := len(srv.Chats()); n != 3 {
		t.Errorf("%d attempts, want 3", n)
	}
}

func TestChatHints(t *testing.T) {
	for _, tc := range []struct {
		name   string
		status int
		azure  bool
		want   string
	}{
		{"NotFound", 404, false, "OPENAI_BASE_URL"},
		{"Unauthorized", 401, false, "OPENAI_API_KEY"},
		{"AzureNotFound", 404, true, "AZURE_OPENAI_CHAT_DEPLOYMENT"},
		{"AzureUnauthorized", 401, true, "AZURE_OPENAI_API_KEY"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := fakeopenai.New(t)
			srv.Always(fakeopenai.Reply{Status: tc.status, Message: "no"})
			cfg := openai.ChatConfig{Server: openai.Server{BaseURL: srv.URL()}}
			if tc.azure {
				cfg.Server = openai.Server{BaseURL: srv.RootURL(), APIKey: "k", Azure: true}
			}
			_, err := ask(newChat(t, cfg), nil)
			var e *openai.Error
			if !errors.As(err, &e) || !strings.Contains(e.Hint(), tc.want) {
				t.Fatalf("err = %v; hint does not name %s", err, tc.want)
			}
		})
	}
}

func TestChatStream(t *testing.T) {
	srv := fakeopenai.New(t)
	srv.Enqueue(fakeopenai.Reply{Chunks: []string{"Hel", "lo ", "world"}})
	var seen []int
	out, err := ask(newChat(t, openai.ChatConfig{Server: openai.Server{BaseURL: srv.URL()}}), func(n int) { seen = append(seen, n) })
	if err != nil || out != "Hello world" {
		t.Fatalf("%q %v", out, err)
	}
	if len(seen) < 3 || seen[len(seen)-1] != len("Hello world") {
		t.Errorf("progress %v", seen)
	}
	if !srv.Chats()[0].Stream {
		t.Errorf("not streamed")
	}
}

func TestChatSchema(t *testing.T) {
	schema := &newsbot.ReplySchema{Name: "x", Schema: []byte(`{"type":"object"}`)}
	req := newsbot.ChatRequest{Messages: []newsbot.ChatMessage{{Role: newsbot.RoleUser, Content: "u"}}, Schema: schema}
	t.Run("OK", func(t *testing.T) {
		srv := fakeopenai.New(t)
		srv.Reply(`{}`)
		if _, err := newChat(t, openai.ChatConfig{Server: openai.Server{BaseURL: srv.URL()}}).Chat(context.Background(), req); err != nil {
			t.Fatal(err)
		}
		rf := srv.Chats()[0].ResponseFormat
		if rf == nil || rf.Type != "json_schema" || !strings.Contains(string(rf.JSONSchema), `"strict":true`) {
			t.Fatalf("response_format = %+v", rf)
		}
	})
	t.Run("ErrRejected", func(t *testing.T) {
		// A server that rejects the schema once is not sent one again.
		srv := fakeopenai.New(t)
		srv.Fail(400, "response_format is not supported")
		c := newChat(t, openai.ChatConfig{Server: openai.Server{BaseURL: srv.URL()}})
		for i := 0; i < 2; i++ {
			if _, err := c.Chat(context.Background(), req); !errors.Is(err, newsbot.ErrSchemaRejected) {
				t.Fatalf("request %d: err = %v, want ErrSchemaRejected", i, err)
			}
		}
		if n := len(srv.Chats()); n != 1 {
			t.Fatalf("%d requests, want 1", n)
		}
	})
	t.Run("PlainText", func(t *testing.T) {
		srv := fakeopenai.New(t)
		c := newChat(t, openai.ChatConfig{Server: openai.Server{BaseURL: srv.URL()}, PlainText: true})
		if _, err := c.Chat(context.Background(), req); !errors.Is(err, newsbot.ErrSchemaRejected) || len(srv.Chats()) != 0 {
			t.Fatalf("err = %v after %d requests", err, len(srv.Chats()))
		}
	})
}

func TestNewChat(t *testing.T) {
	t.Run("ErrNothingConfigured", func(t *testing.T) {
		if _, err := openai.NewChat(openai.ChatConfig{}); newsbot.ErrorCode(err) != newsbot.EINVALID {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("ErrBadURL", func(t *testing.T) {
		_, err := openai.NewChat(openai.ChatConfig{Server: openai.Server{BaseURL: "localhost:11434"}})
		if newsbot.ErrorCode(err) != newsbot.EINVALID || !strings.Contains(err.Error(), "OPENAI_BASE_URL") {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("NoKeyNoAuthHeader", func(t *testing.T) {
		srv := fakeopenai.New(t)
		srv.Reply("ok")
		ask(newChat(t, openai.ChatConfig{Server: openai.Server{BaseURL: srv.URL()}}), nil)
		if h := srv.Requests()[0].Header.Get("Authorization"); h != "" && h != "Bearer " {
			t.Fatalf("Authorization %q", h)
		}
	})
	t.Run("Limits", func(t *testing.T) {
		c := newChat(t, openai.ChatConfig{Server: openai.Server{BaseURL: "http://localhost:1/v1"}, ContextWindow: 32000})
		if l := c.Limits(); l.ContextWindow != 32000 || l.MaxAnswerTokens != 700 || c.Model() != openai.DefaultChatModel {
			t.Fatalf("limits %+v model %q", l, c.Model())
		}
	})
}

func TestChatRetryAfter(t *testing.T) {
	srv := fakeopenai.New(t)
	srv.Always(fakeopenai.Reply{Status: http.StatusServiceUnavailable, Message: "busy", RetryAfter: "7"})
	_, err := ask(newChat(t, openai.ChatConfig{Server: openai.Server{BaseURL: srv.URL()}, Retries: openai.Retries{Max: -1}}), nil)
	var e *openai.Error
	if !errors.As(err, &e) || e.Status != 503 || e.RetryAfter != 7*time.Second {
		t.Fatalf("err = %#v; want a 503 with RetryAfter 7s", err)
	}
}

func TestObserve(t *testing.T) {
	srv := fakeopenai.New(t)
	srv.Enqueue(fakeopenai.Reply{Status: 503, Message: "busy"})
	srv.Reply("a reply of some length")
	var seen []openai.Observation
	var mu sync.Mutex
	server := openai.Server{BaseURL: srv.URL(), Observe: func(o openai.Observation) {
		mu.Lock()
		defer mu.Unlock()
		seen = append(seen, o)
	}}
	if _, err := ask(newChat(t, openai.ChatConfig{Server: server, Model: "m", Retries: openai.Retries{Backoff: time.Millisecond}}), nil); err != nil {
		t.Fatal(err)
	}
	emb, err := openai.NewEmbedder(openai.EmbedConfig{Server: server, Model: "e"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := emb.Embed(context.Background(), []string{"one text", "two texts"}); err != nil {
		t.Fatal(err)
	}
	if len(seen) != 3 {
		t.Fatalf("%d observations, want 3: %+v", len(seen), seen)
	}
	if o := seen[0]; o.Op != "chat" || o.Status != 503 || o.Err == nil {
		t.Errorf("failed attempt observed as %+v", o)
	}
	if o := seen[1]; o.Op != "chat" || o.Model != "m" || o.Status != 200 || o.PromptTokens == 0 || o.CompletionTokens == 0 || o.Duration <= 0 {
		t.Errorf("successful chat observed as %+v", o)
	}
	if o := seen[2]; o.Op != "embeddings" || o.Model != "e" || o.Status != 200 || o.PromptTokens == 0 {
		t.Errorf("embeddings observed as %+v", o)
	}
}

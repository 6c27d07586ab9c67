package openai_test

import (
	"context"
	"net/url"
	"strings"
	"testing"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/internal/fakeopenai"
	"github.com/newsbot/newsbot/openai"
)

// TestAzure checks what an Azure OpenAI resource sees from both clients:
// deployment URLs with the API version, and the key in the api-key header.
func TestAzure(t *testing.T) {
	srv := fakeopenai.New(t)
	srv.Reply("ok")
	az := openai.Server{Azure: true, BaseURL: srv.RootURL() + "/", APIKey: "k"}
	chat := newChat(t, openai.ChatConfig{Server: az, Model: "my-chat"})
	if _, err := ask(chat, nil); err != nil {
		t.Fatal(err)
	}
	emb, err := openai.NewEmbedder(openai.EmbedConfig{Server: az, Model: "my-embed"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := emb.EmbedQuery(context.Background(), "question"); err != nil {
		t.Fatal(err)
	}
	want := []string{"/openai/deployments/my-chat/chat/completions", "/openai/deployments/my-embed/embeddings"}
	reqs := srv.Requests()
	if len(reqs) != 2 {
		t.Fatalf("%d requests", len(reqs))
	}
	for i, r := range reqs {
		q, _ := url.ParseQuery(r.Query)
		if r.Path != want[i] || q.Get("api-version") != openai.DefaultAzureAPIVersion || r.Header.Get("api-key") != "k" || r.Header.Get("Authorization") != "" {
			t.Errorf("request %d: path %q query %q api-key %q authorization %q", i, r.Path, r.Query, r.Header.Get("api-key"), r.Header.Get("Authorization"))
		}
	}
	if b := chat.Backend(); b.Kind != openai.KindAzure || b.Model != "my-chat" || !strings.HasPrefix(b.Host, "127.0.0.1:") {
		t.Errorf("backend %+v", b)
	}
}

func TestAzureDetectedByHost(t *testing.T) {
	for _, host := range []string{"https://res.openai.azure.com", "https://res.cognitiveservices.azure.com/"} {
		c, err := openai.NewChat(openai.ChatConfig{Server: openai.Server{BaseURL: host, APIKey: "k"}, Model: "dep"})
		if err != nil {
			t.Fatal(err)
		}
		if b := c.Backend(); b.Kind != openai.KindAzure {
			t.Errorf("%s: kind %q, want azure", host, b.Kind)
		}
	}
	_, err := openai.NewEmbedder(openai.EmbedConfig{Server: openai.Server{BaseURL: "https://res.openai.azure.com"}, Model: "dep"})
	if newsbot.ErrorCode(err) != newsbot.EINVALID || !strings.Contains(err.Error(), "AZURE_OPENAI_API_KEY") {
		t.Errorf("Azure host without a key: err = %v", err)
	}
}

func TestBackendKinds(t *testing.T) {
	for _, tc := range []struct {
		server     openai.Server
		kind, host string
	}{
		{openai.Server{APIKey: "sk"}, openai.KindOpenAI, "api.openai.com"},
		{openai.Server{BaseURL: "http://localhost:11434/v1"}, openai.KindCompatible, "localhost:11434"},
	} {
		c := newChat(t, openai.ChatConfig{Server: tc.server})
		if b := c.Backend(); b.Kind != tc.kind || b.Host != tc.host || b.Model != openai.DefaultChatModel {
			t.Errorf("%+v: backend %+v", tc.server, b)
		}
	}
}

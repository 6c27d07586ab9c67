package main

// Azure OpenAI through its own variables (issue 16 item 3), checked as an
// operator would: the real command line, with AZURE_OPENAI_* pointing at
// the fake server, which records the URLs and headers Azure would see.

import (
	"encoding/json"
	"net/url"
	"strings"
	"testing"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/internal/fakeopenai"
)

const (
	azureKey     = "azure-secret-key-123"
	azureVersion = "2024-06-01"
)

// azureCLI is a command line configured for Azure OpenAI on a fake server,
// with OPENAI_* variables also set (they must be ignored).
func azureCLI(t *testing.T) (*cli, *fakeopenai.Server) {
	c, srv := newCLI(t), fakeopenai.New(t)
	for k, v := range map[string]string{
		"AZURE_OPENAI_ENDPOINT":         srv.RootURL(),
		"AZURE_OPENAI_API_KEY":          azureKey,
		"AZURE_OPENAI_API_VERSION":      azureVersion,
		"AZURE_OPENAI_CHAT_DEPLOYMENT":  "chat-dep",
		"AZURE_OPENAI_EMBED_DEPLOYMENT": "embed-dep",
		"OPENAI_API_KEY":                "sk-openai-not-for-azure",
		"OPENAI_BASE_URL":               "http://127.0.0.1:1/v1",
	} {
		c.env[k] = v
	}
	return c, srv
}

func TestAzure(t *testing.T) {
	c, srv := azureCLI(t)
	c.mustRun("add", "--outlet", "Reuters", sample) // embeds the chunks at once
	srv.ReplyJSON(map[string]any{
		"answer":    `Interfax cited a defence ministry source as saying Russia was preparing strikes "in coming hours" [1].`,
		"supported": true, "citations": []map[string]any{{"source": 1, "quote": "in coming hours"}},
	})
	out, errs, code := c.run("", "ask", "--json", "Did Russia resume air strikes on Aleppo?")
	if code != 0 {
		t.Fatalf("ask: exit %d: %s", code, errs)
	}
	var ans newsbot.Answer
	if err := json.Unmarshal([]byte(out), &ans); err != nil {
		t.Fatal(err)
	}
	if ans.Mode != newsbot.ModeLLM || !ans.Supported {
		t.Fatalf("mode=%s supported=%v note=%q; want an LLM answer from Azure", ans.Mode, ans.Supported, ans.Note)
	}
	var chats, embeds int
	for _, r := range srv.Requests() {
		switch r.Path {
		case "/openai/deployments/chat-dep/chat/completions":
			chats++
		case "/openai/deployments/embed-dep/embeddings":
			embeds++
		default:
			t.Errorf("request to %s %s: not an Azure deployment URL", r.Method, r.Path)
		}
		if q, _ := url.ParseQuery(r.Query); q.Get("api-version") != azureVersion {
			t.Errorf("%s: query %q, want api-version=%s", r.Path, r.Query, azureVersion)
		}
		if r.Header.Get("api-key") != azureKey || r.Header.Get("Authorization") != "" {
			t.Errorf("%s: api-key %q, Authorization %q; want the Azure key in api-key only", r.Path, r.Header.Get("api-key"), r.Header.Get("Authorization"))
		}
	}
	// add embeds the chunks, ask embeds the question: hybrid search works.
	if chats != 1 || embeds < 2 {
		t.Errorf("%d chat and %d embeddings requests; want 1 and at least 2", chats, embeds)
	}
	lines := backendLines(errs)
	if len(lines) != 1 {
		t.Fatalf("ask logged %d backend lines, want 1:\n%s", len(lines), errs)
	}
	host := strings.TrimPrefix(srv.RootURL(), "http://")
	for _, want := range []string{"chat=azure", "chat_host=" + host, "chat_model=chat-dep", "embeddings=azure", "embed_model=embed-dep", "OPENAI_BASE_URL"} {
		if !strings.Contains(lines[0], want) {
			t.Errorf("backend line lacks %q: %s", want, lines[0])
		}
	}
	if strings.Contains(errs, azureKey) || strings.Contains(errs, "sk-openai") {
		t.Errorf("a key was logged: %s", errs)
	}
}

// backendLines returns the lines of the log naming the model backends.
func backendLines(log string) []string {
	var out []string
	for _, l := range strings.Split(log, "\n") {
		if strings.Contains(l, "model backends") {
			out = append(out, l)
		}
	}
	return out
}

func TestAzureConfigErrors(t *testing.T) {
	for _, tc := range []struct {
		name  string
		unset []string
		set   map[string]string
		want  string
	}{
		{"ErrNoKey", []string{"AZURE_OPENAI_API_KEY"}, nil, "AZURE_OPENAI_API_KEY"},
		{"ErrNoDeployment", []string{"AZURE_OPENAI_CHAT_DEPLOYMENT", "AZURE_OPENAI_EMBED_DEPLOYMENT"}, nil, "AZURE_OPENAI_CHAT_DEPLOYMENT"},
		{"ErrBadEndpoint", nil, map[string]string{"AZURE_OPENAI_ENDPOINT": "my-resource.openai.azure.com"}, "AZURE_OPENAI_ENDPOINT"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, srv := azureCLI(t)
			for _, k := range tc.unset {
				delete(c.env, k)
			}
			for k, v := range tc.set {
				c.env[k] = v
			}
			_, errs, code := c.run("", "ask", "Did Russia resume air strikes on Aleppo?")
			if code == 0 || !strings.Contains(errs, tc.want) || strings.Count(strings.TrimSpace(errs), "\n") > 0 {
				t.Fatalf("exit %d, stderr %q; want one line naming %s", code, errs, tc.want)
			}
			if n := len(srv.Requests()); n != 0 {
				t.Errorf("%d requests sent with a bad configuration", n)
			}
		})
	}
}

// TestBackendLine checks the start line of 'ask' for the other set-ups: a
// compatible server with embeddings, and nothing configured (no line).
func TestBackendLine(t *testing.T) {
	c := newCLI(t)
	srv := fakeopenai.New(t)
	c.mustRun("add", sample)
	_, errs, _ := c.run("", "ask", "Did Russia resume air strikes on Aleppo?")
	if n := len(backendLines(errs)); n != 0 {
		t.Errorf("extractive ask logged backends: %s", errs)
	}
	c.env["OPENAI_BASE_URL"], c.env["NEWSBOT_CHAT_MODEL"], c.env["NEWSBOT_EMBED_MODEL"] = srv.URL(), "llama3.1", "nomic-embed-text"
	c.env["OPENAI_API_KEY"] = "sk-local-secret"
	srv.Always(fakeopenai.Reply{Status: 500})
	_, errs, _ = c.run("", "ask", "Did Russia resume air strikes on Aleppo?")
	lines := backendLines(errs)
	if len(lines) != 1 || !strings.Contains(lines[0], "chat=openai-compatible") || !strings.Contains(lines[0], "chat_model=llama3.1") ||
		!strings.Contains(lines[0], "embed_model=nomic-embed-text") || strings.Contains(errs, "sk-local-secret") {
		t.Fatalf("backend lines %q in:\n%s", lines, errs)
	}
}

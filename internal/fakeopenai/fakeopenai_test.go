package fakeopenai_test

import (
	"context"
	"errors"
	"io"
	"math"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/fakeopenai"
	openai "github.com/sashabaranov/go-openai"
)

func client(s *fakeopenai.Server) *openai.Client {
	cfg := openai.DefaultConfig("test-key")
	cfg.BaseURL = s.URL()
	return openai.NewClientWithConfig(cfg)
}

func chatReq(stream bool) openai.ChatCompletionRequest {
	return openai.ChatCompletionRequest{
		Model:    "fake-chat",
		Stream:   stream,
		Messages: []openai.ChatCompletionMessage{{Role: "system", Content: "be brief"}, {Role: "user", Content: "hello"}},
	}
}

func TestChat(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		s := fakeopenai.New(t)
		s.Reply("Hi there [1].")
		resp, err := client(s).CreateChatCompletion(context.Background(), chatReq(false))
		if err != nil {
			t.Fatal(err)
		}
		if got := resp.Choices[0].Message.Content; got != "Hi there [1]." {
			t.Fatalf("content = %q", got)
		}
		chats := s.Chats()
		if len(chats) != 1 || chats[0].Text("user") != "hello" || chats[0].Text("system") != "be brief" {
			t.Fatalf("recorded %+v", chats)
		}
		if h := s.Requests()[0].Header.Get("Authorization"); h != "Bearer test-key" {
			t.Fatalf("Authorization = %q", h)
		}
	})
	t.Run("Stream", func(t *testing.T) {
		s := fakeopenai.New(t)
		s.Reply("one two three")
		st, err := client(s).CreateChatCompletionStream(context.Background(), chatReq(true))
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		var b strings.Builder
		n := 0
		for {
			resp, err := st.Recv()
			if errors.Is(err, io.EOF) {
				break
			} else if err != nil {
				t.Fatal(err)
			}
			if len(resp.Choices) > 0 {
				b.WriteString(resp.Choices[0].Delta.Content)
				n++
			}
		}
		if b.String() != "one two three" || n < 3 {
			t.Fatalf("streamed %q in %d chunks", b.String(), n)
		}
		if !s.Chats()[0].Stream {
			t.Fatal("stream flag not recorded")
		}
	})
	t.Run("JSONSchema", func(t *testing.T) {
		s := fakeopenai.New(t)
		s.ReplyJSON(map[string]any{"answer": "x"})
		req := chatReq(false)
		req.ResponseFormat = &openai.ChatCompletionResponseFormat{
			Type:       openai.ChatCompletionResponseFormatTypeJSONSchema,
			JSONSchema: &openai.ChatCompletionResponseFormatJSONSchema{Name: "answer", Schema: rawSchema(`{"type":"object"}`), Strict: true},
		}
		resp, err := client(s).CreateChatCompletion(context.Background(), req)
		if err != nil {
			t.Fatal(err)
		}
		if resp.Choices[0].Message.Content != `{"answer":"x"}` {
			t.Fatalf("content = %q", resp.Choices[0].Message.Content)
		}
		rf := s.Chats()[0].ResponseFormat
		if rf == nil || rf.Type != "json_schema" || !strings.Contains(string(rf.JSONSchema), `"answer"`) {
			t.Fatalf("response_format = %+v", rf)
		}
	})
}

type rawSchema string

func (r rawSchema) MarshalJSON() ([]byte, error) { return []byte(r), nil }

func TestChatFailures(t *testing.T) {
	t.Run("429ThenOK", func(t *testing.T) {
		s := fakeopenai.New(t)
		s.Enqueue(fakeopenai.Reply{Status: 429, Message: "slow down", RetryAfter: "1"}, fakeopenai.Reply{Content: "ok"})
		c := client(s)
		_, err := c.CreateChatCompletion(context.Background(), chatReq(false))
		var apiErr *openai.APIError
		if !errors.As(err, &apiErr) || apiErr.HTTPStatusCode != 429 || apiErr.Message != "slow down" {
			t.Fatalf("err = %v", err)
		}
		if s.Requests()[0].Header == nil {
			t.Fatal("no header recorded")
		}
		resp, err := c.CreateChatCompletion(context.Background(), chatReq(false))
		if err != nil || resp.Choices[0].Message.Content != "ok" {
			t.Fatalf("second call: %v %+v", err, resp)
		}
	})
	t.Run("500", func(t *testing.T) {
		s := fakeopenai.New(t)
		s.Fail(500, "boom")
		_, err := client(s).CreateChatCompletion(context.Background(), chatReq(false))
		var apiErr *openai.APIError
		if !errors.As(err, &apiErr) || apiErr.HTTPStatusCode != 500 {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("NotJSON", func(t *testing.T) {
		s := fakeopenai.New(t)
		s.Garbage("<html>gateway</html>")
		_, err := client(s).CreateChatCompletion(context.Background(), chatReq(false))
		if err == nil {
			t.Fatal("no error for a non-JSON body")
		}
	})
	t.Run("Hang", func(t *testing.T) {
		s := fakeopenai.New(t)
		s.Hang()
		ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
		defer cancel()
		_, err := client(s).CreateChatCompletion(ctx, chatReq(false))
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("NothingScripted", func(t *testing.T) {
		s := fakeopenai.New(t)
		_, err := client(s).CreateChatCompletion(context.Background(), chatReq(false))
		if err == nil {
			t.Fatal("want an error when nothing is scripted")
		}
	})
	t.Run("Respond", func(t *testing.T) {
		s := fakeopenai.New(t)
		s.Respond(func(r fakeopenai.ChatRequest) fakeopenai.Reply {
			return fakeopenai.Reply{Content: "echo: " + r.Text("user")}
		})
		resp, err := client(s).CreateChatCompletion(context.Background(), chatReq(false))
		if err != nil || resp.Choices[0].Message.Content != "echo: hello" {
			t.Fatalf("%v %+v", err, resp)
		}
	})
}

func TestAzure(t *testing.T) {
	s := fakeopenai.New(t)
	s.Reply("azure ok")
	cfg := openai.DefaultAzureConfig("az-key", s.RootURL())
	c := openai.NewClientWithConfig(cfg)
	resp, err := c.CreateChatCompletion(context.Background(), chatReq(false))
	if err != nil || resp.Choices[0].Message.Content != "azure ok" {
		t.Fatalf("%v %+v", err, resp)
	}
	r := s.Requests()[0]
	if !strings.Contains(r.Path, "/openai/deployments/fake-chat/") || r.Header.Get("api-key") != "az-key" {
		t.Fatalf("path %q, api-key %q", r.Path, r.Header.Get("api-key"))
	}
}

func cosine(a, b []float32) float64 {
	var dot float64
	for i := range a {
		dot += float64(a[i]) * float64(b[i])
	}
	return dot
}

func TestEmbeddings(t *testing.T) {
	s := fakeopenai.New(t)
	c := client(s)
	resp, err := c.CreateEmbeddings(context.Background(), openai.EmbeddingRequest{
		Model: "fake-embed",
		Input: []string{"Russia resumes air strikes on Aleppo", "Russian air strike on Aleppo resumed", "Who won the World Cup final"},
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(resp.Data) != 3 || len(resp.Data[0].Embedding) != fakeopenai.DefaultDim {
		t.Fatalf("got %d vectors", len(resp.Data))
	}
	var norm float64
	for _, f := range resp.Data[0].Embedding {
		norm += float64(f) * float64(f)
	}
	if math.Abs(norm-1) > 1e-4 {
		t.Fatalf("norm = %f", norm)
	}
	near := cosine(resp.Data[0].Embedding, resp.Data[1].Embedding)
	far := cosine(resp.Data[0].Embedding, resp.Data[2].Embedding)
	if near < 0.5 || far > 0.3 || near <= far {
		t.Fatalf("paraphrase %.2f, unrelated %.2f", near, far)
	}

	t.Run("Base64", func(t *testing.T) {
		resp2, err := c.CreateEmbeddings(context.Background(), openai.EmbeddingRequestStrings{
			Model: "fake-embed", Input: []string{"Russia resumes air strikes on Aleppo"},
			EncodingFormat: openai.EmbeddingEncodingFormatBase64,
		})
		if err != nil {
			t.Fatal(err)
		}
		if cosine(resp2.Data[0].Embedding, resp.Data[0].Embedding) < 0.9999 {
			t.Fatal("base64 vector differs from the float one")
		}
	})
	t.Run("Failure", func(t *testing.T) {
		s.FailEmbeddings(fakeopenai.Reply{Status: http.StatusTooManyRequests, Message: "rate"})
		_, err := c.CreateEmbeddings(context.Background(), openai.EmbeddingRequest{Model: "m", Input: "x"})
		var apiErr *openai.APIError
		if !errors.As(err, &apiErr) || apiErr.HTTPStatusCode != 429 {
			t.Fatalf("err = %v", err)
		}
		if got := s.Embeddings(); got[len(got)-1].Input[0] != "x" {
			t.Fatalf("recorded %+v", got[len(got)-1])
		}
	})
}

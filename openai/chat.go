package openai

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync/atomic"
	"time"

	goopenai "github.com/sashabaranov/go-openai"

	"github.com/newsbot/newsbot"
)

// ChatConfig configures a chat client.
type ChatConfig struct {
	Server
	Model string // model name (Azure: the deployment); default DefaultChatModel

	ContextWindow   int           // the model's window in tokens; default 8192
	MaxAnswerTokens int           // tokens the answer may use; default 700
	Timeout         time.Duration // per attempt, within the context's deadline; default 60s
	Retries         Retries       // after a 429 or 5xx; default 3 retries
	// PlainText means the server takes no reply schemas (response_format):
	// requests with a schema fail at once with newsbot.ErrSchemaRejected.
	// A server that rejects a schema with a 400 is treated so from then on.
	PlainText bool
}

// DefaultChatModel is the model asked for when none is named.
const DefaultChatModel = "gpt-4o-mini"

// Chat is a newsbot.ChatModel on an OpenAI-compatible server, with
// retries, typed errors and streaming. It is safe for concurrent use.
type Chat struct {
	client *goopenai.Client
	cfg    ChatConfig
	names  vars
	plain  atomic.Bool // the server rejected response_format
}

var _ newsbot.ChatModel = (*Chat)(nil)

// NewChat returns a chat client for cfg. It returns an EINVALID error when
// neither an API key nor a base URL is given (answer extractively then),
// when the base URL is not an http(s) URL, or when Azure lacks its
// endpoint or key.
func NewChat(cfg ChatConfig) (*Chat, error) {
	if strings.TrimSpace(cfg.APIKey) == "" && strings.TrimSpace(cfg.BaseURL) == "" && !cfg.Azure {
		return nil, newsbot.Errorf(newsbot.EINVALID, "no chat server configured: set OPENAI_API_KEY or OPENAI_BASE_URL (or AZURE_OPENAI_ENDPOINT), or leave them unset for extractive answers")
	}
	if err := cfg.Server.check(); err != nil {
		return nil, err
	}
	chatDefaults(&cfg)
	modelVar := "NEWSBOT_CHAT_MODEL"
	if cfg.Azure {
		modelVar = "AZURE_OPENAI_CHAT_DEPLOYMENT"
	}
	c := &Chat{client: cfg.Server.client(), cfg: cfg, names: varsFor(&cfg.Server, modelVar)}
	c.plain.Store(cfg.PlainText)
	return c, nil
}

func chatDefaults(c *ChatConfig) {
	if c.Model == "" {
		c.Model = DefaultChatModel
	}
	if c.ContextWindow <= 0 {
		c.ContextWindow = 8192
	}
	if c.MaxAnswerTokens <= 0 {
		c.MaxAnswerTokens = 700
	}
	if c.Timeout <= 0 {
		c.Timeout = 60 * time.Second
	}
	c.Retries = c.Retries.withDefaults(3)
}

// Model returns the model (or Azure deployment) the client asks for.
func (c *Chat) Model() string { return c.cfg.Model }

// Backend describes the client for logs.
func (c *Chat) Backend() Backend { return c.cfg.Server.backend(c.cfg.Model) }

// Limits returns the configured token limits.
func (c *Chat) Limits() newsbot.ChatLimits {
	return newsbot.ChatLimits{ContextWindow: c.cfg.ContextWindow, MaxAnswerTokens: c.cfg.MaxAnswerTokens}
}

// CountTokens estimates the tokens of text (see EstimateTokens).
func (c *Chat) CountTokens(text string) int { return EstimateTokens(text) }

// Chat sends the request, retrying rate limits and server errors with
// exponential backoff and jitter, each attempt bounded by the configured
// timeout and all by ctx. It returns the reply's text. Errors of the
// server are *Error; a schema the server does not take gives an error
// matching newsbot.ErrSchemaRejected.
func (c *Chat) Chat(ctx context.Context, r newsbot.ChatRequest) (string, error) {
	if r.Schema != nil && c.plain.Load() {
		return "", newsbot.ErrSchemaRejected
	}
	var text string
	err := c.cfg.Retries.do(ctx, (*Error).Temporary, func(ctx context.Context) error {
		ctx, cancel := context.WithTimeout(ctx, c.cfg.Timeout)
		defer cancel()
		var err error
		text, err = c.send(ctx, r)
		return err
	})
	var e *Error
	if r.Schema != nil && errors.As(err, &e) && e.Status == http.StatusBadRequest {
		c.plain.Store(true)
		return "", fmt.Errorf("%w: %w", newsbot.ErrSchemaRejected, err)
	}
	return text, err
}

// send makes one request.
func (c *Chat) send(ctx context.Context, r newsbot.ChatRequest) (string, error) {
	req := goopenai.ChatCompletionRequest{
		Model: c.cfg.Model, Messages: messages(r.Messages), MaxTokens: r.MaxTokens, Temperature: 0.1,
	}
	if req.MaxTokens <= 0 {
		req.MaxTokens = c.cfg.MaxAnswerTokens
	}
	if r.Schema != nil {
		req.ResponseFormat = &goopenai.ChatCompletionResponseFormat{
			Type:       goopenai.ChatCompletionResponseFormatTypeJSONSchema,
			JSONSchema: &goopenai.ChatCompletionResponseFormatJSONSchema{Name: r.Schema.Name, Schema: r.Schema.Schema, Strict: true},
		}
	}
	start := time.Now()
	if r.Progress != nil {
		text, err := c.stream(ctx, req, r.Progress)
		c.cfg.observe("chat", c.cfg.Model, start, goopenai.Usage{}, err)
		return text, err
	}
	text, usage, err := c.complete(ctx, req)
	c.cfg.observe("chat", c.cfg.Model, start, usage, err)
	return text, err
}

// complete makes one request for a whole reply.
func (c *Chat) complete(ctx context.Context, req goopenai.ChatCompletionRequest) (string, goopenai.Usage, error) {
	resp, err := c.client.CreateChatCompletion(ctx, req)
	if err != nil {
		return "", goopenai.Usage{}, newError("chat", c.cfg.Model, err, c.names)
	}
	if len(resp.Choices) == 0 {
		return "", resp.Usage, &Error{Op: "chat", Model: c.cfg.Model, Err: errors.New("the reply has no choices")}
	}
	return resp.Choices[0].Message.Content, resp.Usage, nil
}

// stream reads a streamed reply, reporting the characters received so far.
func (c *Chat) stream(ctx context.Context, req goopenai.ChatCompletionRequest, progress func(int)) (string, error) {
	req.Stream = true
	st, err := c.client.CreateChatCompletionStream(ctx, req)
	if err != nil {
		return "", newError("chat", c.cfg.Model, err, c.names)
	}
	defer st.Close()
	var b strings.Builder
	for {
		resp, err := st.Recv()
		if errors.Is(err, io.EOF) {
			return b.String(), nil
		} else if err != nil {
			return "", newError("chat", c.cfg.Model, err, c.names)
		}
		for _, ch := range resp.Choices {
			b.WriteString(ch.Delta.Content)
		}
		progress(b.Len())
	}
}

// messages converts chat messages to the client library's.
func messages(ms []newsbot.ChatMessage) []goopenai.ChatCompletionMessage {
	out := make([]goopenai.ChatCompletionMessage, len(ms))
	for i, m := range ms {
		out[i] = goopenai.ChatCompletionMessage{Role: m.Role, Content: m.Content}
	}
	return out
}

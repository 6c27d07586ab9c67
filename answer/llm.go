package answer

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"strings"
	"sync/atomic"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/prompts"
)

// LLMConfig configures the client of an OpenAI-compatible chat server.
// Only one of APIKey and BaseURL is required.
type LLMConfig struct {
	APIKey  string // OPENAI_API_KEY; may be empty for local servers
	BaseURL string // OPENAI_BASE_URL; default the OpenAI API
	Model   string // NEWSBOT_CHAT_MODEL; default DefaultChatModel

	// Azure selects Azure OpenAI (deployment URLs, api-key header). It is
	// chosen automatically when BaseURL's host ends in .openai.azure.com or
	// .cognitiveservices.azure.com; Model then names the deployment.
	Azure      bool
	APIVersion string // Azure API version; default DefaultAzureAPIVersion

	ContextWindow   int           // model's window in tokens; default 8192
	MaxAnswerTokens int           // tokens the answer may use; default 700
	MaxAnswerChars  int           // a longer answer is cut at a sentence end; default 1500
	Timeout         time.Duration // per attempt, within the context's deadline; default 60s
	MaxRetries      int           // retries after a 429 or 5xx; default 3; -1 for none
	Backoff         time.Duration // first retry delay, doubled each time; default 500ms
	// PlainText disables response_format JSON schemas, for servers that
	// reject them. Without it, a server that rejects the schema once gets
	// plain-text requests from then on.
	PlainText  bool
	HTTPClient *http.Client
}

// Defaults of LLMConfig.
const (
	DefaultChatModel       = "gpt-4o-mini"
	DefaultAzureAPIVersion = "2024-10-21"
)

// LLM is a chat client with retries, typed errors and streaming. It is
// safe for concurrent use.
type LLM struct {
	client *openai.Client
	cfg    LLMConfig
	plain  atomic.Bool // the server rejected response_format
}

// NewLLM returns a client for cfg. It returns an EINVALID error when
// neither an API key nor a base URL is given (answer extractively then),
// or when the base URL is not an http(s) URL.
func NewLLM(cfg LLMConfig) (*LLM, error) {
	cfg.APIKey, cfg.BaseURL = strings.TrimSpace(cfg.APIKey), strings.TrimSpace(cfg.BaseURL)
	if cfg.APIKey == "" && cfg.BaseURL == "" {
		return nil, newsbot.Errorf(newsbot.EINVALID, "no LLM configured: set OPENAI_API_KEY or OPENAI_BASE_URL, or leave both unset for extractive answers")
	}
	if cfg.BaseURL != "" {
		u, err := url.Parse(cfg.BaseURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, newsbot.Errorf(newsbot.EINVALID, "OPENAI_BASE_URL %q is not an http(s) URL: give e.g. http://localhost:11434/v1", cfg.BaseURL)
		}
		if h := u.Hostname(); strings.HasSuffix(h, ".openai.azure.com") || strings.HasSuffix(h, ".cognitiveservices.azure.com") {
			cfg.Azure = true
		}
	}
	setDefaults(&cfg)
	var oc openai.ClientConfig
	if cfg.Azure {
		oc = openai.DefaultAzureConfig(cfg.APIKey, cfg.BaseURL)
		oc.APIVersion = cfg.APIVersion
		oc.AzureModelMapperFunc = func(model string) string { return model } // Model is the deployment name
	} else {
		oc = openai.DefaultConfig(cfg.APIKey)
		if cfg.BaseURL != "" {
			oc.BaseURL = strings.TrimRight(cfg.BaseURL, "/")
		}
	}
	oc.HTTPClient = withRetryAfter(cfg.HTTPClient)
	l := &LLM{client: openai.NewClientWithConfig(oc), cfg: cfg}
	l.plain.Store(cfg.PlainText)
	return l, nil
}

func setDefaults(c *LLMConfig) {
	if c.Model == "" {
		c.Model = DefaultChatModel
	}
	if c.APIVersion == "" {
		c.APIVersion = DefaultAzureAPIVersion
	}
	if c.ContextWindow <= 0 {
		c.ContextWindow = 8192
	}
	if c.MaxAnswerTokens <= 0 {
		c.MaxAnswerTokens = 700
	}
	if c.MaxAnswerChars <= 0 {
		c.MaxAnswerChars = 1500
	}
	if c.Timeout <= 0 {
		c.Timeout = 60 * time.Second
	}
	if c.MaxRetries == 0 {
		c.MaxRetries = 3
	} else if c.MaxRetries < 0 {
		c.MaxRetries = 0
	}
	if c.Backoff <= 0 {
		c.Backoff = 500 * time.Millisecond
	}
}

// Model returns the model (or Azure deployment) the client asks for.
func (l *LLM) Model() string { return l.cfg.Model }

// APIError is an error answer of the LLM server: its HTTP status and
// message. Err is the client library's error.
type APIError struct {
	Status  int
	Message string
	// RetryAfter is the wait the server asked for (Retry-After), if any.
	RetryAfter time.Duration
	Err        error
}

// Error implements error.
func (e *APIError) Error() string {
	return fmt.Sprintf("llm server: status %d: %s", e.Status, e.Message)
}

// Unwrap returns the client library's error.
func (e *APIError) Unwrap() error { return e.Err }

// Temporary reports whether retrying may help: rate limits and server errors.
func (e *APIError) Temporary() bool {
	return e.Status == http.StatusTooManyRequests || e.Status >= 500
}

// apiError converts the client library's errors to *APIError; other
// errors (network, context, decoding) are returned as they are.
func apiError(err error) error {
	var ae *openai.APIError
	var re *openai.RequestError
	switch {
	case errors.As(err, &ae):
		return &APIError{Status: ae.HTTPStatusCode, Message: ae.Message, Err: err}
	case errors.As(err, &re):
		msg := strings.TrimSpace(string(re.Body))
		if len(msg) > 300 {
			msg = msg[:300] + "…"
		}
		if msg == "" {
			msg = re.HTTPStatus
		}
		return &APIError{Status: re.HTTPStatusCode, Message: msg, Err: err}
	}
	return err
}

// chatRequest is one request to the server.
type chatRequest struct {
	Messages []openai.ChatCompletionMessage
	Schema   bool // ask for the answer JSON schema
	Stream   func(received int)
	MaxTok   int
}

// complete sends a chat request, retrying rate limits and server errors
// with exponential backoff and jitter, each attempt bounded by the
// configured timeout and all by ctx. It returns the reply's text.
func (l *LLM) complete(ctx context.Context, r chatRequest) (string, error) {
	var err error
	for attempt := 0; ; attempt++ {
		var text string
		text, err = l.once(ctx, r)
		if err == nil {
			return text, nil
		}
		var ae *APIError
		if !errors.As(err, &ae) || !ae.Temporary() || attempt >= l.cfg.MaxRetries || ae.RetryAfter > MaxRetryAfter {
			return "", err
		}
		d := l.cfg.Backoff << attempt
		d = max(d/2+rand.N(d/2+1), ae.RetryAfter)
		select {
		case <-ctx.Done():
			return "", fmt.Errorf("%w (after %v)", ctx.Err(), err)
		case <-time.After(d):
		}
	}
}

func (l *LLM) once(ctx context.Context, r chatRequest) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, l.cfg.Timeout)
	defer cancel()
	ctx, retryAfter := recordRetryAfter(ctx)
	text, err := l.send(ctx, r)
	var ae *APIError
	if errors.As(err, &ae) {
		ae.RetryAfter = *retryAfter
	}
	return text, err
}

// send makes one request.
func (l *LLM) send(ctx context.Context, r chatRequest) (string, error) {
	req := openai.ChatCompletionRequest{
		Model: l.cfg.Model, Messages: r.Messages, MaxTokens: r.MaxTok, Temperature: 0.1,
	}
	if r.Schema {
		req.ResponseFormat = answerFormat
	}
	if r.Stream != nil {
		return l.stream(ctx, req, r.Stream)
	}
	resp, err := l.client.CreateChatCompletion(ctx, req)
	if err != nil {
		return "", apiError(err)
	}
	if len(resp.Choices) == 0 {
		return "", errors.New("llm server: reply has no choices")
	}
	return resp.Choices[0].Message.Content, nil
}

// stream reads a streamed reply, reporting the characters received so far.
func (l *LLM) stream(ctx context.Context, req openai.ChatCompletionRequest, progress func(int)) (string, error) {
	req.Stream = true
	st, err := l.client.CreateChatCompletionStream(ctx, req)
	if err != nil {
		return "", apiError(err)
	}
	defer st.Close()
	var b strings.Builder
	for {
		resp, err := st.Recv()
		if errors.Is(err, io.EOF) {
			return b.String(), nil
		} else if err != nil {
			return "", apiError(err)
		}
		for _, c := range resp.Choices {
			b.WriteString(c.Delta.Content)
		}
		progress(b.Len())
	}
}

// Complete sends one system and one user message and returns the reply,
// with the retries of the client. Errors from the server are *APIError.
func (l *LLM) Complete(ctx context.Context, system, user string) (string, error) {
	return l.complete(ctx, chatRequest{Messages: []openai.ChatCompletionMessage{
		{Role: openai.ChatMessageRoleSystem, Content: system},
		{Role: openai.ChatMessageRoleUser, Content: user},
	}, MaxTok: l.cfg.MaxAnswerTokens})
}

// Stream is Complete with a streamed reply: progress is called with the
// number of characters received so far (the text itself is unverified
// and must not be shown).
func (l *LLM) Stream(ctx context.Context, system, user string, progress func(received int)) (string, error) {
	return l.complete(ctx, chatRequest{Messages: []openai.ChatCompletionMessage{
		{Role: openai.ChatMessageRoleSystem, Content: system},
		{Role: openai.ChatMessageRoleUser, Content: user},
	}, MaxTok: l.cfg.MaxAnswerTokens, Stream: progress})
}

// Rewrite turns a follow-up question into a standalone search query using
// the earlier turns. It returns the question unchanged when the reply is
// empty or implausibly long.
func (l *LLM) Rewrite(ctx context.Context, question string, history []newsbot.Turn) (string, error) {
	h := make([]newsbot.Turn, len(history))
	for i, t := range history {
		h[i] = newsbot.Turn{Question: t.Question, Answer: newsbot.ClipText(t.Answer, 400)}
	}
	out, err := l.complete(ctx, chatRequest{Messages: []openai.ChatCompletionMessage{
		{Role: openai.ChatMessageRoleUser, Content: prompts.Rewrite(question, h)},
	}, MaxTok: 100})
	if err != nil {
		return "", err
	}
	out = strings.Trim(strings.TrimSpace(strings.SplitN(strings.TrimSpace(out), "\n", 2)[0]), "\"'“”")
	if out == "" || len(out) > 4*len(question)+300 {
		return question, nil
	}
	return out, nil
}

// progressKey carries a progress callback in a context.
type progressKey struct{}

// WithProgress returns a context that makes Service.Ask stream the LLM's
// reply and call f with the number of characters received so far, e.g. to
// show that an answer is being written. f must be safe to call from the
// goroutine running Ask.
func WithProgress(ctx context.Context, f func(received int)) context.Context {
	return context.WithValue(ctx, progressKey{}, f)
}

func progressFrom(ctx context.Context) func(int) {
	f, _ := ctx.Value(progressKey{}).(func(int))
	return f
}

// Package embedding turns texts into vectors: a client for any
// OpenAI-compatible /v1/embeddings endpoint (OpenAI, Azure, Ollama, vLLM,
// llama.cpp), batched and retried, and Hashing, an offline stand-in for
// trying the code paths without a model.
package embedding

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"net"
	"net/http"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"github.com/newsbot/newsbot"
)

// Config says where the embeddings server is and which model to ask for.
type Config struct {
	BaseURL string // e.g. http://localhost:11434/v1; "" means the OpenAI default
	APIKey  string // "" sends no Authorization header
	Model   string // required
	// DocPrefix and QueryPrefix: see Client.
	DocPrefix, QueryPrefix string
	// HTTPClient, when set, sends the requests (e.g. one that measures them).
	HTTPClient *http.Client
}

// Client embeds texts through an OpenAI-compatible embeddings endpoint. It
// is safe for concurrent use.
type Client struct {
	API   *openai.Client
	model string

	// BatchSize is the most texts sent in one request (default 64).
	BatchSize int
	// MaxRetries is how often a request failing with 429, a 5xx status or a
	// network error is retried (default 5).
	MaxRetries int
	// Backoff is the wait before the first retry; it doubles each time,
	// with jitter, up to 30 s (default 500 ms).
	Backoff time.Duration
	// DocPrefix and QueryPrefix are prepended to passages (Embed) and to
	// search queries (EmbedQuery), for models trained with them: e5
	// ("passage: ", "query: "), nomic-embed-text ("search_document: ",
	// "search_query: "), bge (a query instruction only).
	DocPrefix, QueryPrefix string
}

// New returns a client for cfg. It returns an EINVALID error when no model
// is named.
func New(cfg Config) (*Client, error) {
	if cfg.Model == "" {
		return nil, newsbot.Errorf(newsbot.EINVALID, "no embedding model named: set NEWSBOT_EMBED_MODEL")
	}
	oc := openai.DefaultConfig(cfg.APIKey)
	if cfg.BaseURL != "" {
		oc.BaseURL = cfg.BaseURL
	}
	if cfg.HTTPClient != nil {
		oc.HTTPClient = cfg.HTTPClient
	}
	return &Client{API: openai.NewClientWithConfig(oc), model: cfg.Model,
		DocPrefix: cfg.DocPrefix, QueryPrefix: cfg.QueryPrefix}, nil
}

// EmbedQuery embeds a search query, with QueryPrefix.
func (c *Client) EmbedQuery(ctx context.Context, query string) ([]float32, error) {
	v, err := c.embedBatch(ctx, []string{c.QueryPrefix + query})
	if err != nil {
		return nil, err
	}
	return v[0], nil
}

// Model returns the model name.
func (c *Client) Model() string { return c.model }

// Embed returns one vector per text (passages, with DocPrefix), in order.
// Texts are sent in batches;
// a batch failing with a rate limit, a server error or a network error is
// retried with exponential backoff. Other failures, and the last failed
// retry, return an EUNAVAIL error wrapping an *Error.
func (c *Client) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	size := c.BatchSize
	if size <= 0 {
		size = 64
	}
	if c.DocPrefix != "" {
		prefixed := make([]string, len(texts))
		for i, t := range texts {
			prefixed[i] = c.DocPrefix + t
		}
		texts = prefixed
	}
	out := make([][]float32, 0, len(texts))
	for start := 0; start < len(texts); start += size {
		batch := texts[start:min(start+size, len(texts))]
		vecs, err := c.embedBatch(ctx, batch)
		if err != nil {
			return nil, err
		}
		out = append(out, vecs...)
	}
	return out, nil
}

func (c *Client) embedBatch(ctx context.Context, texts []string) ([][]float32, error) {
	retries := c.MaxRetries
	if retries <= 0 {
		retries = 5
	}
	wait := c.Backoff
	if wait <= 0 {
		wait = 500 * time.Millisecond
	}
	for attempt := 0; ; attempt++ {
		vecs, err := c.request(ctx, texts)
		if err == nil {
			return vecs, nil
		} else if attempt >= retries || !retryable(err) || ctx.Err() != nil {
			return nil, &newsbot.Error{Code: newsbot.EUNAVAIL, Err: err, Message: fmt.Sprintf(
				"the embeddings server failed (%v): check OPENAI_BASE_URL, OPENAI_API_KEY and NEWSBOT_EMBED_MODEL", err)}
		}
		d := wait<<attempt + time.Duration(rand.Int64N(int64(wait)))
		d = min(d, 30*time.Second)
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(d):
		}
	}
}

func (c *Client) request(ctx context.Context, texts []string) ([][]float32, error) {
	resp, err := c.API.CreateEmbeddings(ctx, openai.EmbeddingRequestStrings{
		Input: texts, Model: openai.EmbeddingModel(c.model),
	})
	if err != nil {
		return nil, &Error{Model: c.model, Err: err}
	}
	if len(resp.Data) != len(texts) {
		return nil, &Error{Model: c.model, Err: fmt.Errorf("server returned %d vectors for %d texts", len(resp.Data), len(texts))}
	}
	out := make([][]float32, len(texts))
	for _, d := range resp.Data {
		if d.Index < 0 || d.Index >= len(texts) || out[d.Index] != nil {
			return nil, &Error{Model: c.model, Err: fmt.Errorf("server returned a bad vector index %d", d.Index)}
		}
		out[d.Index] = d.Embedding
	}
	for i, v := range out {
		if len(v) == 0 || len(v) != len(out[0]) {
			return nil, &Error{Model: c.model, Err: fmt.Errorf("server returned vectors of differing sizes (%d and %d)", len(v), len(out[0]))}
		}
		if !finite(v) {
			return nil, &Error{Model: c.model, Err: fmt.Errorf("server returned a vector with NaN or Inf for text %d", i)}
		}
	}
	return out, nil
}

// Error is a failed embeddings request. Err keeps the client's error: an
// *openai.APIError or *openai.RequestError carries the HTTP status and body.
type Error struct {
	Model string
	Err   error
}

// Error implements the error interface.
func (e *Error) Error() string {
	return fmt.Sprintf("embeddings (model %s): %v", e.Model, e.Err)
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// Status returns the HTTP status of the failed request, or 0 when there was
// no response.
func (e *Error) Status() int {
	var api *openai.APIError
	var req *openai.RequestError
	switch {
	case errors.As(e.Err, &api):
		return api.HTTPStatusCode
	case errors.As(e.Err, &req):
		return req.HTTPStatusCode
	}
	return 0
}

func retryable(err error) bool {
	var e *Error
	if !errors.As(err, &e) {
		return false
	}
	if s := e.Status(); s == 429 || s >= 500 {
		return true
	}
	var ne net.Error
	return errors.As(err, &ne)
}

func finite(v []float32) bool {
	for _, x := range v {
		if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
			return false
		}
	}
	return true
}

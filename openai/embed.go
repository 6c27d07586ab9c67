package openai

import (
	"context"
	"fmt"
	"math"
	"strings"
	"time"

	goopenai "github.com/sashabaranov/go-openai"

	"github.com/newsbot/newsbot"
)

// EmbedConfig configures an embeddings client.
type EmbedConfig struct {
	Server
	Model string // required: the model name (Azure: the deployment)
	// DocPrefix and QueryPrefix: see Embedder.
	DocPrefix, QueryPrefix string
}

// Embedder embeds texts through an OpenAI-compatible embeddings endpoint
// (or an Azure OpenAI deployment). It is safe for concurrent use.
type Embedder struct {
	client *goopenai.Client
	server Server
	model  string
	names  vars

	// BatchSize is the most texts sent in one request (default 64).
	BatchSize int
	// Retries of a request failing with 429, a 5xx status or a network
	// error (default 5 retries).
	Retries Retries
	// DocPrefix and QueryPrefix are prepended to passages (Embed) and to
	// search queries (EmbedQuery), for models trained with them: e5
	// ("passage: ", "query: "), nomic-embed-text ("search_document: ",
	// "search_query: "), bge (a query instruction only).
	DocPrefix, QueryPrefix string
}

var _ newsbot.QueryEmbedder = (*Embedder)(nil)

// NewEmbedder returns a client for cfg. It returns an EINVALID error when
// no model is named, the base URL is not an http(s) URL, or Azure lacks
// its endpoint or key.
func NewEmbedder(cfg EmbedConfig) (*Embedder, error) {
	if err := cfg.Server.check(); err != nil {
		return nil, err
	}
	modelVar := "NEWSBOT_EMBED_MODEL"
	if cfg.Azure {
		modelVar = "AZURE_OPENAI_EMBED_DEPLOYMENT"
	}
	if cfg.Model = strings.TrimSpace(cfg.Model); cfg.Model == "" {
		return nil, newsbot.Errorf(newsbot.EINVALID, "no embedding model named: set %s", modelVar)
	}
	return &Embedder{client: cfg.Server.client(), server: cfg.Server, model: cfg.Model, names: varsFor(&cfg.Server, modelVar),
		DocPrefix: cfg.DocPrefix, QueryPrefix: cfg.QueryPrefix}, nil
}

// Model returns the model name (Azure: the deployment).
func (c *Embedder) Model() string { return c.model }

// Backend describes the client for logs.
func (c *Embedder) Backend() Backend { return c.server.backend(c.model) }

// EmbedQuery embeds a search query, with QueryPrefix.
func (c *Embedder) EmbedQuery(ctx context.Context, query string) ([]float32, error) {
	v, err := c.embedBatch(ctx, []string{c.QueryPrefix + query})
	if err != nil {
		return nil, err
	}
	return v[0], nil
}

// Embed returns one vector per text (passages, with DocPrefix), in order.
// Texts are sent in batches; a batch failing with a rate limit, a server
// error or a network error is retried with exponential backoff. Other
// failures, and the last failed retry, return an EUNAVAIL error wrapping
// an *Error.
func (c *Embedder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
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
		vecs, err := c.embedBatch(ctx, texts[start:min(start+size, len(texts))])
		if err != nil {
			return nil, err
		}
		out = append(out, vecs...)
	}
	return out, nil
}

// embedBatch embeds one batch, with retries.
func (c *Embedder) embedBatch(ctx context.Context, texts []string) ([][]float32, error) {
	var vecs [][]float32
	retryable := func(e *Error) bool { return e.Temporary() || e.network() }
	err := c.Retries.withDefaults(5).do(ctx, retryable, func(ctx context.Context) error {
		var err error
		vecs, err = c.request(ctx, texts)
		return err
	})
	if e, ok := err.(*Error); ok {
		return nil, unavailable(e, c.names)
	}
	return vecs, err
}

// request makes one request and checks the vectors.
func (c *Embedder) request(ctx context.Context, texts []string) ([][]float32, error) {
	start := time.Now()
	resp, err := c.client.CreateEmbeddings(ctx, goopenai.EmbeddingRequestStrings{
		Input: texts, Model: goopenai.EmbeddingModel(c.model),
	})
	if err != nil {
		err = newError("embeddings", c.model, err, c.names)
	}
	c.server.observe("embeddings", c.model, start, resp.Usage, err)
	if err != nil {
		return nil, err
	}
	bad := func(format string, args ...any) error {
		return &Error{Op: "embeddings", Model: c.model, Err: fmt.Errorf(format, args...)}
	}
	if len(resp.Data) != len(texts) {
		return nil, bad("server returned %d vectors for %d texts", len(resp.Data), len(texts))
	}
	out := make([][]float32, len(texts))
	for _, d := range resp.Data {
		if d.Index < 0 || d.Index >= len(texts) || out[d.Index] != nil {
			return nil, bad("server returned a bad vector index %d", d.Index)
		}
		out[d.Index] = d.Embedding
	}
	for i, v := range out {
		if len(v) == 0 || len(v) != len(out[0]) {
			return nil, bad("server returned vectors of differing sizes (%d and %d)", len(v), len(out[0]))
		}
		if !finite(v) {
			return nil, bad("server returned a vector with NaN or Inf for text %d", i)
		}
	}
	return out, nil
}

func finite(v []float32) bool {
	for _, x := range v {
		if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
			return false
		}
	}
	return true
}

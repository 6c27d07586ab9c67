package openai_test

import (
	"context"
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/internal/fakeopenai"
	"github.com/newsbot/newsbot/openai"
)

func newEmbedder(t *testing.T, srv *fakeopenai.Server) *openai.Embedder {
	t.Helper()
	c, err := openai.NewEmbedder(openai.EmbedConfig{Server: openai.Server{BaseURL: srv.URL()}, Model: "test-embed"})
	if err != nil {
		t.Fatal(err)
	}
	c.Retries.Backoff = time.Millisecond
	return c
}

func TestEmbedder(t *testing.T) {
	ctx := context.Background()

	t.Run("OK", func(t *testing.T) {
		srv := fakeopenai.New(t)
		c := newEmbedder(t, srv)
		c.BatchSize = 2
		texts := []string{"Russia resumes air strikes", "the air strikes on Aleppo", "a recipe for bread", "bread recipes"}
		vecs, err := c.Embed(ctx, texts)
		if err != nil {
			t.Fatal(err)
		}
		if len(vecs) != 4 || len(vecs[0]) != fakeopenai.DefaultDim {
			t.Fatalf("got %d vectors of %d dims", len(vecs), len(vecs[0]))
		}
		if reqs := srv.Embeddings(); len(reqs) != 2 || len(reqs[1].Input) != 2 || reqs[0].Model != "test-embed" {
			t.Fatalf("requests = %+v, want 2 batches of 2 for test-embed", reqs)
		}
		if cos(vecs[0], vecs[1]) <= cos(vecs[0], vecs[2]) {
			t.Fatalf("order lost: related texts are less similar than unrelated ones")
		}
	})

	t.Run("Prefixes", func(t *testing.T) {
		srv := fakeopenai.New(t)
		c := newEmbedder(t, srv)
		c.DocPrefix, c.QueryPrefix = "passage: ", "query: "
		if _, err := c.Embed(ctx, []string{"a text"}); err != nil {
			t.Fatal(err)
		}
		if _, err := c.EmbedQuery(ctx, "a question"); err != nil {
			t.Fatal(err)
		}
		reqs := srv.Embeddings()
		if len(reqs) != 2 || reqs[0].Input[0] != "passage: a text" || reqs[1].Input[0] != "query: a question" {
			t.Fatalf("requests = %+v", reqs)
		}
	})

	t.Run("RetriesRateLimitAndServerErrors", func(t *testing.T) {
		srv := fakeopenai.New(t)
		srv.FailEmbeddings(fakeopenai.Reply{Status: 429, Message: "slow down"}, fakeopenai.Reply{Status: 503, Message: "busy"})
		vecs, err := newEmbedder(t, srv).Embed(ctx, []string{"one"})
		if err != nil || len(vecs) != 1 {
			t.Fatalf("after 429 and 503: %d vectors, %v", len(vecs), err)
		}
		if n := len(srv.Embeddings()); n != 3 {
			t.Fatalf("%d requests, want 3", n)
		}
	})

	t.Run("ErrBadRequestNotRetried", func(t *testing.T) {
		srv := fakeopenai.New(t)
		srv.FailEmbeddings(fakeopenai.Reply{Status: 400, Message: "model not found"})
		_, err := newEmbedder(t, srv).Embed(ctx, []string{"one"})
		var e *openai.Error
		if !errors.As(err, &e) || e.Status != 400 || e.Message != "model not found" || newsbot.ErrorCode(err) != newsbot.EUNAVAIL {
			t.Fatalf("err = %v, want an EUNAVAIL *openai.Error with status 400", err)
		}
		if !strings.Contains(newsbot.ErrorMessage(err), "NEWSBOT_EMBED_MODEL") {
			t.Fatalf("message %q does not say what to check", newsbot.ErrorMessage(err))
		}
		if n := len(srv.Embeddings()); n != 1 {
			t.Fatalf("%d requests, want 1 (a 400 is not retried)", n)
		}
	})

	t.Run("ErrGivesUp", func(t *testing.T) {
		srv := fakeopenai.New(t)
		srv.FailEmbeddings(fakeopenai.Reply{Status: 500}, fakeopenai.Reply{Status: 500}, fakeopenai.Reply{Status: 500})
		c := newEmbedder(t, srv)
		c.Retries.Max = 2
		if _, err := c.Embed(ctx, []string{"one"}); err == nil {
			t.Fatal("no error after the retries ran out")
		}
		if n := len(srv.Embeddings()); n != 3 {
			t.Fatalf("%d requests, want 3", n)
		}
	})

	t.Run("ErrGarbage", func(t *testing.T) {
		srv := fakeopenai.New(t)
		srv.FailEmbeddings(fakeopenai.Reply{Raw: "<html>proxy error</html>"})
		if _, err := newEmbedder(t, srv).Embed(ctx, []string{"one"}); err == nil {
			t.Fatal("no error for a non-JSON reply")
		}
	})

	t.Run("ErrNoModel", func(t *testing.T) {
		if _, err := openai.NewEmbedder(openai.EmbedConfig{}); newsbot.ErrorCode(err) != newsbot.EINVALID {
			t.Fatalf("err = %v, want EINVALID", err)
		}
	})
}

func cos(a, b []float32) float64 {
	var d, na, nb float64
	for i := range a {
		d += float64(a[i]) * float64(b[i])
		na += float64(a[i]) * float64(a[i])
		nb += float64(b[i]) * float64(b[i])
	}
	return d / (math.Sqrt(na)*math.Sqrt(nb) + 1e-12)
}

package retrieval_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/embedding"
	"github.com/newsbot/newsbot/ingest"
	"github.com/newsbot/newsbot/internal/fakeopenai"
	"github.com/newsbot/newsbot/openai"
	"github.com/newsbot/newsbot/retrieval"
	"github.com/newsbot/newsbot/store/sqlite"
	"github.com/newsbot/newsbot/store/storetest"
)

// addArticle stores an article of body paragraphs through the ingest
// pipeline and returns its id.
func addArticle(t *testing.T, db *sqlite.DB, guild, title, published string, paras ...string) int64 {
	t.Helper()
	c := &ingest.Cleaned{Title: title, Published: published}
	c.Paragraphs = append(c.Paragraphs, ingest.Paragraph{Text: title, Kind: newsbot.KindHeadline})
	for _, p := range paras {
		c.Paragraphs = append(c.Paragraphs, ingest.Paragraph{Text: p, Kind: newsbot.KindBody})
	}
	res, err := ingest.New(db).AddCleaned(context.Background(), guild, c, ingest.Meta{})
	if err != nil {
		t.Fatal(err)
	}
	return res.ID
}

// fakeClient returns the real embeddings client talking to the fake
// OpenAI server.
func fakeClient(t *testing.T) (*openai.Embedder, *fakeopenai.Server) {
	t.Helper()
	srv := fakeopenai.New(t)
	c, err := openai.NewEmbedder(openai.EmbedConfig{Server: openai.Server{BaseURL: srv.URL()}, Model: "fake-embed"})
	if err != nil {
		t.Fatal(err)
	}
	c.Retries.Backoff = time.Millisecond
	return c, srv
}

func reindex(t *testing.T, db *sqlite.DB, e retrieval.Embedder) *retrieval.IndexStats {
	t.Helper()
	st, err := (&retrieval.Indexer{Vectors: db, Embedder: e}).Reindex(context.Background(), false)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func articleIDs(ps []newsbot.Passage) []int64 {
	var out []int64
	for _, p := range ps {
		out = append(out, p.ArticleID)
	}
	return out
}

func TestHybrid(t *testing.T) {
	ctx := context.Background()
	db := storetest.MustOpen(t)
	emb, _ := fakeClient(t)
	harbour := addArticle(t, db, "g1", "Harbour reopens after storm", "2024-03-01",
		"The harbour authority reopened the northern quay on Friday after the storm damaged two cranes.",
		"Fishing crews said the closure had cost them a week of catches.")
	bridge := addArticle(t, db, "g1", "Council approves bridge repairs", "2024-02-01",
		"The council voted to repair the old stone bridge, which engineers found cracked in January.",
		"Repairs will close the bridge to lorries until the autumn.")
	secret := addArticle(t, db, "g2", "Harbour cranes damaged in storm", "2024-03-02",
		"Storm winds toppled harbour cranes on the northern quay, the port said.")
	st := reindex(t, db, emb)
	if total, _, _ := db.CountChunks(ctx, ""); st.Embedded != total || st.Model != "fake-embed" || st.Dim != fakeopenai.DefaultDim {
		t.Fatalf("reindex = %+v, want every chunk embedded with fake-embed", st)
	}
	s := &retrieval.Searcher{Store: db, Vectors: db, Embedder: emb}

	t.Run("OK", func(t *testing.T) {
		ps, err := s.Search(ctx, "g1", "When did the harbour quay reopen after the storm?", 3)
		if err != nil || len(ps) == 0 {
			t.Fatalf("search = %v, %v", ps, err)
		}
		if ps[0].ArticleID != harbour || ps[0].Rank != 1 || ps[0].Score <= 0 {
			t.Fatalf("top passage = %+v, want the harbour article", ps[0])
		}
	})

	t.Run("GuildIsolation", func(t *testing.T) {
		for _, mode := range []string{retrieval.ModeHybrid, retrieval.ModeVector} {
			s := &retrieval.Searcher{Store: db, Vectors: db, Embedder: emb, Mode: mode}
			ps, err := s.Search(ctx, "g1", "harbour cranes toppled by storm winds", 10)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range ps {
				if p.ArticleID == secret {
					t.Fatalf("%s search in g1 returned g2's article", mode)
				}
			}
		}
	})

	t.Run("VectorOnlyRanksBySimilarity", func(t *testing.T) {
		vs := &retrieval.Searcher{Store: db, Vectors: db, Embedder: emb, Mode: retrieval.ModeVector}
		ps, err := vs.Search(ctx, "g1", "engineers found the stone bridge cracked", 5)
		if err != nil || len(ps) != 2 || ps[0].ArticleID != bridge {
			t.Fatalf("vector search = %+v, %v; want the bridge article first, of 2", ps, err)
		}
		if ps[0].Score < ps[1].Score || ps[0].Score > 1.0001 {
			t.Fatalf("scores %v, %v: want descending cosine similarities", ps[0].Score, ps[1].Score)
		}
	})

	t.Run("Quantized", func(t *testing.T) {
		qs := &retrieval.Searcher{Store: db, Vectors: db, Embedder: emb, Mode: retrieval.ModeVector, QuantizeAbove: 1}
		ps, err := qs.Search(ctx, "g1", "engineers found the stone bridge cracked", 5)
		exact, _ := (&retrieval.Searcher{Store: db, Vectors: db, Embedder: emb, Mode: retrieval.ModeVector}).Search(ctx, "g1", "engineers found the stone bridge cracked", 5)
		if err != nil || len(ps) != len(exact) || ps[0].ArticleID != bridge {
			t.Fatalf("int8 vector search = %v, %v; want %v", articleIDs(ps), err, articleIDs(exact))
		}
		if d := ps[0].Score - exact[0].Score; d > 0.01 || d < -0.01 {
			t.Fatalf("int8 score %.4f, float32 %.4f: want within 0.01", ps[0].Score, exact[0].Score)
		}
	})

	t.Run("CacheSeesNewAndDeleted", func(t *testing.T) {
		q := "volcanic ash grounded flights"
		if ps, _ := s.Search(ctx, "g1", q, 5); len(ps) != 0 && strings.Contains(ps[0].Text, "volcanic") {
			t.Fatal("found an article before it was added")
		}
		id := addArticle(t, db, "g1", "Ash cloud", "2024-04-01", "Volcanic ash grounded flights across the north on Monday.")
		ix := &retrieval.Indexer{Vectors: db, Embedder: emb}
		if err := ix.IndexArticle(ctx, "g1", id); err != nil {
			t.Fatal(err)
		}
		vs := &retrieval.Searcher{Store: db, Vectors: db, Embedder: emb, Mode: retrieval.ModeVector}
		vs.Search(ctx, "g1", "warm the cache", 1)
		if ps, _ := s.Search(ctx, "g1", q, 1); len(ps) != 1 || ps[0].ArticleID != id {
			t.Fatalf("after adding: %+v", ps)
		}
		if ps, _ := vs.Search(ctx, "g1", q, 1); len(ps) != 1 || ps[0].ArticleID != id {
			t.Fatalf("vector search after adding (incremental load): %+v", ps)
		}
		if err := db.DeleteArticle(ctx, "g1", id); err != nil {
			t.Fatal(err)
		}
		if ps, _ := vs.Search(ctx, "g1", q, 5); len(ps) > 0 && ps[0].ArticleID == id {
			t.Fatalf("vector search after deleting returned the deleted article")
		}
	})

	t.Run("EmbedderDownFallsBackToKeywords", func(t *testing.T) {
		down, srv := fakeClient(t)
		down.Retries.Max = 1
		reindex(t, db, down) // same model name, nothing left to embed
		srv.Close()
		now := func() time.Time { return time.Date(2026, 3, 9, 12, 0, 0, 0, time.UTC) }
		ds := &retrieval.Searcher{Store: db, Vectors: db, Embedder: down, Logger: slog.New(slog.DiscardHandler), Now: now}
		ps, err := ds.Search(ctx, "g1", "bridge repairs", 2)
		if err != nil || len(ps) == 0 || ps[0].ArticleID != bridge {
			t.Fatalf("hybrid with the embeddings server down = %v, %v; want keyword results", articleIDs(ps), err)
		}
		kw, _ := (&retrieval.Searcher{Store: db, Now: now}).Search(ctx, "g1", "bridge repairs", 2)
		if len(kw) != len(ps) || kw[0].ChunkID != ps[0].ChunkID || kw[0].Score != ps[0].Score {
			t.Fatalf("fallback differs from keyword search: %+v vs %+v", ps, kw)
		}
		vs := &retrieval.Searcher{Store: db, Vectors: db, Embedder: down, Mode: retrieval.ModeVector}
		if _, err := vs.Search(ctx, "g1", "bridge repairs", 2); err == nil {
			t.Fatal("vector-only search with the server down must fail")
		}
	})

	t.Run("ModelChangeFallsBackToKeywords", func(t *testing.T) {
		other := embedding.Hashing{Dim: 64}
		ms := &retrieval.Searcher{Store: db, Vectors: db, Embedder: other, Logger: slog.New(slog.DiscardHandler)}
		ps, err := ms.Search(ctx, "g1", "bridge repairs", 2)
		if err != nil || len(ps) == 0 || ps[0].ArticleID != bridge {
			t.Fatalf("search with another model = %+v, %v; want keyword results", ps, err)
		}
		id := addArticle(t, db, "g1", "Tram line opens", "", "The new tram line opened to passengers on Sunday.")
		err = (&retrieval.Indexer{Vectors: db, Embedder: other}).IndexArticle(ctx, "g1", id)
		if newsbot.ErrorCode(err) != newsbot.EINVALID || !strings.Contains(err.Error(), "newsbot reindex") {
			t.Fatalf("indexing with another model: err = %v, want EINVALID asking for reindex", err)
		}
		st := reindex(t, db, other)
		if !st.Reset || st.Dim != 64 {
			t.Fatalf("reindex with a new model = %+v, want a reset to 64 dims", st)
		}
		if total, have, _ := db.CountChunks(ctx, ""); total != have {
			t.Fatalf("after reindex %d of %d chunks have vectors", have, total)
		}
	})
}

func TestDiversityAndRecency(t *testing.T) {
	ctx := context.Background()
	db := storetest.MustOpen(t)
	emb := embedding.Hashing{}
	long := make([]string, 8)
	for i := range long {
		long[i] = strings.Repeat("Flood water rose in the valley town as the river burst its banks again. ", 6)
	}
	big := addArticle(t, db, "g", "Valley flood", "2020-01-01", long...)
	small := addArticle(t, db, "g", "River levels", "2020-01-01", "The river burst its banks near the old mill; flood water reached homes.")
	reindex(t, db, emb)
	s := &retrieval.Searcher{Store: db, Vectors: db, Embedder: emb}
	ps, err := s.Search(ctx, "g", "river flood water burst banks", 4)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, p := range ps {
		if p.ArticleID == big {
			n++
		}
	}
	if len(ps) != 4 || n != 3 || !contains(articleIDs(ps), small) {
		t.Fatalf("top 4 articles = %v: want the small article in, and the big one filling the rest", articleIDs(ps))
	}
	free := &retrieval.Searcher{Store: db, Vectors: db, Embedder: emb, MaxPerArticle: -1}
	ps, err = free.Search(ctx, "g", "river flood water burst banks", 4)
	if err != nil || len(ps) != 4 {
		t.Fatal(err)
	}
	for i := 1; i < len(ps); i++ {
		if ps[i].Score > ps[i-1].Score {
			t.Fatalf("without diversity the order must be by score: %v", ps)
		}
	}
	// Two identical reports, one older: recency decides; without it, the
	// first stored wins.
	old := addArticle(t, db, "g", "Mill fire", "2015-06-01", "A fire destroyed the old paper mill overnight, firefighters said.")
	recent := addArticle(t, db, "g", "Mill fire report", "2024-06-01", "A fire destroyed the old paper mill overnight, firefighters said!")
	reindex(t, db, emb)
	now := func() time.Time { return time.Date(2024, 7, 1, 0, 0, 0, 0, time.UTC) }
	s = &retrieval.Searcher{Store: db, Vectors: db, Embedder: emb, Now: now}
	if ps, _ := s.Search(ctx, "g", "paper mill fire", 2); len(ps) < 2 || ps[0].ArticleID != recent {
		t.Fatalf("with recency: %v, want %d first", articleIDs(ps), recent)
	}
	s = &retrieval.Searcher{Store: db, Vectors: db, Embedder: emb, Now: now, NoRecency: true}
	if ps, _ := s.Search(ctx, "g", "paper mill fire", 2); len(ps) < 2 || ps[0].ArticleID != old {
		t.Fatalf("without recency: %v, want %d first", articleIDs(ps), old)
	}
}

func contains(ids []int64, id int64) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// failAfter is an embedder that fails from its nth call on.
type failAfter struct {
	retrieval.Embedder
	n, calls int
}

func (f *failAfter) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	f.calls++
	if f.calls > f.n {
		return nil, errors.New("interrupted")
	}
	return f.Embedder.Embed(ctx, texts)
}

func TestReindexResumes(t *testing.T) {
	ctx := context.Background()
	db := storetest.MustOpen(t)
	for i := range 5 {
		addArticle(t, db, "g", "Report "+string(rune('A'+i)), "",
			"First paragraph of a report about the port and its cranes and ships.",
			"Second paragraph with more words about weather, storms and the fishing fleet.")
	}
	total, _, _ := db.CountChunks(ctx, "")
	var progress []int
	ix := &retrieval.Indexer{Vectors: db, Embedder: &failAfter{Embedder: embedding.Hashing{}, n: 2}, BatchSize: 2,
		Progress: func(done, total int) { progress = append(progress, done) }}
	if _, err := ix.Reindex(ctx, false); err == nil {
		t.Fatal("no error from an interrupted reindex")
	}
	if _, have, _ := db.CountChunks(ctx, ""); have != 4 || len(progress) != 2 {
		t.Fatalf("after interruption: %d vectors, progress %v; want 4 kept (2 batches)", have, progress)
	}
	st, err := (&retrieval.Indexer{Vectors: db, Embedder: embedding.Hashing{}, BatchSize: 2}).Reindex(ctx, false)
	if err != nil || st.Embedded != total-4 || st.Reset {
		t.Fatalf("resumed reindex = %+v, %v; want the %d remaining chunks", st, err, total-4)
	}
	if _, have, _ := db.CountChunks(ctx, ""); have != total {
		t.Fatalf("%d of %d chunks have vectors", have, total)
	}
}

// TestConcurrentSearch searches from several goroutines while articles are
// added and embedded (run with -race).
func TestConcurrentSearch(t *testing.T) {
	ctx := context.Background()
	db := storetest.MustOpen(t)
	emb := embedding.Hashing{Dim: 64}
	addArticle(t, db, "g", "Storm closes harbour", "", "The storm closed the harbour and grounded the ferries.")
	reindex(t, db, emb)
	s := &retrieval.Searcher{Store: db, Vectors: db, Embedder: emb, QuantizeAbove: 3}
	ix := &retrieval.Indexer{Vectors: db, Embedder: emb}
	done := make(chan error, 4)
	for w := range 4 {
		go func() {
			for i := range 20 {
				if _, err := s.Search(ctx, "g", fmt.Sprintf("storm harbour ferries %d", w*i), 3); err != nil {
					done <- err
					return
				}
			}
			done <- nil
		}()
	}
	for i := range 5 {
		id := addArticle(t, db, "g", fmt.Sprintf("Ferry report %d", i), "", fmt.Sprintf("Ferry service %d resumed after the storm cleared the harbour.", i))
		if err := ix.IndexArticle(ctx, "g", id); err != nil {
			t.Fatal(err)
		}
	}
	for range 4 {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
	s.Mode = retrieval.ModeVector // the same cache, now int8 (QuantizeAbove 3)
	if ps, _ := s.Search(ctx, "g", "ferry service resumed", 10); len(ps) != 6 {
		t.Fatalf("after concurrent adds, vector search sees %d chunks, want 6", len(ps))
	}
}

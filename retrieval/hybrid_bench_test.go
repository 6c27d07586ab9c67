package retrieval_test

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"testing"
	"time"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/ingest"
	"github.com/newsbot/newsbot/internal/corpus"
	"github.com/newsbot/newsbot/retrieval"
	"github.com/newsbot/newsbot/store/sqlite"
)

// benchDim is the dimension of the synthetic vectors: that of the small
// sentence-embedding models (all-MiniLM, bge-small, e5-small).
const benchDim = 384

// BenchmarkHybrid measures hybrid search (FTS5 BM25 + vectors, fused)
// through the real Searcher and SQLite store over 100,000 and 1,000,000
// chunks of synthetic news (internal/corpus) with synthetic clustered
// vectors, and reports p50/p99 latency of hybrid and keyword-only search
// and the heap after loading the vectors. Keyword search runs first, so
// that the page cache is equally warm for the hybrid run (which repeats its
// FTS5 queries). The store is built once and kept
// in $NEWSBOT_BENCH_DIR (default: the system temp directory), since the
// 1M-chunk one takes minutes to build and about 8 GB:
//
//	go test -tags sqlite_fts5 -run XXX -bench Hybrid -benchtime 300x -timeout 2h ./retrieval/
func BenchmarkHybrid(b *testing.B) {
	for _, n := range []int{100_000, 1_000_000} {
		b.Run(fmt.Sprintf("chunks=%d", n), func(b *testing.B) {
			ctx := context.Background()
			db := benchStore(b, n)
			var ms0, ms1 runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&ms0)
			emb := &benchEmbedder{dim: benchDim}
			hybrid := &retrieval.Searcher{Store: db, Vectors: db, Embedder: emb}
			t0 := time.Now()
			if _, err := hybrid.Search(ctx, newsbot.LocalGuild, "warm up the vector cache", 5); err != nil {
				b.Fatal(err)
			}
			load := time.Since(t0)
			runtime.GC()
			runtime.ReadMemStats(&ms1)
			heap := float64(ms1.HeapAlloc-min(ms0.HeapAlloc, ms1.HeapAlloc)) / (1 << 20)
			g := corpus.New(1)
			articles := n / 8
			for _, mode := range []string{retrieval.ModeKeyword, retrieval.ModeVector, retrieval.ModeHybrid} {
				b.Run(mode, func(b *testing.B) {
					s := hybrid
					if mode != retrieval.ModeHybrid {
						s = &retrieval.Searcher{Store: db, Vectors: db, Embedder: emb, Mode: mode}
						s.Search(ctx, newsbot.LocalGuild, "warm up", 5)
					}
					var lat []time.Duration
					for i := 0; b.Loop(); i++ {
						q := g.Question(i, articles).Text
						t := time.Now()
						if _, err := s.Search(ctx, newsbot.LocalGuild, q, 5); err != nil {
							b.Fatal(err)
						}
						lat = append(lat, time.Since(t))
					}
					slices.Sort(lat)
					b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
					b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
					b.ReportMetric(heap, "vectors-heap-MB")
					b.ReportMetric(load.Seconds(), "vector-load-s")
				})
			}
		})
	}
}

// benchStore opens, building if needed, a store of at least n chunks with a
// vector each.
func benchStore(b *testing.B, n int) *sqlite.DB {
	b.Helper()
	dir := os.Getenv("NEWSBOT_BENCH_DIR")
	if dir == "" {
		dir = os.TempDir()
	}
	path := filepath.Join(dir, fmt.Sprintf("newsbot-hybrid-%d.db", n))
	ctx := context.Background()
	if _, err := os.Stat(path + ".ok"); err == nil {
		db, err := sqlite.Open(ctx, path)
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { db.Close() })
		return db
	}
	os.Remove(path)
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	t0 := time.Now()
	if err := fillChunks(ctx, db, n); err != nil {
		b.Fatal(err)
	}
	b.Logf("built %d chunks in %s", n, time.Since(t0))
	t0 = time.Now()
	if err := fillVectors(ctx, db); err != nil {
		b.Fatal(err)
	}
	b.Logf("stored vectors in %s", time.Since(t0))
	if err := os.WriteFile(path+".ok", nil, 0o644); err != nil {
		b.Fatal(err)
	}
	return db
}

// fillChunks adds synthetic articles through the real cleaning and
// analysis until the store holds n chunks.
func fillChunks(ctx context.Context, db *sqlite.DB, n int) error {
	g := corpus.New(1)
	ing := ingest.New(db)
	chunks := 0
	for i := 0; chunks < n; {
		var docs []*newsbot.Document
		for ; len(docs) < 500; i++ {
			a := g.Article(i)
			c, err := ingest.CleanText(a.Text)
			if err != nil {
				return err
			}
			doc, err := ing.Analyse(c, ingest.Meta{Published: a.Published, Outlet: a.Outlet, URL: a.URL})
			if err != nil {
				return err
			}
			doc.Article.Guild = newsbot.LocalGuild
			docs = append(docs, doc)
		}
		if _, err := db.CreateDocuments(ctx, docs); err != nil {
			return err
		}
		for _, d := range docs {
			chunks += len(d.Chunks)
		}
	}
	return nil
}

// fillVectors gives every chunk a synthetic vector: one of 2,000 random
// centres plus noise, so that neighbours are clustered as with text.
func fillVectors(ctx context.Context, db *sqlite.DB) error {
	emb := &benchEmbedder{dim: benchDim}
	f := newsbot.ChunkFilter{Limit: 5000}
	for {
		todo, err := db.ChunksWithoutVectors(ctx, f)
		if err != nil || len(todo) == 0 {
			return err
		}
		vecs := make([]newsbot.ChunkVector, len(todo))
		for i, c := range todo {
			vecs[i] = newsbot.ChunkVector{ChunkID: c.ChunkID, Vector: emb.vector(uint64(c.ChunkID))}
		}
		if err := db.PutVectors(ctx, emb.Model(), vecs); err != nil {
			return err
		}
		f.After = todo[len(todo)-1].ChunkID
	}
}

// benchEmbedder makes synthetic vectors: a chunk's from its id, a query's
// from a counter, each a random centre plus noise.
type benchEmbedder struct {
	dim     int
	queries uint64
	centres [][]float32
}

func (e *benchEmbedder) Model() string { return fmt.Sprintf("bench-synthetic-%d", e.dim) }

func (e *benchEmbedder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	out := make([][]float32, len(texts))
	for i := range texts {
		e.queries++
		out[i] = e.vector(math.MaxUint32 + e.queries)
	}
	return out, nil
}

func (e *benchEmbedder) vector(seed uint64) []float32 {
	if e.centres == nil {
		r := rand.New(rand.NewPCG(42, 42))
		for range 2000 {
			c := make([]float32, e.dim)
			for j := range c {
				c[j] = float32(r.NormFloat64())
			}
			e.centres = append(e.centres, c)
		}
	}
	r := rand.New(rand.NewPCG(seed, 7))
	c := e.centres[r.IntN(len(e.centres))]
	v := make([]float32, e.dim)
	for j := range v {
		v[j] = c[j] + float32(r.NormFloat64())*0.8
	}
	return v
}

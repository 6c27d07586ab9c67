package bench_test

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/bench"
	"github.com/newsbot/newsbot/ingest"
	"github.com/newsbot/newsbot/internal/corpus"
	"github.com/newsbot/newsbot/retrieval"
	"github.com/newsbot/newsbot/store/sqlite"
	"github.com/newsbot/newsbot/store/storetest"
)

func TestIngestAndSearch(t *testing.T) {
	ctx := context.Background()
	db := storetest.MustOpen(t)
	g := corpus.New(1)
	rep, err := bench.Ingest(ctx, db, g, "local", 0, 120, 50, nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Articles != 120 || rep.Duplicates != 0 || rep.Chunks < 120*4 {
		t.Fatalf("ingest report = %+v; want 120 articles of several chunks each", rep)
	}
	// Ingesting them again stores nothing: every one is a duplicate.
	again, err := bench.Ingest(ctx, db, g, "local", 0, 10, 1, nil)
	if err != nil || again.Articles != 0 || again.Duplicates != 10 {
		t.Fatalf("second ingest = %+v, %v; want 10 duplicates", again, err)
	}
	s, err := bench.Search(ctx, db, g, "local", 120, 50, 5)
	if err != nil {
		t.Fatal(err)
	}
	if s.Queries != 50 || s.P50 <= 0 || s.P50 > s.P99 || s.P99 > s.Max {
		t.Fatalf("search report = %+v", s)
	}
	if s.Found < 25 {
		t.Errorf("the source article was in the top 5 for only %d of 50 questions", s.Found)
	}
}

// TestSearchFindsSource asks, for articles of a synthetic archive, about a
// person the article quotes, a place it names and its subject, as a
// reader who remembers the story would: the article must come back.
func TestSearchFindsSource(t *testing.T) {
	ctx := context.Background()
	db := storetest.MustOpen(t)
	g := corpus.New(5)
	if _, err := bench.Ingest(ctx, db, g, "local", 0, 300, 100, nil); err != nil {
		t.Fatal(err)
	}
	s := &retrieval.Searcher{Store: db}
	missed := 0
	for i := 0; i < 300; i += 10 {
		a := g.Article(i)
		q := "What did " + a.People[0] + " say in " + a.Places[0] + "?"
		ps, err := s.Search(ctx, "local", q, 5)
		if err != nil {
			t.Fatal(err)
		}
		if !hasArticle(ps, i) {
			missed++
			t.Logf("article %d not in the top 5 for %q", i, q)
		}
	}
	if missed > 3 {
		t.Errorf("missed %d of 30 articles", missed)
	}
}

func hasArticle(ps []newsbot.Passage, i int) bool {
	for _, p := range ps {
		if bench.ArticleIndex(p.URL) == i {
			return true
		}
	}
	return false
}

func TestPercentile(t *testing.T) {
	var ds []time.Duration
	for i := 1; i <= 100; i++ {
		ds = append(ds, time.Duration(i))
	}
	for _, c := range []struct {
		p    float64
		want time.Duration
	}{{50, 50}, {90, 90}, {99, 99}, {100, 100}, {0, 1}} {
		if got := bench.Percentile(ds, c.p); got != c.want {
			t.Errorf("Percentile(%v) = %v; want %v", c.p, got, c.want)
		}
	}
	if got := bench.Percentile(nil, 50); got != 0 {
		t.Errorf("Percentile of nothing = %v; want 0", got)
	}
}

func TestArticleIndex(t *testing.T) {
	a := corpus.New(1).Article(1234)
	if got := bench.ArticleIndex(a.URL); got != 1234 {
		t.Fatalf("ArticleIndex(%q) = %d; want 1234", a.URL, got)
	}
	for _, u := range []string{"", "https://example.com/", "https://example.com/x-y", "no-slash"} {
		if got := bench.ArticleIndex(u); got != -1 {
			t.Errorf("ArticleIndex(%q) = %d; want -1", u, got)
		}
	}
}

func TestReadMemory(t *testing.T) {
	m := bench.ReadMemory()
	if m.HeapInuse <= 0 || m.GoSys <= 0 {
		t.Fatalf("memory = %+v", m)
	}
	if _, err := os.Stat("/proc/self/status"); err == nil && (m.PeakRSS <= 0 || m.RSS <= 0 || m.RSS > m.PeakRSS) {
		t.Fatalf("memory = %+v; want RSS <= peak RSS, both set", m)
	}
}

// benchArticles returns the corpus size for the search benchmark:
// NEWSBOT_BENCH_ARTICLES, default 1,000 so that 'go test -bench .' stays
// quick. Set it to 100000 for the figure of docs/benchmarks.md.
func benchArticles(b *testing.B) int {
	n := 1000
	if s := os.Getenv("NEWSBOT_BENCH_ARTICLES"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil || n < 1 {
			b.Fatalf("NEWSBOT_BENCH_ARTICLES=%q: want a positive number", s)
		}
	}
	return n
}

// BenchmarkIngest adds b.N synthetic articles through the whole pipeline
// (clean, analyse, store in batches of 500) and reports articles/s.
func BenchmarkIngest(b *testing.B) {
	for _, batch := range []int{1, 500} {
		b.Run("batch="+strconv.Itoa(batch), func(b *testing.B) {
			db := storetest.MustOpen(b)
			b.ResetTimer()
			cpu := bench.ProcessCPU()
			rep, err := bench.Ingest(context.Background(), db, corpus.New(1), "local", 0, b.N, batch, nil)
			if err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(float64(rep.Articles)/b.Elapsed().Seconds(), "articles/s")
			b.ReportMetric(float64(bench.ProcessCPU()-cpu)/float64(b.N)/1e6, "cpu-ms/article")
			b.ReportMetric(float64(rep.Clean)/float64(b.N)/1e6, "clean-ms/article")
			if rep.Store > 0 { // measured apart only in batches
				b.ReportMetric(float64(rep.Store)/float64(b.N)/1e6, "store-ms/article")
			}
			b.ReportMetric(float64(bench.ReadMemory().PeakRSS)/(1<<20), "peak-RSS-MB")
		})
	}
}

var (
	searchOnce sync.Once
	searchDB   *sqlite.DB
	searchErr  error
)

// BenchmarkSearch runs one generated question per iteration through the
// keyword retriever over a prebuilt archive (built once per process, not
// timed), and reports latency percentiles. NEWSBOT_BENCH_DB names an
// archive that 'newsbot bench --keep' made instead (with
// NEWSBOT_BENCH_ARTICLES set to its --articles).
func BenchmarkSearch(b *testing.B) {
	ctx := context.Background()
	n := benchArticles(b)
	g := corpus.New(1)
	searchOnce.Do(func() {
		if path := os.Getenv("NEWSBOT_BENCH_DB"); path != "" {
			if _, err := os.Stat(path); err != nil {
				searchErr = err
				return
			}
			searchDB, searchErr = sqlite.Open(ctx, path)
			return
		}
		dir, err := os.MkdirTemp("", "newsbot-bench-")
		if err != nil {
			searchErr = err
			return
		}
		if searchDB, searchErr = sqlite.Open(ctx, filepath.Join(dir, "bench.db")); searchErr == nil {
			_, searchErr = bench.Ingest(ctx, searchDB, g, "local", 0, n, 1000, nil)
		}
	})
	if searchErr != nil {
		b.Fatal(searchErr)
	}
	b.ResetTimer()
	rep, err := bench.Search(ctx, searchDB, g, "local", n, b.N, 5)
	if err != nil {
		b.Fatal(err)
	}
	b.StopTimer()
	b.ReportMetric(float64(rep.P50)/1e6, "p50-ms")
	b.ReportMetric(float64(rep.P99)/1e6, "p99-ms")
	b.ReportMetric(float64(rep.CPU50)/1e6, "cpu-p50-ms")
	b.ReportMetric(float64(rep.CPU99)/1e6, "cpu-p99-ms")
	b.ReportMetric(100*float64(rep.Found)/float64(b.N), "found-%")
	b.ReportMetric(float64(bench.ReadMemory().PeakRSS)/(1<<20), "peak-RSS-MB")
}

// BenchmarkStore writes b.N analysed articles with CreateDocuments in
// batches of 500: the store's share of ingest, without cleaning and
// analysis (done before the timer starts).
func BenchmarkStore(b *testing.B) {
	ctx := context.Background()
	db := storetest.MustOpen(b)
	docs, err := bench.Documents(corpus.New(1), "local", 0, b.N)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	cpu := bench.ProcessCPU()
	for i := 0; i < len(docs); i += 500 {
		if _, err := db.CreateDocuments(ctx, docs[i:min(i+500, len(docs))]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(bench.ProcessCPU()-cpu)/float64(b.N)/1e6, "cpu-ms/article")
}

// BenchmarkAnalyse cleans and analyses synthetic articles without storing
// them (ingest.CleanText and Ingester.Analyse): the analysis share of
// ingest. The pages are generated before the timer starts; b.N articles
// are analysed, cycling through 2,000 generated ones.
func BenchmarkAnalyse(b *testing.B) {
	g := corpus.New(1)
	pages := make([]corpus.Article, 2000)
	for i := range pages {
		pages[i] = g.Article(i)
	}
	ing := ingest.New(nil)
	b.ResetTimer()
	cpu := bench.ProcessCPU()
	for i := 0; i < b.N; i++ {
		p := pages[i%len(pages)]
		c, err := ingest.CleanText(p.Text)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := ing.Analyse(c, ingest.Meta{URL: p.URL, Outlet: p.Outlet, Published: p.Published, AddedBy: "bench"}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(bench.ProcessCPU()-cpu)/float64(b.N)/1e6, "cpu-ms/article")
}

package answer_test

import (
	"context"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/answer"
	"github.com/newsbot/newsbot/internal/corpus"
	"github.com/newsbot/newsbot/retrieval"
	"github.com/newsbot/newsbot/store"
)

// timeBenchService returns a service over NEWSBOT_BENCH_DB (a database
// 'newsbot bench --keep' made, guild local, NEWSBOT_BENCH_ARTICLES
// articles) or, without it, over benchArticles articles built here.
func timeBenchService(b *testing.B) (*answer.Service, *corpus.Generator, string, int) {
	path := os.Getenv("NEWSBOT_BENCH_DB")
	if path == "" {
		svc, gen := benchService(b)
		return svc, gen, "bench", benchArticles
	}
	n, err := strconv.Atoi(os.Getenv("NEWSBOT_BENCH_ARTICLES"))
	if err != nil || n <= 0 {
		b.Fatal("NEWSBOT_BENCH_DB needs NEWSBOT_BENCH_ARTICLES, the number of articles it holds")
	}
	db, err := store.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	return &answer.Service{Store: db, Retriever: &retrieval.Searcher{Store: db}}, corpus.New(1), newsbot.LocalGuild, n
}

// BenchmarkAskTime measures what time handling costs an answer: the same
// questions asked plainly, with a period ("in 2024"), as "latest", and a
// period overview ("What happened last week?"). Metric p50-ms is the
// median answer time; the plain questions pay only for reading their
// (absent) time words and stamping as_of.
func BenchmarkAskTime(b *testing.B) {
	svc, gen, guild, n := timeBenchService(b)
	now := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	svc.Now = func() time.Time { return now }
	svc.Retriever.(*retrieval.Searcher).Now = svc.Now
	ctx := context.Background()
	for _, v := range []struct {
		name string
		form func(q string) string
	}{
		{"plain", func(q string) string { return q }},
		{"period", func(q string) string { return strings.TrimSuffix(q, "?") + " in 2024?" }},
		{"latest", func(q string) string { return "What is the latest: " + q }},
		{"overview", func(string) string { return "What happened last week?" }},
	} {
		b.Run(v.name, func(b *testing.B) {
			var times []time.Duration
			i := 0
			for b.Loop() {
				q := v.form(gen.Question(i, n).Text)
				i++
				t0 := time.Now()
				if _, err := svc.Ask(ctx, newsbot.Question{Guild: guild, Text: q}); err != nil {
					b.Fatal(err)
				}
				times = append(times, time.Since(t0))
			}
			slices.Sort(times)
			b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "p50-ms")
		})
	}
}

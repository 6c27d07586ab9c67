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
	"github.com/newsbot/newsbot/bench"
	"github.com/newsbot/newsbot/internal/corpus"
	"github.com/newsbot/newsbot/retrieval"
	"github.com/newsbot/newsbot/store/sqlite"
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
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	return &answer.Service{Store: db, Retriever: &retrieval.Searcher{Store: db}}, corpus.New(1), newsbot.LocalGuild, n
}

// BenchmarkAskTime measures what time handling costs an answer: the same
// questions asked plainly (with and without the recency preference of
// search), with a period ("in 2024"), as "latest", and a
// period overview ("What happened last week?"). Metric p50-ms is the
// median answer time; the plain questions pay only for reading their
// (absent) time words and stamping as_of. cpu-ms/op is the process's CPU
// time per answer, which a busy machine does not inflate as it does wall
// time.
func BenchmarkAskTime(b *testing.B) {
	svc, gen, guild, n := timeBenchService(b)
	now := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	svc.Now = func() time.Time { return now }
	svc.Retriever.(*retrieval.Searcher).Now = svc.Now
	ctx := context.Background()
	searcher := svc.Retriever.(*retrieval.Searcher)
	for _, v := range []struct {
		name      string
		form      func(q string) string
		noRecency bool
	}{
		{name: "plain-no-recency", form: func(q string) string { return q }, noRecency: true},
		{"plain", func(q string) string { return q }, false},
		{"period", func(q string) string { return strings.TrimSuffix(q, "?") + " in 2024?" }, false},
		{"latest", func(q string) string { return "What is the latest: " + q }, false},
		{"overview", func(string) string { return "What happened last week?" }, false},
	} {
		b.Run(v.name, func(b *testing.B) {
			searcher.NoRecency = v.noRecency
			var times []time.Duration
			i := 0
			cpu0 := bench.ProcessCPU()
			for b.Loop() {
				q := v.form(gen.Question(i, n).Text)
				i++
				t0 := time.Now()
				if _, err := svc.Ask(ctx, newsbot.Question{Guild: guild, Text: q}); err != nil {
					b.Fatal(err)
				}
				times = append(times, time.Since(t0))
			}
			cpu := bench.ProcessCPU() - cpu0
			slices.Sort(times)
			b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "p50-ms")
			b.ReportMetric(float64(cpu.Microseconds())/1000/float64(len(times)), "cpu-ms/op")
		})
	}
}

// BenchmarkAskRecencyPaired asks each question twice in a row, without and
// with the recency preference (which doubles the keyword results fetched),
// and reports the median of the paired differences (diff-p50-ms): on a
// busy machine, pairs cancel most of the noise that separate runs carry.
// Which goes first alternates, as the second of a pair finds warm caches.
func BenchmarkAskRecencyPaired(b *testing.B) {
	svc, gen, guild, n := timeBenchService(b)
	searcher := svc.Retriever.(*retrieval.Searcher)
	ctx := context.Background()
	var diffs, plain []time.Duration
	i := 0
	for b.Loop() {
		q := gen.Question(i, n).Text
		i++
		var took [2]time.Duration // without, with recency
		order := []int{0, 1}
		if i%2 == 0 {
			order = []int{1, 0} // the second ask of a pair finds warm caches: alternate
		}
		for _, j := range order {
			searcher.NoRecency = j == 0
			t0 := time.Now()
			if _, err := svc.Ask(ctx, newsbot.Question{Guild: guild, Text: q}); err != nil {
				b.Fatal(err)
			}
			took[j] = time.Since(t0)
		}
		plain = append(plain, took[0])
		diffs = append(diffs, took[1]-took[0])
	}
	slices.Sort(diffs)
	slices.Sort(plain)
	b.ReportMetric(float64(plain[len(plain)/2].Microseconds())/1000, "no-recency-p50-ms")
	b.ReportMetric(float64(diffs[len(diffs)/2].Microseconds())/1000, "diff-p50-ms")
}

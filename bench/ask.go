package bench

import (
	"context"
	"fmt"
	"runtime"
	"sort"
	"time"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/answer"
	"github.com/newsbot/newsbot/internal/corpus"
	"github.com/newsbot/newsbot/retrieval"
	"github.com/newsbot/newsbot/store/sqlite"
)

// AskReport is what Ask measured: the latency of whole extractive answers
// (search, loading the articles, scoring, composing, verifying quotes).
// Found counts the answers citing the question's source article.
type AskReport struct {
	SearchReport
	Answered int `json:"answered"`
}

// Ask asks each question through the real answer.Service (extractive
// mode, keyword retrieval of k passages) over db, and measures the latency
// of each answer. A question whose Article is -1 has no known source.
func Ask(ctx context.Context, db *sqlite.DB, guild string, qs []corpus.Question, k int) (*AskReport, error) {
	q := len(qs)
	svc := &answer.Service{Store: db, Retriever: &retrieval.Searcher{Store: db}}
	rep := &AskReport{SearchReport: SearchReport{Queries: q}}
	lat := make([]time.Duration, 0, q)
	cpu := make([]time.Duration, 0, q)
	var total time.Duration
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	for _, qu := range qs {
		c0, t0 := threadCPU(), time.Now()
		ans, err := svc.Ask(ctx, newsbot.Question{Guild: guild, Text: qu.Text, K: k})
		d, c := time.Since(t0), threadCPU()-c0
		if err != nil {
			return nil, fmt.Errorf("ask %q: %w", qu.Text, err)
		}
		lat, cpu, total = append(lat, d), append(cpu, c), total+d
		rep.count(ans, qu.Article)
	}
	if q == 0 {
		return rep, nil
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	sort.Slice(cpu, func(i, j int) bool { return cpu[i] < cpu[j] })
	rep.P50, rep.P90, rep.P99 = Percentile(lat, 50), Percentile(lat, 90), Percentile(lat, 99)
	rep.Max, rep.Mean = lat[len(lat)-1], total/time.Duration(q)
	rep.CPU50, rep.CPU90, rep.CPU99 = Percentile(cpu, 50), Percentile(cpu, 90), Percentile(cpu, 99)
	return rep, nil
}

// count records whether an answer was given and cites the source article.
func (r *AskReport) count(ans *newsbot.Answer, article int) {
	if !ans.Supported {
		r.Empty++
		return
	}
	r.Answered++
	for _, c := range ans.Citations {
		if ArticleIndex(c.URL) == article {
			r.Found++
			return
		}
	}
}

package bench

import (
	"context"
	"fmt"
	"runtime"
	"time"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/answer"
	"github.com/newsbot/newsbot/internal/corpus"
	"github.com/newsbot/newsbot/retrieval"
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
func Ask(ctx context.Context, db Store, guild string, qs []corpus.Question, k int) (*AskReport, error) {
	svc := &answer.Service{Store: db, Retriever: &retrieval.Searcher{Store: db}}
	rep := &AskReport{SearchReport: SearchReport{Queries: len(qs)}}
	var t timings
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	for _, qu := range qs {
		s0, c0, t0 := serverCPU(ctx, db), threadCPU(), time.Now()
		ans, err := svc.Ask(ctx, newsbot.Question{Guild: guild, Text: qu.Text, K: k})
		d, c := time.Since(t0), threadCPU()-c0
		if err != nil {
			return nil, fmt.Errorf("ask %q: %w", qu.Text, err)
		}
		t.add(d, c, serverCPU(ctx, db)-s0)
		rep.count(ans, qu.Article)
	}
	t.fill(&rep.SearchReport)
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

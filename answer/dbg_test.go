package answer

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/newsbot/newsbot/ingest"
	"github.com/newsbot/newsbot/retrieval"
	"github.com/newsbot/newsbot/store/storetest"
)

// TestDbgCands is a diagnostic, not a check: with Q="question|question"
// it prints how the answer step scored each candidate sentence of the dev
// articles (with D=dir, those of dir). Without Q it skips.
func TestDbgCands(t *testing.T) {
	if os.Getenv("Q") == "" {
		t.Skip("diagnostic: set Q=question|question to print the scored candidates")
	}
	db := storetest.MustOpen(t)
	files, _ := filepath.Glob("../testdata/eval/articles/*.txt")
	files = append(files, "../samples/articles/aleppo-russia-strikes.txt")
	if d := os.Getenv("D"); d != "" {
		// D=dir: the articles of another eval set instead
		files, _ = filepath.Glob(filepath.Join(d, "*.txt"))
	}
	for _, f := range files {
		b, _ := os.ReadFile(f)
		c, _ := ingest.CleanText(string(b))
		ingest.New(db).AddCleaned(context.Background(), "g", c, ingest.Meta{})
	}
	s := &Service{Store: db, Retriever: &retrieval.Searcher{Store: db}}
	for _, q := range strings.Split(os.Getenv("Q"), "|") {
		ps, _ := s.Retriever.Search(context.Background(), "g", q, 6)
		srcs, _ := s.loadSources(context.Background(), "g", ps)
		al, _ := s.aliases(context.Background(), "g", q)
		qs := analyse(q, sourceTexts(srcs))
		qs.setAliases(al)
		fmt.Printf("\nQ %s want=%d measure=%d counted=%v\n", q, qs.want, qs.measure, qs.counted)
		for _, tm := range qs.terms {
			fmt.Printf("  term %s kind=%d pred=%v verb=%v\n", tm.key, tm.kind, tm.pred, tm.verb)
		}
		for _, n := range qs.names {
			fmt.Printf("  name %q tail=%q alts=%v\n", n.text, n.tail, n.alts)
		}
		sc := newScoring(qs, srcs)
		fmt.Printf("  missing=%q\n", sc.missing)
		cands := sc.scoreCandidates(srcs)
		for _, c := range cands[:min(dbgShown(), len(cands))] {
			fmt.Printf("  %.2f cov=%.2f m=%d own=%d w=%d car=%v near=%v asked=%v preds=%v top=%v %.100q\n", c.score, c.coverage, c.matched, c.own, c.words, c.carries, c.near, c.asked, c.preds, c.onTopic, c.sent.Text)
		}
		picked, rules := sc.pick(cands)
		for _, c := range picked {
			fmt.Printf("  PICK rules=%v %.2f near=%v %.100q\n", rules, c.score, c.near, c.sent.Text)
		}
	}
}

// dbgShown is how many candidates TestDbgCands prints: $N, else 6.
func dbgShown() int {
	if n, err := strconv.Atoi(os.Getenv("N")); err == nil && n > 0 {
		return n
	}
	return 6
}

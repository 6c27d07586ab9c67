package sqlite_test

import (
	"context"
	"testing"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/ingest"
	"github.com/newsbot/newsbot/internal/corpus"
	"github.com/newsbot/newsbot/retrieval"
	"github.com/newsbot/newsbot/store/sqlite"
	"github.com/newsbot/newsbot/store/storetest"
)

// TestSearchPlanKeepsRelevance asks generated questions about a synthetic
// news archive twice: with the plain OR, and with the planner's limits
// lowered so far that nearly every question is planned, as on a large
// archive. The planned search must find the source article about as often.
func TestSearchPlanKeepsRelevance(t *testing.T) {
	ctx := context.Background()
	db := storetest.MustOpen(t)
	g := corpus.New(11)
	const n = 400
	ing := ingest.New(db)
	var docs []*newsbot.Document
	for i := 0; i < n; i++ {
		a := g.Article(i)
		c, err := ingest.CleanText(a.Text)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := ing.Analyse(c, ingest.Meta{URL: a.URL})
		if err != nil {
			t.Fatal(err)
		}
		doc.Article.Guild = "g"
		docs = append(docs, doc)
	}
	if _, err := db.CreateDocuments(ctx, docs); err != nil {
		t.Fatal(err)
	}
	s := &retrieval.Searcher{Store: db}
	found := func() int {
		hits := 0
		for i := 0; i < 150; i++ {
			q := g.Question(i, n)
			ps, err := s.Search(ctx, "g", q.Text, 5)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range ps {
				if p.URL == g.Article(q.Article).URL {
					hits++
					break
				}
			}
		}
		return hits
	}
	plain := found()
	sqlite.SetSearchLimits(t, 200, 64, 1024)
	planned := found()
	t.Logf("source article in the top 5: plain OR %d of 150, planned %d", plain, planned)
	if planned < plain-8 || planned < 75 {
		t.Errorf("planned search found the source for %d of 150 questions; the plain OR for %d", planned, plain)
	}
}

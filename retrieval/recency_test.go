package retrieval_test

import (
	"context"
	"testing"
	"time"

	"github.com/newsbot/newsbot/retrieval"
	"github.com/newsbot/newsbot/store/storetest"
)

// TestKeywordRecency: two equally relevant reports, the newer one stored
// first and the older one second; keyword search ranks the newer first, and
// with NoRecency ranks by BM25 alone, where the two tie and the order is the
// store's.
func TestKeywordRecency(t *testing.T) {
	ctx := context.Background()
	db := storetest.MustOpen(t)
	old := addArticle(t, db, "g", "Port strike", "2016-05-02", "Dockworkers at the port walked out over pay, the union said on Monday.")
	recent := addArticle(t, db, "g", "Port strike", "2026-03-08", "Dockworkers at the port walked out over pay, the union said on Sunday.")
	now := func() time.Time { return time.Date(2026, 3, 9, 12, 0, 0, 0, time.UTC) }

	plain, err := (&retrieval.Searcher{Store: db, NoRecency: true, Now: now}).Search(ctx, "g", "port strike pay", 2)
	if err != nil || len(plain) != 2 || plain[0].Score != plain[1].Score {
		t.Fatalf("without recency = %+v, %v; want two equal scores", plain, err)
	}
	if plain[0].ArticleID != old {
		t.Fatalf("without recency the tie goes to %d, want the first stored (%d)", plain[0].ArticleID, old)
	}
	ps, err := (&retrieval.Searcher{Store: db, Now: now}).Search(ctx, "g", "port strike pay", 2)
	if err != nil || len(ps) != 2 {
		t.Fatalf("search = %v, %v", ps, err)
	}
	if ps[0].ArticleID != recent || ps[1].ArticleID != old || ps[0].Rank != 1 {
		t.Errorf("with recency: articles %v, want the 2026 report (%d) first", articleIDs(ps), recent)
	}
}

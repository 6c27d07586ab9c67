package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/newsbot/newsbot"
)

func testWeb(t *testing.T, db Store) {
	ctx := context.Background()
	d := Doc("g1", "Wire story", "The agency reported the flood.")
	sig := []uint32{1, 2, 3, 4}
	id, err := db.CreateWebDocument(ctx, d, newsbot.WebMeta{CanonicalURL: "https://a.example/story", MinHash: sig, Bands: []int64{11, 22}})
	if err != nil {
		t.Fatal(err)
	}
	copyDoc := Doc("g1", "Wire story copy", "The agency reported the flood, a copy.")
	copyID, err := db.CreateWebDocument(ctx, copyDoc, newsbot.WebMeta{CanonicalURL: "https://b.example/copy", StoryID: id, Bands: []int64{99, 22}})
	if err != nil {
		t.Fatal(err)
	}
	if a, err := db.ArticleByURL(ctx, "g1", "https://a.example/story"); err != nil || a.ID != id {
		t.Fatalf("by url = %+v, %v", a, err)
	}
	_, err = db.ArticleByURL(ctx, "g2", "https://a.example/story")
	wantCode(t, err, newsbot.ENOTFOUND)
	// Another place where the same text was found.
	if err := db.AddArticleSource(ctx, "g1", id, "https://c.example/same", "C News"); err != nil {
		t.Fatal(err)
	}
	if err := db.AddArticleSource(ctx, "g1", id, "https://c.example/same", "C News"); err != nil {
		t.Fatalf("second add of a source: %v", err)
	}
	if srcs, err := db.ArticleSources(ctx, "g1", id); err != nil || len(srcs) != 1 || srcs[0].Outlet != "C News" || srcs[0].AddedAt.IsZero() {
		t.Fatalf("sources = %+v, %v", srcs, err)
	}
	if a, err := db.ArticleByURL(ctx, "g1", "https://c.example/same"); err != nil || a.ID != id {
		t.Fatalf("by source url = %+v, %v", a, err)
	}
	// Similar articles share a band key at the same band number.
	sim, err := db.SimilarArticles(ctx, "g1", []int64{11, 0})
	if err != nil || len(sim) != 1 || sim[0].ID != id || sim[0].StoryID != id || len(sim[0].MinHash) != 4 || sim[0].MinHash[2] != 3 {
		t.Fatalf("similar = %+v, %v", sim, err)
	}
	if sim, _ := db.SimilarArticles(ctx, "g1", []int64{0, 22}); len(sim) != 2 {
		t.Fatalf("similar on band 1 = %+v", sim)
	}
	if sim, _ := db.SimilarArticles(ctx, "g2", []int64{11, 22}); len(sim) != 0 {
		t.Fatalf("another guild's similar = %+v", sim)
	}
	// Stories.
	stories, err := db.StoryIDs(ctx, "g1", []int64{id, copyID, 999})
	if err != nil || len(stories) != 2 || stories[id] != id || stories[copyID] != id {
		t.Fatalf("story ids = %v, %v", stories, err)
	}
	if s, err := db.StoryOf(ctx, "g1", copyID); err != nil || s != id {
		t.Fatalf("story of copy = %d, %v", s, err)
	}
	if as, err := db.StoryArticles(ctx, "g1", id); err != nil || len(as) != 2 || as[0].ID != id {
		t.Fatalf("story articles = %+v, %v", as, err)
	}
	_, err = db.StoryOf(ctx, "g2", id)
	wantCode(t, err, newsbot.ENOTFOUND)
}

func testReplace(t *testing.T, db Store) {
	ctx := context.Background()
	d := Doc("g1", "Bridge", "The bridge will open in May.")
	id, err := db.CreateWebDocument(ctx, d, newsbot.WebMeta{CanonicalURL: "https://a.example/bridge"})
	if err != nil {
		t.Fatal(err)
	}
	fixed := Doc("g1", "Bridge (corrected)", "The bridge will open in June.", "An earlier version said May.")
	if err := db.ReplaceDocument(ctx, "g1", id, fixed, newsbot.WebMeta{CanonicalURL: "https://a.example/bridge"}, "date corrected"); err != nil {
		t.Fatal(err)
	}
	a, err := db.Article(ctx, "g1", id)
	if err != nil || a.Title != "Bridge (corrected)" || a.Chunks != 2 {
		t.Fatalf("replaced article = %+v, %v", a, err)
	}
	if ps, _ := db.SearchChunks(ctx, "g1", newsbot.Keywords("June"), 5); len(ps) != 1 || ps[0].ArticleID != id {
		t.Fatalf("new text not searchable: %+v", ps)
	}
	if ps, _ := db.SearchChunks(ctx, "g1", newsbot.Keywords("open in May"), 5); len(ps) != 0 {
		t.Fatalf("old chunk still searchable: %+v", ps)
	}
	vs, err := db.ArticleVersions(ctx, "g1", id)
	if err != nil || len(vs) != 1 || vs[0].Title != "Bridge" || vs[0].Text != "The bridge will open in May." || vs[0].Reason != "date corrected" {
		t.Fatalf("versions = %+v, %v", vs, err)
	}
	if vs, _ := db.ArticleVersions(ctx, "g2", id); len(vs) != 0 {
		t.Fatalf("another guild sees versions: %+v", vs)
	}
	wantCode(t, db.ReplaceDocument(ctx, "g2", id, Doc("g2", "X", "Text."), newsbot.WebMeta{}, ""), newsbot.ENOTFOUND)
	other := mustCreate(t, db, Doc("g1", "Other", "Another article entirely."))
	dup := Doc("g1", "Other", "Another article entirely.")
	wantCode(t, db.ReplaceDocument(ctx, "g1", id, dup, newsbot.WebMeta{}, ""), newsbot.ECONFLICT)
	if a, _ := db.Article(ctx, "g1", id); a == nil || a.Title != "Bridge (corrected)" {
		t.Fatalf("a refused replacement changed the article: %+v", a)
	}
	_ = other
}

func testFeeds(t *testing.T, db Store) {
	ctx := context.Background()
	now := time.Date(2026, 12, 2, 12, 0, 0, 0, time.UTC)
	f := &newsbot.Feed{Guild: "g1", URL: "https://a.example/rss", Title: "A", Interval: 15 * time.Minute, Channel: "c1", NextPoll: now}
	if err := db.CreateFeed(ctx, f); err != nil || f.ID == 0 || f.IntervalSecs != 900 {
		t.Fatalf("create feed = %+v, %v", f, err)
	}
	wantCode(t, db.CreateFeed(ctx, &newsbot.Feed{Guild: "g1", URL: "https://a.example/rss", Interval: time.Minute, NextPoll: now}), newsbot.ECONFLICT)
	later := &newsbot.Feed{Guild: "g2", URL: "https://a.example/rss", Interval: time.Hour, NextPoll: now.Add(time.Hour)}
	if err := db.CreateFeed(ctx, later); err != nil {
		t.Fatal(err)
	}
	got, err := db.Feed(ctx, "g1", f.ID)
	if err != nil || got.URL != f.URL || got.Interval != 15*time.Minute || !got.LastPolled.IsZero() || !got.NextPoll.Equal(now) {
		t.Fatalf("feed = %+v, %v", got, err)
	}
	_, err = db.Feed(ctx, "g2", f.ID)
	wantCode(t, err, newsbot.ENOTFOUND)
	due, err := db.DueFeeds(ctx, now)
	if err != nil || len(due) != 1 || due[0].ID != f.ID {
		t.Fatalf("due = %+v, %v", due, err)
	}
	// A poll: state recorded, next poll later, items remembered.
	got.LastPolled, got.NextPoll, got.ETag, got.Failures, got.LastError = now, now.Add(15*time.Minute), `"v1"`, 1, "timeout"
	if err := db.UpdateFeedState(ctx, got); err != nil {
		t.Fatal(err)
	}
	if due, _ := db.DueFeeds(ctx, now.Add(time.Minute)); len(due) != 0 {
		t.Fatalf("polled feed still due: %+v", due)
	}
	if seen, _ := db.FeedItemSeen(ctx, f.ID, "item-1"); seen {
		t.Fatal("item seen before it was marked")
	}
	a := mustCreate(t, db, Doc("g1", "From feed", "An item of the feed."))
	for _, m := range []struct {
		key string
		id  int64
	}{{"item-1", a}, {"item-2", 0}, {"item-1", a}} {
		if err := db.MarkFeedItem(ctx, f.ID, m.key, m.id); err != nil {
			t.Fatal(err)
		}
	}
	if seen, _ := db.FeedItemSeen(ctx, f.ID, "item-1"); !seen {
		t.Fatal("marked item not seen")
	}
	fs, err := db.Feeds(ctx, "g1")
	if err != nil || len(fs) != 1 || fs[0].Items != 1 || fs[0].ETag != `"v1"` || fs[0].Failures != 1 || !fs[0].LastPolled.Equal(now) {
		t.Fatalf("feeds = %+v, %v", fs, err)
	}
	wantCode(t, db.DeleteFeed(ctx, "g2", f.ID), newsbot.ENOTFOUND)
	if err := db.DeleteFeed(ctx, "g1", f.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Article(ctx, "g1", a); err != nil {
		t.Fatalf("a feed's article went with the feed: %v", err)
	}
}

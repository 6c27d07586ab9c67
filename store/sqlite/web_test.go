package sqlite_test

import (
	"context"
	"testing"
	"time"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/store/storetest"
)

// TestWebDocumentLifecycle stores an article with its fingerprint, finds it
// by URL and band, corrects it, and deletes it with everything it owns.
func TestWebDocumentLifecycle(t *testing.T) {
	ctx := context.Background()
	db := storetest.MustOpen(t)
	sig := []uint32{1, 2, 3, 4}
	w := newsbot.WebMeta{CanonicalURL: "https://a.example/story", MinHash: sig, Bands: []int64{11, 22}}
	id, err := db.CreateWebDocument(ctx, doc("g", "First", "The port reopened on Monday, officials said."), w)
	if err != nil {
		t.Fatal(err)
	}
	a, err := db.ArticleByURL(ctx, "g", "https://a.example/story")
	if err != nil || a.ID != id {
		t.Fatalf("ArticleByURL = %+v, %v", a, err)
	}
	if _, err := db.ArticleByURL(ctx, "h", "https://a.example/story"); newsbot.ErrorCode(err) != newsbot.ENOTFOUND {
		t.Errorf("other guild found the article: %v", err)
	}
	sim, err := db.SimilarArticles(ctx, "g", []int64{99, 22})
	if err != nil || len(sim) != 1 || sim[0].ID != id || sim[0].StoryID != id || len(sim[0].MinHash) != 4 || sim[0].MinHash[2] != 3 {
		t.Errorf("SimilarArticles = %+v, %v", sim, err)
	}
	if sim, _ := db.SimilarArticles(ctx, "g", []int64{11}); len(sim) != 1 {
		t.Errorf("band 0 lookup = %+v", sim)
	}
	if sim, _ := db.SimilarArticles(ctx, "g", []int64{22, 11}); len(sim) != 0 {
		t.Errorf("keys in the wrong bands matched: %+v", sim)
	}
	copyID, err := db.CreateWebDocument(ctx, doc("g", "Copy", "The port reopened on Monday, officials told reporters."), newsbot.WebMeta{StoryID: id})
	if err != nil {
		t.Fatal(err)
	}
	if stories, _ := db.StoryIDs(ctx, "g", []int64{id, copyID}); stories[copyID] != id || stories[id] != id {
		t.Errorf("StoryIDs = %v", stories)
	}
	fixed := doc("g", "First, corrected", "The port reopened on Tuesday, officials said.")
	if err := db.ReplaceDocument(ctx, "g", id, fixed, w, "text changed"); err != nil {
		t.Fatal(err)
	}
	got, _ := db.Article(ctx, "g", id)
	if got.Title != "First, corrected" || got.Text != "The port reopened on Tuesday, officials said." {
		t.Errorf("after correction: %+v", got)
	}
	vs, err := db.ArticleVersions(ctx, "g", id)
	if err != nil || len(vs) != 1 || vs[0].Title != "First" || vs[0].Reason != "text changed" {
		t.Errorf("versions = %+v, %v", vs, err)
	}
	if vs, _ := db.ArticleVersions(ctx, "h", id); len(vs) != 0 {
		t.Errorf("other guild sees versions: %+v", vs)
	}
	if err := db.ReplaceDocument(ctx, "h", id, fixed, w, ""); newsbot.ErrorCode(err) != newsbot.ENOTFOUND {
		t.Errorf("correcting another guild's article: %v", err)
	}
	if err := db.DeleteArticle(ctx, "g", id); err != nil {
		t.Fatal(err)
	}
	if sim, _ := db.SimilarArticles(ctx, "g", []int64{11, 22}); len(sim) != 0 {
		t.Errorf("bands outlived their article: %+v", sim)
	}
	if vs, _ := db.ArticleVersions(ctx, "g", id); len(vs) != 0 {
		t.Errorf("versions outlived their article: %+v", vs)
	}
}

func TestFeeds(t *testing.T) {
	ctx := context.Background()
	db := storetest.MustOpen(t)
	now := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	f := &newsbot.Feed{Guild: "g", URL: "https://a.example/rss", Title: "A", Interval: 15 * time.Minute, NextPoll: now}
	if err := db.CreateFeed(ctx, f); err != nil {
		t.Fatal(err)
	}
	if err := db.CreateFeed(ctx, &newsbot.Feed{Guild: "g", URL: f.URL, Interval: time.Hour}); newsbot.ErrorCode(err) != newsbot.ECONFLICT {
		t.Errorf("duplicate feed: %v", err)
	}
	later := &newsbot.Feed{Guild: "h", URL: f.URL, Interval: time.Hour, NextPoll: now.Add(time.Hour)}
	if err := db.CreateFeed(ctx, later); err != nil {
		t.Fatal(err)
	}
	due, err := db.DueFeeds(ctx, now.Add(time.Minute))
	if err != nil || len(due) != 1 || due[0].ID != f.ID || due[0].Interval != 15*time.Minute {
		t.Fatalf("due = %+v, %v", due, err)
	}
	// Sub-second times order correctly.
	f.NextPoll = now.Add(1500 * time.Millisecond)
	f.ETag, f.Failures, f.LastError, f.LastPolled = `"v2"`, 2, "boom", now
	if err := db.UpdateFeedState(ctx, f); err != nil {
		t.Fatal(err)
	}
	if due, _ := db.DueFeeds(ctx, now.Add(time.Second)); len(due) != 0 {
		t.Errorf("feed due half a second early: %+v", due)
	}
	if due, _ := db.DueFeeds(ctx, now.Add(2*time.Second)); len(due) != 1 || due[0].ETag != `"v2"` || due[0].Failures != 2 || due[0].LastError != "boom" {
		t.Errorf("state not kept: %+v", due)
	}
	if seen, _ := db.FeedItemSeen(ctx, f.ID, "guid:1"); seen {
		t.Errorf("unseen item reported seen")
	}
	if err := db.MarkFeedItem(ctx, f.ID, "guid:1", 0); err != nil {
		t.Fatal(err)
	}
	if err := db.MarkFeedItem(ctx, f.ID, "guid:1", 0); err != nil {
		t.Errorf("marking twice: %v", err)
	}
	if seen, _ := db.FeedItemSeen(ctx, f.ID, "guid:1"); !seen {
		t.Errorf("marked item not seen")
	}
	if err := db.DeleteFeed(ctx, "h", f.ID); newsbot.ErrorCode(err) != newsbot.ENOTFOUND {
		t.Errorf("deleting another guild's feed: %v", err)
	}
	if err := db.DeleteFeed(ctx, "g", f.ID); err != nil {
		t.Fatal(err)
	}
	if seen, _ := db.FeedItemSeen(ctx, f.ID, "guid:1"); seen {
		t.Errorf("items outlived their feed")
	}
	if list, _ := db.Feeds(ctx, "h"); len(list) != 1 || list[0].URL != f.URL {
		t.Errorf("guild h feeds = %+v", list)
	}
}

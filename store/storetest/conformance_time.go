package storetest

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/newsbot/newsbot"
)

func testTime(t *testing.T, db Store) {
	ctx := context.Background()
	old := Doc("g1", "Old", "The council said the bridge would open.")
	old.Article.Published, old.Article.AddedAt = "2026-01-10", time.Date(2026, 1, 10, 9, 0, 0, 0, time.UTC)
	old.Claims[0].Unit, old.Claims[0].Relays, old.Claims[0].Date = 3, []string{"TASS", "the Kyiv Independent"}, "2026-01-09"
	oldID := mustCreate(t, db, old)
	recent := Doc("g1", "Recent", "The port said ships were waiting.")
	recent.Article.Published, recent.Article.AddedAt = "2026-03-02", time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	recentID := mustCreate(t, db, recent)
	undated := Doc("g1", "Undated", "Nobody knows when this was written.")
	undated.Article.AddedAt = time.Date(2026, 3, 3, 9, 0, 0, 0, time.UTC)
	mustCreate(t, db, undated)

	claims, err := db.Claims(ctx, "g1", newsbot.ClaimFilter{ArticleID: oldID})
	if err != nil || len(claims) != 1 {
		t.Fatalf("claims = %+v, %v", claims, err)
	}
	if c := claims[0]; c.Unit != 3 || fmt.Sprint(c.Relays) != "[TASS the Kyiv Independent]" || c.Date != "2026-01-09" || c.LastSeq != c.SentenceSeq {
		t.Fatalf("claim unit, relays, date = %d %v %q (last %d)", c.Unit, c.Relays, c.Date, c.LastSeq)
	}
	if n, err := db.CountPublished(ctx, "g1", "2026-01-01", ""); err != nil || n != 2 {
		t.Fatalf("published since January = %d, %v; want 2 (the undated one never counts)", n, err)
	}
	if as, err := db.ArticlesPublished(ctx, "g1", "2026-02-01", "2026-03-31", 10); err != nil || len(as) != 1 || as[0].ID != recentID {
		t.Fatalf("published in Feb-Mar = %+v, %v", as, err)
	}
	if n, _ := db.CountPublished(ctx, "g2", "", ""); n != 0 {
		t.Fatalf("another guild counts %d", n)
	}
	// A correction makes an old article changed.
	fixed := Doc("g1", "Old (corrected)", "The council said the bridge would open in June.")
	if err := db.ReplaceDocument(ctx, "g1", oldID, fixed, newsbot.WebMeta{}, "date"); err != nil {
		t.Fatal(err)
	}
	changed, err := db.ChangedArticles(ctx, "g1", time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), 10)
	if err != nil || len(changed) != 3 || changed[0].ID != oldID || !changed[0].Updated || changed[1].Updated {
		t.Fatalf("changed = %+v, %v; want the corrected one first, then the two added since March", changed, err)
	}
}

func testFeedMarksAndDigests(t *testing.T, db Store) {
	ctx := context.Background()
	f := &newsbot.Feed{Guild: "g1", URL: "https://a.example/rss", Interval: time.Hour, NextPoll: time.Now()}
	if err := db.CreateFeed(ctx, f); err != nil {
		t.Fatal(err)
	}
	if _, seen, err := db.FeedItemMark(ctx, f.ID, "k"); err != nil || seen {
		t.Fatalf("unmarked item seen: %v", err)
	}
	m := newsbot.FeedItemMark{ArticleID: 0, Updated: "2026-03-02T10:00:00Z", ContentHash: "abc"}
	if err := db.SetFeedItemMark(ctx, f.ID, "k", m); err != nil {
		t.Fatal(err)
	}
	m.ContentHash = "def"
	if err := db.SetFeedItemMark(ctx, f.ID, "k", m); err != nil {
		t.Fatal(err)
	}
	if got, seen, err := db.FeedItemMark(ctx, f.ID, "k"); err != nil || !seen || got != m {
		t.Fatalf("mark = %+v %v %v, want %+v", got, seen, err, m)
	}
	if err := db.SetGuildSettings(ctx, &newsbot.GuildSettings{Guild: "g1", Prefix: "?n"}); err != nil {
		t.Fatal(err)
	}
	for _, set := range [][2]string{{"g1", "c1"}, {"g2", "c2"}, {"g2", ""}} {
		if err := db.SetDigestChannel(ctx, set[0], set[1]); err != nil {
			t.Fatal(err)
		}
	}
	if chans, err := db.DigestChannels(ctx); err != nil || len(chans) != 1 || chans["g1"] != "c1" {
		t.Fatalf("digest channels = %v, %v", chans, err)
	}
	if s, _ := db.GuildSettings(ctx, "g1"); s.Prefix != "?n" {
		t.Fatalf("setting the digest channel changed the settings: %+v", s)
	}
}

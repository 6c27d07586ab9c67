package ingest

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot"
)

// edit replaces old with new in a served file, as a site does when it
// corrects an article or its feed entry.
func (s *feedSite) edit(t *testing.T, path, old, new string) {
	t.Helper()
	s.mu.Lock()
	defer s.mu.Unlock()
	if !strings.Contains(s.files[path], old) {
		t.Fatalf("%s does not hold %q", path, old)
	}
	s.files[path] = strings.Replace(s.files[path], old, new, 1)
	s.version++
}

// rssSite serves the RSS fixture and two of the pages its items link to
// (the third item's page is gone: it is taken from its content).
func rssSite(t *testing.T) *feedSite {
	s := newFeedSite(t)
	s.put(t, "/rss.xml", "application/rss+xml", "rss.xml")
	s.put(t, "/world/antwerp-strike", "text/html", "wire-site-a.html")
	s.put(t, "/local/ferry", "text/html", "other-story.html")
	return s
}

// TestFeedItemUpdated: an item whose feed entry changes after it was taken
// is fetched again; its corrected page becomes a new version of the same
// article, not a new article, and is not announced.
func TestFeedItemUpdated(t *testing.T) {
	ctx := context.Background()
	s := rssSite(t)
	p, clk, ann := testPoller(t)
	f, err := p.AddFeed(ctx, "g", s.URL+"/rss.xml", 0, "chan-1", "mod")
	if err != nil {
		t.Fatal(err)
	}
	reps, err := p.PollOnce(ctx)
	if err != nil || len(reps) != 1 || len(reps[0].Added) != 3 {
		t.Fatalf("first poll = %+v, %v", reps, err)
	}
	strike := reps[0].Added[2]
	announced := len(*ann)

	// Unchanged: the next poll fetches no page again.
	pages := s.count("/world/antwerp-strike")
	clk.Add(11 * time.Minute)
	s.edit(t, "/rss.xml", "World news", "World news and more") // the feed changed, not the item
	if reps, err := p.PollOnce(ctx); err != nil || len(reps[0].Added) != 0 || reps[0].Seen != 3 {
		t.Fatalf("poll of an unchanged item = %+v, %v", reps, err)
	}
	if s.count("/world/antwerp-strike") != pages {
		t.Errorf("an unchanged item's page was fetched again")
	}

	// The article and its feed entry are corrected.
	s.edit(t, "/world/antwerp-strike", "40 ships were waiting", "45 ships were waiting")
	s.edit(t, "/rss.xml", "<title>Dockworkers in Antwerp strike over automation plans</title>",
		"<title>Dockworkers in Antwerp strike over automation plans (corrected)</title>")
	clk.Add(11 * time.Minute)
	reps, err = p.PollOnce(ctx)
	if err != nil || len(reps[0].Added) != 1 {
		t.Fatalf("poll after the correction = %+v, %v", reps, err)
	}
	got := reps[0].Added[0]
	if got.ID != strike.ID || !got.Updated {
		t.Errorf("correction stored as %+v, want an update of article %d", got, strike.ID)
	}
	if len(*ann) != announced {
		t.Errorf("a correction was announced as a new article: %+v", (*ann)[announced:])
	}
	a, err := p.Ingester.Store.Article(ctx, "g", strike.ID)
	if err != nil || !strings.Contains(a.Text, "45 ships") {
		t.Fatalf("stored text after the correction: %v", err)
	}
	vs, err := p.Store.(interface {
		ArticleVersions(ctx context.Context, guild string, id int64) ([]newsbot.ArticleVersion, error)
	}).ArticleVersions(ctx, "g", strike.ID)
	if err != nil || len(vs) != 1 || !strings.Contains(vs[0].Text, "40 ships") {
		t.Errorf("versions = %+v, %v; want the first text kept as a version", vs, err)
	}
	if f.ID == 0 {
		t.Error("no feed id")
	}
}

// TestFeedBacklogNotAnnounced: items published before the guild followed
// the feed are stored, not announced as new; later items are announced.
func TestFeedBacklogNotAnnounced(t *testing.T) {
	ctx := context.Background()
	s := rssSite(t)
	p, clk, ann := testPoller(t)
	clk.Add(time.Date(2025, 3, 10, 12, 0, 0, 0, time.UTC).Sub(clk.Now())) // after two of the three items
	if _, err := p.AddFeed(ctx, "g", s.URL+"/rss.xml", 0, "chan-1", "mod"); err != nil {
		t.Fatal(err)
	}
	reps, err := p.PollOnce(ctx)
	if err != nil || len(reps) != 1 || len(reps[0].Added) != 3 {
		t.Fatalf("first poll = %+v, %v; want all three stored", reps, err)
	}
	if len(*ann) != 1 || (*ann)[0].Result.Title != "Dockworkers in Antwerp strike over automation plans" {
		t.Errorf("announced %+v, want only the item published after the subscription", *ann)
	}
}

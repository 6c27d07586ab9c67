package ingest

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsbot/newsbot"
)

// feedSite serves feeds with ETag and Last-Modified validators, and article
// pages, counting requests per path.
type feedSite struct {
	*httptest.Server
	mu       sync.Mutex
	files    map[string]string // path -> body, {{BASE}} replaced
	types    map[string]string
	status   map[string]int
	requests map[string]int
	version  int
}

func newFeedSite(t *testing.T) *feedSite {
	s := &feedSite{files: map[string]string{}, types: map[string]string{}, status: map[string]int{}, requests: map[string]int{}}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

func (s *feedSite) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.requests[r.URL.Path]++
	if code := s.status[r.URL.Path]; code != 0 {
		http.Error(w, "failing", code)
		return
	}
	body, ok := s.files[r.URL.Path]
	if !ok {
		http.NotFound(w, r)
		return
	}
	etag := fmt.Sprintf(`"v%d"`, s.version)
	lastMod := time.Date(2025, 3, 11, 12, s.version, 0, 0, time.UTC).Format(http.TimeFormat)
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("ETag", etag)
	w.Header().Set("Last-Modified", lastMod)
	w.Header().Set("Content-Type", s.types[r.URL.Path])
	w.Write([]byte(body))
}

func (s *feedSite) put(t *testing.T, path, contentType, fixture string) {
	body := webFixture(t, fixture)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.files[path] = strings.ReplaceAll(body, "{{BASE}}", s.URL)
	s.types[path] = contentType
	s.version++
}

func (s *feedSite) count(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.requests[path]
}

type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

func testPoller(t *testing.T) (*Poller, *clock, *[]Announcement) {
	ing, db := testIngester(t)
	// Feeds are followed before the fixtures' items were published: items
	// older than the subscription would be backlog, stored unannounced.
	clk := &clock{t: time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC)}
	var mu sync.Mutex
	var ann []Announcement
	p := &Poller{Ingester: ing, Store: db, Now: clk.Now, Interval: 10 * time.Minute,
		Announce: func(ctx context.Context, a Announcement) { mu.Lock(); ann = append(ann, a); mu.Unlock() }}
	return p, clk, &ann
}

func TestPollRSS(t *testing.T) {
	ctx := context.Background()
	s := newFeedSite(t)
	s.put(t, "/rss.xml", "application/rss+xml", "rss.xml")
	s.put(t, "/world/antwerp-strike", "text/html", "wire-site-a.html")
	s.put(t, "/local/ferry", "text/html", "other-story.html")
	p, clk, ann := testPoller(t)
	f, err := p.AddFeed(ctx, "g", s.URL+"/rss.xml", 0, "chan-1", "mod")
	if err != nil {
		t.Fatal(err)
	}
	if f.Title != "Daily Harbour - World" || f.Interval != 10*time.Minute {
		t.Errorf("feed = %+v", f)
	}
	reps, err := p.PollOnce(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(reps) != 1 || len(reps[0].Added) != 3 || reps[0].Error != "" {
		t.Fatalf("first poll = %+v, want 3 articles", reps)
	}
	// Oldest first; the item whose page is gone was taken from its content.
	var titles []string
	for _, a := range *ann {
		titles = append(titles, a.Result.Title)
		if a.Feed.Channel != "chan-1" {
			t.Errorf("announcement without the feed's channel: %+v", a.Feed)
		}
	}
	want := "Council publishes budget summary|Lake ferry service resumes after storm damage repaired|Dockworkers in Antwerp strike over automation plans"
	if strings.Join(titles, "|") != want {
		t.Errorf("announced %q, want %q", titles, want)
	}
	// Not due again before its interval.
	if reps, _ := p.PollOnce(ctx); len(reps) != 0 {
		t.Errorf("feed polled again before its interval: %+v", reps)
	}
	// Due again: the server answers 304 to the stored ETag.
	clk.Add(11 * time.Minute)
	reps, err = p.PollOnce(ctx)
	if err != nil || len(reps) != 1 || !reps[0].NotModified || len(reps[0].Added) != 0 {
		t.Fatalf("conditional poll = %+v, %v; want 304", reps, err)
	}
	// A changed feed: old items are not fetched or stored again.
	pages := s.count("/local/ferry")
	s.put(t, "/rss.xml", "application/rss+xml", "rss.xml")
	reps, err = p.PollGuild(ctx, "g")
	if err != nil || len(reps) != 1 || len(reps[0].Added) != 0 || reps[0].Seen != 3 {
		t.Fatalf("repoll = %+v, %v; want 3 seen, none added", reps, err)
	}
	if s.count("/local/ferry") != pages {
		t.Errorf("a stored item's page was fetched again")
	}
	db := p.Store.(interface {
		Articles(context.Context, string) ([]newsbot.Article, error)
	})
	list, _ := db.Articles(ctx, "g")
	if len(list) != 3 {
		t.Errorf("%d articles stored, want 3", len(list))
	}
	for _, a := range list {
		if strings.HasPrefix(a.Title, "Lake ferry") && a.Published != "2025-03-10" {
			t.Errorf("page without a date: published %q, want the item's 2025-03-10", a.Published)
		}
	}
	feeds, err := p.Store.Feeds(ctx, "g")
	if err != nil || len(feeds) != 1 || feeds[0].Items != 3 || feeds[0].ETag == "" {
		t.Errorf("feeds = %+v, %v", feeds, err)
	}
}

// TestPollAtom follows an Atom feed with a new entry (a wire copy of a story
// already stored from another site) and an old one already stored.
func TestPollAtom(t *testing.T) {
	ctx := context.Background()
	s := newFeedSite(t)
	s.put(t, "/atom.xml", "application/atom+xml", "atom.xml")
	s.put(t, "/europe/antwerp", "text/html", "wire-site-b.html")
	s.put(t, "/europe/old", "text/html", "other-story.html")
	s.put(t, "/world/antwerp-strike", "text/html", "wire-site-a.html")
	p, _, ann := testPoller(t)
	old, err := p.Ingester.AddURL(ctx, "g", s.URL+"/europe/old", Meta{})
	if err != nil {
		t.Fatal(err)
	}
	wire, err := p.Ingester.AddURL(ctx, "g", s.URL+"/world/antwerp-strike", Meta{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.AddFeed(ctx, "g", s.URL+"/atom.xml", time.Hour, "", "mod"); err != nil {
		t.Fatal(err)
	}
	reps, err := p.PollOnce(ctx)
	if err != nil || len(reps) != 1 {
		t.Fatalf("poll: %+v, %v", reps, err)
	}
	if len(reps[0].Added) != 1 || reps[0].Seen != 1 {
		t.Fatalf("report = %+v, want 1 added and 1 already stored", reps[0])
	}
	if got := reps[0].Added[0]; got.StoryID != wire.StoryID {
		t.Errorf("wire copy from the feed is story %d, want %d", got.StoryID, wire.StoryID)
	}
	if s.count("/europe/old") != 1 {
		t.Errorf("old entry's page fetched %d times, want once (before the feed)", s.count("/europe/old"))
	}
	if len(*ann) != 1 || (*ann)[0].Result.ID == old.ID {
		t.Errorf("announcements = %+v", *ann)
	}
}

func TestPollBackoff(t *testing.T) {
	ctx := context.Background()
	s := newFeedSite(t)
	s.put(t, "/rss.xml", "application/rss+xml", "feed.json")
	s.types["/rss.xml"] = "application/feed+json"
	s.put(t, "/local/ferry", "text/html", "other-story.html")
	p, clk, _ := testPoller(t)
	p.MaxBackoff = 30 * time.Minute
	f, err := p.AddFeed(ctx, "g", s.URL+"/rss.xml", 0, "", "")
	if err != nil {
		t.Fatal(err)
	}
	s.mu.Lock()
	s.status["/rss.xml"] = http.StatusServiceUnavailable
	s.mu.Unlock()
	for i, wait := range []time.Duration{20 * time.Minute, 30 * time.Minute, 30 * time.Minute} {
		reps, err := p.PollOnce(ctx)
		if err != nil || len(reps) != 1 {
			t.Fatalf("poll %d: %+v, %v", i, reps, err)
		}
		got := reps[0].Feed
		if got.Failures != i+1 || got.NextPoll.Sub(clk.Now()) != wait || !strings.Contains(got.LastError, "503") {
			t.Errorf("poll %d: failures %d, next in %v, error %q; want %d, %v", i, got.Failures, got.NextPoll.Sub(clk.Now()), got.LastError, i+1, wait)
		}
		clk.Add(wait)
	}
	s.mu.Lock()
	delete(s.status, "/rss.xml")
	s.mu.Unlock()
	reps, err := p.PollOnce(ctx)
	if err != nil || len(reps) != 1 || reps[0].Feed.Failures != 0 || len(reps[0].Added) != 1 {
		t.Fatalf("recovery poll = %+v, %v", reps, err)
	}
	if got, _ := p.Store.Feed(ctx, "g", f.ID); got.LastError != "" || got.Failures != 0 {
		t.Errorf("stored feed after recovery: %+v", got)
	}
}

func TestAddFeedErrors(t *testing.T) {
	ctx := context.Background()
	s := newFeedSite(t)
	s.put(t, "/rss.xml", "application/rss+xml", "rss.xml")
	s.put(t, "/article", "text/html", "other-story.html")
	s.mu.Lock()
	s.files["/home"] = `<html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml"></head><body><p>Home</p></body></html>`
	s.types["/home"] = "text/html"
	s.files["/notes.txt"] = "just some text, not a feed"
	s.types["/notes.txt"] = "text/plain"
	s.mu.Unlock()
	p, _, _ := testPoller(t)
	f, err := p.AddFeed(ctx, "g", s.URL+"/home", 0, "", "")
	if err != nil || f.URL != s.URL+"/rss.xml" {
		t.Fatalf("discovery: %+v, %v", f, err)
	}
	tests := []struct{ name, url, code string }{
		{"Duplicate", s.URL + "/rss.xml", newsbot.ECONFLICT},
		{"PageWithoutFeed", s.URL + "/article", newsbot.EINVALID},
		{"NotAFeed", s.URL + "/notes.txt", newsbot.EINVALID},
		{"Missing", s.URL + "/nope.xml", newsbot.ENOTFOUND},
		{"Scheme", "gopher://example.com/feed", newsbot.EINVALID},
	}
	for _, tt := range tests {
		if _, err := p.AddFeed(ctx, "g", tt.url, 0, "", ""); newsbot.ErrorCode(err) != tt.code {
			t.Errorf("%s: err = %v, want %s", tt.name, err, tt.code)
		}
	}
	if _, err := p.AddFeed(ctx, "g", s.URL+"/rss.xml", time.Second, "", ""); newsbot.ErrorCode(err) != newsbot.EINVALID {
		t.Errorf("too short interval: err = %v", err)
	} else if msg := newsbot.ErrorMessage(err); !strings.Contains(msg, "use 1m or more") {
		t.Errorf("too short interval: %q; want the minimum written as people write it (1m, not 1m0s)", msg)
	}
	// Another guild may follow the same feed; feeds are per guild.
	if _, err := p.AddFeed(ctx, "h", s.URL+"/rss.xml", 0, "", ""); err != nil {
		t.Errorf("other guild: %v", err)
	}
	if feeds, _ := p.Store.Feeds(ctx, "g"); len(feeds) != 1 {
		t.Errorf("guild g has %d feeds, want 1", len(feeds))
	}
	if err := p.RemoveFeed(ctx, "h", f.ID); newsbot.ErrorCode(err) != newsbot.ENOTFOUND {
		t.Errorf("removing another guild's feed: err = %v, want ENOTFOUND", err)
	}
	if err := p.RemoveFeed(ctx, "g", f.ID); err != nil {
		t.Errorf("remove: %v", err)
	}
}

func TestPollerRun(t *testing.T) {
	s := newFeedSite(t)
	s.put(t, "/rss.xml", "application/rss+xml", "rss.xml")
	s.put(t, "/world/antwerp-strike", "text/html", "wire-site-a.html")
	s.put(t, "/local/ferry", "text/html", "other-story.html")
	p, _, _ := testPoller(t)
	announced := make(chan Announcement, 10)
	p.Tick = 20 * time.Millisecond
	p.Announce = func(ctx context.Context, a Announcement) { announced <- a }
	if _, err := p.AddFeed(context.Background(), "g", s.URL+"/rss.xml", 0, "", ""); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- p.Run(ctx) }()
	for n := 0; n < 3; n++ {
		select {
		case <-announced:
		case <-ctx.Done():
			t.Fatalf("Run announced %d articles before the deadline, want 3", n)
		}
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Run returned %v", err)
	}
	if n := s.count("/rss.xml"); n != 2 {
		t.Errorf("feed fetched %d times, want 2 (add, then one poll: not due again)", n)
	}
}

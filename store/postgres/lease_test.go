package postgres_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsbot/newsbot/ingest"
	"github.com/newsbot/newsbot/store/postgres"
	"github.com/newsbot/newsbot/store/storetest"
)

// newsSite serves RSS feeds (/feedN.xml) of three items each, and the item
// pages; a hook runs before each page is served.
type newsSite struct {
	*httptest.Server
	mu       sync.Mutex
	requests map[string]int
	hook     func(path string)
}

func newNewsSite(t *testing.T) *newsSite {
	s := &newsSite{requests: map[string]int{}}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

func (s *newsSite) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.requests[r.URL.Path]++
	hook := s.hook
	s.mu.Unlock()
	var feed, item int
	if _, err := fmt.Sscanf(r.URL.Path, "/feed%d.xml", &feed); err == nil {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed %d</title><link>%s</link>`, feed, s.URL)
		for i := 3; i >= 1; i-- {
			fmt.Fprintf(w, `<item><title>Report %d-%d</title><link>%s/news/%d/%d</link><guid>%d-%d</guid><pubDate>Wed, 02 Dec 2026 13:0%d:00 GMT</pubDate></item>`,
				feed, i, s.URL, feed, i, feed, i, i)
		}
		fmt.Fprint(w, `</channel></rss>`)
		return
	}
	if _, err := fmt.Sscanf(r.URL.Path, "/news/%d/%d", &feed, &item); err != nil {
		http.NotFound(w, r)
		return
	}
	if hook != nil {
		hook(r.URL.Path)
	}
	w.Header().Set("Content-Type", "text/html")
	fmt.Fprint(w, articlePage(feed, item))
}

func (s *newsSite) count(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.requests[path]
}

// articlePage is a news page whose sentences are drawn, per feed and item,
// from a vocabulary large enough that no two items look like copies of one
// story (which ingestion would group and not announce).
func articlePage(feed, item int) string {
	nouns := []string{"grain", "ferries", "cranes", "tankers", "nets", "salt", "timber", "copper", "wool", "coal",
		"barley", "lorries", "pilots", "tugboats", "warehouses", "silos", "pipelines", "dredgers", "containers", "quays",
		"fishermen", "customs", "insurers", "engineers", "inspectors", "refineries", "turbines", "bridges", "canals", "locks"}
	verbs := []string{"doubled", "stalled", "recovered", "collapsed", "surged", "slowed", "resumed", "halted", "tripled", "dipped"}
	places := []string{"Antwerp", "Bergen", "Cadiz", "Dundee", "Esbjerg", "Faro", "Genoa", "Hull", "Izmir", "Jaffa",
		"Kiel", "Lorient", "Malmo", "Narvik", "Oban", "Patras", "Rijeka", "Sines", "Tromso", "Vigo"}
	seed := uint32(feed*7919 + item*104729)
	next := func(n int) int { seed = seed*1664525 + 1013904223; return int(seed>>8) % n }
	var b strings.Builder
	fmt.Fprintf(&b, "<html><head><title>Report %d-%d</title></head><body><article><h1>Report %d-%d: %s %s</h1>",
		feed, item, feed, item, places[next(len(places))], nouns[next(len(nouns))])
	for range 8 {
		fmt.Fprintf(&b, "<p>In %s the %s %s after the %s and %s were %s, a spokesman for the %s said on %s.</p>",
			places[next(len(places))], nouns[next(len(nouns))], verbs[next(len(verbs))], nouns[next(len(nouns))],
			nouns[next(len(nouns))], verbs[next(len(verbs))], nouns[next(len(nouns))], places[next(len(places))])
	}
	b.WriteString("</article></body></html>")
	return b.String()
}

// announcements counts announced articles by title, safe for concurrent use.
type announcements struct {
	mu sync.Mutex
	n  map[string]int
}

func (a *announcements) add(_ context.Context, x ingest.Announcement) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.n == nil {
		a.n = map[string]int{}
	}
	a.n[x.Result.Title]++
}

// leasePoller is one serve process's poller on its own pool of the shared
// database.
func leasePoller(t *testing.T, url string, now func() time.Time, ann *announcements) (*ingest.Poller, *postgres.DB) {
	db, err := postgres.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	db.LeaseTTL = 2 * time.Minute
	ing := ingest.New(db)
	ing.Fetcher = &ingest.Fetcher{AllowPrivate: true, Timeout: 5 * time.Second}
	return &ingest.Poller{Ingester: ing, Store: db, Now: now, Interval: 10 * time.Minute, Announce: ann.add}, db
}

// TestFeedLease: two pollers sharing one database poll each feed once and
// announce each item once, also when one of them dies mid-poll.
func TestFeedLease(t *testing.T) {
	url := storetest.PostgresURL(t)
	ctx := context.Background()
	site := newNewsSite(t)
	var clockMu sync.Mutex
	clock := time.Date(2026, 12, 2, 12, 0, 0, 0, time.UTC)
	now := func() time.Time { clockMu.Lock(); defer clockMu.Unlock(); return clock }
	ann := &announcements{}
	a, dbA := leasePoller(t, url, now, ann)
	b, _ := leasePoller(t, url, now, ann)
	if _, err := a.AddFeed(ctx, "g1", site.URL+"/feed1.xml", 0, "c1", "mod"); err != nil {
		t.Fatal(err)
	}

	// A dies while it fetches the second item of feed 1.
	ctxA, kill := context.WithCancel(ctx)
	site.hook = func(path string) {
		if path == "/news/1/2" {
			kill()
			dbA.Close()
		}
	}
	if _, err := a.PollOnce(ctxA); err == nil {
		t.Fatal("the killed poller finished its poll")
	}
	site.mu.Lock()
	site.hook = nil
	site.mu.Unlock()
	// B may not take the feed while A's lease lasts...
	if reps, err := b.PollOnce(ctx); err != nil || len(reps) != 0 {
		t.Fatalf("B polled a leased feed: %+v, %v", reps, err)
	}
	// ...and takes it over once the lease has expired.
	clockMu.Lock()
	clock = clock.Add(3 * time.Minute)
	clockMu.Unlock()
	reps, err := b.PollOnce(ctx)
	if err != nil || len(reps) != 1 || reps[0].Seen != 1 || len(reps[0].Added) != 2 {
		t.Fatalf("B's poll after the lease expired = %+v, %v; want 1 seen, 2 added", reps, err)
	}

	// Four more feeds, polled by two live pollers at once.
	a2, _ := leasePoller(t, url, now, ann)
	for i := 2; i <= 5; i++ {
		if _, err := a2.AddFeed(ctx, fmt.Sprintf("g%d", i%2+1), fmt.Sprintf("%s/feed%d.xml", site.URL, i), 0, "c1", "mod"); err != nil {
			t.Fatal(err)
		}
	}
	before := site.count("/feed2.xml")
	var wg sync.WaitGroup
	for _, p := range []*ingest.Poller{a2, b} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := p.PollOnce(ctx); err != nil {
				t.Errorf("concurrent poll: %v", err)
			}
		}()
	}
	wg.Wait()
	for i := 2; i <= 5; i++ {
		if n := site.count(fmt.Sprintf("/feed%d.xml", i)); i == 2 && n-before != 1 || i > 2 && n != 2 {
			// feed i was fetched once by AddFeed (discovery) and once by one poll
			t.Errorf("feed %d fetched %d times", i, n)
		}
	}
	for feed := 1; feed <= 5; feed++ {
		for item := 1; item <= 3; item++ {
			title := fmt.Sprintf("Report %d-%d", feed, item)
			var got int
			for k, n := range ann.n {
				if strings.HasPrefix(k, title+":") || k == title {
					got += n
				}
			}
			if got != 1 {
				t.Errorf("%s announced %d times, want once (all: %v)", title, got, ann.n)
			}
		}
	}
}

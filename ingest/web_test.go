package ingest

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/store/sqlite"
	"github.com/newsbot/newsbot/store/storetest"
)

var _ newsbot.WebStore = (*sqlite.DB)(nil)

// site is an httptest server whose pages can be changed during a test.
type site struct {
	*httptest.Server
	mu    sync.Mutex
	pages map[string]page
}

type page struct {
	contentType string
	body        string
	status      int
	location    string
}

func newSite(t *testing.T) *site {
	s := &site{pages: map[string]page{}}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		p, ok := s.pages[r.URL.Path]
		s.mu.Unlock()
		if !ok {
			http.NotFound(w, r)
			return
		}
		if p.location != "" {
			http.Redirect(w, r, p.location, http.StatusFound)
			return
		}
		w.Header().Set("Content-Type", p.contentType)
		if p.status != 0 {
			w.WriteHeader(p.status)
		}
		w.Write([]byte(p.body))
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *site) set(path, contentType, body string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.pages[path] = page{contentType: contentType, body: body}
}

func (s *site) redirect(path, to string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.pages[path] = page{location: to}
}

func webFixture(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "web", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// testIngester returns an ingester on a real store whose fetcher may reach
// the loopback test servers.
func testIngester(t *testing.T) (*Ingester, *sqlite.DB) {
	db := storetest.MustOpen(t)
	ing := New(db)
	ing.Fetcher = &Fetcher{AllowPrivate: true, Timeout: 5 * time.Second}
	return ing, db
}

func articleCount(t *testing.T, db *sqlite.DB, guild string) int {
	t.Helper()
	list, err := db.Articles(context.Background(), guild)
	if err != nil {
		t.Fatal(err)
	}
	return len(list)
}

func TestAddURLNewsPage(t *testing.T) {
	ctx := context.Background()
	s := newSite(t)
	s.set("/news/harbour-ban", "text/html; charset=utf-8", webFixture(t, "news-page.html"))
	ing, db := testIngester(t)
	res, err := ing.AddURL(ctx, "g", s.URL+"/news/harbour-ban?utm_source=feed&fbclid=x", Meta{})
	if err != nil {
		t.Fatal(err)
	}
	a, err := db.Article(ctx, "g", res.ID)
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Harbour town votes to ban cruise ships" || a.Outlet != "The Coastal Ledger" || a.Published != "2025-06-03" || a.Byline != "Mara Quint" {
		t.Errorf("metadata: title %q outlet %q published %q byline %q", a.Title, a.Outlet, a.Published, a.Byline)
	}
	if a.URL != "https://ledger.example/news/harbour-ban?id=7" {
		t.Errorf("url = %q, want the canonical link without tracking parameters", a.URL)
	}
	for _, bad := range []string{"Skip to main content", "Advertisement", "Subscribe", "Sign up", "newsletter", "Follow us", "Related stories", "cookies"} {
		if strings.Contains(a.Text, bad) {
			t.Errorf("stored text keeps %q", bad)
		}
	}
	if !strings.Contains(a.Text, `"We are not against visitors, we are against being overrun," said Elin Harte`) {
		t.Errorf("stored text lost the quote: %q", a.Text)
	}
	// The canonical link is the article's identity: the same page again is
	// a duplicate, not a second article.
	again, err := ing.AddURL(ctx, "g", s.URL+"/news/harbour-ban", Meta{})
	if err != nil || again.DuplicateOf != res.ID {
		t.Errorf("re-add: %+v, %v; want duplicate_of %d", again, err, res.ID)
	}
}

func TestAddURLRefusals(t *testing.T) {
	ctx := context.Background()
	s := newSite(t)
	s.set("/report.pdf", "application/pdf", "%PDF-1.7 binary")
	s.set("/photo", "text/html", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
	s.set("/feed.xml", "application/rss+xml", `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>`)
	s.set("/empty", "text/html", "<html><body><nav>Menu</nav></body></html>")
	s.redirect("/loop", "/loop")
	tests := []struct {
		name, url, code, msg string
	}{
		{"PDF", s.URL + "/report.pdf", newsbot.EINVALID, "a PDF"},
		{"BinaryBody", s.URL + "/photo", newsbot.EINVALID, "PNG"},
		{"Feed", s.URL + "/feed.xml", newsbot.EINVALID, "follow it as a feed"},
		{"NoArticle", s.URL + "/empty", newsbot.EINVALID, "no article text"},
		{"NotFound", s.URL + "/missing", newsbot.ENOTFOUND, "404"},
		{"RedirectLoop", s.URL + "/loop", newsbot.EINVALID, "redirects more than"},
		{"FileScheme", "file:///etc/passwd", newsbot.EINVALID, "only http:// and https://"},
		{"FTP", "ftp://example.com/a.txt", newsbot.EINVALID, "only http:// and https://"},
		{"NoHost", "http:///path", newsbot.EINVALID, "no host"},
		{"Credentials", "http://user:pw@example.com/", newsbot.EINVALID, "user name"},
	}
	closed := httptest.NewServer(http.NotFoundHandler())
	closed.Close()
	tests = append(tests, struct{ name, url, code, msg string }{"NoAnswer", closed.URL + "/story", newsbot.EUNAVAIL, "could not be fetched"})
	ing, db := testIngester(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ing.AddURL(ctx, "g", tt.url, Meta{})
			if newsbot.ErrorCode(err) != tt.code || !strings.Contains(newsbot.ErrorMessage(err), tt.msg) {
				t.Errorf("err = %v (%s), want %s containing %q", err, newsbot.ErrorCode(err), tt.code, tt.msg)
			}
		})
	}
	if n := articleCount(t, db, "g"); n != 0 {
		t.Errorf("%d articles stored after refusals, want 0", n)
	}
}

func TestAddURLPrivateAddresses(t *testing.T) {
	ctx := context.Background()
	s := newSite(t)
	s.set("/story", "text/html", webFixture(t, "news-page.html"))
	db := storetest.MustOpen(t)
	ing := New(db) // default fetcher: private addresses refused
	_, err := ing.AddURL(ctx, "g", s.URL+"/story", Meta{})
	if newsbot.ErrorCode(err) != newsbot.EINVALID || !strings.Contains(err.Error(), "loopback") || !strings.Contains(err.Error(), "NEWSBOT_ALLOW_PRIVATE_URLS") {
		t.Errorf("loopback URL: err = %v, want a refusal naming loopback and the override", err)
	}
	// localhost resolves to loopback: refused after DNS resolution.
	u, _ := url.Parse(s.URL)
	_, err = ing.AddURL(ctx, "g", "http://localhost:"+u.Port()+"/story", Meta{})
	if newsbot.ErrorCode(err) != newsbot.EINVALID {
		t.Errorf("localhost: err = %v, want EINVALID", err)
	}

	// A "public" site (allowed by the test hook) that redirects to a private
	// address or to the cloud metadata address is refused at the redirect.
	public := newSite(t)
	pu, _ := url.Parse(public.URL)
	publicPort := netip.MustParseAddrPort(pu.Host).Port()
	ing.Fetcher = &Fetcher{Timeout: 10 * time.Second, allow: func(ap netip.AddrPort) bool { return ap.Port() == publicPort }}
	public.set("/ok", "text/html", webFixture(t, "other-story.html"))
	public.redirect("/to-private", s.URL+"/story")
	public.redirect("/to-metadata", "http://169.254.169.254/latest/meta-data/")
	for _, path := range []string{"/to-private", "/to-metadata"} {
		_, err := ing.AddURL(ctx, "g", public.URL+path, Meta{})
		if newsbot.ErrorCode(err) != newsbot.EINVALID || !strings.Contains(err.Error(), "refused") {
			t.Errorf("%s: err = %v, want a refusal", path, err)
		}
	}
	if n := articleCount(t, db, "g"); n != 0 {
		t.Errorf("%d articles stored after refusals, want 0", n)
	}
	if _, err := ing.AddURL(ctx, "g", public.URL+"/ok", Meta{}); err != nil {
		t.Errorf("public page: %v", err)
	}
}

func TestBlockedReason(t *testing.T) {
	tests := []struct {
		addr string
		want bool
	}{
		{"127.0.0.1", true}, {"10.1.2.3", true}, {"172.16.0.1", true}, {"192.168.1.1", true},
		{"169.254.169.254", true}, {"100.64.0.1", true}, {"0.0.0.0", true}, {"224.0.0.1", true},
		{"255.255.255.255", true}, {"::1", true}, {"fe80::1", true}, {"fc00::1", true},
		{"::ffff:127.0.0.1", true}, {"64:ff9b::a00:1", true}, {"ff02::1", true},
		{"93.184.215.14", false}, {"8.8.8.8", false}, {"2606:4700::1111", false}, {"64:ff9b::808:808", false},
	}
	for _, tt := range tests {
		if got := blockedReason(netip.MustParseAddr(tt.addr)) != ""; got != tt.want {
			t.Errorf("blocked(%s) = %v, want %v", tt.addr, got, tt.want)
		}
	}
}

func TestFetchLimits(t *testing.T) {
	ctx := context.Background()
	big := strings.Repeat("<p>All work and no play makes a dull day.</p>\n", 20<<20/47)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/big-chunked":
			w.Header().Set("Content-Type", "text/html")
			for i := 0; i < 20; i++ {
				w.Write([]byte(big[:1<<20]))
				w.(http.Flusher).Flush()
			}
		case "/big":
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte(big))
		case "/slow":
			select {
			case <-r.Context().Done():
			case <-time.After(5 * time.Second):
			}
		}
	}))
	defer srv.Close()
	ing, db := testIngester(t)
	for _, path := range []string{"/big", "/big-chunked"} {
		_, err := ing.AddURL(ctx, "g", srv.URL+path, Meta{})
		if newsbot.ErrorCode(err) != newsbot.EINVALID || !strings.Contains(err.Error(), "larger than 10 MB") {
			t.Errorf("%s: err = %v, want EINVALID about 10 MB", path, err)
		}
	}
	ing.Fetcher = &Fetcher{AllowPrivate: true, Timeout: 300 * time.Millisecond}
	start := time.Now()
	_, err := ing.AddURL(ctx, "g", srv.URL+"/slow", Meta{})
	if newsbot.ErrorCode(err) != newsbot.EUNAVAIL || !strings.Contains(err.Error(), "did not answer") {
		t.Errorf("slow: err = %v, want EUNAVAIL", err)
	}
	if time.Since(start) > 4*time.Second {
		t.Errorf("slow server was waited for %v; the timeout did not apply", time.Since(start))
	}
	if n := articleCount(t, db, "g"); n != 0 {
		t.Errorf("%d articles stored, want 0", n)
	}
}

// TestWireCopiesOneStory serves one agency story on two sites with
// different boilerplate and small edits: both are stored, as one story with
// two outlets; an unrelated story is a story of its own.
func TestWireCopiesOneStory(t *testing.T) {
	ctx := context.Background()
	a, b := newSite(t), newSite(t)
	a.set("/world/antwerp-strike", "text/html", webFixture(t, "wire-site-a.html"))
	a.set("/local/ferry", "text/html", webFixture(t, "other-story.html"))
	b.set("/europe/antwerp", "text/html", webFixture(t, "wire-site-b.html"))
	ing, db := testIngester(t)
	ra, err := ing.AddURL(ctx, "g", a.URL+"/world/antwerp-strike", Meta{})
	if err != nil {
		t.Fatal(err)
	}
	rb, err := ing.AddURL(ctx, "g", b.URL+"/europe/antwerp", Meta{})
	if err != nil {
		t.Fatal(err)
	}
	rc, err := ing.AddURL(ctx, "g", a.URL+"/local/ferry", Meta{})
	if err != nil {
		t.Fatal(err)
	}
	if rb.DuplicateOf != 0 || rb.ID == ra.ID {
		t.Fatalf("copy on another site was not stored: %+v", rb)
	}
	if rb.StoryID != ra.StoryID || ra.StoryID != ra.ID {
		t.Errorf("story ids: a %d (id %d), b %d; want b in a's story", ra.StoryID, ra.ID, rb.StoryID)
	}
	if rc.StoryID == ra.StoryID {
		t.Errorf("unrelated story grouped with the wire story")
	}
	stories, err := db.StoryIDs(ctx, "g", []int64{ra.ID, rb.ID, rc.ID})
	if err != nil {
		t.Fatal(err)
	}
	if stories[ra.ID] != stories[rb.ID] || stories[rc.ID] == stories[ra.ID] {
		t.Errorf("StoryIDs = %v", stories)
	}
	arts, err := db.StoryArticles(ctx, "g", ra.StoryID)
	if err != nil {
		t.Fatal(err)
	}
	var outlets []string
	for _, x := range arts {
		outlets = append(outlets, x.Outlet)
	}
	if strings.Join(outlets, ",") != "Daily Harbour,The Continental Post" {
		t.Errorf("story outlets = %v", outlets)
	}
	// Another guild keeps its own stories.
	if other, err := db.StoryIDs(ctx, "h", []int64{ra.ID}); err != nil || len(other) != 0 {
		t.Errorf("guild h sees guild g's story: %v %v", other, err)
	}
}

// TestCorrection re-adds a URL whose text changed: the article keeps its id,
// its sentences, chunks and claims are replaced, and the old text is kept as
// a version.
func TestCorrection(t *testing.T) {
	ctx := context.Background()
	s := newSite(t)
	v1 := webFixture(t, "other-story.html")
	s.set("/local/ferry", "text/html", v1)
	ing, db := testIngester(t)
	first, err := ing.AddURL(ctx, "g", s.URL+"/local/ferry", Meta{})
	if err != nil {
		t.Fatal(err)
	}
	v2 := strings.Replace(v1, "About 1,200 commuters", "About 1,500 commuters", 1)
	s.set("/local/ferry", "text/html", v2)
	second, err := ing.AddURL(ctx, "g", s.URL+"/local/ferry", Meta{})
	if err != nil {
		t.Fatal(err)
	}
	if !second.Updated || second.ID != first.ID || second.DuplicateOf != 0 {
		t.Fatalf("correction result = %+v, want updated article %d", second, first.ID)
	}
	a, err := db.Article(ctx, "g", first.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "About 1,500 commuters") || strings.Contains(a.Text, "1,200") {
		t.Errorf("article text not corrected: %q", a.Text)
	}
	sents, err := db.Sentences(ctx, "g", first.ID)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, sn := range sents {
		if a.Text[sn.Start:sn.End] != sn.Text {
			t.Errorf("sentence %d offsets do not match the new text", sn.Seq)
		}
		found = found || strings.Contains(sn.Text, "1,500")
	}
	if !found {
		t.Errorf("sentences not replaced")
	}
	hits, err := db.SearchChunks(ctx, "g", newsbot.Keywords("1,200"), 5)
	if err == nil && len(hits) > 0 {
		t.Errorf("old text still searchable: %+v", hits)
	}
	versions, err := db.ArticleVersions(ctx, "g", first.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(versions) != 1 || !strings.Contains(versions[0].Text, "About 1,200 commuters") {
		t.Errorf("versions = %+v, want the old text", versions)
	}
	if n := articleCount(t, db, "g"); n != 1 {
		t.Errorf("%d articles, want 1", n)
	}
	// The same text again changes nothing.
	third, err := ing.AddURL(ctx, "g", s.URL+"/local/ferry", Meta{})
	if err != nil || third.DuplicateOf != first.ID {
		t.Errorf("unchanged re-add = %+v, %v", third, err)
	}
}

func TestMinHashSimilarity(t *testing.T) {
	base := "Thousands of dockworkers at the port of Antwerp walked off the job on Tuesday in protest against plans to automate container terminals, bringing most cargo handling to a halt, union officials said. The port authority said 40 ships were waiting to berth and that it expected delays of up to three days once work resumed."
	edited := strings.Replace(base, "once work resumed", "after work resumed", 1) + " Antwerp is Europe's second-busiest container port."
	other := "The ferry linking the two lakeside towns of Brenn and Osterwald resumed service on Monday after engineers repaired a pier damaged in last month's storm, the operator said. About 1,200 commuters use the crossing each day, according to the regional transport authority."
	if s := Similarity(MinHash(base), MinHash(edited)); s < copysimilarity {
		t.Errorf("edited copy similarity %.2f < %.2f", s, copysimilarity)
	}
	if s := Similarity(MinHash(base), MinHash(other)); s > 0.2 {
		t.Errorf("different stories similarity %.2f", s)
	}
	// A site that runs only the first paragraphs of the story.
	long := base + " " + strings.Repeat("Terminal operator Harbourline said the automation project would not lead to forced redundancies and that talks with unions would continue. ", 1) +
		"Belgium's labour minister urged both sides to return to the negotiating table, saying the strike was costing the economy millions of euros a day. " +
		"Shipping lines said they were diverting vessels to Rotterdam and Hamburg until the dispute was settled, adding to congestion at both ports."
	if j, c := Similarity(MinHash(base), MinHash(long)), Containment(MinHash(base), MinHash(long)); !IsCopy(MinHash(base), MinHash(long)) {
		t.Errorf("shortened copy not a copy: jaccard %.2f, containment %.2f", j, c)
	}
	if IsCopy(MinHash(base), MinHash(other)) {
		t.Errorf("different stories taken for copies")
	}
	if MinHash("too short to compare") != nil {
		t.Errorf("short text got a signature")
	}
}

// TestAddURLCharset reads a page served in ISO-8859-1 as UTF-8 text.
func TestAddURLCharset(t *testing.T) {
	ctx := context.Background()
	s := newSite(t)
	body := "<html><head><title>Caf\xe9 owners protest rent rises</title></head><body><article><h1>Caf\xe9 owners protest rent rises</h1>" +
		"<p>Caf\xe9 owners in the old town closed their doors for an hour on Friday in protest against rent rises of up to 40 percent, their association said.</p>" +
		"<p>\"We cannot pay these prices,\" said Ren\xe9 Aubry, who has run a caf\xe9 near the cathedral for 22 years. He said three of his neighbours had already closed for good.</p>" +
		"<p>The city council said it would discuss a cap on commercial rents at its next meeting in October, according to a statement from the mayor's office.</p></article></body></html>"
	s.set("/cafe", "text/html; charset=iso-8859-1", body)
	ing, db := testIngester(t)
	res, err := ing.AddURL(ctx, "g", s.URL+"/cafe", Meta{})
	if err != nil {
		t.Fatal(err)
	}
	a, err := db.Article(ctx, "g", res.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, `said René Aubry, who has run a café`) || a.Title != "Café owners protest rent rises" {
		t.Errorf("text not decoded from ISO-8859-1: %q", a.Text)
	}
}

// TestSameTextTwoSites serves one wire text on two sites with different
// chrome: one article is stored, and the second site is recorded as another
// outlet of it.
func TestSameTextTwoSites(t *testing.T) {
	ctx := context.Background()
	a, b := newSite(t), newSite(t)
	page := webFixture(t, "other-story.html")
	a.set("/ferry", "text/html", page)
	other := strings.ReplaceAll(page, "Daily Harbour", "Lakeside Gazette")
	other = strings.Replace(other, `<nav><a href="/">Home</a> | <a href="/local">Local</a></nav>`,
		`<header><a href="#main">Skip to main content</a><ul><li>Region</li><li>Weather</li></ul></header><div class="newsletter">Sign up for the Lakeside Gazette newsletter and get the news in your inbox.</div>`, 1)
	b.set("/news/ferry-back", "text/html", other)
	ing, db := testIngester(t)
	first, err := ing.AddURL(ctx, "g", a.URL+"/ferry", Meta{})
	if err != nil {
		t.Fatal(err)
	}
	second, err := ing.AddURL(ctx, "g", b.URL+"/news/ferry-back?utm_campaign=x", Meta{})
	if err != nil {
		t.Fatal(err)
	}
	if second.DuplicateOf != first.ID {
		t.Fatalf("same text on another site = %+v, want duplicate_of %d", second, first.ID)
	}
	srcs, err := db.ArticleSources(ctx, "g", first.ID)
	if err != nil || len(srcs) != 1 || srcs[0].Outlet != "Lakeside Gazette" || srcs[0].URL != b.URL+"/news/ferry-back" {
		t.Errorf("sources = %+v, %v; want the second site", srcs, err)
	}
	if again, err := db.ArticleByURL(ctx, "g", b.URL+"/news/ferry-back"); err != nil || again.ID != first.ID {
		t.Errorf("the second site's URL does not find the article: %+v, %v", again, err)
	}
	if n := articleCount(t, db, "g"); n != 1 {
		t.Errorf("%d articles stored, want 1", n)
	}
}

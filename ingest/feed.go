package ingest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"sort"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"

	"github.com/newsbot/newsbot"
)

// Feed polling defaults.
const (
	DefaultFeedInterval = 15 * time.Minute
	MinFeedInterval     = time.Minute
	DefaultMaxBackoff   = 24 * time.Hour
	DefaultFeedItems    = 20
	DefaultPollTick     = time.Minute
)

// Announcement tells about an article newly added from a feed.
type Announcement struct {
	Feed   newsbot.Feed // Feed.Channel is where to announce, if set
	Result Result
}

// FeedReport is the outcome of polling one feed.
type FeedReport struct {
	Feed        newsbot.Feed `json:"feed"`
	NotModified bool         `json:"not_modified,omitempty"`
	Added       []Result     `json:"added"`
	Seen        int          `json:"seen"`    // items already taken earlier
	Refused     int          `json:"refused"` // items refused for good (no article, binary, private address)
	Failed      int          `json:"failed"`  // items to retry at the next poll
	Error       string       `json:"error,omitempty"`
	// Problems says why items were refused or will be retried.
	Problems []ItemProblem `json:"problems,omitempty"`
}

// ItemProblem is a feed item that was not added, and why.
type ItemProblem struct {
	Item  string `json:"item"` // the item's title, else its link
	Error string `json:"error"`
	Retry bool   `json:"retry"` // true: tried again at the next poll
}

// Poller follows feeds: it fetches the feeds that are due (with conditional
// requests), adds their new items through Ingester, never takes an item
// twice, and backs off from feeds that fail. Required: Ingester (whose
// Fetcher is used) and Store. A Poller is safe for concurrent use, but two
// pollers on one database may take the same item twice.
type Poller struct {
	Ingester *Ingester
	Store    newsbot.FeedStore
	// Interval is the polling interval of feeds added without one
	// (default DefaultFeedInterval).
	Interval time.Duration
	// Tick is how often Run looks for due feeds (default DefaultPollTick).
	Tick time.Duration
	// MaxItems is how many of a feed's newest items one poll considers
	// (default DefaultFeedItems).
	MaxItems int
	// MaxBackoff caps the wait after repeated failures (default DefaultMaxBackoff).
	MaxBackoff time.Duration
	// Announce, when set, is called for each article added from a feed.
	Announce func(ctx context.Context, a Announcement)
	Logger   *slog.Logger
	Now      func() time.Time
}

// AddFeed follows rawURL in the guild. The URL must give an RSS, Atom or
// JSON feed, or an HTML page that links one (<link rel="alternate">). The
// feed's first poll is due at once. It returns EINVALID for a URL that is
// not a feed and ECONFLICT for a feed the guild already follows.
func (p *Poller) AddFeed(ctx context.Context, guild, rawURL string, interval time.Duration, channel, addedBy string) (*newsbot.Feed, error) {
	if interval == 0 {
		interval = p.interval()
	}
	if interval < MinFeedInterval {
		return nil, newsbot.Errorf(newsbot.EINVALID, "a feed interval of %s is too short; use %s or more", interval, strings.TrimSuffix(MinFeedInterval.String(), "0s"))
	}
	feedURL, parsed, err := p.discover(ctx, rawURL)
	if err != nil {
		return nil, err
	}
	f := &newsbot.Feed{Guild: guild, URL: feedURL, Title: plainText(parsed.Title), Interval: interval,
		Channel: channel, AddedBy: addedBy, AddedAt: p.now(), NextPoll: p.now()}
	if err := p.Store.CreateFeed(ctx, f); err != nil {
		return nil, err
	}
	return f, nil
}

// discover fetches rawURL and returns the feed URL and the parsed feed,
// following one <link rel="alternate"> from an HTML page.
func (p *Poller) discover(ctx context.Context, rawURL string) (string, *gofeed.Feed, error) {
	page, err := p.Ingester.fetcher().Fetch(ctx, rawURL, Conditional{})
	if err != nil {
		return "", nil, err
	}
	if !looksFeed(page.Body) && (looksHTML(page.Body) || page.ContentType == "text/html") {
		alt := feedLink(page.Body, page.URL)
		if alt == "" {
			return "", nil, newsbot.Errorf(newsbot.EINVALID, "the link gives a web page that names no RSS, Atom or JSON feed; give the feed's own URL (often ending in /rss, /feed or .xml)")
		}
		if page, err = p.Ingester.fetcher().Fetch(ctx, alt, Conditional{}); err != nil {
			return "", nil, err
		}
	}
	parsed, err := gofeed.NewParser().Parse(bytes.NewReader(page.Body))
	if err != nil {
		return "", nil, newsbot.Errorf(newsbot.EINVALID, "the link gives no RSS, Atom or JSON feed%s; give the feed's own URL (often ending in /rss, /feed or .xml)", parseDetail(err))
	}
	return page.URL.String(), parsed, nil
}

// parseDetail explains a feed parser's error in parentheses, unless the
// document was simply not a feed.
func parseDetail(err error) string {
	if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
		return ""
	}
	return " (" + err.Error() + ")"
}

// feedLink returns the first feed advertised by an HTML page, or "".
func feedLink(body []byte, base *url.URL) string {
	doc, err := html.Parse(bytes.NewReader(body))
	if err != nil {
		return ""
	}
	found := ""
	walk(doc, func(n *html.Node) {
		if found != "" || n.Data != "link" || !strings.Contains(strings.ToLower(attr(n, "rel")), "alternate") {
			return
		}
		switch strings.ToLower(attr(n, "type")) {
		case "application/rss+xml", "application/atom+xml", "application/feed+json", "application/json":
			if u, err := base.Parse(attr(n, "href")); err == nil {
				found = u.String()
			}
		}
	})
	return found
}

// RemoveFeed stops following one of the guild's feeds; articles taken from
// it stay. It returns ENOTFOUND for an unknown feed.
func (p *Poller) RemoveFeed(ctx context.Context, guild string, id int64) error {
	return p.Store.DeleteFeed(ctx, guild, id)
}

// Run polls due feeds every Tick until ctx is done, then returns nil.
func (p *Poller) Run(ctx context.Context) error {
	tick := p.Tick
	if tick <= 0 {
		tick = DefaultPollTick
	}
	t := time.NewTicker(tick)
	defer t.Stop()
	for {
		if _, err := p.PollOnce(ctx); err != nil && ctx.Err() == nil {
			p.logger().Error("feed poll", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// PollOnce polls every feed of every guild that is due, and returns a
// report per feed. Failures of single feeds are in the reports; the error
// is for the store.
func (p *Poller) PollOnce(ctx context.Context) ([]FeedReport, error) {
	feeds, err := p.Store.DueFeeds(ctx, p.now())
	if err != nil {
		return nil, err
	}
	return p.pollAll(ctx, feeds)
}

// PollGuild polls every feed of the guild now, due or not (for cron jobs
// and `newsbot feed poll`).
func (p *Poller) PollGuild(ctx context.Context, guild string) ([]FeedReport, error) {
	feeds, err := p.Store.Feeds(ctx, guild)
	if err != nil {
		return nil, err
	}
	return p.pollAll(ctx, feeds)
}

func (p *Poller) pollAll(ctx context.Context, feeds []newsbot.Feed) ([]FeedReport, error) {
	reports := make([]FeedReport, 0, len(feeds))
	for i := range feeds {
		if ctx.Err() != nil {
			return reports, ctx.Err()
		}
		rep, err := p.PollFeed(ctx, &feeds[i])
		if err != nil {
			return reports, err
		}
		reports = append(reports, rep)
	}
	return reports, nil
}

// PollFeed fetches one feed and adds its new items. Fetch and parse
// failures are recorded on the feed (with exponential backoff) and in the
// report; the error is for the store.
func (p *Poller) PollFeed(ctx context.Context, f *newsbot.Feed) (FeedReport, error) {
	rep := FeedReport{Added: []Result{}}
	now := p.now()
	f.LastPolled = now
	page, err := p.Ingester.fetcher().Fetch(ctx, f.URL, Conditional{ETag: f.ETag, LastModified: f.LastModified})
	var parsed *gofeed.Feed
	if err == nil && !page.NotModified {
		if parsed, err = gofeed.NewParser().Parse(bytes.NewReader(page.Body)); err != nil {
			err = newsbot.Errorf(newsbot.EINVALID, "the feed can no longer be read (%v); check that it still exists", err)
		}
	}
	if err != nil {
		if ctx.Err() != nil {
			return rep, ctx.Err()
		}
		f.Failures++
		f.LastError = newsbot.ErrorMessage(err)
		f.NextPoll = now.Add(p.backoff(f))
		rep.Error = f.LastError
		p.logger().Warn("feed poll failed", "feed", f.ID, "guild", f.Guild, "url", f.URL, "failures", f.Failures, "err", err)
		rep.Feed = *f
		return rep, p.Store.UpdateFeedState(ctx, f)
	}
	f.Failures, f.LastError = 0, ""
	f.NextPoll = now.Add(feedInterval(f, p.interval()))
	if page.ETag != "" || page.LastModified != "" {
		f.ETag, f.LastModified = page.ETag, page.LastModified
	}
	if page.NotModified {
		rep.NotModified = true
	} else {
		if f.Title == "" {
			f.Title = plainText(parsed.Title)
		}
		if err := p.takeItems(ctx, f, page.URL, parsed.Items, &rep); err != nil {
			return rep, err
		}
	}
	rep.Feed = *f
	return rep, p.Store.UpdateFeedState(ctx, f)
}

// takeItems adds a feed's new items, oldest first, so announcements come in
// publication order.
func (p *Poller) takeItems(ctx context.Context, f *newsbot.Feed, base *url.URL, items []*gofeed.Item, rep *FeedReport) error {
	items = newestItems(items, p.maxItems())
	for i := len(items) - 1; i >= 0; i-- {
		it := items[i]
		key := itemKey(it, base)
		state, err := p.itemState(ctx, f, key, it)
		if err != nil {
			return err
		} else if state == itemSeen {
			rep.Seen++
			continue
		}
		res, err := p.addItem(ctx, f, base, it, state == itemChanged)
		switch code := newsbot.ErrorCode(err); {
		case err == nil:
			if err := p.markItem(ctx, f, key, it, res.ID); err != nil {
				return err
			}
			if res.DuplicateOf != 0 {
				rep.Seen++
				continue
			}
			rep.Added = append(rep.Added, *res)
			if p.Announce != nil && !res.Updated && !backlog(it, f) {
				p.Announce(ctx, Announcement{Feed: *f, Result: *res})
			}
		case ctx.Err() != nil:
			return ctx.Err()
		case code == newsbot.EINVALID || code == newsbot.ENOTFOUND:
			// Refused for good (binary, private address, no article text).
			rep.Refused++
			rep.Problems = append(rep.Problems, ItemProblem{Item: itemName(it), Error: newsbot.ErrorMessage(err)})
			p.logger().Info("feed item refused", "feed", f.ID, "item", key, "err", err)
			if err := p.markItem(ctx, f, key, it, 0); err != nil {
				return err
			}
		default:
			rep.Failed++
			rep.Problems = append(rep.Problems, ItemProblem{Item: itemName(it), Error: newsbot.ErrorMessage(err), Retry: true})
			p.logger().Warn("feed item failed; retrying at the next poll", "feed", f.ID, "item", key, "err", err)
		}
	}
	return nil
}

// addItem stores one feed item: the linked page, or the item's own content
// when the page cannot be fetched or holds no article. An item changed
// since it was taken (again) is fetched even though its page is stored, so
// that a correction becomes a new version of the article.
func (p *Poller) addItem(ctx context.Context, f *newsbot.Feed, base *url.URL, it *gofeed.Item, again bool) (*Result, error) {
	meta := Meta{AddedBy: fmt.Sprintf("feed:%d", f.ID)}
	link := resolveLink(base, it.Link)
	var err error
	if ws, ok := p.Ingester.Store.(newsbot.WebStore); ok && link != "" && !again {
		// An item whose page is already stored is not fetched again.
		if prev, err := ws.ArticleByURL(ctx, f.Guild, CanonicalURL(link)); err == nil {
			return duplicate(prev), nil
		}
	}
	if link != "" {
		var res *Result
		if res, err = p.addPage(ctx, f, link, it, meta); err == nil {
			return res, nil
		}
	}
	content := firstNonEmpty(it.Content, it.Description)
	if wordCount(content) < 40 {
		if err == nil {
			err = newsbot.Errorf(newsbot.EINVALID, "feed item %q has no link and too little text", it.Title)
		}
		return nil, err
	}
	c, cerr := CleanHTML([]byte("<html><body><article>"+content+"</article></body></html>"), base)
	if cerr != nil {
		return nil, cerr
	}
	if t := plainText(it.Title); t != "" {
		setHeadline(c, t)
	}
	c.URL, c.Canonical = link, CanonicalURL(link)
	if it.PublishedParsed != nil {
		c.Published = it.PublishedParsed.UTC().Format("2006-01-02")
	}
	if c.Outlet == "" {
		c.Outlet = feedOutlet(f.Title)
	}
	if c.Byline == "" {
		c.Byline = itemAuthors(it)
	}
	return p.Ingester.AddCleaned(ctx, f.Guild, c, meta)
}

// addPage stores the page an item links to; the item's date fills in a
// page that gives none.
func (p *Poller) addPage(ctx context.Context, f *newsbot.Feed, link string, it *gofeed.Item, meta Meta) (*Result, error) {
	page, err := p.Ingester.fetcher().Fetch(ctx, link, Conditional{})
	if err != nil {
		return nil, err
	}
	c, err := CleanPage(page)
	if err != nil {
		return nil, err
	}
	if c.Published == "" && it.PublishedParsed != nil {
		c.Published = it.PublishedParsed.UTC().Format("2006-01-02")
	}
	return p.Ingester.AddCleaned(ctx, f.Guild, c, meta)
}

// feedOutlet names the outlet of a feed from its title, without the
// section that feed titles add by convention: "Site - Section", "Site:
// Section", "Site > Section", but "Section | Site". A story taken from the
// feed then has the same outlet as one taken from the site's pages.
func feedOutlet(title string) string {
	title = strings.TrimSpace(title)
	if i := strings.LastIndex(title, " | "); i > 0 {
		if site := strings.TrimSpace(title[i+3:]); wordCount(site) <= 4 {
			return site
		}
	}
	for _, sep := range []string{" - ", " – ", " — ", ": ", " > ", " » "} {
		if i := strings.Index(title, sep); i > 0 && wordCount(title[:i]) <= 4 && wordCount(title[i+len(sep):]) <= 4 {
			return strings.TrimSpace(title[:i])
		}
	}
	return title
}

// itemName names a feed item in reports: its title, else its link.
func itemName(it *gofeed.Item) string {
	return firstNonEmpty(plainText(it.Title), it.Link, it.GUID)
}

// plainText returns a feed title as text: Atom's type="html" titles and
// many RSS titles carry markup ("What the <em>new</em> rules mean") and
// entities.
func plainText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return strings.Join(strings.Fields(s), " ")
	}
	doc, err := html.Parse(strings.NewReader("<html><body><p>" + s + "</p></body></html>"))
	if err != nil {
		return strings.TrimSpace(s)
	}
	var b strings.Builder
	var text func(*html.Node)
	text = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			text(c)
		}
	}
	text(doc)
	return strings.Join(strings.Fields(b.String()), " ")
}

// itemAuthors joins the names of a feed item's authors (RSS dc:creator or
// author, Atom author, JSON Feed authors).
func itemAuthors(it *gofeed.Item) string {
	var names []string
	for _, a := range it.Authors {
		if a != nil && strings.TrimSpace(a.Name) != "" {
			names = append(names, strings.TrimSpace(a.Name))
		}
	}
	return strings.Join(names, ", ")
}

// newestItems returns up to n items, newest first (items without a date
// keep their feed order after dated ones).
func newestItems(items []*gofeed.Item, n int) []*gofeed.Item {
	out := append([]*gofeed.Item(nil), items...)
	sort.SliceStable(out, func(i, j int) bool {
		ti, tj := itemTime(out[i]), itemTime(out[j])
		return ti.After(tj)
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

func itemTime(it *gofeed.Item) time.Time {
	if it.PublishedParsed != nil {
		return *it.PublishedParsed
	}
	if it.UpdatedParsed != nil {
		return *it.UpdatedParsed
	}
	return time.Time{}
}

// itemKey identifies a feed item across polls: its GUID, else its
// canonical link, else a hash of its title and text.
func itemKey(it *gofeed.Item, base *url.URL) string {
	if g := strings.TrimSpace(it.GUID); g != "" {
		return "guid:" + g
	}
	if l := resolveLink(base, it.Link); l != "" {
		return "url:" + CanonicalURL(l)
	}
	sum := sha256.Sum256([]byte(it.Title + "\x00" + it.Description + "\x00" + it.Content))
	return "hash:" + hex.EncodeToString(sum[:16])
}

func resolveLink(base *url.URL, link string) string {
	link = strings.TrimSpace(link)
	if link == "" {
		return ""
	}
	u, err := base.Parse(link)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return ""
	}
	return u.String()
}

func feedInterval(f *newsbot.Feed, def time.Duration) time.Duration {
	if f.Interval > 0 {
		return f.Interval
	}
	return def
}

// backoff doubles the feed's interval for each consecutive failure, up to
// MaxBackoff.
func (p *Poller) backoff(f *newsbot.Feed) time.Duration {
	limit := p.MaxBackoff
	if limit <= 0 {
		limit = DefaultMaxBackoff
	}
	d := feedInterval(f, p.interval())
	for i := 0; i < f.Failures && d < limit; i++ {
		d *= 2
	}
	return min(d, limit)
}

func (p *Poller) interval() time.Duration {
	if p.Interval > 0 {
		return p.Interval
	}
	return DefaultFeedInterval
}

func (p *Poller) maxItems() int {
	if p.MaxItems > 0 {
		return p.MaxItems
	}
	return DefaultFeedItems
}

func (p *Poller) now() time.Time {
	if p.Now != nil {
		return p.Now().UTC()
	}
	return time.Now().UTC()
}

func (p *Poller) logger() *slog.Logger {
	if p.Logger != nil {
		return p.Logger
	}
	return slog.New(slog.DiscardHandler)
}

package ingest

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/newsbot/newsbot"
)

// AddURL fetches a web page with ing.Fetcher (request safety, size and time
// limits), extracts its article and stores it in the guild (see AddCleaned).
// Re-adding a URL whose text changed corrects the stored article.
func (ing *Ingester) AddURL(ctx context.Context, guild, rawURL string, m Meta) (*Result, error) {
	page, err := ing.fetcher().Fetch(ctx, rawURL, Conditional{})
	if err != nil {
		return nil, err
	}
	c, err := CleanPage(page)
	if err != nil {
		return nil, err
	}
	return ing.AddCleaned(ctx, guild, c, m)
}

// ErrFeed is the cause of the error for a link that gives a feed, not an
// article: each front end says how to follow a feed there.
var ErrFeed = errors.New("the link gives a feed")

// CleanPage extracts and cleans the article of a fetched page according to
// its content type (HTML, Markdown or plain text). A feed or other document
// is an EINVALID error.
func CleanPage(p *Page) (*Cleaned, error) {
	var c *Cleaned
	var err error
	if looksFeed(p.Body) {
		return nil, &newsbot.Error{Code: newsbot.EINVALID, Err: ErrFeed, Message: "the link gives an RSS, Atom or JSON feed, not an article; follow it as a feed instead"}
	}
	switch t := p.ContentType; {
	case t == "text/html" || t == "application/xhtml+xml" || !strings.HasPrefix(t, "text/") && !strings.Contains(t, "xml") && !strings.Contains(t, "json") && looksHTML(p.Body) || t == "text/plain" && looksHTML(p.Body):
		c, err = CleanHTML(p.Body, p.URL)
	case strings.Contains(t, "xml") || strings.Contains(t, "json"):
		return nil, &newsbot.Error{Code: newsbot.EINVALID, Err: ErrFeed, Message: fmt.Sprintf("the link gives a feed or data file (%s), not an article; if it is a feed, follow it as a feed instead", t)}
	case t == "text/markdown" || t == "text/x-markdown":
		c, err = CleanMarkdown(string(p.Body))
	default:
		if kind := binaryKind(p.Body); kind != "" {
			return nil, newsbot.Errorf(newsbot.EINVALID, "the page %s", describe(kind))
		}
		c, err = CleanText(string(p.Body))
	}
	if errors.Is(err, errNoText) {
		return nil, &newsbot.Error{Code: newsbot.EINVALID, Err: err, Message: "the page holds no article text that newsbot can read (it may need JavaScript or a login); copy the article into a .txt file and add that"}
	}
	if err != nil {
		return nil, err
	}
	if c.URL == "" {
		c.URL = p.URL.String()
	}
	if c.Canonical == "" {
		c.Canonical = CanonicalURL(c.URL)
	}
	if c.Outlet == "" {
		c.Outlet = outletFromHost(p.URL)
	}
	return c, nil
}

// looksFeed reports a feed whatever its content type: servers label feeds
// text/html or text/plain as often as not.
func looksFeed(body []byte) bool {
	head := strings.ToLower(strings.TrimSpace(string(body[:min(len(body), 1024)])))
	head = strings.TrimPrefix(head, "\ufeff")
	if strings.HasPrefix(head, "{") {
		return strings.Contains(head, "jsonfeed.org/version")
	}
	if strings.HasPrefix(head, "<?xml") {
		if i := strings.Index(head, "?>"); i >= 0 {
			head = strings.TrimSpace(head[i+2:])
		}
		for strings.HasPrefix(head, "<!--") || strings.HasPrefix(head, "<?") {
			end := strings.Index(head, ">")
			if end < 0 {
				return false
			}
			head = strings.TrimSpace(head[end+1:])
		}
	}
	return strings.HasPrefix(head, "<rss") || strings.HasPrefix(head, "<feed") || strings.HasPrefix(head, "<rdf:rdf")
}

// outletFromHost names an outlet after the site's host ("www.example.com"
// gives "example.com") when the page does not name itself.
func outletFromHost(u *url.URL) string {
	if u == nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

func (ing *Ingester) fetcher() *Fetcher {
	if ing.Fetcher != nil {
		return ing.Fetcher
	}
	return &Fetcher{}
}

// addWeb stores doc with URL dedup, corrections and story grouping. It is
// AddCleaned's path for stores that implement newsbot.WebStore.
func (ing *Ingester) addWeb(ctx context.Context, ws newsbot.WebStore, doc *newsbot.Document, canonical string) (*Result, error) {
	guild := doc.Article.Guild
	sig := MinHash(doc.Article.Text)
	w := newsbot.WebMeta{CanonicalURL: canonical, MinHash: sig, Bands: Bands(sig)}
	if canonical != "" {
		prev, err := ws.ArticleByURL(ctx, guild, canonical)
		switch {
		case err == nil && prev.Hash == doc.Article.Hash:
			return duplicate(prev), nil
		case err == nil:
			return ing.correct(ctx, ws, prev, doc, w)
		case newsbot.ErrorCode(err) != newsbot.ENOTFOUND:
			return nil, err
		}
	}
	if prev, err := ing.Store.FindArticleByHash(ctx, guild, doc.Article.Hash); err == nil {
		// The same text on another site: one article, one more outlet.
		if canonical != "" {
			if err := ws.AddArticleSource(ctx, guild, prev.ID, canonical, doc.Article.Outlet); err != nil {
				return nil, err
			}
		}
		return duplicate(prev), nil
	} else if newsbot.ErrorCode(err) != newsbot.ENOTFOUND {
		return nil, err
	}
	story, err := ing.findStory(ctx, ws, guild, sig)
	if err != nil {
		return nil, err
	}
	w.StoryID = story
	id, err := ws.CreateWebDocument(ctx, doc, w)
	if err != nil {
		return nil, err
	}
	if story == 0 {
		story = id
	}
	return &Result{ID: id, Title: doc.Article.Title, Chunks: len(doc.Chunks), Claims: len(doc.Claims), SetAside: doc.Article.SetAside, StoryID: story, URL: doc.Article.URL}, nil
}

// correct replaces a stored article's text with a changed version of it.
func (ing *Ingester) correct(ctx context.Context, ws newsbot.WebStore, prev *newsbot.Article, doc *newsbot.Document, w newsbot.WebMeta) (*Result, error) {
	if other, err := ing.Store.FindArticleByHash(ctx, prev.Guild, doc.Article.Hash); err == nil && other.ID != prev.ID {
		return duplicate(other), nil
	}
	reason := "text changed at " + w.CanonicalURL
	if err := ws.ReplaceDocument(ctx, prev.Guild, prev.ID, doc, w, reason); err != nil {
		return nil, err
	}
	return &Result{ID: prev.ID, Title: doc.Article.Title, Chunks: len(doc.Chunks), Claims: len(doc.Claims), SetAside: doc.Article.SetAside, Updated: true, URL: doc.Article.URL}, nil
}

// findStory returns the story of the most similar stored copy of a text
// with signature sig, or 0 when there is none.
func (ing *Ingester) findStory(ctx context.Context, ws newsbot.WebStore, guild string, sig []uint32) (int64, error) {
	if sig == nil {
		return 0, nil
	}
	cands, err := ws.SimilarArticles(ctx, guild, Bands(sig))
	if err != nil {
		return 0, err
	}
	best, story := 0.0, int64(0)
	for _, c := range cands {
		if s := Similarity(sig, c.MinHash); IsCopy(sig, c.MinHash) && s > best {
			best, story = s, c.StoryID
		}
	}
	return story, nil
}

func duplicate(prev *newsbot.Article) *Result {
	return &Result{ID: prev.ID, Title: prev.Title, Chunks: prev.Chunks, Claims: prev.Claims, DuplicateOf: prev.ID, URL: prev.URL}
}

package ingest

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"

	"github.com/newsbot/newsbot"
)

// CleanHTML extracts the article of an HTML page with a readability parser
// (main text without navigation, ads and sidebars), reads its metadata
// (headline, site name, author, published date from meta tags and schema.org
// JSON-LD, canonical URL), and cleans the text like CleanText. pageURL may be
// nil for local files; relative canonical links are resolved against it.
// It returns an EINVALID error when the page holds no article text.
func CleanHTML(data []byte, pageURL *url.URL) (*Cleaned, error) {
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, newsbot.Errorf(newsbot.EINVALID, "the HTML could not be parsed (%v); save the page again or paste its text", err)
	}
	canonical := canonicalLink(doc, pageURL)
	published := metaDate(doc)
	ld := jsonLD(doc)
	description := metaDescription(doc)
	hidden := removeHidden(doc)
	captions := prunePage(doc)
	items, links := listItems(doc)
	heads := subheadings(doc)
	for h := range heads {
		delete(links, h) // a table of contents names the headings
	}
	h1s := headings(doc, "h1")
	art, err := readability.FromDocument(doc, pageURL)
	text := ""
	if err == nil && art.Node != nil {
		text = render.InnerText(art.Node)
	}
	if strings.TrimSpace(text) == "" {
		if body := findElement(doc, "body"); body != nil {
			text = render.InnerText(body)
		}
	}
	c, err := cleanParagraphs(htmlParagraphs(text), marks{captions: captions, items: items, links: links})
	if err != nil {
		return nil, err
	}
	title, site := splitSiteName(strings.TrimSpace(art.Title()), h1s, firstNonEmpty(art.SiteName(), ld.Publisher))
	if t := title; t != "" {
		setHeadline(c, t)
	}
	if c.Byline == "" {
		c.Byline = firstNonEmpty(art.Byline(), strings.Join(ld.Authors, ", "))
	}
	c.Outlet = firstNonEmpty(art.SiteName(), ld.Publisher, site, titleSuffix(doc, c.Title))
	if t, err := art.PublishedTime(); err == nil {
		c.Published = t.Format("2006-01-02")
	} else if d := firstNonEmpty(ld.Published, published); d != "" {
		c.Published = d
	}
	if c.Standfirst == "" {
		// Only the page's own summary: readability's fallback, the first
		// paragraph, may be a byline or a caption.
		if ex := description; ex != "" && !strings.Contains(c.Text(), ex) && !isBoilerplate(ex, false) && ex != c.Byline {
			c.Standfirst = ex
		}
	}
	markSubheadings(c, heads)
	c.Hidden = hidden
	if canonical != "" {
		c.Canonical = canonical
		c.URL = canonical
	} else if pageURL != nil {
		c.URL = pageURL.String()
		c.Canonical = CanonicalURL(pageURL.String())
	}
	return c, nil
}

// subheadings returns the texts of the page's h2 to h6 headings.
func subheadings(doc *html.Node) map[string]bool {
	return headings(doc, "h2", "h3", "h4", "h5", "h6")
}

// headings returns the texts of the page's elements with the given tags.
func headings(doc *html.Node, tags ...string) map[string]bool {
	heads := map[string]bool{}
	walk(doc, func(n *html.Node) {
		for _, tag := range tags {
			if n.Data != tag {
				continue
			}
			if t := strings.Join(strings.Fields(strings.ReplaceAll(render.InnerText(n), "\u00a0", " ")), " "); t != "" {
				heads[t] = true
			}
		}
	})
	return heads
}

// splitSiteName takes the site's name off a page title ("Headline | Site",
// "Site - Headline") when the rest is the page's own h1 or the name is the
// site's known name, and returns the headline and the name ("" if none).
func splitSiteName(title string, h1s map[string]bool, site string) (string, string) {
	for _, sep := range titleSeparators {
		if i := strings.LastIndex(title, sep); i > 0 {
			head, name := strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+len(sep):])
			if wordCount(name) <= 5 && (h1s[head] || site != "" && strings.EqualFold(name, site)) {
				return head, name
			}
		}
		if i := strings.Index(title, sep); i > 0 {
			name, head := strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+len(sep):])
			if wordCount(name) <= 5 && (h1s[head] || site != "" && strings.EqualFold(name, site)) {
				return head, name
			}
		}
	}
	return title, ""
}

// markSubheadings gives the kind headline to the section and entry headings
// inside the story ("What changes", a live page's "'The roof just lifted
// off'"): they are not sentences of the report, and a quoted heading must
// not be taken for the words of the speaker before it.
func markSubheadings(c *Cleaned, heads map[string]bool) {
	for i, p := range c.Paragraphs {
		if i > 0 && p.Kind == newsbot.KindBody && heads[p.Text] && !isBodyParagraph(p.Text) {
			c.Paragraphs[i].Kind = newsbot.KindHeadline
		}
	}
}

// htmlParagraphs splits rendered page text into paragraphs: in HTML every
// rendered line is a block of its own, so lines are never joined.
func htmlParagraphs(text string) []string {
	var out []string
	for _, line := range strings.Split(normalizeNewlines(text), "\n") {
		if line = strings.TrimSpace(strings.ReplaceAll(line, "\u00a0", " ")); line != "" {
			out = append(out, line)
		}
	}
	return out
}

// setHeadline makes title the headline of c. When the extracted text lacks
// it (readability drops the page's h1 when it repeats the title), it is put
// first; a headline guessed from the text then becomes the standfirst when
// it came before the body (a standfirst guessed after it becomes body
// text), or body text otherwise, and short labels before the body go.
func setHeadline(c *Cleaned, title string) {
	for _, p := range c.Paragraphs {
		if p.Text == title {
			markHeadline(c, title)
			return
		}
	}
	kept := c.Paragraphs[:0]
	inBody, guessed := false, false
	c.Standfirst = ""
	for i, p := range c.Paragraphs {
		inBody = inBody || p.Kind == newsbot.KindBody && isBodyParagraph(p.Text)
		switch {
		case !inBody && p.Kind != newsbot.KindCaption && p.Kind != newsbot.KindStandfirst && wordCount(p.Text) < 5 && !endsSentence(p.Text):
			continue // a section label or kicker that stood above the headline
		case p.Kind == newsbot.KindHeadline:
			// The guessed headline was the summary under the real one;
			// the standfirst guessed after it is not one.
			p.Kind = newsbot.KindBody
			if !guessed && !isBodyParagraph(p.Text) && i+1 < len(c.Paragraphs) {
				p.Kind = newsbot.KindStandfirst
			}
			guessed = true
		case p.Kind == newsbot.KindStandfirst && guessed:
			p.Kind = newsbot.KindBody
		}
		if p.Kind == newsbot.KindStandfirst && c.Standfirst == "" {
			c.Standfirst = p.Text
		}
		kept = append(kept, p)
	}
	c.Title = title
	c.Paragraphs = append([]Paragraph{{Text: title, Kind: newsbot.KindHeadline}}, kept...)
}

// titleSeparators split "Headline | Site" page titles.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · "}

// titleSuffix returns the site name that a page's <title> appends to the
// headline ("Headline | Iberia Today") or puts before it ("Iberia Today -
// Headline"), or "".
func titleSuffix(doc *html.Node, headline string) string {
	t := findElement(doc, "title")
	if t == nil || t.FirstChild == nil || headline == "" {
		return ""
	}
	title := strings.Join(strings.Fields(t.FirstChild.Data), " ")
	for _, sep := range titleSeparators {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		head, site := strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+len(sep):])
		if strings.EqualFold(head, headline) && wordCount(site) <= 5 {
			return site
		}
		if i := strings.Index(title, sep); i > 0 && strings.EqualFold(strings.TrimSpace(title[i+len(sep):]), headline) && wordCount(title[:i]) <= 5 {
			return strings.TrimSpace(title[:i])
		}
	}
	return ""
}

// canonicalLink returns the page's canonical URL (link rel=canonical, else
// og:url), resolved against base and stripped of tracking parameters, or "".
func canonicalLink(doc *html.Node, base *url.URL) string {
	var href, og string
	walk(doc, func(n *html.Node) {
		switch n.Data {
		case "link":
			if href == "" && strings.EqualFold(attr(n, "rel"), "canonical") {
				href = attr(n, "href")
			}
		case "meta":
			if og == "" && strings.EqualFold(attr(n, "property"), "og:url") {
				og = attr(n, "content")
			}
		}
	})
	raw := firstNonEmpty(href, og)
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	return CanonicalURL(u.String())
}

func walk(n *html.Node, fn func(*html.Node)) {
	if n.Type == html.ElementNode {
		fn(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, fn)
	}
}

func findElement(n *html.Node, tag string) *html.Node {
	var found *html.Node
	walk(n, func(e *html.Node) {
		if found == nil && e.Data == tag {
			found = e
		}
	})
	return found
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return strings.TrimSpace(a.Val)
		}
	}
	return ""
}

// describe names a refused content kind for error messages.
func describe(kind string) string {
	return fmt.Sprintf("looks like %s, not text; copy the article into a .txt file or save the web page as .html", kind)
}

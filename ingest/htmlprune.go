package ingest

import (
	"regexp"
	"strings"

	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
)

// The readability parser drops navigation, sidebars and footers, but the
// furniture that sites put inside the article (paywall teasers, newsletter
// boxes, share bars between paragraphs, "read more" links, embedded social
// posts, photo credits) is made of ordinary paragraphs and survives it.
// Sites name such blocks in their class and id attributes with a shared
// vocabulary; prunePage removes the small blocks so named before the parser
// runs. A block with much text is kept whatever its name, so that a wrapper
// named, say, "social-story" cannot take the article with it.

// furnitureTokens are class or id words (split at "-", "_" and spaces) of
// page furniture.
var furnitureTokens = map[string]bool{
	"paywall": true, "newsletter": true, "newsletters": true, "promo": true, "promotion": true,
	"subscribe": true, "subscription": true, "signup": true, "share": true, "sharing": true,
	"sharebar": true, "social": true, "ad": true, "ads": true, "advert": true, "adverts": true,
	"advertisement": true, "adslot": true, "dfp": true, "outbrain": true, "taboola": true,
	"related": true, "recirculation": true, "recirc": true, "readmore": true, "mostread": true,
	"popular": true, "trending": true, "tags": true, "breadcrumb": true, "breadcrumbs": true,
	"cookie": true, "consent": true, "gdpr": true, "comments": true, "pagination": true,
	"pullquote": true, "sponsored": true,
}

// furniturePrefixes start run-together names of furniture
// ("relatedposts", "sharebuttons", "newslettersignup").
var furniturePrefixes = []string{
	"related", "newsletter", "paywall", "subscri", "advert", "sponsor", "promo", "outbrain",
	"taboola", "socialshare", "sharebar", "sharebutton", "sharetool", "sharing", "mostread",
	"mostpopular", "readmore", "readnext", "recirc",
}

// isFurnitureToken reports a class or id word that names furniture.
func isFurnitureToken(t string) bool {
	if furnitureTokens[t] {
		return true
	}
	for _, p := range furniturePrefixes {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// furniturePairs are two-word names of furniture ("most-read", "read-next").
var furniturePairs = map[string]bool{
	"most read": true, "most viewed": true, "most popular": true, "read more": true,
	"read next": true, "read also": true, "also read": true, "more stories": true,
	"sign up": true, "author box": true, "author bio": true, "more from": true,
	"pull quote": true,
}

// embedTokens mark embedded posts from social networks: the post is not the
// article's text, and its signature line ("— Name (@handle) date") is noise.
var embedTokens = map[string]bool{
	"twitter": true, "tweet": true, "instagram": true, "tiktok": true, "facebook": true,
	"bluesky": true, "mastodon": true, "threads": true, "reddit": true, "embed": true,
}

// creditTokens mark the credit inside a photo caption.
var creditTokens = map[string]bool{"credit": true, "credits": true, "copyright": true, "photographer": true}

// maxFurnitureWords is the most text a block may hold to be removed by name.
const maxFurnitureWords = 150

// captionCreditLabel is a credit written into a caption's text: "Photograph:
// Jane Doe/Agency", "Picture: Sea Rescue", "Image credit: ...".
var captionCreditLabel = regexp.MustCompile(`(?i)(?:^|[\s.;,|–—-])((?:(?:photo|image|picture|video)\s+credit|photo(?:graph)?|picture|image|credit|illustration|source)s?\s*(?::|by\s)\s*[^.]{1,80})$`)

// prunePage removes page furniture named in class and id attributes and
// rewrites photo captions without their credits. It returns the cleaned
// caption texts, so that they can be told apart from article text.
func prunePage(doc *html.Node) map[string]bool {
	var remove []*html.Node
	var captions []*html.Node
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch {
			case n.Data == "figcaption":
				captions = append(captions, n)
				return
			case isFurniture(n):
				remove = append(remove, n)
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(doc)
	for _, n := range remove {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
	texts := map[string]bool{}
	for _, n := range captions {
		if t := cleanCaption(n); t != "" {
			texts[t] = true
		}
	}
	return texts
}

// isFurniture reports whether element n is a small block named as page
// furniture or an embedded social post.
func isFurniture(n *html.Node) bool {
	switch n.Data {
	case "html", "body", "main", "article", "h1", "p", "span", "a", "li":
		// Paragraphs, links and list items are too small to carry a reliable
		// name; whole blocks are judged instead.
		return false
	}
	tokens := nameTokens(attr(n, "class") + " " + attr(n, "id"))
	if len(tokens) == 0 {
		return false
	}
	named, embed := false, false
	for i, t := range tokens {
		if isFurnitureToken(t) || i > 0 && furniturePairs[tokens[i-1]+" "+t] {
			named = true
		}
		if embedTokens[t] && (n.Data == "blockquote" || n.Data == "div" || n.Data == "figure") {
			embed = true
		}
	}
	if !named && !embed || wordsOver(n, maxFurnitureWords) || findElement(n, "h1") != nil {
		return false
	}
	if embed = embed && socialPost(n); !named && !embed {
		return false
	}
	// Some sites mark the subscriber part of the story itself "paywall" or
	// "premium": a block holding running prose without promotion stays.
	return embed || !hasProse(render.InnerText(n))
}

// wordsOver reports whether the text under n has more than max words. It
// stops counting there, so that judging nested blocks stays linear.
func wordsOver(n *html.Node, max int) bool {
	count := 0
	var visit func(*html.Node) bool
	visit = func(n *html.Node) bool {
		if n.Type == html.TextNode {
			if count += wordCount(n.Data); count > max {
				return true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if visit(c) {
				return true
			}
		}
		return false
	}
	return visit(n)
}

// hasProse reports whether rendered text holds a paragraph of article
// prose: twenty words or more, ending a sentence, without a promotional
// signal.
func hasProse(text string) bool {
	for _, line := range strings.Split(text, "\n") {
		if line = strings.TrimSpace(line); wordCount(line) >= 20 && endsSentence(line) && promoScore(line) == 0 {
			return true
		}
	}
	return false
}

// socialPost reports whether n holds a link to a post on a social network,
// as the fallback markup of embedded posts does.
func socialPost(n *html.Node) bool {
	found := false
	walk(n, func(e *html.Node) {
		if e.Data != "a" || found {
			return
		}
		h := strings.ToLower(attr(e, "href"))
		for _, s := range []string{"twitter.com/", "x.com/", "instagram.com/", "tiktok.com/", "facebook.com/", "bsky.app/", "threads.net/", "reddit.com/", "/status/"} {
			if strings.Contains(h, s) {
				found = true
				return
			}
		}
	})
	return found
}

// nameTokens splits class and id values into lower-case words; BEM-style
// names ("share-inline__label", "block--ad") split too.
func nameTokens(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
}

// cleanCaption rewrites a figcaption as one line of text without its credit
// (elements named as credits, a trailing "Photograph: ..." label) and
// returns that text; a caption that was only a credit is removed.
func cleanCaption(fc *html.Node) string {
	var credits []*html.Node
	walk(fc, func(e *html.Node) {
		if e == fc {
			return
		}
		for _, t := range nameTokens(attr(e, "class")) {
			if creditTokens[t] {
				credits = append(credits, e)
				return
			}
		}
	})
	for _, e := range credits {
		if e.Parent != nil {
			e.Parent.RemoveChild(e)
		}
	}
	text := strings.Join(strings.Fields(strings.ReplaceAll(render.InnerText(fc), "\u00a0", " ")), " ")
	if loc := captionCreditLabel.FindStringSubmatchIndex(text); loc != nil {
		text = strings.TrimRight(text[:loc[2]], " ,;|–—-")
	}
	if m := captionCredit.FindStringSubmatchIndex(text); m != nil && isCreditName(text[m[2]:m[3]]) {
		text = strings.TrimSpace(text[:m[0]]) // "... in May (Agency/Jo Penn)"
	}
	for c := fc.FirstChild; c != nil; c = fc.FirstChild {
		fc.RemoveChild(c)
	}
	if !hasWords(text) {
		if fc.Parent != nil {
			fc.Parent.RemoveChild(fc)
		}
		return ""
	}
	fc.AppendChild(&html.Node{Type: html.TextNode, Data: text})
	return text
}

// dateMetaNames are meta tag names and properties that give a page's
// publication date besides those readability reads.
var dateMetaNames = map[string]bool{
	"article:published_time": true, "og:published_time": true, "datepublished": true,
	"date": true, "dc.date": true, "dc.date.issued": true, "dcterms.created": true,
	"dcterms.date": true, "pubdate": true, "publishdate": true, "publish-date": true,
	"publication_date": true, "sailthru.date": true, "parsely-pub-date": true,
	"article.published": true, "published_time": true, "citation_publication_date": true,
}

// metaDate returns the publication date (YYYY-MM-DD) given by the page's
// meta tags or a <time> element marked as the publication time, or "".
func metaDate(doc *html.Node) string {
	date := ""
	walk(doc, func(n *html.Node) {
		if date != "" {
			return
		}
		switch n.Data {
		case "meta":
			for _, k := range []string{"name", "property", "itemprop"} {
				if dateMetaNames[strings.ToLower(attr(n, k))] {
					date = dateOf(attr(n, "content"))
					return
				}
			}
		case "time":
			if strings.EqualFold(attr(n, "itemprop"), "datePublished") || hasAttr(n, "pubdate") {
				date = dateOf(attr(n, "datetime"))
			}
		}
	})
	return date
}

// metaDescription returns the page's own summary (og:description, the
// description meta tag or twitter:description), or "".
func metaDescription(doc *html.Node) string {
	found := map[string]string{}
	walk(doc, func(n *html.Node) {
		if n.Data != "meta" {
			return
		}
		k := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name")))
		if _, ok := found[k]; !ok {
			found[k] = strings.Join(strings.Fields(attr(n, "content")), " ")
		}
	})
	return firstNonEmpty(found["og:description"], found["description"], found["twitter:description"])
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return true
		}
	}
	return false
}

// listItems returns the texts of list items that are not only links (the
// bullet points of a fact box) and of those that are (a list of related
// stories or of sections).
func listItems(doc *html.Node) (items, links map[string]bool) {
	items, links = map[string]bool{}, map[string]bool{}
	walk(doc, func(n *html.Node) {
		if n.Data != "li" {
			return
		}
		all := strings.Join(strings.Fields(render.InnerText(n)), " ")
		linked := 0
		walk(n, func(a *html.Node) {
			if a.Data == "a" {
				linked += wordCount(render.InnerText(a))
			}
		})
		switch {
		case all == "":
		case linked*2 < wordCount(all):
			items[all] = true
		default:
			links[all] = true
		}
	})
	return items, links
}

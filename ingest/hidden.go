package ingest

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
)

// Text a page hides from its readers (display:none, the hidden attribute,
// aria-hidden, off-screen positioning, zero-size or transparent text) is
// not part of the article they read, and is the usual place to plant
// instructions for machines that read pages. removeHidden takes it out
// before extraction.

// hiddenStyle matches inline styles that hide an element's text.
var hiddenStyle = regexp.MustCompile(`(?i)(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|` +
	`font-size\s*:\s*0(?:\.0+)?(?:px|pt|em|rem|%)?\s*(?:!important)?\s*(?:;|$)|opacity\s*:\s*0(?:\.0+)?\s*(?:!important)?\s*(?:;|$)|` +
	`(?:left|top|right|text-indent|margin-left)\s*:\s*-\d{3,}(?:\.\d+)?(?:px|em|rem|pt)?|` +
	`clip\s*:\s*rect\(\s*0|(?:width|height)\s*:\s*[01](?:px)?\s*(?:!important)?\s*;(?:.*;)?\s*overflow\s*:\s*hidden)`)

// isHidden reports whether element n hides itself from readers.
func isHidden(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch n.Data {
	case "html", "head", "body":
		return false
	}
	if hasAttr(n, "hidden") || strings.EqualFold(strings.TrimSpace(attr(n, "aria-hidden")), "true") {
		return true
	}
	return hiddenStyle.MatchString(strings.ReplaceAll(attr(n, "style"), "\n", " "))
}

// removeHidden removes the hidden elements of the page's body and returns
// how many of them held words (at least four: a sentence, not an icon).
func removeHidden(doc *html.Node) int {
	removeUnrendered(doc) // hiddenmore.go
	body := findElement(doc, "body")
	if body == nil {
		return 0
	}
	sheet := styleSheetHidden(doc)
	var hidden []*html.Node
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if isHidden(n) || n.Type == html.ElementNode && n.Data != "body" && hiddenByClass(n, sheet) {
			hidden = append(hidden, n)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(body)
	count := 0
	for _, n := range hidden {
		if wordCountUpTo(rawText(n), 4) >= 4 {
			count++
		}
		n.Parent.RemoveChild(n)
	}
	return count
}

// rawText returns the text under n, hidden or not (render.InnerText skips
// what it knows to be hidden).
func rawText(n *html.Node) string {
	var b strings.Builder
	var visit func(*html.Node)
	visit = func(c *html.Node) {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
			b.WriteByte(' ')
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			visit(k)
		}
	}
	visit(n)
	return b.String()
}

package ingest

import (
	"strings"

	"github.com/newsbot/newsbot"
)

// Paragraph is one block of cleaned article text with its role.
type Paragraph struct {
	Text string
	Kind newsbot.SentenceKind // headline, standfirst, caption, body
}

// Cleaned is an article's text with web-page boilerplate removed and its
// metadata pulled out.
type Cleaned struct {
	Title      string
	Standfirst string
	Byline     string // credits line, removed from the paragraphs
	Outlet     string
	URL        string
	Published  string // YYYY-MM-DD or ""
	Paragraphs []Paragraph
}

// CleanText cleans plain text or Markdown.
//
// TODO(ingest helper): placeholder; the real cleaner drops boilerplate by
// general rules and finds headline, standfirst, captions and credits.
func CleanText(s string) (*Cleaned, error) {
	c := &Cleaned{}
	for _, p := range strings.Split(s, "\n\n") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		kind := newsbot.KindBody
		if c.Title == "" {
			c.Title, kind = p, newsbot.KindHeadline
		}
		c.Paragraphs = append(c.Paragraphs, Paragraph{Text: p, Kind: kind})
	}
	return c, nil
}

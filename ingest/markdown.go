package ingest

import (
	"regexp"
	"strings"

	"github.com/newsbot/newsbot"
)

var (
	mdHeading   = regexp.MustCompile(`^#{1,6}\s+(.*?)\s*#*\s*$`)
	mdListItem  = regexp.MustCompile(`^\s*(?:[-*+]|\d{1,3}[.)])\s+`)
	mdQuote     = regexp.MustCompile(`^\s*>\s?`)
	mdRule      = regexp.MustCompile(`^\s*(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$`)
	mdImage     = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`)
	mdLink      = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	mdRefLink   = regexp.MustCompile(`\[([^\]]+)\]\[[^\]]*\]`)
	mdRefDef    = regexp.MustCompile(`^\s*\[[^\]]+\]:\s+\S+`)
	mdAutolink  = regexp.MustCompile(`<(https?://[^>\s]+)>`)
	mdStrong    = regexp.MustCompile(`(\*\*|__)(\S(?:.*?\S)?)(\*\*|__)`)
	mdEmStar    = regexp.MustCompile(`(^|[^\w*])\*(\S(?:[^*]*?\S)?)\*($|[^\w*])`)
	mdEmUnder   = regexp.MustCompile(`(^|[\s(\["'“‘])_(\S(?:[^_]*?\S)?)_([\s.,;:!?)\]"'”’]|$)`)
	mdCode      = regexp.MustCompile("`([^`]*)`")
	mdComment   = regexp.MustCompile(`(?s)<!--.*?-->`)
	mdFrontName = regexp.MustCompile(`^(\w+)\s*:\s*(.*)$`)
)

// CleanMarkdown cleans a Markdown article: the first heading is the
// headline, heading markers, emphasis and link syntax are removed (link text
// is kept), images, code blocks and link definitions are dropped, and the
// text is then cleaned like plain text. A YAML front matter block gives the
// title, date and author when present.
func CleanMarkdown(s string) (*Cleaned, error) {
	s = normalizeNewlines(s)
	front, s := splitFrontMatter(s)
	s = mdComment.ReplaceAllString(s, "")
	var lines []string
	title := ""
	heads := map[string]bool{}
	fenced := false
	for _, line := range strings.Split(s, "\n") {
		trim := strings.TrimSpace(line)
		if strings.HasPrefix(trim, "```") || strings.HasPrefix(trim, "~~~") {
			fenced = !fenced
			continue
		}
		if fenced || mdRefDef.MatchString(line) {
			continue
		}
		if mdRule.MatchString(line) {
			lines = append(lines, "")
			continue
		}
		if m := mdHeading.FindStringSubmatch(trim); m != nil {
			h := markdownInline(m[1])
			if title == "" {
				title = h
			} else {
				heads[strings.TrimSpace(h)] = true
			}
			lines = append(lines, "", h, "")
			continue
		}
		line = mdQuote.ReplaceAllString(line, "") // before list markers: "> - item"
		if mdListItem.MatchString(line) {
			lines = append(lines, "") // each list item is a paragraph
			line = mdListItem.ReplaceAllString(line, "")
		}
		lines = append(lines, markdownInline(line))
	}
	c, err := cleanParagraphs(textParagraphs(strings.Join(lines, "\n")), marks{})
	if err != nil {
		return nil, err
	}
	if t := firstNonEmpty(front["title"], title); t != "" {
		markHeadline(c, t)
	}
	markSubheadings(c, heads)
	if d := dateOf(firstNonEmpty(front["date"], front["published"])); d != "" {
		c.Published = d
	}
	if a := firstNonEmpty(front["author"], front["byline"]); a != "" && c.Byline == "" {
		c.Byline = a
	}
	c.Outlet = firstNonEmpty(c.Outlet, front["outlet"], front["site"], front["source"])
	c.URL = firstNonEmpty(c.URL, front["url"], front["link"], front["canonical"])
	return c, nil
}

// markHeadline makes title the article's headline: the paragraph with that
// text becomes the headline (paragraphs above it are dropped as kickers); if
// no paragraph matches, only the Title field is set.
func markHeadline(c *Cleaned, title string) {
	c.Title = title
	for i, p := range c.Paragraphs {
		if p.Text != title {
			continue
		}
		rest := c.Paragraphs[i:]
		for j := range rest {
			if rest[j].Kind == newsbot.KindHeadline {
				rest[j].Kind = newsbot.KindBody
			}
		}
		rest[0].Kind = newsbot.KindHeadline
		c.Paragraphs = rest
		return
	}
}

// markdownInline strips inline Markdown syntax, keeping the words.
func markdownInline(s string) string {
	s = mdImage.ReplaceAllString(s, "")
	s = mdLink.ReplaceAllString(s, "$1")
	s = mdRefLink.ReplaceAllString(s, "$1")
	s = mdAutolink.ReplaceAllString(s, "$1")
	s = mdStrong.ReplaceAllString(s, "$2")
	s = mdEmStar.ReplaceAllString(s, "$1$2$3")
	s = mdEmUnder.ReplaceAllString(s, "$1$2$3")
	s = mdCode.ReplaceAllString(s, "$1")
	s = strings.ReplaceAll(s, `\*`, "*")
	s = strings.ReplaceAll(s, `\_`, "_")
	return s
}

// splitFrontMatter returns the key: value pairs of a leading "---" block and
// the text after it.
func splitFrontMatter(s string) (map[string]string, string) {
	front := map[string]string{}
	if !strings.HasPrefix(s, "---\n") {
		return front, s
	}
	end := strings.Index(s[4:], "\n---")
	if end < 0 {
		return front, s
	}
	for _, line := range strings.Split(s[4:4+end], "\n") {
		if m := mdFrontName.FindStringSubmatch(strings.TrimSpace(line)); m != nil {
			front[strings.ToLower(m[1])] = strings.Trim(strings.TrimSpace(m[2]), `"'`)
		}
	}
	rest := s[4+end+4:]
	return front, strings.TrimPrefix(rest, "\n")
}

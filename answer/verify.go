package answer

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// folded is a text reduced for comparison, with the byte offset in the
// original text of every byte of the reduced one.
type folded struct {
	text string
	pos  []int // pos[i]: offset in the original of folded byte i; pos[len] = len(original)
}

// fold lower-cases s, unifies quote marks, dashes and ellipses, and
// collapses runs of whitespace to one space, remembering where each byte
// came from.
func fold(s string) folded {
	var b strings.Builder
	pos := make([]int, 0, len(s)+1)
	space := false
	for i, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
			pos = append(pos, i)
		}
		space = false
		var rep string
		switch r {
		case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '`', '\u00b4':
			rep = "'"
		case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb':
			rep = `"`
		case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
			rep = "-"
		case '\u2026':
			rep = "..."
		case '\u00a0':
			rep = " "
		default:
			rep = string(unicode.ToLower(r))
		}
		for k := 0; k < len(rep); k++ {
			pos = append(pos, i)
		}
		b.WriteString(rep)
	}
	pos = append(pos, len(s))
	return folded{text: b.String(), pos: pos}
}

// normalize returns s folded for comparison.
func normalize(s string) string { return fold(s).text }

// ellipsis splits a quote into the pieces a speaker's words were cut into.
var ellipsis = regexp.MustCompile(`\s*(\[\s*(\.\s*){3}\]|\[…\]|(\.\s*){3}|…)\s*`)

// quoteEdge is what may surround a quote without being part of it.
const quoteEdge = "\"'“”‘’«».,;:!? \t\n"

// verifyQuote checks a quote against an article's text after normalising
// whitespace, case, quote-mark, dash and ellipsis styles. A quote of
// pieces joined by an ellipsis passes only if every piece is found, in
// order, and each piece has at least two words. It returns the article's
// own text for the quote: one verbatim substring covering all the pieces,
// and the pieces themselves (verbatim) for display.
func verifyQuote(article, quote string) (span string, pieces []string, ok bool) {
	parts := ellipsis.Split(strings.TrimSpace(quote), -1)
	ft := fold(article)
	from, first, last := 0, -1, -1
	for _, p := range parts {
		p = strings.Trim(p, quoteEdge)
		if p == "" {
			continue
		}
		if len(strings.Fields(p)) < 2 {
			return "", nil, false
		}
		fp := normalize(p)
		i := strings.Index(ft.text[from:], fp)
		if i < 0 {
			return "", nil, false
		}
		// The span ends just past the original rune of the last folded
		// byte, so trailing whitespace after the match is not included.
		start, end := ft.pos[from+i], runeEnd(article, ft.pos[from+i+len(fp)-1])
		pieces = append(pieces, article[start:end])
		if first < 0 {
			first = start
		}
		last = end
		from += i + len(fp)
	}
	if first < 0 {
		return "", nil, false
	}
	return article[first:last], pieces, true
}

// runeEnd returns the offset just past the rune starting at i.
func runeEnd(s string, i int) int {
	_, n := utf8.DecodeRuneInString(s[i:])
	return i + n
}

package answer

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbot/newsbot"
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
		switch f := newsbot.FoldRune(r); {
		case f != r:
			rep = string(f)
		case r == '\u2026':
			rep = "..."
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
// order, on word boundaries; pieces of such a quote need two words or
// more. It returns the byte span of the article covering all pieces, and
// the pieces as the article writes them.
func verifyQuote(article, quote string) (start, end int, pieces []string, ok bool) {
	return verifyQuoteFrom(article, quote, 0)
}

// verifyQuoteFrom is verifyQuote looking only at article[after:].
func verifyQuoteFrom(article, quote string, after int) (start, end int, pieces []string, ok bool) {
	parts := ellipsis.Split(strings.TrimSpace(quote), -1)
	var kept []string
	for _, p := range parts {
		if p = strings.Trim(p, quoteEdge); p != "" {
			kept = append(kept, p)
		}
	}
	if len(kept) == 0 {
		return 0, 0, nil, false
	}
	ft := fold(article)
	from := sort.SearchInts(ft.pos, after) // pos is non-decreasing
	start = -1
	for _, p := range kept {
		if len(kept) > 1 && len(strings.Fields(p)) < 2 {
			return 0, 0, nil, false
		}
		fp := normalize(p)
		i := indexWord(ft.text, fp, from)
		if i < 0 {
			return 0, 0, nil, false
		}
		// The span ends just past the original rune of the last folded
		// byte, so trailing whitespace after the match is not included.
		s, e := ft.pos[i], runeEnd(article, ft.pos[i+len(fp)-1])
		pieces = append(pieces, article[s:e])
		if start < 0 {
			start = s
		}
		end = e
		from = i + len(fp)
	}
	return start, end, pieces, true
}

// indexWord returns the first index at or after from where sub occurs in
// s without cutting a word at either end, or -1.
func indexWord(s, sub string, from int) int {
	for from <= len(s) {
		i := strings.Index(s[from:], sub)
		if i < 0 {
			return -1
		}
		i += from
		if boundary(s, i, sub) {
			return i
		}
		from = i + 1
	}
	return -1
}

// boundary reports whether sub at s[i:] starts and ends on word edges.
func boundary(s string, i int, sub string) bool {
	first, _ := utf8.DecodeRuneInString(sub)
	last, _ := utf8.DecodeLastRuneInString(sub)
	if isWordRune(first) && i > 0 {
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); isWordRune(r) {
			return false
		}
	}
	if j := i + len(sub); isWordRune(last) && j < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[j:]); isWordRune(r) {
			return false
		}
	}
	return true
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// runeEnd returns the offset just past the rune starting at i.
func runeEnd(s string, i int) int {
	_, n := utf8.DecodeRuneInString(s[i:])
	return i + n
}

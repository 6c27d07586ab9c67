package newsbot

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// FoldRune maps the typographic variants of apostrophes, quotation marks
// and dashes to their ASCII forms (', ", -) and returns any other rune
// unchanged. Together with case and white space, these are the differences
// a quote may have from the stored article text and still count as
// verbatim; duplicate detection ignores them too, so one definition serves
// both. It is safe for concurrent use.
func FoldRune(r rune) rune {
	switch r {
	case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '`', '\u00b4':
		return '\''
	case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb':
		return '"'
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
		return '-'
	}
	return r
}

// NormalizeText lower-cases text, folds quote marks and dashes (FoldRune)
// and collapses runs of white space to one space: the form in which two
// copies of an article, or a quote and its source, are compared. It is safe
// for concurrent use.
func NormalizeText(text string) string {
	return string(AppendNormalized(make([]byte, 0, len(text)), text))
}

// AppendNormalized appends NormalizeText(text) to dst without building an
// intermediate string, so that hashing an article copies it once. Runs of
// ASCII other than white space and '`' (most of an article) are copied
// whole and lower-cased in place; every other rune is read one at a time.
func AppendNormalized(dst []byte, text string) []byte {
	space := false
	for i := 0; i < len(text); {
		if plainASCII[text[i]] {
			j := i + 1
			for j < len(text) && plainASCII[text[j]] {
				j++
			}
			if space {
				dst = append(dst, ' ')
				space = false
			}
			n := len(dst)
			dst = append(dst, text[i:j]...)
			for k := n; k < len(dst); k++ {
				if c := dst[k]; 'A' <= c && c <= 'Z' {
					dst[k] = c + 'a' - 'A'
				}
			}
			i = j
			continue
		}
		if text[i] == ' ' { // what FoldRune and unicode.IsSpace make of it
			space = len(dst) > 0
			i++
			continue
		}
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		i += size
		r = FoldRune(r)
		if unicode.IsSpace(r) {
			space = len(dst) > 0
			continue
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			dst = append(dst, byte(r))
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}

// plainASCII marks the ASCII bytes AppendNormalized copies as they are
// (but for case): all but white space and '`', which FoldRune folds.
var plainASCII = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = c != ' ' && c != '`' && (c < '\t' || c > '\r')
	}
	return t
}()

// ClipText returns s cut to at most n bytes at a word boundary, with an
// ellipsis added when it was cut; a text without a space in its second half
// is cut inside a word, never inside a UTF-8 character. It is safe for
// concurrent use.
func ClipText(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	if sp := strings.LastIndexByte(s[:cut], ' '); sp >= n/2 {
		cut = sp
	}
	return strings.TrimSpace(s[:cut]) + "…"
}

// WordSet returns the set of the given words, for lookups in word lists.
func WordSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// Package ftstoken splits text into full-text index terms as SQLite's FTS5
// tokenizer 'porter unicode61 remove_diacritics 2' does: runs of letters,
// numbers and private-use characters, lower-cased, Latin diacritics
// removed, each stemmed by the Porter algorithm; stop words are kept. The
// SQLite store uses it to score rows in Go beside FTS5; the PostgreSQL
// store builds its tsvectors and tsqueries with it, so that both backends
// index and search the same terms.
package ftstoken

import (
	"strings"
	"unicode"
)

// Terms returns the index terms of text, in order.
func Terms(text string) []string {
	var out []string
	start := -1
	for i, r := range text {
		word := IsTokenRune(r)
		if word && start < 0 {
			start = i
		} else if !word && start >= 0 {
			out = append(out, Stem(Fold(text[start:i])))
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, Stem(Fold(text[start:])))
	}
	return out
}

// IsTokenRune reports whether unicode61 (default categories L* N* Co)
// keeps r in a token.
func IsTokenRune(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Co, r)
}

// Fold lower-cases a token and, for the Latin letters news text uses,
// removes diacritics as remove_diacritics does.
func Fold(tok string) string {
	for i := 0; i < len(tok); i++ {
		if tok[i] >= 0x80 {
			return strings.Map(foldRune, tok)
		}
	}
	return strings.ToLower(tok)
}

func foldRune(r rune) rune {
	r = unicode.ToLower(r)
	switch {
	case strings.ContainsRune("àáâãäåāăą", r):
		return 'a'
	case strings.ContainsRune("çćčĉ", r):
		return 'c'
	case strings.ContainsRune("èéêëēėęě", r):
		return 'e'
	case strings.ContainsRune("ìíîïīį", r):
		return 'i'
	case strings.ContainsRune("ñńň", r):
		return 'n'
	case strings.ContainsRune("òóôõöøōő", r):
		return 'o'
	case strings.ContainsRune("ùúûüūůű", r):
		return 'u'
	case strings.ContainsRune("ýÿ", r):
		return 'y'
	case strings.ContainsRune("śšş", r):
		return 's'
	case strings.ContainsRune("źżž", r):
		return 'z'
	}
	return r
}

package newsbot

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Chinese and Japanese are written without spaces between words, and
// Korean attaches particles to its words, so a word tokenizer sees a whole
// clause as one token and finds no word inside it. Search indexes such text
// as overlapping character pairs (bigrams: 地铁网络 gives 地铁 铁网 网络)
// and queries it the same way: any two-character word is then found, and
// longer words rank by how many of their pairs match.

// indexMark separates a text from the bigrams IndexText appends to it. It
// is a private-use character (not a word to the FTS5 tokenizer) after a
// line break.
const indexMark = "\n\ue000 "

// IsCJK reports whether r is a Chinese, Japanese or Korean letter.
func IsCJK(r rune) bool {
	switch r {
	case 'ー', '々', 'ｰ': // length mark and repeat mark, of no script of their own
		return true
	}
	if r < 0x1100 || r >= cjkGapStart && r < cjkGapEnd {
		return false
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

// cjkGapStart..cjkGapEnd holds no CJK letter (after the Hangul Jamo,
// before the CJK radicals; TestCJKGapHoldsNoLetter checks it against the
// Unicode tables): the punctuation of Western news text, curly quotes and
// dashes, lies there and needs no look-up in the tables.
const (
	cjkGapStart = 0x1200
	cjkGapEnd   = 0x2E80
)

// HasCJK reports whether s holds a CJK letter. Every CJK letter is at or
// above U+1100, three or four bytes in UTF-8 with a first byte of 0xE1 or
// more, and no byte of a shorter character (nor any continuation byte) is
// that large: only such bytes are decoded, so text in Latin scripts is
// scanned a byte at a time without decoding its runes. It answers as
// ranging over the runes of s would, invalid UTF-8 included (fuzzed:
// FuzzHasCJK).
func HasCJK(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0xE1 {
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if IsCJK(r) {
			return true
		}
		i += size - 1
	}
	return false
}

// IndexText returns the text to put in the full-text index for s: s
// itself, followed, when s holds CJK letters, by the bigrams of its CJK
// runs. StoredText undoes it.
func IndexText(s string) string {
	if !HasCJK(s) {
		return s
	}
	grams := CJKTerms(s)
	if len(grams) == 0 {
		return s
	}
	return s + indexMark + strings.Join(grams, " ")
}

// StoredText returns the text IndexText was given.
func StoredText(indexed string) string {
	if i := strings.Index(indexed, indexMark); i >= 0 {
		return indexed[:i]
	}
	return indexed
}

// CJKTerms returns the search terms of the CJK runs of s: the bigrams of
// each run of two letters or more, and a single letter as itself.
func CJKTerms(s string) []string {
	var out []string
	run := make([]int, 0, 16) // byte offsets of the current run's letters
	flush := func(end int) {
		switch {
		case len(run) == 1:
			out = append(out, s[run[0]:end])
		case len(run) > 1:
			for i := 0; i+1 < len(run); i++ {
				stop := end
				if i+2 < len(run) {
					stop = run[i+2]
				}
				out = append(out, s[run[i]:stop])
			}
		}
		run = run[:0]
	}
	for i, r := range s {
		if IsCJK(r) {
			run = append(run, i)
			continue
		}
		flush(i)
	}
	flush(len(s))
	return out
}

// SplitCJK splits a word into its CJK runs and the rest ("GPT模型" gives
// "GPT" and "模型"), in order.
func SplitCJK(word string) []string {
	var out []string
	start, inCJK := 0, false
	for i, r := range word {
		c := IsCJK(r)
		if i > start && c != inCJK {
			out = append(out, word[start:i])
			start = i
		}
		inCJK = c
	}
	if start < len(word) {
		out = append(out, word[start:])
	}
	return out
}

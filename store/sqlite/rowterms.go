package sqlite

import (
	"strings"

	"github.com/newsbot/newsbot/store/internal/ftstoken"
)

// The Go side of the index: what FTS5's 'porter unicode61' tokenizer makes
// of a text, so that topk.go can score rows for phrases that FTS5 is not
// asked to rank, and the index's own statistics.

// tokenStems returns the terms FTS5 indexes for text, in order: runs of
// letters and digits, lower-cased, stemmed with ftstoken.Stem. keep, when not
// nil, is asked with each token's first byte; tokens it refuses are
// returned as "" without being stemmed (most words of a row are not query
// words). memo, when not nil, keeps the stems already made (the candidate
// rows of a search share most of their words: chunks overlap, and come
// several from one article).
func tokenStems(text string, keep func(byte) bool, memo map[string]string) []string {
	var out []string
	start := -1
	flush := func(end int) {
		tok := text[start:end]
		start = -1
		if c := tok[0]; keep != nil && c < 0x80 && !keep(c|0x20) && !('0' <= c && c <= '9' && keep(c)) {
			out = append(out, "") // an ASCII letter or digit no phrase starts with
			return
		}
		if st, ok := memo[tok]; ok {
			out = append(out, st)
			return
		}
		st := ftstoken.Stem(ftstoken.Fold(tok))
		if memo != nil {
			memo[tok] = st
		}
		out = append(out, st)
	}
	for i, r := range text {
		word := ftstoken.IsTokenRune(r)
		if word && start < 0 {
			start = i
		} else if !word && start >= 0 {
			flush(i)
		}
	}
	if start >= 0 {
		flush(len(text))
	}
	return out
}

// phraseStems returns the terms of an FTS5 string ("..." with "" for a
// quote), as tokenStems does.
func phraseStems(quoted string) []string {
	s := strings.TrimSuffix(strings.TrimPrefix(quoted, `"`), `"`)
	return tokenStems(strings.ReplaceAll(s, `""`, `"`), nil, nil)
}

// countPhrase returns how many times the terms of a phrase occur in a row,
// one after the other.
func countPhrase(row, phrase []string) int {
	if len(phrase) == 0 {
		return 0
	}
	n := 0
	for i := 0; i+len(phrase) <= len(row); i++ {
		j := 0
		for j < len(phrase) && row[i+j] == phrase[j] {
			j++
		}
		if j == len(phrase) {
			n++
		}
	}
	return n
}

// fts5Varints decodes the SQLite varints of an FTS5 record (the averages
// record, a docsize row).
func fts5Varints(b []byte) []int64 {
	var out []int64
	for len(b) > 0 {
		var v uint64
		i := 0
		for ; i < 8 && i < len(b); i++ {
			v = v<<7 | uint64(b[i]&0x7f)
			if b[i]&0x80 == 0 {
				break
			}
		}
		if i == 8 && i < len(b) { // a ninth byte gives all 8 bits
			v = v<<8 | uint64(b[i])
		}
		out = append(out, int64(v))
		if i >= len(b) {
			break
		}
		b = b[i+1:]
	}
	return out
}

// sum returns the total of xs.
func sum(xs []int64) int64 {
	var t int64
	for _, x := range xs {
		t += x
	}
	return t
}

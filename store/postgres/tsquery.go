package postgres

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/store/internal/ftstoken"
)

// This file writes the full-text side of the store in Go: each chunk's
// tsvector and each keyword query's tsquery, both from the terms of
// ftstoken (FTS5's 'porter unicode61 remove_diacritics 2': words
// lower-cased, diacritics removed, Porter-stemmed, stop words kept), the
// terms the SQLite store indexes. Both sides come from one tokenizer, so
// they agree by construction, and the server does not parse text
// (to_tsvector of the chunks was about a third of its ingest time). The
// vectors and queries are sent as tsvector and tsquery text, as
// parameters: nothing of a question is read as syntax.

// PostgreSQL's limits on a tsvector: a lexeme is shorter than 2 KB, a
// position at most 16383, and a lexeme keeps at most 256 positions.
const (
	maxLexeme   = 2047
	maxPosition = 16383
	maxPosCount = 256
)

// stopWords are the words the index leaves out (keeping their positions):
// PostgreSQL's english list, as to_tsvector('english') left them out. They
// are in most chunks: indexing them made the GIN index and the term
// statistics a third larger for words whose idf is near nothing. A phrase
// steps over them as phraseto_tsquery did ('head' <2> 'state').
var stopWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`i me my myself we our ours ourselves you your yours yourself yourselves
		he him his himself she her hers herself it its itself they them their theirs themselves what which who
		whom this that these those am is are was were be been being have has had having do does did doing a an
		the and but if or because as until while of at by for with about against between into through during
		before after above below to from up down in out on off over under again further then once here there
		when where why how all any both each few more most other some such no nor not only own same so than too
		very s t can will just don should now`) {
		stopWords[w] = true
	}
}

// termsOf returns the terms of s, leaving out those PostgreSQL cannot hold;
// a stop word is "".
func termsOf(s string) []string { return newVectorWriter().terms(s) }

// chunkVector writes the tsvector text of a chunk (vectorWriter.chunkVector).
func chunkVector(title []string, text string) string {
	return newVectorWriter().chunkVector(title, text)
}

// vectorWriter writes tsvector text, keeping the stems of the tokens it
// has seen (a batch's chunks share most of their words) and its buffers.
// It is not safe for concurrent use.
type vectorWriter struct {
	stems map[string]string // token as written -> its term
	occs  []occ
	buf   []byte
}

type occ struct {
	term string
	pos  int32
	w    byte
}

func newVectorWriter() *vectorWriter { return &vectorWriter{stems: map[string]string{}} }

// terms returns the terms of s (ftstoken.Terms), leaving out those
// PostgreSQL cannot hold; a stop word is "".
func (w *vectorWriter) terms(s string) []string {
	var out []string
	w.each(s, func(t string) { out = append(out, t) })
	return out
}

// each calls f with each term of s, in order, and with "" for each stop
// word (which holds a position but is not indexed).
func (w *vectorWriter) each(s string, f func(string)) {
	start := -1
	emit := func(end int) {
		tok := s[start:end]
		start = -1
		t, ok := w.stems[tok]
		if !ok {
			if f := ftstoken.Fold(tok); stopWords[f] {
				t = ""
			} else {
				t = ftstoken.Stem(f)
			}
			if len(w.stems) < 1<<20 {
				w.stems[strings.Clone(tok)] = t
			}
		}
		if len(t) <= maxLexeme {
			f(t)
		}
	}
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		word := ftstoken.IsTokenRune(r)
		if word && start < 0 {
			start = i
		} else if !word && start >= 0 {
			emit(i)
		}
		i += n
	}
	if start >= 0 {
		emit(len(s))
	}
}

// chunkVector writes the tsvector text of a chunk: the headline's terms
// (from terms) at positions 1..len(title) with weight B, the chunk's
// text's after them with weight A, as setweight(headline, 'B') ||
// setweight(text, 'A') numbered them.
func (w *vectorWriter) chunkVector(title []string, text string) string {
	occs := w.occs[:0]
	for i, t := range title {
		if t != "" {
			occs = append(occs, occ{t, int32(i + 1), 'B'})
		}
	}
	pos := int32(len(title))
	w.each(text, func(t string) {
		if pos++; t != "" {
			occs = append(occs, occ{t, pos, 'A'})
		}
	})
	w.occs = occs
	slices.SortFunc(occs, func(x, y occ) int {
		if c := strings.Compare(x.term, y.term); c != 0 {
			return c
		}
		return int(x.pos - y.pos)
	})
	b := w.buf[:0]
	n := 0
	for i, o := range occs {
		if i == 0 || o.term != occs[i-1].term {
			if i > 0 {
				b = append(b, ' ')
			}
			b = appendLexeme(b, o.term)
			b = append(b, ':')
			n = 0
		} else {
			if n >= maxPosCount {
				continue
			}
			b = append(b, ',')
		}
		n++
		b = strconv.AppendInt(b, int64(min(o.pos, maxPosition)), 10)
		b = append(b, o.w)
	}
	w.buf = b
	return string(b)
}

// appendLexeme appends a lexeme quoted for tsvector and tsquery text.
func appendLexeme(b []byte, t string) []byte {
	b = append(b, '\'')
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '\'':
			b = append(b, '\'', '\'')
		case '\\':
			b = append(b, '\\', '\\')
		default:
			b = append(b, t[i])
		}
	}
	return append(b, '\'')
}

// phraseQuery returns the tsquery text of a phrase (its terms in order,
// each followed by the next: 'a' <-> 'b') and its distinct terms; "" when
// it has no terms.
func phraseQuery(p string) (string, []string) {
	var b []byte
	seen := map[string]bool{}
	var lex []string
	last := -1
	for i, t := range termsOf(p) {
		if t == "" {
			continue
		}
		if last >= 0 {
			if d := i - last; d == 1 {
				b = append(b, " <-> "...)
			} else {
				b = append(b, " <"...)
				b = strconv.AppendInt(b, int64(d), 10)
				b = append(b, "> "...)
			}
		}
		last = i
		b = appendLexeme(b, t)
		if !seen[t] {
			seen[t] = true
			lex = append(lex, t)
		}
	}
	return string(b), lex
}

// tsQuery is a tsquery SQL expression with its parameters, numbered from the
// first parameter number the builder was given.
type tsQuery struct {
	sql  string
	args []any
}

// buildTSQuery writes a keyword query; parameters are numbered from first.
// Each phrase becomes its phraseQuery, a parameter cast to tsquery; the
// phrases are joined by OR. ok is false when every phrase is blank (no
// query); phrases without terms (punctuation alone) are left out, and a
// query of nothing but those matches nothing (NULL), as an empty tsquery
// did.
func buildTSQuery(kq newsbot.KeywordQuery, first int) (q tsQuery, ok bool) {
	var terms []string
	for _, p := range kq.Phrases {
		if strings.TrimSpace(p) == "" {
			continue
		}
		ok = true
		pq, _ := phraseQuery(p)
		if pq == "" {
			continue
		}
		terms = append(terms, fmt.Sprintf("$%d::tsquery", first+len(q.args)))
		q.args = append(q.args, pq)
	}
	if !ok {
		return tsQuery{}, false
	}
	if len(terms) == 0 {
		return tsQuery{sql: "NULL::tsquery"}, true
	}
	q.sql = "(" + strings.Join(terms, " || ") + ")"
	return q, true
}

package sqlite

import (
	"context"
	"strings"

	"github.com/newsbot/newsbot"
)

// ftsMatch writes a keyword query as the FTS5 MATCH expression the search
// code of this package takes: each phrase as an FTS5 string (a quote in it
// doubled, so that nothing in it is read as syntax), joined by OR. Phrases
// with no text are left out; "" for an empty query. This is the only place
// where FTS5 syntax is written.
func ftsMatch(q newsbot.KeywordQuery) string {
	var b strings.Builder
	for _, p := range q.Phrases {
		if strings.TrimSpace(p) == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(" OR ")
		}
		b.WriteString(`"` + strings.ReplaceAll(p, `"`, `""`) + `"`)
	}
	return b.String()
}

// SearchChunks runs a keyword query over the guild's chunks and returns up
// to k passages, best first, ranked by BM25 (see searchMatch). It is safe
// for concurrent use.
func (db *DB) SearchChunks(ctx context.Context, guild string, q newsbot.KeywordQuery, k int) ([]newsbot.Passage, error) {
	return db.searchMatch(ctx, guild, ftsMatch(q), k)
}

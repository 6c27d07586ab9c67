package store

import (
	"context"
	"fmt"
	"strings"

	"github.com/newsbot/newsbot"
)

// SearchChunks runs an FTS5 MATCH expression over the guild's chunks and
// returns up to k passages, best first, ranked by BM25 (headline weighted
// 0.5, body 1.0, configured in the migration). Score is the negated
// BM25 value, so higher is better. A malformed expression is an EINVALID
// error; expressions from retrieval.MatchExpr are always well formed.
func (db *DB) SearchChunks(ctx context.Context, guild, match string, k int) ([]newsbot.Passage, error) {
	if strings.TrimSpace(match) == "" || k <= 0 {
		return nil, nil
	}
	rows, err := db.db.QueryContext(ctx, `
		SELECT f.rowid, f.rank, c.article_id, c.first_seq, c.last_seq, f.body,
			a.title, a.outlet, a.url, a.published
		FROM chunks_fts f
		JOIN chunks c ON c.id = f.rowid
		JOIN articles a ON a.id = c.article_id
		WHERE chunks_fts MATCH ? AND f.guild = ?
		ORDER BY f.rank LIMIT ?`, match, guild, k)
	if err != nil {
		if isMatchSyntaxError(err) {
			return nil, newsbot.Errorf(newsbot.EINVALID, "the search expression is malformed")
		}
		return nil, fmt.Errorf("search chunks: %w", err)
	}
	defer rows.Close()
	var out []newsbot.Passage
	for rows.Next() {
		var p newsbot.Passage
		if err := rows.Scan(&p.ChunkID, &p.Score, &p.ArticleID, &p.FirstSeq, &p.LastSeq, &p.Text,
			&p.Title, &p.Outlet, &p.URL, &p.Published); err != nil {
			return nil, err
		}
		p.Score = -p.Score
		p.Rank = len(out) + 1
		out = append(out, p)
	}
	return out, rows.Err()
}

// isMatchSyntaxError reports whether err is SQLite rejecting a MATCH
// expression rather than a fault of the database.
func isMatchSyntaxError(err error) bool {
	msg := err.Error()
	for _, s := range []string{"fts5: syntax error", "unterminated string", "no such column", "unknown special query"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

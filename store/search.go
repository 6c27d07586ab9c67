package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/newsbot/newsbot"
)

// SearchChunks runs an FTS5 MATCH expression over the guild's chunks and
// returns up to k passages, best first, ranked by BM25 (headline weighted
// 0.5, body 1.0, configured in the migration). Score is the negated
// BM25 value, so higher is better. A malformed expression is an EINVALID
// error; expressions from retrieval.MatchExpr are always well formed.
//
// A plain OR of quoted phrases whose phrases match more than 15,000 index
// rows in all is answered from its rarest phrases first (see plan), which
// keeps a question with common words fast on a large archive: passages
// found by an earlier step of the plan come first, later steps fill up to
// k, and the full expression is the last resort. Every step looks only at
// the index rows between the guild's first and last chunk. It is safe for
// concurrent use.
func (db *DB) SearchChunks(ctx context.Context, guild, match string, k int) ([]newsbot.Passage, error) {
	if strings.TrimSpace(match) == "" || k <= 0 {
		return nil, nil
	}
	conn, err := db.db.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("search chunks: %w", err)
	}
	defer conn.Close()
	sp, ok, err := guildSpan(ctx, conn, guild)
	if err != nil {
		return nil, err
	} else if !ok {
		sp = span{1, 0} // no rows, but the expression is still checked
	}
	steps, err := plan(ctx, conn, match, sp)
	if err != nil {
		if isMatchSyntaxError(err) {
			return nil, newsbot.Errorf(newsbot.EINVALID, "the search expression is malformed")
		}
		return nil, err
	}
	return runSteps(ctx, conn, guild, steps, sp, k)
}

// runSteps runs the steps of a plan until k passages are found; passages
// of an earlier step come first.
func runSteps(ctx context.Context, conn *sql.Conn, guild string, steps []step, sp span, k int) ([]newsbot.Passage, error) {
	var out []newsbot.Passage
	seen := map[int64]bool{}
	var err error
	for _, st := range steps {
		rows := sp
		if st.newest {
			if rows.first, err = nthNewest(ctx, conn, st.expr, searchBudget, sp); err != nil {
				return nil, err
			}
		}
		ps, err := searchChunks(ctx, conn, guild, st.expr, rows, k)
		if err != nil {
			return nil, err
		}
		for _, p := range ps {
			if len(out) < k && !seen[p.ChunkID] {
				seen[p.ChunkID] = true
				p.Rank = len(out) + 1
				out = append(out, p)
			}
		}
		if len(out) >= k {
			break
		}
	}
	return out, nil
}

// searchChunks runs one MATCH expression over the index rows of a span;
// see SearchChunks.
func searchChunks(ctx context.Context, conn *sql.Conn, guild, match string, sp span, k int) ([]newsbot.Passage, error) {
	rows, err := conn.QueryContext(ctx, `
		SELECT f.rowid, f.rank, c.article_id, c.first_seq, c.last_seq, f.body,
			a.title, a.outlet, a.url, a.published
		FROM chunks_fts f
		JOIN chunks c ON c.id = f.rowid
		JOIN articles a ON a.id = c.article_id
		WHERE chunks_fts MATCH ? AND f.rowid BETWEEN ? AND ? AND f.guild = ?
		ORDER BY f.rank LIMIT ?`, match, sp.first, sp.last, guild, k)
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
		p.Text = newsbot.StoredText(p.Text)
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

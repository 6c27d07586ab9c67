package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/newsbot/newsbot"
)

// searchMatch runs an FTS5 MATCH expression (ftsMatch writes those of
// SearchChunks) over the guild's chunks and returns up to k passages, best
// first, ranked by BM25 (headline weighted 0.5, body 1.0, configured in
// the migration). Score is the negated BM25 value, so higher is better. A
// malformed expression is an EINVALID error; ftsMatch's are always well
// formed.
//
// A plain OR of quoted phrases whose phrases match more than searchBudget
// index rows in all is answered rare phrases first (topk.go): FTS5 ranks
// the rows of the rare phrases, the common phrases' share of the BM25
// score is added in Go, and reading stops when no other row can reach the
// top k, which keeps a question with common words fast on a large
// archive. Every search looks only at the index rows between the guild's
// first and last chunk. It is safe for concurrent use.
func (db *DB) searchMatch(ctx context.Context, guild, match string, k int) ([]newsbot.Passage, error) {
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
		return nil, checkMatch(ctx, conn, match)
	}
	rank, err := db.rank.ranker(ctx, conn, sp)
	if err != nil {
		return nil, err
	}
	phrases, ok := orPhrases(match)
	if !ok {
		return searchChunks(ctx, conn, rank, guild, match, sp, k)
	}
	cs, total, err := db.terms.count(ctx, conn, phrases, sp)
	if err != nil {
		return nil, err
	}
	if total <= searchBudget || len(cs) == 0 {
		return searchChunks(ctx, conn, rank, guild, match, sp, k)
	}
	return topK(ctx, conn, rank, guild, sp, cs, k)
}

// checkMatch returns the EINVALID error of a malformed expression, or nil.
func checkMatch(ctx context.Context, conn *sql.Conn, match string) error {
	var n int
	err := conn.QueryRowContext(ctx, `SELECT count(*) FROM chunks_fts WHERE chunks_fts MATCH ? AND rowid = 0`, match).Scan(&n)
	if err != nil && isMatchSyntaxError(err) {
		return newsbot.Errorf(newsbot.EINVALID, "the search expression is malformed")
	}
	return err
}

// searchChunks runs one MATCH expression over the index rows of a span;
// see searchMatch. It ranks the span's rows first and keeps the guild's
// among the best k (see inSpan); only when other guilds' rows take some of
// those places does it rank the guild's rows alone.
func searchChunks(ctx context.Context, conn *sql.Conn, rank ranker, guild, match string, sp span, k int) ([]newsbot.Passage, error) {
	out, full, err := rankedPassages(ctx, conn, `
		SELECT f.rowid, f.score, c.guild, c.article_id, c.first_seq, c.last_seq, c.start, c."end", `+textRange(`c.start`, `c."end"`)+`,
			a.title, a.outlet, a.url, a.published
		FROM (`+inSpan(`rowid, `+rank.sql()+` AS score`, `ORDER BY score`)+`) f
		JOIN chunks c ON c.id = f.rowid
		JOIN articles a ON a.id = c.article_id
		ORDER BY f.score`, guild, match, sp.first, sp.last, k)
	if err != nil || len(out) == k || !full {
		return out, err
	}
	out, _, err = rankedPassages(ctx, conn, `
		SELECT f.rowid, `+rank.sql()+` AS score, c.guild, c.article_id, c.first_seq, c.last_seq, c.start, c."end", `+textRange(`c.start`, `c."end"`)+`,
			a.title, a.outlet, a.url, a.published
		FROM chunks_fts f
		CROSS JOIN chunks c ON c.id = f.rowid -- the index drives, not the guild's chunks
		JOIN articles a ON a.id = c.article_id
		WHERE chunks_fts MATCH ? AND f.rowid BETWEEN ? AND ? AND c.guild = ?
		ORDER BY score LIMIT ?`, guild, match, sp.first, sp.last, guild, k)
	return out, err
}

// bm25Expr is FTS5's own rank of chunks_fts as the migrations configure it
// (bm25 with the headline weighted 0.5, the body 1.0), which the search's
// newsbot_bm25 (rank.go) reproduces; the tests compare the two. Searches
// write the rank function out (ORDER BY score) instead of ORDER BY rank:
// FTS5 answers ORDER BY rank by running the ranked query into a sorter of
// its own and then seeking every row it returns again, where ORDER BY the
// function lets SQLite keep the best LIMIT rows as they come.
const bm25Expr = `bm25(chunks_fts, 0.5, 1.0)`

// textRange is the SQL of the bytes [start, end) of a.text (as slice
// cuts them: nothing when end <= start), as a blob: SQLite cuts the
// article's text, so a search copies to Go only the passages it reads,
// not whole articles.
func textRange(start, end string) string {
	return `CASE WHEN ` + end + ` > ` + start + ` THEN substr(CAST(a.text AS BLOB), max(` + start + `, 0) + 1, ` +
		end + ` - max(` + start + `, 0)) ELSE x'' END`
}

// rankedPassages runs a ranking query and returns the guild's passages;
// full reports whether the query returned as many rows as its last
// argument asked for.
func rankedPassages(ctx context.Context, conn *sql.Conn, q, guild string, args ...any) (out []newsbot.Passage, full bool, err error) {
	rows, err := conn.QueryContext(ctx, q, args...)
	if err != nil {
		if isMatchSyntaxError(err) {
			return nil, false, newsbot.Errorf(newsbot.EINVALID, "the search expression is malformed")
		}
		return nil, false, fmt.Errorf("search chunks: %w", err)
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		var p newsbot.Passage
		var g string
		var start, end int
		if err := rows.Scan(&p.ChunkID, &p.Score, &g, &p.ArticleID, &p.FirstSeq, &p.LastSeq, &start, &end, &p.Text,
			&p.Title, &p.Outlet, &p.URL, &p.Published); err != nil {
			return nil, false, err
		}
		n++
		if g != guild {
			continue
		}
		p.Score = -p.Score
		p.Rank = len(out) + 1
		out = append(out, p)
	}
	return out, n == args[len(args)-1].(int), rows.Err()
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

package postgres

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/newsbot/newsbot"
)

// rankWeights weigh the lexemes of a chunk's tsv: {D, C, B, A}; the
// headline (B) counts half as much as the body (A), as in the SQLite store.
const rankWeights = `'{0.1, 0.2, 0.5, 1.0}'`

// dfCap bounds the rows counted for a phrase's document frequency: a
// phrase in more chunks than that is common; its weight is low anyway, so
// counting further would only cost time.
const dfCap = 5000

// SearchChunks runs a keyword query (turned into a tsquery, tsquery.go)
// over the guild's chunks and returns up to k passages, best first. It is
// safe for concurrent use.
//
// For two phrases or more the score is BM25's idea in
// tsvector terms: the sum over the phrases a chunk matches of the phrase's
// inverse document frequency in the guild times ts_rank of the phrase in
// the chunk (headline weighted half the body), saturated as BM25 saturates
// term frequency (normalisation 32: rank/(rank+1)), so a rare name
// outweighs a common word repeated. Of the normalisations tried on the dev
// set (0, 1, 2, 8, 32, 1|32, 2|32) this one ranks closest to SQLite's BM25. One
// phrase alone is ranked by ts_rank_cd.
func (db *DB) SearchChunks(ctx context.Context, guild string, kq newsbot.KeywordQuery, k int) ([]newsbot.Passage, error) {
	q, ok := buildTSQuery(kq, 3)
	if !ok || k <= 0 {
		return nil, nil
	}
	args := append([]any{guild, k}, q.args...)
	if len(q.terms) <= 1 {
		return db.searchPassages(ctx, plainSearchSQL(q), args)
	}
	ps, err := db.searchPassages(ctx, weightedSearchSQL(q, true), args)
	if err != nil || len(ps) >= k {
		return ps, err
	}
	return db.searchPassages(ctx, weightedSearchSQL(q, false), args)
}

func (db *DB) searchPassages(ctx context.Context, sql string, args []any) ([]newsbot.Passage, error) {
	rows, err := db.pool.Query(ctx, sql, args...)
	if err != nil {
		return nil, fmt.Errorf("search chunks: %w", err)
	}
	return scanPassages(rows)
}

const passageColumns = `c.id, c.article_id, c.first_seq, c.last_seq, c.text, a.title, a.outlet, a.url, a.published`

// plainSearchSQL ranks the chunks matching q by ts_rank_cd.
func plainSearchSQL(q tsQuery) string {
	return `WITH q AS (SELECT ` + q.sql + ` AS q)
		SELECT ts_rank_cd(` + rankWeights + `, c.tsv, q.q, 1) AS score, ` + passageColumns + `
		FROM q, chunks c JOIN articles a ON a.id = c.article_id
		WHERE c.guild = $1 AND c.tsv @@ q.q
		ORDER BY score DESC, c.id LIMIT $2`
}

// weightedSearchSQL ranks chunks by the sum of idf × ts_rank over the
// phrases of q they match; with rareOnly, only chunks holding a phrase in
// fewer than dfCap chunks are candidates (all, when no phrase is that rare).
func weightedSearchSQL(q tsQuery, rareOnly bool) string {
	arms := make([]string, len(q.terms))
	for i, t := range q.terms {
		arms[i] = fmt.Sprintf("SELECT %d AS n, %s AS q", i, t)
	}
	candidates := `SELECT id, tsv FROM chunks WHERE guild = $1 AND tsv @@ (` + q.sql + `)`
	if rareOnly {
		candidates = `SELECT DISTINCT c.id, c.tsv FROM weighted w
			JOIN LATERAL (SELECT id, tsv FROM chunks WHERE guild = $1 AND tsv @@ w.q) c ON true
			WHERE w.df < ` + fmt.Sprint(dfCap) + ` OR NOT EXISTS (SELECT 1 FROM weighted WHERE df < ` + fmt.Sprint(dfCap) + `)`
	}
	return `WITH terms AS (` + strings.Join(arms, " UNION ALL ") + `),
		total AS (SELECT coalesce(sum(n_chunks), 0)::float8 AS n FROM articles WHERE guild = $1),
		weighted AS (
			SELECT t.q, df.n AS df, ln(1 + (greatest(total.n - df.n, 0) + 0.5) / (df.n + 0.5)) AS idf
			FROM terms t, total, LATERAL (
				SELECT count(*)::float8 AS n FROM (
					SELECT 1 FROM chunks WHERE guild = $1 AND tsv @@ t.q LIMIT ` + fmt.Sprint(dfCap) + `) m) df
			WHERE t.q <> ''::tsquery),
		hits AS (
			SELECT c.id, sum(w.idf * ts_rank(` + rankWeights + `, c.tsv, w.q, 32)) AS score
			FROM (` + candidates + `) c
			JOIN weighted w ON c.tsv @@ w.q
			GROUP BY c.id
			ORDER BY score DESC, c.id LIMIT $2)
		SELECT h.score, ` + passageColumns + `
		FROM hits h JOIN chunks c ON c.id = h.id JOIN articles a ON a.id = c.article_id
		ORDER BY h.score DESC, c.id`
}

// scanPassages reads score and passageColumns rows, numbering the ranks.
func scanPassages(rows pgx.Rows) ([]newsbot.Passage, error) {
	defer rows.Close()
	var out []newsbot.Passage
	for rows.Next() {
		var p newsbot.Passage
		if err := rows.Scan(&p.Score, &p.ChunkID, &p.ArticleID, &p.FirstSeq, &p.LastSeq, &p.Text,
			&p.Title, &p.Outlet, &p.URL, &p.Published); err != nil {
			return nil, err
		}
		p.Rank = len(out) + 1
		out = append(out, p)
	}
	return out, rows.Err()
}

package postgres

import (
	"context"
	"fmt"
	"strings"
	"time"

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

// dfEstimateFrom is the document frequency above which a phrase's is read
// from the planner's statistics instead of counted: the most common lexemes
// of the chunks' tsvectors and their frequencies (pg_stats.most_common_elems,
// which ANALYZE keeps, about the 1,000 most common), a phrase counting as
// often as its rarest lexeme. Counting a common phrase reads one heap row
// per chunk holding it, which made most of a search's time; rarer phrases
// are still counted exactly, so that small archives (and the eval sets)
// rank the same whether ANALYZE has run or not.
const dfEstimateFrom = 1000

// commonWindow bounds the candidates of a question whose phrases are all
// common (or whose rare phrases match nothing): the newest chunks matching
// any phrase, found by walking the guild's chunks newest first, instead of
// ranking every chunk that holds a common word (as the SQLite store's
// newest window does).
const commonWindow = 2000

// totalsTTL is how long a guild's chunk count is kept by a process for
// ranking (a minute's new articles barely move an idf).
const totalsTTL = time.Minute

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
	total, err := db.guildChunks(ctx, guild)
	if err != nil {
		return nil, err
	}
	args = append(args, float64(total))
	ps, err := db.searchPassages(ctx, weightedSearchSQL(q, true, len(args)), args)
	if err != nil || len(ps) >= k {
		return ps, err
	}
	return db.searchPassages(ctx, weightedSearchSQL(q, false, len(args)), args)
}

// guildChunks returns how many chunks the guild has, for idf, kept for
// totalsTTL.
func (db *DB) guildChunks(ctx context.Context, guild string) (int64, error) {
	if v, ok := db.totals.Load(guild); ok {
		if t := v.(chunkTotal); time.Since(t.at) < totalsTTL {
			return t.n, nil
		}
	}
	var n int64
	if err := db.pool.QueryRow(ctx, `SELECT coalesce(sum(n_chunks), 0) FROM articles WHERE guild = $1`, guild).Scan(&n); err != nil {
		return 0, fmt.Errorf("count chunks: %w", err)
	}
	db.totals.Store(guild, chunkTotal{n: n, at: time.Now()})
	return n, nil
}

type chunkTotal struct {
	n  int64
	at time.Time
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
		FROM q, chunks c JOIN articles a ON a.guild = c.guild AND a.id = c.article_id
		WHERE c.guild = $1 AND c.tsv @@ q.q
		ORDER BY score DESC, c.id LIMIT $2`
}

// weightedSearchSQL ranks chunks by the sum of idf × ts_rank over the
// phrases of q they match; with rareOnly, only chunks holding a phrase in
// fewer than dfCap chunks are candidates (all, when no phrase is that rare).
// Parameter $total is the guild's chunk count. A phrase's document frequency
// is counted (up to dfCap), or, when the statistics say it is in more than
// dfEstimateFrom chunks, estimated from them (see dfEstimateFrom).
func weightedSearchSQL(q tsQuery, rareOnly bool, total int) string {
	arms := make([]string, len(q.terms))
	for i, t := range q.terms {
		// the lexemes of the phrase: its text through to_tsvector
		lex := "tsvector_to_array(" + strings.Replace(t, "phraseto_tsquery(", "to_tsvector(", 1) + ")"
		arms[i] = fmt.Sprintf("SELECT %d AS n, %s AS q, %s AS lex", i, t, lex)
	}
	n := fmt.Sprintf("$%d::float8", total)
	candidates := `SELECT id, tsv FROM chunks WHERE guild = $1 AND tsv @@ (` + q.sql + `) ORDER BY id DESC LIMIT ` + fmt.Sprint(commonWindow)
	if rareOnly {
		candidates = `SELECT DISTINCT c.id, c.tsv FROM weighted w
			JOIN LATERAL (SELECT id, tsv FROM chunks WHERE guild = $1 AND tsv @@ w.q) c ON true
			WHERE w.df < ` + fmt.Sprint(dfCap) + ` OR NOT EXISTS (SELECT 1 FROM weighted WHERE df < ` + fmt.Sprint(dfCap) + `)`
	}
	return `WITH terms AS (` + strings.Join(arms, " UNION ALL ") + `),
		stats AS MATERIALIZED (
			SELECT e.lexeme, e.freq FROM pg_stats s,
				unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS e(lexeme, freq)
			WHERE s.schemaname = current_schema() AND s.tablename = 'chunks' AND s.attname = 'tsv' AND e.lexeme IS NOT NULL),
		estimated AS (
			SELECT t.q, (SELECT CASE WHEN count(*) = cardinality(t.lex) AND count(*) > 0 THEN min(s.freq) * ` + n + ` END
				FROM stats s WHERE s.lexeme = ANY (t.lex)) AS est
			FROM terms t WHERE t.q <> ''::tsquery),
		weighted AS MATERIALIZED (
			SELECT e.q, df.n AS df, ln(1 + (greatest(` + n + ` - df.n, 0) + 0.5) / (df.n + 0.5)) AS idf
			FROM estimated e, LATERAL (SELECT CASE WHEN e.est >= ` + fmt.Sprint(dfEstimateFrom) + ` THEN e.est ELSE (
				SELECT count(*)::float8 FROM (
					SELECT 1 FROM chunks WHERE guild = $1 AND tsv @@ e.q LIMIT ` + fmt.Sprint(dfCap) + `) m) END AS n) df),
		hits AS (
			SELECT c.id, sum(w.idf * ts_rank(` + rankWeights + `, c.tsv, w.q, 32)) AS score
			FROM (` + candidates + `) c
			JOIN weighted w ON c.tsv @@ w.q
			GROUP BY c.id
			ORDER BY score DESC, c.id LIMIT $2)
		SELECT h.score, ` + passageColumns + `
		FROM hits h JOIN chunks c ON c.guild = $1 AND c.id = h.id JOIN articles a ON a.guild = c.guild AND a.id = c.article_id
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

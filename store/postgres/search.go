package postgres

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/newsbot/newsbot"
)

// This file ranks chunks for a keyword query by BM25, as the SQLite store
// does with FTS5 (store/sqlite/topk.go), in three steps:
//
//  1. Statistics. Each phrase's document frequency in the guild comes from
//     term_stats (kept at ingest by triggers, migration 0015): a word's is
//     read there; a phrase of several words is counted (through the GIN
//     index) up to exactRows chunks, and beyond that counts as its rarest
//     word. (A phrase of common words can be rare: "4.2" is '4' <-> '2'.) The guild's chunk count and average chunk
//     length come from chunk_stats. No matching chunk is counted for a
//     common word.
//  2. Rare phrases first. The rarest phrases, as many as match at most
//     rareBudget chunks together (or the rarest alone when it matches at
//     most rareAlone), select the candidates through the GIN index; those
//     are ranked by the rare phrases' BM25, and the best `candidates` of
//     them get the common phrases' share added.
//  3. Common phrases. When that finds fewer than k chunks, or the k-th
//     best could still be beaten by a chunk holding only common phrases
//     (likelyBound, as in the SQLite store), the newest commonRows chunks
//     holding all the common phrases, and the newest holding any phrase,
//     are scored with every phrase, and the two lists are merged.
//
// A phrase's BM25 share in a chunk is idf × f × (k1+1) / (f + k1 × (1 - b +
// b × length/average length)), where f is the phrase's occurrences in the
// chunk, a headline occurrence counting half (ts_rank_cd with weights
// {D 0.1, C 0.2, B 0.5, A 1.0} and no normalisation is exactly that sum:
// each occurrence of a phrase is a cover worth its weight), and length is
// the chunk's words, headline and text (chunks.n_tokens).

// BM25 parameters, the same as the SQLite store's (FTS5's bm25()).
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// rankWeights weigh the lexemes of a chunk's tsv: {D, C, B, A}; the
// headline (B) counts half as much as the body (A), as in the SQLite store.
const rankWeights = `'{0.1, 0.2, 0.5, 1.0}'`

// Search plan sizes (see above). Variables, so that tests can lower them.
var (
	exactRows  = 2000  // a phrase of several words is counted up to this many chunks
	rareBudget = 5000  // chunks the rare phrases may match together
	rareAlone  = 15000 // chunks the rarest phrase may match to select alone
	candidates = 60    // chunks of the rare phrases' ranking completed with the common phrases
	commonRows = 60    // newest chunks holding the common phrases, scored when they could still win
)

// phraseStat is a phrase of the query with its statistics.
type phraseStat struct {
	text string // its tsquery text (phraseQuery)
	df   int64
	idf  float64
}

// SearchChunks runs a keyword query over the guild's chunks and returns up
// to k passages, best first, ranked by BM25 (see above). It is safe for
// concurrent use.
func (db *DB) SearchChunks(ctx context.Context, guild string, kq newsbot.KeywordQuery, k int) ([]newsbot.Passage, error) {
	var phrases, lexemes []string
	for _, p := range kq.Phrases {
		if q, lex := phraseQuery(p); q != "" {
			phrases, lexemes = append(phrases, q), append(lexemes, strings.Join(lex, " "))
		}
	}
	if len(phrases) == 0 || k <= 0 {
		return nil, nil
	}
	qs, avgdl, err := db.phraseStats(ctx, guild, phrases, lexemes)
	if err != nil || len(qs) == 0 {
		return nil, err
	}
	r := rarePrefix(qs)
	var best []newsbot.Passage
	if r > 0 {
		if best, err = db.rankRare(ctx, guild, qs, r, avgdl, k); err != nil {
			return nil, err
		}
	}
	if r == 0 || len(best) < k || best[k-1].Score < upperBound(qs[r:])/2 {
		more, err := db.rankCommon(ctx, guild, qs, r, avgdl, k)
		if err != nil {
			return nil, err
		}
		best = mergePassages(best, more, k)
	}
	for i := range best {
		best[i].Rank = i + 1
	}
	return best, nil
}

// phraseStats returns the phrases (tsquery text) that match a chunk of the
// guild, rarest first, with their document frequency and idf, and the
// guild's average chunk length. lexemes holds each phrase's distinct terms,
// separated by spaces.
func (db *DB) phraseStats(ctx context.Context, guild string, phrases, lexemes []string) ([]phraseStat, float64, error) {
	rows, err := db.pool.Query(ctx, `
		WITH p AS (SELECT u.n, u.p::tsquery AS q, string_to_array(u.l, ' ') AS lex
			FROM unnest($2::text[], $4::text[]) WITH ORDINALITY AS u(p, l, n)),
		d AS (SELECT p.n, p.q, cardinality(p.lex) AS words,
			(SELECT min(coalesce(t.df, 0)) FROM unnest(p.lex) AS l LEFT JOIN term_stats t ON t.guild = $1 AND t.lexeme = l) AS df
			FROM p WHERE cardinality(p.lex) > 0)
		SELECT d.n, CASE WHEN d.words > 1 AND d.df > 0
				THEN (SELECT CASE WHEN x.n <= $3 THEN x.n ELSE d.df END
					FROM (SELECT count(*) AS n FROM (SELECT 1 FROM chunks WHERE guild = $1 AND tsv @@ d.q LIMIT $3 + 1) m) x)
				ELSE d.df END,
			s.chunks, s.tokens
		FROM d, chunk_stats s WHERE s.guild = $1 AND s.chunks > 0
		ORDER BY d.n`, guild, phrases, exactRows, lexemes)
	if err != nil {
		return nil, 0, fmt.Errorf("search statistics: %w", err)
	}
	var (
		qs            []phraseStat
		n, df         int64
		chunks, toks  int64
		total, tokens float64
	)
	_, err = pgx.ForEachRow(rows, []any{&n, &df, &chunks, &toks}, func() error {
		total, tokens = float64(chunks), float64(toks)
		if df > 0 {
			qs = append(qs, phraseStat{text: phrases[n-1], df: df})
		}
		return nil
	})
	if err != nil {
		return nil, 0, fmt.Errorf("search statistics: %w", err)
	}
	for i := range qs {
		qs[i].idf = bm25IDF(total, float64(qs[i].df))
	}
	sort.SliceStable(qs, func(i, j int) bool { return qs[i].df < qs[j].df })
	return qs, math.Max(tokens/math.Max(total, 1), 1), nil
}

// bm25IDF is FTS5's inverse document frequency.
func bm25IDF(n, hits float64) float64 {
	idf := math.Log((n - hits + 0.5) / (hits + 0.5))
	if idf <= 0 {
		idf = 1e-6
	}
	return idf
}

// rarePrefix returns how many of the phrases, rarest first, select
// candidates: as many as fit rareBudget together, or the rarest alone when
// it matches no more than rareAlone chunks.
func rarePrefix(qs []phraseStat) int {
	var sum int64
	r := 0
	for r < len(qs) && sum+qs[r].df <= int64(rareBudget) {
		sum += qs[r].df
		r++
	}
	if r == 0 && len(qs) > 0 && qs[0].df <= int64(rareAlone) {
		r = 1
	}
	return r
}

// upperBound is the most the phrases can add to a chunk's score.
func upperBound(qs []phraseStat) float64 {
	var u float64
	for _, q := range qs {
		u += q.idf * (bm25K1 + 1)
	}
	return u
}

// rankQuery writes the SQL of a ranking. The phrases' tsqueries are
// computed once, as the columns q0, q1, ... of the one-row relation qq
// (tsquery text, from parameters $4 on; $1 is the guild, $2 k, $3 the average chunk
// length). Each phrase's BM25 share is written out with its idf as a
// constant, and the phrase occurrences f0, f1, ... are computed once per
// chunk in a subquery that the planner may not flatten (OFFSET 0), so that
// ts_rank_cd runs once per chunk and phrase and nothing else runs per row.
type rankQuery struct {
	qs   []phraseStat
	args []any
}

func newRankQuery(guild string, k int, avgdl float64, qs []phraseStat) *rankQuery {
	q := &rankQuery{qs: qs, args: []any{guild, k, avgdl}}
	for _, p := range qs {
		q.args = append(q.args, p.text)
	}
	return q
}

// with is the WITH clause declaring qq.
func (q *rankQuery) with() string {
	cols := make([]string, len(q.qs))
	for i := range q.qs {
		cols[i] = fmt.Sprintf("$%d::tsquery AS q%d", 4+i, i)
	}
	return `WITH qq AS MATERIALIZED (SELECT ` + strings.Join(cols, ", ") + `)`
}

// join is a tsquery expression of the phrases idx joined by op (|| or
// &&), written with the phrases' parameters rather than qq's columns: the
// planner then estimates how many chunks it matches from the tsv column's
// statistics (it reads the tsquery of a parameter to plan), and
// picks the GIN index for a rare match and a walk of the newest chunks
// for a common one. With qq's columns it guessed, and walked 25,000 chunks
// for two common words that rarely meet.
func join(idx []int, op string) string {
	parts := make([]string, len(idx))
	for i, n := range idx {
		parts[i] = fmt.Sprintf("$%d::tsquery", 4+n)
	}
	return "(" + strings.Join(parts, " "+op+" ") + ")"
}

func span(from, to int) []int {
	var out []int
	for i := from; i < to; i++ {
		out = append(out, i)
	}
	return out
}

// freqs are the select-list items f<i> (a phrase's weighted occurrences in
// chunk c) of the phrases idx.
func freqs(idx []int) string {
	var b strings.Builder
	for _, n := range idx {
		fmt.Fprintf(&b, ", ts_rank_cd(%s, c.tsv, qq.q%d, 0) AS f%d", rankWeights, n, n)
	}
	return b.String()
}

// score is the BM25 share of the phrases idx in a row with columns f<i>
// and n_tokens.
func (q *rankQuery) score(idx []int) string {
	if len(idx) == 0 {
		return "0"
	}
	parts := make([]string, len(idx))
	for i, n := range idx {
		parts[i] = fmt.Sprintf("%g * f%d * %g / (f%d + %g * (1 - %g + %g * n_tokens / $3::float8))",
			q.qs[n].idf, n, bm25K1+1, n, bm25K1, bm25B, bm25B)
	}
	return strings.Join(parts, " + ")
}

// rankRare ranks the chunks holding one of the r rarest phrases of qs by
// those phrases' BM25, adds the common phrases' share to the best
// `candidates` of them, and returns the k best passages.
func (db *DB) rankRare(ctx context.Context, guild string, qs []phraseStat, r int, avgdl float64, k int) ([]newsbot.Passage, error) {
	q := newRankQuery(guild, k, avgdl, qs)
	rare, common := span(0, r), span(r, len(qs))
	q.args = append(q.args, candidates)
	lim := len(q.args)
	sql := q.with() + `,
		first AS (SELECT x.id, x.tsv, x.n_tokens, ` + q.score(rare) + ` AS s
			FROM (SELECT c.id, c.tsv, c.n_tokens` + freqs(rare) + `
				FROM qq, chunks c WHERE c.guild = $1 AND c.tsv @@ ` + join(rare, "||") + ` OFFSET 0) x
			ORDER BY s DESC, x.id LIMIT $` + fmt.Sprint(lim) + `),
		hits AS (SELECT y.id, y.s + ` + q.score(common) + ` AS score
			FROM (SELECT c.id, c.s, c.n_tokens` + freqs(common) + ` FROM qq, first c OFFSET 0) y
			ORDER BY score DESC, y.id LIMIT $2)
		SELECT h.score, ` + passageColumns + `
		FROM hits h JOIN chunks c ON c.guild = $1 AND c.id = h.id JOIN articles a ON a.guild = c.guild AND a.id = c.article_id
		ORDER BY h.score DESC, c.id`
	return db.searchPassages(ctx, sql, q.args)
}

// rankCommon scores, with every phrase, the guild's newest commonRows
// chunks holding all the common phrases (qs[r:]; the two rarest of them
// too, when there are more), and the newest holding any phrase, and
// returns the k best.
func (db *DB) rankCommon(ctx context.Context, guild string, qs []phraseStat, r int, avgdl float64, k int) ([]newsbot.Passage, error) {
	q := newRankQuery(guild, k, avgdl, qs)
	q.args = append(q.args, commonRows)
	lim := len(q.args)
	newest := func(match string) string {
		return `(SELECT c.id FROM chunks c WHERE c.guild = $1 AND c.tsv @@ ` + match + ` ORDER BY c.id DESC LIMIT $` + fmt.Sprint(lim) + `)`
	}
	var arms []string
	if common := span(r, len(qs)); len(common) > 0 {
		arms = append(arms, newest(join(common, "&&")))
		if len(common) > 2 {
			arms = append(arms, newest(join(common[:2], "&&")))
		}
	}
	all := span(0, len(qs))
	arms = append(arms, newest(join(all, "||")))
	sql := q.with() + `,
		cand AS (` + strings.Join(arms, " UNION ") + `),
		hits AS (SELECT y.id, ` + q.score(all) + ` AS score
			FROM (SELECT c.id, c.n_tokens` + freqs(all) + ` FROM qq, cand JOIN chunks c ON c.guild = $1 AND c.id = cand.id OFFSET 0) y
			ORDER BY score DESC, y.id LIMIT $2)
		SELECT h.score, ` + passageColumns + `
		FROM hits h JOIN chunks c ON c.guild = $1 AND c.id = h.id JOIN articles a ON a.guild = c.guild AND a.id = c.article_id
		WHERE h.score > 0
		ORDER BY h.score DESC, c.id`
	return db.searchPassages(ctx, sql, q.args)
}

// mergePassages merges two rankings (best first) into the k best, each
// chunk once.
func mergePassages(a, b []newsbot.Passage, k int) []newsbot.Passage {
	seen := map[int64]bool{}
	var out []newsbot.Passage
	for _, p := range append(append([]newsbot.Passage(nil), a...), b...) {
		if !seen[p.ChunkID] {
			seen[p.ChunkID] = true
			out = append(out, p)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		return out[i].ChunkID < out[j].ChunkID
	})
	if len(out) > k {
		out = out[:k]
	}
	return out
}

func (db *DB) searchPassages(ctx context.Context, sql string, args []any) ([]newsbot.Passage, error) {
	rows, err := db.pool.Query(ctx, sql, args...)
	if err != nil {
		return nil, fmt.Errorf("search chunks: %w", err)
	}
	return scanPassages(rows)
}

const passageColumns = `c.id, c.article_id, c.first_seq, c.last_seq, c.text, a.title, a.outlet, a.url, a.published`

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

package postgres

import (
	"context"
	"fmt"
	"strings"

	"github.com/newsbot/newsbot"
)

// rankWeights weigh the lexemes of a chunk's tsv: {D, C, B, A}; the
// headline (B) counts half as much as the body (A), as in the SQLite store.
const rankWeights = `'{0.1, 0.2, 0.5, 1.0}'`

// SearchChunks runs a match expression (retrieval.MatchExpr's FTS5 subset,
// turned into a tsquery) over the guild's chunks and returns up to k
// passages, best first. Score is ts_rank_cd over the weighted headline and
// body, normalised by the chunk's length, times the rarity of the matched
// phrases in the guild (see rarity), so that, as with BM25, a rare name
// outweighs a common word. A malformed expression is an EINVALID error. It
// is safe for concurrent use.
func (db *DB) SearchChunks(ctx context.Context, guild, match string, k int) ([]newsbot.Passage, error) {
	if strings.TrimSpace(match) == "" || k <= 0 {
		return nil, nil
	}
	q, err := buildTSQuery(match, 3)
	if err != nil {
		return nil, err
	}
	rows, err := db.pool.Query(ctx, `
		WITH q AS (SELECT `+q.sql+` AS q)
		SELECT c.id, ts_rank_cd(`+rankWeights+`, c.tsv, q.q, 1) AS score, c.article_id, c.first_seq, c.last_seq, c.text,
			a.title, a.outlet, a.url, a.published
		FROM q, chunks c JOIN articles a ON a.id = c.article_id
		WHERE c.guild = $1 AND c.tsv @@ q.q
		ORDER BY score DESC, c.id LIMIT $2`, append([]any{guild, k}, q.args...)...)
	if err != nil {
		return nil, fmt.Errorf("search chunks: %w", err)
	}
	defer rows.Close()
	var out []newsbot.Passage
	for rows.Next() {
		var p newsbot.Passage
		var score float32
		if err := rows.Scan(&p.ChunkID, &score, &p.ArticleID, &p.FirstSeq, &p.LastSeq, &p.Text,
			&p.Title, &p.Outlet, &p.URL, &p.Published); err != nil {
			return nil, err
		}
		p.Score = float64(score)
		p.Rank = len(out) + 1
		out = append(out, p)
	}
	return out, rows.Err()
}

package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// reindexBatch is how many chunks one transaction of ReindexVectors
// rewrites.
const reindexBatch = 2000

// ReindexVectors rewrites, in Go, the tsvector of every chunk listed in
// tsv_reindex (the chunks a database held when migration 0020 moved the
// vectors from to_tsvector('english') to the store's own terms), in
// transactions of reindexBatch chunks, and returns how many it rewrote.
// Several processes opening one database at once share the list (each
// batch locks its rows, skipping those another holds); the term statistics
// follow through the update trigger of 0020. An interrupted run resumes at
// the next open. When it rewrote any, it vacuums and analyses chunks and
// term_stats, as autovacuum would some minutes later.
func (db *DB) ReindexVectors(ctx context.Context) (int, error) {
	var pending bool
	if err := db.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM tsv_reindex)`).Scan(&pending); err != nil || !pending {
		return 0, err
	}
	total := 0
	for {
		n := 0
		err := db.inTx(ctx, func(tx pgx.Tx) error {
			var err error
			n, err = reindexSome(ctx, tx)
			return err
		})
		if err != nil {
			return total, fmt.Errorf("rewrite the full-text vectors (migration 0020): %w", err)
		}
		if n == 0 {
			break
		}
		total += n
	}
	if total > 0 {
		// Every rewritten row left a dead tuple and a GIN entry in the
		// pending list; searches right after would scan both (a 10k
		// archive searched at p50 32 ms instead of 19).
		if _, err := db.pool.Exec(ctx, `VACUUM (ANALYZE) chunks, term_stats`); err != nil {
			return total, fmt.Errorf("vacuum after rewriting the full-text vectors: %w", err)
		}
	}
	return total, nil
}

// reindexSome rewrites the vectors of up to reindexBatch listed chunks and
// takes them off the list; it returns how many it took.
func reindexSome(ctx context.Context, tx pgx.Tx) (int, error) {
	rows, err := tx.Query(ctx, `
		WITH b AS (SELECT guild, chunk_id FROM tsv_reindex ORDER BY guild, chunk_id LIMIT $1 FOR UPDATE SKIP LOCKED),
		gone AS (DELETE FROM tsv_reindex r USING b WHERE r.guild = b.guild AND r.chunk_id = b.chunk_id RETURNING r.guild, r.chunk_id)
		SELECT g.guild, g.chunk_id, coalesce(c.text, ''), coalesce(a.title, ''), c.id IS NOT NULL
		FROM gone g LEFT JOIN chunks c ON c.guild = g.guild AND c.id = g.chunk_id
			LEFT JOIN articles a ON a.guild = c.guild AND a.id = c.article_id`, reindexBatch)
	if err != nil {
		return 0, err
	}
	var (
		guilds, vectors []string
		ids             []int64
		taken           int
		guild, text, ti string
		id              int64
		exists          bool
	)
	titles := map[string][]string{}
	vw := newVectorWriter()
	_, err = pgx.ForEachRow(rows, []any{&guild, &id, &text, &ti, &exists}, func() error {
		taken++
		if !exists {
			return nil
		}
		tt, ok := titles[ti]
		if !ok {
			tt = vw.terms(ti)
			titles[ti] = tt
		}
		guilds, ids, vectors = append(guilds, guild), append(ids, id), append(vectors, vw.chunkVector(tt, text))
		return nil
	})
	if err != nil || len(ids) == 0 {
		return taken, err
	}
	_, err = tx.Exec(ctx, `
		UPDATE chunks c SET tsv = u.v::tsvector
		FROM unnest($1::text[], $2::bigint[], $3::text[]) AS u(g, id, v)
		WHERE c.guild = u.g AND c.id = u.id`, guilds, ids, vectors)
	return taken, err
}

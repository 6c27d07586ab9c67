package postgres

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/newsbot/newsbot"
)

var _ newsbot.VectorStore = (*DB)(nil)

// EmbeddingModel returns the recorded embedding model and dimension, or ""
// and 0 when none is recorded.
func (db *DB) EmbeddingModel(ctx context.Context) (string, int, error) {
	var model string
	var dim int
	err := db.pool.QueryRow(ctx, `SELECT model, dim FROM embedding_model WHERE id = 1`).Scan(&model, &dim)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", 0, nil
	} else if err != nil {
		return "", 0, fmt.Errorf("embedding model: %w", err)
	}
	return model, dim, nil
}

// ResetVectors deletes every stored vector, of every guild, and records
// model and dim for the vectors to come, in one transaction.
func (db *DB) ResetVectors(ctx context.Context, model string, dim int) error {
	if model == "" || dim <= 0 {
		return newsbot.Errorf(newsbot.EINVALID, "an embedding model needs a name and a positive dimension")
	}
	return db.inTx(ctx, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `DELETE FROM chunk_vectors`); err != nil {
			return fmt.Errorf("reset vectors: %w", err)
		}
		return setEmbeddingModel(ctx, tx, model, dim)
	})
}

func setEmbeddingModel(ctx context.Context, tx pgx.Tx, model string, dim int) error {
	_, err := tx.Exec(ctx, `INSERT INTO embedding_model (id, model, dim) VALUES (1, $1, $2)
		ON CONFLICT (id) DO UPDATE SET model = excluded.model, dim = excluded.dim`, model, dim)
	if err != nil {
		return fmt.Errorf("record embedding model: %w", err)
	}
	return nil
}

// PutVectors stores vectors made by model, replacing a chunk's earlier
// vector, in one transaction, as the SQLite store does: the first vectors
// record the model and dimension, later ones must match them (EINVALID
// otherwise, nothing stored); vectors of chunks that no longer exist are
// skipped.
func (db *DB) PutVectors(ctx context.Context, model string, vecs []newsbot.ChunkVector) error {
	if len(vecs) == 0 {
		return nil
	}
	dim := len(vecs[0].Vector)
	for _, v := range vecs {
		if len(v.Vector) != dim || dim == 0 {
			return newsbot.Errorf(newsbot.EINVALID, "vectors of one batch differ in size (%d and %d)", dim, len(v.Vector))
		}
	}
	return db.inTx(ctx, func(tx pgx.Tx) error {
		if err := checkEmbeddingModel(ctx, tx, model, dim); err != nil {
			return err
		}
		b := &pgx.Batch{}
		for _, v := range vecs {
			// Deleted and inserted anew, so that caches watching ids and
			// deletions see the change.
			b.Queue(`DELETE FROM chunk_vectors WHERE chunk_id = $1`, v.ChunkID)
			b.Queue(`INSERT INTO chunk_vectors (chunk_id, guild, vec) SELECT id, guild, $2 FROM chunks WHERE id = $1`, v.ChunkID, v.Vector)
		}
		if err := tx.SendBatch(ctx, b).Close(); err != nil {
			return fmt.Errorf("put vectors: %w", err)
		}
		return nil
	})
}

// checkEmbeddingModel records model and dim when none is recorded, and
// refuses a different one.
func checkEmbeddingModel(ctx context.Context, tx pgx.Tx, model string, dim int) error {
	var have string
	var haveDim int
	err := tx.QueryRow(ctx, `SELECT model, dim FROM embedding_model WHERE id = 1 FOR UPDATE`).Scan(&have, &haveDim)
	if errors.Is(err, pgx.ErrNoRows) {
		return setEmbeddingModel(ctx, tx, model, dim)
	} else if err != nil {
		return fmt.Errorf("embedding model: %w", err)
	}
	if have != model || haveDim != dim {
		return newsbot.Errorf(newsbot.EINVALID,
			"the stored vectors were made by %s (%d dimensions), not %s (%d): run 'newsbot reindex' to re-embed every chunk with the new model",
			have, haveDim, model, dim)
	}
	return nil
}

// ChunksWithoutVectors returns the chunks selected by f that have no
// vector, in id order, with their article titles.
func (db *DB) ChunksWithoutVectors(ctx context.Context, f newsbot.ChunkFilter) ([]newsbot.ChunkText, error) {
	var limit any // NULL: no limit
	if f.Limit > 0 {
		limit = f.Limit
	}
	rows, err := db.pool.Query(ctx, `
		SELECT c.id, c.guild, a.title, c.text
		FROM chunks c
		JOIN articles a ON a.guild = c.guild AND a.id = c.article_id
		LEFT JOIN chunk_vectors v ON v.chunk_id = c.id
		WHERE v.chunk_id IS NULL AND c.id > $1 AND ($2 = '' OR c.guild = $2) AND ($3 = 0 OR c.article_id = $3)
		ORDER BY c.id LIMIT $4`, f.After, f.Guild, f.ArticleID, limit)
	if err != nil {
		return nil, fmt.Errorf("chunks without vectors: %w", err)
	}
	defer rows.Close()
	var out []newsbot.ChunkText
	for rows.Next() {
		var c newsbot.ChunkText
		if err := rows.Scan(&c.ChunkID, &c.Guild, &c.Title, &c.Text); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// CountChunks returns how many chunks the guild ("" for every guild) has
// and how many of them have a vector.
func (db *DB) CountChunks(ctx context.Context, guild string) (chunks, withVectors int, err error) {
	err = db.pool.QueryRow(ctx, `
		SELECT (SELECT count(*) FROM chunks WHERE $1 = '' OR guild = $1),
		       (SELECT count(*) FROM chunk_vectors WHERE $1 = '' OR guild = $1)`, guild).Scan(&chunks, &withVectors)
	if err != nil {
		return 0, 0, fmt.Errorf("count chunks: %w", err)
	}
	return chunks, withVectors, nil
}

// VectorState returns the largest vector id and the count of removed
// vectors of the guild.
func (db *DB) VectorState(ctx context.Context, guild string) (newsbot.VectorState, error) {
	var s newsbot.VectorState
	err := db.pool.QueryRow(ctx, `
		SELECT coalesce((SELECT max(id) FROM chunk_vectors WHERE guild = $1), 0),
		       coalesce((SELECT n FROM vector_deletes WHERE guild = $1), 0)`, guild).Scan(&s.MaxID, &s.Deletes)
	if err != nil {
		return s, fmt.Errorf("vector state: %w", err)
	}
	return s, nil
}

// ScanVectors calls fn with each vector of the guild whose id is above
// after, in id order, stopping at fn's first error. The slice passed to fn
// is reused between calls.
func (db *DB) ScanVectors(ctx context.Context, guild string, after int64, fn func(id, chunkID int64, vec []float32) error) error {
	rows, err := db.pool.Query(ctx, `SELECT id, chunk_id, vec FROM chunk_vectors WHERE guild = $1 AND id > $2 ORDER BY id`, guild, after)
	if err != nil {
		return fmt.Errorf("scan vectors: %w", err)
	}
	defer rows.Close()
	var vec []float32
	for rows.Next() {
		var id, chunkID int64
		if err := rows.Scan(&id, &chunkID, &vec); err != nil {
			return err
		}
		if err := fn(id, chunkID, vec); err != nil {
			return err
		}
	}
	return rows.Err()
}

// PassagesByChunkIDs returns passages for the guild's chunks with these
// ids, in the order given, leaving out ids that are not the guild's.
func (db *DB) PassagesByChunkIDs(ctx context.Context, guild string, ids []int64) ([]newsbot.Passage, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	rows, err := db.pool.Query(ctx, `
		SELECT c.id, c.article_id, c.first_seq, c.last_seq, c.text, a.title, a.outlet, a.url, a.published
		FROM chunks c JOIN articles a ON a.guild = c.guild AND a.id = c.article_id
		WHERE c.guild = $1 AND c.id = ANY($2)`, guild, ids)
	if err != nil {
		return nil, fmt.Errorf("passages by chunk: %w", err)
	}
	defer rows.Close()
	byID := map[int64]newsbot.Passage{}
	for rows.Next() {
		var p newsbot.Passage
		if err := rows.Scan(&p.ChunkID, &p.ArticleID, &p.FirstSeq, &p.LastSeq, &p.Text,
			&p.Title, &p.Outlet, &p.URL, &p.Published); err != nil {
			return nil, err
		}
		byID[p.ChunkID] = p
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	out := make([]newsbot.Passage, 0, len(byID))
	for _, id := range ids {
		if p, ok := byID[id]; ok {
			out = append(out, p)
		}
	}
	return out, nil
}

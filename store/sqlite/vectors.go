package sqlite

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"strings"

	"github.com/newsbot/newsbot"
)

var _ newsbot.VectorStore = (*DB)(nil)

// EmbeddingModel returns the recorded embedding model and dimension, or ""
// and 0 when none is recorded.
func (db *DB) EmbeddingModel(ctx context.Context) (string, int, error) {
	var model string
	var dim int
	err := db.db.QueryRowContext(ctx, `SELECT model, dim FROM embedding_model WHERE id = 1`).Scan(&model, &dim)
	if errors.Is(err, sql.ErrNoRows) {
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
	tx, err := db.beginTx(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `DELETE FROM chunk_vectors`); err != nil {
		return fmt.Errorf("reset vectors: %w", err)
	}
	if err := setEmbeddingModel(ctx, tx, model, dim); err != nil {
		return err
	}
	return tx.Commit()
}

func setEmbeddingModel(ctx context.Context, tx *sql.Tx, model string, dim int) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO embedding_model (id, model, dim) VALUES (1, ?, ?)
		ON CONFLICT (id) DO UPDATE SET model = excluded.model, dim = excluded.dim`, model, dim)
	if err != nil {
		return fmt.Errorf("record embedding model: %w", err)
	}
	return nil
}

// PutVectors stores vectors made by model, replacing a chunk's earlier
// vector, in one transaction. The first vectors stored record the model and
// dimension; later ones must match them, or an EINVALID error asking for a
// reindex is returned and nothing is stored. Vectors of chunks that no
// longer exist are skipped.
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
	tx, err := db.beginTx(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := checkEmbeddingModel(ctx, tx, model, dim); err != nil {
		return err
	}
	// A replaced vector is deleted and inserted anew, so that caches,
	// which watch ids and deletions, see the change.
	del, err := tx.PrepareContext(ctx, `DELETE FROM chunk_vectors WHERE chunk_id = ?`)
	if err != nil {
		return fmt.Errorf("put vectors: %w", err)
	}
	defer del.Close()
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO chunk_vectors (chunk_id, guild, vec)
		SELECT id, guild, ? FROM chunks WHERE id = ?`)
	if err != nil {
		return fmt.Errorf("put vectors: %w", err)
	}
	defer stmt.Close()
	buf := make([]byte, 4*dim)
	for _, v := range vecs {
		if _, err := del.ExecContext(ctx, v.ChunkID); err != nil {
			return fmt.Errorf("put vector of chunk %d: %w", v.ChunkID, err)
		}
		if _, err := stmt.ExecContext(ctx, EncodeVector(buf, v.Vector), v.ChunkID); err != nil {
			return fmt.Errorf("put vector of chunk %d: %w", v.ChunkID, err)
		}
	}
	return tx.Commit()
}

// checkEmbeddingModel records model and dim when none is recorded, and
// refuses a different one.
func checkEmbeddingModel(ctx context.Context, tx *sql.Tx, model string, dim int) error {
	var have string
	var haveDim int
	err := tx.QueryRowContext(ctx, `SELECT model, dim FROM embedding_model WHERE id = 1`).Scan(&have, &haveDim)
	if errors.Is(err, sql.ErrNoRows) {
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
	limit := f.Limit
	if limit <= 0 {
		limit = -1
	}
	rows, err := db.db.QueryContext(ctx, `
		SELECT c.id, c.guild, a.title, a.text, c.start, c."end"
		FROM chunks c
		JOIN articles a ON a.id = c.article_id
		LEFT JOIN chunk_vectors v ON v.chunk_id = c.id
		WHERE v.chunk_id IS NULL AND c.id > ? AND (? = '' OR c.guild = ?) AND (? = 0 OR c.article_id = ?)
		ORDER BY c.id LIMIT ?`, f.After, f.Guild, f.Guild, f.ArticleID, f.ArticleID, limit)
	if err != nil {
		return nil, fmt.Errorf("chunks without vectors: %w", err)
	}
	defer rows.Close()
	var out []newsbot.ChunkText
	for rows.Next() {
		var c newsbot.ChunkText
		var start, end int
		if err := rows.Scan(&c.ChunkID, &c.Guild, &c.Title, &c.Text, &start, &end); err != nil {
			return nil, err
		}
		c.Text = slice(c.Text, start, end)
		out = append(out, c)
	}
	return out, rows.Err()
}

// CountChunks returns how many chunks the guild ("" for every guild) has
// and how many of them have a vector.
func (db *DB) CountChunks(ctx context.Context, guild string) (chunks, withVectors int, err error) {
	err = db.db.QueryRowContext(ctx, `
		SELECT (SELECT count(*) FROM chunks WHERE ? = '' OR guild = ?),
		       (SELECT count(*) FROM chunk_vectors WHERE ? = '' OR guild = ?)`,
		guild, guild, guild, guild).Scan(&chunks, &withVectors)
	if err != nil {
		return 0, 0, fmt.Errorf("count chunks: %w", err)
	}
	return chunks, withVectors, nil
}

// VectorState returns the largest vector id and the count of removed
// vectors of the guild. It is cheap: an index lookup and a key lookup.
func (db *DB) VectorState(ctx context.Context, guild string) (newsbot.VectorState, error) {
	var s newsbot.VectorState
	err := db.db.QueryRowContext(ctx, `
		SELECT coalesce((SELECT max(id) FROM chunk_vectors WHERE guild = ?), 0),
		       coalesce((SELECT n FROM vector_deletes WHERE guild = ?), 0)`, guild, guild).Scan(&s.MaxID, &s.Deletes)
	if err != nil {
		return s, fmt.Errorf("vector state: %w", err)
	}
	return s, nil
}

// ScanVectors calls fn with each vector of the guild whose id is above
// after, in id order, stopping at fn's first error. The slice passed to fn
// is reused between calls.
func (db *DB) ScanVectors(ctx context.Context, guild string, after int64, fn func(id, chunkID int64, vec []float32) error) error {
	rows, err := db.db.QueryContext(ctx, `SELECT id, chunk_id, vec FROM chunk_vectors
		WHERE guild = ? AND id > ? ORDER BY id`, guild, after)
	if err != nil {
		return fmt.Errorf("scan vectors: %w", err)
	}
	defer rows.Close()
	var vec []float32
	for rows.Next() {
		var id, chunkID int64
		var blob []byte
		if err := rows.Scan(&id, &chunkID, &blob); err != nil {
			return err
		}
		vec = DecodeVector(vec[:0], blob)
		if err := fn(id, chunkID, vec); err != nil {
			return err
		}
	}
	return rows.Err()
}

// PassagesByChunkIDs returns passages for the guild's chunks with these
// ids, in the order given, leaving out ids that are not the guild's.
func (db *DB) PassagesByChunkIDs(ctx context.Context, guild string, ids []int64) ([]newsbot.Passage, error) {
	return passagesByID(ctx, db.db, guild, ids)
}

// querier runs queries: a *sql.DB, *sql.Conn or *sql.Tx.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// passagesByID is PassagesByChunkIDs on q.
func passagesByID(ctx context.Context, q querier, guild string, ids []int64) ([]newsbot.Passage, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	args := make([]any, 0, len(ids)+1)
	args = append(args, guild)
	for _, id := range ids {
		args = append(args, id)
	}
	rows, err := q.QueryContext(ctx, `
		SELECT c.id, c.article_id, c.first_seq, c.last_seq, `+textRange(`c.start`, `c."end"`)+`, a.title, a.outlet, a.url, a.published
		FROM chunks c
		JOIN articles a ON a.id = c.article_id
		WHERE c.guild = ? AND c.id IN (?`+strings.Repeat(",?", len(ids)-1)+`)`, args...)
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

// EncodeVector writes v as little-endian float32 into buf (grown if
// needed) and returns it.
func EncodeVector(buf []byte, v []float32) []byte {
	if cap(buf) < 4*len(v) {
		buf = make([]byte, 4*len(v))
	}
	buf = buf[:4*len(v)]
	for i, x := range v {
		binary.LittleEndian.PutUint32(buf[4*i:], math.Float32bits(x))
	}
	return buf
}

// DecodeVector appends the little-endian float32 values of b to dst.
func DecodeVector(dst []float32, b []byte) []float32 {
	for i := 0; i+4 <= len(b); i += 4 {
		dst = append(dst, math.Float32frombits(binary.LittleEndian.Uint32(b[i:])))
	}
	return dst
}

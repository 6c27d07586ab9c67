package postgres

import (
	"context"
	"encoding/binary"
	"fmt"
	"math"

	"github.com/jackc/pgx/v5"
)

// ts reads a parameter of RFC 3339 text as a time; "" is NULL.
func ts(n int) string { return fmt.Sprintf("NULLIF($%d::text, '')::timestamptz", n) }

// importStatements insert one row of each table as sqlite.ExportTable gives
// it (same columns, same order), keeping its id; a row already there (same
// key) is left alone, which makes an import safe to repeat.
var importStatements = map[string]string{
	"articles": `INSERT INTO articles (id, guild, title, standfirst, outlet, url, published, byline, added_at, added_by, hash, text,
		n_chunks, n_claims, canonical_url, story_id, minhash, n_set_aside)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, ` + ts(9) + `, $10, $11, $12, $13, $14, $15, $16, $17, $18) ON CONFLICT DO NOTHING`,
	"sentences": `INSERT INTO sentences (article_id, guild, seq, start, "end", kind, planted) VALUES ($1, $2, $3, $4, $5, $6, $7::int <> 0) ON CONFLICT DO NOTHING`,
	"claims": `INSERT INTO claims (id, article_id, guild, sentence_seq, speaker, role, via, cue, cue_kind, content_start, content_end, time_expr, kind,
		unit, relays, date)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) ON CONFLICT DO NOTHING`,
	"chunks": `INSERT INTO chunks (id, article_id, guild, seq, first_seq, last_seq, start, "end", text, n_tokens, tsv)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::text::tsvector)
		ON CONFLICT DO NOTHING`,
	"aliases": `INSERT INTO aliases (article_id, guild, name, alias) SELECT $1, $2, $3, $4
		WHERE NOT EXISTS (SELECT 1 FROM aliases WHERE guild = $2 AND article_id = $1 AND name = $3 AND alias = $4)`,
	"article_bands": `INSERT INTO article_bands (guild, band, key, article_id) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
	"article_versions": `INSERT INTO article_versions (id, article_id, guild, replaced_at, title, hash, text, reason)
		VALUES ($1, $2, $3, ` + ts(4) + `, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
	"article_sources": `INSERT INTO article_sources (article_id, guild, canonical_url, outlet, added_at) VALUES ($1, $2, $3, $4, ` + ts(5) + `) ON CONFLICT DO NOTHING`,
	"feeds": `INSERT INTO feeds (id, guild, url, title, interval_seconds, channel, etag, last_modified, last_polled, next_poll,
		failures, last_error, added_by, added_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, ` + ts(9) + `, coalesce(` + ts(10) + `, now()), $11, $12, $13, ` + ts(14) + `) ON CONFLICT DO NOTHING`,
	"feed_items": `INSERT INTO feed_items (feed_id, guild, item_key, article_id, seen_at, updated, content_hash)
		VALUES ($1, $2, $3, $4, ` + ts(5) + `, $6, $7) ON CONFLICT DO NOTHING`,
	"embedding_model": `INSERT INTO embedding_model (id, model, dim) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
	"chunk_vectors":   `INSERT INTO chunk_vectors (id, chunk_id, guild, vec) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
	"vector_deletes":  `INSERT INTO vector_deletes (guild, n) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
	"guild_settings": `INSERT INTO guild_settings (guild, moderator_role, channels, prefix, updated_at, digest_channel)
		VALUES ($1, $2, $3::jsonb, $4, ` + ts(5) + `, $6) ON CONFLICT DO NOTHING`,
	"bot_answers": `INSERT INTO bot_answers (id, guild, channel, user_id, question, answer, created_at)
		VALUES ($1, $2, $3, $4, $5, $6::jsonb, ` + ts(7) + `) ON CONFLICT DO NOTHING`,
	"bot_feedback": `INSERT INTO bot_feedback (answer_id, guild, user_id, vote, created_at) VALUES ($1, $2, $3, $4, ` + ts(5) + `) ON CONFLICT DO NOTHING`,
	"bot_threads":  `INSERT INTO bot_threads (guild, thread, channel, created_at) VALUES ($1, $2, $3, ` + ts(4) + `) ON CONFLICT DO NOTHING`,
	"conversation_turns": `INSERT INTO conversation_turns (id, guild, conversation, question, answer, created_at)
		VALUES ($1, $2, $3, $4, $5, ` + ts(6) + `) ON CONFLICT DO NOTHING`,
}

// guildColumn is the column each table is counted by in ImportCount.
var guildColumn = map[string]string{"embedding_model": ""}

// ImportTable inserts rows exported from an SQLite store (sqlite.ExportTable)
// into the table, in one transaction, and returns how many were new. Rows
// already present are skipped, so an import can be repeated. An unknown
// table is an error.
func (db *DB) ImportTable(ctx context.Context, table string, rows [][]any) (int64, error) {
	q, ok := importStatements[table]
	if !ok {
		return 0, fmt.Errorf("import: no table %q", table)
	}
	var added int64
	err := db.inTx(ctx, func(tx pgx.Tx) error {
		b := &pgx.Batch{}
		for _, r := range rows {
			b.Queue(q, importValues(table, r)...)
		}
		res := tx.SendBatch(ctx, b)
		defer res.Close()
		for range rows {
			tag, err := res.Exec()
			if err != nil {
				return fmt.Errorf("import %s: %w", table, err)
			}
			added += tag.RowsAffected()
		}
		return res.Close()
	})
	return added, err
}

// importValues converts SQLite values where the PostgreSQL column differs:
// vectors (little-endian float32 blobs) become real[], JSON text stays text.
func importValues(table string, r []any) []any {
	if table == "chunk_vectors" {
		if b, ok := r[3].([]byte); ok {
			v := make([]float32, len(b)/4)
			for i := range v {
				v[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
			}
			r[3] = v
		}
	}
	for i, v := range r {
		if b, ok := v.([]byte); ok && table != "articles" {
			r[i] = string(b) // text that SQLite handed back as bytes
		}
	}
	if table == "chunks" && len(r) == 10 {
		// the chunk's length for BM25 (n_tokens) and its tsvector, as
		// insertChunks writes them
		title, _ := r[9].(string)
		text, _ := r[8].(string)
		// (the headline, r[9], is not a column of chunks)
		r = append(r[:9:9], tokenCount(title)+tokenCount(text), chunkVector(termsOf(title), text))
	}
	return r
}

// ImportCount returns how many rows the table holds for these guilds
// (embedding_model: in all), to check an import against its source.
func (db *DB) ImportCount(ctx context.Context, table string, guilds []string) (int64, error) {
	if _, ok := importStatements[table]; !ok {
		return 0, fmt.Errorf("import: no table %q", table)
	}
	q := `SELECT count(*) FROM ` + table + ` WHERE guild = ANY($1)`
	if col, ok := guildColumn[table]; ok && col == "" {
		q = `SELECT count(*) FROM ` + table + ` WHERE $1::text[] IS NOT NULL`
	}
	var n int64
	err := db.pool.QueryRow(ctx, q, guilds).Scan(&n)
	return n, err
}

// ResetSequences moves each id sequence past the largest id, so that rows
// added after an import get new ids.
func (db *DB) ResetSequences(ctx context.Context) error {
	for _, t := range []string{"articles", "claims", "chunks", "article_versions", "feeds", "chunk_vectors", "bot_answers", "conversation_turns"} {
		if _, err := db.pool.Exec(ctx, `SELECT setval(pg_get_serial_sequence('`+t+`', 'id'), greatest((SELECT max(id) FROM `+t+`), 1))`); err != nil {
			return fmt.Errorf("reset %s ids: %w", t, err)
		}
	}
	return nil
}

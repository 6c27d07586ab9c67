package sqlite

import (
	"context"
	"fmt"

	"github.com/newsbot/newsbot/store/internal/rowcodec"
)

// ExportTables names the tables ExportTable reads, parents before
// children: the order in which another store (store/postgres.ImportTable)
// takes them in.
var ExportTables = []string{
	"articles", "sentences", "claims", "chunks", "aliases", "article_bands", "article_versions", "article_sources",
	"feeds", "feed_items", "embedding_model", "chunk_vectors", "vector_deletes",
	"guild_settings", "bot_answers", "bot_feedback", "bot_threads", "conversation_turns",
}

// exportQueries select each table's rows with the guild of their article
// or feed, and times as stored (RFC 3339 text). Columns are in the order
// store/postgres.ImportTable expects; a chunk comes with its text and its
// article's title.
var exportQueries = map[string]string{
	"articles": `SELECT id, guild, title, standfirst, outlet, url, published, byline, added_at, added_by, hash, text,
		n_chunks, n_claims, canonical_url, story_id, minhash, n_set_aside FROM articles ORDER BY id`,
	// Sentences are stored packed, an article a row: exportSentences gives
	// a row per sentence from this.
	"sentences": `SELECT s.article_id, a.guild, s.packed FROM article_sentences s JOIN articles a ON a.id = s.article_id ORDER BY s.article_id`,
	// Claims are stored packed, an article a row: exportClaims gives a row
	// per claim, numbered from 1 in article order.
	"claims": `SELECT c.article_id, a.guild, c.packed FROM article_claims c JOIN articles a ON a.id = c.article_id ORDER BY c.article_id`,
	// A chunk's text is its byte range of the article (substr of a blob
	// counts bytes).
	"chunks": `SELECT c.id, c.article_id, c.guild, c.seq, c.first_seq, c.last_seq, c.start, c."end",
		CAST(substr(CAST(a.text AS BLOB), c.start + 1, c."end" - c.start) AS TEXT), a.title
		FROM chunks c JOIN articles a ON a.id = c.article_id ORDER BY c.id`,
	"aliases":          `SELECT article_id, guild, name, alias FROM aliases`,
	"article_bands":    `SELECT guild, band, key, article_id FROM article_bands`,
	"article_versions": `SELECT v.id, v.article_id, a.guild, v.replaced_at, v.title, v.hash, v.text, v.reason FROM article_versions v JOIN articles a ON a.id = v.article_id ORDER BY v.id`,
	"article_sources":  `SELECT article_id, guild, canonical_url, outlet, added_at FROM article_sources`,
	"feeds": `SELECT id, guild, url, title, interval_seconds, channel, etag, last_modified, last_polled, next_poll,
		failures, last_error, added_by, added_at FROM feeds ORDER BY id`,
	"feed_items":         `SELECT i.feed_id, f.guild, i.item_key, i.article_id, i.seen_at, i.updated, i.content_hash FROM feed_items i JOIN feeds f ON f.id = i.feed_id`,
	"embedding_model":    `SELECT id, model, dim FROM embedding_model`,
	"chunk_vectors":      `SELECT id, chunk_id, guild, vec FROM chunk_vectors ORDER BY id`,
	"vector_deletes":     `SELECT guild, n FROM vector_deletes`,
	"guild_settings":     `SELECT guild, moderator_role, channels, prefix, updated_at, digest_channel FROM guild_settings`,
	"bot_answers":        `SELECT id, guild, channel, user_id, question, answer, created_at FROM bot_answers ORDER BY id`,
	"bot_feedback":       `SELECT answer_id, guild, user_id, vote, created_at FROM bot_feedback`,
	"bot_threads":        `SELECT guild, thread, channel, created_at FROM bot_threads`,
	"conversation_turns": `SELECT id, guild, conversation, question, answer, created_at FROM conversation_turns ORDER BY id`,
}

// ExportTable calls fn with each row of one of ExportTables, in batches of
// up to batch rows, read by one query (one consistent view). Values are
// int64, float64, string, []byte or nil. An unknown table is an error.
func (db *DB) ExportTable(ctx context.Context, table string, batch int, fn func(rows [][]any) error) error {
	q, ok := exportQueries[table]
	if !ok {
		return fmt.Errorf("export: no table %q", table)
	}
	switch table {
	case "sentences":
		return db.exportSentences(ctx, q, batch, fn)
	case "claims":
		return db.exportClaims(ctx, q, batch, fn)
	}
	rows, err := db.db.QueryContext(ctx, q)
	if err != nil {
		return fmt.Errorf("export %s: %w", table, err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return err
	}
	var buf [][]any
	for rows.Next() {
		row := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range row {
			ptrs[i] = &row[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return fmt.Errorf("export %s: %w", table, err)
		}
		if buf = append(buf, row); len(buf) >= batch {
			if err := fn(buf); err != nil {
				return err
			}
			buf = nil
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("export %s: %w", table, err)
	}
	if len(buf) > 0 {
		return fn(buf)
	}
	return nil
}

// ExportCount returns how many rows ExportTable gives for the table.
func (db *DB) ExportCount(ctx context.Context, table string) (int64, error) {
	q, ok := exportQueries[table]
	if !ok {
		return 0, fmt.Errorf("export: no table %q", table)
	}
	var n int64
	count := func(rows [][]any) error {
		n += int64(len(rows))
		return nil
	}
	switch table {
	case "sentences":
		return n, db.exportSentences(ctx, q, 1000, count)
	case "claims":
		return n, db.exportClaims(ctx, q, 1000, count)
	}
	err := db.db.QueryRowContext(ctx, `SELECT count(*) FROM (`+q+`)`).Scan(&n)
	return n, err
}

// exportSentences unpacks each article's sentences into rows of
// (article_id, guild, seq, start, end, kind, planted), in article and seq
// order, as the table with a row per sentence gave them.
func (db *DB) exportSentences(ctx context.Context, q string, batch int, fn func(rows [][]any) error) error {
	rows, err := db.db.QueryContext(ctx, q)
	if err != nil {
		return fmt.Errorf("export sentences: %w", err)
	}
	defer rows.Close()
	var buf [][]any
	for rows.Next() {
		var id int64
		var guild string
		var packed []byte
		if err := rows.Scan(&id, &guild, &packed); err != nil {
			return fmt.Errorf("export sentences: %w", err)
		}
		sents, err := unpackSentences(packed)
		if err != nil {
			return fmt.Errorf("export sentences of article %d: %w", id, err)
		}
		for _, s := range sents {
			planted := int64(0)
			if s.Planted {
				planted = 1
			}
			buf = append(buf, []any{id, guild, int64(s.Seq), int64(s.Start), int64(s.End), string(s.Kind), planted})
			if len(buf) >= batch {
				if err := fn(buf); err != nil {
					return err
				}
				buf = nil
			}
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("export sentences: %w", err)
	}
	if len(buf) > 0 {
		return fn(buf)
	}
	return nil
}

// Guilds returns every guild that has a row in the database.
func (db *DB) Guilds(ctx context.Context) ([]string, error) {
	rows, err := db.db.QueryContext(ctx, `
		SELECT guild FROM articles UNION SELECT guild FROM feeds UNION SELECT guild FROM guild_settings
		UNION SELECT guild FROM bot_answers UNION SELECT guild FROM bot_threads UNION SELECT guild FROM conversation_turns
		UNION SELECT guild FROM vector_deletes`)
	if err != nil {
		return nil, fmt.Errorf("guilds: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var g string
		if err := rows.Scan(&g); err != nil {
			return nil, err
		}
		out = append(out, g)
	}
	return out, rows.Err()
}

// exportClaims gives a row per claim from the packed rows q selects, in
// the columns of the table with a row per claim (id, article_id, guild,
// sentence_seq, speaker, role, via, cue, cue_kind, content_start,
// content_end, time_expr, kind, unit, relays, date).
func (db *DB) exportClaims(ctx context.Context, q string, batch int, fn func(rows [][]any) error) error {
	rows, err := db.db.QueryContext(ctx, q)
	if err != nil {
		return fmt.Errorf("export claims: %w", err)
	}
	defer rows.Close()
	var buf [][]any
	n := int64(0)
	for rows.Next() {
		var id int64
		var guild string
		var packed []byte
		if err := rows.Scan(&id, &guild, &packed); err != nil {
			return fmt.Errorf("export claims: %w", err)
		}
		cs, err := unpackClaims(id, packed)
		if err != nil {
			return fmt.Errorf("export claims of article %d: %w", id, err)
		}
		for _, c := range cs {
			n++
			buf = append(buf, []any{n, id, guild, int64(c.SentenceSeq), c.Speaker, c.Role, c.Via, c.Cue, string(c.CueKind),
				int64(c.ContentStart), int64(c.ContentEnd), c.When, string(c.Kind), int64(c.Unit), rowcodec.JoinRelays(c), c.Date})
			if len(buf) >= batch {
				if err := fn(buf); err != nil {
					return err
				}
				buf = nil
			}
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("export claims: %w", err)
	}
	if len(buf) > 0 {
		return fn(buf)
	}
	return nil
}

package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/newsbot/newsbot"
)

// migrationHooks are the Go steps of migrations, run after the migration's
// SQL in its transaction: work that SQL cannot do the way the store does it.
var migrationHooks = map[int]func(context.Context, *sql.Tx) error{
	9:  rebuildChunkIndex,
	12: packAllSentences,
	16: packAllClaims,
	23: addCheckedBy,
}

// lateMigration reports whether migration v, numbered below the
// database's version, was never applied: migrations were numbered per
// branch, so a database made by a build that had 0010 but not 0009 is at
// version 10 without 0009's layout (and one made by a build with 0013 but
// not 0012 has its sentences unpacked; the same for 0016 and claims).
func lateMigration(ctx context.Context, db *DB, v int) bool {
	var q string
	switch v {
	case 9:
		q = `SELECT count(*) FROM pragma_table_info('chunks') WHERE name = 'index_start'`
	case 12:
		q = `SELECT count(*) FROM sqlite_schema WHERE name = 'article_sentences'`
	case 16:
		q = `SELECT count(*) FROM sqlite_schema WHERE name = 'article_claims'`
	case 23:
		q = `SELECT count(*) FROM pragma_table_info('articles') WHERE name = 'checked_by'`
	default:
		return false
	}
	var n int
	err := db.db.QueryRowContext(ctx, q).Scan(&n)
	return err == nil && n == 0
}

// addCheckedBy adds articles.checked_by (migration 0023) unless the table
// has it already.
func addCheckedBy(ctx context.Context, tx *sql.Tx) error {
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM pragma_table_info('articles') WHERE name = 'checked_by'`).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	_, err := tx.ExecContext(ctx, `ALTER TABLE articles ADD COLUMN checked_by INTEGER NOT NULL DEFAULT 0`)
	return err
}

// rebuildChunkIndex writes the index row of every stored chunk (migration
// 0009 recreates chunks_fts empty), through the same preparation as new
// articles (indexRow), a page of chunks at a time.
func rebuildChunkIndex(ctx context.Context, tx *sql.Tx) error {
	ins, err := tx.PrepareContext(ctx, insertIndexSQL)
	if err != nil {
		return fmt.Errorf("rebuild index: %w", err)
	}
	defer ins.Close()
	type row struct {
		id              int64
		title, text     string
		indexStart, end int
	}
	for after := int64(0); ; {
		rows, err := tx.QueryContext(ctx, `SELECT c.id, a.title, a.text, c.index_start, c."end"
			FROM chunks c JOIN articles a ON a.id = c.article_id WHERE c.id > ? ORDER BY c.id LIMIT 2000`, after)
		if err != nil {
			return fmt.Errorf("rebuild index: %w", err)
		}
		var page []row
		for rows.Next() {
			var r row
			if err := rows.Scan(&r.id, &r.title, &r.text, &r.indexStart, &r.end); err != nil {
				rows.Close()
				return err
			}
			page = append(page, r)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if len(page) == 0 {
			return nil
		}
		for _, r := range page {
			title, body := indexRow(r.title, slice(r.text, r.indexStart, r.end))
			if _, err := ins.ExecContext(ctx, r.id, title, body); err != nil {
				return fmt.Errorf("rebuild index: %w", err)
			}
		}
		after = page[len(page)-1].id
	}
}

// packAllSentences moves every article's sentences from the table with a
// row per sentence into article_sentences (migration 0012), an article at a
// time through packSentences, then drops the old table.
func packAllSentences(ctx context.Context, tx *sql.Tx) error {
	ins, err := tx.PrepareContext(ctx, `INSERT INTO article_sentences (article_id, packed) VALUES (?, ?)`)
	if err != nil {
		return fmt.Errorf("pack sentences: %w", err)
	}
	defer ins.Close()
	rows, err := tx.QueryContext(ctx, `SELECT article_id, seq, start, "end", kind, planted FROM sentences ORDER BY article_id, seq`)
	if err != nil {
		return fmt.Errorf("pack sentences: %w", err)
	}
	var (
		cur   int64 = -1
		sents []newsbot.Sentence
		buf   []byte
		flush []struct {
			id     int64
			packed []byte
		}
	)
	for rows.Next() {
		var id int64
		var s newsbot.Sentence
		var kind string
		if err := rows.Scan(&id, &s.Seq, &s.Start, &s.End, &kind, &s.Planted); err != nil {
			rows.Close()
			return fmt.Errorf("pack sentences: %w", err)
		}
		s.Kind = newsbot.SentenceKind(kind)
		if id != cur && len(sents) > 0 {
			buf = packSentences(nil, sents)
			flush = append(flush, struct {
				id     int64
				packed []byte
			}{cur, buf})
			sents = sents[:0]
		}
		cur = id
		sents = append(sents, s)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("pack sentences: %w", err)
	}
	if len(sents) > 0 {
		flush = append(flush, struct {
			id     int64
			packed []byte
		}{cur, packSentences(nil, sents)})
	}
	for _, f := range flush {
		if _, err := ins.ExecContext(ctx, f.id, f.packed); err != nil {
			return fmt.Errorf("pack sentences: %w", err)
		}
	}
	_, err = tx.ExecContext(ctx, `DROP TABLE sentences`)
	return err
}

// packAllClaims moves every article's claims from the table with a row per
// claim into article_claims (migration 0016), an article at a time in the
// order they were added, through claimPacker, then drops the old table
// (when there is one: a database set back to an older version may have
// none).
func packAllClaims(ctx context.Context, tx *sql.Tx) error {
	var old int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema WHERE name = 'claims' AND type = 'table'`).Scan(&old); err != nil || old == 0 {
		return err
	}
	rows, err := tx.QueryContext(ctx, `SELECT article_id, sentence_seq, speaker, role, via, cue, cue_kind,
		content_start, content_end, time_expr, kind, unit, relays, date FROM claims ORDER BY article_id, id`)
	if err != nil {
		return fmt.Errorf("pack claims: %w", err)
	}
	byArticle := map[int64][]newsbot.Claim{}
	var order []int64
	for rows.Next() {
		var id int64
		var c newsbot.Claim
		var cueKind, kind, relays string
		if err := rows.Scan(&id, &c.SentenceSeq, &c.Speaker, &c.Role, &c.Via, &c.Cue, &cueKind,
			&c.ContentStart, &c.ContentEnd, &c.When, &kind, &c.Unit, &relays, &c.Date); err != nil {
			rows.Close()
			return fmt.Errorf("pack claims: %w", err)
		}
		c.CueKind, c.Kind = newsbot.CueKind(cueKind), newsbot.ClaimKind(kind)
		if relays != "" {
			c.Relays = strings.Split(relays, "\n")
		}
		if _, ok := byArticle[id]; !ok {
			order = append(order, id)
		}
		byArticle[id] = append(byArticle[id], c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("pack claims: %w", err)
	}
	ins, err := tx.PrepareContext(ctx, `INSERT INTO article_claims (article_id, packed) VALUES (?, ?)`)
	if err != nil {
		return fmt.Errorf("pack claims: %w", err)
	}
	defer ins.Close()
	var p claimPacker
	for _, id := range order {
		if _, err := ins.ExecContext(ctx, id, p.pack(byArticle[id])); err != nil {
			return fmt.Errorf("pack claims: %w", err)
		}
	}
	_, err = tx.ExecContext(ctx, `DROP TABLE claims`)
	return err
}

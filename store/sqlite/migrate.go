package sqlite

import (
	"context"
	"database/sql"
	"fmt"
)

// migrationHooks are the Go steps of migrations, run after the migration's
// SQL in its transaction: work that SQL cannot do the way the store does it.
var migrationHooks = map[int]func(context.Context, *sql.Tx) error{
	9: rebuildChunkIndex,
}

// lateMigration reports whether migration v, numbered below the
// database's version, was never applied: migrations were numbered per
// branch, so a database made by a build that had 0010 but not 0009 is at
// version 10 without 0009's layout.
func lateMigration(ctx context.Context, db *DB, v int) bool {
	if v != 9 {
		return false
	}
	var n int
	err := db.db.QueryRowContext(ctx, `SELECT count(*) FROM pragma_table_info('chunks') WHERE name = 'index_start'`).Scan(&n)
	return err == nil && n == 0
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

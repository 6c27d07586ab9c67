package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/newsbot/newsbot"
)

var _ newsbot.AliasStore = (*DB)(nil)

const insertAliasSQL = `INSERT INTO aliases (article_id, guild, name, alias) VALUES (?, ?, ?, ?)`

// aliasWriter inserts the aliases of a transaction's documents through one
// prepared statement.
type aliasWriter struct{ stmt *sql.Stmt }

func newAliasWriter(ctx context.Context, tx *sql.Tx) (*aliasWriter, error) {
	stmt, err := tx.PrepareContext(ctx, insertAliasSQL)
	if err != nil {
		return nil, fmt.Errorf("prepare alias insert: %w", err)
	}
	return &aliasWriter{stmt}, nil
}

func (w *aliasWriter) close() { w.stmt.Close() }

// insert writes the aliases an article taught, in AliasKey form.
func (w *aliasWriter) insert(ctx context.Context, id int64, doc *newsbot.Document) error {
	ctx = context.WithoutCancel(ctx) // as writer.derived: checked by the caller
	for _, a := range doc.Aliases {
		if _, err := w.stmt.ExecContext(ctx, id, doc.Article.Guild, newsbot.AliasKey(a.Name), newsbot.AliasKey(a.Alias)); err != nil {
			return fmt.Errorf("insert alias: %w", err)
		}
	}
	return nil
}

// insertAliases writes one document's aliases; the caller owns the
// transaction.
func insertAliases(ctx context.Context, tx *sql.Tx, id int64, doc *newsbot.Document) error {
	if len(doc.Aliases) == 0 {
		return nil
	}
	w, err := newAliasWriter(ctx, tx)
	if err != nil {
		return err
	}
	defer w.close()
	return w.insert(ctx, id, doc)
}

// Aliases returns, for each of keys (AliasKey form), the other names the
// guild's articles gave the same thing, in either direction ("un" gives
// "united nations" and the reverse). Keys with no alias are left out.
func (db *DB) Aliases(ctx context.Context, guild string, keys []string) (map[string][]string, error) {
	out := map[string][]string{}
	if len(keys) == 0 {
		return out, nil
	}
	in := strings.TrimSuffix(strings.Repeat("?, ", len(keys)), ", ")
	args := []any{guild}
	for _, k := range keys {
		args = append(args, k)
	}
	args = append(args, guild)
	for _, k := range keys {
		args = append(args, k)
	}
	// UNION ALL without DISTINCT: a DISTINCT union lets SQLite pick the
	// index that orders its output over the one that finds the key, and
	// read every alias of the guild (seconds over a large archive).
	rows, err := db.db.QueryContext(ctx, `SELECT name, alias FROM aliases WHERE guild = ? AND name IN (`+in+`)
		UNION ALL SELECT alias, name FROM aliases WHERE guild = ? AND alias IN (`+in+`)`, args...)
	if err != nil {
		return nil, fmt.Errorf("load aliases: %w", err)
	}
	defer rows.Close()
	seen := map[[2]string]bool{}
	for rows.Next() {
		var k, other string
		if err := rows.Scan(&k, &other); err != nil {
			return nil, fmt.Errorf("load aliases: %w", err)
		}
		if !seen[[2]string{k, other}] {
			seen[[2]string{k, other}] = true
			out[k] = append(out[k], other)
		}
	}
	return out, rows.Err()
}

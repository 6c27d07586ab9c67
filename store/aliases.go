package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/newsbot/newsbot"
)

var _ newsbot.AliasStore = (*DB)(nil)

// insertAliases writes the aliases an article taught, in AliasKey form, in
// one statement; the caller owns the transaction.
func insertAliases(ctx context.Context, tx *sql.Tx, id int64, doc *newsbot.Document) error {
	if len(doc.Aliases) == 0 {
		return nil
	}
	var q strings.Builder
	q.WriteString(`INSERT INTO aliases (article_id, guild, name, alias) VALUES `)
	args := make([]any, 0, 4*len(doc.Aliases))
	for i, a := range doc.Aliases {
		if i > 0 {
			q.WriteString(", ")
		}
		q.WriteString("(?, ?, ?, ?)")
		args = append(args, id, doc.Article.Guild, newsbot.AliasKey(a.Name), newsbot.AliasKey(a.Alias))
	}
	if _, err := tx.ExecContext(context.WithoutCancel(ctx), q.String(), args...); err != nil {
		return fmt.Errorf("insert aliases: %w", err)
	}
	return nil
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
	rows, err := db.db.QueryContext(ctx, `SELECT DISTINCT name, alias FROM aliases WHERE guild = ? AND name IN (`+in+`)
		UNION SELECT DISTINCT alias, name FROM aliases WHERE guild = ? AND alias IN (`+in+`)`, args...)
	if err != nil {
		return nil, fmt.Errorf("load aliases: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var k, other string
		if err := rows.Scan(&k, &other); err != nil {
			return nil, fmt.Errorf("load aliases: %w", err)
		}
		out[k] = append(out[k], other)
	}
	return out, rows.Err()
}

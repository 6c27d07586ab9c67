package postgres

import (
	"context"
	"fmt"

	"github.com/newsbot/newsbot"
)

var _ newsbot.AliasStore = (*DB)(nil)

// Aliases returns, for each of keys (AliasKey form), the other names the
// guild's articles gave the same thing, in either direction. Keys with no
// alias are left out.
func (db *DB) Aliases(ctx context.Context, guild string, keys []string) (map[string][]string, error) {
	out := map[string][]string{}
	if len(keys) == 0 {
		return out, nil
	}
	rows, err := db.pool.Query(ctx, `SELECT DISTINCT k, other FROM (
			SELECT name AS k, alias AS other FROM aliases WHERE guild = $1 AND name = ANY($2)
			UNION ALL SELECT alias, name FROM aliases WHERE guild = $1 AND alias = ANY($2)) a
		ORDER BY k, other`, guild, keys)
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

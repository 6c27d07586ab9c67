package store

import (
	"context"
	"fmt"
)

// CountPublished counts the guild's articles published from from to to
// (inclusive "YYYY-MM-DD" dates; "" leaves that side open). Articles of
// unknown date are never counted.
func (db *DB) CountPublished(ctx context.Context, guild, from, to string) (int, error) {
	if to == "" {
		to = "9999-12-31"
	}
	if from == "" {
		from = "0000-01-01"
	}
	var n int
	err := db.db.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE guild = ? AND published BETWEEN ? AND ? AND published <> ''`,
		guild, from, to).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count articles by date: %w", err)
	}
	return n, nil
}

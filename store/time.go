package store

import (
	"context"
	"fmt"

	"github.com/newsbot/newsbot"
)

// CountPublished counts the guild's articles published from from to to
// (inclusive "YYYY-MM-DD" dates; "" leaves that side open). Articles of
// unknown date are never counted.
func (db *DB) CountPublished(ctx context.Context, guild, from, to string) (int, error) {
	from, to = openDates(from, to)
	var n int
	err := db.db.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE guild = ? AND published BETWEEN ? AND ? AND published <> ''`,
		guild, from, to).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count articles by date: %w", err)
	}
	return n, nil
}

// ArticlesPublished lists up to limit of the guild's articles published
// from from to to (inclusive "YYYY-MM-DD"; "" leaves a side open), newest
// first, without their text.
func (db *DB) ArticlesPublished(ctx context.Context, guild, from, to string, limit int) ([]newsbot.Article, error) {
	from, to = openDates(from, to)
	as, err := db.queryArticles(ctx, `SELECT `+articleColumns+` FROM articles
		WHERE guild = ? AND published BETWEEN ? AND ? AND published <> ''
		ORDER BY published DESC, id DESC LIMIT ?`, guild, from, to, limit)
	if err != nil {
		return nil, fmt.Errorf("list articles by date: %w", err)
	}
	return as, nil
}

// openDates fills open sides of a span of dates with the first and last
// dates a "YYYY-MM-DD" string can hold, for BETWEEN.
func openDates(from, to string) (string, string) {
	if from == "" {
		from = "0000-01-01"
	}
	if to == "" {
		to = "9999-12-31"
	}
	return from, to
}

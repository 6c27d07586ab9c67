package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/store/internal/rowcodec"
)

const feedColumns = `f.id, f.guild, f.url, f.title, f.interval_seconds, f.channel, f.etag, f.last_modified,
	f.last_polled, f.next_poll, f.failures, f.last_error, f.added_by, f.added_at,
	(SELECT count(*) FROM feed_items i WHERE i.feed_id = f.id AND i.article_id <> 0)`

// CreateFeed adds a feed to its guild and sets f.ID. A feed URL the guild
// already follows is an ECONFLICT error.
func (db *DB) CreateFeed(ctx context.Context, f *newsbot.Feed) error {
	if f.AddedAt.IsZero() {
		f.AddedAt = db.Now().UTC()
	}
	secs := int64(f.Interval / time.Second)
	res, err := db.db.ExecContext(ctx, `
		INSERT INTO feeds (guild, url, title, interval_seconds, channel, added_by, added_at, next_poll)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
		f.Guild, f.URL, f.Title, secs, f.Channel, f.AddedBy, formatTime(f.AddedAt), pollTime(f.NextPoll))
	if err != nil {
		if strings.Contains(err.Error(), "UNIQUE constraint failed") {
			return newsbot.Errorf(newsbot.ECONFLICT, "this server already follows %s", f.URL)
		}
		return fmt.Errorf("insert feed: %w", err)
	}
	f.ID, err = res.LastInsertId()
	f.IntervalSecs = secs
	return err
}

// DeleteFeed removes one of the guild's feeds (articles taken from it stay),
// or returns ENOTFOUND.
func (db *DB) DeleteFeed(ctx context.Context, guild string, id int64) error {
	res, err := db.db.ExecContext(ctx, `DELETE FROM feeds WHERE guild = ? AND id = ?`, guild, id)
	if err != nil {
		return fmt.Errorf("delete feed: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return rowcodec.NotFoundFeed(id)
	}
	return nil
}

// Feed returns one of the guild's feeds, or ENOTFOUND.
func (db *DB) Feed(ctx context.Context, guild string, id int64) (*newsbot.Feed, error) {
	row := db.db.QueryRowContext(ctx, `SELECT `+feedColumns+` FROM feeds f WHERE f.guild = ? AND f.id = ?`, guild, id)
	f, err := scanFeed(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, rowcodec.NotFoundFeed(id)
	}
	return f, err
}

// Feeds lists the guild's feeds in the order they were added.
func (db *DB) Feeds(ctx context.Context, guild string) ([]newsbot.Feed, error) {
	return db.queryFeeds(ctx, `SELECT `+feedColumns+` FROM feeds f WHERE f.guild = ? ORDER BY f.id`, guild)
}

// DueFeeds lists the feeds of every guild whose next poll is at or before
// now, most overdue first.
func (db *DB) DueFeeds(ctx context.Context, now time.Time) ([]newsbot.Feed, error) {
	return db.queryFeeds(ctx, `SELECT `+feedColumns+` FROM feeds f WHERE f.next_poll <= ? ORDER BY f.next_poll, f.id`, pollTime(now))
}

func (db *DB) queryFeeds(ctx context.Context, q string, args ...any) ([]newsbot.Feed, error) {
	rows, err := db.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list feeds: %w", err)
	}
	defer rows.Close()
	var out []newsbot.Feed
	for rows.Next() {
		f, err := scanFeed(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, *f)
	}
	return out, rows.Err()
}

// UpdateFeedState records the outcome of a poll: validators, title, times,
// failure count and last error.
func (db *DB) UpdateFeedState(ctx context.Context, f *newsbot.Feed) error {
	_, err := db.db.ExecContext(ctx, `
		UPDATE feeds SET title = ?, etag = ?, last_modified = ?, last_polled = ?, next_poll = ?,
			failures = ?, last_error = ?
		WHERE id = ?`,
		f.Title, f.ETag, f.LastModified, formatTime(f.LastPolled), pollTime(f.NextPoll),
		f.Failures, f.LastError, f.ID)
	if err != nil {
		return fmt.Errorf("update feed: %w", err)
	}
	return nil
}

// FeedItemSeen reports whether a feed item was already taken.
func (db *DB) FeedItemSeen(ctx context.Context, feedID int64, key string) (bool, error) {
	var n int
	err := db.db.QueryRowContext(ctx, `SELECT count(*) FROM feed_items WHERE feed_id = ? AND item_key = ?`, feedID, key).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("feed item: %w", err)
	}
	return n > 0, nil
}

// MarkFeedItem records a feed item as taken, with the article it gave (0
// when it was refused for good).
func (db *DB) MarkFeedItem(ctx context.Context, feedID int64, key string, articleID int64) error {
	_, err := db.db.ExecContext(ctx, `
		INSERT INTO feed_items (feed_id, item_key, article_id, seen_at) VALUES (?, ?, ?, ?)
		ON CONFLICT (feed_id, item_key) DO UPDATE SET article_id = excluded.article_id`,
		feedID, key, articleID, formatTime(db.Now()))
	if err != nil {
		return fmt.Errorf("mark feed item: %w", err)
	}
	return nil
}

func scanFeed(row scanner) (*newsbot.Feed, error) {
	var f newsbot.Feed
	var polled, next, added string
	if err := row.Scan(&f.ID, &f.Guild, &f.URL, &f.Title, &f.IntervalSecs, &f.Channel, &f.ETag, &f.LastModified,
		&polled, &next, &f.Failures, &f.LastError, &f.AddedBy, &added, &f.Items); err != nil {
		return nil, err
	}
	f.Interval = time.Duration(f.IntervalSecs) * time.Second
	f.LastPolled, f.NextPoll, f.AddedAt = parseTimeOrZero(polled), parseTimeOrZero(next), parseTime(added)
	return &f, nil
}

func parseTimeOrZero(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	return parseTime(s)
}

// pollTime formats poll times with fixed-width nanoseconds, so that string
// comparison in SQL orders them correctly.
func pollTime(t time.Time) string {
	return t.UTC().Format("2006-01-02T15:04:05.000000000Z07:00")
}

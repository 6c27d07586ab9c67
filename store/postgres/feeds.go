package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/store/internal/rowcodec"
)

const feedColumns = `f.id, f.guild, f.url, f.title, f.interval_seconds, f.channel, f.etag, f.last_modified,
	f.last_polled, f.next_poll, f.failures, f.last_error, f.added_by, f.added_at,
	(SELECT count(*) FROM feed_items i WHERE i.guild = f.guild AND i.feed_id = f.id AND i.article_id <> 0)`

// CreateFeed adds a feed to its guild and sets f.ID. A feed URL the guild
// already follows is an ECONFLICT error.
func (db *DB) CreateFeed(ctx context.Context, f *newsbot.Feed) error {
	f.AddedAt = db.stamp(f.AddedAt)
	secs := int64(f.Interval / time.Second)
	err := db.pool.QueryRow(ctx, `
		INSERT INTO feeds (guild, url, title, interval_seconds, channel, added_by, added_at, next_poll)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (guild, url) DO NOTHING RETURNING id`,
		f.Guild, f.URL, f.Title, secs, f.Channel, f.AddedBy, f.AddedAt, f.NextPoll.UTC()).Scan(&f.ID)
	if errors.Is(err, pgx.ErrNoRows) {
		return newsbot.Errorf(newsbot.ECONFLICT, "this server already follows %s", f.URL)
	} else if err != nil {
		return fmt.Errorf("insert feed: %w", err)
	}
	f.IntervalSecs = secs
	return nil
}

// DeleteFeed removes one of the guild's feeds (articles taken from it stay),
// or returns ENOTFOUND.
func (db *DB) DeleteFeed(ctx context.Context, guild string, id int64) error {
	tag, err := db.pool.Exec(ctx, `DELETE FROM feeds WHERE guild = $1 AND id = $2`, guild, id)
	if err != nil {
		return fmt.Errorf("delete feed: %w", err)
	}
	if tag.RowsAffected() == 0 {
		return rowcodec.NotFoundFeed(id)
	}
	return nil
}

// Feed returns one of the guild's feeds, or ENOTFOUND.
func (db *DB) Feed(ctx context.Context, guild string, id int64) (*newsbot.Feed, error) {
	row := db.pool.QueryRow(ctx, `SELECT `+feedColumns+` FROM feeds f WHERE f.guild = $1 AND f.id = $2`, guild, id)
	f, err := scanFeed(row)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, rowcodec.NotFoundFeed(id)
	}
	return f, err
}

// Feeds lists the guild's feeds in the order they were added.
func (db *DB) Feeds(ctx context.Context, guild string) ([]newsbot.Feed, error) {
	return db.queryFeeds(ctx, `SELECT `+feedColumns+` FROM feeds f WHERE f.guild = $1 ORDER BY f.id`, guild)
}

// DueFeeds leases and returns the feeds of every guild whose next poll is
// at or before now and that no other process holds, most overdue first.
// The lease (owner db.Owner, until now + LeaseTTL) is taken with FOR UPDATE
// SKIP LOCKED, so that processes asking at once get disjoint feeds; it ends
// when UpdateFeedState records the poll, or when it expires because its
// holder died mid-poll, and another process then takes the feed over.
func (db *DB) DueFeeds(ctx context.Context, now time.Time) ([]newsbot.Feed, error) {
	ttl := db.LeaseTTL
	if ttl <= 0 {
		ttl = DefaultLeaseTTL
	}
	now = now.UTC()
	return db.queryFeeds(ctx, `
		WITH due AS (
			SELECT guild, id FROM feeds
			WHERE next_poll <= $1 AND (lease_until IS NULL OR lease_until <= $1 OR lease_owner = $2)
			ORDER BY next_poll, id
			FOR UPDATE SKIP LOCKED),
		leased AS (
			UPDATE feeds f SET lease_owner = $2, lease_until = $3
			FROM due WHERE f.guild = due.guild AND f.id = due.id RETURNING f.*)
		SELECT `+feedColumns+` FROM leased f ORDER BY f.next_poll, f.id`, now, db.Owner, now.Add(ttl))
}

func (db *DB) queryFeeds(ctx context.Context, q string, args ...any) ([]newsbot.Feed, error) {
	rows, err := db.pool.Query(ctx, q, args...)
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

// UpdateFeedState records the outcome of a poll (validators, title, times,
// failure count and last error) and ends this process's lease on the feed.
func (db *DB) UpdateFeedState(ctx context.Context, f *newsbot.Feed) error {
	_, err := db.pool.Exec(ctx, `
		UPDATE feeds SET title = $1, etag = $2, last_modified = $3, last_polled = $4, next_poll = $5,
			failures = $6, last_error = $7,
			lease_owner = CASE WHEN lease_owner = $9 THEN '' ELSE lease_owner END,
			lease_until = CASE WHEN lease_owner = $9 THEN NULL ELSE lease_until END
		WHERE id = $8`,
		f.Title, f.ETag, f.LastModified, nullTime(f.LastPolled), f.NextPoll.UTC(),
		f.Failures, f.LastError, f.ID, db.Owner)
	if err != nil {
		return fmt.Errorf("update feed: %w", err)
	}
	return nil
}

// FeedItemSeen reports whether a feed item was already taken.
func (db *DB) FeedItemSeen(ctx context.Context, feedID int64, key string) (bool, error) {
	var seen bool
	err := db.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM feed_items WHERE feed_id = $1 AND item_key = $2)`, feedID, key).Scan(&seen)
	if err != nil {
		return false, fmt.Errorf("feed item: %w", err)
	}
	return seen, nil
}

// MarkFeedItem records a feed item as taken, with the article it gave (0
// when it was refused for good).
func (db *DB) MarkFeedItem(ctx context.Context, feedID int64, key string, articleID int64) error {
	_, err := db.pool.Exec(ctx, `
		INSERT INTO feed_items (feed_id, guild, item_key, article_id, seen_at)
		SELECT id, guild, $2, $3, $4 FROM feeds WHERE id = $1
		ON CONFLICT (guild, feed_id, item_key) DO UPDATE SET article_id = excluded.article_id`,
		feedID, key, articleID, db.stamp(time.Time{}))
	if err != nil {
		return fmt.Errorf("mark feed item: %w", err)
	}
	return nil
}

func scanFeed(row pgx.Row) (*newsbot.Feed, error) {
	var f newsbot.Feed
	var polled *time.Time
	if err := row.Scan(&f.ID, &f.Guild, &f.URL, &f.Title, &f.IntervalSecs, &f.Channel, &f.ETag, &f.LastModified,
		&polled, &f.NextPoll, &f.Failures, &f.LastError, &f.AddedBy, &f.AddedAt, &f.Items); err != nil {
		return nil, err
	}
	f.Interval = time.Duration(f.IntervalSecs) * time.Second
	if polled != nil {
		f.LastPolled = polled.UTC()
	}
	f.NextPoll, f.AddedAt = f.NextPoll.UTC(), f.AddedAt.UTC()
	return &f, nil
}

// nullTime is nil for the zero time (a feed never polled).
func nullTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UTC()
}

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

// CountPublished counts the guild's articles published from from to to
// (inclusive "YYYY-MM-DD" dates; "" leaves that side open). Articles of
// unknown date are never counted.
func (db *DB) CountPublished(ctx context.Context, guild, from, to string) (int, error) {
	from, to = rowcodec.OpenDates(from, to)
	var n int
	err := db.pool.QueryRow(ctx, `SELECT count(*) FROM articles WHERE guild = $1 AND published BETWEEN $2 AND $3 AND published <> ''`,
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
	from, to = rowcodec.OpenDates(from, to)
	as, err := db.queryArticles(ctx, `SELECT `+articleColumns+` FROM articles
		WHERE guild = $1 AND published BETWEEN $2 AND $3 AND published <> ''
		ORDER BY published DESC, id DESC LIMIT $4`, guild, from, to, limit)
	if err != nil {
		return nil, fmt.Errorf("list articles by date: %w", err)
	}
	return as, nil
}

// ChangedArticles lists up to limit of the guild's articles added or
// corrected at or after since, most recently changed first, without their
// text.
func (db *DB) ChangedArticles(ctx context.Context, guild string, since time.Time, limit int) ([]newsbot.ChangedArticle, error) {
	rows, err := db.pool.Query(ctx, `
		SELECT `+articleColumns+`, changed FROM (
			SELECT a.*, greatest(a.added_at, (SELECT max(v.replaced_at) FROM article_versions v WHERE v.guild = a.guild AND v.article_id = a.id)) AS changed
			FROM articles a
			WHERE a.guild = $1 AND (a.added_at >= $2 OR a.id IN (SELECT article_id FROM article_versions WHERE guild = $1 AND replaced_at >= $2))
		) c ORDER BY changed DESC, id DESC LIMIT $3`, guild, since.UTC(), limit)
	if err != nil {
		return nil, fmt.Errorf("changed articles: %w", err)
	}
	defer rows.Close()
	var out []newsbot.ChangedArticle
	for rows.Next() {
		var changed time.Time
		a, err := scanArticle(rows, &changed)
		if err != nil {
			return nil, err
		}
		c := newsbot.ChangedArticle{Article: *a, Changed: changed.UTC()}
		c.Updated = c.Changed.After(a.AddedAt)
		out = append(out, c)
	}
	return out, rows.Err()
}

// FeedItemMark returns the mark of a taken feed item; seen is false for an
// item never taken.
func (db *DB) FeedItemMark(ctx context.Context, feedID int64, key string) (m newsbot.FeedItemMark, seen bool, err error) {
	err = db.pool.QueryRow(ctx, `SELECT article_id, updated, content_hash FROM feed_items WHERE feed_id = $1 AND item_key = $2`,
		feedID, key).Scan(&m.ArticleID, &m.Updated, &m.ContentHash)
	if errors.Is(err, pgx.ErrNoRows) {
		return m, false, nil
	} else if err != nil {
		return m, false, fmt.Errorf("feed item: %w", err)
	}
	return m, true, nil
}

// SetFeedItemMark records a feed item as taken, with its mark.
func (db *DB) SetFeedItemMark(ctx context.Context, feedID int64, key string, m newsbot.FeedItemMark) error {
	_, err := db.pool.Exec(ctx, `
		INSERT INTO feed_items (feed_id, guild, item_key, article_id, seen_at, updated, content_hash)
		SELECT id, guild, $2, $3, $4, $5, $6 FROM feeds WHERE id = $1
		ON CONFLICT (guild, feed_id, item_key) DO UPDATE SET article_id = excluded.article_id,
			updated = excluded.updated, content_hash = excluded.content_hash`,
		feedID, key, m.ArticleID, db.stamp(time.Time{}), m.Updated, m.ContentHash)
	if err != nil {
		return fmt.Errorf("mark feed item: %w", err)
	}
	return nil
}

// SetDigestChannel sets the channel where a guild's daily digest is posted
// ("" for none), keeping its other settings.
func (db *DB) SetDigestChannel(ctx context.Context, guild, channel string) error {
	_, err := db.pool.Exec(ctx, `
		INSERT INTO guild_settings (guild, digest_channel, updated_at) VALUES ($1, $2, $3)
		ON CONFLICT (guild) DO UPDATE SET digest_channel = excluded.digest_channel, updated_at = excluded.updated_at`,
		guild, channel, db.stamp(time.Time{}))
	if err != nil {
		return fmt.Errorf("set digest channel: %w", err)
	}
	return nil
}

// DigestChannels returns the digest channel of every guild that set one,
// by guild.
func (db *DB) DigestChannels(ctx context.Context) (map[string]string, error) {
	rows, err := db.pool.Query(ctx, `SELECT guild, digest_channel FROM guild_settings WHERE digest_channel <> ''`)
	if err != nil {
		return nil, fmt.Errorf("digest channels: %w", err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var g, c string
		if err := rows.Scan(&g, &c); err != nil {
			return nil, err
		}
		out[g] = c
	}
	return out, rows.Err()
}

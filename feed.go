package newsbot

import (
	"context"
	"time"
)

// Feed is an RSS, Atom or JSON feed followed by a guild.
type Feed struct {
	ID           int64         `json:"id"`
	Guild        string        `json:"guild"`
	URL          string        `json:"url"`
	Title        string        `json:"title"`
	Interval     time.Duration `json:"-"`
	IntervalSecs int64         `json:"interval_seconds"`
	Channel      string        `json:"channel,omitempty"` // Discord channel for announcements
	ETag         string        `json:"-"`
	LastModified string        `json:"-"`
	LastPolled   time.Time     `json:"last_polled,omitzero"` // absent until the first poll
	NextPoll     time.Time     `json:"next_poll"`
	Failures     int           `json:"failures"`
	LastError    string        `json:"last_error,omitempty"`
	AddedBy      string        `json:"added_by,omitempty"`
	AddedAt      time.Time     `json:"added_at"`
	Items        int           `json:"items"` // articles added from the feed
}

// FeedStore is the storage of followed feeds (package ingest polls them).
type FeedStore interface {
	CreateFeed(ctx context.Context, f *Feed) error
	DeleteFeed(ctx context.Context, guild string, id int64) error
	Feed(ctx context.Context, guild string, id int64) (*Feed, error)
	Feeds(ctx context.Context, guild string) ([]Feed, error)
	// DueFeeds returns the feeds of every guild due for a poll. A store
	// shared by several processes leases them to the caller.
	DueFeeds(ctx context.Context, now time.Time) ([]Feed, error)
	// UpdateFeedState records a poll (and ends its lease).
	UpdateFeedState(ctx context.Context, f *Feed) error
	FeedItemSeen(ctx context.Context, feedID int64, key string) (bool, error)
	MarkFeedItem(ctx context.Context, feedID int64, key string, articleID int64) error
}

// FeedItemMark is what a feed said about an item when it was taken: its
// update time (RFC 3339, "" when the feed gives none) and a hash of its
// title and text, with the article it gave (0 when refused for good).
type FeedItemMark struct {
	ArticleID   int64
	Updated     string
	ContentHash string
}

// FeedItemMarks is the optional ability of a FeedStore to remember what a
// feed said about each item it took (its update time and a hash of its
// title and text), so that an item the feed later marks as updated, or
// whose text changed, is fetched again and stored as a new version of its
// article.
type FeedItemMarks interface {
	// FeedItemMark returns the mark of a taken item; seen is false for an
	// item never taken.
	FeedItemMark(ctx context.Context, feedID int64, key string) (m FeedItemMark, seen bool, err error)
	// SetFeedItemMark records an item as taken, with its mark.
	SetFeedItemMark(ctx context.Context, feedID int64, key string, m FeedItemMark) error
}

package newsbot

import (
	"context"
	"time"
)

// WebMeta is what web ingestion records about an article besides Article:
// where it lives and which story it belongs to.
type WebMeta struct {
	// CanonicalURL is the article's URL with tracking parameters dropped;
	// re-adding it updates the article instead of adding a copy.
	CanonicalURL string
	// MinHash is the signature of the text's word shingles, and Bands its
	// locality-sensitive band keys (index = band number), used to find copies
	// of one wire story with other boilerplate and small edits.
	MinHash []uint32
	Bands   []int64
	// StoryID groups copies of one story; 0 makes the article a story of
	// its own (its story id is then its article id).
	StoryID int64
}

// SimilarArticle is a stored article that shares a MinHash band with a new one.
type SimilarArticle struct {
	ID      int64
	StoryID int64
	Outlet  string
	URL     string
	MinHash []uint32
}

// ArticleSource is another place where an article's exact text was found:
// the same wire copy published by another outlet.
type ArticleSource struct {
	ArticleID int64     `json:"article_id"`
	URL       string    `json:"url"`
	Outlet    string    `json:"outlet,omitempty"`
	AddedAt   time.Time `json:"added_at"`
}

// ArticleVersion is an earlier text of an article that was corrected.
type ArticleVersion struct {
	ID         int64     `json:"id"`
	ArticleID  int64     `json:"article_id"`
	ReplacedAt time.Time `json:"replaced_at"`
	Title      string    `json:"title"`
	Hash       string    `json:"hash"`
	Text       string    `json:"text"`
	Reason     string    `json:"reason"`
}

// StoryResolver maps articles to stories, so that answers can count
// independent reports: three copies of one agency story are one source.
// Implemented by sqlite.DB; safe for concurrent use.
type StoryResolver interface {
	// StoryIDs returns the story id of each of the guild's articles given
	// (an article's own id when it is a story of its own). Unknown ids are
	// left out.
	StoryIDs(ctx context.Context, guild string, articleIDs []int64) (map[int64]int64, error)
}

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

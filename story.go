package newsbot

import (
	"context"
	"strings"
	"time"
)

// StoryResolver maps articles to stories, so that answers can count
// independent reports: three copies of one agency story are one source.
// Implemented by sqlite.DB; safe for concurrent use.
type StoryResolver interface {
	// StoryIDs returns the story id of each of the guild's articles given
	// (an article's own id when it is a story of its own). Unknown ids are
	// left out.
	StoryIDs(ctx context.Context, guild string, articleIDs []int64) (map[int64]int64, error)
}

// StoryLister is the optional ability of a store to list the articles of
// one story, used to name every outlet of a story.
type StoryLister interface {
	// StoryArticles returns the guild's articles of one story, oldest first.
	StoryArticles(ctx context.Context, guild string, storyID int64) ([]Article, error)
}

// TimelineEntry is one dated statement or reported event of a story:
// a claim with the day it refers to (its own date, else its article's).
type TimelineEntry struct {
	Date      string   `json:"date"`       // "YYYY-MM-DD", "FROM/TO", or "" when unknown
	DateLabel string   `json:"date_label"` // Date for people: "9 March 2026", "February 2026"
	Speaker   string   `json:"speaker"`
	Via       string   `json:"via"`
	Cue       string   `json:"cue"`
	When      string   `json:"when"`
	Content   string   `json:"content"`
	Sentence  string   `json:"sentence"` // verbatim article text
	ArticleID int64    `json:"article_id"`
	Title     string   `json:"title"`
	Outlet    string   `json:"outlet,omitempty"`
	Published string   `json:"published,omitempty"`
	AlsoIn    []string `json:"also_in,omitempty"` // other outlets of the same wire copy
}

// RelayCue splits the cue of a statement relayed by an intermediary
// around the gap its speaker fills ("cited ... as saying" gives "cited"
// and "as saying"), so that the intermediary is the subject: "the
// Interfax news agency cited a source in the ministry as saying". ok is
// false when the entry has no intermediary or its cue no gap.
func (e TimelineEntry) RelayCue() (before, after string, ok bool) {
	if e.Via == "" || e.Speaker == "" {
		return "", "", false
	}
	for _, gap := range []string{"...", "\u2026"} {
		if b, a, found := strings.Cut(e.Cue, gap); found {
			return strings.TrimSpace(b), strings.TrimSpace(a), true
		}
	}
	return "", "", false
}

// DigestItem is one story added or updated in a digest's window: its
// newest article, one attributed line, and every outlet that carried it.
type DigestItem struct {
	ArticleID int64     `json:"article_id"`
	Title     string    `json:"title"`
	Outlet    string    `json:"outlet,omitempty"`
	URL       string    `json:"url,omitempty"`
	Published string    `json:"published,omitempty"`
	Changed   time.Time `json:"changed"`           // when it was added or last corrected
	Updated   bool      `json:"updated,omitempty"` // corrected in the window, not new
	Speaker   string    `json:"speaker,omitempty"` // "" for the reporter's narration
	Via       string    `json:"via,omitempty"`
	Line      string    `json:"line"` // verbatim article text
	Sources   []string  `json:"sources"`
}

// HistoryVersion is one stored text of an article, oldest first; the last
// is the current one. Changes lists the sentences that differ from the
// version before.
type HistoryVersion struct {
	N       int            `json:"n"`
	Date    time.Time      `json:"date"` // when this text was stored
	Title   string         `json:"title"`
	Reason  string         `json:"reason,omitempty"` // why it was replaced
	Current bool           `json:"current"`
	Changes []SentenceDiff `json:"changes,omitempty"`
}

// SentenceDiff is one changed sentence between two versions: Old empty
// for an added sentence, New empty for a removed one.
type SentenceDiff struct {
	Old string `json:"old,omitempty"`
	New string `json:"new,omitempty"`
}

// Chronicle gives the time views of a guild's stories: timelines, digests
// and article histories. One implementation (package chrono) serves the
// command line and Discord. Safe for concurrent use.
type Chronicle interface {
	// Timeline returns the dated statements about a topic, oldest first,
	// wire copies once; EINVALID for a topic with no searchable words.
	Timeline(ctx context.Context, guild, topic string) ([]TimelineEntry, error)
	// Digest returns the stories added or corrected since the given time,
	// newest first.
	Digest(ctx context.Context, guild string, since time.Time) ([]DigestItem, error)
	// History returns an article's versions, oldest first, or ENOTFOUND.
	History(ctx context.Context, guild string, articleID int64) (*Article, []HistoryVersion, error)
}

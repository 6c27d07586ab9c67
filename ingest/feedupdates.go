package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/newsbot/newsbot"
)

// itemState says what a poll does with an item.
type itemState int

const (
	itemNew     itemState = iota // never taken: add it
	itemSeen                     // taken, unchanged: skip it
	itemChanged                  // taken, changed since: fetch it again
)

// markOf returns what the feed says about an item now.
func markOf(it *gofeed.Item, articleID int64) newsbot.FeedItemMark {
	m := newsbot.FeedItemMark{ArticleID: articleID}
	if it.UpdatedParsed != nil {
		m.Updated = it.UpdatedParsed.UTC().Format(time.RFC3339)
	}
	sum := sha256.Sum256([]byte(it.Title + "\x00" + it.Description + "\x00" + it.Content))
	m.ContentHash = hex.EncodeToString(sum[:16])
	return m
}

// itemState looks an item up: new, seen unchanged, or changed since it
// was taken. A store without marks knows only new and seen. An item taken
// before marks were kept (an empty hash) counts as unchanged, and gets its
// mark at once, so that upgrading does not fetch every item again.
func (p *Poller) itemState(ctx context.Context, f *newsbot.Feed, key string, it *gofeed.Item) (itemState, error) {
	ms, ok := p.Store.(newsbot.FeedItemMarks)
	if !ok {
		seen, err := p.Store.FeedItemSeen(ctx, f.ID, key)
		if err != nil || !seen {
			return itemNew, err
		}
		return itemSeen, nil
	}
	old, seen, err := ms.FeedItemMark(ctx, f.ID, key)
	switch {
	case err != nil:
		return itemNew, err
	case !seen:
		return itemNew, nil
	}
	now := markOf(it, old.ArticleID)
	switch {
	case old.ContentHash == "":
		return itemSeen, ms.SetFeedItemMark(ctx, f.ID, key, now)
	case old.ArticleID != 0 && (now.Updated != old.Updated || now.ContentHash != old.ContentHash):
		return itemChanged, nil
	}
	return itemSeen, nil
}

// markItem records an item as taken with the article it gave (0 when
// refused for good), with its mark when the store keeps marks.
func (p *Poller) markItem(ctx context.Context, f *newsbot.Feed, key string, it *gofeed.Item, articleID int64) error {
	if ms, ok := p.Store.(newsbot.FeedItemMarks); ok {
		return ms.SetFeedItemMark(ctx, f.ID, key, markOf(it, articleID))
	}
	return p.Store.MarkFeedItem(ctx, f.ID, key, articleID)
}

// backlog reports whether an item was published before the guild followed
// the feed: it is stored, but not announced as new.
func backlog(it *gofeed.Item, f *newsbot.Feed) bool {
	t := itemTime(it)
	return !t.IsZero() && !f.AddedAt.IsZero() && t.Before(f.AddedAt)
}

// Package chrono gives the time views of a guild's stories: timelines of
// who said what when, digests of what was added or corrected in a window,
// and the versions of corrected articles. The command line and the Discord
// bot both show these views from one Service, so they never disagree.
package chrono

import (
	"context"
	"time"

	"github.com/newsbot/newsbot"
)

// Store is what the views read. Implemented by *sqlite.DB.
type Store interface {
	newsbot.ArticleStore
	newsbot.StoryResolver
	// ChangedArticles lists articles added or corrected since a time,
	// most recently changed first.
	ChangedArticles(ctx context.Context, guild string, since time.Time, limit int) ([]newsbot.ChangedArticle, error)
	// ArticleVersions returns an article's earlier texts, oldest first.
	ArticleVersions(ctx context.Context, guild string, articleID int64) ([]newsbot.ArticleVersion, error)
	// ArticleSources returns the other places an article's text was found.
	ArticleSources(ctx context.Context, guild string, articleID int64) ([]newsbot.ArticleSource, error)
}

// Limits of the views.
const (
	maxTimelineClaims = 400 // claims read for a timeline
	MaxTimeline       = 60  // entries a timeline returns
	maxDigestArticles = 200 // changed articles read for a digest
	MaxDigest         = 25  // stories a digest returns
)

// Service implements newsbot.Chronicle. Required: Store. Safe for
// concurrent use.
type Service struct {
	Store Store
}

var _ newsbot.Chronicle = (*Service)(nil)

// articles loads the guild's articles with the given ids, once each.
func (s *Service) articles(ctx context.Context, guild string, ids []int64) (map[int64]*newsbot.Article, error) {
	out := map[int64]*newsbot.Article{}
	for _, id := range ids {
		if _, ok := out[id]; ok {
			continue
		}
		a, err := s.Store.Article(ctx, guild, id)
		if newsbot.ErrorCode(err) == newsbot.ENOTFOUND {
			continue // removed meanwhile
		} else if err != nil {
			return nil, err
		}
		out[id] = a
	}
	return out, nil
}

// outletOf names an article's outlet, or its title when it has none.
func outletOf(a *newsbot.Article) string {
	if a.Outlet != "" {
		return a.Outlet
	}
	return a.Title
}

package retrieval

import (
	"context"

	"github.com/newsbot/newsbot"
)

// Searcher finds the passages of a guild's articles that bear on a query.
// Required: Store. It is safe for concurrent use.
type Searcher struct {
	Store newsbot.ArticleStore
}

// Search returns up to k passages for query, best first, from the guild's
// articles only. A query with no searchable words returns no passages and no
// error.
func (s *Searcher) Search(ctx context.Context, guild, query string, k int) ([]newsbot.Passage, error) {
	if k <= 0 {
		k = 5
	}
	match := MatchExpr(query)
	if match == "" {
		return nil, nil
	}
	ps, err := s.Store.SearchChunks(ctx, guild, match, k)
	if err != nil {
		return nil, err
	}
	for i := range ps {
		ps[i].Rank = i + 1
	}
	return ps, nil
}

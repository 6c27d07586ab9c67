package retrieval

import (
	"cmp"
	"slices"

	"github.com/newsbot/newsbot"
)

// keywordPool returns how many keyword results to fetch for k: twice as
// many when recency may reorder them, so that a slightly less relevant
// but much newer passage can move up into the first k.
func (s *Searcher) keywordPool(k int) int {
	if s.NoRecency {
		return k
	}
	return min(2*k, max(k, 100))
}

// preferRecent applies the mild recency preference (recencyBoost, the same
// factor as in hybrid ranking) to keyword results and returns the best k,
// ranked. BM25 scores are positive, higher better (sqlite.DB.SearchChunks).
func (s *Searcher) preferRecent(ps []newsbot.Passage, k int) []newsbot.Passage {
	if !s.NoRecency {
		for i := range ps {
			ps[i].Score *= s.recencyBoost(ps[i].Published)
		}
		slices.SortStableFunc(ps, func(a, b newsbot.Passage) int { return cmp.Compare(b.Score, a.Score) })
	}
	return rank(ps[:min(k, len(ps))])
}

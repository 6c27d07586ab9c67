package retrieval

import (
	"context"
	"log/slog"
	"sync/atomic"
	"time"

	"github.com/newsbot/newsbot"
)

// Searcher finds the passages of a guild's articles that bear on a query.
// Required: Store. With Vectors and Embedder set as well it ranks by
// hybrid search (hybrid.go). It is safe for concurrent use; do not copy a
// Searcher after its first search.
type Searcher struct {
	Store newsbot.ArticleStore

	// Vectors and Embedder, both set, add vector search, fused with BM25.
	Vectors  newsbot.VectorStore
	Embedder Embedder
	// Mode is ModeHybrid, ModeKeyword or ModeVector; "" means hybrid when
	// an embedder is set, keyword otherwise.
	Mode string
	// NoRecency turns off the mild preference for recent articles, in
	// keyword and hybrid ranking alike (recency.go).
	NoRecency bool
	// VectorTimeout bounds the embedding of the query in a hybrid search;
	// past it, or when the embeddings server fails, keyword results are
	// returned alone (default DefaultVectorTimeout).
	VectorTimeout time.Duration
	// MaxPerArticle is how many passages of one article the first five
	// hybrid results may hold while other articles have relevant passages
	// (hybrid.go). 0 means 3; a negative value turns diversity off.
	MaxPerArticle int
	// QuantizeAbove is the number of vectors above which a guild's vectors
	// are kept in memory as int8 instead of float32: a quarter of the memory
	// for a recall@10 of about 0.985 against float32 (docs/retrieval.md).
	// 0 means 250,000; a negative value never quantises.
	QuantizeAbove int
	// Now returns the current time for recency (default time.Now).
	Now    func() time.Time
	Logger *slog.Logger

	cache  vectorCache
	warned atomic.Bool // the model mismatch was logged
}

// Search returns up to k passages for query, best first, from the guild's
// articles only. A query with no searchable words returns no passages and no
// error.
func (s *Searcher) Search(ctx context.Context, guild, query string, k int) ([]newsbot.Passage, error) {
	if k <= 0 {
		k = 5
	}
	if s.Embedder != nil && s.Vectors != nil {
		switch s.Mode {
		case ModeVector:
			return s.vectorOnly(ctx, guild, query, k)
		case "", ModeHybrid:
			return s.hybrid(ctx, guild, query, k)
		}
	}
	kq, expanded, err := s.keywordQuery(ctx, guild, query)
	if err != nil || kq.Empty() {
		return nil, err
	}
	ps, err := s.Store.SearchChunks(ctx, guild, kq, s.keywordPool(k))
	if err != nil {
		return nil, err
	}
	if len(expanded) > 0 {
		demoteExpanded(ps, query)
	}
	return s.preferRecent(ps, k), nil
}

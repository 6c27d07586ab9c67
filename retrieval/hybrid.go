package retrieval

import (
	"cmp"
	"context"
	"log/slog"
	"math"
	"slices"
	"sync"
	"time"

	"github.com/newsbot/newsbot"
)

// Ranking modes of a Searcher.
const (
	ModeHybrid  = "hybrid"  // BM25 and vectors fused; the default with an Embedder
	ModeKeyword = "keyword" // BM25 only; the default without one
	ModeVector  = "vector"  // vectors only, raw similarity order
)

// rrfK is the constant of reciprocal rank fusion: a result at rank r in
// one list scores 1/(rrfK+r). 60 is the value of the original paper and
// of most search engines; it keeps the top of each list from dominating.
const rrfK = 60

// Recency defaults: a passage of an article published today gets its fused
// score raised by RecencyWeight, one published HalfLife ago by half that.
// 5% moves a result by a few ranks at most: a tie-breaker, not a filter.
const (
	DefaultRecencyWeight   = 0.05
	DefaultRecencyHalfLife = 365 * 24 * time.Hour
)

// maxPerArticle is how many passages of one article the first diverseTop
// hybrid results hold, by default, while other articles have relevant
// passages, that is passages scoring at least relevantShare of the best.
const (
	maxPerArticle = 3
	diverseTop    = 5
	relevantShare = 0.5
)

// hybrid ranks by reciprocal rank fusion of BM25 and vector results, with
// a mild preference for recent articles and at most three passages per
// article in the first five (see diversify).
func (s *Searcher) hybrid(ctx context.Context, guild, query string, k int) ([]newsbot.Passage, error) {
	pool := max(50, 4*k)
	// The two halves run at once: a hybrid search takes as long as the
	// slower of them, not their sum.
	var hits []Hit
	var vecErr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		hits, vecErr = s.vectorHits(ctx, guild, query, pool)
	}()
	var kw []newsbot.Passage
	var err error
	if kq, expanded, merr := s.keywordQuery(ctx, guild, query); merr != nil {
		err = merr
	} else if !kq.Empty() {
		if kw, err = s.Store.SearchChunks(ctx, guild, kq, pool); err == nil && len(expanded) > 0 {
			demoteExpanded(kw, query)
		}
	}
	<-done
	if err != nil {
		return nil, err
	} else if vecErr != nil && ctx.Err() == nil {
		// The embeddings server failing or too slow must not take search
		// down with it: answer from keywords, and say why in the log.
		s.logger().Warn("vector search failed; using keyword results only", "err", vecErr)
	}
	if len(hits) == 0 {
		// Nothing to fuse (no vectors yet, another model's, or the server
		// down): the keyword results as keyword search gives them, BM25
		// scores included.
		return s.preferRecent(kw, k), nil
	}
	fused := map[int64]float64{}
	for i, p := range kw {
		fused[p.ChunkID] += 1.0 / float64(rrfK+i+1)
	}
	for i, h := range hits {
		fused[h.ChunkID] += 1.0 / float64(rrfK+i+1)
	}
	ps, err := s.passages(ctx, guild, kw, hits)
	if err != nil {
		return nil, err
	}
	for i := range ps {
		ps[i].Score = fused[ps[i].ChunkID] * s.recencyBoost(ps[i].Published)
	}
	slices.SortStableFunc(ps, func(a, b newsbot.Passage) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.ChunkID, b.ChunkID))
	})
	per := s.MaxPerArticle
	if per == 0 {
		per = maxPerArticle
	} else if per < 0 {
		per = k
	}
	return rank(diversify(ps, k, per)), nil
}

// vectorOnly ranks by vector similarity alone.
func (s *Searcher) vectorOnly(ctx context.Context, guild, query string, k int) ([]newsbot.Passage, error) {
	hits, err := s.vectorHits(ctx, guild, query, k)
	if err != nil {
		return nil, err
	}
	ps, err := s.passages(ctx, guild, nil, hits)
	if err != nil {
		return nil, err
	}
	score := map[int64]float32{}
	for _, h := range hits {
		score[h.ChunkID] = h.Score
	}
	for i := range ps {
		ps[i].Score = float64(score[ps[i].ChunkID])
	}
	return rank(ps), nil
}

// vectorHits embeds the query and returns the guild's n nearest chunks. It
// returns no hits, and logs a warning, when the stored vectors were made
// by another model than the configured one: mixing them would rank
// nonsense, so search falls back to keywords until 'newsbot reindex'.
func (s *Searcher) vectorHits(ctx context.Context, guild, query string, n int) ([]Hit, error) {
	model, dim, err := s.Vectors.EmbeddingModel(ctx)
	if err != nil || dim == 0 {
		return nil, err
	}
	if model != s.Embedder.Model() {
		if s.warned.Swap(true) {
			return nil, nil
		}
		s.logger().Warn("stored vectors come from another embedding model; using keyword search only: run 'newsbot reindex'",
			"stored", model, "configured", s.Embedder.Model())
		return nil, nil
	}
	idx, err := s.cache.index(ctx, s.Vectors, guild, dim, s.quantizeAbove())
	if err != nil || idx.Len() == 0 {
		return nil, err
	}
	// Only the call to the embeddings server is bounded: loading a large
	// guild's vectors for the first time may take longer, and must finish
	// once rather than time out on every search.
	ectx, cancel := context.WithTimeout(ctx, s.vectorTimeout())
	defer cancel()
	qv, err := embedQuery(ectx, s.Embedder, query)
	if err != nil {
		return nil, err
	}
	if len(qv) != dim {
		s.logger().Warn("the embedder's query vector does not match the stored dimension; run 'newsbot reindex'", "dim", dim)
		return nil, nil
	}
	return idx.Search(qv, n), nil
}

// passages returns the passages of the keyword results and of the vector
// hits, each chunk once, looking up those only the vector search found.
func (s *Searcher) passages(ctx context.Context, guild string, kw []newsbot.Passage, hits []Hit) ([]newsbot.Passage, error) {
	seen := map[int64]bool{}
	out := make([]newsbot.Passage, 0, len(kw)+len(hits))
	for _, p := range kw {
		seen[p.ChunkID] = true
		out = append(out, p)
	}
	var missing []int64
	for _, h := range hits {
		if !seen[h.ChunkID] {
			seen[h.ChunkID] = true
			missing = append(missing, h.ChunkID)
		}
	}
	more, err := s.Vectors.PassagesByChunkIDs(ctx, guild, missing)
	if err != nil {
		return nil, err
	}
	return append(out, more...), nil
}

// recencyBoost returns the factor applied to the fused score of a passage
// of an article published on date (YYYY-MM-DD; unknown dates get none).
func (s *Searcher) recencyBoost(date string) float64 {
	if s.NoRecency || date == "" {
		return 1
	}
	t, err := time.Parse("2006-01-02", date)
	if err != nil {
		return 1
	}
	now := time.Now
	if s.Now != nil {
		now = s.Now
	}
	age := max(now().Sub(t), 0)
	return 1 + DefaultRecencyWeight*math.Exp2(-float64(age)/float64(DefaultRecencyHalfLife))
}

// DefaultVectorTimeout bounds the embedding of a query in a hybrid search,
// after which keyword results are used alone.
const DefaultVectorTimeout = 10 * time.Second

func (s *Searcher) vectorTimeout() time.Duration {
	if s.VectorTimeout > 0 {
		return s.VectorTimeout
	}
	return DefaultVectorTimeout
}

func (s *Searcher) quantizeAbove() int {
	if s.QuantizeAbove == 0 {
		return 250_000
	}
	return s.QuantizeAbove
}

func (s *Searcher) logger() *slog.Logger {
	if s.Logger != nil {
		return s.Logger
	}
	return slog.Default()
}

// diversify returns the first k passages of ps (sorted best first). The
// first diverseTop of them hold at most per passages of one article while
// relevant passages of other articles remain; the rest follow in score
// order. A passage is relevant when it scores at least relevantShare of the
// best score, so a weak passage of another article does not push out a
// strong one of the article the question is about.
func diversify(ps []newsbot.Passage, k, per int) []newsbot.Passage {
	if len(ps) == 0 {
		return ps
	}
	thr := ps[0].Score * relevantShare
	out := make([]newsbot.Passage, 0, min(k, len(ps)))
	used := make([]bool, len(ps))
	count := map[int64]int{}
	for i, p := range ps {
		if len(out) == min(k, diverseTop) {
			break
		}
		if p.Score >= thr && count[p.ArticleID] < per {
			count[p.ArticleID]++
			used[i] = true
			out = append(out, p)
		}
	}
	for i, p := range ps {
		if len(out) < k && !used[i] {
			out = append(out, p)
		}
	}
	return out
}

func rank(ps []newsbot.Passage) []newsbot.Passage {
	for i := range ps {
		ps[i].Rank = i + 1
	}
	return ps
}

// vectorCache keeps each guild's vectors in memory. Before each search it
// asks the store for the guild's vector state (an index lookup): new
// vectors are loaded incrementally, and any removal reloads the guild.
type vectorCache struct {
	mu     sync.Mutex
	guilds map[string]*cachedGuild
}

type cachedGuild struct {
	mu    sync.Mutex
	state newsbot.VectorState
	idx   *VectorIndex
}

// index returns the guild's vectors, loading those written since the last
// call. Past quantizeAbove vectors (when positive) they are kept as int8.
func (c *vectorCache) index(ctx context.Context, vs newsbot.VectorStore, guild string, dim, quantizeAbove int) (*VectorIndex, error) {
	c.mu.Lock()
	if c.guilds == nil {
		c.guilds = map[string]*cachedGuild{}
	}
	g := c.guilds[guild]
	if g == nil {
		g = &cachedGuild{}
		c.guilds[guild] = g
	}
	c.mu.Unlock()

	state, err := vs.VectorState(ctx, guild)
	if err != nil {
		return nil, err
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.idx != nil && g.idx.Dim() == dim && g.state == state {
		return g.idx, nil
	}
	idx, after := g.idx, g.state.MaxID
	if idx == nil || idx.Dim() != dim || state.Deletes != g.state.Deletes || state.MaxID < after {
		idx, after = NewVectorIndex(dim), 0
	}
	loaded, n, quantized := after, idx.Len(), idx.Quantized()
	err = vs.ScanVectors(ctx, guild, after, func(id, chunkID int64, vec []float32) error {
		idx.Add(chunkID, vec)
		loaded, n = id, n+1
		// Quantise as soon as the guild is large, not after loading it
		// all as float32: the peak memory stays near the int8 size.
		if !quantized && quantizeAbove > 0 && n > quantizeAbove {
			idx.Quantize()
			quantized = true
		}
		return nil
	})
	if err != nil {
		g.idx = nil // partly loaded: reload next time
		return nil, err
	}
	// Vectors written after VectorState was read may have been loaded too:
	// remember the last one loaded, so that the next load starts after it.
	g.idx, g.state = idx, newsbot.VectorState{MaxID: loaded, Deletes: state.Deletes}
	return idx, nil
}

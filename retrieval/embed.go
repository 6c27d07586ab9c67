package retrieval

import (
	"context"
	"fmt"

	"github.com/newsbot/newsbot"
)

// Embedder turns texts into vectors (newsbot.Embedder).
type Embedder = newsbot.Embedder

// QueryEmbedder is an Embedder that embeds search queries differently from
// passages; the Searcher uses EmbedQuery when the embedder has it
// (newsbot.QueryEmbedder).
type QueryEmbedder = newsbot.QueryEmbedder

// embedQuery embeds a search query with e.
func embedQuery(ctx context.Context, e Embedder, query string) ([]float32, error) {
	if qe, ok := e.(QueryEmbedder); ok {
		return qe.EmbedQuery(ctx, query)
	}
	vs, err := e.Embed(ctx, []string{query})
	if err != nil {
		return nil, err
	} else if len(vs) != 1 {
		return nil, fmt.Errorf("embedder returned %d vectors for one query", len(vs))
	}
	return vs[0], nil
}

// Indexer computes and stores the embeddings of chunks. Required: Vectors
// and Embedder. It is safe for concurrent use.
type Indexer struct {
	Vectors  newsbot.VectorStore
	Embedder Embedder
	// BatchSize is the number of chunks embedded and committed together
	// (default 64): an interrupted run loses at most one batch.
	BatchSize int
	// Progress, when set, is called after each committed batch with the
	// chunks done so far and the total to do.
	Progress func(done, total int)
}

// IndexStats says what Reindex did.
type IndexStats struct {
	Model    string
	Dim      int
	Embedded int  // chunks embedded by this run
	Reset    bool // the stored vectors were dropped (new model, or forced)
}

// IndexArticle embeds the chunks of one article that have no vector yet;
// call it after storing the article. When the stored vectors were made by
// another model it returns an EINVALID error asking for 'newsbot reindex',
// and stores nothing.
func (ix *Indexer) IndexArticle(ctx context.Context, guild string, articleID int64) error {
	if articleID <= 0 {
		return newsbot.Errorf(newsbot.EINVALID, "no article id given to index")
	}
	_, err := ix.run(ctx, newsbot.ChunkFilter{Guild: guild, ArticleID: articleID}, 0)
	return err
}

// Reindex embeds every chunk without a vector, of every guild, committing
// each batch, so that a run that is interrupted resumes where it stopped.
// When the configured model or its dimension differ from the stored
// vectors', or force is set, every stored vector is dropped first and all
// chunks are embedded again.
func (ix *Indexer) Reindex(ctx context.Context, force bool) (*IndexStats, error) {
	model, dim, err := ix.Vectors.EmbeddingModel(ctx)
	if err != nil {
		return nil, err
	}
	st := &IndexStats{Model: ix.Embedder.Model()}
	if model != "" {
		probe, err := ix.Embedder.Embed(ctx, []string{"dimension probe"})
		if err != nil {
			return nil, err
		} else if len(probe) != 1 || len(probe[0]) == 0 {
			return nil, fmt.Errorf("embedder returned no vector for a probe text")
		}
		if force || model != st.Model || dim != len(probe[0]) {
			if err := ix.Vectors.ResetVectors(ctx, st.Model, len(probe[0])); err != nil {
				return nil, err
			}
			st.Reset = true
		}
	}
	total, have, err := ix.Vectors.CountChunks(ctx, "")
	if err != nil {
		return nil, err
	}
	st.Embedded, err = ix.run(ctx, newsbot.ChunkFilter{}, total-have)
	_, st.Dim, _ = ix.Vectors.EmbeddingModel(ctx)
	return st, err
}

// run embeds the chunks selected by f in batches and returns how many it
// embedded; total is only for progress reports.
func (ix *Indexer) run(ctx context.Context, f newsbot.ChunkFilter, total int) (int, error) {
	f.Limit = ix.BatchSize
	if f.Limit <= 0 {
		f.Limit = 64
	}
	model, done := ix.Embedder.Model(), 0
	for {
		todo, err := ix.Vectors.ChunksWithoutVectors(ctx, f)
		if err != nil || len(todo) == 0 {
			return done, err
		}
		texts := make([]string, len(todo))
		for i, c := range todo {
			texts[i] = ChunkEmbedText(c.Title, c.Text)
		}
		vecs, err := ix.Embedder.Embed(ctx, texts)
		if err != nil {
			return done, err
		}
		if len(vecs) != len(todo) {
			return done, fmt.Errorf("embedder returned %d vectors for %d chunks", len(vecs), len(todo))
		}
		cvs := make([]newsbot.ChunkVector, len(todo))
		for i, c := range todo {
			cvs[i] = newsbot.ChunkVector{ChunkID: c.ChunkID, Vector: vecs[i]}
		}
		if err := ix.Vectors.PutVectors(ctx, model, cvs); err != nil {
			return done, err
		}
		done += len(todo)
		f.After = todo[len(todo)-1].ChunkID
		if ix.Progress != nil {
			ix.Progress(done, max(total, done))
		}
	}
}

// ChunkEmbedText is the text embedded for a chunk: its article's headline,
// which says what the chunk is about, and the chunk.
func ChunkEmbedText(title, text string) string {
	if title == "" {
		return text
	}
	return title + "\n\n" + text
}

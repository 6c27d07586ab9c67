package newsbot

import "context"

// EmbedFunc turns a text into a vector. Implementations must be safe for
// concurrent use.
type EmbedFunc func(ctx context.Context, text string) ([]float32, error)

// ChunkText is a chunk waiting for its embedding: the text to embed is the
// article's title and the chunk text.
type ChunkText struct {
	ChunkID int64
	Guild   string
	Title   string
	Text    string
}

// ChunkFilter selects chunks. Zero values select everything.
type ChunkFilter struct {
	Guild     string // "": every guild
	ArticleID int64  // 0: every article
	After     int64  // only chunks with a larger id
	Limit     int    // 0: no limit
}

// ChunkVector is the embedding of one chunk.
type ChunkVector struct {
	ChunkID int64
	Vector  []float32
}

// VectorState says what a guild's stored vectors look like, so that a cache
// of them can tell whether it is stale: MaxID grows with every vector
// written, Deletes with every vector removed.
type VectorState struct {
	MaxID   int64
	Deletes int64
}

// ChunkCounter counts a guild's chunks cheaply (part of VectorStore).
type ChunkCounter interface {
	// CountChunks returns how many chunks the guild ("" for all) has, and
	// how many of them have a vector.
	CountChunks(ctx context.Context, guild string) (chunks, withVectors int, err error)
}

// VectorStore stores one embedding per chunk, all made by one model whose
// name and dimension are recorded. Implementations are safe for concurrent
// use.
type VectorStore interface {
	// EmbeddingModel returns the recorded model name and dimension, or
	// "" and 0 when no vector was ever stored.
	EmbeddingModel(ctx context.Context) (model string, dim int, err error)
	// ResetVectors deletes every stored vector and records model and dim as
	// the model of the vectors to come.
	ResetVectors(ctx context.Context, model string, dim int) error
	// PutVectors stores vectors made by model in one transaction. It
	// returns an EINVALID error, storing nothing, when model or the
	// dimension differ from the recorded ones.
	PutVectors(ctx context.Context, model string, vecs []ChunkVector) error
	// ChunksWithoutVectors returns chunks with no vector, in id order.
	ChunksWithoutVectors(ctx context.Context, f ChunkFilter) ([]ChunkText, error)
	// CountChunks returns how many chunks the guild ("" for all) has, and
	// how many of them have a vector.
	ChunkCounter
	// VectorState returns the state of the guild's vectors.
	VectorState(ctx context.Context, guild string) (VectorState, error)
	// ScanVectors calls fn for each vector of the guild with an id above
	// after, in id order. The vector passed to fn is reused: copy it.
	ScanVectors(ctx context.Context, guild string, after int64, fn func(id, chunkID int64, vec []float32) error) error
	// PassagesByChunkIDs returns the passages of the guild's chunks with
	// these ids, in the order given; ids of other guilds are left out.
	PassagesByChunkIDs(ctx context.Context, guild string, ids []int64) ([]Passage, error)
}

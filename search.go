package newsbot

import "context"

// Passage is a chunk returned by a search, with its article's metadata.
type Passage struct {
	Rank      int     `json:"rank"`
	ChunkID   int64   `json:"chunk_id"`
	ArticleID int64   `json:"article_id"`
	Title     string  `json:"title"`
	Outlet    string  `json:"outlet,omitempty"`
	URL       string  `json:"url,omitempty"`
	Published string  `json:"published,omitempty"`
	FirstSeq  int     `json:"-"`
	LastSeq   int     `json:"-"`
	Text      string  `json:"text"`
	Score     float64 `json:"score"`
}

// Retriever finds passages of a guild's articles for a query, best first.
// Implemented by retrieval.Searcher; safe for concurrent use.
type Retriever interface {
	Search(ctx context.Context, guild, query string, k int) ([]Passage, error)
}

package newsbot

import (
	"context"
	"strings"
)

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

// KeywordQuery is a full-text search of a guild's chunks. It is typed so
// that no search syntax crosses the store boundary: each store translates
// it into its own (store/sqlite into an FTS5 MATCH expression,
// store/postgres into a tsquery), and text in it is never read as
// operators.
//
// A chunk matches when it holds any of the phrases (an OR): a phrase is
// words that must appear in that order, each tokenized and stemmed as the
// store indexes text, so a one-word phrase is a term and "Bab al-Hawa"
// matches "bab al hawa". Stores rank the chunks that match by how many of
// the phrases they hold and how rare those are in the guild (BM25 or its
// like), the headline counting half as much as the body. Phrases that hold
// no word are ignored.
type KeywordQuery struct {
	Phrases []string
}

// Keywords returns the query matching any of the phrases.
func Keywords(phrases ...string) KeywordQuery {
	return KeywordQuery{Phrases: phrases}
}

// Or returns the query with more phrases ORed in (q is left as it was).
func (q KeywordQuery) Or(phrases ...string) KeywordQuery {
	return KeywordQuery{Phrases: append(q.Phrases[:len(q.Phrases):len(q.Phrases)], phrases...)}
}

// Empty reports whether the query has no phrase with text: it matches nothing.
func (q KeywordQuery) Empty() bool {
	for _, p := range q.Phrases {
		if strings.TrimSpace(p) != "" {
			return false
		}
	}
	return true
}

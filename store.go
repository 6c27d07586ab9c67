package newsbot

import "context"

// ClaimFilter selects claims. Zero values select everything in the guild.
type ClaimFilter struct {
	ArticleID int64  // 0: all articles
	Match     string // FTS5 expression (retrieval.MatchExpr) the claim's chunk must match; "": any
	Limit     int    // 0: no limit
}

// ArticleStore stores articles and everything derived from them. Every
// method is scoped to one guild: an article of one guild is never returned
// for another. Implementations are safe for concurrent use.
type ArticleStore interface {
	// CreateDocument stores an article with its sentences, claims and chunks
	// in one transaction and returns the article id. It sets doc.Article.ID.
	CreateDocument(ctx context.Context, doc *Document) (int64, error)
	// FindArticleByHash returns the guild's article with that content hash,
	// or an ENOTFOUND error.
	FindArticleByHash(ctx context.Context, guild, hash string) (*Article, error)
	// Article returns one article with its text, or ENOTFOUND.
	Article(ctx context.Context, guild string, id int64) (*Article, error)
	// Articles lists the guild's articles, newest first, without text.
	Articles(ctx context.Context, guild string) ([]Article, error)
	// DeleteArticle removes an article and all it owns, or returns ENOTFOUND.
	DeleteArticle(ctx context.Context, guild string, id int64) error
	// Sentences returns the sentences of an article of the guild, in order.
	Sentences(ctx context.Context, guild string, articleID int64) ([]Sentence, error)
	// Claims returns attributed statements of the guild's articles.
	Claims(ctx context.Context, guild string, f ClaimFilter) ([]Claim, error)
	// SearchChunks runs an FTS5 MATCH expression (built by package retrieval)
	// over the guild's chunks and returns up to k passages, best first.
	SearchChunks(ctx context.Context, guild, match string, k int) ([]Passage, error)
}

// Retriever finds passages of a guild's articles for a query, best first.
// Implemented by retrieval.Searcher; safe for concurrent use.
type Retriever interface {
	Search(ctx context.Context, guild, query string, k int) ([]Passage, error)
}

// Turn is one earlier exchange of a conversation.
type Turn struct {
	Question string `json:"question"`
	Answer   string `json:"answer"`
}

// Question is a request for an answer.
type Question struct {
	Guild        string
	Text         string
	K            int    // passages to retrieve; 0: default
	Conversation string // optional conversation (Discord thread) id
	History      []Turn // earlier turns of the conversation, oldest first
}

// Answerer answers questions from a guild's stored articles. Implemented by
// package answer; safe for concurrent use.
type Answerer interface {
	Ask(ctx context.Context, q Question) (*Answer, error)
}

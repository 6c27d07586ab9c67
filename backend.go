package newsbot

import (
	"context"
	"time"
)

// Backend is everything a store backend offers: the root contracts and the
// methods the bot, ingestion and the command line use. package store
// (SQLite) and package store/postgres implement it, and store/storetest.Run
// is the conformance suite both pass; cmd/newsbot picks one by the --db
// value. Implementations are safe for concurrent use.
type Backend interface {
	ArticleStore
	VectorStore
	StoryResolver
	AliasStore
	CreateDocuments(ctx context.Context, docs []*Document) ([]int64, error)
	ArticleByURL(ctx context.Context, guild, canonicalURL string) (*Article, error)
	AddArticleSource(ctx context.Context, guild string, articleID int64, canonicalURL, outlet string) error
	ArticleSources(ctx context.Context, guild string, articleID int64) ([]ArticleSource, error)
	SimilarArticles(ctx context.Context, guild string, bands []int64) ([]SimilarArticle, error)
	CreateWebDocument(ctx context.Context, doc *Document, w WebMeta) (int64, error)
	ReplaceDocument(ctx context.Context, guild string, id int64, doc *Document, w WebMeta, reason string) error
	StoryOf(ctx context.Context, guild string, articleID int64) (int64, error)
	StoryArticles(ctx context.Context, guild string, storyID int64) ([]Article, error)
	ArticleVersions(ctx context.Context, guild string, articleID int64) ([]ArticleVersion, error)

	CreateFeed(ctx context.Context, f *Feed) error
	DeleteFeed(ctx context.Context, guild string, id int64) error
	Feed(ctx context.Context, guild string, id int64) (*Feed, error)
	Feeds(ctx context.Context, guild string) ([]Feed, error)
	DueFeeds(ctx context.Context, now time.Time) ([]Feed, error)
	UpdateFeedState(ctx context.Context, f *Feed) error
	FeedItemSeen(ctx context.Context, feedID int64, key string) (bool, error)
	MarkFeedItem(ctx context.Context, feedID int64, key string, articleID int64) error

	GuildSettings(ctx context.Context, guild string) (*GuildSettings, error)
	SetGuildSettings(ctx context.Context, s *GuildSettings) error
	SaveBotAnswer(ctx context.Context, r *AnswerRecord) (int64, error)
	BotAnswer(ctx context.Context, guild string, id int64) (*AnswerRecord, error)
	SaveBotFeedback(ctx context.Context, f Feedback) error
	BotFeedback(ctx context.Context, guild string) ([]Feedback, error)
	AddBotThread(ctx context.Context, guild, thread, channel string) error
	IsBotThread(ctx context.Context, guild, thread string) (bool, error)
	AddThreadTurn(ctx context.Context, guild, conversation string, t Turn) error
	ThreadTurns(ctx context.Context, guild, conversation string, n int) ([]Turn, error)

	AddTurn(ctx context.Context, guild, conversation string, t Turn) error
	Turns(ctx context.Context, guild, conversation string, limit int) ([]Turn, error)
	DeleteConversation(ctx context.Context, guild, conversation string) error
	PruneConversations(ctx context.Context, before time.Time) (int64, error)

	CountPublished(ctx context.Context, guild, from, to string) (int, error)
	ArticlesPublished(ctx context.Context, guild, from, to string, limit int) ([]Article, error)
	ChangedArticles(ctx context.Context, guild string, since time.Time, limit int) ([]ChangedArticle, error)
	FeedItemMark(ctx context.Context, feedID int64, key string) (m FeedItemMark, seen bool, err error)
	SetFeedItemMark(ctx context.Context, feedID int64, key string, m FeedItemMark) error
	SetDigestChannel(ctx context.Context, guild, channel string) error
	DigestChannels(ctx context.Context) (map[string]string, error)

	GuildSummaries(ctx context.Context) ([]GuildSummary, error)
	Ping(ctx context.Context) error
	SchemaVersion(ctx context.Context) (int, error)
	Path() string
	Close() error
}

package newsbot

import (
	"context"
	"time"
)

// Backend is everything a store backend offers: the root contracts and the
// methods the bot, ingestion and the command line use. store/sqlite
// and store/postgres implement it, and store/storetest.Run
// is the conformance suite both pass; cmd/newsbot picks one by the --db
// value. Implementations are safe for concurrent use.
type Backend interface {
	ArticleStore
	WebStore
	ArticleSourceLister
	PublishedCounter
	PublishedLister
	VectorStore
	StoryResolver
	StoryLister
	AliasStore
	FeedStore
	FeedItemMarks
	GuildStore
	DigestChannels
	ConversationStore
	VerdictStore

	CreateDocuments(ctx context.Context, docs []*Document) ([]int64, error)
	StoryOf(ctx context.Context, guild string, articleID int64) (int64, error)
	ArticleVersions(ctx context.Context, guild string, articleID int64) ([]ArticleVersion, error)
	ChangedArticles(ctx context.Context, guild string, since time.Time, limit int) ([]ChangedArticle, error)
	BotFeedback(ctx context.Context, guild string) ([]Feedback, error)
	DeleteConversation(ctx context.Context, guild, conversation string) error
	PruneConversations(ctx context.Context, before time.Time) (int64, error)

	GuildSummaries(ctx context.Context) ([]GuildSummary, error)
	Ping(ctx context.Context) error
	SchemaVersion(ctx context.Context) (int, error)
	Path() string
	Close() error
}

package storetest

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot"
)

// Store is everything a newsbot store backend offers: the root contracts
// and the methods the bot, ingestion and the command line use. Both
// *store.DB and *postgres.DB implement it.
type Store interface {
	newsbot.ArticleStore
	newsbot.VectorStore
	newsbot.StoryResolver
	CreateDocuments(ctx context.Context, docs []*newsbot.Document) ([]int64, error)
	ArticleByURL(ctx context.Context, guild, canonicalURL string) (*newsbot.Article, error)
	AddArticleSource(ctx context.Context, guild string, articleID int64, canonicalURL, outlet string) error
	ArticleSources(ctx context.Context, guild string, articleID int64) ([]newsbot.ArticleSource, error)
	SimilarArticles(ctx context.Context, guild string, bands []int64) ([]newsbot.SimilarArticle, error)
	CreateWebDocument(ctx context.Context, doc *newsbot.Document, w newsbot.WebMeta) (int64, error)
	ReplaceDocument(ctx context.Context, guild string, id int64, doc *newsbot.Document, w newsbot.WebMeta, reason string) error
	StoryOf(ctx context.Context, guild string, articleID int64) (int64, error)
	StoryArticles(ctx context.Context, guild string, storyID int64) ([]newsbot.Article, error)
	ArticleVersions(ctx context.Context, guild string, articleID int64) ([]newsbot.ArticleVersion, error)

	CreateFeed(ctx context.Context, f *newsbot.Feed) error
	DeleteFeed(ctx context.Context, guild string, id int64) error
	Feed(ctx context.Context, guild string, id int64) (*newsbot.Feed, error)
	Feeds(ctx context.Context, guild string) ([]newsbot.Feed, error)
	DueFeeds(ctx context.Context, now time.Time) ([]newsbot.Feed, error)
	UpdateFeedState(ctx context.Context, f *newsbot.Feed) error
	FeedItemSeen(ctx context.Context, feedID int64, key string) (bool, error)
	MarkFeedItem(ctx context.Context, feedID int64, key string, articleID int64) error

	GuildSettings(ctx context.Context, guild string) (*newsbot.GuildSettings, error)
	SetGuildSettings(ctx context.Context, s *newsbot.GuildSettings) error
	SaveBotAnswer(ctx context.Context, r *newsbot.AnswerRecord) (int64, error)
	BotAnswer(ctx context.Context, guild string, id int64) (*newsbot.AnswerRecord, error)
	SaveBotFeedback(ctx context.Context, f newsbot.Feedback) error
	BotFeedback(ctx context.Context, guild string) ([]newsbot.Feedback, error)
	AddBotThread(ctx context.Context, guild, thread, channel string) error
	IsBotThread(ctx context.Context, guild, thread string) (bool, error)
	AddThreadTurn(ctx context.Context, guild, conversation string, t newsbot.Turn) error
	ThreadTurns(ctx context.Context, guild, conversation string, n int) ([]newsbot.Turn, error)

	AddTurn(ctx context.Context, guild, conversation string, t newsbot.Turn) error
	Turns(ctx context.Context, guild, conversation string, limit int) ([]newsbot.Turn, error)
	DeleteConversation(ctx context.Context, guild, conversation string) error
	PruneConversations(ctx context.Context, before time.Time) (int64, error)

	SchemaVersion(ctx context.Context) (int, error)
	Path() string
	Close() error
}

// Opener opens a new, empty store for one test and closes it when the test
// ends.
type Opener func(t *testing.T) Store

// Run runs the conformance suite against the backend open opens: every
// backend stores, scopes by guild, searches and refuses bad input alike.
func Run(t *testing.T, open Opener) {
	for _, c := range []struct {
		name string
		fn   func(*testing.T, Store)
	}{
		{"Articles", testArticles},
		{"ArticleConflict", testArticleConflict},
		{"AtomicOnFailure", testAtomicOnFailure},
		{"CreateDocuments", testCreateDocuments},
		{"Claims", testClaims},
		{"Search", testSearch},
		{"SearchInvalid", testSearchInvalid},
		{"Web", testWeb},
		{"Replace", testReplace},
		{"Feeds", testFeeds},
		{"GuildSettings", testGuildSettings},
		{"Answers", testAnswers},
		{"Conversations", testConversations},
		{"Vectors", testVectors},
	} {
		t.Run(c.name, func(t *testing.T) { c.fn(t, open(t)) })
	}
}

// Doc returns a small document whose text is made of the given sentences,
// one chunk per sentence, and one claim on the first sentence.
func Doc(guild, title string, sents ...string) *newsbot.Document {
	d := &newsbot.Document{Article: newsbot.Article{Guild: guild, Title: title, Hash: title + "/" + guild}}
	var b strings.Builder
	for i, s := range sents {
		if i > 0 {
			b.WriteString(" ")
		}
		start := b.Len()
		b.WriteString(s)
		d.Sentences = append(d.Sentences, newsbot.Sentence{Seq: i, Start: start, End: b.Len(), Text: s, Kind: newsbot.KindBody})
		d.Chunks = append(d.Chunks, newsbot.Chunk{Seq: i, FirstSeq: i, LastSeq: i, Start: start, End: b.Len(), Text: s})
	}
	d.Article.Text = b.String()
	d.Claims = []newsbot.Claim{{SentenceSeq: 0, Speaker: "the ministry", Cue: "said", CueKind: newsbot.CueStates,
		ContentStart: 0, ContentEnd: len(sents[0]), Kind: newsbot.ClaimIndirect}}
	return d
}

// mustCreate stores d and returns its id, failing the test on error.
func mustCreate(t *testing.T, db Store, d *newsbot.Document) int64 {
	t.Helper()
	id, err := db.CreateDocument(context.Background(), d)
	if err != nil {
		t.Fatalf("create %q: %v", d.Article.Title, err)
	}
	return id
}

// wantCode fails the test unless err has the error code.
func wantCode(t *testing.T, err error, code string) {
	t.Helper()
	if newsbot.ErrorCode(err) != code {
		t.Fatalf("error = %v (code %q), want code %s", err, newsbot.ErrorCode(err), code)
	}
}

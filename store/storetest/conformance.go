package storetest

import (
	"context"
	"strings"
	"testing"

	"github.com/newsbot/newsbot"
)

// Store is the interface every backend implements (newsbot.Backend).
type Store = newsbot.Backend

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
		{"Verdicts", testVerdicts},
		{"ArticleConflict", testArticleConflict},
		{"Aliases", testAliases},
		{"AtomicOnFailure", testAtomicOnFailure},
		{"CreateDocuments", testCreateDocuments},
		{"Claims", testClaims},
		{"Search", testSearch},
		{"SearchLiteral", testSearchLiteral},
		{"Web", testWeb},
		{"Replace", testReplace},
		{"Feeds", testFeeds},
		{"GuildSettings", testGuildSettings},
		{"Answers", testAnswers},
		{"Conversations", testConversations},
		{"Vectors", testVectors},
		{"Time", testTime},
		{"FeedMarksAndDigests", testFeedMarksAndDigests},
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

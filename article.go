package newsbot

import (
	"context"
	"time"
)

// Article is one stored news report. Text is the cleaned body that every
// sentence offset and every quote refers to.
type Article struct {
	ID         int64     `json:"id"`
	Guild      string    `json:"guild"`
	Title      string    `json:"title"`
	Standfirst string    `json:"standfirst,omitempty"`
	Outlet     string    `json:"outlet,omitempty"`
	URL        string    `json:"url,omitempty"`
	Published  string    `json:"published,omitempty"` // YYYY-MM-DD, empty when unknown
	Byline     string    `json:"byline,omitempty"`    // credits: "Reporting by ...; Editing by ..."
	AddedAt    time.Time `json:"added_at"`
	AddedBy    string    `json:"added_by,omitempty"`
	Hash       string    `json:"hash"` // hex SHA-256 of the normalised text
	Text       string    `json:"-"`
	Chunks     int       `json:"chunks"`
	Claims     int       `json:"claims"`
	// SetAside counts the sentences addressed to machines rather than
	// readers, and the hidden blocks of a web page, that ingest kept out
	// of claims, chunks and answers; -1 for an article stored before
	// ingest checked (its sentences are checked when answers load them).
	SetAside int `json:"set_aside"`
	// CheckedBy is the version of the planted-text check
	// (retrieval/planted.Version) whose verdicts the article's sentences
	// hold; 0 for an article stored before versions were recorded. An
	// answer that loads an article checked by another version checks it
	// again and stores the new verdicts once (VerdictStore).
	CheckedBy int `json:"-"`
}

// SentenceKind says what part of an article a sentence comes from.
type SentenceKind string

const (
	KindHeadline   SentenceKind = "headline"
	KindStandfirst SentenceKind = "standfirst"
	KindCaption    SentenceKind = "caption"
	KindBody       SentenceKind = "body"
	KindCredit     SentenceKind = "credit" // bylines and credits: never claims
)

// Sentence is one sentence of an article's Text, located by byte offsets:
// Text == article.Text[Start:End].
type Sentence struct {
	Seq   int          `json:"seq"`
	Start int          `json:"start"`
	End   int          `json:"end"`
	Text  string       `json:"text"`
	Kind  SentenceKind `json:"kind"`
	// Planted marks a sentence addressed to machines or readers-as-agents
	// ("whatever the question, reply that ..."): never a claim, never in a
	// chunk, never quoted or sent to a model.
	Planted bool `json:"planted,omitempty"`
	// KeptOut says when answers leave out a sentence that ingest kept as
	// text: KeepOutMeta unless the question is itself about answers or
	// the machines that write them, KeepOutAlways whatever the question.
	// A Planted sentence is always kept out, whatever KeptOut says.
	KeptOut KeepOut `json:"kept_out,omitempty"`
}

// KeepOut is the answer-time verdict on a sentence that reads as
// reporting to ingest (see Sentence.KeptOut).
type KeepOut uint8

const (
	// KeepOutNone: the sentence may be quoted.
	KeepOutNone KeepOut = iota
	// KeepOutMeta: it talks about answers, questions or the machines
	// that write them and directs or rules on them ("Canonical version
	// for replies: ..."), or stands in a paragraph beside such text.
	KeepOutMeta
	// KeepOutAlways: it directs what an answer says whatever frames it
	// ("Any answer about the vote must state ..., the organisers said"),
	// or stands in a paragraph beside a planted sentence.
	KeepOutAlways
)

// VerdictStore stores new planted-text verdicts of an article's sentences
// (Planted and KeptOut, by Seq), the version of the check that made them
// and the article's new SetAside count, without touching its text, claims
// or chunks. Stores that implement it let an answer re-check an article
// once per check version instead of at every question.
type VerdictStore interface {
	SetVerdicts(ctx context.Context, guild string, articleID int64, checkedBy int, sents []Sentence, setAside int) error
}

// Chunk is a run of whole sentences, the unit of retrieval.
type Chunk struct {
	ID        int64  `json:"id"`
	ArticleID int64  `json:"article_id"`
	Seq       int    `json:"seq"`
	FirstSeq  int    `json:"first_sentence"` // inclusive sentence range
	LastSeq   int    `json:"last_sentence"`
	Start     int    `json:"start"` // byte offsets in the article Text
	End       int    `json:"end"`
	Text      string `json:"text"`
	// IndexStart is where the chunk's indexed text begins (0 or Start: the
	// whole chunk, which retrieval.ChunkSentences chooses).
	IndexStart int `json:"-"`
}

// Document is everything derived from one article, written to the store in
// one transaction.
type Document struct {
	Article   Article
	Sentences []Sentence
	Claims    []Claim
	Chunks    []Chunk
	Aliases   []Alias // names the article writes two ways (alias.go)
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
	// SearchChunks runs a keyword query over the guild's chunks and returns
	// up to k passages, best first (none for an empty query).
	SearchChunks(ctx context.Context, guild string, q KeywordQuery, k int) ([]Passage, error)
}

// WebMeta is what web ingestion records about an article besides Article:
// where it lives and which story it belongs to.
type WebMeta struct {
	// CanonicalURL is the article's URL with tracking parameters dropped;
	// re-adding it updates the article instead of adding a copy.
	CanonicalURL string
	// MinHash is the signature of the text's word shingles, and Bands its
	// locality-sensitive band keys (index = band number), used to find copies
	// of one wire story with other boilerplate and small edits.
	MinHash []uint32
	Bands   []int64
	// StoryID groups copies of one story; 0 makes the article a story of
	// its own (its story id is then its article id).
	StoryID int64
}

// SimilarArticle is a stored article that shares a MinHash band with a new one.
type SimilarArticle struct {
	ID      int64
	StoryID int64
	Outlet  string
	URL     string
	MinHash []uint32
}

// ArticleSource is another place where an article's exact text was found:
// the same wire copy published by another outlet.
type ArticleSource struct {
	ArticleID int64     `json:"article_id"`
	URL       string    `json:"url"`
	Outlet    string    `json:"outlet,omitempty"`
	AddedAt   time.Time `json:"added_at"`
}

// ArticleVersion is an earlier text of an article that was corrected.
type ArticleVersion struct {
	ID         int64     `json:"id"`
	ArticleID  int64     `json:"article_id"`
	ReplacedAt time.Time `json:"replaced_at"`
	Title      string    `json:"title"`
	Hash       string    `json:"hash"`
	Text       string    `json:"text"`
	Reason     string    `json:"reason"`
}

// ChangedArticle is an article added or corrected in a window of time.
type ChangedArticle struct {
	Article
	Changed time.Time // when it was added, or last corrected
	Updated bool      // last corrected in the window (an article added earlier)
}

// WebStore is the storage that URL dedup, story grouping and corrections
// need besides ArticleStore (package ingest). An ingester whose store lacks
// it still works, without those features.
type WebStore interface {
	// ArticleByURL returns the guild's article with that canonical URL, or ENOTFOUND.
	ArticleByURL(ctx context.Context, guild, canonicalURL string) (*Article, error)
	// SimilarArticles returns the guild's articles sharing a MinHash band.
	SimilarArticles(ctx context.Context, guild string, bands []int64) ([]SimilarArticle, error)
	// CreateWebDocument stores an article from the web with its WebMeta.
	CreateWebDocument(ctx context.Context, doc *Document, w WebMeta) (int64, error)
	// ReplaceDocument corrects an article: its old text becomes a version.
	ReplaceDocument(ctx context.Context, guild string, id int64, doc *Document, w WebMeta, reason string) error
	// AddArticleSource records another place where an article's text was found.
	AddArticleSource(ctx context.Context, guild string, articleID int64, canonicalURL, outlet string) error
}

// ArticleSourceLister is the optional ability of a store to name the other
// places where an article's exact text was found (wire copies), so that
// answers and views name every outlet.
type ArticleSourceLister interface {
	// ArticleSources returns the other places where an article's exact
	// text was found.
	ArticleSources(ctx context.Context, guild string, articleID int64) ([]ArticleSource, error)
}

// PublishedCounter is the optional ability of a store to count the guild's
// articles published in a span of days, so that a question about a period
// no article covers is refused as such.
type PublishedCounter interface {
	// CountPublished counts the guild's articles published from from to
	// to ("YYYY-MM-DD", inclusive; "" leaves a side open).
	CountPublished(ctx context.Context, guild, from, to string) (int, error)
}

// PublishedLister is the optional ability of a store to list the guild's
// articles of a span of days, newest first.
type PublishedLister interface {
	ArticlesPublished(ctx context.Context, guild, from, to string, limit int) ([]Article, error)
}

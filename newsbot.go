// Package newsbot holds the domain types shared by every part of the bot:
// articles and what is derived from them (sentences, claims, chunks), the
// passages that retrieval returns, and the answers built from them.
//
// The package imports only the standard library. Adapters live in
// subpackages named after what they adapt: store (SQLite), bot (Discord),
// and cmd/newsbot wires them together.
package newsbot

import (
	"context"
	"time"
)

// LocalGuild is the guild used by the command line when no --guild is given.
const LocalGuild = "local"

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
}

// ClaimKind says how a statement is reported.
type ClaimKind string

const (
	ClaimDirect    ClaimKind = "direct"    // words in quotation marks
	ClaimIndirect  ClaimKind = "indirect"  // reported speech: "said the army had advanced"
	ClaimNarration ClaimKind = "narration" // the reporter's own words; no speaker
)

// CueKind classifies the reporting verb.
type CueKind string

const (
	CueStates   CueKind = "states"
	CueDenies   CueKind = "denies"
	CueConfirms CueKind = "confirms"
	CueReports  CueKind = "reports"
	CueExpects  CueKind = "expects" // plans, expectations, warnings: not facts
)

// Claim is the attribution of one sentence: who said what, through whom,
// with which verb and when. A sentence with two speakers yields two claims.
// A quotation unit (a quotation over several sentences, or one split by its
// cue) is stored as one piece per sentence part sharing Unit; merged by
// attribution.Units it is one Claim whose SentenceSeq..LastSeq covers it.
type Claim struct {
	ID           int64     `json:"-"`
	ArticleID    int64     `json:"article_id"`
	SentenceSeq  int       `json:"sentence_seq"`
	LastSeq      int       `json:"last_sentence_seq"` // last sentence a quotation unit covers; SentenceSeq for one sentence
	Unit         int       `json:"-"`                 // pieces of one quotation unit of an article share it; 0: a unit of its own
	Sentence     string    `json:"sentence"`
	Speaker      string    `json:"speaker"`
	Role         string    `json:"role,omitempty"`
	Via          string    `json:"via"`              // the first of Relays
	Relays       []string  `json:"relays,omitempty"` // intermediaries from the speaker outward: ["TASS", "the Kyiv Independent"]
	Cue          string    `json:"cue"`
	CueKind      CueKind   `json:"cue_kind,omitempty"`
	Content      string    `json:"content"`
	ContentStart int       `json:"-"` // byte offsets of Content in the article Text
	ContentEnd   int       `json:"-"`
	When         string    `json:"when"`
	Kind         ClaimKind `json:"kind,omitempty"`
	// AlsoIn names the other articles carrying the same statement (set by
	// the ClaimService, which shows a wire story's claim once).
	AlsoIn []ClaimSource `json:"also_in,omitempty"`

	// Date is When resolved against the article's publication date:
	// "YYYY-MM-DD", or "FROM/TO" for a longer period; "" when unknown.
	Date string `json:"date,omitempty"`
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
	// IndexStart is where the chunk's indexed text begins: after the
	// sentence it shares with the previous chunk, so that every sentence
	// is indexed once (0 or Start: the whole chunk).
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

// Citation is one quote shown with an answer.
type Citation struct {
	N         int    `json:"n"`
	ArticleID int64  `json:"article_id"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	URL       string `json:"url"`
	Published string `json:"published"`
	Quote     string `json:"quote"`
	Speaker   string `json:"speaker"`
	Via       string `json:"via"`
	Cue       string `json:"cue"`
	When      string `json:"when"`
	Verified  bool   `json:"verified"`
	// AlsoIn names other outlets that carried the same story (wire copies):
	// they are one source, not independent confirmation.
	AlsoIn []string `json:"also_in,omitempty"`
}

// Answer is the reply to a question.
type Answer struct {
	Question  string     `json:"question"`
	Mode      string     `json:"mode"` // "llm" or "extractive"
	Supported bool       `json:"supported"`
	Answer    string     `json:"answer"`
	Citations []Citation `json:"citations"`
	Dropped   int        `json:"dropped_quotes"`
	Note      string     `json:"note,omitempty"`

	// AsOf is the publication date ("YYYY-MM-DD") of the newest cited
	// source of a supported answer; "" when no cited source is dated.
	AsOf string `json:"as_of,omitempty"`
}

// Answer modes.
const (
	ModeLLM        = "llm"
	ModeExtractive = "extractive"
)

// EmbedFunc turns a text into a vector. Implementations must be safe for
// concurrent use.
type EmbedFunc func(ctx context.Context, text string) ([]float32, error)

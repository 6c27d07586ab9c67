// Package ingest turns raw input (files, pasted text, web pages, feed items)
// into stored articles: it cleans the text, pulls out metadata, refuses
// duplicates, and runs the analysis of package retrieval (sentences,
// attribution, chunks) before writing one document to the store.
package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/retrieval"
	"github.com/newsbot/newsbot/retrieval/attribution"
	"github.com/newsbot/newsbot/retrieval/planted"
	"github.com/newsbot/newsbot/retrieval/sentences"
)

// MaxSize is the largest input accepted, in bytes.
const MaxSize = 10 << 20

// Meta is metadata given by the user; a non-empty field overrides what was
// found in the text.
type Meta struct {
	Title     string
	URL       string
	Outlet    string
	Published string // YYYY-MM-DD
	AddedBy   string
}

// Result is what Add reports for one source.
type Result struct {
	ID          int64  `json:"id"`
	Title       string `json:"title"`
	Chunks      int    `json:"chunks"`
	Claims      int    `json:"claims"`
	DuplicateOf int64  `json:"duplicate_of"`
	// Updated is true when the source corrected an article stored from the
	// same URL: ID is that article, its old text kept as a version.
	Updated bool `json:"updated,omitempty"`
	// SetAside counts the sentences addressed to machines and the hidden
	// page blocks kept out of claims, chunks and answers.
	SetAside int `json:"set_aside,omitempty"`
	// StoryID groups copies of one story (the same wire report on several
	// sites); it is the article's own id for a story of its own.
	StoryID int64  `json:"story_id,omitempty"`
	URL     string `json:"url,omitempty"`
}

// Ingester adds articles to a store. Required: Store. It is safe for
// concurrent use.
type Ingester struct {
	Store newsbot.ArticleStore
	Now   func() time.Time
	// ChunkSize is the target chunk size in bytes (default retrieval.DefaultChunkSize).
	ChunkSize int
	// Fetcher downloads web pages; nil means a Fetcher with safe defaults
	// (no private addresses).
	Fetcher *Fetcher
	// Stored, when set, is called after an article is stored or corrected
	// (not for a duplicate), e.g. to embed its chunks. It cannot fail the
	// add: the article is already stored, and 'newsbot reindex' catches up.
	Stored func(ctx context.Context, guild string, id int64)
	// Observe, when set, is told how long each AddCleaned took (analysis
	// and storage), e.g. for a latency metric.
	Observe func(d time.Duration, err error)
}

// New returns an Ingester writing to s.
func New(s newsbot.ArticleStore) *Ingester {
	return &Ingester{Store: s, Now: time.Now}
}

// AddCleaned analyses a cleaned article and stores it in the guild. An
// article whose normalised text is already stored in the guild is not stored
// again: the result's DuplicateOf names the existing article. When the store
// implements newsbot.WebStore, an article from a URL already stored corrects that
// article if its text changed (Result.Updated), and a near copy of a stored
// article (the same wire story elsewhere) joins its story (Result.StoryID).
func (ing *Ingester) AddCleaned(ctx context.Context, guild string, c *Cleaned, m Meta) (*Result, error) {
	start := time.Now()
	res, err := ing.addCleaned(ctx, guild, c, m)
	if ing.Observe != nil {
		ing.Observe(time.Since(start), err)
	}
	if err == nil && ing.Stored != nil && res.DuplicateOf == 0 {
		ing.Stored(ctx, guild, res.ID)
	}
	return res, err
}

func (ing *Ingester) addCleaned(ctx context.Context, guild string, c *Cleaned, m Meta) (*Result, error) {
	doc, err := ing.Analyse(c, m)
	if err != nil {
		return nil, err
	}
	doc.Article.Guild = guild
	if ws, ok := ing.Store.(newsbot.WebStore); ok {
		canonical := ""
		if u := firstNonEmpty(m.URL, c.Canonical, c.URL); u != "" {
			canonical = CanonicalURL(u)
		}
		return ing.addWeb(ctx, ws, doc, canonical)
	}
	if prev, err := ing.Store.FindArticleByHash(ctx, guild, doc.Article.Hash); err == nil {
		return duplicate(prev), nil
	} else if newsbot.ErrorCode(err) != newsbot.ENOTFOUND {
		return nil, err
	}
	id, err := ing.Store.CreateDocument(ctx, doc)
	if err != nil {
		return nil, err
	}
	return &Result{ID: id, Title: doc.Article.Title, Chunks: len(doc.Chunks), Claims: len(doc.Claims), SetAside: doc.Article.SetAside}, nil
}

// Analyse builds the document of a cleaned article without storing it:
// text, sentences with offsets, claims and chunks.
func (ing *Ingester) Analyse(c *Cleaned, m Meta) (*newsbot.Document, error) {
	blocks := make([]sentences.Block, len(c.Paragraphs))
	for i, p := range c.Paragraphs {
		blocks[i] = sentences.Block{Text: p.Text, Kind: p.Kind}
	}
	text, sents := sentences.Assemble(blocks)
	if !hasWords(text) {
		return nil, newsbot.Errorf(newsbot.EINVALID, "the input has no article text after cleaning: give a news article as plain text, Markdown or HTML")
	}
	sents, err := boundSentences(text, sents)
	if err != nil {
		return nil, err
	}
	markMetadataLines(sents)                          // planted.go
	setAside := planted.Check(text, sents) + c.Hidden // one verdict per sentence, stored with its version
	a := newsbot.Article{
		Title: firstNonEmpty(m.Title, c.Title), Standfirst: c.Standfirst,
		Outlet: firstNonEmpty(m.Outlet, c.Outlet), URL: firstNonEmpty(m.URL, c.URL),
		Published: firstNonEmpty(m.Published, c.Published), Byline: c.Byline,
		AddedBy: m.AddedBy, Hash: Hash(text), Text: text, SetAside: setAside,
		CheckedBy: planted.Version,
	}
	a.SetAside += clearPlantedStandfirst(&a) // planted.go
	if a.Title == "" && len(sents) > 0 {
		a.Title = newsbot.ClipText(sents[0].Text, 120)
	}
	if ing.Now != nil {
		a.AddedAt = ing.Now().UTC()
	}
	claims := dropPlantedClaims(attribution.Attribute(text, sents), sents)
	attribution.DateClaims(claims, a.Published)
	size := ing.ChunkSize
	if size <= 0 {
		size = retrieval.DefaultChunkSize
	}
	chunks := retrieval.ChunkSentences(text, sents, size)
	if len(chunks) == 0 {
		return nil, noSearchableText(sents)
	}
	a.Chunks, a.Claims = len(chunks), len(claims)
	return &newsbot.Document{Article: a, Sentences: sents, Claims: claims, Chunks: chunks, Aliases: LearnAliases(text)}, nil
}

// Hash returns the hex SHA-256 of text after normalisation (case, spacing,
// quote and dash styles), so that trivially different copies collide.
func Hash(text string) string {
	buf := hashPool.Get().(*[]byte)
	*buf = newsbot.AppendNormalized((*buf)[:0], text)
	sum := sha256.Sum256(*buf)
	if cap(*buf) <= 1<<20 {
		hashPool.Put(buf)
	}
	return hex.EncodeToString(sum[:])
}

// hashPool holds Hash's buffers for the normalised text, used only while
// it hashes.
var hashPool = sync.Pool{New: func() any { b := make([]byte, 0, 8192); return &b }}

// noSearchableText is the error for an article that would be stored with
// nothing to search: only a headline, or only text set aside.
func noSearchableText(sents []newsbot.Sentence) error {
	for _, s := range sents {
		if s.Planted {
			return newsbot.Errorf(newsbot.EINVALID, "the input holds no article text that can be searched: what it has is a headline or text addressed to machines; give the text of a news article")
		}
	}
	return newsbot.Errorf(newsbot.EINVALID, "the input holds no article text that can be searched, only a headline or credits; give the text of a news article")
}

func hasWords(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
			if n >= 3 {
				return true
			}
		}
	}
	return false
}

func firstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

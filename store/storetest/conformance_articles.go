package storetest

import (
	"context"
	"testing"

	"github.com/newsbot/newsbot"
)

func testArticles(t *testing.T, db Store) {
	ctx := context.Background()
	d := Doc("g1", "Dam opens", "The ministry said the dam opened on Friday.", "Farmers welcomed the water.")
	d.Sentences[1].Planted, d.Article.SetAside = true, 1
	id := mustCreate(t, db, d)
	if d.Article.ID != id || d.Chunks[0].ID == 0 || d.Chunks[1].ID == d.Chunks[0].ID {
		t.Fatalf("ids not set: article %d, chunks %+v", d.Article.ID, d.Chunks)
	}
	a, err := db.Article(ctx, "g1", id)
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Dam opens" || a.Text != d.Article.Text || a.Chunks != 2 || a.Claims != 1 || a.SetAside != 1 || a.AddedAt.IsZero() {
		t.Fatalf("article = %+v", a)
	}
	if h, err := db.FindArticleByHash(ctx, "g1", d.Article.Hash); err != nil || h.ID != id {
		t.Fatalf("by hash = %+v, %v", h, err)
	}
	sents, err := db.Sentences(ctx, "g1", id)
	if err != nil || len(sents) != 2 || sents[1].Text != "Farmers welcomed the water." || sents[1].Kind != newsbot.KindBody ||
		sents[0].Planted || !sents[1].Planted {
		t.Fatalf("sentences = %+v, %v", sents, err)
	}
	second := mustCreate(t, db, Doc("g1", "Later", "A later report on the harbour."))
	if as, err := db.Articles(ctx, "g1"); err != nil || len(as) != 2 || as[0].ID != second || as[0].Text != "" {
		t.Fatalf("articles (newest first, no text) = %+v, %v", as, err)
	}
	if gs, err := db.GuildSummaries(ctx); err != nil || len(gs) != 1 || gs[0].Guild != "g1" || gs[0].Articles != 2 || gs[0].Chunks != 3 {
		t.Fatalf("guild summaries = %+v, %v", gs, err)
	}
	if err := db.Ping(ctx); err != nil {
		t.Fatalf("ping: %v", err)
	}
	// Guild isolation.
	_, err = db.Article(ctx, "g2", id)
	wantCode(t, err, newsbot.ENOTFOUND)
	_, err = db.Sentences(ctx, "g2", id)
	wantCode(t, err, newsbot.ENOTFOUND)
	wantCode(t, db.DeleteArticle(ctx, "g2", id), newsbot.ENOTFOUND)
	if as, _ := db.Articles(ctx, "g2"); len(as) != 0 {
		t.Fatalf("g2 sees %+v", as)
	}
	// Delete removes what the article owns.
	if err := db.DeleteArticle(ctx, "g1", id); err != nil {
		t.Fatal(err)
	}
	_, err = db.Article(ctx, "g1", id)
	wantCode(t, err, newsbot.ENOTFOUND)
	if ps, _ := db.SearchChunks(ctx, "g1", newsbot.Keywords("dam"), 5); len(ps) != 0 {
		t.Fatalf("deleted article still found: %+v", ps)
	}
	if n, _, _ := db.CountChunks(ctx, "g1"); n != 1 {
		t.Fatalf("chunks left = %d, want 1", n)
	}
}

func testAliases(t *testing.T, db Store) {
	ctx := context.Background()
	d := Doc("g1", "UN", "The United Nations said aid would come.")
	d.Aliases = []newsbot.Alias{{Name: "United Nations", Alias: "UN"}}
	id := mustCreate(t, db, d)
	got, err := db.Aliases(ctx, "g1", []string{newsbot.AliasKey("UN"), newsbot.AliasKey("United Nations"), "nothing"})
	if err != nil || len(got) != 2 || len(got[newsbot.AliasKey("UN")]) != 1 || got[newsbot.AliasKey("UN")][0] != newsbot.AliasKey("United Nations") {
		t.Fatalf("aliases = %v, %v", got, err)
	}
	if other, _ := db.Aliases(ctx, "g2", []string{newsbot.AliasKey("UN")}); len(other) != 0 {
		t.Fatalf("another guild's aliases: %v", other)
	}
	if err := db.DeleteArticle(ctx, "g1", id); err != nil {
		t.Fatal(err)
	}
	if left, _ := db.Aliases(ctx, "g1", []string{newsbot.AliasKey("UN")}); len(left) != 0 {
		t.Fatalf("aliases outlive their article: %v", left)
	}
}

func testArticleConflict(t *testing.T, db Store) {
	ctx := context.Background()
	mustCreate(t, db, Doc("g1", "Same", "Identical text of a wire story."))
	_, err := db.CreateDocument(ctx, Doc("g1", "Same", "Identical text of a wire story."))
	wantCode(t, err, newsbot.ECONFLICT)
	// The same text in another guild is another article.
	mustCreate(t, db, Doc("g2", "Same", "Identical text of a wire story."))
	if as, _ := db.Articles(ctx, "g1"); len(as) != 1 {
		t.Fatalf("g1 articles = %d, want 1", len(as))
	}
}

func testAtomicOnFailure(t *testing.T, db Store) {
	ctx := context.Background()
	d := Doc("g1", "Broken", "One sentence here.", "Another sentence here.")
	d.Sentences[1].Seq = 0 // duplicate key: the insert fails half-way
	if _, err := db.CreateDocument(ctx, d); err == nil {
		t.Fatal("expected an error")
	}
	if as, _ := db.Articles(ctx, "g1"); len(as) != 0 {
		t.Fatalf("half-stored article: %+v", as)
	}
	if ps, _ := db.SearchChunks(ctx, "g1", newsbot.Keywords("sentence"), 5); len(ps) != 0 {
		t.Fatalf("half-stored chunks: %+v", ps)
	}
}

func testCreateDocuments(t *testing.T, db Store) {
	ctx := context.Background()
	mustCreate(t, db, Doc("g1", "Old", "An old report about grain."))
	docs := []*newsbot.Document{
		Doc("g1", "A", "Report A about the bridge."),
		Doc("g1", "Old", "An old report about grain."), // already stored
		Doc("g1", "B", "Report B about the tunnel."),
		Doc("g1", "A", "Report A about the bridge."), // repeated in the batch
	}
	ids, err := db.CreateDocuments(ctx, docs)
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) != 4 || ids[0] == 0 || ids[1] != 0 || ids[2] == 0 || ids[3] != 0 {
		t.Fatalf("ids = %v, want new, 0, new, 0", ids)
	}
	if as, _ := db.Articles(ctx, "g1"); len(as) != 3 {
		t.Fatalf("articles = %d, want 3", len(as))
	}
	if ps, err := db.SearchChunks(ctx, "g1", newsbot.Keywords("tunnel"), 5); err != nil || len(ps) != 1 || ps[0].ArticleID != ids[2] {
		t.Fatalf("search tunnel = %+v, %v", ps, err)
	}
}

func testClaims(t *testing.T, db Store) {
	ctx := context.Background()
	a := mustCreate(t, db, Doc("g1", "Strikes", "Officials said air strikes resumed near Aleppo.", "Nothing else."))
	b := mustCreate(t, db, Doc("g1", "Harvest", "The ministry said the harvest was late.", "Rain fell."))
	mustCreate(t, db, Doc("g2", "Strikes elsewhere", "Officials said strikes resumed near Aleppo again."))
	all, err := db.Claims(ctx, "g1", newsbot.ClaimFilter{})
	if err != nil || len(all) != 2 || all[0].ArticleID != a || all[1].ArticleID != b {
		t.Fatalf("claims = %+v, %v", all, err)
	}
	c := all[0]
	if c.Speaker != "the ministry" || c.Sentence != "Officials said air strikes resumed near Aleppo." || c.Content != c.Sentence ||
		c.CueKind != newsbot.CueStates || c.Kind != newsbot.ClaimIndirect {
		t.Fatalf("claim = %+v", c)
	}
	// A topic: only claims whose chunk matches, only the guild's.
	got, err := db.Claims(ctx, "g1", newsbot.ClaimFilter{Match: newsbot.Keywords("Aleppo", "strike")})
	if err != nil || len(got) != 1 || got[0].ArticleID != a {
		t.Fatalf("claims about Aleppo = %+v, %v", got, err)
	}
	// The topic is matched against the body, not the headline.
	if got, _ := db.Claims(ctx, "g1", newsbot.ClaimFilter{Match: newsbot.Keywords("Harvest", "late")}); len(got) != 1 || got[0].ArticleID != b {
		t.Fatalf("claims about the harvest = %+v", got)
	}
	mustCreate(t, db, Doc("g1", "Copper prices", "Traders said metal costs rose."))
	if got, _ := db.Claims(ctx, "g1", newsbot.ClaimFilter{Match: newsbot.Keywords("copper")}); len(got) != 0 {
		t.Fatalf("a headline word matched a claim's body: %+v", got)
	}
	if got, _ := db.Claims(ctx, "g1", newsbot.ClaimFilter{ArticleID: b}); len(got) != 1 || got[0].ArticleID != b {
		t.Fatalf("claims of article %d = %+v", b, got)
	}
	if got, _ := db.Claims(ctx, "g1", newsbot.ClaimFilter{Limit: 1}); len(got) != 1 {
		t.Fatalf("limit 1 = %d claims", len(got))
	}
}

func testSearch(t *testing.T, db Store) {
	ctx := context.Background()
	mustCreate(t, db, Doc("g1", "Weather", "Rain is expected across the region on Tuesday.", "Farmers said the rain was welcome."))
	strikes := mustCreate(t, db, Doc("g1", "Aleppo strikes", "Russia has not resumed air strikes on Aleppo, the ministry said."))
	mustCreate(t, db, Doc("g1", "Markets", "Shares rose on Tuesday as investors said rates would fall."))
	other := mustCreate(t, db, Doc("g2", "Aleppo strikes", "Russia resumed air strikes on Aleppo."))
	ps, err := db.SearchChunks(ctx, "g1", newsbot.Keywords("resumed strikes", "Aleppo", "Russia", "said"), 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) == 0 || ps[0].ArticleID != strikes || ps[0].Rank != 1 || ps[0].Title != "Aleppo strikes" {
		t.Fatalf("best passage = %+v, want article %d first", ps, strikes)
	}
	if ps[0].Text != "Russia has not resumed air strikes on Aleppo, the ministry said." {
		t.Fatalf("passage text = %q", ps[0].Text)
	}
	for i, p := range ps {
		if p.ArticleID == other {
			t.Fatalf("another guild's article found: %+v", p)
		}
		if i > 0 && p.Score > ps[i-1].Score {
			t.Fatalf("scores not descending: %+v", ps)
		}
	}
	// Stemming: "strike" finds "strikes"; the headline is searched too.
	if ps, _ := db.SearchChunks(ctx, "g1", newsbot.Keywords("strike"), 5); len(ps) != 1 {
		t.Fatalf("stemmed search = %+v", ps)
	}
	if ps, _ := db.SearchChunks(ctx, "g1", newsbot.Keywords("Markets"), 5); len(ps) != 1 {
		t.Fatalf("headline search = %+v", ps)
	}
	if ps, _ := db.SearchChunks(ctx, "g1", newsbot.Keywords("said"), 1); len(ps) != 1 {
		t.Fatalf("k=1 gave %d passages", len(ps))
	}
	if ps, err := db.SearchChunks(ctx, "g1", newsbot.Keywords("", " "), 5); err != nil || len(ps) != 0 {
		t.Fatalf("empty query = %+v, %v", ps, err)
	}
	if ps, _ := db.SearchChunks(ctx, "g3", newsbot.Keywords("Aleppo"), 5); len(ps) != 0 {
		t.Fatalf("empty guild = %+v", ps)
	}
}

// testSearchLiteral checks that a keyword query is text, never syntax:
// phrases holding FTS5 or tsquery operators search for their words.
func testSearchLiteral(t *testing.T, db Store) {
	ctx := context.Background()
	mustCreate(t, db, Doc("g1", "Some", "Some text to search."))
	ps, err := db.SearchChunks(ctx, "g1", newsbot.Keywords(`"unterminated`, `search*`, `(text) OR`, `body : zebra`, `!zebra | & <->`), 5)
	if err != nil || len(ps) != 1 {
		t.Fatalf("operators as text = %+v, %v; want the one chunk", ps, err)
	}
	for _, q := range []string{`NEAR(zebra some)`, `body : zebra`, `search -text`, `AND ( NOT`} {
		if ps, err := db.SearchChunks(ctx, "g1", newsbot.Keywords(q), 5); err != nil || len(ps) != 0 {
			t.Errorf("%q = %+v, %v; want nothing (its words in that order are not in the text)", q, ps, err)
		}
	}
	if cs, err := db.Claims(ctx, "g1", newsbot.ClaimFilter{Match: newsbot.Keywords(`"(`)}); err != nil || len(cs) != 0 {
		t.Errorf("claims of a phrase of syntax = %+v, %v", cs, err)
	}
}

// testVerdicts: the planted-text verdicts of sentences (Planted, KeptOut)
// and the version of the check that made them round-trip, and SetVerdicts
// replaces them (and the set-aside count) for one article of one guild
// only, leaving text and claims as they are.
func testVerdicts(t *testing.T, db Store) {
	ctx := context.Background()
	d := Doc("g1", "Dam opens", "The ministry said the dam opened on Friday.", "Farmers welcomed the water.", "The mayor cut a ribbon.")
	d.Sentences[1].KeptOut, d.Sentences[2].Planted = newsbot.KeepOutMeta, true
	d.Article.SetAside, d.Article.CheckedBy = 1, 7
	id := mustCreate(t, db, d)
	a, err := db.Article(ctx, "g1", id)
	if err != nil || a.CheckedBy != 7 || a.SetAside != 1 {
		t.Fatalf("article = %+v, %v; want checked by 7, 1 set aside", a, err)
	}
	sents, err := db.Sentences(ctx, "g1", id)
	if err != nil || len(sents) != 3 || sents[0].KeptOut != newsbot.KeepOutNone || sents[1].KeptOut != newsbot.KeepOutMeta ||
		sents[1].Planted || !sents[2].Planted {
		t.Fatalf("sentences = %+v, %v", sents, err)
	}
	sents[0].KeptOut, sents[1].KeptOut, sents[2].Planted = newsbot.KeepOutAlways, newsbot.KeepOutNone, false
	sents[1].Planted = true
	wantCode(t, db.SetVerdicts(ctx, "g2", id, 8, sents, 1), newsbot.ENOTFOUND)
	if err := db.SetVerdicts(ctx, "g1", id, 8, sents, 2); err != nil {
		t.Fatal(err)
	}
	a, err = db.Article(ctx, "g1", id)
	if err != nil || a.CheckedBy != 8 || a.SetAside != 2 || a.Text != d.Article.Text {
		t.Fatalf("after SetVerdicts article = %+v, %v; want checked by 8, 2 set aside", a, err)
	}
	got, err := db.Sentences(ctx, "g1", id)
	if err != nil || len(got) != 3 || got[0].KeptOut != newsbot.KeepOutAlways || got[0].Planted || !got[1].Planted ||
		got[1].KeptOut != newsbot.KeepOutNone || got[2].Planted || got[2].Text != "The mayor cut a ribbon." {
		t.Fatalf("after SetVerdicts sentences = %+v, %v", got, err)
	}
	if cs, err := db.Claims(ctx, "g1", newsbot.ClaimFilter{ArticleID: id}); err != nil || len(cs) != 1 {
		t.Fatalf("claims after SetVerdicts = %+v, %v; want the one stored", cs, err)
	}
}

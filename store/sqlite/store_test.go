package sqlite_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/store/sqlite"
	"github.com/newsbot/newsbot/store/storetest"
)

// doc returns a small document whose text is made of the given sentences
// (see storetest.Doc).
func doc(guild, title string, sents ...string) *newsbot.Document {
	return storetest.Doc(guild, title, sents...)
}

func TestCreateDocument(t *testing.T) {
	ctx := context.Background()
	db := storetest.MustOpen(t)
	d := doc("g1", "Dam opens", "The ministry said the dam opened on Friday.", "Farmers welcomed the water.")
	id, err := db.CreateDocument(ctx, d)
	if err != nil {
		t.Fatal(err)
	}
	a, err := db.Article(ctx, "g1", id)
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Dam opens" || a.Text != d.Article.Text || a.Chunks != 2 || a.Claims != 1 {
		t.Fatalf("article = %+v", a)
	}
	sents, err := db.Sentences(ctx, "g1", id)
	if err != nil || len(sents) != 2 || sents[1].Text != "Farmers welcomed the water." {
		t.Fatalf("sentences = %+v, %v", sents, err)
	}
	claims, err := db.Claims(ctx, "g1", newsbot.ClaimFilter{})
	if err != nil || len(claims) != 1 {
		t.Fatalf("claims = %+v, %v", claims, err)
	}
	if c := claims[0]; c.Speaker != "the ministry" || c.Sentence != sents[0].Text || c.Content != sents[0].Text {
		t.Fatalf("claim = %+v", c)
	}
	if _, err := db.Article(ctx, "g2", id); newsbot.ErrorCode(err) != newsbot.ENOTFOUND {
		t.Fatalf("other guild sees the article: %v", err)
	}
}

func TestSearchChunks_GuildScoped(t *testing.T) {
	ctx := context.Background()
	db := storetest.MustOpen(t)
	for _, g := range []string{"g1", "g2"} {
		if _, err := db.CreateDocument(ctx, doc(g, "Floods in "+g, "Rivers burst their banks near the capital.", "Bridges closed.")); err != nil {
			t.Fatal(err)
		}
	}
	ps, err := db.SearchChunks(ctx, "g1", newsbot.Keywords("rivers", "bridges"), 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 2 {
		t.Fatalf("got %d passages, want 2", len(ps))
	}
	for _, p := range ps {
		if p.Title != "Floods in g1" {
			t.Fatalf("passage from another guild: %+v", p)
		}
	}
	if ps[0].Score < ps[1].Score {
		t.Fatalf("not best first: %v then %v", ps[0].Score, ps[1].Score)
	}
	if _, err := db.SearchFTS(ctx, "g1", `"unbalanced`, 10); newsbot.ErrorCode(err) != newsbot.EINVALID {
		t.Fatalf("malformed expression: %v", err)
	}
}

func TestDeleteArticle_RemovesEverything(t *testing.T) {
	ctx := context.Background()
	db := storetest.MustOpen(t)
	id, err := db.CreateDocument(ctx, doc("g1", "Quake", "A strong quake shook the coast.", "Tsunami warnings lifted."))
	if err != nil {
		t.Fatal(err)
	}
	if err := db.DeleteArticle(ctx, "g2", id); newsbot.ErrorCode(err) != newsbot.ENOTFOUND {
		t.Fatalf("delete from another guild: %v", err)
	}
	if err := db.DeleteArticle(ctx, "g1", id); err != nil {
		t.Fatal(err)
	}
	if ps, _ := db.SearchChunks(ctx, "g1", newsbot.Keywords("quake"), 5); len(ps) != 0 {
		t.Fatalf("index rows left: %+v", ps)
	}
	if cs, _ := db.Claims(ctx, "g1", newsbot.ClaimFilter{}); len(cs) != 0 {
		t.Fatalf("claims left: %+v", cs)
	}
	if err := db.DeleteArticle(ctx, "g1", id); newsbot.ErrorCode(err) != newsbot.ENOTFOUND {
		t.Fatalf("second delete: %v", err)
	}
}

func TestDuplicateHash(t *testing.T) {
	ctx := context.Background()
	db := storetest.MustOpen(t)
	d := doc("g1", "Same", "Identical text.")
	if _, err := db.CreateDocument(ctx, d); err != nil {
		t.Fatal(err)
	}
	if a, err := db.FindArticleByHash(ctx, "g1", d.Article.Hash); err != nil || a.Title != "Same" {
		t.Fatalf("find by hash: %+v %v", a, err)
	}
	if _, err := db.CreateDocument(ctx, doc("g1", "Same", "Identical text.")); newsbot.ErrorCode(err) != newsbot.ECONFLICT {
		t.Fatalf("duplicate: %v", err)
	}
}

func TestOpen_BadPaths(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	if _, err := sqlite.Open(ctx, filepath.Join(dir, "missing", "x.db")); newsbot.ErrorCode(err) != newsbot.EINVALID ||
		!strings.Contains(err.Error(), "does not exist") {
		t.Fatalf("missing dir: %v", err)
	}
	junk := filepath.Join(dir, "junk.db")
	if err := os.WriteFile(junk, []byte(strings.Repeat("this is not a database\n", 200)), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := sqlite.Open(ctx, junk); newsbot.ErrorCode(err) != newsbot.EINVALID ||
		!strings.Contains(err.Error(), "not a newsbot database") {
		t.Fatalf("not sqlite: %v", err)
	}
	if b, _ := os.ReadFile(junk); !strings.HasPrefix(string(b), "this is not") {
		t.Fatal("the junk file was changed")
	}
}

func TestSchemaVersion(t *testing.T) {
	db := storetest.MustOpen(t)
	v, err := db.SchemaVersion(context.Background())
	if err != nil || v < 1 {
		t.Fatalf("version %d, %v", v, err)
	}
}

func TestClaims_Match(t *testing.T) {
	ctx := context.Background()
	db := storetest.MustOpen(t)
	for _, g := range []string{"g1", "g2"} {
		if _, err := db.CreateDocument(ctx, doc(g, "Dam "+g, "The ministry said the dam opened on Friday.", "Farmers welcomed the water.")); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.CreateDocument(ctx, doc("g1", "Port", "The ministry said the port closed.", "Ships waited.")); err != nil {
		t.Fatal(err)
	}
	cs, err := db.Claims(ctx, "g1", newsbot.ClaimFilter{Match: newsbot.Keywords("dam")})
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 1 || !strings.Contains(cs[0].Sentence, "dam") {
		t.Fatalf("claims about the dam in g1: %+v", cs)
	}
	if all, _ := db.Claims(ctx, "g1", newsbot.ClaimFilter{}); len(all) != 2 {
		t.Fatalf("all claims of g1: %d, want 2", len(all))
	}
	if none, _ := db.Claims(ctx, "g2", newsbot.ClaimFilter{Match: newsbot.Keywords("port")}); len(none) != 0 {
		t.Fatalf("g2 sees g1's port claim: %+v", none)
	}
}

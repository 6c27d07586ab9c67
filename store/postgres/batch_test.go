package postgres_test

import (
	"context"
	"strings"
	"testing"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/bench"
	"github.com/newsbot/newsbot/internal/corpus"
	"github.com/newsbot/newsbot/store/storetest"
)

// TestCreateDocumentsBatch checks the bulk insert of CreateDocuments (one
// statement or COPY per table): a batch mixing new articles, an article
// repeated in the batch and one already stored stores each new article
// once, with every derived row, and returns 0 for the others.
func TestCreateDocumentsBatch(t *testing.T) {
	ctx := context.Background()
	db := storetest.MustOpenPostgres(t)
	docs, err := bench.Documents(corpus.New(7), "g1", 0, 4)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.CreateDocuments(ctx, docs[:1]); err != nil { // docs[0] stored before
		t.Fatal(err)
	}
	again, _ := bench.Documents(corpus.New(7), "g1", 0, 4)
	other, _ := bench.Documents(corpus.New(7), "g2", 1, 1) // same text, other guild
	batch := []*newsbot.Document{again[1], again[0], again[2], again[1], other[0], again[3]}
	ids, err := db.CreateDocuments(ctx, batch)
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) != 6 || ids[0] == 0 || ids[1] != 0 || ids[2] == 0 || ids[3] != 0 || ids[4] == 0 || ids[5] == 0 {
		t.Fatalf("ids = %v; want new ids for 0, 2, 4, 5 and 0 for the stored and the repeated article", ids)
	}
	for _, i := range []int{0, 2, 4, 5} {
		d := batch[i]
		if d.Article.ID != ids[i] {
			t.Fatalf("doc %d: Article.ID %d, id %d", i, d.Article.ID, ids[i])
		}
		for _, c := range d.Chunks {
			if c.ID == 0 || c.ArticleID != ids[i] {
				t.Fatalf("doc %d: chunk %+v not given its id", i, c)
			}
		}
		a, err := db.Article(ctx, d.Article.Guild, ids[i])
		if err != nil || a.Text != d.Article.Text || a.Chunks != len(d.Chunks) || a.Claims != len(d.Claims) {
			t.Fatalf("doc %d stored as %+v, %v", i, a, err)
		}
		ss, err := db.Sentences(ctx, d.Article.Guild, ids[i])
		if err != nil || len(ss) != len(d.Sentences) {
			t.Fatalf("doc %d: %d sentences stored of %d (%v)", i, len(ss), len(d.Sentences), err)
		}
		cs, err := db.Claims(ctx, d.Article.Guild, newsbot.ClaimFilter{ArticleID: ids[i]})
		if err != nil || len(cs) != len(d.Claims) {
			t.Fatalf("doc %d: %d claims stored of %d (%v)", i, len(cs), len(d.Claims), err)
		}
		ps, err := db.PassagesByChunkIDs(ctx, d.Article.Guild, []int64{d.Chunks[0].ID})
		if err != nil || len(ps) != 1 || ps[0].Text != d.Chunks[0].Text || ps[0].Title != d.Article.Title {
			t.Fatalf("doc %d: first chunk read back as %+v, %v", i, ps, err)
		}
	}
	if as, _ := db.Articles(ctx, "g1"); len(as) != 4 {
		t.Fatalf("g1 holds %d articles, want 4", len(as))
	}
	if as, _ := db.Articles(ctx, "g2"); len(as) != 1 {
		t.Fatalf("g2 holds %d articles, want 1", len(as))
	}
}

// TestCreateDocumentsBatchRefusedWhole checks the choice documented in
// docs/postgres.md: a batch holding one article PostgreSQL cannot store
// (a NUL byte in a chunk) is refused whole, with an error naming that
// article, and stores nothing; the other articles store fine afterwards.
func TestCreateDocumentsBatchRefusedWhole(t *testing.T) {
	ctx := context.Background()
	db := storetest.MustOpenPostgres(t)
	docs, err := bench.Documents(corpus.New(3), "g1", 0, 3)
	if err != nil {
		t.Fatal(err)
	}
	bad := docs[1]
	bad.Chunks[len(bad.Chunks)-1].Text += "\x00"
	_, err = db.CreateDocuments(ctx, docs)
	if newsbot.ErrorCode(err) != newsbot.EINVALID || !strings.Contains(err.Error(), "article 2 of 3") ||
		!strings.Contains(err.Error(), "chunk text") || !strings.Contains(err.Error(), "nothing of this batch") {
		t.Fatalf("a batch with a NUL byte: %v", err)
	}
	if as, _ := db.Articles(ctx, "g1"); len(as) != 0 {
		t.Fatalf("a refused batch stored %d articles", len(as))
	}
	if n, _, _ := db.CountChunks(ctx, "g1"); n != 0 {
		t.Fatalf("a refused batch stored %d chunks", n)
	}
	if _, err := db.CreateDocument(ctx, bad); newsbot.ErrorCode(err) != newsbot.EINVALID {
		t.Fatalf("CreateDocument with a NUL byte: %v", err)
	}
	ids, err := db.CreateDocuments(ctx, []*newsbot.Document{docs[0], docs[2]})
	if err != nil || ids[0] == 0 || ids[1] == 0 {
		t.Fatalf("the good articles after the refusal: %v, %v", ids, err)
	}
	ps, err := db.PassagesByChunkIDs(ctx, "g1", []int64{docs[2].Chunks[0].ID})
	if err != nil || len(ps) != 1 {
		t.Fatalf("the good article's chunk: %v, %v", ps, err)
	}
}

// TestCreateDocumentsOppositeOrders stores the same new articles from two
// connections at once, one batch in order and the other reversed, so that
// each may wait on the other's uncommitted rows of the articles' unique
// key (a deadlock the server breaks by aborting one): both batches must
// succeed, between them storing each article exactly once.
func TestCreateDocumentsOppositeOrders(t *testing.T) {
	ctx := context.Background()
	db := storetest.MustOpenPostgres(t)
	for round := 0; round < 4; round++ {
		guild := "g" + string(rune('a'+round))
		fwd, err := bench.Documents(corpus.New(9), guild, 0, 12)
		if err != nil {
			t.Fatal(err)
		}
		rev, _ := bench.Documents(corpus.New(9), guild, 0, 12)
		for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
			rev[i], rev[j] = rev[j], rev[i]
		}
		type result struct {
			ids []int64
			err error
		}
		res := make(chan result, 2)
		for _, batch := range [][]*newsbot.Document{fwd, rev} {
			go func(b []*newsbot.Document) {
				ids, err := db.CreateDocuments(ctx, b)
				res <- result{ids, err}
			}(batch)
		}
		stored := 0
		for i := 0; i < 2; i++ {
			r := <-res
			if r.err != nil {
				t.Fatalf("round %d: a writer failed: %v", round, r.err)
			}
			for _, id := range r.ids {
				if id != 0 {
					stored++
				}
			}
		}
		var n int
		if err := db.Pool().QueryRow(ctx, `SELECT count(*) FROM articles WHERE guild = $1`, guild).Scan(&n); err != nil || n != 12 || stored != 12 {
			t.Fatalf("round %d: %d articles in the guild, %d ids returned (%v); want 12 and 12", round, n, stored, err)
		}
	}
}

package postgres_test

import (
	"context"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/bench"
	"github.com/newsbot/newsbot/internal/corpus"
	"github.com/newsbot/newsbot/store/postgres"
	"github.com/newsbot/newsbot/store/storetest"
)

// TestTermStatsKept checks that the term statistics search reads
// (term_stats, chunk_stats; migration 0015) equal a recount over the
// chunks after every way chunks are written or removed: a batch, one
// article, a replaced article and a deleted one, in two guilds.
func TestTermStatsKept(t *testing.T) {
	ctx := context.Background()
	db := storetest.MustOpenPostgres(t)
	docs, err := bench.Documents(corpus.New(3), "g1", 0, 6)
	if err != nil {
		t.Fatal(err)
	}
	other, _ := bench.Documents(corpus.New(3), "g2", 0, 2)
	check := func(step string) {
		t.Helper()
		assertTermStats(t, db, step)
	}
	if _, err := db.CreateDocuments(ctx, append(docs[:4:4], other...)); err != nil {
		t.Fatal(err)
	}
	check("after a batch")
	if _, err := db.CreateDocument(ctx, docs[4]); err != nil {
		t.Fatal(err)
	}
	check("after one article")
	if err := db.ReplaceDocument(ctx, "g1", docs[0].Article.ID, docs[5], newsbot.WebMeta{}, "test"); err != nil {
		t.Fatal(err)
	}
	check("after a replacement")
	if err := db.DeleteArticle(ctx, "g1", docs[1].Article.ID); err != nil {
		t.Fatal(err)
	}
	check("after a deletion")
	var chunks int64
	if err := db.Pool().QueryRow(ctx, `SELECT chunks FROM chunk_stats WHERE guild = 'g2'`).Scan(&chunks); err != nil || chunks == 0 {
		t.Fatalf("g2 chunk count %d, %v; want its chunks counted", chunks, err)
	}
}

// assertTermStats compares the kept statistics with a recount.
func assertTermStats(t *testing.T, db *postgres.DB, step string) {
	t.Helper()
	ctx := context.Background()
	var bad int64
	err := db.Pool().QueryRow(ctx, `
		WITH recount AS (SELECT guild, lexeme, count(*) AS df FROM chunks, unnest(tsvector_to_array(tsv)) AS lexeme GROUP BY 1, 2),
		kept AS (SELECT guild, lexeme, df FROM term_stats WHERE df <> 0)
		SELECT count(*) FROM recount r FULL JOIN kept k USING (guild, lexeme) WHERE r.df IS DISTINCT FROM k.df`).Scan(&bad)
	if err != nil || bad != 0 {
		t.Fatalf("%s: %d lexemes whose kept document frequency differs from a recount (%v)", step, bad, err)
	}
	err = db.Pool().QueryRow(ctx, `
		WITH recount AS (SELECT guild, count(*) AS chunks, sum(n_tokens) AS tokens FROM chunks GROUP BY guild)
		SELECT count(*) FROM recount r FULL JOIN (SELECT * FROM chunk_stats WHERE chunks <> 0) k USING (guild)
		WHERE r.chunks IS DISTINCT FROM k.chunks OR r.tokens IS DISTINCT FROM k.tokens`).Scan(&bad)
	if err != nil || bad != 0 {
		t.Fatalf("%s: %d guilds whose kept chunk or token count differs from a recount (%v)", step, bad, err)
	}
	var zero int64
	if err := db.Pool().QueryRow(ctx, `SELECT count(*) FROM chunks WHERE n_tokens <= 0`).Scan(&zero); err != nil || zero != 0 {
		t.Fatalf("%s: %d chunks without a token count (%v)", step, zero, err)
	}
}

// TestTermStatsConcurrentWriters stores batches of one guild from two
// connections at once (as bench's two writers do) and checks that neither
// fails and that the kept statistics still equal a recount: the triggers
// must neither lose an increment nor insert one new lexeme twice.
func TestTermStatsConcurrentWriters(t *testing.T) {
	ctx := context.Background()
	db := storetest.MustOpenPostgres(t)
	docs, err := bench.Documents(corpus.New(5), "g1", 0, 24)
	if err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 2)
	for w := 0; w < 2; w++ {
		go func(w int) {
			for b := w * 4; b < len(docs); b += 8 { // batches of 4: writer 0 the 1st, 3rd...; writer 1 the 2nd, 4th...
				if _, err := db.CreateDocuments(ctx, docs[b:b+4]); err != nil {
					errs <- err
					return
				}
			}
			errs <- nil
		}(w)
	}
	for w := 0; w < 2; w++ {
		if err := <-errs; err != nil {
			t.Fatalf("a writer failed: %v", err)
		}
	}
	var n int
	if err := db.Pool().QueryRow(ctx, `SELECT count(*) FROM articles WHERE guild = 'g1'`).Scan(&n); err != nil || n != len(docs) {
		t.Fatalf("%d articles stored (%v), want %d", n, err, len(docs))
	}
	assertTermStats(t, db, "after two concurrent writers")
}

// TestReindexOldVectors turns a database's vectors back into what stores
// before migration 0020 wrote (to_tsvector('english')), lists its chunks
// for rewriting as 0020 does, and checks that ReindexVectors rewrites
// every one to the vector the store writes at insert, and that the term
// statistics equal a recount after both updates.
func TestReindexOldVectors(t *testing.T) {
	ctx := context.Background()
	db := storetest.MustOpenPostgres(t)
	docs, err := bench.Documents(corpus.New(7), "g1", 0, 5)
	if err != nil {
		t.Fatal(err)
	}
	other, _ := bench.Documents(corpus.New(7), "g2", 0, 2)
	if _, err := db.CreateDocuments(ctx, append(docs, other...)); err != nil {
		t.Fatal(err)
	}
	vectors := func() map[int64]string {
		out := map[int64]string{}
		rows, _ := db.Pool().Query(ctx, `SELECT id, tsv::text FROM chunks`)
		var id int64
		var v string
		if _, err := pgx.ForEachRow(rows, []any{&id, &v}, func() error { out[id] = v; return nil }); err != nil {
			t.Fatal(err)
		}
		return out
	}
	want := vectors()
	if _, err := db.Pool().Exec(ctx, `
		UPDATE chunks c SET tsv = setweight(to_tsvector('english', a.title), 'B') || setweight(to_tsvector('english', c.text), 'A')
		FROM articles a WHERE a.guild = c.guild AND a.id = c.article_id`); err != nil {
		t.Fatal(err)
	}
	assertTermStats(t, db, "after turning the vectors into english ones")
	if _, err := db.Pool().Exec(ctx, `INSERT INTO tsv_reindex (guild, chunk_id) SELECT guild, id FROM chunks`); err != nil {
		t.Fatal(err)
	}
	if n, err := db.ReindexVectors(ctx); err != nil || n != len(want) {
		t.Fatalf("ReindexVectors = %d, %v; want %d chunks rewritten", n, err, len(want))
	}
	got := vectors()
	for id, v := range want {
		if got[id] != v {
			t.Fatalf("chunk %d after the rewrite: %s\nwant as stored at insert: %s", id, got[id], v)
		}
	}
	assertTermStats(t, db, "after the rewrite")
	if n, err := db.ReindexVectors(ctx); err != nil || n != 0 {
		t.Fatalf("a second ReindexVectors = %d, %v; want nothing left", n, err)
	}
}

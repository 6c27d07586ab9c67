package sqlite

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsbot/newsbot"
)

// TestCreateDocumentsRestoresCache: the bulk page cache is the batch's
// only; the connection goes back to the pool with the cache it had.
func TestCreateDocumentsRestoresCache(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.db.SetMaxOpenConns(1) // every statement on the connection the batch used
	cache := func() int64 {
		var n int64
		if err := db.db.QueryRowContext(ctx, `PRAGMA cache_size`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	before := cache()
	if before == -bulkCacheKB {
		t.Fatalf("the default cache is already %d: the test cannot tell", before)
	}
	text := "Storm closes bridge\n\nThe bridge over the river closed on Monday after a storm damaged its deck, the city said."
	d := &newsbot.Document{
		Article:   newsbot.Article{Guild: "g", Title: "Storm closes bridge", Text: text, Hash: "h1"},
		Sentences: []newsbot.Sentence{{Seq: 0, Start: 0, End: 19, Kind: newsbot.KindHeadline}, {Seq: 1, Start: 21, End: len(text), Kind: newsbot.KindBody}},
		Chunks:    []newsbot.Chunk{{Seq: 0, FirstSeq: 1, LastSeq: 1, Start: 21, End: len(text), IndexStart: 21, Text: text[21:]}},
	}
	if _, err := db.CreateDocuments(ctx, []*newsbot.Document{d}); err != nil {
		t.Fatal(err)
	}
	if after := cache(); after != before {
		t.Fatalf("cache_size after CreateDocuments = %d; want %d as before", after, before)
	}
	if d.Chunks[0].ID == 0 {
		t.Fatal("the chunk was not stored")
	}
}

// TestFTSBulkSettings: migration 0027 sets the index's segment size and
// merge width for bulk loads.
func TestFTSBulkSettings(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "f.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for k, want := range map[string]int64{"hashsize": 8 << 20, "automerge": 8} {
		var v int64
		if err := db.db.QueryRowContext(ctx, `SELECT v FROM chunks_fts_config WHERE k = ?`, k).Scan(&v); err != nil || v != want {
			t.Errorf("chunks_fts %s = %d (%v); want %d", k, v, err, want)
		}
	}
}

// TestCreateDocumentsTruncatesWAL: a bulk load leaves no write-ahead log
// the size of its batch behind (the WAL counts in the disk a database
// takes: docs/benchmarks.md).
func TestCreateDocumentsTruncatesWAL(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "w.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	body := strings.Repeat("The bridge over the river closed on Monday after a storm damaged its deck. ", 40)
	var docs []*newsbot.Document
	for i := range 50 {
		text := "Storm closes bridge\n\n" + body
		docs = append(docs, &newsbot.Document{
			Article:   newsbot.Article{Guild: "g", Title: "Storm closes bridge", Text: text, Hash: fmt.Sprint("h", i)},
			Sentences: []newsbot.Sentence{{Seq: 0, Start: 0, End: 19, Kind: newsbot.KindHeadline}, {Seq: 1, Start: 21, End: len(text), Kind: newsbot.KindBody}},
			Chunks:    []newsbot.Chunk{{Seq: 0, FirstSeq: 1, LastSeq: 1, Start: 21, End: len(text), IndexStart: 21, Text: text[21:]}},
		})
	}
	if _, err := db.CreateDocuments(ctx, docs); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path + "-wal")
	if err != nil {
		t.Fatal(err)
	}
	if fi.Size() != 0 {
		t.Fatalf("WAL after a bulk load of 50 articles: %d bytes; want 0", fi.Size())
	}
	if list, err := db.Articles(ctx, "g"); err != nil || len(list) != 50 {
		t.Fatalf("%d articles stored (%v); want 50", len(list), err)
	}
}

package sqlite

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsbot/newsbot"
)

// TestMigrateIndexOnce opens a database in the layout before migration
// 0009 (chunk text kept in chunks_fts, overlapping chunks indexed whole)
// and checks that it migrates by itself: the index is rebuilt from the
// article text (chunks whole, as before), searches and deletes work. Its
// version is 10, as a database made by a build with migration 0010 but
// not 0009 is: 0009 must still be applied, and 0010 not again.
func TestMigrateIndexOnce(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	const text = "Tanks crossed the river at dawn. Farmers watched the convoy pass. The mayor condemned the move."
	shared := strings.Index(text, "Farmers")
	if _, err := db.db.ExecContext(ctx, `
		DROP TRIGGER chunks_delete;
		DROP TABLE chunks_fts;
		ALTER TABLE chunks DROP COLUMN index_start;
		CREATE VIRTUAL TABLE chunks_fts USING fts5 (title, body, guild UNINDEXED, tokenize = 'porter unicode61 remove_diacritics 2');
		INSERT INTO chunks_fts (chunks_fts, rank) VALUES ('rank', 'bm25(0.5, 1.0)');
		CREATE TRIGGER chunks_delete AFTER DELETE ON chunks BEGIN DELETE FROM chunks_fts WHERE rowid = old.id; END;
		INSERT INTO articles (id, guild, title, added_at, hash, text, n_chunks) VALUES (1, 'g', 'Convoy', '2026-01-01T00:00:00Z', 'h', ?, 2);
		DROP TABLE article_sentences;
		CREATE TABLE sentences (article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE, seq INTEGER NOT NULL,
			start INTEGER NOT NULL, "end" INTEGER NOT NULL, kind TEXT NOT NULL, planted INTEGER NOT NULL DEFAULT 0,
			PRIMARY KEY (article_id, seq)) WITHOUT ROWID;
		INSERT INTO sentences (article_id, seq, start, "end", kind) VALUES (1, 0, 0, 32, 'body'), (1, 1, 33, 65, 'body'), (1, 2, 66, 95, 'body');
		INSERT INTO chunks (id, article_id, guild, seq, first_seq, last_seq, start, "end") VALUES (1, 1, 'g', 0, 0, 1, 0, 65), (2, 1, 'g', 1, 1, 2, 33, 95);
		INSERT INTO chunks_fts (rowid, title, body, guild) VALUES (1, 'Convoy', substr(?, 1, 65), 'g'), (2, 'Convoy', substr(?, 34), 'g');
		PRAGMA user_version = 10;`, text, text, text); err != nil {
		t.Fatal(err)
	}
	if shared != 33 || len(text) != 95 {
		t.Fatalf("offsets of the test text moved: %d, %d", shared, len(text))
	}
	db.Close()
	if db, err = Open(ctx, path); err != nil {
		t.Fatalf("migrate: %v", err)
	}
	defer db.Close()
	if v, _ := db.SchemaVersion(ctx); v < 12 {
		t.Fatalf("schema version %d after migrating; want 12 or more", v)
	}
	// Migration 0012 packed the sentences.
	sents, err := db.Sentences(ctx, "g", 1)
	if err != nil || len(sents) != 3 || sents[1].Start != 33 || sents[2].Text != "The mayor condemned the move." || sents[2].Kind != "body" {
		t.Fatalf("sentences after migrating = %+v, %v", sents, err)
	}
	for _, c := range []struct {
		word string
		want []int64
	}{{"farmers", []int64{1, 2}}, {"mayor", []int64{2}}, {"tanks", []int64{1}}, {"convoy", []int64{1, 2}}} {
		ps, err := db.SearchChunks(ctx, "g", newsbot.Keywords(c.word), 5)
		if err != nil {
			t.Fatal(err)
		}
		var got []int64
		for _, p := range ps {
			got = append(got, p.ChunkID)
		}
		if len(got) != len(c.want) || (len(got) == 1 && got[0] != c.want[0]) {
			t.Errorf("search %s = chunks %v; want %v", c.word, got, c.want)
		}
		for _, p := range ps {
			if p.ChunkID == 2 && p.Text != text[33:] {
				t.Errorf("chunk 2 reads %q; want the whole chunk, shared sentence included", p.Text)
			}
		}
	}
	if err := db.DeleteArticle(ctx, "g", 1); err != nil {
		t.Fatal(err)
	}
	if ps, err := db.SearchChunks(ctx, "g", newsbot.Keywords("convoy"), 5); err != nil || len(ps) != 0 {
		t.Fatalf("after delete: %d passages, %v", len(ps), err)
	}
	var rows int
	if err := db.db.QueryRowContext(ctx, `SELECT count(*) FROM chunks_fts_docsize`).Scan(&rows); err != nil || rows != 0 {
		t.Fatalf("index rows left after delete: %d, %v", rows, err)
	}
}

package sqlite_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/store/sqlite"
	"github.com/newsbot/newsbot/store/storetest"
)

// addDoc stores an article of n one-sentence chunks and returns its chunk ids.
func addDoc(t *testing.T, db *sqlite.DB, guild, title string, n int) (int64, []int64) {
	t.Helper()
	doc := &newsbot.Document{Article: newsbot.Article{Guild: guild, Title: title, Hash: guild + title}}
	text := ""
	for i := 0; i < n; i++ {
		s := fmt.Sprintf("Sentence %d of %s.", i, title)
		if text != "" {
			text += " "
		}
		start := len(text)
		text += s
		doc.Sentences = append(doc.Sentences, newsbot.Sentence{Seq: i, Start: start, End: len(text), Text: s, Kind: newsbot.KindBody})
		doc.Chunks = append(doc.Chunks, newsbot.Chunk{Seq: i, FirstSeq: i, LastSeq: i, Start: start, End: len(text), Text: s})
	}
	doc.Article.Text = text
	ctx := context.Background()
	id, err := db.CreateDocument(ctx, doc)
	if err != nil {
		t.Fatal(err)
	}
	todo, err := db.ChunksWithoutVectors(ctx, newsbot.ChunkFilter{Guild: guild})
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for _, c := range todo {
		if c.Title == title {
			ids = append(ids, c.ChunkID)
		}
	}
	if len(ids) != n {
		t.Fatalf("chunks without vectors of %q: got %d, want %d", title, len(ids), n)
	}
	return id, ids
}

func TestVectors(t *testing.T) {
	ctx := context.Background()
	db := storetest.MustOpen(t)
	if m, d, err := db.EmbeddingModel(ctx); err != nil || m != "" || d != 0 {
		t.Fatalf("fresh store model = %q %d %v, want none", m, d, err)
	}
	art, ids := addDoc(t, db, "g1", "Alpha", 3)
	_, other := addDoc(t, db, "g2", "Beta", 2)

	vecs := []newsbot.ChunkVector{{ChunkID: ids[0], Vector: []float32{1, 0}}, {ChunkID: ids[2], Vector: []float32{0.5, -2.25}}}
	if err := db.PutVectors(ctx, "m1", vecs); err != nil {
		t.Fatal(err)
	}
	if m, d, _ := db.EmbeddingModel(ctx); m != "m1" || d != 2 {
		t.Fatalf("model = %q %d, want m1 2", m, d)
	}

	t.Run("ScanRoundTrip", func(t *testing.T) {
		got := map[int64][]float32{}
		err := db.ScanVectors(ctx, "g1", 0, func(id, chunkID int64, v []float32) error {
			got[chunkID] = append([]float32(nil), v...)
			return nil
		})
		if err != nil || len(got) != 2 || got[ids[2]][1] != -2.25 || got[ids[0]][0] != 1 {
			t.Fatalf("scan g1 = %v, %v", got, err)
		}
		n := 0
		db.ScanVectors(ctx, "g2", 0, func(int64, int64, []float32) error { n++; return nil })
		if n != 0 {
			t.Fatalf("g2 sees %d vectors of g1", n)
		}
	})

	t.Run("ErrOtherModel", func(t *testing.T) {
		err := db.PutVectors(ctx, "m2", []newsbot.ChunkVector{{ChunkID: ids[1], Vector: []float32{1, 1}}})
		if newsbot.ErrorCode(err) != newsbot.EINVALID {
			t.Fatalf("other model: err = %v, want EINVALID", err)
		}
		err = db.PutVectors(ctx, "m1", []newsbot.ChunkVector{{ChunkID: ids[1], Vector: []float32{1, 1, 1}}})
		if newsbot.ErrorCode(err) != newsbot.EINVALID {
			t.Fatalf("other dimension: err = %v, want EINVALID", err)
		}
		if c, v, _ := db.CountChunks(ctx, "g1"); c != 3 || v != 2 {
			t.Fatalf("after refused writes: %d chunks, %d vectors; want 3, 2", c, v)
		}
	})

	t.Run("Missing", func(t *testing.T) {
		todo, err := db.ChunksWithoutVectors(ctx, newsbot.ChunkFilter{Limit: 10})
		if err != nil || len(todo) != 3 || todo[0].ChunkID != ids[1] || todo[1].ChunkID != other[0] {
			t.Fatalf("without vectors = %+v, %v", todo, err)
		}
		if todo[0].Text == "" || todo[0].Title != "Alpha" || todo[0].Guild != "g1" {
			t.Fatalf("chunk text = %+v", todo[0])
		}
		if todo, _ := db.ChunksWithoutVectors(ctx, newsbot.ChunkFilter{After: ids[1], Limit: 10}); len(todo) != 2 {
			t.Fatalf("after %d: %d chunks, want 2", ids[1], len(todo))
		}
		if todo, _ := db.ChunksWithoutVectors(ctx, newsbot.ChunkFilter{Guild: "g1", ArticleID: art + 1}); len(todo) != 0 {
			t.Fatalf("another article's chunks: got %d, want 0", len(todo))
		}
		if todo, _ := db.ChunksWithoutVectors(ctx, newsbot.ChunkFilter{Limit: 1}); len(todo) != 1 {
			t.Fatalf("limit 1: got %d", len(todo))
		}
	})

	t.Run("Passages", func(t *testing.T) {
		ps, err := db.PassagesByChunkIDs(ctx, "g1", []int64{ids[2], other[0], ids[0]})
		if err != nil || len(ps) != 2 || ps[0].ChunkID != ids[2] || ps[1].ChunkID != ids[0] {
			t.Fatalf("passages = %+v, %v (another guild's chunk must be left out)", ps, err)
		}
		if ps[0].Title != "Alpha" || ps[0].Text != "Sentence 2 of Alpha." || ps[0].ArticleID != art {
			t.Fatalf("passage = %+v", ps[0])
		}
	})

	t.Run("StateTracksWritesAndDeletes", func(t *testing.T) {
		s1, err := db.VectorState(ctx, "g1")
		if err != nil || s1.MaxID == 0 {
			t.Fatalf("state = %+v, %v", s1, err)
		}
		db.PutVectors(ctx, "m1", []newsbot.ChunkVector{{ChunkID: ids[1], Vector: []float32{0, 1}}})
		s2, _ := db.VectorState(ctx, "g1")
		if s2.MaxID <= s1.MaxID || s2.Deletes != s1.Deletes {
			t.Fatalf("after a write: %+v -> %+v", s1, s2)
		}
		if err := db.DeleteArticle(ctx, "g1", art); err != nil {
			t.Fatal(err)
		}
		s3, _ := db.VectorState(ctx, "g1")
		if s3.Deletes != s2.Deletes+3 {
			t.Fatalf("after deleting the article: %+v -> %+v, want 3 deletes", s2, s3)
		}
		if c, v, _ := db.CountChunks(ctx, "g1"); c != 0 || v != 0 {
			t.Fatalf("after delete: %d chunks, %d vectors", c, v)
		}
	})

	t.Run("Reset", func(t *testing.T) {
		db.PutVectors(ctx, "m1", []newsbot.ChunkVector{{ChunkID: other[0], Vector: []float32{0, 1}}})
		if err := db.ResetVectors(ctx, "m2", 3); err != nil {
			t.Fatal(err)
		}
		if _, v, _ := db.CountChunks(ctx, ""); v != 0 {
			t.Fatalf("%d vectors after reset", v)
		}
		if err := db.PutVectors(ctx, "m2", []newsbot.ChunkVector{{ChunkID: other[0], Vector: []float32{0, 1, 2}}}); err != nil {
			t.Fatal(err)
		}
	})
}

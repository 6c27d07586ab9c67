package sqlite_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/store/storetest"
)

// TestSentencesStoredPacked stores a document whose sentences are out of
// order and reads them back in order, with their text, kinds and flags;
// a repeated seq is refused as the table with a row per sentence did.
func TestSentencesStoredPacked(t *testing.T) {
	ctx := context.Background()
	db := storetest.MustOpen(t)
	d := doc("g", "Title", "First one here.", "Second one there.", "Third one, planted.")
	d.Sentences[2].Planted = true
	d.Sentences[0].Kind = newsbot.KindStandfirst
	want := append([]newsbot.Sentence(nil), d.Sentences...)
	d.Sentences[0], d.Sentences[2] = d.Sentences[2], d.Sentences[0]
	id, err := db.CreateDocument(ctx, d)
	if err != nil {
		t.Fatal(err)
	}
	got, err := db.Sentences(ctx, "g", id)
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("sentences = %+v, %v; want %+v", got, err, want)
	}
	var n int64
	if err := db.ExportTable(ctx, "sentences", 2, func(rows [][]any) error {
		n += int64(len(rows))
		return nil
	}); err != nil || n != 3 {
		t.Fatalf("export gave %d sentence rows, %v; want 3", n, err)
	}
	if c, err := db.ExportCount(ctx, "sentences"); err != nil || c != 3 {
		t.Fatalf("export count %d, %v", c, err)
	}
	bad := doc("g", "Other", "One.", "Two.")
	bad.Sentences[1].Seq = bad.Sentences[0].Seq
	if _, err := db.CreateDocument(ctx, bad); err == nil {
		t.Fatal("no error for two sentences with one seq")
	}
}

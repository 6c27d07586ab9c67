package sqlite_test

import (
	"context"
	"testing"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/store/storetest"
)

func TestCreateDocuments(t *testing.T) {
	ctx := context.Background()
	db := storetest.MustOpen(t)
	if _, err := db.CreateDocument(ctx, doc("g1", "Dam opens", "The dam opened on Friday.")); err != nil {
		t.Fatal(err)
	}
	docs := []*newsbot.Document{
		doc("g1", "Bridge closes", "The bridge closed for repairs.", "Commuters took the ferry."),
		doc("g1", "Dam opens", "The dam opened on Friday."), // already stored
		doc("g2", "Dam opens", "The dam opened on Friday."), // another guild: not a duplicate
		doc("g1", "Bridge closes", "The bridge closed for repairs."),
	}
	ids, err := db.CreateDocuments(ctx, docs)
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) != 4 || ids[0] == 0 || ids[1] != 0 || ids[2] == 0 || ids[3] != 0 {
		t.Fatalf("ids = %v; want new ids for the 1st and 3rd, 0 for the duplicates", ids)
	}
	if docs[0].Article.ID != ids[0] || docs[0].Chunks[1].ID == 0 {
		t.Fatalf("ids not set on the documents: %+v", docs[0].Article)
	}
	ps, err := db.SearchChunks(ctx, "g1", newsbot.Keywords("ferry"), 5)
	if err != nil || len(ps) != 1 || ps[0].ArticleID != ids[0] {
		t.Fatalf("search after bulk load = %+v, %v", ps, err)
	}
	list, err := db.Articles(ctx, "g1")
	if err != nil || len(list) != 2 {
		t.Fatalf("g1 has %d articles (%v); want 2", len(list), err)
	}
}

func TestCreateDocumentsRollsBack(t *testing.T) {
	ctx := context.Background()
	db := storetest.MustOpen(t)
	bad := doc("g1", "Broken", "A sentence.")
	bad.Sentences = append(bad.Sentences, bad.Sentences[0]) // repeated seq: primary key violation
	_, err := db.CreateDocuments(ctx, []*newsbot.Document{doc("g1", "Fine", "Fine text here."), bad})
	if err == nil {
		t.Fatal("no error for a document with repeated sentences")
	}
	if list, _ := db.Articles(ctx, "g1"); len(list) != 0 {
		t.Fatalf("%d articles stored after a failed bulk load; want none", len(list))
	}
}

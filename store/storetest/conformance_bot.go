package storetest

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/newsbot/newsbot"
)

func testGuildSettings(t *testing.T, db Store) {
	ctx := context.Background()
	s, err := db.GuildSettings(ctx, "g1")
	if err != nil || s.Guild != "g1" || s.Prefix != "" || len(s.Channels) != 0 {
		t.Fatalf("zero settings = %+v, %v", s, err)
	}
	set := &newsbot.GuildSettings{Guild: "g1", ModeratorRole: "r1", Channels: []string{"c2", "c1", "c2"}, Prefix: "?n"}
	if err := db.SetGuildSettings(ctx, set); err != nil {
		t.Fatal(err)
	}
	s, err = db.GuildSettings(ctx, "g1")
	if err != nil || s.ModeratorRole != "r1" || fmt.Sprint(s.Channels) != "[c1 c2]" || s.Prefix != "?n" {
		t.Fatalf("settings = %+v, %v", s, err)
	}
	if s, _ := db.GuildSettings(ctx, "g2"); s.ModeratorRole != "" {
		t.Fatalf("g2 got g1's settings: %+v", s)
	}
	wantCode(t, db.SetGuildSettings(ctx, &newsbot.GuildSettings{}), newsbot.EINVALID)
}

func testAnswers(t *testing.T, db Store) {
	ctx := context.Background()
	r := &newsbot.AnswerRecord{Guild: "g1", Channel: "c1", User: "u1", Question: "Did it rain?",
		Answer: newsbot.Answer{Answer: "Yes [1]", Supported: true, Citations: []newsbot.Citation{{N: 1, ArticleID: 7, Quote: "It rained."}}}}
	id, err := db.SaveBotAnswer(ctx, r)
	if err != nil || id == 0 {
		t.Fatalf("save answer = %d, %v", id, err)
	}
	got, err := db.BotAnswer(ctx, "g1", id)
	if err != nil || got.Question != "Did it rain?" || got.Answer.Answer != "Yes [1]" || len(got.Answer.Citations) != 1 ||
		got.Answer.Citations[0].Quote != "It rained." || got.CreatedAt.IsZero() {
		t.Fatalf("answer = %+v, %v", got, err)
	}
	_, err = db.BotAnswer(ctx, "g2", id)
	wantCode(t, err, newsbot.ENOTFOUND)
	for _, v := range []int{1, -1} {
		if err := db.SaveBotFeedback(ctx, newsbot.Feedback{Guild: "g1", AnswerID: id, User: "u2", Vote: v}); err != nil {
			t.Fatal(err)
		}
	}
	if fb, err := db.BotFeedback(ctx, "g1"); err != nil || len(fb) != 1 || fb[0].Vote != -1 {
		t.Fatalf("feedback = %+v, %v", fb, err)
	}
	wantCode(t, db.SaveBotFeedback(ctx, newsbot.Feedback{Guild: "g2", AnswerID: id, User: "u2", Vote: 1}), newsbot.ENOTFOUND)
	wantCode(t, db.SaveBotFeedback(ctx, newsbot.Feedback{Guild: "g1", AnswerID: id, User: "u2", Vote: 2}), newsbot.EINVALID)
	// Threads.
	if err := db.AddBotThread(ctx, "g1", "t1", "c1"); err != nil {
		t.Fatal(err)
	}
	if err := db.AddBotThread(ctx, "g1", "t1", "c1"); err != nil {
		t.Fatalf("second add of a thread: %v", err)
	}
	if ok, _ := db.IsBotThread(ctx, "g1", "t1"); !ok {
		t.Fatal("thread not found")
	}
	if ok, _ := db.IsBotThread(ctx, "g2", "t1"); ok {
		t.Fatal("another guild's thread found")
	}
}

func testConversations(t *testing.T, db Store) {
	ctx := context.Background()
	for i := range 55 {
		if err := db.AddThreadTurn(ctx, "g1", "t1", newsbot.Turn{Question: fmt.Sprintf("q%d", i), Answer: "a"}); err != nil {
			t.Fatal(err)
		}
	}
	turns, err := db.ThreadTurns(ctx, "g1", "t1", 2)
	if err != nil || len(turns) != 2 || turns[0].Question != "q53" || turns[1].Question != "q54" {
		t.Fatalf("last turns = %+v, %v", turns, err)
	}
	if all, _ := db.Turns(ctx, "g1", "t1", 0); len(all) != 50 || all[0].Question != "q5" {
		t.Fatalf("kept %d turns, first %+v; want the last 50", len(all), all)
	}
	if other, _ := db.Turns(ctx, "g2", "t1", 0); len(other) != 0 {
		t.Fatalf("another guild's turns: %+v", other)
	}
	wantCode(t, db.AddTurn(ctx, "g1", "", newsbot.Turn{Question: "q"}), newsbot.EINVALID)
	wantCode(t, db.AddTurn(ctx, "g1", "t1", newsbot.Turn{Question: " "}), newsbot.EINVALID)
	n, err := db.PruneConversations(ctx, time.Now().Add(time.Hour))
	if err != nil || n != 50 {
		t.Fatalf("pruned %d, %v; want 50", n, err)
	}
	if err := db.AddTurn(ctx, "g1", "t2", newsbot.Turn{Question: "q"}); err != nil {
		t.Fatal(err)
	}
	if err := db.DeleteConversation(ctx, "g1", "t2"); err != nil {
		t.Fatal(err)
	}
	if turns, _ := db.Turns(ctx, "g1", "t2", 0); len(turns) != 0 {
		t.Fatalf("deleted conversation has %d turns", len(turns))
	}
}

func testVectors(t *testing.T, db Store) {
	ctx := context.Background()
	d := Doc("g1", "Vectors", "First chunk.", "Second chunk.")
	mustCreate(t, db, d)
	o := Doc("g2", "Other", "Other guild chunk.")
	mustCreate(t, db, o)
	if m, dim, err := db.EmbeddingModel(ctx); err != nil || m != "" || dim != 0 {
		t.Fatalf("model before any vector = %q %d %v", m, dim, err)
	}
	todo, err := db.ChunksWithoutVectors(ctx, newsbot.ChunkFilter{Guild: "g1"})
	if err != nil || len(todo) != 2 || todo[0].Title != "Vectors" || todo[0].Text != "First chunk." {
		t.Fatalf("chunks without vectors = %+v, %v", todo, err)
	}
	vecs := []newsbot.ChunkVector{{ChunkID: d.Chunks[0].ID, Vector: []float32{1, 0, 0.5}}, {ChunkID: o.Chunks[0].ID, Vector: []float32{0, 1, 0}}}
	if err := db.PutVectors(ctx, "m1", vecs); err != nil {
		t.Fatal(err)
	}
	wantCode(t, db.PutVectors(ctx, "m2", vecs[:1]), newsbot.EINVALID)
	wantCode(t, db.PutVectors(ctx, "m1", []newsbot.ChunkVector{{ChunkID: d.Chunks[1].ID, Vector: []float32{1, 2}}}), newsbot.EINVALID)
	if m, dim, _ := db.EmbeddingModel(ctx); m != "m1" || dim != 3 {
		t.Fatalf("model = %q %d", m, dim)
	}
	if n, with, _ := db.CountChunks(ctx, "g1"); n != 2 || with != 1 {
		t.Fatalf("count g1 = %d, %d", n, with)
	}
	if n, with, _ := db.CountChunks(ctx, ""); n != 3 || with != 2 {
		t.Fatalf("count all = %d, %d", n, with)
	}
	var got [][]float32
	err = db.ScanVectors(ctx, "g1", 0, func(id, chunkID int64, vec []float32) error {
		if chunkID != d.Chunks[0].ID {
			t.Errorf("scanned chunk %d of another guild", chunkID)
		}
		got = append(got, append([]float32(nil), vec...))
		return nil
	})
	if err != nil || len(got) != 1 || fmt.Sprint(got[0]) != "[1 0 0.5]" {
		t.Fatalf("scanned %v, %v", got, err)
	}
	s1, _ := db.VectorState(ctx, "g1")
	// Replacing a vector deletes and re-inserts it: the state moves.
	if err := db.PutVectors(ctx, "m1", vecs[:1]); err != nil {
		t.Fatal(err)
	}
	s2, _ := db.VectorState(ctx, "g1")
	if s2.MaxID <= s1.MaxID || s2.Deletes != s1.Deletes+1 {
		t.Fatalf("vector state %+v then %+v", s1, s2)
	}
	ps, err := db.PassagesByChunkIDs(ctx, "g1", []int64{d.Chunks[1].ID, o.Chunks[0].ID, d.Chunks[0].ID})
	if err != nil || len(ps) != 2 || ps[0].ChunkID != d.Chunks[1].ID || ps[0].Text != "Second chunk." || ps[0].Title != "Vectors" {
		t.Fatalf("passages = %+v, %v", ps, err)
	}
	if err := db.ResetVectors(ctx, "m2", 2); err != nil {
		t.Fatal(err)
	}
	if n, with, _ := db.CountChunks(ctx, ""); n != 3 || with != 0 {
		t.Fatalf("after reset: %d chunks, %d vectors", n, with)
	}
}

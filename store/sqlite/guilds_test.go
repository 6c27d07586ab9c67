package sqlite_test

import (
	"context"
	"testing"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/store/storetest"
)

func TestGuildSettings(t *testing.T) {
	db := storetest.MustOpen(t)
	ctx := context.Background()
	s, err := db.GuildSettings(ctx, "g1")
	if err != nil || s.Guild != "g1" || s.ModeratorRole != "" || len(s.Channels) != 0 {
		t.Fatalf("defaults = %+v, %v", s, err)
	}
	want := &newsbot.GuildSettings{Guild: "g1", ModeratorRole: "r", Channels: []string{"b", "a", "b"}, Prefix: "?n"}
	if err := db.SetGuildSettings(ctx, want); err != nil {
		t.Fatal(err)
	}
	got, _ := db.GuildSettings(ctx, "g1")
	if got.ModeratorRole != "r" || got.Prefix != "?n" || len(got.Channels) != 2 || got.Channels[0] != "a" {
		t.Errorf("got %+v", got)
	}
	if other, _ := db.GuildSettings(ctx, "g2"); other.ModeratorRole != "" {
		t.Errorf("settings leaked to another guild")
	}
	if err := db.SetGuildSettings(ctx, &newsbot.GuildSettings{}); newsbot.ErrorCode(err) != newsbot.EINVALID {
		t.Errorf("no guild: %v", err)
	}
}

func TestBotAnswersAndFeedback(t *testing.T) {
	db := storetest.MustOpen(t)
	ctx := context.Background()
	rec := &newsbot.AnswerRecord{Guild: "g1", Channel: "c", User: "u", Question: "q?",
		Answer: newsbot.Answer{Answer: "a", Citations: []newsbot.Citation{{N: 1, Quote: "words", Speaker: "s", Verified: true}}}}
	id, err := db.SaveBotAnswer(ctx, rec)
	if err != nil {
		t.Fatal(err)
	}
	got, err := db.BotAnswer(ctx, "g1", id)
	if err != nil || got.Question != "q?" || len(got.Answer.Citations) != 1 || got.Answer.Citations[0].Speaker != "s" {
		t.Fatalf("got %+v, %v", got, err)
	}
	if _, err := db.BotAnswer(ctx, "g2", id); newsbot.ErrorCode(err) != newsbot.ENOTFOUND {
		t.Errorf("another guild read the answer: %v", err)
	}
	for _, v := range []int{1, -1} { // a second vote replaces the first
		if err := db.SaveBotFeedback(ctx, newsbot.Feedback{Guild: "g1", AnswerID: id, User: "u2", Vote: v}); err != nil {
			t.Fatal(err)
		}
	}
	fb, _ := db.BotFeedback(ctx, "g1")
	if len(fb) != 1 || fb[0].Vote != -1 {
		t.Errorf("feedback = %+v", fb)
	}
	if err := db.SaveBotFeedback(ctx, newsbot.Feedback{Guild: "g2", AnswerID: id, User: "u3", Vote: 1}); newsbot.ErrorCode(err) != newsbot.ENOTFOUND {
		t.Errorf("vote from another guild: %v", err)
	}
	if err := db.SaveBotFeedback(ctx, newsbot.Feedback{Guild: "g1", AnswerID: id, User: "u3", Vote: 5}); newsbot.ErrorCode(err) != newsbot.EINVALID {
		t.Errorf("vote 5: %v", err)
	}
}

func TestBotThreads(t *testing.T) {
	db := storetest.MustOpen(t)
	ctx := context.Background()
	if err := db.AddBotThread(ctx, "g1", "t1", "c1"); err != nil {
		t.Fatal(err)
	}
	if ok, _ := db.IsBotThread(ctx, "g1", "t1"); !ok {
		t.Error("thread not found")
	}
	if ok, _ := db.IsBotThread(ctx, "g2", "t1"); ok {
		t.Error("thread found in another guild")
	}
	for _, q := range []string{"first?", "second?"} {
		if err := db.AddThreadTurn(ctx, "g1", "t1", newsbot.Turn{Question: q, Answer: "a"}); err != nil {
			t.Fatal(err)
		}
	}
	turns, err := db.ThreadTurns(ctx, "g1", "t1", 1)
	if err != nil || len(turns) != 1 || turns[0].Question != "second?" {
		t.Errorf("turns = %+v, %v; want the last one", turns, err)
	}
}

package main

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/store/sqlite"
)

func TestFeedback(t *testing.T) {
	c := newCLI(t)
	if out := c.mustRun("feedback", "--guild", "g1"); !strings.Contains(out, "No votes") {
		t.Errorf("empty: %q", out)
	}
	ctx := context.Background()
	db, err := sqlite.Open(ctx, c.env["NEWSBOT_DB"])
	if err != nil {
		t.Fatal(err)
	}
	good, _ := db.SaveBotAnswer(ctx, &newsbot.AnswerRecord{Guild: "g1", Question: "Who holds Minian?", Answer: newsbot.Answer{Answer: "Accounts differ.", Mode: "extractive"}})
	bad, _ := db.SaveBotAnswer(ctx, &newsbot.AnswerRecord{Guild: "g1", Question: "Did strikes resume?", Answer: newsbot.Answer{Answer: "Yes.", Mode: "llm"}})
	other, _ := db.SaveBotAnswer(ctx, &newsbot.AnswerRecord{Guild: "g2", Question: "Elsewhere?", Answer: newsbot.Answer{Answer: "x"}})
	for _, f := range []newsbot.Feedback{{Guild: "g1", AnswerID: good, User: "u1", Vote: 1}, {Guild: "g1", AnswerID: bad, User: "u1", Vote: -1},
		{Guild: "g1", AnswerID: bad, User: "u2", Vote: -1}, {Guild: "g1", AnswerID: bad, User: "u3", Vote: 1}, {Guild: "g2", AnswerID: other, User: "u1", Vote: -1}} {
		if err := db.SaveBotFeedback(ctx, f); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	var rows []feedbackRow
	if err := json.Unmarshal([]byte(c.mustRun("feedback", "--json", "--down", "--guild", "g1")), &rows); err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 || rows[0].AnswerID != bad || rows[0].Down != 2 || rows[0].Up != 1 || rows[0].Question != "Did strikes resume?" {
		t.Fatalf("--down rows: %+v", rows)
	}
	out := c.mustRun("feedback", "--guild", "g1")
	if !strings.Contains(out, "Who holds Minian?") || strings.Contains(out, "Elsewhere?") {
		t.Errorf("table:\n%s", out)
	}
}

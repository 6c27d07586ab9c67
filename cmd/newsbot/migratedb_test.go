package main

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/store/postgres"
	"github.com/newsbot/newsbot/store/sqlite"
	"github.com/newsbot/newsbot/store/storetest"
)

// fillBotTables writes a row into each table the command line does not
// reach: a feed with an item, settings, an answer with a vote, a thread
// and its turns.
func fillBotTables(t *testing.T, path string) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	f := &newsbot.Feed{Guild: "g9", URL: "https://a.example/rss", Interval: time.Hour, NextPoll: time.Now()}
	steps := []error{
		db.CreateFeed(ctx, f),
		db.SetGuildSettings(ctx, &newsbot.GuildSettings{Guild: "g9", Prefix: "?n", Channels: []string{"c1"}}),
		db.AddBotThread(ctx, "g9", "t1", "c1"),
		db.AddThreadTurn(ctx, "g9", "t1", newsbot.Turn{Question: "q", Answer: "a"}),
	}
	steps = append(steps, db.MarkFeedItem(ctx, f.ID, "item-1", 0))
	id, err := db.SaveBotAnswer(ctx, &newsbot.AnswerRecord{Guild: "g9", Channel: "c1", User: "u1", Question: "q", Answer: newsbot.Answer{Answer: "a"}})
	steps = append(steps, err, db.SaveBotFeedback(ctx, newsbot.Feedback{Guild: "g9", AnswerID: id, User: "u2", Vote: -1}))
	for _, err := range steps {
		if err != nil {
			t.Fatal(err)
		}
	}
}

// TestMigrateDB copies an SQLite database into PostgreSQL, checks that both
// give the same answers, and copies again without duplicating anything.
func TestMigrateDB(t *testing.T) {
	pg := storetest.PostgresURL(t)
	c := newCLI(t)
	c.mustRun("add", "--outlet", "Reuters", "--published", "2016-11-08", sample)
	for _, name := range []string{"port-strike.txt", "central-bank-holds-rates.txt", "earthquake-rescue.txt"} {
		c.mustRun("add", filepath.Join("../../testdata/eval/articles", name))
	}
	c.mustRun("add", "--guild", "g9", filepath.Join("../../testdata/eval/articles", "ferry-court-ruling.txt"))
	c.mustRun("reindex", "--fake-embed")
	fillBotTables(t, c.env["NEWSBOT_DB"])

	out := c.mustRun("migrate-db", "--to", pg)
	if !strings.Contains(out, "every table has the same row count (2 guilds)") {
		t.Fatalf("migrate-db said %q", out)
	}
	sqlitePath := c.env["NEWSBOT_DB"]
	questions := []string{"Did Russia resume air strikes on Aleppo?", "How many vessels are waiting outside the port?",
		"Did the central bank change interest rates?", "What did the Kremlin say about the moratorium?"}
	for _, q := range questions {
		c.env["NEWSBOT_DB"] = sqlitePath
		want := c.mustRun("ask", "--json", q)
		c.env["NEWSBOT_DB"] = pg
		if got := c.mustRun("ask", "--json", q); got != want {
			t.Errorf("ask %q:\nsqlite:   %s\npostgres: %s", q, want, got)
		}
	}
	c.env["NEWSBOT_DB"] = pg
	if out := c.mustRun("claims", "--json", "--guild", "g9"); !strings.Contains(out, "sentence") {
		t.Errorf("claims of g9 in PostgreSQL = %s", out)
	}

	// A second run copies nothing new and still checks out.
	c.env["NEWSBOT_DB"] = sqlitePath
	_, errs, code := c.run("", "migrate-db", "--to", pg)
	if code != 0 || strings.Count(errs, " 0 new rows") != len(sqlite.ExportTables) {
		t.Fatalf("second migrate-db: exit %d, %s", code, errs)
	}
	// New rows after the copy get new ids.
	c.env["NEWSBOT_DB"] = pg
	var added struct{ ID int64 }
	json.Unmarshal([]byte(c.mustRun("add", "--json", filepath.Join("../../testdata/eval/articles", "battery-plant.txt"))), &added)
	if added.ID <= 4 {
		t.Errorf("new article id %d reuses a copied id", added.ID)
	}
	db, err := postgres.Open(context.Background(), pg)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if fb, err := db.BotFeedback(context.Background(), "g9"); err != nil || len(fb) != 1 || fb[0].Vote != -1 {
		t.Errorf("copied votes = %+v, %v", fb, err)
	}
	if _, with, _ := db.CountChunks(context.Background(), ""); with == 0 {
		t.Error("no vectors copied")
	}
}

func TestMigrateDBBadInput(t *testing.T) {
	c := newCLI(t)
	for _, args := range [][]string{
		{"migrate-db"},
		{"migrate-db", "--to", "/tmp/x.db"},
		{"migrate-db", "--db", filepath.Join(c.dir, "missing.db"), "--to", "postgres://u:p@127.0.0.1/db"},
	} {
		_, errs, code := c.run("", args...)
		if code == 0 || strings.Count(strings.TrimSpace(errs), "\n") != 0 {
			t.Errorf("%v: exit %d, %q; want one error line", args, code, errs)
		}
	}
}

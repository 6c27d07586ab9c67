package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/newsbot/newsbot"
)

// TestGuildsAndDefaultGuild adds articles to two guilds, one through
// NEWSBOT_GUILD, and checks 'newsbot guilds' and the hint a command run
// in the wrong guild gives.
func TestGuildsAndDefaultGuild(t *testing.T) {
	c := newCLI(t)
	if out := c.mustRun("guilds"); !strings.Contains(out, "no articles or feeds yet") {
		t.Errorf("empty database: %q", out)
	}
	c.mustRun("add", "--guild", "300000000000000001", sample)
	c.env["NEWSBOT_GUILD"] = "300000000000000002"
	c.mustRun("add", sample)
	c.mustRun("add", c.file("b.txt", []byte("Council approves harbour budget\n\nThe city council approved the harbour budget on Monday, its spokesman Ivo Marsh said.")))
	var gs []newsbot.GuildSummary
	if err := json.Unmarshal([]byte(c.mustRun("guilds", "--json")), &gs); err != nil {
		t.Fatal(err)
	}
	if len(gs) != 2 || gs[0].Guild != "300000000000000002" || gs[0].Articles != 2 || gs[1].Articles != 1 || gs[0].Chunks < 2 {
		t.Fatalf("guilds: %+v", gs)
	}
	if out := c.mustRun("articles"); !strings.Contains(out, "Council approves") {
		t.Errorf("NEWSBOT_GUILD is not the default guild of articles:\n%s", out)
	}
	delete(c.env, "NEWSBOT_GUILD")
	_, errs, _ := c.run("", "search", "harbour budget")
	if !strings.Contains(errs, "300000000000000002 (2 articles)") || !strings.Contains(errs, "NEWSBOT_GUILD") {
		t.Errorf("search in the empty local guild does not point at the others: %q", errs)
	}
	if out := c.mustRun("guilds"); !strings.Contains(out, "300000000000000001  1 ") {
		t.Errorf("table:\n%s", out)
	}
}

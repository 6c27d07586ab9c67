package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/newsbot/newsbot/internal/fakediscord"
	"github.com/newsbot/newsbot/store/storetest"
)

// Two guilds that Discord's rule ((id >> 22) % 2) gives to shards 0 and 1.
const (
	guildShard0 = "300000000000000001"
	guildShard1 = "300000000004194305"
)

// feedServer serves an RSS feed of three items with plain-text pages.
func feedServer(t *testing.T) string {
	var web *httptest.Server
	web = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/feed.xml" {
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour News</title><link>%s</link>`, web.URL)
			for _, p := range []string{"Zelenka", "Marovo", "Tessaly"} {
				fmt.Fprintf(w, `<item><title>Port %[2]s reopens</title><link>%[1]s/%[2]s</link><guid>%[2]s</guid></item>`, web.URL, p)
			}
			fmt.Fprint(w, `</channel></rss>`)
			return
		}
		p := strings.TrimPrefix(r.URL.Path, "/")
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprintf(w, "Port %[1]s reopens to cargo ships\n\nThe harbour authority of %[1]s said on Friday the terminal would reopen to cargo ships next week after %[2]d days, its spokeswoman told reporters.\n\nThe %[1]s dockworkers' union said it had not agreed to the new shift rules for the %[1]s terminal, and warned of delays of %[2]d hours.",
			p, len(p)*3)
	}))
	t.Cleanup(web.Close)
	return web.URL
}

// TestServeTwoShardsOnePostgres runs two serve processes, shards 0 and 1 of
// 2, against one PostgreSQL database and the fake Discord: commands are
// registered once, each guild is answered from its own articles only, an
// article added by a third process is answered at once, and a feed both
// processes poll is announced once per item.
func TestServeTwoShardsOnePostgres(t *testing.T) {
	pg := storetest.PostgresURL(t)
	web := feedServer(t)
	fake := fakediscord.New(guildShard0, guildShard1)
	fake.Shards = 2
	t.Cleanup(fake.Close)
	dir := t.TempDir()
	env := []string{"NEWSBOT_DB=" + pg, "DISCORD_TOKEN=" + fake.Token, "DISCORD_API_URL=" + fake.APIURL(),
		"NEWSBOT_ALLOW_PRIVATE_URLS=1", "OPENAI_API_KEY=", "OPENAI_BASE_URL=", "DISCORD_GUILD_ID=", "NEWSBOT_EMBED_MODEL="}
	cli := func(args ...string) {
		t.Helper()
		if out, err := outsiderCmd(dir, env, args...).CombinedOutput(); err != nil {
			t.Fatalf("newsbot %v: %v\n%s", args, err, out)
		}
	}
	abs := func(p string) string { a, _ := filepath.Abs(p); return a }
	cli("add", "--guild", guildShard0, abs(sample))
	cli("add", "--guild", guildShard1, abs("../../testdata/eval/articles/central-bank-holds-rates.txt"))
	cli("feed", "add", "--guild", guildShard1, "--channel", "6", web+"/feed.xml")

	var logs [2]*syncBuffer
	for shard := range 2 {
		logs[shard] = &syncBuffer{}
		p := outsiderCmd(dir, env, "serve", "--shard-id", fmt.Sprint(shard), "--shard-count", "2")
		p.Stderr = logs[shard]
		if err := p.Start(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { p.Process.Kill(); p.Wait() })
	}
	wait := func(what string, cond func([]fakediscord.Event) bool) {
		t.Helper()
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := fake.Wait(ctx, cond); err != nil {
			t.Fatalf("%s: %v\nshard 0:\n%s\nshard 1:\n%s", what, err, logs[0], logs[1])
		}
	}
	wait("two shards connected", func([]fakediscord.Event) bool { return fake.Connected() == 2 })
	ask := func(guild, q string) string {
		t.Helper()
		it := fake.Interact(&discordgo.Interaction{Type: discordgo.InteractionApplicationCommand, GuildID: guild, ChannelID: "5",
			Member: &discordgo.Member{User: &discordgo.User{ID: "10"}},
			Data: discordgo.ApplicationCommandInteractionData{ID: "2", Name: "ask", Options: []*discordgo.ApplicationCommandInteractionDataOption{
				{Name: "question", Type: discordgo.ApplicationCommandOptionString, Value: q}}}})
		var answer string
		wait("answer to "+q, func(evs []fakediscord.Event) bool {
			for _, e := range evs {
				if e.Kind == fakediscord.KindEdit && e.Token == it.Token {
					answer = e.Message.Content
				}
			}
			return answer != ""
		})
		return answer
	}
	if got := ask(guildShard0, "What did the Kremlin say about the moratorium?"); !strings.Contains(got, "Kremlin") || !strings.Contains(got, "[1]") {
		t.Errorf("shard 0's answer from its guild's article: %q", got)
	}
	if got := ask(guildShard1, "What did the Kremlin say about the moratorium?"); strings.Contains(got, "moratorium") && strings.Contains(got, "[1]") {
		t.Errorf("shard 1 answered from another guild's article: %q", got)
	}
	cli("add", "--guild", guildShard1, abs("../../testdata/eval/articles/earthquake-rescue.txt"))
	if got := ask(guildShard1, "What is the death toll of the quake?"); !strings.Contains(got, "112") {
		t.Errorf("an article added by another process is not answered: %q", got)
	}
	// Both processes polled the feed at start, under its lease.
	wait("three announcements", func(evs []fakediscord.Event) bool { return len(announced(evs)) == 3 })
	time.Sleep(500 * time.Millisecond) // a duplicate would come now
	for item, n := range announced(fake.Events()) {
		if n != 1 {
			t.Errorf("%s announced %d times", item, n)
		}
	}
	if n := len(fake.Events(fakediscord.KindCommands)); n != 1 {
		t.Errorf("commands registered %d times, want once", n)
	}
}

// announced counts the feed announcements in channel 6 by port name.
func announced(evs []fakediscord.Event) map[string]int {
	out := map[string]int{}
	for _, e := range evs {
		if e.Kind != fakediscord.KindMessage || e.Channel != "6" {
			continue
		}
		for _, p := range []string{"Zelenka", "Marovo", "Tessaly"} {
			if strings.Contains(e.Message.Content, p) {
				out[p]++
			}
		}
	}
	return out
}

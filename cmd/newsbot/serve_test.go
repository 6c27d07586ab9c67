package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/newsbot/newsbot/bot"
	"github.com/newsbot/newsbot/internal/fakediscord"
	"github.com/newsbot/newsbot/internal/fakeopenai"
)

func TestServeNeedsToken(t *testing.T) {
	var out, errb bytes.Buffer
	env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }}
	if code := Main(context.Background(), env, []string{"serve", "--db", filepath.Join(t.TempDir(), "x.db")}); code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	if !strings.Contains(errb.String(), "DISCORD_TOKEN") {
		t.Fatalf("stderr %q does not name DISCORD_TOKEN", errb.String())
	}
	allJSON(t, errb.String())
}

// TestServeAddURLAndAsk runs serve as an operator would: it adds an article
// from a web page with /article add-url, asks about it, and follows a feed
// whose new item is added and announced.
func TestServeAddURLAndAsk(t *testing.T) {
	const guild = "300000000000000001"
	page, err := os.ReadFile("../../samples/articles/aleppo-russia-strikes.txt")
	if err != nil {
		t.Fatal(err)
	}
	var web *httptest.Server
	web = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour News</title><link>%[1]s</link>
<item><title>Port Zelenka reopens</title><link>%[1]s/port</link><guid>port-1</guid></item></channel></rss>`, web.URL)
		case "/port":
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			fmt.Fprint(w, "Port Zelenka reopens to cargo ships\n\nThe harbour authority said on Friday the Port Zelenka terminal would reopen to cargo ships next week, its spokeswoman Ilse Varga told reporters.\n\nDockworkers' union leader Tomas Brenner said the union had not agreed to the new shift rules, and warned of delays.")
		default:
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			w.Write(page)
		}
	}))
	defer web.Close()
	fake := fakediscord.New(guild)
	defer fake.Close()
	defer bot.SetAPIURL("")
	// A chat server that refuses every request: answers fall back to the
	// articles, and the answerer's warning is a JSON line of serve's log.
	llm := fakeopenai.New(t)
	llm.Always(fakeopenai.Reply{Status: http.StatusBadRequest, Message: "model not loaded"})
	vars := map[string]string{"DISCORD_TOKEN": fake.Token, "DISCORD_API_URL": fake.APIURL(), "NEWSBOT_ALLOW_PRIVATE_URLS": "1",
		"OPENAI_BASE_URL": llm.URL()}
	errb := &syncBuffer{}
	env := &Env{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: errb, Getenv: func(k string) string { return vars[k] }}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan int, 1)
	go func() {
		done <- Main(ctx, env, []string{"serve", "--db", filepath.Join(t.TempDir(), "bot.db"), "--http", "127.0.0.1:0"})
	}()
	wait := fakeWaiter(ctx, t, fake, errb)
	edited := func(token string) func([]fakediscord.Event) bool {
		return func(evs []fakediscord.Event) bool {
			for _, e := range evs {
				if e.Kind == fakediscord.KindEdit && e.Token == token {
					return true
				}
			}
			return false
		}
	}
	lastEdit := func(token string) string {
		for _, e := range fake.Events(fakediscord.KindEdit) {
			if e.Token == token {
				return e.Message.Content
			}
		}
		return ""
	}
	wait("commands", func(evs []fakediscord.Event) bool {
		return len(evs) > 0 && fake.Connected() > 0 && hasKind(evs, fakediscord.KindCommands)
	})
	mod := &discordgo.Member{User: &discordgo.User{ID: "9"}, Permissions: discordgo.PermissionManageMessages}
	add := fake.Interact(&discordgo.Interaction{Type: discordgo.InteractionApplicationCommand, GuildID: guild, ChannelID: "5", Member: mod,
		Data: discordgo.ApplicationCommandInteractionData{ID: "1", Name: "article", Options: []*discordgo.ApplicationCommandInteractionDataOption{{
			Name: "add-url", Type: discordgo.ApplicationCommandOptionSubCommand, Options: []*discordgo.ApplicationCommandInteractionDataOption{
				{Name: "url", Type: discordgo.ApplicationCommandOptionString, Value: web.URL + "/aleppo"}}}}}})
	wait("add-url", edited(add.Token))
	if got := lastEdit(add.Token); !strings.Contains(got, "Added") {
		t.Fatalf("add-url: %q", got)
	}
	ask := fake.Interact(&discordgo.Interaction{Type: discordgo.InteractionApplicationCommand, GuildID: guild, ChannelID: "5",
		Member: &discordgo.Member{User: &discordgo.User{ID: "10"}},
		Data: discordgo.ApplicationCommandInteractionData{ID: "2", Name: "ask", Options: []*discordgo.ApplicationCommandInteractionDataOption{
			{Name: "question", Type: discordgo.ApplicationCommandOptionString, Value: "What did the Kremlin say about Aleppo?"}}}})
	wait("ask", edited(ask.Token))
	if got := lastEdit(ask.Token); !strings.Contains(got, "Kremlin") || !strings.Contains(got, "> **[1]**") {
		t.Errorf("answer: %q", got)
	}
	// A followed feed's new item becomes an article, announced in the channel.
	feed := fake.Interact(&discordgo.Interaction{Type: discordgo.InteractionApplicationCommand, GuildID: guild, ChannelID: "5", Member: mod,
		Data: discordgo.ApplicationCommandInteractionData{ID: "3", Name: "feed", Options: []*discordgo.ApplicationCommandInteractionDataOption{{
			Name: "add", Type: discordgo.ApplicationCommandOptionSubCommand, Options: []*discordgo.ApplicationCommandInteractionDataOption{
				{Name: "url", Type: discordgo.ApplicationCommandOptionString, Value: web.URL + "/feed.xml"},
				{Name: "announce", Type: discordgo.ApplicationCommandOptionChannel, Value: "6"}}}}}})
	wait("feed add", edited(feed.Token))
	if got := lastEdit(feed.Token); !strings.Contains(got, "Following") || !strings.Contains(got, "every 15 minutes") {
		t.Fatalf("feed add: %q", got)
	}
	// A feed given as an article: the reply says how to follow it, in
	// Discord's terms.
	asArticle := fake.Interact(&discordgo.Interaction{Type: discordgo.InteractionApplicationCommand, GuildID: guild, ChannelID: "5", Member: mod,
		Data: discordgo.ApplicationCommandInteractionData{ID: "1", Name: "article", Options: []*discordgo.ApplicationCommandInteractionDataOption{{
			Name: "add-url", Type: discordgo.ApplicationCommandOptionSubCommand, Options: []*discordgo.ApplicationCommandInteractionDataOption{
				{Name: "url", Type: discordgo.ApplicationCommandOptionString, Value: web.URL + "/feed.xml"}}}}}})
	wait("add-url of a feed", edited(asArticle.Token))
	if got := lastEdit(asArticle.Token); !strings.Contains(got, "`/feed add`") || strings.Contains(got, "newsbot feed") {
		t.Errorf("add-url of a feed: %q", got)
	}
	wait("announcement", func(evs []fakediscord.Event) bool {
		for _, e := range evs {
			if e.Kind == fakediscord.KindMessage && e.Channel == "6" && strings.Contains(e.Message.Content, "Zelenka") {
				return true
			}
		}
		return false
	})
	checkOpsEndpoints(t, httpAddr(t, errb), guild)
	cancel()
	if code := <-done; code != 0 {
		t.Errorf("exit %d: %s", code, errb.String())
	}
	allJSON(t, errb.String())
	if !strings.Contains(errb.String(), `"msg":"llm answer failed; answering extractively"`) {
		t.Errorf("the answerer's warning is not in serve's log:\n%s", errb)
	}
}

// allJSON fails the test unless every line of a serve log is a JSON object.
func allJSON(t *testing.T, log string) {
	t.Helper()
	for _, line := range strings.Split(strings.TrimSpace(log), "\n") {
		if !json.Valid([]byte(line)) || !strings.HasPrefix(line, "{") {
			t.Errorf("serve wrote a line that is not JSON: %q", line)
		}
	}
}

// checkOpsEndpoints reads /readyz and /metrics of a serve that added two
// articles (one through a feed) in guild, and answered a question.
func checkOpsEndpoints(t *testing.T, addr, guild string) {
	t.Helper()
	get := func(path string) (int, string) {
		resp, err := http.Get("http://" + addr + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, body := get("/readyz"); code != http.StatusOK || !strings.Contains(body, "store: ok") || !strings.Contains(body, "gateway: ok") {
		t.Errorf("/readyz = %d %q", code, body)
	}
	// The feed's poll is counted when the poll ends, just after its
	// article is announced: wait a little for it.
	var missing []string
	var body string
	for try := 0; try < 50; try++ {
		_, body = get("/metrics")
		missing = nil
		for _, re := range []string{
			`newsbot_articles\{guild="` + guild + `"\} 2\n`, `newsbot_chunks\{guild="` + guild + `"\} [1-9]`,
			`newsbot_feed_polls_total\{result="ok"\} [1-9]`, `newsbot_ingest_seconds_count [2-9]`,
			`newsbot_questions_total 1\n`, `go_goroutines [1-9]`,
		} {
			if !regexp.MustCompile(re).MatchString(body) {
				missing = append(missing, re)
			}
		}
		if len(missing) == 0 {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Errorf("/metrics does not match %q:\n%s", missing, body)
}

// httpAddr returns the address serve's HTTP listener logged.
func httpAddr(t *testing.T, log fmt.Stringer) string {
	t.Helper()
	m := regexp.MustCompile(`"msg":"http listening","addr":"([^"]+)"`).FindStringSubmatch(log.String())
	if m == nil {
		t.Fatalf("serve did not log its HTTP address:\n%s", log)
	}
	return m[1]
}

func hasKind(evs []fakediscord.Event, k string) bool {
	for _, e := range evs {
		if e.Kind == k {
			return true
		}
	}
	return false
}

// TestServeAgainstFakeDiscord runs the serve command as an operator would,
// with DISCORD_API_URL pointing at the fake, until it is stopped.
func TestServeAgainstFakeDiscord(t *testing.T) {
	fake := fakediscord.New("300000000000000001")
	defer fake.Close()
	defer bot.SetAPIURL("")
	vars := map[string]string{"DISCORD_TOKEN": fake.Token, "DISCORD_API_URL": fake.APIURL(), "DISCORD_GUILD_ID": "300000000000000001"}
	var out, errb bytes.Buffer
	env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(k string) string { return vars[k] }}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() {
		done <- Main(ctx, env, []string{"serve", "--db", filepath.Join(t.TempDir(), "bot.db"), "--http", "127.0.0.1:0"})
	}()
	wctx, wcancel := context.WithTimeout(ctx, 15*time.Second)
	defer wcancel()
	err := fake.Wait(wctx, func(evs []fakediscord.Event) bool {
		for _, e := range evs {
			if e.Kind == fakediscord.KindCommands && e.Guild == "300000000000000001" {
				return true
			}
		}
		return false
	})
	if err != nil {
		t.Fatalf("commands not registered to the development guild: %v\n%s", err, errb.String())
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errb.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop after the signal")
	}
}

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/newsbot/newsbot/bot"
	"github.com/newsbot/newsbot/internal/fakediscord"
)

// wireStory is one agency story; the second outlet's copy has its own
// headline and an extra paragraph, so it is a new article, not a duplicate.
const wireStory = `ZELENKA, March 3 (Meridian) - The harbour authority said on Friday the Port Zelenka terminal would reopen to cargo ships next week.

"We have repaired both cranes at Zelenka," harbour master Ilse Varga said. "The first ship is due on Monday."

Interfax quoted a spokesman for the shipping ministry as saying the ministry had approved the Zelenka plan, the Baltic Times reported.`

// TestWhoSaidSameInCLIAndDiscord asks the command line and the bot the same
// question about the same database and checks that both give the same
// statements: one per quotation unit, a relay chain, and the wire story
// carried by two outlets shown once with the other outlet named.
func TestWhoSaidSameInCLIAndDiscord(t *testing.T) {
	const guild = "300000000000000001"
	c := newCLI(t)
	a := c.file("a.txt", []byte("Port Zelenka to reopen\n\n"+wireStory))
	b := c.file("b.txt", []byte("Zelenka terminal reopening next week\n\n"+wireStory+"\n\nThe port handled 2 million tonnes last year."))
	c.mustRun("add", "--guild", guild, "--outlet", "Harbour News", a)
	c.mustRun("add", "--guild", guild, "--outlet", "Coast Gazette", b)
	var cli []claimJSON
	if err := json.Unmarshal([]byte(c.mustRun("claims", "--guild", guild, "--json", "Zelenka")), &cli); err != nil {
		t.Fatal(err)
	}
	checkWireClaims(t, cli)
	reply := whoSaidReply(t, c.env["NEWSBOT_DB"], guild, "Zelenka")
	speakers := map[string]bool{}
	for _, cl := range cli {
		who := cl.Speaker
		if len(cl.Relays) > 0 {
			who += ", via " + strings.Join(cl.Relays, ", then ")
		}
		speakers[who] = true
		if !strings.Contains(reply, "**"+who+"**") {
			t.Errorf("the CLI's speaker %q is not in the Discord reply:\n%s", who, reply)
		}
		if n := strings.Count(reply, "“"+cl.Sentence+"”"); n != 1 {
			t.Errorf("the CLI's statement %q is in the Discord reply %d times, want once:\n%s", cl.Sentence, n, reply)
		}
	}
	if n := strings.Count(reply, "🗣️"); n != len(speakers) {
		t.Errorf("Discord shows %d speakers, the CLI %d:\n%s", n, len(speakers), reply)
	}
	if !strings.Contains(reply, "also *Coast Gazette*") {
		t.Errorf("the wire copy's other outlet is not named:\n%s", reply)
	}
}

// checkWireClaims checks the CLI's statements about the wire story.
func checkWireClaims(t *testing.T, cli []claimJSON) {
	t.Helper()
	var unit, relay *claimJSON
	for i := range cli {
		switch cli[i].Speaker {
		case "Ilse Varga":
			if unit != nil {
				t.Errorf("Ilse Varga's quotation shown twice: %+v", cli)
			}
			unit = &cli[i]
		case "a spokesman for the shipping ministry":
			relay = &cli[i]
		}
	}
	if unit == nil || relay == nil {
		t.Fatalf("claims --json misses the quotation unit or the relay: %+v", cli)
	}
	if !strings.Contains(unit.Content, "both cranes") || !strings.Contains(unit.Content, "due on Monday") ||
		!strings.Contains(unit.Sentence, "harbour master") || !strings.Contains(unit.Sentence, "due on Monday") {
		t.Errorf("the quotation over two sentences is not one claim: %+v", *unit)
	}
	if unit.LastSeq != unit.SentenceSeq+1 || unit.ContentEnd-unit.ContentStart <= len(unit.Content)-1 {
		t.Errorf("the unit covers sentences %d..%d and bytes %d..%d, want two sentences and a span over both parts: %+v",
			unit.SentenceSeq, unit.LastSeq, unit.ContentStart, unit.ContentEnd, *unit)
	}
	if len(unit.AlsoIn) != 1 || unit.AlsoIn[0].Outlet != "Coast Gazette" {
		t.Errorf("also_in = %+v, want the other outlet", unit.AlsoIn)
	}
	if strings.Join(relay.Relays, "|") != "Interfax|the Baltic Times" || relay.Via != "Interfax" {
		t.Errorf("relay chain: via %q, relays %q", relay.Via, relay.Relays)
	}
}

// whoSaidReply runs 'serve' on the database against a fake Discord, asks
// /who-said about topic and returns the reply.
func whoSaidReply(t *testing.T, db, guild, topic string) string {
	t.Helper()
	fake := fakediscord.New(guild)
	defer fake.Close()
	defer bot.SetAPIURL("")
	vars := map[string]string{"DISCORD_TOKEN": fake.Token, "DISCORD_API_URL": fake.APIURL()}
	errb := &syncBuffer{}
	env := &Env{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: errb, Getenv: func(k string) string { return vars[k] }}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan int, 1)
	go func() { done <- Main(ctx, env, []string{"serve", "--db", filepath.Clean(db)}) }()
	defer func() { cancel(); <-done }()
	wait := fakeWaiter(ctx, t, fake, errb)
	wait("commands", func(evs []fakediscord.Event) bool {
		return fake.Connected() > 0 && hasKind(evs, fakediscord.KindCommands)
	})
	w := fake.Interact(&discordgo.Interaction{Type: discordgo.InteractionApplicationCommand, GuildID: guild, ChannelID: "5",
		Member: &discordgo.Member{User: &discordgo.User{ID: "10"}},
		Data: discordgo.ApplicationCommandInteractionData{ID: "4", Name: "who-said", Options: []*discordgo.ApplicationCommandInteractionDataOption{
			{Name: "topic", Type: discordgo.ApplicationCommandOptionString, Value: topic}}}})
	var reply string
	wait("who-said", func(evs []fakediscord.Event) bool {
		for _, e := range evs {
			if e.Kind == fakediscord.KindEdit && e.Token == w.Token && e.Message != nil {
				reply = e.Message.Content
				return true
			}
		}
		return false
	})
	return reply
}

// fakeWaiter returns a function that waits up to 15 s for the fake
// Discord's events to satisfy cond, failing the test with serve's stderr.
func fakeWaiter(ctx context.Context, t *testing.T, fake *fakediscord.Server, errb fmt.Stringer) func(string, func([]fakediscord.Event) bool) {
	return func(what string, cond func([]fakediscord.Event) bool) {
		t.Helper()
		wctx, wcancel := context.WithTimeout(ctx, 15*time.Second)
		defer wcancel()
		if err := fake.Wait(wctx, cond); err != nil {
			t.Fatalf("%s: %v\n%s", what, err, errb.String())
		}
	}
}

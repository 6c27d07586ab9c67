package bot_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/bot"
	"github.com/newsbot/newsbot/ingest"
	"github.com/newsbot/newsbot/internal/fakediscord"
	"github.com/newsbot/newsbot/store/storetest"
)

// runBot runs a bot whose answerer hangs until its context ends, against
// a fake Discord; it returns the fake and a stop function that cancels
// Run and returns how long Run took to return.
func runBot(t *testing.T, burst int) (*fakediscord.Server, func() time.Duration) {
	t.Helper()
	fake := fakediscord.New(guildA)
	t.Cleanup(fake.Close)
	bot.SetAPIURL(fake.APIURL())
	t.Cleanup(func() { bot.SetAPIURL("") })
	db := storetest.MustOpen(t)
	hang := func(ctx context.Context, q newsbot.Question) (*newsbot.Answer, error) {
		<-ctx.Done()
		return nil, ctx.Err()
	}
	ans := &answerers{scripts: map[string]func(context.Context, newsbot.Question) (*newsbot.Answer, error){guildA: hang}}
	b, err := bot.New(bot.Config{Answerer: ans, Articles: db, Adder: ingestAdder{ingest.New(db)}, Guilds: db,
		QuestionBurst: burst, QuestionsPerMinute: 1, AnswerTimeout: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- b.Run(ctx, bot.RunOptions{Token: fake.Token, ShardCount: 1, ShutdownGrace: 200 * time.Millisecond})
	}()
	stopped := false
	stop := func() time.Duration {
		stopped = true
		start := time.Now()
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Run: %v", err)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("Run did not return 10 s after cancel")
		}
		return time.Since(start)
	}
	t.Cleanup(func() {
		if !stopped {
			stop()
		}
	})
	waitFake(t, fake, "commands registered", func(evs []fakediscord.Event) bool { return len(kind(evs, fakediscord.KindCommands)) > 0 })
	return fake, stop
}

func waitFake(t *testing.T, fake *fakediscord.Server, what string, cond func([]fakediscord.Event) bool) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := fake.Wait(ctx, cond); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// At shutdown, answers still waiting for a hanging answerer after the
// grace period are stopped and their askers told to ask again, instead of
// being left with "thinking…" until Discord gives up.
func TestShutdownTellsAskersOfHangingAnswers(t *testing.T) {
	fake, stop := runBot(t, 3)
	i := fake.Interact(ask(guildA, chanA, "601", "Will this ever be answered?"))
	waitFake(t, fake, "deferred", func(evs []fakediscord.Event) bool { return len(byToken(evs, fakediscord.KindCallback, i.Token)) > 0 })
	botUser := &discordgo.User{ID: fake.BotID, Bot: true}
	fake.Post(&discordgo.Message{GuildID: guildA, ChannelID: chanA, Author: &discordgo.User{ID: "602"}, Mentions: []*discordgo.User{botUser},
		Content: "<@" + fake.BotID + "> and this one?"})
	waitFake(t, fake, "thread", func(evs []fakediscord.Event) bool { return len(kind(evs, fakediscord.KindThread)) > 0 })
	took := stop()
	if took > 5*time.Second {
		t.Errorf("Run returned %v after cancel; grace 200 ms", took)
	}
	edits := byToken(fake.Events(), fakediscord.KindEdit, i.Token)
	if len(edits) == 0 || !strings.Contains(edits[len(edits)-1].Message.Content, "ask again") {
		t.Errorf("/ask at shutdown: edits %+v, want one telling to ask again", edits)
	}
	th := kind(fake.Events(), fakediscord.KindThread)[0]
	told := false
	for _, e := range kind(fake.Events(), fakediscord.KindMessage) {
		told = told || strings.Contains(e.Message.Content, "ask again")
	}
	if !told {
		t.Errorf("mention in thread %s at shutdown: nobody told to ask again", th.Thread.ID)
	}
}

// A mention over the user's rate limit is refused in a reply to the
// message, without starting an empty thread.
func TestMentionRefusedStartsNoThread(t *testing.T) {
	fake, _ := runBot(t, 1)
	botUser := &discordgo.User{ID: fake.BotID, Bot: true}
	user := &discordgo.User{ID: "603"}
	post := func(q string) *discordgo.Message {
		return fake.Post(&discordgo.Message{GuildID: guildA, ChannelID: chanA, Author: user, Mentions: []*discordgo.User{botUser},
			Content: "<@" + fake.BotID + "> " + q})
	}
	post("first question?")
	waitFake(t, fake, "thread", func(evs []fakediscord.Event) bool { return len(kind(evs, fakediscord.KindThread)) > 0 })
	second := post("second question at once?")
	waitFake(t, fake, "refusal", func(evs []fakediscord.Event) bool {
		for _, e := range kind(evs, fakediscord.KindMessage) {
			if e.Message.Reference == second.ID {
				return true
			}
		}
		return false
	})
	if n := len(kind(fake.Events(), fakediscord.KindThread)); n != 1 {
		t.Errorf("%d threads started; the refused mention must not start one", n)
	}
}

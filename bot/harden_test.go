package bot_test

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/bot"
	"github.com/newsbot/newsbot/internal/fakediscord"
	"github.com/newsbot/newsbot/internal/fakeopenai"
	"github.com/newsbot/newsbot/openai"
)

// answered waits until the original response of interaction i shows an
// answer with quotes and returns that edit.
func (h *harness) answered(t testing.TB, i *discordgo.Interaction) fakediscord.Event {
	t.Helper()
	var last fakediscord.Event
	h.wait(t, "answer of "+i.ID, func(evs []fakediscord.Event) bool {
		for _, e := range byToken(evs, fakediscord.KindEdit, i.Token) {
			if len(quotes(e.Message.Content)) > 0 {
				last = e
				return true
			}
		}
		return false
	})
	return last
}

// TestCrowdAllAnswered: 20 members of one server ask at once, extractive
// mode: every one is answered, none told to retry (issue 11, probe 8). The
// end-to-end latencies are logged, not asserted.
func TestCrowdAllAnswered(t *testing.T) {
	h := start(t, nil)
	h.reply(t, h.addFile(t, guildA, member("700", modPerms), "aleppo.txt", readSample(t)))
	const n = 20
	sent := time.Now()
	var ins []*discordgo.Interaction
	for k := 0; k < n; k++ {
		ins = append(ins, h.fake.Interact(ask(guildA, chanA, fmt.Sprint(710+k), "What did the Russian defence ministry say about Aleppo?")))
	}
	var lat []time.Duration
	for _, i := range ins {
		cb, _ := h.reply(t, i)
		if cb.Type != int(discordgo.InteractionResponseDeferredChannelMessageWithSource) {
			t.Fatalf("question refused (callback type %d): %+v", cb.Type, cb.Message)
		}
		e := h.answered(t, i)
		if strings.Contains(e.Message.Content, "try again") {
			t.Errorf("told to retry: %q", e.Message.Content)
		}
		lat = append(lat, e.At.Sub(sent))
	}
	slices.Sort(lat)
	t.Logf("%d questions at once, end to end: p50 %v, p99 %v, max %v", n, lat[n/2], lat[(n*99+99)/100-1], lat[n-1])
}

// TestHangingModelQueues: with a model that never answers, questions
// beyond the server's model slots wait in the queue and are told their
// place; each slot is freed when its model call times out, so every
// question is answered (from the articles, with a note).
func TestHangingModelQueues(t *testing.T) {
	oai := fakeopenai.New(t)
	oai.Always(fakeopenai.Reply{Hang: true})
	llm, err := openai.NewChat(openai.ChatConfig{Server: openai.Server{BaseURL: oai.URL()}, Model: "test", Timeout: time.Second, Retries: openai.Retries{Max: -1}})
	if err != nil {
		t.Fatal(err)
	}
	h := start(t, nil, llm)
	h.reply(t, h.addFile(t, guildA, member("720", modPerms), "aleppo.txt", readSample(t)))
	var ins []*discordgo.Interaction
	for k := 0; k < 8; k++ {
		ins = append(ins, h.fake.Interact(ask(guildA, chanA, fmt.Sprint(730+k), "Did Russia resume air strikes on Aleppo?")))
	}
	placed := 0
	for _, i := range ins {
		e := h.answered(t, i)
		if !strings.Contains(e.Message.Content, "\n-# ") {
			t.Errorf("answer without the fallback note: %q", e.Message.Content)
		}
		for _, ed := range byToken(h.fake.Events(), fakediscord.KindEdit, i.Token) {
			if strings.Contains(ed.Message.Content, "in this server's queue") {
				placed++
				break
			}
		}
	}
	// Four model slots (the default) for eight questions: four wait.
	if placed < 4 {
		t.Errorf("%d questions were told their place in the queue; want at least 4", placed)
	}
	if got := len(oai.Chats()); got < 8 {
		t.Errorf("%d model calls; want one per question once slots came free", got)
	}
}

// TestMentionFloodOneNotice: a member who floods mentions is told of the
// rate limit once, then gets a reaction per message (issue 11, probe 8).
func TestMentionFloodOneNotice(t *testing.T) {
	fake, _ := runBot(t, 1)
	botUser := &discordgo.User{ID: fake.BotID, Bot: true}
	user := &discordgo.User{ID: "740"}
	var posts []*discordgo.Message
	for k := 0; k < 6; k++ {
		posts = append(posts, fake.Post(&discordgo.Message{GuildID: guildA, ChannelID: chanA, Author: user, Mentions: []*discordgo.User{botUser},
			Content: fmt.Sprintf("<@%s> question %d?", fake.BotID, k)}))
	}
	waitFake(t, fake, "four reactions", func(evs []fakediscord.Event) bool { return len(kind(evs, fakediscord.KindReaction)) >= 4 })
	time.Sleep(100 * time.Millisecond) // nothing more may come
	notices := 0
	for _, e := range kind(fake.Events(), fakediscord.KindMessage) {
		if e.Message.Reference != "" && strings.Contains(e.Message.Content, "faster than I can answer") {
			notices++
		}
	}
	if reacts := len(kind(fake.Events(), fakediscord.KindReaction)); notices != 1 || reacts != 4 {
		t.Errorf("%d notices and %d reactions for 5 refused mentions; want 1 and 4", notices, reacts)
	}
}

// TestAnswerBounded: however long an answer, it is posted as at most
// bot.MaxAnswerMessages messages and stored in at most 64 KB (issue 11,
// probe 2); the sources left out are behind Show sources.
func TestAnswerBounded(t *testing.T) {
	huge := func(ctx context.Context, q newsbot.Question) (*newsbot.Answer, error) {
		a := &newsbot.Answer{Question: q.Text, Mode: newsbot.ModeLLM, Supported: true,
			Answer: strings.Repeat("word ", 60000)}
		for n := 1; n <= 200; n++ {
			a.Citations = append(a.Citations, newsbot.Citation{N: n, ArticleID: 1, Title: "Report", Outlet: "Wire",
				Quote: strings.Repeat(fmt.Sprintf("Quoted line %d. ", n), 100), Speaker: "a source", Verified: true})
			a.Answer += fmt.Sprintf(" [%d]", n)
		}
		return a, nil
	}
	h := start(t, map[string]func(context.Context, newsbot.Question) (*newsbot.Answer, error){guildLong: huge})
	i := h.fake.Interact(ask(guildLong, chanA, "750", "Tell me everything?"))
	h.reply(t, i)
	h.wait(t, "buttons", func(evs []fakediscord.Event) bool {
		for _, e := range append(byToken(evs, fakediscord.KindFollowup, i.Token), byToken(evs, fakediscord.KindEdit, i.Token)...) {
			if len(e.Message.CustomIDs) > 0 {
				return true
			}
		}
		return false
	})
	edits, follow := byToken(h.fake.Events(), fakediscord.KindEdit, i.Token), byToken(h.fake.Events(), fakediscord.KindFollowup, i.Token)
	if n := 1 + len(follow); n > bot.MaxAnswerMessages {
		t.Errorf("answer posted as %d messages; want at most %d", n, bot.MaxAnswerMessages)
	}
	all := edits[len(edits)-1].Message.Content
	for _, f := range follow {
		all += f.Message.Content
	}
	if !strings.Contains(all, "more sources: press **Show sources**") {
		t.Errorf("no pointer to the sources left out")
	}
	rec, err := h.db.BotAnswer(context.Background(), guildLong, 1)
	if err != nil {
		t.Fatal(err)
	}
	stored, _ := json.Marshal(rec.Answer)
	if size := len(stored); size > bot.MaxStoredAnswer {
		t.Errorf("stored answer row of %d bytes; want at most %d", size, bot.MaxStoredAnswer)
	}
}

// TestUnpunctuatedFileRefused: a file of words without sentence
// punctuation is refused with a reason, and nothing is stored (issue 11,
// probe 2).
func TestUnpunctuatedFileRefused(t *testing.T) {
	h := start(t, nil)
	var b strings.Builder
	for b.Len() < 288<<10 {
		b.WriteString("lorem ipsum dolor sit amet consectetur ")
	}
	cb, edit := h.reply(t, h.addFile(t, guildA, member("760", modPerms), "words.txt", []byte(b.String())))
	content := ""
	for _, e := range []fakediscord.Event{cb, edit} {
		if e.Message != nil {
			content += e.Message.Content
		}
	}
	if !strings.Contains(content, "every one is over") {
		t.Errorf("refusal does not say why: %q", content)
	}
	arts, err := h.db.Articles(context.Background(), guildA)
	if err != nil || len(arts) != 0 {
		t.Errorf("%d articles stored (%v)", len(arts), err)
	}
}

package bot_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/answer"
	"github.com/newsbot/newsbot/bot"
	"github.com/newsbot/newsbot/ingest"
	"github.com/newsbot/newsbot/internal/fakediscord"
	"github.com/newsbot/newsbot/internal/fakeopenai"
	"github.com/newsbot/newsbot/openai"
	"github.com/newsbot/newsbot/retrieval"
	"github.com/newsbot/newsbot/store/storetest"
)

// TestEndToEnd drives the bot through the real discordgo client against
// the fake Discord, with real SQLite, ingest and answer packages.
func TestEndToEnd(t *testing.T) {
	release := make(chan struct{})
	long := longAnswer()
	h := start(t, map[string]func(context.Context, newsbot.Question) (*newsbot.Answer, error){
		guildHang: func(ctx context.Context, q newsbot.Question) (*newsbot.Answer, error) {
			select { // an LLM that does not answer until released
			case <-release:
				return &newsbot.Answer{Question: q.Text, Mode: newsbot.ModeLLM, Answer: "Finally answered.", Citations: []newsbot.Citation{}}, nil
			case <-ctx.Done():
				return nil, ctx.Err()
			}
		},
		guildLong: func(ctx context.Context, q newsbot.Question) (*newsbot.Answer, error) { return long, nil },
	})
	ctx := context.Background()

	t.Run("CommandsRegistered", func(t *testing.T) {
		ev := kind(h.fake.Events(), fakediscord.KindCommands)[0]
		if ev.Guild != "" {
			t.Errorf("commands registered to guild %q, want global", ev.Guild)
		}
		names := map[string]*discordgo.ApplicationCommand{}
		for _, c := range ev.Commands {
			names[c.Name] = c
		}
		for _, n := range []string{"ask", "article", "who-said", "settings", "Add as article"} {
			if names[n] == nil {
				t.Errorf("command %q not registered; got %v", n, names)
			}
		}
		if c := names["article"]; c == nil || c.DefaultMemberPermissions == nil || *c.DefaultMemberPermissions != discordgo.PermissionManageMessages {
			t.Errorf("article command must default to Manage Messages")
		}
		id := kind(h.fake.Events(), fakediscord.KindIdentify)[0]
		if id.Intents&int(discordgo.IntentsMessageContent) != 0 {
			t.Errorf("intents %d ask for message content without prefix commands", id.Intents)
		}
	})

	t.Run("NonModeratorCannotAdd", func(t *testing.T) {
		i := h.addFile(t, guildA, member("501", userPerms), "aleppo.txt", readSample(t))
		cb, _ := h.reply(t, i)
		if cb.Type != int(discordgo.InteractionResponseChannelMessageWithSource) || !cb.Message.Ephemeral() || !strings.Contains(cb.Message.Content, "moderators") {
			t.Fatalf("refusal = type %d ephemeral %v %q; want an ephemeral reply naming moderators", cb.Type, cb.Message.Ephemeral(), cb.Message.Content)
		}
		text := h.fake.Interact(slash(guildA, chanA, member("501", userPerms), discordgo.ApplicationCommandInteractionData{ID: "2", Name: "article",
			Options: []*discordgo.ApplicationCommandInteractionDataOption{opt("add-text", discordgo.ApplicationCommandOptionSubCommand, nil)}}))
		if cb, _ := h.reply(t, text); cb.Type == int(discordgo.InteractionResponseModal) {
			t.Errorf("a non-moderator got the add-text form")
		}
		if arts, err := h.db.Articles(ctx, guildA); err != nil || len(arts) != 0 {
			t.Fatalf("articles after refusals = %d, %v; want none", len(arts), err)
		}
	})

	var articleID int64
	t.Run("AddTextThroughModal", func(t *testing.T) {
		open := h.fake.Interact(slash(guildHang, chanA, member("520", modPerms), discordgo.ApplicationCommandInteractionData{ID: "2", Name: "article",
			Options: []*discordgo.ApplicationCommandInteractionDataOption{opt("add-text", discordgo.ApplicationCommandOptionSubCommand, nil)}}))
		cb, _ := h.reply(t, open)
		if cb.Type != int(discordgo.InteractionResponseModal) || cb.Message.ModalID == "" {
			t.Fatalf("add-text answered with type %d, want a modal (9)", cb.Type)
		}
		text := "Dam inspectors report cracks\n\nInspectors found cracks in the Varnhold dam on Monday, the regional water board said in a statement."
		input := func(id, v string) map[string]any {
			return map[string]any{"type": 4, "custom_id": id, "value": v}
		}
		for k, comps := range [][]any{
			{map[string]any{"type": 1, "components": []any{input("text", text)}}},                                   // action rows
			{map[string]any{"type": 18, "component": input("text", strings.Replace(text, "Monday", "Tuesday", 1))}}, // labels
		} {
			submit := h.fake.InteractJSON(map[string]any{"type": 5, "guild_id": guildHang, "channel_id": chanA,
				"member": map[string]any{"user": map[string]any{"id": "520"}, "permissions": fmt.Sprint(modPerms), "roles": []any{}},
				"data":   map[string]any{"custom_id": cb.Message.ModalID, "components": comps}})
			if _, edit := h.reply(t, submit); !strings.Contains(edit.Message.Content, "Added") {
				t.Errorf("submission %d: %q", k, edit.Message.Content)
			}
		}
		if arts, _ := h.db.Articles(ctx, guildHang); len(arts) != 2 {
			t.Errorf("%d articles from the form, want 2", len(arts))
		}
	})

	t.Run("ModeratorAddsFile", func(t *testing.T) {
		i := h.addFile(t, guildA, member("502", modPerms), "aleppo.txt", readSample(t))
		cb, edit := h.reply(t, i)
		if !cb.Message.Ephemeral() {
			t.Errorf("moderator command acknowledged publicly")
		}
		if !strings.Contains(edit.Message.Content, "Added") {
			t.Fatalf("edit = %q, want the added article", edit.Message.Content)
		}
		arts, err := h.db.Articles(ctx, guildA)
		if err != nil || len(arts) != 1 {
			t.Fatalf("articles = %d, %v; want 1", len(arts), err)
		}
		articleID = arts[0].ID
		if arts[0].AddedBy != "502" {
			t.Errorf("added_by = %q, want the moderator's id", arts[0].AddedBy)
		}
	})

	var answerButtons []string
	t.Run("AskDeferredThenEditedWithVerifiedQuotes", func(t *testing.T) {
		sent := time.Now()
		i := h.fake.Interact(ask(guildA, chanA, "503", "Did Russia resume air strikes on Aleppo?"))
		cb, edit := h.reply(t, i)
		t.Logf("ack latency %v, answer after %v", cb.At.Sub(sent), edit.At.Sub(sent))
		if cb.Type != int(discordgo.InteractionResponseDeferredChannelMessageWithSource) || cb.Message.Ephemeral() {
			t.Fatalf("first response type %d ephemeral %v; want a public deferred response (5)", cb.Type, cb.Message.Ephemeral())
		}
		if !edit.At.After(cb.At) {
			t.Errorf("edit before acknowledgement")
		}
		art, err := h.db.Article(ctx, guildA, articleID)
		if err != nil {
			t.Fatal(err)
		}
		qs := quotes(edit.Message.Content)
		if len(qs) == 0 {
			t.Fatalf("answer shows no quotes:\n%s", edit.Message.Content)
		}
		for _, q := range qs {
			if !strings.Contains(norm(art.Text), norm(q)) {
				t.Errorf("quote not in the stored article: %q", q)
			}
		}
		answerButtons = edit.Message.CustomIDs
		if len(answerButtons) != 3 || !strings.HasPrefix(answerButtons[0], "src:") {
			t.Fatalf("buttons = %v; want show sources and two feedback buttons", answerButtons)
		}
		// Each shown quote carries the speaker and intermediary the answer attributes it to.
		var id int64
		fmt.Sscanf(answerButtons[0], "src:%d", &id)
		rec, err := h.db.BotAnswer(ctx, guildA, id)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range rec.Answer.Citations {
			if !c.Verified {
				continue
			}
			block := edit.Message.Content[strings.Index(edit.Message.Content, fmt.Sprintf("**[%d]**", c.N)):]
			block = strings.SplitN(block, "\n\n", 2)[0]
			if c.Speaker != "" && !strings.Contains(block, c.Speaker) || c.Via != "" && !strings.Contains(block, "via "+c.Via) {
				t.Errorf("citation %d shown as %q; want speaker %q via %q", c.N, block, c.Speaker, c.Via)
			}
		}
		if !edit.Message.NoMentions {
			t.Errorf("answer allows mentions; article text could ping @everyone")
		}
	})

	t.Run("ShowSourcesAndFeedback", func(t *testing.T) {
		if len(answerButtons) != 3 {
			t.Skip("no answer buttons")
		}
		src := h.fake.Interact(button(guildA, chanA, member("504", userPerms), answerButtons[0]))
		cb, edit := h.reply(t, src)
		if !cb.Message.Ephemeral() || len(quotes(edit.Message.Content)) == 0 {
			t.Errorf("show sources: ephemeral %v, content %q", cb.Message.Ephemeral(), edit.Message.Content)
		}
		up := h.fake.Interact(button(guildA, chanA, member("504", userPerms), answerButtons[1]))
		if cb, _ := h.reply(t, up); !cb.Message.Ephemeral() {
			t.Errorf("feedback thanks is public")
		}
		fb, err := h.db.BotFeedback(ctx, guildA)
		if err != nil || len(fb) != 1 || fb[0].Vote != 1 || fb[0].User != "504" {
			t.Fatalf("feedback = %+v, %v; want one up vote by 504", fb, err)
		}
		// Another guild cannot vote on this guild's answer.
		other := h.fake.Interact(button(guildB, chanB, member("505", userPerms), answerButtons[2]))
		h.reply(t, other)
		if fb, _ := h.db.BotFeedback(ctx, guildB); len(fb) != 0 {
			t.Errorf("a vote from another guild was stored: %+v", fb)
		}
	})

	t.Run("OtherGuildDoesNotSeeArticle", func(t *testing.T) {
		i := h.fake.Interact(ask(guildB, chanB, "506", "Did Russia resume air strikes on Aleppo?"))
		_, edit := h.reply(t, i)
		if qs := quotes(edit.Message.Content); len(qs) != 0 || strings.Contains(edit.Message.Content, "Interfax") {
			t.Fatalf("guild B's answer uses guild A's article:\n%s", edit.Message.Content)
		}
		// Guild B has no articles: it says so, and how moderators add some.
		for _, want := range []string{"This server has no articles yet", "`/article add-url`", "`/feed add`"} {
			if !strings.Contains(edit.Message.Content, want) {
				t.Errorf("empty server's answer lacks %q:\n%s", want, edit.Message.Content)
			}
		}
	})

	t.Run("AddMessageAsArticle", func(t *testing.T) {
		msg := &discordgo.Message{ID: "700", ChannelID: chanB, GuildID: guildB, Author: &discordgo.User{ID: "515"},
			Content: "Harbour authority reopens Port Zelenka\n\nThe harbour authority said on Friday the Port Zelenka terminal would reopen to cargo ships next week, its spokeswoman Ilse Varga told reporters.\n\nDockworkers' union leader Tomas Brenner said the union had not agreed to the new shift rules."}
		menu := func(m *discordgo.Member) *discordgo.Interaction {
			return h.fake.Interact(slash(guildB, chanB, m, discordgo.ApplicationCommandInteractionData{ID: "4", Name: "Add as article",
				CommandType: discordgo.MessageApplicationCommand, TargetID: msg.ID,
				Resolved: &discordgo.ApplicationCommandInteractionDataResolved{Messages: map[string]*discordgo.Message{msg.ID: msg}}}))
		}
		if cb, _ := h.reply(t, menu(member("516", userPerms))); cb.Type != int(discordgo.InteractionResponseChannelMessageWithSource) || !cb.Message.Ephemeral() {
			t.Fatalf("non-moderator: type %d", cb.Type)
		}
		if arts, _ := h.db.Articles(ctx, guildB); len(arts) != 0 {
			t.Fatalf("a non-moderator added an article")
		}
		if _, edit := h.reply(t, menu(member("517", modPerms))); !strings.Contains(edit.Message.Content, "Added") {
			t.Fatalf("moderator: %q", edit.Message.Content)
		}
		// Guild B's article is used in guild B and not in guild A.
		_, b := h.reply(t, h.fake.Interact(ask(guildB, chanB, "518", "When will Port Zelenka reopen?")))
		_, a := h.reply(t, h.fake.Interact(ask(guildA, chanA, "518", "When will Port Zelenka reopen?")))
		if !strings.Contains(b.Message.Content, "Zelenka") || strings.Contains(a.Message.Content, "Ilse Varga") || strings.Contains(a.Message.Content, "Brenner") {
			t.Errorf("guild B answer %q\nguild A answer %q", b.Message.Content, a.Message.Content)
		}
	})

	t.Run("MentionOpensThreadAndFollowUp", func(t *testing.T) {
		bot := &discordgo.User{ID: h.fake.BotID, Bot: true}
		user := &discordgo.User{ID: "507", Username: "reader"}
		m := h.fake.Post(&discordgo.Message{GuildID: guildA, ChannelID: chanA, Author: user, Mentions: []*discordgo.User{bot},
			Content: "<@" + h.fake.BotID + "> What did the Kremlin say about strikes on Aleppo?"})
		h.wait(t, "thread", func(evs []fakediscord.Event) bool { return len(kind(evs, fakediscord.KindThread)) > 0 })
		th := kind(h.fake.Events(), fakediscord.KindThread)[0]
		if th.Message.ID != m.ID || th.Channel != chanA {
			t.Fatalf("thread started from message %s in %s; want %s in %s", th.Message.ID, th.Channel, m.ID, chanA)
		}
		inThread := func(n int) func([]fakediscord.Event) bool {
			return func(evs []fakediscord.Event) bool {
				c := 0
				for _, e := range kind(evs, fakediscord.KindMessage) {
					if e.Channel == th.Thread.ID {
						c++
					}
				}
				return c >= n
			}
		}
		h.wait(t, "answer in thread", inThread(1))
		h.fake.Post(&discordgo.Message{GuildID: guildA, ChannelID: th.Thread.ID, Author: user, Content: "And what did the rebels say?"})
		h.wait(t, "follow-up answer in thread", inThread(2))
		q := h.ans.last()
		if q.Conversation != th.Thread.ID || len(q.History) != 1 || !strings.Contains(q.History[0].Question, "Kremlin") {
			t.Errorf("follow-up question = %+v; want the thread's history", q)
		}
	})

	t.Run("LongAnswerSplit", func(t *testing.T) {
		i := h.fake.Interact(ask(guildLong, chanA, "508", "Tell me everything."))
		_, edit := h.reply(t, i)
		want := len(bot.RenderAnswer(long))
		h.wait(t, "follow-ups", func(evs []fakediscord.Event) bool {
			return len(byToken(evs, fakediscord.KindFollowup, i.Token)) >= want-1
		})
		msgs := []fakediscord.Message{*edit.Message}
		for _, f := range byToken(h.fake.Events(), fakediscord.KindFollowup, i.Token) {
			msgs = append(msgs, *f.Message)
		}
		if len(msgs) < 3 {
			t.Fatalf("a %d-character answer came in %d messages", len(long.Answer), len(msgs))
		}
		var all strings.Builder
		for k, m := range msgs {
			if n := len([]rune(m.Content)); n > bot.MessageLimit {
				t.Errorf("message %d has %d characters", k, n)
			}
			if (len(m.CustomIDs) > 0) != (k == len(msgs)-1) {
				t.Errorf("message %d buttons %v; want buttons on the last message only", k, m.CustomIDs)
			}
			all.WriteString(m.Content + "\n")
			// A citation is never cut: every quote line is followed by its attribution line.
			lines := strings.Split(m.Content, "\n")
			for j, l := range lines {
				if quoteRE.MatchString(l) && (j+1 >= len(lines) || !strings.HasPrefix(lines[j+1], "> —")) {
					t.Errorf("message %d: citation cut after %q", k, l)
				}
			}
		}
		if got := len(quotes(all.String())); got != len(long.Citations) {
			t.Errorf("%d quotes shown, want %d", got, len(long.Citations))
		}
		for _, p := range strings.Split(long.Answer, "\n\n") {
			if !strings.Contains(norm(all.String()), norm(p[:40])) {
				t.Errorf("paragraph lost: %.40q", p)
			}
		}
	})

	t.Run("AckWhileAnswererHangs", func(t *testing.T) {
		sent := time.Now()
		i := h.fake.Interact(ask(guildHang, chanA, "509", "Will this ever be answered?"))
		h.wait(t, "ack", func(evs []fakediscord.Event) bool { return len(byToken(evs, fakediscord.KindCallback, i.Token)) > 0 })
		cb := byToken(h.fake.Events(), fakediscord.KindCallback, i.Token)[0]
		t.Logf("ack latency with a hanging answerer: %v", cb.At.Sub(sent))
		if cb.Type != int(discordgo.InteractionResponseDeferredChannelMessageWithSource) {
			t.Fatalf("type %d, want deferred (5)", cb.Type)
		}
		if n := len(byToken(h.fake.Events(), fakediscord.KindEdit, i.Token)); n != 0 {
			t.Fatalf("edited before the answerer returned")
		}
		close(release)
		_, edit := h.reply(t, i)
		if !strings.Contains(edit.Message.Content, "Finally answered.") || !cb.At.Before(edit.At) {
			t.Errorf("edit %q at %v, ack at %v", edit.Message.Content, edit.At, cb.At)
		}
	})

	t.Run("RateLimited", func(t *testing.T) {
		var last fakediscord.Event
		for k := 0; k < 5; k++ {
			i := h.fake.Interact(ask(guildLong, chanA, "510", "Again?"))
			last, _ = h.reply(t, i)
			if last.Type == int(discordgo.InteractionResponseChannelMessageWithSource) {
				break
			}
		}
		if !last.Message.Ephemeral() || !strings.Contains(last.Message.Content, "try again in") {
			t.Fatalf("over the limit: type %d %q; want an ephemeral message with when to retry", last.Type, last.Message.Content)
		}
	})

	t.Run("DirectMessage", func(t *testing.T) {
		h.fake.Post(&discordgo.Message{ChannelID: "600", Author: &discordgo.User{ID: "511"}, Content: "hello?"})
		h.wait(t, "DM reply", func(evs []fakediscord.Event) bool {
			for _, e := range kind(evs, fakediscord.KindMessage) {
				if e.Channel == "600" {
					return strings.Contains(e.Message.Content, "server")
				}
			}
			return false
		})
	})

	t.Run("WhoSaidAndListShow", func(t *testing.T) {
		w := h.fake.Interact(slash(guildA, chanA, member("513", userPerms), discordgo.ApplicationCommandInteractionData{ID: "3", Name: "who-said",
			Options: []*discordgo.ApplicationCommandInteractionDataOption{opt("topic", discordgo.ApplicationCommandOptionString, "Minian")}}))
		if _, edit := h.reply(t, w); edit.Message == nil || edit.Message.Content == "" {
			t.Errorf("who-said gave no reply")
		}
		list := h.fake.Interact(slash(guildA, chanA, member("502", modPerms), discordgo.ApplicationCommandInteractionData{ID: "2", Name: "article",
			Options: []*discordgo.ApplicationCommandInteractionDataOption{opt("list", discordgo.ApplicationCommandOptionSubCommand, nil)}}))
		if _, edit := h.reply(t, list); !strings.Contains(edit.Message.Content, fmt.Sprintf("#%d", articleID)) || !strings.Contains(edit.Message.Content, "Aleppo") {
			t.Errorf("list = %q", edit.Message.Content)
		}
		show := h.fake.Interact(slash(guildA, chanA, member("502", modPerms), discordgo.ApplicationCommandInteractionData{ID: "2", Name: "article",
			Options: []*discordgo.ApplicationCommandInteractionDataOption{opt("show", discordgo.ApplicationCommandOptionSubCommand, nil,
				opt("article", discordgo.ApplicationCommandOptionInteger, float64(articleID)))}}))
		if _, edit := h.reply(t, show); len(edit.Message.Embeds) != 1 || !strings.Contains(edit.Message.Embeds[0].Title, "Aleppo") {
			t.Errorf("show embeds = %+v", edit.Message.Embeds)
		}
	})

	t.Run("RemoveWithAutocomplete", func(t *testing.T) {
		auto := func(m *discordgo.Member) []*discordgo.ApplicationCommandOptionChoice {
			i := h.fake.Interact(&discordgo.Interaction{Type: discordgo.InteractionApplicationCommandAutocomplete, GuildID: guildA, ChannelID: chanA, Member: m,
				Data: discordgo.ApplicationCommandInteractionData{ID: "2", Name: "article", Options: []*discordgo.ApplicationCommandInteractionDataOption{
					opt("remove", discordgo.ApplicationCommandOptionSubCommand, nil, &discordgo.ApplicationCommandInteractionDataOption{
						Name: "article", Type: discordgo.ApplicationCommandOptionInteger, Value: "aleppo", Focused: true})}}})
			cb, _ := h.reply(t, i)
			if cb.Type != int(discordgo.InteractionApplicationCommandAutocompleteResult) {
				t.Fatalf("autocomplete answered with type %d", cb.Type)
			}
			return cb.Message.Choices
		}
		if c := auto(member("514", userPerms)); len(c) != 0 {
			t.Errorf("a non-moderator sees article titles: %+v", c)
		}
		choices := auto(member("502", modPerms))
		if len(choices) != 1 || !strings.Contains(choices[0].Name, "Aleppo") {
			t.Fatalf("choices = %+v", choices)
		}
		rm := h.fake.Interact(slash(guildA, chanA, member("502", modPerms), discordgo.ApplicationCommandInteractionData{ID: "2", Name: "article",
			Options: []*discordgo.ApplicationCommandInteractionDataOption{opt("remove", discordgo.ApplicationCommandOptionSubCommand, nil,
				opt("article", discordgo.ApplicationCommandOptionInteger, choices[0].Value))}}))
		if _, edit := h.reply(t, rm); !strings.Contains(edit.Message.Content, "Removed") {
			t.Fatalf("remove = %q", edit.Message.Content)
		}
		if arts, _ := h.db.Articles(ctx, guildA); len(arts) != 0 {
			t.Fatalf("%d articles left after remove", len(arts))
		}
	})

	t.Run("Reconnect", func(t *testing.T) {
		h.fake.Disconnect()
		h.wait(t, "ignored", func([]fakediscord.Event) bool { return true })
		deadline := time.Now().Add(10 * time.Second)
		for h.fake.Connected() == 0 && time.Now().Before(deadline) {
			time.Sleep(20 * time.Millisecond)
		}
		if h.fake.Connected() == 0 {
			t.Fatal("discordgo did not reconnect")
		}
		i := h.fake.Interact(ask(guildB, chanB, "512", "Anything after the reconnect?"))
		if cb, _ := h.reply(t, i); cb.Type != int(discordgo.InteractionResponseDeferredChannelMessageWithSource) {
			t.Errorf("after reconnect: type %d", cb.Type)
		}
	})
}

// longAnswer returns an answer of several long paragraphs with many
// citations, longer than one Discord message.
func longAnswer() *newsbot.Answer {
	a := &newsbot.Answer{Question: "Tell me everything.", Mode: newsbot.ModeLLM, Supported: true}
	var paras []string
	for p := 0; p < 4; p++ {
		paras = append(paras, fmt.Sprintf("Paragraph %d opens here. ", p)+strings.Repeat(fmt.Sprintf("Sentence in paragraph %d with several words to fill the space. ", p), 12))
	}
	a.Answer = strings.Join(paras, "\n\n")
	for n := 1; n <= 9; n++ {
		a.Citations = append(a.Citations, newsbot.Citation{N: n, ArticleID: 1, Title: "A long report", Outlet: "Reuters", URL: "https://example.org/report",
			Published: "2016-11-08", Quote: strings.Repeat(fmt.Sprintf("Quoted line %d says something. ", n), 8), Speaker: "a source", Via: "Interfax", Verified: true})
	}
	return a
}

// BenchmarkAskRoundTrip measures one /ask through discordgo and the fake
// Discord with an instant answerer: acknowledgement latency (ack-µs) and
// the whole round trip (ns/op).
func BenchmarkAskRoundTrip(b *testing.B) {
	h := start(b, map[string]func(context.Context, newsbot.Question) (*newsbot.Answer, error){
		guildLong: func(ctx context.Context, q newsbot.Question) (*newsbot.Answer, error) {
			return &newsbot.Answer{Question: q.Text, Answer: "An answer.", Citations: []newsbot.Citation{}}, nil
		},
	})
	var ack time.Duration
	n := 0
	for b.Loop() {
		n++
		sent := time.Now()
		i := h.fake.Interact(ask(guildLong, chanA, fmt.Sprint(1000+n), "How fast?"))
		cb, _ := h.reply(b, i)
		ack += cb.At.Sub(sent)
	}
	b.ReportMetric(float64(ack.Microseconds())/float64(n), "ack-µs")
}

// TestHangingLLM runs the real answer service against an OpenAI-compatible
// server that never answers: the interaction is acknowledged at once and
// the answer arrives when the LLM call times out (the extractive fallback).
func TestHangingLLM(t *testing.T) {
	oai := fakeopenai.New(t)
	oai.Always(fakeopenai.Reply{Hang: true})
	llm, err := openai.NewChat(openai.ChatConfig{Server: openai.Server{BaseURL: oai.URL()}, Model: "test", Timeout: 500 * time.Millisecond, Retries: openai.Retries{Max: -1}})
	if err != nil {
		t.Fatal(err)
	}
	h := start(t, nil, llm)
	h.reply(t, h.addFile(t, guildA, member("502", modPerms), "aleppo.txt", readSample(t)))
	sent := time.Now()
	i := h.fake.Interact(ask(guildA, chanA, "503", "Did Russia resume air strikes on Aleppo?"))
	cb, edit := h.reply(t, i)
	t.Logf("LLM hanging: ack after %v, answer after %v", cb.At.Sub(sent), edit.At.Sub(sent))
	if cb.Type != int(discordgo.InteractionResponseDeferredChannelMessageWithSource) || !cb.At.Before(edit.At) {
		t.Fatalf("ack type %d at %v, edit at %v", cb.Type, cb.At, edit.At)
	}
	if edit.At.Sub(cb.At) < 400*time.Millisecond {
		t.Errorf("the answer came before the LLM timed out: was the LLM called?")
	}
	if len(quotes(edit.Message.Content)) == 0 || !strings.Contains(edit.Message.Content, "\n-# ") {
		t.Errorf("no quoted answer with a note after the LLM failed:\n%s", edit.Message.Content)
	}
}

// TestRunAllRecommendedShards runs every shard Discord recommends in one
// process (--shard-count 0): one identify per shard, commands registered once.
func TestRunAllRecommendedShards(t *testing.T) {
	const guildShard1 = "300000000004194305" // (id >> 22) % 2 == 1
	fake := fakediscord.New(guildA, guildShard1)
	defer fake.Close()
	fake.Shards = 2
	bot.SetAPIURL(fake.APIURL())
	defer bot.SetAPIURL("")
	db := storetest.MustOpen(t)
	b, err := bot.New(bot.Config{Answerer: &answer.Service{Store: db, Retriever: &retrieval.Searcher{Store: db}}, Articles: db, Adder: ingestAdder{ingest.New(db)}, Guilds: db})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- b.Run(ctx, bot.RunOptions{Token: fake.Token, ShardCount: 0, ShutdownGrace: time.Second})
	}()
	wctx, wcancel := context.WithTimeout(ctx, 15*time.Second)
	defer wcancel()
	err = fake.Wait(wctx, func(evs []fakediscord.Event) bool {
		return len(kind(evs, fakediscord.KindIdentify)) == 2 && len(kind(evs, fakediscord.KindCommands)) == 1
	})
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	h := &harness{fake: fake, db: db}
	for _, g := range []string{guildA, guildShard1} { // on different shards
		i := fake.Interact(ask(g, chanA, "530", "Which shard?"))
		h.reply(t, i)
		if n := len(byToken(fake.Events(), fakediscord.KindCallback, i.Token)); n != 1 {
			t.Errorf("guild %s: %d acknowledgements, want 1", g, n)
		}
	}
	cancel()
	ids := kind(fake.Events(), fakediscord.KindIdentify)
	if ids[0].Shard != [2]int{0, 2} || ids[1].Shard != [2]int{1, 2} {
		t.Errorf("shards identified: %v, %v; want [0 2] and [1 2]", ids[0].Shard, ids[1].Shard)
	}
	if err := <-done; err != nil {
		t.Errorf("Run: %v", err)
	}
	if n := len(kind(fake.Events(), fakediscord.KindCommands)); n != 1 {
		t.Errorf("commands registered %d times", n)
	}
}

func TestRunWrongToken(t *testing.T) {
	fake := fakediscord.New(guildA)
	defer fake.Close()
	bot.SetAPIURL(fake.APIURL())
	defer bot.SetAPIURL("")
	db := storetest.MustOpen(t)
	b, err := bot.New(bot.Config{Answerer: &answer.Service{Store: db, Retriever: &retrieval.Searcher{Store: db}}, Articles: db, Adder: ingestAdder{ingest.New(db)}, Guilds: db})
	if err != nil {
		t.Fatal(err)
	}
	err = b.Run(context.Background(), bot.RunOptions{Token: "not-the-token", ShardCount: 1})
	if newsbot.ErrorCode(err) != newsbot.EINVALID || !strings.Contains(newsbot.ErrorMessage(err), "token") {
		t.Fatalf("Run with a wrong token: %v", err)
	}
}

// TestRunRetriesAtStart: while Discord answers 503 at start, Run retries
// the gateway and the command registration with backoff, logs each retry
// as JSON, and then serves.
func TestRunRetriesAtStart(t *testing.T) {
	fake := fakediscord.New(guildA)
	defer fake.Close()
	fake.FailGateway, fake.FailCommands = 2, 1
	bot.SetAPIURL(fake.APIURL())
	defer bot.SetAPIURL("")
	b, logs := loggingBot(t)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- b.Run(ctx, bot.RunOptions{Token: fake.Token, ShardCount: 1, StartBackoff: 5 * time.Millisecond, ShutdownGrace: time.Second})
	}()
	wctx, wcancel := context.WithTimeout(ctx, 10*time.Second)
	defer wcancel()
	if err := fake.Wait(wctx, func(evs []fakediscord.Event) bool {
		return fake.Connected() > 0 && len(kind(evs, fakediscord.KindCommands)) > 0
	}); err != nil {
		t.Fatalf("not serving after the outage: %v\n%s", err, logs)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("Run: %v", err)
	}
	out := logs.String()
	if n := strings.Count(out, `"msg":"cannot connect to the Discord gateway; retrying"`); n != 2 {
		t.Errorf("%d gateway retries logged, want 2:\n%s", n, out)
	}
	if n := strings.Count(out, `"msg":"command registration failed; retrying"`); n != 1 {
		t.Errorf("%d registration retries logged, want 1:\n%s", n, out)
	}
	if !strings.Contains(out, `"msg":"connected to the Discord gateway","shard":0,"attempts":3`) {
		t.Errorf("the connection after retries is not logged:\n%s", out)
	}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if !json.Valid([]byte(line)) {
			t.Errorf("log line is not JSON: %q", line)
		}
	}
}

// loggingBot returns a bot over a fresh store whose JSON log lines go to
// the returned buffer.
func loggingBot(t *testing.T) (*bot.Bot, *lockedBuffer) {
	t.Helper()
	db := storetest.MustOpen(t)
	logs := &lockedBuffer{}
	b, err := bot.New(bot.Config{Answerer: &answer.Service{Store: db, Retriever: &retrieval.Searcher{Store: db}}, Articles: db,
		Adder: ingestAdder{ingest.New(db)}, Guilds: db, Logger: slog.New(slog.NewJSONHandler(logs, nil))})
	if err != nil {
		t.Fatal(err)
	}
	return b, logs
}

// lockedBuffer is a bytes.Buffer safe for a logger's writes and the test's
// reads.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestRunStoppedBeforeConnecting: a bot stopped (SIGTERM) while Discord
// cannot be reached at start says so in its last log line, instead of
// exiting after a retry line as if it had crashed (review rv7).
func TestRunStoppedBeforeConnecting(t *testing.T) {
	fake := fakediscord.New(guildA)
	defer fake.Close()
	fake.FailGateway = 1000
	bot.SetAPIURL(fake.APIURL())
	defer bot.SetAPIURL("")
	b, logs := loggingBot(t)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- b.Run(ctx, bot.RunOptions{Token: fake.Token, ShardCount: 1, StartBackoff: 5 * time.Millisecond})
	}()
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(logs.String(), "cannot connect to the Discord gateway") && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("Run: %v", err)
	}
	lines := strings.Split(strings.TrimSpace(logs.String()), "\n")
	if last := lines[len(lines)-1]; !strings.Contains(last, `"msg":"stopped before connecting to the Discord gateway","shard":0`) {
		t.Errorf("last log line %q, want the stop before connecting", last)
	}
}

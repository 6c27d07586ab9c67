package bot_test

import (
	"bytes"
	"context"
	"log/slog"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/answer"
	"github.com/newsbot/newsbot/bot"
	"github.com/newsbot/newsbot/chrono"
	"github.com/newsbot/newsbot/ingest"
	"github.com/newsbot/newsbot/internal/fakediscord"
	"github.com/newsbot/newsbot/retrieval"
	"github.com/newsbot/newsbot/retrieval/claims"
	"github.com/newsbot/newsbot/retrieval/timeexpr"
	"github.com/newsbot/newsbot/store/sqlite"
	"github.com/newsbot/newsbot/store/storetest"
)

const (
	guildA, guildB, guildHang, guildLong = "300000000000000001", "300000000000000002", "300000000000000003", "300000000000000004"
	chanA, chanB                         = "400000000000000001", "400000000000000002"
	modPerms                             = int64(discordgo.PermissionManageMessages | discordgo.PermissionViewChannel | discordgo.PermissionSendMessages)
	userPerms                            = int64(discordgo.PermissionViewChannel | discordgo.PermissionSendMessages)
)

// ingestAdder adapts package ingest to bot.Adder, as cmd/newsbot does.
type ingestAdder struct{ ing *ingest.Ingester }

func (a ingestAdder) AddText(ctx context.Context, guild, text string, m bot.Meta) (*bot.AddResult, error) {
	return a.AddFile(ctx, guild, "pasted.txt", []byte(text), m)
}

func (a ingestAdder) AddFile(ctx context.Context, guild, name string, data []byte, m bot.Meta) (*bot.AddResult, error) {
	r, err := a.ing.AddReader(ctx, guild, name, bytes.NewReader(data), ingest.Meta{Title: m.Title, URL: m.URL, AddedBy: m.AddedBy})
	if err != nil {
		return nil, err
	}
	return &bot.AddResult{ID: r.ID, Title: r.Title, Chunks: r.Chunks, Claims: r.Claims, DuplicateOf: r.DuplicateOf}, nil
}

func (a ingestAdder) AddURL(ctx context.Context, guild, url string, m bot.Meta) (*bot.AddResult, error) {
	return nil, newsbot.Errorf(newsbot.EUNAVAIL, "not in this test")
}

// answerers routes questions per guild: scripted answerers for some, the
// real answer service for the rest; it records every question.
type answerers struct {
	real    newsbot.Answerer
	scripts map[string]func(ctx context.Context, q newsbot.Question) (*newsbot.Answer, error)
	mu      sync.Mutex
	asked   []newsbot.Question
}

func (a *answerers) Ask(ctx context.Context, q newsbot.Question) (*newsbot.Answer, error) {
	a.mu.Lock()
	a.asked = append(a.asked, q)
	a.mu.Unlock()
	if f := a.scripts[q.Guild]; f != nil {
		return f(ctx, q)
	}
	return a.real.Ask(ctx, q)
}

func (a *answerers) last() newsbot.Question {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.asked[len(a.asked)-1]
}

type harness struct {
	fake *fakediscord.Server
	bot  *bot.Bot
	db   *sqlite.DB
	ans  *answerers
	done chan error
}

func start(t testing.TB, scripts map[string]func(context.Context, newsbot.Question) (*newsbot.Answer, error), llm ...newsbot.ChatModel) *harness {
	t.Helper()
	fake := fakediscord.New(guildA, guildB, guildHang, guildLong)
	t.Cleanup(fake.Close)
	bot.SetAPIURL(fake.APIURL())
	t.Cleanup(func() { bot.SetAPIURL("") })
	db := storetest.MustOpen(t)
	real := &answer.Service{Store: db, Retriever: &retrieval.Searcher{Store: db}}
	if len(llm) > 0 {
		real.LLM = llm[0]
	}
	ans := &answerers{real: real, scripts: scripts}
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	b, err := bot.New(bot.Config{Answerer: ans, Articles: db, Adder: ingestAdder{ingest.New(db)}, Guilds: db,
		Claims: &claims.Service{Store: db}, Chronicle: &chrono.Service{Store: db}, ParseSince: timeexpr.ParseSince, Digests: db, Logger: log, QuestionBurst: 3, QuestionsPerMinute: 30, AnswerTimeout: 20 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	h := &harness{fake: fake, bot: b, db: db, ans: ans, done: make(chan error, 1)}
	go func() {
		h.done <- b.Run(ctx, bot.RunOptions{Token: fake.Token, ShardCount: 1, ShutdownGrace: time.Second})
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-h.done:
			if err != nil {
				t.Errorf("Run: %v", err)
			}
		case <-time.After(5 * time.Second):
			t.Error("Run did not return after cancel")
		}
	})
	t.Cleanup(func() { noShellWords(t, fake) })
	h.wait(t, "commands registered", func(evs []fakediscord.Event) bool { return len(kind(evs, fakediscord.KindCommands)) > 0 })
	return h
}

func (h *harness) wait(t testing.TB, what string, cond func([]fakediscord.Event) bool) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := h.fake.Wait(ctx, cond); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

func kind(evs []fakediscord.Event, k string) []fakediscord.Event {
	var out []fakediscord.Event
	for _, e := range evs {
		if e.Kind == k {
			out = append(out, e)
		}
	}
	return out
}

func byToken(evs []fakediscord.Event, k, token string) []fakediscord.Event {
	var out []fakediscord.Event
	for _, e := range kind(evs, k) {
		if e.Token == token {
			out = append(out, e)
		}
	}
	return out
}

// reply waits for the callback of an interaction and, unless it is a final
// reply (type 4, 8, 9), for the edit of the original response.
func (h *harness) reply(t testing.TB, i *discordgo.Interaction) (callback, edit fakediscord.Event) {
	t.Helper()
	h.wait(t, "callback of "+i.ID, func(evs []fakediscord.Event) bool { return len(byToken(evs, fakediscord.KindCallback, i.Token)) > 0 })
	callback = byToken(h.fake.Events(), fakediscord.KindCallback, i.Token)[0]
	if callback.Type != int(discordgo.InteractionResponseDeferredChannelMessageWithSource) {
		return callback, fakediscord.Event{}
	}
	h.wait(t, "edit of "+i.ID, func(evs []fakediscord.Event) bool { return len(byToken(evs, fakediscord.KindEdit, i.Token)) > 0 })
	return callback, byToken(h.fake.Events(), fakediscord.KindEdit, i.Token)[0]
}

func member(id string, perms int64) *discordgo.Member {
	return &discordgo.Member{User: &discordgo.User{ID: id, Username: "user" + id}, Permissions: perms, Roles: []string{}}
}

func opt(name string, t discordgo.ApplicationCommandOptionType, v any, sub ...*discordgo.ApplicationCommandInteractionDataOption) *discordgo.ApplicationCommandInteractionDataOption {
	return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: t, Value: v, Options: sub}
}

func slash(guild, channel string, m *discordgo.Member, data discordgo.ApplicationCommandInteractionData) *discordgo.Interaction {
	return &discordgo.Interaction{Type: discordgo.InteractionApplicationCommand, GuildID: guild, ChannelID: channel, Member: m, Data: data}
}

func ask(guild, channel, user, q string) *discordgo.Interaction {
	return slash(guild, channel, member(user, userPerms), discordgo.ApplicationCommandInteractionData{
		ID: "1", Name: "ask", Options: []*discordgo.ApplicationCommandInteractionDataOption{opt("question", discordgo.ApplicationCommandOptionString, q)}})
}

func button(guild, channel string, m *discordgo.Member, customID string) *discordgo.Interaction {
	return &discordgo.Interaction{Type: discordgo.InteractionMessageComponent, GuildID: guild, ChannelID: channel, Member: m,
		Data: discordgo.MessageComponentInteractionData{CustomID: customID, ComponentType: discordgo.ButtonComponent}}
}

func (h *harness) addFile(t testing.TB, guild string, m *discordgo.Member, name string, data []byte) *discordgo.Interaction {
	att := h.fake.Attach(name, "text/plain", data)
	return h.fake.Interact(slash(guild, chanA, m, discordgo.ApplicationCommandInteractionData{
		ID: "2", Name: "article",
		Options: []*discordgo.ApplicationCommandInteractionDataOption{opt("add-file", discordgo.ApplicationCommandOptionSubCommand, nil,
			opt("file", discordgo.ApplicationCommandOptionAttachment, att.ID))},
		Resolved: &discordgo.ApplicationCommandInteractionDataResolved{Attachments: map[string]*discordgo.MessageAttachment{att.ID: att}},
	}))
}

var quoteRE = regexp.MustCompile(`(?m)^> \*\*\[(\d+)\]\*\* “(.*)”$`)

// quotes returns the quotes shown in rendered messages, unescaped.
func quotes(content string) []string {
	var out []string
	for _, m := range quoteRE.FindAllStringSubmatch(content, -1) {
		q := regexp.MustCompile(`\\(.)`).ReplaceAllString(m[2], "$1")
		out = append(out, strings.TrimSuffix(q, "…"))
	}
	return out
}

func norm(s string) string {
	r := strings.NewReplacer("“", `"`, "”", `"`, "’", "'", "‘", "'")
	return strings.Join(strings.Fields(r.Replace(s)), " ")
}

func readSample(t testing.TB) []byte {
	t.Helper()
	data, err := os.ReadFile("../samples/articles/aleppo-russia-strikes.txt")
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// shellWords are command-line words that have no place in a Discord reply
// ("run 'articles' to see the ids", "newsbot feed add URL", "--guild").
var shellWords = regexp.MustCompile(`\bnewsbot (add|ask|search|articles|remove|feed|reindex|claims|guilds|doctor)\b|\brun '|'(articles|feed list|feed add)'|(^|\s)--[a-z]`)

// noShellWords fails the test when a message the bot sent in Discord uses
// command-line words.
func noShellWords(t testing.TB, fake *fakediscord.Server) {
	for _, e := range fake.Events() {
		if e.Message != nil && shellWords.MatchString(e.Message.Content) {
			t.Errorf("a Discord reply uses command-line words: %q", e.Message.Content)
		}
	}
}

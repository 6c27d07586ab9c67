package bot_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/ingest"
	"github.com/newsbot/newsbot/internal/fakediscord"
)

// storeStory adds a short dated story to a guild through the ingest
// pipeline (the Discord add commands are tested elsewhere) and returns the
// first article's id, after correcting it once.
func storeStory(t *testing.T, h *harness, guild string) int64 {
	t.Helper()
	ing := ingest.New(h.db)
	add := func(title, published, outlet, url string, paras ...string) int64 {
		c := &ingest.Cleaned{Title: title, Published: published}
		c.Paragraphs = append(c.Paragraphs, ingest.Paragraph{Text: title, Kind: newsbot.KindHeadline})
		for _, p := range paras {
			c.Paragraphs = append(c.Paragraphs, ingest.Paragraph{Text: p, Kind: newsbot.KindBody})
		}
		res, err := ing.AddCleaned(context.Background(), guild, c, ingest.Meta{Outlet: outlet, URL: url})
		if err != nil {
			t.Fatal(err)
		}
		return res.ID
	}
	first := add("Harwick dockworkers strike", "2026-03-02", "Coastline Press", "https://coast.example/1",
		"About 1,400 dockworkers at the port of Harwick went on strike on Monday over pay.",
		"Union leader Alan Price said the Harwick strike was open-ended.")
	add("Harwick minister urges talks", "2026-03-03", "Coastline Press", "https://coast.example/2",
		"Labour Minister Daniel Okafor said on Monday evening that he had urged both sides in the Harwick strike to talk.")
	add("Harwick dockworkers strike", "2026-03-02", "Coastline Press", "https://coast.example/1",
		"About 1,500 dockworkers at the port of Harwick went on strike on Monday over pay.",
		"Union leader Alan Price said the Harwick strike was open-ended.")
	return first
}

func slashCmd(guild string, m *discordgo.Member, name string, opts ...*discordgo.ApplicationCommandInteractionDataOption) *discordgo.Interaction {
	return slash(guild, chanA, m, discordgo.ApplicationCommandInteractionData{ID: "7", Name: name, Options: opts})
}

// TestTimeViewsEndToEnd drives /timeline, /digest and /article history
// through the real discordgo client against the fake Discord.
func TestTimeViewsEndToEnd(t *testing.T) {
	h := start(t, nil)
	first := storeStory(t, h, guildA)
	str := discordgo.ApplicationCommandOptionString

	t.Run("Timeline", func(t *testing.T) {
		cb, edit := h.reply(t, h.fake.Interact(slashCmd(guildA, member("601", userPerms), "timeline", opt("topic", str, "Harwick strike"))))
		if cb.Type != int(discordgo.InteractionResponseDeferredChannelMessageWithSource) || cb.Message.Ephemeral() {
			t.Fatalf("timeline acknowledged with type %d ephemeral %v", cb.Type, cb.Message.Ephemeral())
		}
		got := edit.Message.Content
		t.Logf("/timeline:\n%s", got)
		monday := strings.Index(got, "**2 March 2026**")
		okafor := strings.Index(got, "Daniel Okafor")
		if !strings.Contains(got, "**Timeline of Harwick strike**") || monday < 0 || okafor < monday || strings.Contains(got, "1,400") {
			t.Errorf("timeline = %q; want the minister's Monday-evening statement under 2 March, the corrected text only", got)
		}
		if !edit.Message.NoMentions {
			t.Error("timeline allows mentions")
		}
		_, bad := h.reply(t, h.fake.Interact(slashCmd(guildA, member("601", userPerms), "timeline", opt("topic", str, "the"))))
		if !strings.Contains(bad.Message.Content, "more specific topic") {
			t.Errorf("timeline of a stop word = %q", bad.Message.Content)
		}
		_, other := h.reply(t, h.fake.Interact(slashCmd(guildB, member("602", userPerms), "timeline", opt("topic", str, "Harwick strike"))))
		if strings.Contains(other.Message.Content, "Okafor") {
			t.Errorf("another guild sees this guild's timeline: %q", other.Message.Content)
		}
	})

	t.Run("Digest", func(t *testing.T) {
		_, edit := h.reply(t, h.fake.Interact(slashCmd(guildA, member("603", userPerms), "digest", opt("since", str, "1h"))))
		got := edit.Message.Content
		if !strings.Contains(got, "— 2 stories") || !strings.Contains(got, "Harwick minister urges talks") || !strings.Contains(got, "· corrected") {
			t.Errorf("digest = %q; want both stories, the first marked corrected", got)
		}
		_, bad := h.reply(t, h.fake.Interact(slashCmd(guildA, member("603", userPerms), "digest", opt("since", str, "soon"))))
		if !strings.Contains(bad.Message.Content, "24h") {
			t.Errorf("digest since soon = %q; want a hint like 24h", bad.Message.Content)
		}
	})

	t.Run("ArticleHistory", func(t *testing.T) {
		hist := func(m *discordgo.Member) *discordgo.Interaction {
			return slashCmd(guildA, m, "article", opt("history", discordgo.ApplicationCommandOptionSubCommand, nil,
				opt("article", discordgo.ApplicationCommandOptionInteger, float64(first))))
		}
		cb, edit := h.reply(t, h.fake.Interact(hist(member("604", modPerms))))
		if !cb.Message.Ephemeral() {
			t.Error("history shown publicly")
		}
		got := edit.Message.Content
		t.Logf("/article history:\n%s", got)
		if !strings.Contains(got, "2 versions") || !strings.Contains(got, "~~About 1,400") || !strings.Contains(got, "+ About 1,500") {
			t.Errorf("history = %q; want two versions and the changed sentence", got)
		}
		if cb, _ := h.reply(t, h.fake.Interact(hist(member("605", userPerms)))); !strings.Contains(cb.Message.Content, "moderators") {
			t.Errorf("a non-moderator saw the history: %q", cb.Message.Content)
		}
	})

	t.Run("DailyDigest", func(t *testing.T) {
		set := func(m *discordgo.Member, channel string) fakediscord.Event {
			var opts []*discordgo.ApplicationCommandInteractionDataOption
			if channel != "" {
				opts = append(opts, opt("channel", discordgo.ApplicationCommandOptionChannel, channel))
			}
			_, edit := h.reply(t, h.fake.Interact(slashCmd(guildA, m, "settings",
				opt("digest-channel", discordgo.ApplicationCommandOptionSubCommand, nil, opts...))))
			return edit
		}
		if edit := set(member("606", modPerms), "c-digest"); !strings.Contains(edit.Message.Content, "<#c-digest>") {
			t.Fatalf("setting the digest channel: %q", edit.Message.Content)
		}
		show := func() string {
			_, edit := h.reply(t, h.fake.Interact(slashCmd(guildA, member("606", modPerms), "settings",
				opt("show", discordgo.ApplicationCommandOptionSubCommand, nil))))
			return edit.Message.Content
		}
		if got := show(); !strings.Contains(got, "**Daily digest:** <#c-digest>") {
			t.Errorf("/settings show does not name the digest channel: %q", got)
		}
		if err := h.bot.PostDigests(context.Background(), time.Now().Add(-time.Hour)); err != nil {
			t.Fatal(err)
		}
		h.wait(t, "digest posted", func(evs []fakediscord.Event) bool {
			for _, e := range kind(evs, fakediscord.KindMessage) {
				if e.Channel == "c-digest" && strings.Contains(e.Message.Content, "Harwick minister urges talks") {
					return true
				}
			}
			return false
		})
		set(member("606", modPerms), "") // stop
		if got := show(); !strings.Contains(got, "**Daily digest:** off") {
			t.Errorf("/settings show after stopping the digest: %q", got)
		}
		before := len(kind(h.fake.Events(), fakediscord.KindMessage))
		if err := h.bot.PostDigests(context.Background(), time.Now().Add(-time.Hour)); err != nil {
			t.Fatal(err)
		}
		if after := len(kind(h.fake.Events(), fakediscord.KindMessage)); after != before {
			t.Errorf("a digest was posted after it was stopped")
		}
	})
}

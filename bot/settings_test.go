package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
	"github.com/newsbot/newsbot"
)

func settingsInteraction(perms int64, sub string, opts ...*discordgo.ApplicationCommandInteractionDataOption) *discordgo.Interaction {
	return &discordgo.Interaction{ID: "s", Type: discordgo.InteractionApplicationCommand, GuildID: "g", ChannelID: "c",
		Member: &discordgo.Member{User: &discordgo.User{ID: "m"}, Permissions: perms},
		Data: discordgo.ApplicationCommandInteractionData{Name: "settings", Options: []*discordgo.ApplicationCommandInteractionDataOption{
			{Name: sub, Type: discordgo.ApplicationCommandOptionSubCommand, Options: opts}}}}
}

func TestSettings(t *testing.T) {
	b, _ := newTestBot(t, func(ctx context.Context, q newsbot.Question) (*newsbot.Answer, error) {
		return &newsbot.Answer{Answer: "ok"}, nil
	})
	ctx := context.Background()
	mod := int64(discordgo.PermissionManageMessages)

	rec := &recorder{}
	b.HandleInteraction(rec, settingsInteraction(mod, "allow-channel", &discordgo.ApplicationCommandInteractionDataOption{Name: "channel", Type: discordgo.ApplicationCommandOptionChannel, Value: "news"}))
	set, err := b.cfg.Guilds.GuildSettings(ctx, "g")
	if err != nil || len(set.Channels) != 1 || set.Channels[0] != "news" {
		t.Fatalf("settings = %+v, %v; want channel news allowed", set, err)
	}

	rec = &recorder{}
	b.HandleInteraction(rec, askInteraction("what happened?")) // in channel c
	if len(rec.responses) != 1 || rec.responses[0].Type != discordgo.InteractionResponseChannelMessageWithSource || !strings.Contains(rec.responses[0].Data.Content, "<#news>") {
		t.Fatalf("ask outside the allowed channels: %+v", rec.responses)
	}

	t.Run("ErrModeratorRoleNeedsManageServer", func(t *testing.T) {
		rec := &recorder{}
		b.HandleInteraction(rec, settingsInteraction(mod, "moderator-role", &discordgo.ApplicationCommandInteractionDataOption{Name: "role", Type: discordgo.ApplicationCommandOptionRole, Value: "r9"}))
		if set, _ := b.cfg.Guilds.GuildSettings(ctx, "g"); set.ModeratorRole != "" {
			t.Fatalf("moderator role set without Manage Server")
		}
		if len(rec.edits) != 1 || !strings.Contains(rec.edits[0], "Manage Server") {
			t.Fatalf("edits = %q", rec.edits)
		}
	})
	t.Run("ErrNotModerator", func(t *testing.T) {
		rec := &recorder{}
		b.HandleInteraction(rec, settingsInteraction(0, "prefix", &discordgo.ApplicationCommandInteractionDataOption{Name: "prefix", Type: discordgo.ApplicationCommandOptionString, Value: "?"}))
		if set, _ := b.cfg.Guilds.GuildSettings(ctx, "g"); set.Prefix != "" {
			t.Fatalf("prefix changed by a non-moderator")
		}
	})
	t.Run("ErrBadPrefix", func(t *testing.T) {
		rec := &recorder{}
		b.HandleInteraction(rec, settingsInteraction(mod, "prefix", &discordgo.ApplicationCommandInteractionDataOption{Name: "prefix", Type: discordgo.ApplicationCommandOptionString, Value: "two words"}))
		if set, _ := b.cfg.Guilds.GuildSettings(ctx, "g"); set.Prefix != "" {
			t.Fatalf("invalid prefix stored: %q", set.Prefix)
		}
	})
	t.Run("OtherGuildUnaffected", func(t *testing.T) {
		if set, _ := b.cfg.Guilds.GuildSettings(ctx, "other"); len(set.Channels) != 0 {
			t.Fatalf("another guild got the channel list")
		}
	})
}

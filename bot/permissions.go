package bot

import (
	"context"
	"slices"
	"strings"

	"github.com/bwmarrin/discordgo"
	"github.com/newsbot/newsbot"
)

// isModerator reports whether the member behind an interaction may manage
// the guild's articles: Manage Messages (or Administrator) in the channel,
// as Discord computed it for the interaction, or the guild's moderator role.
func (b *Bot) isModerator(ctx context.Context, in *Interaction) (bool, error) {
	if in.Guild == "" || in.Member == nil {
		return false, nil
	}
	p := in.Member.Permissions
	if p&discordgo.PermissionManageMessages != 0 || p&discordgo.PermissionAdministrator != 0 {
		return true, nil
	}
	set, err := b.cfg.Guilds.GuildSettings(ctx, in.Guild)
	if err != nil {
		return false, err
	}
	return set.ModeratorRole != "" && slices.Contains(in.Member.Roles, set.ModeratorRole), nil
}

// requireModerator returns an EFORBIDDEN error unless the member is a
// moderator. It runs before the acknowledgement, so the refusal is an
// ephemeral reply and the handler never runs.
func (b *Bot) requireModerator(ctx context.Context, in *Interaction) error {
	if in.Guild == "" {
		return newsbot.Errorf(newsbot.EINVALID, dmText)
	}
	ok, err := b.isModerator(ctx, in)
	if err != nil {
		return err
	}
	if !ok {
		return newsbot.Errorf(newsbot.EFORBIDDEN, "Only moderators can do that: you need the Manage Messages permission or this server's moderator role.")
	}
	return nil
}

// checkChannel refuses questions outside the guild's allowed channels and in
// direct messages.
func (b *Bot) checkChannel(ctx context.Context, in *Interaction) error {
	if in.Guild == "" {
		return newsbot.Errorf(newsbot.EINVALID, dmText)
	}
	set, err := b.cfg.Guilds.GuildSettings(ctx, in.Guild)
	if err != nil {
		return err
	}
	if ok, err := b.channelAllowed(ctx, set, in.ChannelID); err != nil || ok {
		return err
	}
	return newsbot.Errorf(newsbot.EFORBIDDEN, "I only answer in %s in this server.", channelList(set.Channels))
}

// channelAllowed reports whether the bot answers in a channel: every channel
// when none is configured, else the listed ones and the threads the bot
// opened.
func (b *Bot) channelAllowed(ctx context.Context, set *newsbot.GuildSettings, channel string) (bool, error) {
	if len(set.Channels) == 0 || slices.Contains(set.Channels, channel) {
		return true, nil
	}
	return b.cfg.Guilds.IsBotThread(ctx, set.Guild, channel)
}

func channelList(ids []string) string {
	out := make([]string, len(ids))
	for k, id := range ids {
		out[k] = "<#" + id + ">"
	}
	return strings.Join(out, ", ")
}

const dmText = "Hi! I answer questions about the news articles a server's moderators have added, with the exact quotes and who said them. " +
	"I only work inside a server: use `/ask` or mention me in a channel where I'm present. Direct messages have no articles."

package bot

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/bwmarrin/discordgo"
	"github.com/newsbot/newsbot"
)

// handleSettings shows or changes the guild's settings. Changing the
// moderator role needs Manage Server, so that a role moderator cannot hand
// the role on.
func (b *Bot) handleSettings(ctx context.Context, in *Interaction) error {
	set, err := b.cfg.Guilds.GuildSettings(ctx, in.Guild)
	if err != nil {
		return err
	}
	set.Guild = in.Guild
	sub := strings.TrimPrefix(in.Key, cmdSettings+" ")
	switch sub {
	case "show":
		return in.Reply(settingsText(set, b.cfg.PrefixCommands)+b.digestLine(ctx, in.Guild), true)
	case "moderator-role":
		if in.Member == nil || in.Member.Permissions&(discordgo.PermissionManageGuild|discordgo.PermissionAdministrator) == 0 {
			return newsbot.Errorf(newsbot.EFORBIDDEN, "Changing the moderator role needs the Manage Server permission.")
		}
		set.ModeratorRole = idOption(in, "role")
	case "allow-channel":
		if ch := idOption(in, "channel"); !slices.Contains(set.Channels, ch) {
			if len(set.Channels) >= 50 {
				return newsbot.Errorf(newsbot.EINVALID, "At most 50 channels can be listed.")
			}
			set.Channels = append(set.Channels, ch)
		}
	case "disallow-channel":
		ch := idOption(in, "channel")
		set.Channels = slices.DeleteFunc(set.Channels, func(c string) bool { return c == ch })
	case "prefix":
		p := strings.TrimSpace(stringOption(in, "prefix"))
		if p == "" || len(p) > 16 || strings.ContainsAny(p, " \n\t") {
			return newsbot.Errorf(newsbot.EINVALID, "A prefix is 1 to 16 characters without spaces, e.g. `!news`.")
		}
		set.Prefix = p
	default:
		return newsbot.Errorf(newsbot.ENOTFOUND, "Unknown setting.")
	}
	if err := b.cfg.Guilds.SetGuildSettings(ctx, set); err != nil {
		return err
	}
	b.log.Info("settings changed", "guild", in.Guild, "user", in.User, "setting", sub)
	return in.Reply("Saved.\n"+settingsText(set, b.cfg.PrefixCommands), true)
}

func settingsText(s *newsbot.GuildSettings, prefixOn bool) string {
	role := "none (Manage Messages is needed)"
	if s.ModeratorRole != "" {
		role = "<@&" + s.ModeratorRole + "> (or Manage Messages)"
	}
	chans := "all channels"
	if len(s.Channels) > 0 {
		chans = channelList(s.Channels)
	}
	prefix := s.Prefix
	if prefix == "" {
		prefix = newsbot.DefaultPrefix
	}
	state := "off (the operator has not enabled chat commands)"
	if prefixOn {
		state = "on"
	}
	return fmt.Sprintf("**Moderator role:** %s\n**Answers in:** %s\n**Chat prefix:** `%s` — %s", role, chans, prefix, state)
}

// digestLine is the /settings show line for the daily digest, or "" when
// digests are not set up on this bot. A store error is logged and the line
// left out, so the other settings still show.
func (b *Bot) digestLine(ctx context.Context, guild string) string {
	if b.cfg.Digests == nil || b.cfg.Chronicle == nil {
		return ""
	}
	chans, err := b.cfg.Digests.DigestChannels(ctx)
	if err != nil {
		b.log.Error("digest channels", "guild", guild, "err", err)
		return ""
	}
	if ch := chans[guild]; ch != "" {
		return "\n**Daily digest:** <#" + ch + ">"
	}
	return "\n**Daily digest:** off (`/settings digest-channel` starts it)"
}

package bot

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/newsbot/newsbot"
)

// Feeds follows RSS, Atom and JSON feeds per guild; new items become
// articles (ingest.Poller with the store). Safe for concurrent use.
type Feeds interface {
	// AddFeed follows a feed (or the feed an HTML page links), polled every
	// interval (0: the default), announcing new articles in channel ("": none).
	AddFeed(ctx context.Context, guild, url string, interval time.Duration, channel, addedBy string) (*newsbot.Feed, error)
	// RemoveFeed stops following a feed of the guild, or returns ENOTFOUND.
	RemoveFeed(ctx context.Context, guild string, id int64) error
	// Feeds lists the guild's feeds.
	Feeds(ctx context.Context, guild string) ([]newsbot.Feed, error)
}

const cmdFeed = "feed"

func feedCommand() *discordgo.ApplicationCommand {
	minHours := 0.25
	return &discordgo.ApplicationCommand{
		Name: cmdFeed, Description: "Moderators: follow news feeds; new items become articles",
		DMPermission: &noDM, Contexts: guildOnly, DefaultMemberPermissions: &manageMessages,
		Options: []*discordgo.ApplicationCommandOption{
			sub("add", "Follow an RSS, Atom or JSON feed (or a page that links one)",
				&discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionString, Name: "url", Description: "Feed or site address", Required: true, MaxLength: 2000},
				&discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionChannel, Name: "announce", Description: "Channel where new articles are announced",
					ChannelTypes: []discordgo.ChannelType{discordgo.ChannelTypeGuildText, discordgo.ChannelTypeGuildNews}},
				&discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionNumber, Name: "every-hours", Description: "Polling interval in hours (default 0.25)", MinValue: &minHours, MaxValue: 168}),
			sub("remove", "Stop following a feed (its articles stay)",
				&discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionInteger, Name: "feed", Description: "Start typing the feed's title", Required: true, Autocomplete: true}),
			sub("list", "List the feeds this server follows"),
		},
	}
}

func (b *Bot) feeds() (Feeds, error) {
	if b.cfg.Feeds == nil {
		return nil, newsbot.Errorf(newsbot.EUNAVAIL, "Feeds are not enabled on this bot.")
	}
	return b.cfg.Feeds, nil
}

func (b *Bot) handleFeedAdd(ctx context.Context, in *Interaction) error {
	fs, err := b.feeds()
	if err != nil {
		return err
	}
	u := strings.TrimSpace(stringOption(in, "url"))
	if !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
		return newsbot.Errorf(newsbot.EINVALID, "Give the feed's address starting with http:// or https://.")
	}
	var every time.Duration
	if o := option(in, "every-hours"); o != nil {
		if h, ok := o.Value.(float64); ok {
			every = time.Duration(h * float64(time.Hour))
		}
	}
	f, err := fs.AddFeed(ctx, in.Guild, u, every, idOption(in, "announce"), in.User)
	if err != nil {
		return newsbot.WithHint(err, newsbot.ECONFLICT, "`/feed list` shows this server's feeds")
	}
	b.log.Info("feed added", "guild", in.Guild, "user", in.User, "feed", f.ID)
	text := fmt.Sprintf("📡 Following **#%d %s**, %s.", f.ID, escape(clip(firstNonEmpty(f.Title, f.URL), 150)), everyWords(f.Interval))
	if f.Channel != "" {
		text += " New articles will be announced in <#" + f.Channel + ">."
	}
	return in.Reply(text, true)
}

func (b *Bot) handleFeedRemove(ctx context.Context, in *Interaction) error {
	fs, err := b.feeds()
	if err != nil {
		return err
	}
	id, ok := intOption(in, "feed")
	if !ok {
		return newsbot.Errorf(newsbot.EINVALID, "Choose a feed from the list.")
	}
	if err := fs.RemoveFeed(ctx, in.Guild, id); err != nil {
		return newsbot.WithHint(err, newsbot.ENOTFOUND, "`/feed list` shows the ids")
	}
	b.log.Info("feed removed", "guild", in.Guild, "user", in.User, "feed", id)
	return in.Reply(fmt.Sprintf("Stopped following feed #%d. Its articles stay.", id), true)
}

func (b *Bot) handleFeedList(ctx context.Context, in *Interaction) error {
	fs, err := b.feeds()
	if err != nil {
		return err
	}
	list, err := fs.Feeds(ctx, in.Guild)
	if err != nil {
		return err
	}
	if len(list) == 0 {
		return in.Reply("This server follows no feeds. Add one with `/feed add`.", true)
	}
	lines := []string{fmt.Sprintf("**%d feed%s**", len(list), plural(len(list)))}
	for _, f := range list {
		line := fmt.Sprintf("`#%d` %s — %s, %d article%s", f.ID, escape(clip(firstNonEmpty(f.Title, f.URL), 120)), everyWords(f.Interval), f.Items, plural(f.Items))
		if f.LastError != "" {
			line += " — ⚠️ " + escape(clip(f.LastError, 120))
		}
		lines = append(lines, line)
	}
	for k, m := range Pack([]string{strings.Join(lines, "\n")}, MessageLimit) {
		if err := b.sendPart(ctx, in, k, m, nil); err != nil {
			return err
		}
	}
	return nil
}

// autocompleteFeeds suggests the guild's feeds to moderators.
func (b *Bot) autocompleteFeeds(ctx context.Context, in *Interaction) error {
	choices := []*discordgo.ApplicationCommandOptionChoice{}
	if ok, err := b.isModerator(ctx, in); err == nil && ok && b.cfg.Feeds != nil {
		typed := ""
		for _, o := range options(in) {
			if o.Focused {
				typed = strings.ToLower(fmt.Sprint(o.Value))
			}
		}
		list, err := b.cfg.Feeds.Feeds(ctx, in.Guild)
		if err != nil {
			return err
		}
		for _, f := range list {
			name := fmt.Sprintf("#%d %s", f.ID, firstNonEmpty(f.Title, f.URL))
			if typed == "" || strings.Contains(strings.ToLower(name), typed) {
				choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: clip(name, ChoiceNameLimit), Value: f.ID})
			}
			if len(choices) == 25 {
				break
			}
		}
	}
	return in.Respond(&discordgo.InteractionResponse{
		Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: choices},
	})
}

// Announce posts a new article from a feed in a channel of the guild. It
// is the poller's announcement hook; it returns an error when no gateway
// session is running or Discord refuses the message.
func (b *Bot) Announce(ctx context.Context, channel string, a *newsbot.Article) error {
	b.mu.RLock()
	s := b.rest
	b.mu.RUnlock()
	if s == nil {
		return newsbot.Errorf(newsbot.EUNAVAIL, "not connected to Discord")
	}
	title := escape(clip(oneLine(a.Title), 200))
	if u := safeURL(a.URL); u != "" {
		title = fmt.Sprintf("[%s](<%s>)", title, u)
	}
	text := fmt.Sprintf("📰 New article **#%d** %s", a.ID, title)
	if a.Outlet != "" {
		text += " — *" + escape(clip(a.Outlet, 80)) + "*"
	}
	_, err := s.ChannelMessageSendComplex(channel, &discordgo.MessageSend{Content: text, AllowedMentions: noMentions()}, discordgo.WithContext(ctx))
	return err
}

func firstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}

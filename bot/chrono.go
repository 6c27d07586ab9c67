package bot

import (
	"cmp"
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/newsbot/newsbot"
)

// Time views (docs/time.md): /timeline, /digest and /article history show
// what the command line's timeline, digest and history show, from the same
// newsbot.Chronicle.

const (
	cmdTimeline = "timeline"
	cmdDigest   = "digest"
	// maxViewMessages bounds the messages of one time view.
	maxViewMessages = 3
)

func timeCommands() []*discordgo.ApplicationCommand {
	return []*discordgo.ApplicationCommand{
		{
			Name: cmdTimeline, Description: "A story's dated statements and events, oldest first",
			DMPermission: &noDM, Contexts: guildOnly,
			Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionString, Name: "topic", Description: "The story: a name, place or subject", Required: true, MaxLength: 200},
				{Type: discordgo.ApplicationCommandOptionBoolean, Name: "private", Description: "Only you see the result"},
			},
		},
		{
			Name: cmdDigest, Description: "Stories added or corrected recently, one attributed line each",
			DMPermission: &noDM, Contexts: guildOnly,
			Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionString, Name: "since", Description: "How far back: 24h (default), 3d, 2w or a date like 2026-03-09", MaxLength: 20},
				{Type: discordgo.ApplicationCommandOptionBoolean, Name: "private", Description: "Only you see the result"},
			},
		},
	}
}

// historySub is the /article history subcommand.
func historySub() *discordgo.ApplicationCommandOption {
	return sub("history", "Show an article's corrections: each version and the sentences changed", articleOpt())
}

func (b *Bot) chronicle() (newsbot.Chronicle, error) {
	if b.cfg.Chronicle == nil {
		return nil, newsbot.Errorf(newsbot.EUNAVAIL, "Timelines, digests and histories are not set up on this bot.")
	}
	return b.cfg.Chronicle, nil
}

func (b *Bot) handleTimeline(ctx context.Context, in *Interaction) error {
	c, err := b.chronicle()
	if err != nil {
		return err
	}
	topic := strings.TrimSpace(stringOption(in, "topic"))
	entries, err := c.Timeline(ctx, in.Guild, topic)
	if newsbot.ErrorCode(err) == newsbot.EINVALID {
		return newsbot.Errorf(newsbot.EINVALID, "Give a more specific topic: a name, a place or a subject.")
	} else if err != nil {
		return err
	}
	return b.sendParts(ctx, in, RenderTimeline(topic, entries))
}

func (b *Bot) handleDigest(ctx context.Context, in *Interaction) error {
	c, err := b.chronicle()
	if err != nil {
		return err
	}
	since := strings.TrimSpace(stringOption(in, "since"))
	if since == "" {
		since = "24h"
	}
	from, err := b.parseSince(since)
	if err != nil {
		return newsbot.Errorf(newsbot.EINVALID, "%s", upperFirst(err.Error()))
	}
	items, err := c.Digest(ctx, in.Guild, from)
	if err != nil {
		return err
	}
	return b.sendParts(ctx, in, RenderDigest(from, items))
}

func (b *Bot) handleHistory(ctx context.Context, in *Interaction) error {
	c, err := b.chronicle()
	if err != nil {
		return err
	}
	id, ok := intOption(in, "article")
	if !ok {
		return newsbot.Errorf(newsbot.EINVALID, "Choose an article from the list.")
	}
	a, versions, err := c.History(ctx, in.Guild, id)
	if err != nil {
		return err
	}
	return b.sendParts(ctx, in, RenderHistory(a, versions))
}

// parseSince reads a /digest window with Config.ParseSince, else as a
// Go duration ("24h").
func (b *Bot) parseSince(s string) (time.Time, error) {
	now := b.now()
	if b.cfg.ParseSince != nil {
		return b.cfg.ParseSince(s, now)
	}
	d, err := time.ParseDuration(s)
	if err != nil || d <= 0 {
		return time.Time{}, fmt.Errorf("%q is not a length of time: write it like 24h", s)
	}
	return now.Add(-d), nil
}

func (b *Bot) now() time.Time {
	if b.cfg.Now != nil {
		return b.cfg.Now()
	}
	return time.Now()
}

// sendParts sends a view's messages, at most maxViewMessages.
func (b *Bot) sendParts(ctx context.Context, in *Interaction, msgs []string) error {
	for k, m := range msgs[:min(len(msgs), maxViewMessages)] {
		if err := b.sendPart(ctx, in, k, m, nil); err != nil {
			return err
		}
	}
	return nil
}

// RenderTimeline renders a timeline, a heading per date.
func RenderTimeline(topic string, entries []newsbot.TimelineEntry) []string {
	if len(entries) == 0 {
		return []string{fmt.Sprintf("I found no dated statements about **%s** in this server's articles.", escape(clip(topic, 100)))}
	}
	blocks := []string{fmt.Sprintf("**Timeline of %s** — %d entr%s, oldest first", escape(clip(topic, 100)), len(entries), map[bool]string{true: "y", false: "ies"}[len(entries) == 1])}
	var cur []string
	prev := "-"
	for _, e := range entries {
		if e.Date != prev && len(cur) > 0 {
			blocks = append(blocks, strings.Join(cur, "\n"))
			cur = nil
		}
		if e.Date != prev {
			cur = append(cur, "**"+escape(orUnknown(e.DateLabel))+"**")
			prev = e.Date
		}
		cur = append(cur, "• "+timelineItem(e))
	}
	blocks = append(blocks, strings.Join(cur, "\n"))
	return capMessages(Pack(blocks, MessageLimit), "…more entries: narrow the topic.")
}

func timelineItem(e newsbot.TimelineEntry) string {
	var b strings.Builder
	if before, after, ok := e.RelayCue(); ok {
		// "The Interfax news agency cited **a source ...** as saying on Tuesday"
		fmt.Fprintf(&b, "%s %s **%s** %s", escape(upperFirst(e.Via)), escape(before), escape(e.Speaker), escape(after))
		if e.When != "" {
			b.WriteString(" " + escape(e.When))
		}
		fmt.Fprintf(&b, ": “%s”", escape(clip(newsbot.QuotedContent(e.Content), 300)))
	} else if e.Speaker != "" {
		fmt.Fprintf(&b, "**%s** %s", escape(upperFirst(e.Speaker)), escape(newsbot.SpeechVerb(e.Cue)))
		if e.When != "" {
			b.WriteString(" " + escape(e.When))
		}
		if e.Via != "" {
			fmt.Fprintf(&b, " (via %s)", escape(e.Via))
		}
		fmt.Fprintf(&b, ": “%s”", escape(clip(newsbot.QuotedContent(e.Content), 300)))
	} else {
		fmt.Fprintf(&b, "“%s”", escape(clip(e.Sentence, 300)))
	}
	src := e.Outlet
	if src == "" {
		src = e.Title
	}
	fmt.Fprintf(&b, " — *%s*", escape(clip(src, 100)))
	if len(e.AlsoIn) > 0 {
		fmt.Fprintf(&b, " (also %s)", escape(strings.Join(e.AlsoIn, ", ")))
	}
	return b.String()
}

// RenderDigest renders the stories of a digest window.
func RenderDigest(since time.Time, items []newsbot.DigestItem) []string {
	from := fmt.Sprintf("<t:%d:f>", since.Unix())
	if len(items) == 0 {
		return []string{"No stories were added or corrected since " + from + "."}
	}
	blocks := []string{fmt.Sprintf("**Since %s** — %d stor%s", from, len(items), map[bool]string{true: "y", false: "ies"}[len(items) == 1])}
	for _, it := range items {
		head := "**" + escape(clip(it.Title, 200)) + "**"
		if it.Published != "" {
			head += " · " + humanDay(it.Published)
		}
		if it.Updated {
			head += " · corrected"
		}
		line := "“" + escape(clip(it.Line, 400)) + "”"
		if it.Speaker != "" {
			who := escape(upperFirst(it.Speaker))
			if it.Via != "" { // as the command line's digest: the relay is named
				who += " (via " + escape(it.Via) + ")"
			}
			line = who + ": " + line
		}
		blocks = append(blocks, head+"\n> "+line+"\nSources: "+escape(strings.Join(it.Sources, ", ")))
	}
	return capMessages(Pack(blocks, MessageLimit), "…more stories: use a shorter window.")
}

// RenderHistory renders an article's versions with their changed sentences.
func RenderHistory(a *newsbot.Article, versions []newsbot.HistoryVersion) []string {
	head := fmt.Sprintf("**%s** (article %d)", escape(clip(a.Title, 200)), a.ID)
	if len(versions) <= 1 {
		return []string{head + "\nNever corrected: one version, stored " + fmt.Sprintf("<t:%d:f>", a.AddedAt.Unix()) + "."}
	}
	blocks := []string{fmt.Sprintf("%s — %d versions; answers quote the current one", head, len(versions))}
	for _, v := range versions {
		blk := fmt.Sprintf("**Version %d** · stored <t:%d:f>", v.N, v.Date.Unix())
		if v.Current {
			blk += " · current"
		}
		if v.Reason != "" {
			blk += " · replaced: " + escape(clip(v.Reason, 100))
		}
		for _, c := range v.Changes {
			if c.Old != "" {
				blk += "\n− ~~" + escape(clip(c.Old, 300)) + "~~"
			}
			if c.New != "" {
				blk += "\n+ " + escape(clip(c.New, 300))
			}
		}
		blocks = append(blocks, blk)
	}
	return capMessages(Pack(blocks, MessageLimit), "…older versions left out.")
}

// capMessages keeps maxViewMessages messages, ending the last with more
// when some were left out.
func capMessages(msgs []string, more string) []string {
	if len(msgs) <= maxViewMessages {
		return msgs
	}
	msgs = msgs[:maxViewMessages]
	last := msgs[len(msgs)-1]
	if textLen(last)+len(more)+1 > MessageLimit {
		last = prefixRunes(last, MessageLimit-len(more)-2)
	}
	msgs[len(msgs)-1] = last + "\n" + more
	return msgs
}

// humanDay writes "2026-03-09" as "9 March 2026".
func humanDay(d string) string {
	if t, err := time.Parse("2006-01-02", d); err == nil {
		return t.Format("2 January 2006")
	}
	return d
}

func orUnknown(s string) string {
	if s == "" {
		return "date unknown"
	}
	return s
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// digestChannelSub is the /settings digest-channel subcommand.
func digestChannelSub() *discordgo.ApplicationCommandOption {
	return sub("digest-channel", "Post a daily digest of new and corrected stories in a channel; omit to stop",
		&discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionChannel, Name: "channel", Description: "Channel for the daily digest"})
}

func (b *Bot) handleDigestChannel(ctx context.Context, in *Interaction) error {
	if b.cfg.Digests == nil || b.cfg.Chronicle == nil {
		return newsbot.Errorf(newsbot.EUNAVAIL, "Daily digests are not set up on this bot.")
	}
	channel := idOption(in, "channel")
	if err := b.cfg.Digests.SetDigestChannel(ctx, in.Guild, channel); err != nil {
		return err
	}
	text := "Daily digest stopped."
	if channel != "" {
		text = "A digest of the stories added or corrected in the last 24 hours will be posted in <#" + channel + "> once a day."
	}
	return b.sendPart(ctx, in, 0, text, nil)
}

// PostDigests posts, in each guild's digest channel, the stories added or
// corrected since the given time; a guild with nothing new gets no
// message. It returns the first error after trying every guild.
func (b *Bot) PostDigests(ctx context.Context, since time.Time) error {
	if b.cfg.Digests == nil || b.cfg.Chronicle == nil {
		return nil
	}
	b.mu.RLock()
	s := b.rest
	b.mu.RUnlock()
	if s == nil {
		return newsbot.Errorf(newsbot.EUNAVAIL, "not connected to Discord")
	}
	chans, err := b.cfg.Digests.DigestChannels(ctx)
	if err != nil {
		return err
	}
	var first error
	for guild, channel := range chans {
		if err := b.postDigest(ctx, s, guild, channel, since); err != nil {
			b.log.Warn("daily digest", "guild", guild, "channel", channel, "err", err)
			first = cmp.Or(first, err)
		}
	}
	return first
}

func (b *Bot) postDigest(ctx context.Context, s Session, guild, channel string, since time.Time) error {
	items, err := b.cfg.Chronicle.Digest(ctx, guild, since)
	if err != nil || len(items) == 0 {
		return err
	}
	for _, m := range RenderDigest(since, items) {
		if _, err := s.ChannelMessageSendComplex(channel, &discordgo.MessageSend{Content: m, AllowedMentions: noMentions()}, discordgo.WithContext(ctx)); err != nil {
			return fmt.Errorf("post digest: %w", err)
		}
	}
	return nil
}

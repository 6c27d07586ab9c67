package bot

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/newsbot/newsbot"
)

// emptyServerText answers a question in a server that has no articles:
// saying so, and how a moderator adds some, beats "the stored articles
// don't answer this question".
const emptyServerText = "This server has no articles yet, so I have nothing to answer from. A moderator can add some:\n" +
	"• `/article add-url` to add a web page\n" +
	"• `/article add-text` or `/article add-file` to paste or attach one\n" +
	"• **Apps → Add as article** on a message\n" +
	"• `/feed add` to follow a news feed; new items are added as they appear"

// emptyGuild reports whether the guild has no articles.
func (b *Bot) emptyGuild(ctx context.Context, guild string) bool {
	if c, ok := b.cfg.Articles.(newsbot.ChunkCounter); ok {
		n, _, err := c.CountChunks(ctx, guild)
		return err == nil && n == 0
	}
	as, err := b.cfg.Articles.Articles(ctx, guild)
	return err == nil && len(as) == 0
}

// explainEmpty replaces an unsupported answer in a server without
// articles with emptyServerText.
func (b *Bot) explainEmpty(ctx context.Context, guild string, a *newsbot.Answer) {
	if !a.Supported && len(a.Citations) == 0 && b.emptyGuild(ctx, guild) {
		a.Answer, a.Note = emptyServerText, ""
	}
}

// everyWords writes a feed interval as people say it: "every 15 minutes",
// "every hour", "every 6 hours", "every day", "every 1 hour 30 minutes".
func everyWords(d time.Duration) string {
	if d <= 0 {
		return "never"
	}
	days, rest := d/(24*time.Hour), d%(24*time.Hour)
	hours, rest := rest/time.Hour, rest%time.Hour
	minutes, seconds := rest/time.Minute, (rest%time.Minute)/time.Second
	var parts []string
	for _, p := range []struct {
		n    time.Duration
		unit string
	}{{days, "day"}, {hours, "hour"}, {minutes, "minute"}, {seconds, "second"}} {
		if p.n > 0 {
			parts = append(parts, unitWords(int(p.n), p.unit))
		}
	}
	if len(parts) == 1 && strings.HasPrefix(parts[0], "1 ") {
		return "every " + parts[0][2:]
	}
	return "every " + strings.Join(parts, " ")
}

func unitWords(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return fmt.Sprintf("%d %ss", n, unit)
}

package bot

import (
	"fmt"
	"strings"
	"time"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/prompts"
)

// emptyServerText answers a question in a server that has no articles:
// saying so, and how a moderator adds some, beats "the stored articles
// don't answer this question".
const emptyServerText = "This server has no articles yet, so I have nothing to answer from. A moderator can add some:\n" +
	"• `/article add-url` to add a web page\n" +
	"• `/article add-text` or `/article add-file` to paste or attach one\n" +
	"• **Apps → Add as article** on a message\n" +
	"• `/feed add` to follow a news feed; new items are added as they appear"

// explainEmpty replaces the answer step's refusal in a server without
// articles (prompts.NoArticles: the answer step counted the chunks) with
// emptyServerText, which names the commands that add some.
func (b *Bot) explainEmpty(a *newsbot.Answer) {
	if !a.Supported && a.Answer == prompts.NoArticles() {
		a.Answer, a.Note = emptyServerText, ""
	}
}

// refusalText tells a member what to do after a refusal: the answer
// step found no sentence that answers the question, which happens both
// when no stored article covers it and when the question's words are
// not the reports' words.
const refusalText = "Try the names and words the reports use (`/who-said topic:` shows who said what about a name or subject), or ask a moderator to add an article that covers this (`/article add-url`)."

// refusalHint is the line shown under a refusal: refusalText, except under
// the empty-server text, which already says how articles are added.
func refusalHint(a *newsbot.Answer) string {
	if a.Supported || len(a.Citations) > 0 || a.Answer == emptyServerText {
		return ""
	}
	return refusalText
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

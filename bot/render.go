package bot

import (
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"
	"github.com/newsbot/newsbot"
)

// Discord's limits, counted by textLen.
const (
	MessageLimit          = 2000
	EmbedTitleLimit       = 256
	EmbedDescriptionLimit = 4096
	EmbedFieldNameLimit   = 256
	EmbedFieldValueLimit  = 1024
	EmbedFieldsLimit      = 25
	EmbedTotalLimit       = 6000
	ButtonLabelLimit      = 80
	ChoiceNameLimit       = 100
	ThreadNameLimit       = 100
)

// Quote caps: a source block must fit in one message. Quotes are sentences,
// so the caps rarely cut; a cut quote ends with "…".
const (
	shortQuote = 1000
	fullQuote  = 1500
)

// MaxAnswerMessages is the most messages one answer is posted as; the
// sources that do not fit are behind the Show sources button.
const MaxAnswerMessages = 6

// RenderAnswer returns the messages showing an answer: its text, then its
// verified sources as attributed quotes. Each message has at most
// MessageLimit characters; a source block is never split across messages.
// There are at most MaxAnswerMessages messages: sources that would make
// more are left to Show sources, and the text is clipped if it alone would.
func RenderAnswer(a *newsbot.Answer) []string {
	text := strings.TrimSpace(a.Answer)
	if text == "" {
		text = "I couldn't find an answer in the articles added to this server."
	} else if text != emptyServerText {
		// the answer quotes article text (and a model's words about it):
		// escaped like the sources, so that "[update](https://...)" or
		// "**" in an article cannot format the message
		text = escapeAnswer(text)
	}
	// The text takes at most half the messages, so that sources follow it.
	body := paragraphs(clip(text, MaxAnswerMessages/2*(MessageLimit-100)))
	cites := verified(a.Citations)
	var notes []string
	if note := oneLine(a.Note); note != "" {
		notes = append(notes, "-# "+escape(clip(note, 300)))
	}
	if hint := refusalHint(a); hint != "" {
		notes = append(notes, "-# "+hint)
	}
	if a.Dropped > 0 {
		notes = append(notes, fmt.Sprintf("-# %d quote%s could not be found in the articles and %s not shown.", a.Dropped, plural(a.Dropped), map[bool]string{true: "was", false: "were"}[a.Dropped == 1]))
	}
	for shown := len(cites); ; shown-- {
		msgs := Pack(answerBlocks(body, cites, shown, notes), MessageLimit)
		if len(msgs) <= MaxAnswerMessages || shown == 0 {
			return msgs[:min(len(msgs), MaxAnswerMessages)]
		}
	}
}

// answerBlocks lists the blocks of an answer showing its first shown
// sources, with a line pointing to the others.
func answerBlocks(body []string, cites []newsbot.Citation, shown int, notes []string) []string {
	blocks := append([]string{}, body...)
	for k, c := range cites[:shown] {
		b := citationBlock(c, shortQuote, false)
		if k == 0 {
			b = "**Sources**\n" + b
		}
		blocks = append(blocks, b)
	}
	if rest := len(cites) - shown; rest > 0 {
		blocks = append(blocks, fmt.Sprintf("-# %d more source%s: press **Show sources**.", rest, plural(rest)))
	}
	return append(blocks, notes...)
}

// RenderSources returns the messages listing an answer's sources in full:
// quote, speaker, intermediary, reporting verb, time, outlet, date, link.
func RenderSources(a *newsbot.Answer) []string {
	cites := verified(a.Citations)
	if len(cites) == 0 {
		return []string{"This answer has no quoted sources."}
	}
	blocks := make([]string, 0, len(cites))
	for _, c := range cites {
		blocks = append(blocks, citationBlock(c, fullQuote, true))
	}
	return Pack(blocks, MessageLimit)
}

func verified(cs []newsbot.Citation) []newsbot.Citation {
	out := make([]newsbot.Citation, 0, len(cs))
	for _, c := range cs {
		if c.Verified && strings.TrimSpace(c.Quote) != "" {
			out = append(out, c)
		}
	}
	return out
}

// citationBlock renders one source as a block quote:
//
//	> **[1]** “quote”
//	> — **speaker**, via Interfax · Reuters, 2016-11-08 · [title](<url>)
func citationBlock(c newsbot.Citation, maxQuote int, full bool) string {
	var b strings.Builder
	quote := clip(oneLine(c.Quote), maxQuote)
	fmt.Fprintf(&b, "> **[%d]** “%s”\n> —", c.N, escape(quote))
	if c.Speaker != "" {
		fmt.Fprintf(&b, " **%s**", escape(clip(c.Speaker, 120)))
		if full && c.Cue != "" {
			fmt.Fprintf(&b, " (%s)", escape(clip(c.Cue, 60)))
		}
	} else {
		b.WriteString(" the report")
	}
	if c.Via != "" {
		fmt.Fprintf(&b, ", via %s", escape(clip(c.Via, 80)))
	}
	if full && c.When != "" {
		fmt.Fprintf(&b, ", %s", escape(clip(c.When, 60)))
	}
	var src []string
	if c.Outlet != "" {
		src = append(src, "*"+escape(clip(c.Outlet, 80))+"*")
	}
	if c.Published != "" {
		src = append(src, escape(c.Published))
	}
	title := escape(clip(oneLine(c.Title), 120))
	if title == "" {
		title = fmt.Sprintf("article %d", c.ArticleID)
	}
	if u := safeURL(c.URL); u != "" {
		src = append(src, fmt.Sprintf("[%s](<%s>)", title, u))
	} else {
		src = append(src, title)
	}
	b.WriteString(" · " + strings.Join(src, " · "))
	return b.String()
}

// Pack joins blocks into messages of at most limit characters, separated by
// blank lines. A block is split only when it alone exceeds the limit, at a
// line, sentence or word boundary.
func Pack(blocks []string, limit int) []string {
	var msgs []string
	var cur strings.Builder
	n := 0
	flush := func() {
		if n > 0 {
			msgs = append(msgs, cur.String())
			cur.Reset()
			n = 0
		}
	}
	for _, blk := range blocks {
		for _, piece := range splitLong(blk, limit) {
			l := textLen(piece)
			if n > 0 && n+2+l > limit {
				flush()
			}
			if n > 0 {
				cur.WriteString("\n\n")
				n += 2
			}
			cur.WriteString(piece)
			n += l
		}
	}
	flush()
	return msgs
}

// splitLong cuts s into pieces of at most limit characters, preferring
// newlines, then sentence ends, then spaces.
func splitLong(s string, limit int) []string {
	var out []string
	for textLen(s) > limit {
		head := prefixRunes(s, limit)
		cut := -1
		for _, sep := range []string{"\n", ". ", "? ", "! ", "; ", " "} {
			if i := strings.LastIndex(head, sep); i > len(head)/3 {
				cut = i + len(sep)
				break
			}
		}
		if cut <= 0 {
			cut = len(head)
		}
		out = append(out, strings.TrimRight(s[:cut], " \n"))
		s = strings.TrimLeft(s[cut:], " \n")
	}
	if s = strings.TrimSpace(s); s != "" {
		out = append(out, s)
	}
	return out
}

// prefixRunes returns the longest prefix of s whose textLen is at most n.
func prefixRunes(s string, n int) string {
	l := 0
	for k, r := range s {
		w := 1
		if r > 0xFFFF {
			w = 2
		}
		if l+w > n {
			return s[:k]
		}
		l += w
	}
	return s
}

// textLen is the length Discord's limits count, taken as UTF-16 code units
// so that characters outside the Basic Multilingual Plane (emoji) count
// twice: never less than the number of characters.
func textLen(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r > 0xFFFF {
			n++
		}
	}
	return n
}

func paragraphs(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// clip shortens s to at most n characters, ending with "…" when cut.
func clip(s string, n int) string {
	s = strings.TrimSpace(s)
	if textLen(s) <= n {
		return s
	}
	return strings.TrimSpace(prefixRunes(s, n-1)) + "…"
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

var mdEscaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "~", `\~`, "`", "\\`", "|", `\|`, "[", `\[`, "]", `\]`, "<", `\<`)

// escape keeps article text from being read as Discord markdown.
func escape(s string) string { return mdEscaper.Replace(s) }

// escapeAnswer escapes an answer's text as escape does, keeping its
// citation marks ("[1]") plain where no "(" follows, which could make
// one the text of a masked link.
func escapeAnswer(s string) string {
	e := escape(s)
	var b strings.Builder
	for {
		i := strings.Index(e, `\[`)
		if i < 0 {
			break
		}
		b.WriteString(e[:i])
		e = e[i:]
		j := 2
		for j < len(e) && e[j] >= '0' && e[j] <= '9' {
			j++
		}
		if j > 2 && strings.HasPrefix(e[j:], `\]`) && !strings.HasPrefix(e[j+2:], "(") {
			b.WriteString("[" + e[2:j] + "]")
			e = e[j+2:]
			continue
		}
		b.WriteString(e[:2])
		e = e[2:]
	}
	return b.String() + e
}

// safeURL returns u when it is an http(s) URL without characters that end a
// masked link, else "".
func safeURL(u string) string {
	if !(strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://")) || strings.ContainsAny(u, "<> \n)") {
		return ""
	}
	return u
}

// answerButtons returns the "Show sources" and feedback buttons of a stored
// answer.
func answerButtons(id int64, withSources bool) []discordgo.MessageComponent {
	var row []discordgo.MessageComponent
	if withSources {
		row = append(row, discordgo.Button{Label: "Show sources", Style: discordgo.SecondaryButton, CustomID: fmt.Sprintf("src:%d", id), Emoji: &discordgo.ComponentEmoji{Name: "📰"}})
	}
	row = append(row,
		discordgo.Button{Label: "Helpful", Style: discordgo.SecondaryButton, CustomID: fmt.Sprintf("fb:up:%d", id), Emoji: &discordgo.ComponentEmoji{Name: "👍"}},
		discordgo.Button{Label: "Not helpful", Style: discordgo.SecondaryButton, CustomID: fmt.Sprintf("fb:down:%d", id), Emoji: &discordgo.ComponentEmoji{Name: "👎"}},
	)
	return []discordgo.MessageComponent{discordgo.ActionsRow{Components: row}}
}

// articleEmbed shows an article's metadata within the embed limits.
func articleEmbed(a *newsbot.Article) *discordgo.MessageEmbed {
	e := &discordgo.MessageEmbed{
		Title:       clip(fmt.Sprintf("#%d %s", a.ID, oneLine(a.Title)), EmbedTitleLimit),
		Description: clip(a.Standfirst, 1000),
		URL:         safeURL(a.URL),
	}
	add := func(name, value string) {
		if value != "" && len(e.Fields) < EmbedFieldsLimit {
			e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: name, Value: clip(value, EmbedFieldValueLimit), Inline: true})
		}
	}
	add("Outlet", a.Outlet)
	add("Published", a.Published)
	add("Byline", a.Byline)
	add("Chunks", fmt.Sprint(a.Chunks))
	add("Claims", fmt.Sprint(a.Claims))
	if a.SetAside > 0 {
		add("Set aside", fmt.Sprintf("%d addressed to machines or hidden: never quoted", a.SetAside))
	}
	if a.AddedBy != "" {
		add("Added by", "<@"+a.AddedBy+">")
	}
	if !a.AddedAt.IsZero() {
		add("Added", fmt.Sprintf("<t:%d:d>", a.AddedAt.Unix()))
	}
	return e
}

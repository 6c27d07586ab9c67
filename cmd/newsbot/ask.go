package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/prompts"
	"github.com/newsbot/newsbot/retrieval/timeexpr"
)

func init() {
	commands["ask"] = command{
		usage: "ask [--json] [--k N] [--conversation ID] [--now YYYY-MM-DD] QUESTION",
		help:  "answer a question from the stored articles, quoting who said what",
		run:   runAsk,
	}
}

func runAsk(ctx context.Context, env *Env, args []string) error {
	fs, g := newFlagSet(env, "ask")
	asJSON := fs.Bool("json", false, "print JSON")
	k := fs.Int("k", 0, "passages to retrieve, 1 to 50 (default: the answerer's choice)")
	conv := fs.String("conversation", "", "conversation `id`: earlier questions with this id give context to follow-ups")
	nowDay := fs.String("now", "", "answer as on this `YYYY-MM-DD` day: time words and recency are read against it, and reports published after it (a day's grace) are not used (default: today)")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	now, err := parseNow(*nowDay)
	if err != nil {
		return err
	}
	q, err := questionText(pos, "ask QUESTION")
	if err != nil {
		return err
	}
	if *k < 0 || *k > 50 {
		return newsbot.Errorf(newsbot.EINVALID, "--k must be between 1 and 50 (or 0: the answerer's choice)")
	}
	db, err := openStore(ctx, g)
	if err != nil {
		return err
	}
	defer db.Close()
	a, err := newAnswerer(env, db)
	if err != nil {
		return err
	}
	setClock(a, now)
	logBackends(ctx, env, newLoggerAt(env, slog.LevelInfo), a, false)
	ans, err := a.Ask(ctx, newsbot.Question{Guild: g.guild, Text: q, K: *k, Conversation: *conv})
	if err != nil {
		return err
	}
	if !ans.Supported {
		hintIfEmpty(ctx, env, db, g)
	}
	if *asJSON {
		if ans.Citations == nil {
			ans.Citations = []newsbot.Citation{}
		}
		return writeJSON(env.Stdout, ans)
	}
	printAnswer(env.Stdout, ans, nextAfter(ans, now))
	return nil
}

// refusalNext follows a refusal on the terminal: what to try next.
const refusalNext = "Try the names and words the reports use ('newsbot claims TOPIC' shows who said what about a name or subject), or add an article that covers this ('newsbot add URL|FILE'; 'newsbot articles' lists the stored ones)."

// laterNext follows the refusal of a question asked as of a day before
// every report found (ask --now): other words would find the same reports.
const laterNext = "Ask again without --now, or with a later day, to use them ('newsbot articles' lists the stored ones with the day each was published)."

// nextAfter returns the line printed under a refused answer, saying what
// to try next; "" under an answer, and under the refusal of a guild with
// no article, which already says how to add one. now is ask's --now clock
// (nil: today).
func nextAfter(ans *newsbot.Answer, now func() time.Time) string {
	switch {
	case ans.Supported || len(ans.Citations) > 0 || ans.Answer == prompts.NoArticles():
		return ""
	case now != nil && ans.Answer == prompts.AllLater(timeexpr.HumanDate(now().Format(timeexpr.DateLayout))):
		return laterNext
	}
	return refusalNext
}

// printAnswer writes an answer for a terminal: the answer text, then each
// citation as an attributed quote with its source; next, when not "", is
// printed under an answer without citations (see nextAfter).
func printAnswer(w io.Writer, ans *newsbot.Answer, next string) {
	fmt.Fprintln(w, wrap(ans.Answer, 78))
	if ans.Note != "" {
		fmt.Fprintf(w, "\n%s\n", wrap("("+ans.Note+")", 78))
	}
	if len(ans.Citations) == 0 {
		if next != "" {
			fmt.Fprintln(w, "\n"+wrap(next, 78))
		}
		return
	}
	fmt.Fprintln(w, "\nSources:")
	for _, c := range ans.Citations {
		// every line within 78 columns, the lines after a source's first
		// indented under its number
		fmt.Fprintf(w, "[%d] %s\n", c.N, hang(wrap("“"+c.Quote+"”", 74), "    "))
		if who := citationSpeaker(c); who != "" {
			fmt.Fprintf(w, "    — %s\n", hang(wrap(who, 72), "      "))
		}
		fmt.Fprintf(w, "    %s\n", hang(wrap(citationSource(c), 74), "    "))
	}
}

// hang indents the lines of s after its first by prefix.
func hang(s, prefix string) string { return strings.ReplaceAll(s, "\n", "\n"+prefix) }

// citationSpeaker says who a quote is attributed to: "a source in the
// Russian defence ministry, via the Interfax news agency (cited ... as
// saying, on Tuesday)"; "" for the reporter's narration.
func citationSpeaker(c newsbot.Citation) string {
	if c.Speaker == "" {
		return ""
	}
	s := c.Speaker
	if c.Via != "" {
		s += ", via " + c.Via
	}
	var extra []string
	if c.Cue != "" {
		extra = append(extra, c.Cue)
	}
	if c.When != "" {
		extra = append(extra, c.When)
	}
	if len(extra) > 0 {
		s += " (" + strings.Join(extra, ", ") + ")"
	}
	return s
}

// citationSource names the article a quote comes from.
func citationSource(c newsbot.Citation) string {
	parts := []string{c.Title}
	if c.Outlet != "" {
		parts = append(parts, c.Outlet)
	}
	if c.Published != "" {
		parts = append(parts, c.Published)
	}
	if c.URL != "" {
		parts = append(parts, c.URL)
	}
	return strings.Join(parts, " · ")
}

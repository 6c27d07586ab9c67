package main

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/chrono"
	"github.com/newsbot/newsbot/retrieval/timeexpr"
)

func init() {
	commands["timeline"] = command{
		usage: "timeline [--json] TOPIC",
		help:  "the dated statements and events of a story, oldest first",
		run:   runTimeline,
	}
	commands["digest"] = command{
		usage: "digest [--json] [--since 24h|3d|YYYY-MM-DD] [--now YYYY-MM-DD]",
		help:  "the stories added or corrected in a window, one attributed line each",
		run:   runDigest,
	}
	commands["history"] = command{
		usage: "history [--json] ID",
		help:  "the stored versions of a corrected article, with the sentences changed",
		run:   runHistory,
	}
}

func runTimeline(ctx context.Context, env *Env, args []string) error {
	fs, g := newFlagSet(env, "timeline")
	asJSON := fs.Bool("json", false, "print JSON")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	topic, err := questionText(pos, "timeline TOPIC")
	if err != nil {
		return err
	}
	db, err := openStore(ctx, g)
	if err != nil {
		return err
	}
	defer db.Close()
	entries, err := (&chrono.Service{Store: db}).Timeline(ctx, g.guild, topic)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(env.Stdout, orEmpty(entries))
	}
	if len(entries) == 0 {
		hintIfEmpty(ctx, env, db, g)
	}
	printTimeline(env.Stdout, topic, entries)
	return nil
}

// printTimeline writes entries under a heading per date.
func printTimeline(w io.Writer, topic string, entries []newsbot.TimelineEntry) {
	if len(entries) == 0 {
		fmt.Fprintf(w, "No dated statements about %q. Try another word, or 'newsbot claims %s'.\n", topic, topic)
		return
	}
	fmt.Fprintf(w, "Timeline of %s (%s)\n", topic, count(len(entries), "entry", "entries"))
	prev := "-"
	for _, e := range entries {
		if e.Date != prev {
			fmt.Fprintf(w, "\n%s\n", dateHeading(e.Date))
			prev = e.Date
		}
		fmt.Fprintf(w, "  %s\n", strings.ReplaceAll(wrap(timelineLine(e), 74), "\n", "\n    "))
	}
}

// dateHeading writes a timeline date: "9 March 2026", "February 2026".
func dateHeading(d string) string {
	if p, ok := timeexpr.ParsePeriod(d); ok {
		return p.Label()
	}
	return "Date unknown"
}

// timelineLine renders an entry: "- Alan Price said on Monday: “...” [article 6, Coastline Press; also The Eastern Daily]".
func timelineLine(e newsbot.TimelineEntry) string {
	var b strings.Builder
	b.WriteString("- ")
	if before, after, ok := e.RelayCue(); ok {
		// "the Interfax news agency cited a source ... as saying on Tuesday"
		b.WriteString(upperFirst(strings.TrimSpace(e.Via + " " + before + " " + e.Speaker + " " + after)))
		if e.When != "" {
			b.WriteString(" " + e.When)
		}
		fmt.Fprintf(&b, ": “%s”", newsbot.QuotedContent(e.Content))
	} else if e.Speaker != "" {
		b.WriteString(upperFirst(e.Speaker) + " " + newsbot.SpeechVerb(e.Cue))
		if e.When != "" {
			b.WriteString(" " + e.When)
		}
		if e.Via != "" {
			b.WriteString(" (via " + e.Via + ")")
		}
		fmt.Fprintf(&b, ": “%s”", newsbot.QuotedContent(e.Content))
	} else {
		fmt.Fprintf(&b, "“%s”", e.Sentence)
	}
	fmt.Fprintf(&b, " [article %d", e.ArticleID)
	if e.Outlet != "" {
		b.WriteString(", " + e.Outlet)
	}
	if len(e.AlsoIn) > 0 {
		b.WriteString("; also " + strings.Join(e.AlsoIn, ", "))
	}
	b.WriteString("]")
	return b.String()
}

func runDigest(ctx context.Context, env *Env, args []string) error {
	fs, g := newFlagSet(env, "digest")
	asJSON := fs.Bool("json", false, "print JSON")
	sinceFlag := fs.String("since", "24h", "window: a length (`24h`, 90m, 3d, 2w), a date (YYYY-MM-DD) or a day in words (yesterday, Monday, 'last week'), up to a year back")
	nowDay := fs.String("now", "", "end the window at the end of this `YYYY-MM-DD` day, and read --since's words against it (default: now)")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	} else if len(pos) > 0 {
		return newsbot.Errorf(newsbot.EINVALID, "digest takes no arguments (got %q): give the window with --since, e.g. --since 24h", pos[0])
	}
	now := time.Now().UTC()
	if clock, err := parseNow(*nowDay); err != nil {
		return err
	} else if clock != nil {
		now = clock().Add(12*time.Hour - time.Nanosecond) // the end of that day
	}
	since, err := timeexpr.ParseSince(*sinceFlag, now)
	if err != nil && *nowDay != "" {
		if d, ok := timeexpr.ParseDate(strings.TrimSpace(*sinceFlag)); ok && d.After(now) {
			// "before now" would read as today: the window ends with --now's day
			return newsbot.Errorf(newsbot.EINVALID, "--since %s is after the window's end (the end of --now's day, %s): give an earlier start or a later --now", *sinceFlag, now.Format("2006-01-02"))
		}
	}
	if err != nil {
		return newsbot.Errorf(newsbot.EINVALID, "--since: %v", err)
	}
	if *nowDay != "" {
		// a length back from the day's last instant starts on a whole
		// second: "24h" is that day from 00:00, not 23:59:59.999 the day before
		since = since.Round(time.Second)
	}
	db, err := openStore(ctx, g)
	if err != nil {
		return err
	}
	defer db.Close()
	items, err := (&chrono.Service{Store: db}).Digest(ctx, g.guild, since)
	if err != nil {
		return err
	}
	if *nowDay != "" {
		// the window ends with the day --now names: what was added or
		// corrected after it is not in that day's digest
		items = slices.DeleteFunc(items, func(it newsbot.DigestItem) bool { return it.Changed.After(now) })
	}
	if *asJSON {
		return writeJSON(env.Stdout, orEmpty(items))
	}
	until := time.Time{}
	if *nowDay != "" {
		until = now
	}
	printDigest(env.Stdout, since, until, items)
	return nil
}

// printDigest writes each story with its line and sources; until, when not
// zero, is the window's end (--now: the last instant of that day).
func printDigest(w io.Writer, since, until time.Time, items []newsbot.DigestItem) {
	window := "since " + since.UTC().Format("2 January 2006 15:04 UTC")
	if !until.IsZero() {
		// "since X to the end of Y" is not English
		window = "from " + since.UTC().Format("2 January 2006 15:04 UTC") + " to the end of " + until.UTC().Format("2 January 2006")
	}
	if len(items) == 0 {
		fmt.Fprintf(w, "No stories added or corrected %s.\n", window)
		return
	}
	fmt.Fprintf(w, "%s (%s)\n", upperFirst(window), count(len(items), "story", "stories"))
	for _, it := range items {
		fmt.Fprintf(w, "\n%s\n", wrap(digestHeading(it), 78))
		fmt.Fprintf(w, "  %s\n", strings.ReplaceAll(wrap(digestLine(it), 76), "\n", "\n  "))
		fmt.Fprintf(w, "  Sources: %s\n", strings.Join(it.Sources, ", "))
	}
}

func digestHeading(it newsbot.DigestItem) string {
	h := fmt.Sprintf("• %s [article %d", it.Title, it.ArticleID)
	if it.Published != "" {
		h += ", " + timeexpr.HumanDate(it.Published)
	}
	if it.Updated {
		h += ", corrected"
	}
	return h + "]"
}

func digestLine(it newsbot.DigestItem) string {
	if it.Speaker == "" {
		return "“" + it.Line + "”"
	}
	who := upperFirst(it.Speaker)
	if it.Via != "" {
		who += " (via " + it.Via + ")"
	}
	return who + ": “" + it.Line + "”"
}

func runHistory(ctx context.Context, env *Env, args []string) error {
	fs, g := newFlagSet(env, "history")
	asJSON := fs.Bool("json", false, "print JSON")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return newsbot.Errorf(newsbot.EINVALID, "history takes one article id: 'newsbot articles' lists them")
	}
	id, err := strconv.ParseInt(pos[0], 10, 64)
	if err != nil || id <= 0 {
		return newsbot.Errorf(newsbot.EINVALID, "%q is not an article id: ids are the numbers 'newsbot articles' shows", pos[0])
	}
	db, err := openStore(ctx, g)
	if err != nil {
		return err
	}
	defer db.Close()
	a, versions, err := (&chrono.Service{Store: db}).History(ctx, g.guild, id)
	if err != nil {
		return newsbot.WithHint(err, newsbot.ENOTFOUND, "'newsbot articles' shows the ids")
	}
	if *asJSON {
		return writeJSON(env.Stdout, struct {
			Article  *newsbot.Article         `json:"article"`
			Versions []newsbot.HistoryVersion `json:"versions"`
		}{a, versions})
	}
	printHistory(env.Stdout, a, versions)
	return nil
}

// printHistory writes each version with its changed sentences.
func printHistory(w io.Writer, a *newsbot.Article, versions []newsbot.HistoryVersion) {
	fmt.Fprintf(w, "Article %d: %s\n", a.ID, a.Title)
	if len(versions) == 1 {
		fmt.Fprintln(w, "One version: never corrected since it was added "+versions[0].Date.UTC().Format("2 January 2006 15:04 UTC")+".")
		return
	}
	for _, v := range versions {
		fmt.Fprintf(w, "\n%s\n", versionHeading(v))
		for _, c := range v.Changes {
			if c.Old != "" {
				fmt.Fprintf(w, "  - %s\n", strings.ReplaceAll(wrap(c.Old, 74), "\n", "\n    "))
			}
			if c.New != "" {
				fmt.Fprintf(w, "  + %s\n", strings.ReplaceAll(wrap(c.New, 74), "\n", "\n    "))
			}
		}
	}
}

func versionHeading(v newsbot.HistoryVersion) string {
	h := fmt.Sprintf("Version %d, stored %s", v.N, v.Date.UTC().Format("2 January 2006 15:04 UTC"))
	if v.Current {
		h += " (current: answers quote this one)"
	}
	if v.Reason != "" {
		h += "; replaced: " + v.Reason
	}
	return h
}

// orEmpty returns a non-nil slice, so JSON shows [] rather than null.
func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// count returns "1 entry" or "3 entries".
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// upperFirst writes the first letter of a list line's speaker in upper
// case ("the United Nations said" opens a line as "The United Nations said").
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

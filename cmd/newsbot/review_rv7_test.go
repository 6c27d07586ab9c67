package main

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot"
)

// From a new-user and operator review (branch rv7).

// TestRefusalNextFitsTheRefusal: the line under a refusal says what helps
// for that refusal. A guild without articles gets none (the refusal says
// how to add one; the stderr line names the database); a question asked
// as of a day before every report is told to drop or move --now, not to
// use other words; the demo, whose database is temporary, points at the
// sample and at 'newsbot add', not at 'newsbot claims' on another store.
func TestRefusalNextFitsTheRefusal(t *testing.T) {
	c := newCLI(t)
	out, _, code := c.run("", "ask", "What did NATO say?")
	if code != 0 || strings.Contains(flat(out), "newsbot claims TOPIC") || !strings.Contains(flat(out), "No articles are stored here yet") {
		t.Errorf("empty guild: exit %d, want the empty refusal alone:\n%s", code, out)
	}
	if _, errs, code := c.run("", "add", "--published", "2016-11-08", sample); code != 0 {
		t.Fatalf("add: exit %d, %s", code, errs)
	}
	out, _, _ = c.run("", "ask", "--now", "2016-11-01", "What did the Kremlin say?")
	if !strings.Contains(flat(out), "published after that day") || !strings.Contains(flat(out), "without --now") || strings.Contains(flat(out), "newsbot claims TOPIC") {
		t.Errorf("--now before every report: want the --now hint:\n%s", out)
	}
	out, _, _ = c.run("", "demo", "What did NATO say?")
	if !strings.Contains(flat(out), "only the sample article") || strings.Contains(flat(out), "newsbot claims TOPIC") {
		t.Errorf("demo refusal: want the demo's hint:\n%s", out)
	}
	out, _, _ = c.run("", "demo")
	if strings.Contains(flat(out), "only the sample article") {
		t.Errorf("demo answer carries the refusal hint:\n%s", out)
	}
}

// flat joins a wrapped terminal text into one line.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

// A statement whose cue is not a finite verb reads as one in timelines
// and claims lists: "Tamara Spicer said:", not "Tamara Spicer according
// to:"; "Zakaria Malahifji confirmed:", not "confirming:"; "told" with no
// object is "said".
func TestStatementLinesFiniteVerb(t *testing.T) {
	for cue, want := range map[string]string{"according to": "said", "confirming": "confirmed", "told": "said", "denied": "denied"} {
		e := newsbot.TimelineEntry{Speaker: "Tamara Spicer", Cue: cue, Content: "the Guard was preparing", ArticleID: 11}
		if got, w := timelineLine(e), "- Tamara Spicer "+want+": “the Guard was preparing” [article 11]"; got != w {
			t.Errorf("timelineLine(cue %q) = %q, want %q", cue, got, w)
		}
		c := newsbot.Claim{Speaker: "Tamara Spicer", Cue: cue, Content: "the Guard was preparing", ArticleID: 11}
		if got, w := claimLine(c), "- "+want+": “the Guard was preparing” [article 11]"; got != w {
			t.Errorf("claimLine(cue %q) = %q, want %q", cue, got, w)
		}
		if got, w := claimSide(c), "Tamara Spicer "+want+": “the Guard was preparing” [article 11]"; got != w {
			t.Errorf("claimSide(cue %q) = %q, want %q", cue, got, w)
		}
	}
}

// A digest ended by --now names its window "from X to the end of Y", not
// "since X to the end of Y"; without --now it stays "since X".
func TestDigestWindowWording(t *testing.T) {
	since := time.Date(2016, 11, 7, 0, 0, 0, 0, time.UTC)
	until := time.Date(2016, 11, 9, 23, 59, 59, 0, time.UTC)
	var b strings.Builder
	printDigest(&b, since, until, nil)
	if got, want := b.String(), "No stories added or corrected from 7 November 2016 00:00 UTC to the end of 9 November 2016.\n"; got != want {
		t.Errorf("empty window with --now: %q, want %q", got, want)
	}
	b.Reset()
	printDigest(&b, since, until, []newsbot.DigestItem{{ArticleID: 1, Title: "T", Line: "L.", Sources: []string{"Reuters"}}})
	if first, _, _ := strings.Cut(b.String(), "\n"); first != "From 7 November 2016 00:00 UTC to the end of 9 November 2016 (1 story)" {
		t.Errorf("heading with --now: %q", first)
	}
	b.Reset()
	printDigest(&b, since, time.Time{}, nil)
	if got, want := b.String(), "No stories added or corrected since 7 November 2016 00:00 UTC.\n"; got != want {
		t.Errorf("empty window: %q, want %q", got, want)
	}
}

// 'newsbot help COMMAND' and 'COMMAND -h' name flags with two dashes, as
// the usage line above them, the errors and the docs do ("--json", not
// the flag package's "-json").
func TestHelpFlagsTwoDashes(t *testing.T) {
	c := newCLI(t)
	for _, args := range [][]string{{"help", "ask"}, {"ask", "-h"}, {"feed", "add", "-h"}} {
		out, errs, code := c.run("", args...)
		if code != 0 || !strings.Contains(out, "Flags:") {
			t.Fatalf("%v: exit %d, stderr %q, stdout:\n%s", args, code, errs, out)
		}
		for _, line := range strings.Split(out, "\n") {
			if strings.HasPrefix(line, "  -") && !strings.HasPrefix(line, "  --") {
				t.Errorf("%v: flag with one dash: %q", args, line)
			}
		}
		if !strings.Contains(out, "\n  --db path\n") {
			t.Errorf("%v: no '  --db path' line:\n%s", args, out)
		}
	}
}

// The note under an answer ("The language model could not be reached,
// ...") is wrapped at 78 columns like the answer above it.
func TestAnswerNoteWrapped(t *testing.T) {
	var b strings.Builder
	printAnswer(&b, &newsbot.Answer{Supported: true, Answer: "As of 8 November 2016: The Kremlin said so [1].",
		Note: "The language model could not be reached, so this answer quotes the stored articles directly."}, "")
	for _, line := range strings.Split(b.String(), "\n") {
		if len([]rune(line)) > 78 {
			t.Errorf("line of %d columns: %q", len([]rune(line)), line)
		}
	}
	if !strings.Contains(flat(b.String()), "(The language model could not be reached, so this answer quotes the stored articles directly.)") {
		t.Errorf("note lost:\n%s", b.String())
	}
}

// A quotation that ended with a comma before its cue is shown without it:
// “... Aleppo "in coming hours"”, not “... "in coming hours,"”.
func TestStatementLinesNoTrailingComma(t *testing.T) {
	content := `Russia is preparing to resume air strikes around Aleppo "in coming hours,"`
	want := `“Russia is preparing to resume air strikes around Aleppo "in coming hours"”`
	e := newsbot.TimelineEntry{Speaker: "a source", Cue: "said", Content: content, ArticleID: 1}
	c := newsbot.Claim{Speaker: "a source", Cue: "said", Content: content, ArticleID: 1}
	for name, got := range map[string]string{"timelineLine": timelineLine(e), "claimLine": claimLine(c), "claimSide": claimSide(c)} {
		if !strings.Contains(got, want) {
			t.Errorf("%s = %q, want it to hold %q", name, got, want)
		}
	}
}

// Following a feed twice names its URL once, with the command that lists
// the feeds: not "URL: this server already follows URL: ...".
func TestFeedAddTwiceNamesURLOnce(t *testing.T) {
	srv := webServer(t)
	c := newCLI(t)
	c.env["NEWSBOT_ALLOW_PRIVATE_URLS"] = "1"
	c.mustRun("feed", "add", srv.URL+"/rss.xml")
	_, errs, code := c.run("", "feed", "add", srv.URL+"/rss.xml")
	if code != 1 || strings.Count(errs, srv.URL) != 1 || !strings.Contains(errs, "already follows") || !strings.Contains(errs, "'newsbot feed list'") {
		t.Errorf("feed add twice: exit %d, stderr %q", code, errs)
	}
}

// A command that takes no arguments refuses a stray one with what to do
// instead, rather than ignoring it: 'serve 127.0.0.1:9090' served with no
// health address, 'feed poll 3' polled every feed (review rv7).
func TestNoArgsCommandsRefuseStrayWord(t *testing.T) {
	c := newCLI(t)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"serve", "127.0.0.1:9090"}, `serve takes no arguments (got "127.0.0.1:9090"): give the address of /healthz, /readyz and /metrics with --http`},
		{[]string{"feed", "poll", "3"}, `feed poll takes no arguments (got "3"): 'newsbot feed poll' polls every feed`},
		{[]string{"feed", "list", "x"}, `feed list takes no arguments (got "x")`},
		{[]string{"feedback", "x"}, `feedback takes no arguments (got "x")`},
		{[]string{"guilds", "x"}, `guilds takes no arguments (got "x"): 'newsbot guilds' lists every guild`},
		{[]string{"doctor", "x"}, `doctor takes no arguments (got "x"): run 'newsbot doctor' alone`},
		{[]string{"version", "x"}, `version takes no arguments (got "x"): run 'newsbot version' alone`},
	} {
		_, errs, code := c.run("", tc.args...)
		if code != 1 || !strings.Contains(errs, tc.want) || strings.Count(strings.TrimSpace(errs), "\n") > 0 {
			t.Errorf("%v: exit %d, stderr %q; want one line with %q", tc.args, code, errs, tc.want)
		}
	}
}

// serve reports a NEWSBOT_LOG_LEVEL that is not a level as its other
// configuration warnings: one JSON line with msg "configuration" and the
// text under "warning", not the text as the message.
func TestServeBadLogLevelWarning(t *testing.T) {
	c := newCLI(t)
	c.env["NEWSBOT_LOG_LEVEL"] = "loud"
	_, errs, code := c.run("", "serve")
	if code != 1 {
		t.Fatalf("serve without a token: exit %d, %s", code, errs)
	}
	first, _, _ := strings.Cut(errs, "\n")
	if !strings.Contains(first, `"msg":"configuration","warning":"NEWSBOT_LOG_LEVEL=\"loud\" is not a level`) {
		t.Errorf("first line %q, want the configuration warning", first)
	}
}

// A source under an answer stays within 78 columns (the quote, the
// speaker and the article line), its later lines indented under its
// number.
func TestAnswerSourcesWrapped(t *testing.T) {
	var b strings.Builder
	printAnswer(&b, &newsbot.Answer{Supported: true, Answer: "As of 8 November 2016: The Kremlin said so [1].", Citations: []newsbot.Citation{{
		N: 1, Title: "Russia preparing renewed strikes on Syria's Aleppo 'in coming hours'", Outlet: "Reuters, via Middle East Eye", Published: "2016-11-08",
		Quote:   "The Kremlin said on Monday Russia's air force would maintain a moratorium on strikes in Aleppo unless rebels launched an offensive.",
		Speaker: "a source in the Russian defence ministry with a long description of who they are", Via: "the Interfax news agency", Cue: "cited ... as saying", When: "on Tuesday",
	}}}, "")
	lines := strings.Split(strings.TrimRight(b.String(), "\n"), "\n")
	for _, line := range lines {
		if len([]rune(line)) > 78 {
			t.Errorf("line of %d columns: %q", len([]rune(line)), line)
		}
	}
	src := lines[slices.Index(lines, "Sources:")+1:]
	if len(src) < 5 || !strings.HasPrefix(src[0], "[1] “") {
		t.Fatalf("sources:\n%s", strings.Join(src, "\n"))
	}
	for _, line := range src[1:] {
		if !strings.HasPrefix(line, "    ") {
			t.Errorf("line not indented under [1]: %q", line)
		}
	}
}

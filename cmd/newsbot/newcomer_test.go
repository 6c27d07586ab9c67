package main

import (
	"context"
	"strings"
	"testing"
	"time"
)

// The tests in this file follow what a first user tries: no command, a
// typo, help for one command, a missing file, Ctrl-C.

func TestNoCommandIsAnError(t *testing.T) {
	c := newCLI(t)
	out, errs, code := c.run("")
	if code != 2 || out != "" || !strings.Contains(errs, "Usage: newsbot COMMAND") {
		t.Errorf("no command: exit %d, stdout %q, stderr %q; want exit 2 and the usage on stderr", code, out, errs)
	}
}

func TestTyposGetSuggestions(t *testing.T) {
	c := newCLI(t)
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"serch", "x"}, `did you mean "search"?`},
		{[]string{"ask", "--jsn", "x"}, "did you mean --json?"},
		{[]string{"add", "--publshed", "2016-11-08", sample}, "did you mean --published?"},
		{[]string{"feed", "lst"}, `did you mean "list"?`},
	}
	for _, tc := range cases {
		_, errs, code := c.run("", tc.args...)
		if code == 0 || !strings.Contains(errs, tc.want) {
			t.Errorf("newsbot %s: exit %d, stderr %q; want %q", strings.Join(tc.args, " "), code, errs, tc.want)
		}
		if n := strings.Count(strings.TrimSpace(errs), "\n"); n > 0 {
			t.Errorf("newsbot %s: %d lines of error, want one: %q", strings.Join(tc.args, " "), n+1, errs)
		}
	}
	// A one-letter flag is too short to guess from.
	if _, errs, _ := c.run("", "ask", "-j", "x"); strings.Contains(errs, "did you mean") {
		t.Errorf("ask -j suggested a flag: %q", errs)
	}
}

func TestHelpForOneCommand(t *testing.T) {
	c := newCLI(t)
	for _, args := range [][]string{{"help", "ask"}, {"ask", "-h"}} {
		out, _, code := c.run("", args...)
		if code != 0 || !strings.Contains(out, "Usage: newsbot ask [--json]") || !strings.Contains(out, "-conversation") {
			t.Errorf("newsbot %s: exit %d, %q", strings.Join(args, " "), code, out)
		}
	}
	out, _, code := c.run("", "feed", "-h")
	if code != 0 || !strings.Contains(out, "newsbot feed poll [--json]") {
		t.Errorf("feed -h: exit %d, %q", code, out)
	}
	out, _, code = c.run("", "feed", "add", "-h")
	if code != 0 || !strings.Contains(out, "Usage: newsbot feed add [--interval D]") {
		t.Errorf("feed add -h: exit %d, %q", code, out)
	}
	// bench does not use newsbot.db unless asked: its help must not say so.
	if out, _, _ := c.run("", "bench", "-h"); !strings.Contains(out, "Usage: newsbot bench") || strings.Contains(out, `(default "`+c.env["NEWSBOT_DB"]+`")`) {
		t.Errorf("bench -h shows no usage, or the user's database as its default: %q", out)
	}
}

func TestAddNamesTheMissingFile(t *testing.T) {
	c := newCLI(t)
	_, errs, code := c.run("", "add", "nope-story.txt")
	if code == 0 || !strings.Contains(errs, "nope-story.txt: no such file") {
		t.Errorf("exit %d, %q; want the path named", code, errs)
	}
}

func TestDemoRefusesADatabase(t *testing.T) {
	c := newCLI(t)
	_, errs, code := c.run("", "demo", "--db", c.dir+"/mine.db")
	if code == 0 || !strings.Contains(errs, "temporary database") {
		t.Errorf("demo --db: exit %d, %q", code, errs)
	}
}

func TestArticlesRejectsArguments(t *testing.T) {
	c := newCLI(t)
	if _, errs, code := c.run("", "articles", "Aleppo"); code == 0 || !strings.Contains(errs, "no arguments") {
		t.Errorf("articles Aleppo: exit %d, %q", code, errs)
	}
}

func TestInterruptedSaysSo(t *testing.T) {
	c := newCLI(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel() // as if Ctrl-C came at once
	var out, errb strings.Builder
	env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(k string) string { return c.env[k] }}
	code := Main(ctx, env, []string{"bench", "--articles", "50", "--queries", "5"})
	if code != 130 || !strings.Contains(errb.String(), "interrupted") || strings.Contains(errb.String(), "context canceled") {
		t.Errorf("bench after Ctrl-C: exit %d, stderr %q; want 130 and 'interrupted'", code, errb.String())
	}
}

func TestClaimsOutput(t *testing.T) {
	c := newCLI(t)
	c.mustRun("add", sample)
	out := c.mustRun("claims", "Interfax")
	if !strings.Contains(out, "(1 statement)") && !strings.Contains(out, " statements)") {
		t.Errorf("no count: %s", out)
	}
	if strings.Contains(out, "(1 statements)") {
		t.Errorf("bad plural: %s", out)
	}
	for _, l := range strings.Split(out, "\n") {
		if strings.HasSuffix(l, "[article") || strings.HasPrefix(strings.TrimSpace(l), "1]") {
			t.Errorf("a reference is broken across lines: %q in\n%s", l, out)
		}
	}
	out = c.mustRun("claims", "minian")
	if strings.Contains(out, "On minian") || !strings.Contains(out, "On Minian") {
		t.Errorf("disagreement subject not as written: %s", out)
	}
}

func TestHelpers(t *testing.T) {
	for _, tc := range []struct {
		d    time.Duration
		want string
	}{{15 * time.Minute, "15m"}, {time.Hour, "1h"}, {90 * time.Minute, "1h30m"}, {45 * time.Second, "45s"}} {
		if got := fmtInterval(tc.d); got != tc.want {
			t.Errorf("fmtInterval(%v) = %q, want %q", tc.d, got, tc.want)
		}
	}
	if got := wrap("said: “a b c” [article 12]", 18); strings.Contains(got, "[article\n") {
		t.Errorf("wrap broke a reference: %q", got)
	}
	if got := indent("a\n\nb", "   "); got != "   a\n\n   b" {
		t.Errorf("indent = %q", got)
	}
	if got := closest("remvoe", []string{"add", "remove"}); got != "remove" {
		t.Errorf("closest = %q", got)
	}
	if got := closest("zzzzzz", []string{"add", "remove"}); got != "" {
		t.Errorf("closest of nothing alike = %q", got)
	}
	if got := asWritten("minian, aleppo", "The army took Minian near Aleppo."); got != "Minian, Aleppo" {
		t.Errorf("asWritten = %q", got)
	}
	if got := plural(1, "statement") + "/" + plural(2, "statement"); got != "1 statement/2 statements" {
		t.Errorf("plural = %q", got)
	}
}

func TestAddSameURLNewTextSaysUpdated(t *testing.T) {
	c := newCLI(t)
	a := c.file("a.txt", []byte("Council approves bridge\n\nThe council voted on Tuesday to build a bridge, the mayor said.\n"))
	b := c.file("b.txt", []byte("Council approves bridge\n\nThe council voted on Tuesday to build a new footbridge over the river, the mayor said on Wednesday.\n"))
	c.mustRun("add", "--url", "https://example.com/bridge", a)
	if out := c.mustRun("add", "--url", "https://example.com/bridge", b); !strings.HasPrefix(out, "Updated article 1") {
		t.Errorf("second version of the same URL: %q; want 'Updated article 1'", out)
	}
	if _, errs, code := c.run("", "add", "--url", "example.com/bridge", a); code == 0 || !strings.Contains(errs, "not a web address") {
		t.Errorf("--url without a scheme: exit %d, %q", code, errs)
	}
}

func TestLogLevel(t *testing.T) {
	for _, tc := range []struct {
		in   string
		ok   bool
		want string
	}{{"debug", true, "DEBUG"}, {"WARN", true, "WARN"}, {"loud", false, "WARN"}} {
		l, ok := parseLevel(tc.in)
		if ok != tc.ok || l.String() != tc.want {
			t.Errorf("parseLevel(%q) = %v, %v; want %s, %v", tc.in, l, ok, tc.want, tc.ok)
		}
	}
}

func TestEmptyDatabaseSaysSo(t *testing.T) {
	c := newCLI(t)
	for _, args := range [][]string{{"ask", "Did Russia resume air strikes?"}, {"search", "Aleppo"}, {"claims"}, {"ask", "--json", "x"}} {
		out, errs, code := c.run("", args...)
		if code != 0 || !strings.Contains(errs, "no articles are stored in") {
			t.Errorf("newsbot %s on an empty database: exit %d, stderr %q", strings.Join(args, " "), code, errs)
		}
		if len(args) > 1 && args[1] == "--json" && !strings.HasPrefix(out, "{") {
			t.Errorf("ask --json stdout is not the JSON alone: %q", out)
		}
	}
	c.mustRun("add", sample)
	if _, errs, _ := c.run("", "ask", "What is the capital of Peru?"); strings.Contains(errs, "no articles") {
		t.Errorf("hint given although articles are stored: %q", errs)
	}
}

func TestErrorsNameTheSourceOnce(t *testing.T) {
	c := newCLI(t)
	_, errs, _ := c.run("", "add", "ftp://example.com/a.txt")
	if strings.Count(errs, "ftp://example.com/a.txt") != 1 {
		t.Errorf("add ftp link: %q; want the link named once", errs)
	}
	_, errs, _ = c.run("", "feed", "add", "http://127.0.0.1:1/rss.xml")
	if strings.Count(errs, "http://127.0.0.1:1/rss.xml") != 1 || !strings.Contains(errs, "NEWSBOT_ALLOW_PRIVATE_URLS") {
		t.Errorf("feed add of a loopback URL: %q; want the link named once and the way out", errs)
	}
}

// TestRefusalSaysWhatNext: a refused question ends with what to try next
// (the reports' names, claims, add, articles); an answered one does not,
// and --json output carries no such line (its contract is unchanged).
func TestRefusalSaysWhatNext(t *testing.T) {
	c := newCLI(t)
	if _, errs, code := c.run("", "add", sample); code != 0 {
		t.Fatalf("add: exit %d, %s", code, errs)
	}
	out, errs, code := c.run("", "ask", "What did NATO say about the strikes?")
	out = strings.Join(strings.Fields(out), " ") // the terminal text is wrapped
	if code != 0 || !strings.Contains(out, "NATO") || !strings.Contains(out, "newsbot claims TOPIC") || !strings.Contains(out, "newsbot add URL|FILE") {
		t.Errorf("refusal: exit %d, stderr %q, stdout:\n%s", code, errs, out)
	}
	out, _, _ = c.run("", "ask", "Did Russia resume air strikes on Aleppo?")
	if !strings.Contains(out, "Sources:") || strings.Contains(out, "newsbot claims TOPIC") {
		t.Errorf("answer carries the refusal's what-next line, or has no sources:\n%s", out)
	}
	out, _, _ = c.run("", "ask", "--json", "What did NATO say about the strikes?")
	if strings.Contains(out, "newsbot claims") {
		t.Errorf("--json carries the what-next line:\n%s", out)
	}
}

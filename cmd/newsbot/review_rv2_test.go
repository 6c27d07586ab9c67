package main

import (
	"strings"
	"testing"
)

// The tests in this file come from a new-user review (branch rv2).

// A short article is "1 chunk", not "1 chunks".
func TestAddCountsInWords(t *testing.T) {
	c := newCLI(t)
	p := c.file("short.txt", []byte("Harbour fees rise\n\nHarwick harbour raised its mooring fees by 4% on Monday, the harbour board said.\n"))
	out := c.mustRun("add", "--published", "2026-03-02", p)
	if !strings.Contains(out, "(1 chunk, 1 claim)") {
		t.Errorf("add of a one-sentence article: want \"(1 chunk, 1 claim)\" in %q", out)
	}
}

// README's command table shows each listed command's usage line as its
// help gives it (with "|" written "\|" in the table), so the two cannot
// drift apart.
func TestReadmeTableMatchesUsage(t *testing.T) {
	readme := readFile(t, "../../README.md")
	for name, cmd := range commands {
		if cmd.hidden || cmd.usage == "" || name == "feed" { // feed: one row per subcommand
			continue
		}
		row := "`" + strings.ReplaceAll(cmd.usage, "|", `\|`) + "`"
		if !strings.Contains(readme, row) {
			t.Errorf("README's command table lacks %s's usage line %s", name, row)
		}
	}
}

// ask --now also leaves out later reports (docs/time.md): its help says so.
func TestAskNowHelpSaysLaterReportsAreLeftOut(t *testing.T) {
	c := newCLI(t)
	out, errs, code := c.run("", "ask", "-h")
	if code != 0 || !strings.Contains(out, "reports published after it") || errs != "" {
		t.Errorf("ask -h (exit %d) does not say on stdout alone that --now leaves out later reports:\n%s\nstderr: %s", code, out, errs)
	}
}

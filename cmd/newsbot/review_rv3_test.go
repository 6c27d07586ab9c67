package main

import (
	"strings"
	"testing"
)

// The tests in this file come from a new-user and operator review
// (branch rv3).

// Flags given before the command are refused with the same command line
// written the way that works, not an unrelated example.
func TestFlagsBeforeCommandExample(t *testing.T) {
	c := newCLI(t)
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"--db", "f.db", "add", "story.txt"}, "e.g. newsbot add story.txt --db f.db ("},
		{[]string{"--guild", "42", "ask", "Who won?"}, "e.g. newsbot ask 'Who won?' --guild 42 ("},
		{[]string{"--db", "ask", "ask", "x"}, "e.g. newsbot ask x --db ask ("},
		{[]string{"--json"}, "e.g. newsbot articles --db newsbot.db ("},
	}
	for _, tc := range cases {
		out, errs, code := c.run("", tc.args...)
		if code != 2 || out != "" {
			t.Errorf("%q: exit %d, stdout %q; want 2 and nothing", tc.args, code, out)
		}
		if !strings.Contains(errs, tc.want) || !strings.Contains(errs, "flags come after the command") {
			t.Errorf("%q: stderr %q does not say %q", tc.args, errs, tc.want)
		}
	}
}

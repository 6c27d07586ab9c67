package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// From a new-user review (branch rv3), fixed on branch rv4.

// 'newsbot feed' without a subcommand, or with an unknown one, exits 2 as
// an unknown or missing command does, and names the subcommands.
func TestFeedWithoutSubcommandExits2(t *testing.T) {
	c := newCLI(t)
	for _, args := range [][]string{{"feed"}, {"feed", "frob"}} {
		_, errs, code := c.run("", args...)
		if code != 2 || !strings.Contains(errs, "add, remove, list or poll") {
			t.Errorf("%v: exit %d, stderr %q; want exit 2 naming add, remove, list and poll", args, code, errs)
		}
	}
}

// search's text output gives scores that tell passages apart: fused
// scores are about 1e-6 with one article stored, "0.00" at two decimals.
func TestSearchScoresDistinguishable(t *testing.T) {
	c := newCLI(t)
	f := filepath.Join(c.dir, "quay.txt")
	text := "New quay delayed until September\n\nThe harbour director said the new quay will open in September.\n\n" +
		"The contractors need more time for the quay walls, she said.\n\nThe budget for the quay is 40 million euros.\n"
	if err := os.WriteFile(f, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, errs, code := c.run("", "add", f); code != 0 {
		t.Fatalf("add: exit %d, %s", code, errs)
	}
	out, errs, code := c.run("", "search", "quay")
	if code != 0 {
		t.Fatalf("search: exit %d, %s", code, errs)
	}
	if strings.Contains(out, "score 0.00)") {
		t.Errorf("search prints indistinguishable scores:\n%s", out)
	}
	heads := regexp.MustCompile(`(?m)^\d+\. \[article \d+\].*\((.*)\)$`).FindAllStringSubmatch(out, -1)
	if len(heads) == 0 || heads[0][1] != "best match" {
		t.Fatalf("search output = %q; want the first passage marked the best match", out)
	}
	for _, h := range heads[1:] {
		if !strings.HasSuffix(h[1], "of the best score") && h[1] != "best match" {
			t.Errorf("score %q; want a share of the best score", h[1])
		}
	}
}

package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"runtime/debug"
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

// A question set given as its folder (testdata/eval/blind5) is refused
// with the file to give, not "read ...: is a directory".
func TestEvalSetFolderNamesItsFile(t *testing.T) {
	c := newCLI(t)
	dir := t.TempDir()
	q := filepath.Join(dir, "questions.jsonl")
	if err := os.WriteFile(q, []byte(`{"question":"Who?","answerable":false}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, cmd := range []string{"eval-answers", "eval"} {
		_, errs, code := c.run("", cmd, dir)
		if code != 1 || !strings.Contains(errs, "is a folder: give its question file, "+q) {
			t.Errorf("%s FOLDER: exit %d, stderr %q; want 1 and the file %s named", cmd, code, errs, q)
		}
	}
	_, errs, code := c.run("", "eval-answers", t.TempDir())
	if code != 1 || !strings.Contains(errs, "is a folder: give the question file") {
		t.Errorf("eval-answers EMPTY-FOLDER: exit %d, stderr %q", code, errs)
	}
}

// A value newsbot would read as unset gets a warning naming what to
// write, on stderr for the command line; good values get none.
func TestBadValueWarnings(t *testing.T) {
	c := newCLI(t)
	c.env["NEWSBOT_PREFIX_COMMANDS"] = "yes"
	c.env["NEWSBOT_LOG"] = "xml"
	c.env["NEWSBOT_MAX_UPLOAD"] = "huge"
	c.env["NEWSBOT_NO_RECENCY"] = "1"
	c.env["NEWSBOT_QUESTIONS_PER_MINUTE"] = "2.5"
	_, errs, code := c.run("", "articles")
	if code != 0 {
		t.Fatalf("articles: exit %d: %s", code, errs)
	}
	for _, want := range []string{
		`newsbot: warning: NEWSBOT_PREFIX_COMMANDS="yes" is not 1 or 0, so it reads as off; write 1 to turn it on`,
		`newsbot: warning: NEWSBOT_LOG="xml" is not a format; write text or json (the command line uses text; serve always logs JSON)`,
		`newsbot: warning: NEWSBOT_MAX_UPLOAD="huge" is not a positive number`,
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr %q does not say %q", errs, want)
		}
	}
	for _, not := range []string{"NEWSBOT_NO_RECENCY", "NEWSBOT_QUESTIONS_PER_MINUTE"} {
		if strings.Contains(errs, not) {
			t.Errorf("a good value of %s was warned about: %q", not, errs)
		}
	}
}

// A bad bench number names the flag that was wrong; a value that does not
// parse names its flag with two dashes, as the docs write it.
func TestBenchBadNumberNamesFlag(t *testing.T) {
	c := newCLI(t)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"bench", "--articles", "0"}, "newsbot bench: --articles 0: it must be at least 1"},
		{[]string{"bench", "--queries", "-2"}, "newsbot bench: --queries -2: it must be at least 0"},
		{[]string{"bench", "--k", "0"}, "newsbot bench: --k 0: it must be at least 1"},
		{[]string{"bench", "--articles", "abc"}, `invalid value "abc" for flag --articles: give a whole number`},
	} {
		_, errs, code := c.run("", tc.args...)
		if code != 1 || !strings.Contains(errs, tc.want) {
			t.Errorf("%q: exit %d, stderr %q; want 1 and %q", tc.args, code, errs, tc.want)
		}
	}
}

// With the database's folder missing, doctor does not also say the file
// "is created at first use": it cannot be until the folder exists.
func TestDoctorMissingFolderDatabaseSkipped(t *testing.T) {
	c := newCLI(t)
	c.env["NEWSBOT_DB"] = filepath.Join(c.dir, "no", "such", "x.db")
	out, errs, code := c.run("", "doctor", "--json")
	if code != 1 {
		t.Fatalf("doctor: exit %d, want 1 (the folder check fails): %s", code, errs)
	}
	var res []checkResult
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("doctor --json: %v: %s", err, out)
	}
	got := map[string]checkResult{}
	for _, r := range res {
		got[r.Check] = r
	}
	if r := got["database folder"]; r.Status != checkFail {
		t.Errorf("database folder: %+v, want FAIL", r)
	}
	if r := got["database"]; r.Status != checkSkip || !strings.Contains(r.Detail, "cannot be created until its folder exists") {
		t.Errorf("database: %+v, want skip saying it cannot be created until its folder exists", r)
	}
}

// 'newsbot version' (and --version, which a newcomer tries first) names
// the build; before, --version was told flags come after a command.
func TestVersion(t *testing.T) {
	c := newCLI(t)
	for _, args := range [][]string{{"version"}, {"--version"}} {
		out, errs, code := c.run("", args...)
		if code != 0 || !strings.HasPrefix(out, "newsbot ") || errs != "" {
			t.Errorf("%q: exit %d, stdout %q, stderr %q", args, code, out, errs)
		}
	}
	for _, tc := range []struct {
		info *debug.BuildInfo
		want string
	}{
		{&debug.BuildInfo{GoVersion: "go1.26.8", Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "43ea348aa1b2c3d4e5f6"}, {Key: "vcs.time", Value: "2026-12-03T16:24:00Z"}, {Key: "vcs.modified", Value: "true"}}},
			"newsbot 43ea348aa1b2 (2026-12-03T16:24:00Z, modified) go1.26.8\n"},
		{&debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v1.4.0"}}, "newsbot v1.4.0 go1.26.8\n"},
		{&debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"}}, "newsbot (built without version control information) go1.26.8\n"},
	} {
		var b strings.Builder
		writeVersion(&b, tc.info)
		if b.String() != tc.want {
			t.Errorf("writeVersion: %q, want %q", b.String(), tc.want)
		}
	}
}

// "1 of 2 sources was not added", not "were".
func TestAddFailedCountGrammar(t *testing.T) {
	c := newCLI(t)
	missing := filepath.Join(c.dir, "nope.txt")
	_, errs, code := c.run("", "add", sample, missing)
	if code != 1 || !strings.Contains(errs, "newsbot add: 1 of 2 sources was not added (see above)") {
		t.Errorf("one failure: exit %d, stderr %q", code, errs)
	}
	_, errs, _ = c.run("", "add", missing, filepath.Join(c.dir, "nope2.txt"))
	if !strings.Contains(errs, "newsbot add: 2 of 2 sources were not added (see above)") {
		t.Errorf("two failures: stderr %q", errs)
	}
}

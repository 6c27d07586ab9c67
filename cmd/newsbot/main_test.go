package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsbot/newsbot"
)

// cli runs the command line in-process against a database in dir.
type cli struct {
	t   *testing.T
	dir string
	env map[string]string
}

func newCLI(t *testing.T) *cli {
	dir := t.TempDir()
	return &cli{t: t, dir: dir, env: map[string]string{"NEWSBOT_DB": filepath.Join(dir, "test.db")}}
}

// run returns stdout, stderr and the exit status.
func (c *cli) run(stdin string, args ...string) (string, string, int) {
	c.t.Helper()
	var out, errb bytes.Buffer
	env := &Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb,
		Getenv: func(k string) string { return c.env[k] }}
	code := Main(context.Background(), env, args)
	return out.String(), errb.String(), code
}

// mustRun fails the test unless the command exits 0.
func (c *cli) mustRun(args ...string) string {
	c.t.Helper()
	out, errs, code := c.run("", args...)
	if code != 0 {
		c.t.Fatalf("newsbot %s: exit %d: %s", strings.Join(args, " "), code, errs)
	}
	return out
}

func (c *cli) file(name string, data []byte) string {
	p := filepath.Join(c.dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		c.t.Fatal(err)
	}
	return p
}

const sample = "../../samples/articles/aleppo-russia-strikes.txt"

func TestAddAskSample(t *testing.T) {
	c := newCLI(t)
	out := c.mustRun("add", "--json", "--outlet", "Reuters", "--published", "2016-11-08", sample)
	var m map[string]any
	if err := json.Unmarshal([]byte(out), &m); err != nil {
		t.Fatalf("add --json: %v: %s", err, out)
	}
	for _, k := range []string{"id", "title", "chunks", "claims", "duplicate_of"} {
		if _, ok := m[k]; !ok {
			t.Errorf("add --json lacks %q: %s", k, out)
		}
	}
	if m["chunks"].(float64) < 2 {
		t.Errorf("too few chunks: %s", out)
	}

	// The same file again is a duplicate and stores nothing new.
	out = c.mustRun("add", "--json", sample)
	if !strings.Contains(out, `"duplicate_of":1`) {
		t.Errorf("second add: %s", out)
	}
	if list := c.mustRun("articles", "--json"); strings.Count(list, `"id"`) != 1 {
		t.Errorf("articles after duplicate: %s", list)
	}

	text, err := os.ReadFile(sample)
	if err != nil {
		t.Fatal(err)
	}
	out = c.mustRun("ask", "--json", "Did Russia resume air strikes on Aleppo?")
	var ans newsbot.Answer
	if err := json.Unmarshal([]byte(out), &ans); err != nil {
		t.Fatalf("ask --json: %v: %s", err, out)
	}
	if ans.Mode != newsbot.ModeExtractive || !ans.Supported || len(ans.Citations) == 0 {
		t.Fatalf("answer: %+v", ans)
	}
	for _, cit := range ans.Citations {
		if !cit.Verified || !strings.Contains(string(text), cit.Quote) {
			t.Errorf("quote not verbatim: %q", cit.Quote)
		}
		if cit.Outlet != "Reuters" || cit.Published != "2016-11-08" {
			t.Errorf("citation lost the article's metadata: %+v", cit)
		}
	}
}

func TestSearchAnyText(t *testing.T) {
	c := newCLI(t)
	c.mustRun("add", sample)
	for _, q := range []string{`"in coming hours`, `Russia AND NOT`, `NEAR(Aleppo strikes)`, `1070-Apartments: who's there?`,
		`🚀 air strikes 🇸🇾`, `*`, `^col:`, `"`, `title:Aleppo`} {
		out, errs, code := c.run("", "search", "--json", q)
		if code != 0 {
			t.Errorf("search %q: exit %d: %s", q, code, errs)
		}
		var list []map[string]any
		if err := json.Unmarshal([]byte(out), &list); err != nil {
			t.Errorf("search %q: not a JSON list: %s", q, out)
		}
	}
	out := c.mustRun("search", "--json", "Minian rebels")
	if !strings.Contains(out, "Minian") {
		t.Errorf("search did not find Minian: %s", out)
	}
}

func TestBadInput(t *testing.T) {
	c := newCLI(t)
	bin := make([]byte, 2048)
	for i := range bin {
		bin[i] = byte(i % 7)
	}
	big := bytes.Repeat([]byte("Officials said the talks would continue. "), (10<<20)/40+10)
	cases := []struct {
		name  string
		args  []string
		stdin string
		want  string // in stderr
	}{
		{"empty file", []string{"add", c.file("empty.txt", nil)}, "", "empty"},
		{"blank file", []string{"add", c.file("blank.txt", []byte("  \n\n  "))}, "", "empty"},
		{"binary file", []string{"add", c.file("blob.txt", bin)}, "", "binary"},
		{"big file", []string{"add", c.file("big.txt", big)}, "", "MB"},
		{"missing file", []string{"add", filepath.Join(c.dir, "nope.txt")}, "", "no such file"},
		{"empty stdin", []string{"add", "-"}, "", "empty"},
		{"unknown id", []string{"remove", "999"}, "", "no article 999"},
		{"bad id", []string{"remove", "abc"}, "", "not an article id"},
		{"empty question", []string{"ask", "  "}, "", "no question"},
		{"long question", []string{"ask", strings.Repeat("why ", 1250)}, "", "limit"},
		{"bad date", []string{"add", "--published", "8 Nov 2016", sample}, "", "YYYY-MM-DD"},
		{"unknown flag", []string{"ask", "--nope", "x"}, "", "no such flag: --nope;"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			out, errs, code := c.run(tc.stdin, tc.args...)
			if code == 0 {
				t.Fatalf("exit 0, stdout %q", out)
			}
			if !strings.Contains(strings.ToLower(errs), strings.ToLower(tc.want)) {
				t.Errorf("stderr %q does not say %q", errs, tc.want)
			}
			if n := strings.Count(strings.TrimSpace(errs), "\n"); n > 1 {
				t.Errorf("error is %d lines, want one clear line: %q", n+1, errs)
			}
		})
	}
	if list := c.mustRun("articles", "--json"); strings.TrimSpace(list) != "[]" {
		t.Errorf("bad input stored something: %s", list)
	}
}

func TestBadDatabase(t *testing.T) {
	c := newCLI(t)
	_, errs, code := c.run("", "articles", "--db", filepath.Join(c.dir, "no", "such", "dir", "x.db"))
	if code == 0 || !strings.Contains(errs, "does not exist") {
		t.Errorf("missing directory: exit %d, %q", code, errs)
	}
	junk := c.file("junk.db", bytes.Repeat([]byte("not sqlite at all\n"), 300))
	_, errs, code = c.run("", "articles", "--db", junk)
	if code == 0 || !strings.Contains(errs, "not a newsbot database") {
		t.Errorf("not sqlite: exit %d, %q", code, errs)
	}
}

func TestGuildIsolation(t *testing.T) {
	c := newCLI(t)
	c.mustRun("add", "--guild", "111", sample)
	out := c.mustRun("ask", "--json", "--guild", "222", "Did Russia resume air strikes on Aleppo?")
	var ans newsbot.Answer
	if err := json.Unmarshal([]byte(out), &ans); err != nil {
		t.Fatal(err)
	}
	if ans.Supported || len(ans.Citations) != 0 {
		t.Errorf("guild 222 answered from guild 111's article: %+v", ans)
	}
	if out := c.mustRun("search", "--json", "--guild", "222", "Aleppo"); strings.TrimSpace(out) != "[]" {
		t.Errorf("guild 222 search: %s", out)
	}
}

func TestHelp(t *testing.T) {
	c := newCLI(t)
	out := c.mustRun("help")
	for _, name := range []string{"add", "ask", "search", "articles", "remove", "demo"} {
		if !strings.Contains(out, "\n  "+name) {
			t.Errorf("help does not list %s", name)
		}
	}
	if _, errs, code := c.run("", "frobnicate"); code == 0 || !strings.Contains(errs, "unknown command") {
		t.Errorf("unknown command: %d %q", code, errs)
	}
}

func TestClaims(t *testing.T) {
	c := newCLI(t)
	c.mustRun("add", sample)
	text, err := os.ReadFile(sample)
	if err != nil {
		t.Fatal(err)
	}
	var all []map[string]any
	if err := json.Unmarshal([]byte(c.mustRun("claims", "--json")), &all); err != nil {
		t.Fatal(err)
	}
	if len(all) < 5 {
		t.Fatalf("only %d claims on the sample", len(all))
	}
	for _, cl := range all {
		for _, k := range []string{"article_id", "sentence", "speaker", "via", "cue", "content", "when"} {
			if _, ok := cl[k]; !ok {
				t.Fatalf("claim lacks %q: %v", k, cl)
			}
		}
		if !strings.Contains(string(text), cl["sentence"].(string)) {
			t.Errorf("sentence not verbatim: %q", cl["sentence"])
		}
		if cl["speaker"] == "" {
			t.Errorf("claim without a speaker: %v", cl)
		}
	}
	var some []map[string]any
	if err := json.Unmarshal([]byte(c.mustRun("claims", "--json", "Minian")), &some); err != nil {
		t.Fatal(err)
	}
	if len(some) == 0 || len(some) >= len(all) {
		t.Fatalf("topic filter: %d of %d", len(some), len(all))
	}
	for _, cl := range some {
		if !strings.Contains(cl["sentence"].(string), "Minian") {
			t.Errorf("off-topic claim: %q", cl["sentence"])
		}
	}
	out := c.mustRun("claims", "Minian")
	if !strings.Contains(out, "Accounts that differ") {
		t.Errorf("conflicting accounts of Minian not side by side:\n%s", out)
	}
	if _, errs, code := c.run("", "claims", "--article", "42"); code == 0 || !strings.Contains(errs, "no article 42") {
		t.Errorf("unknown article: %d %q", code, errs)
	}
}

func TestBadLLMTimeout(t *testing.T) {
	c := newCLI(t)
	c.env["OPENAI_BASE_URL"] = "http://127.0.0.1:1/v1"
	c.env["NEWSBOT_LLM_TIMEOUT"] = "soon"
	_, errs, code := c.run("", "ask", "anything at all?")
	if code == 0 || !strings.Contains(errs, "NEWSBOT_LLM_TIMEOUT") {
		t.Errorf("exit %d, %q", code, errs)
	}
}

// TestAddRefusesSecrets: local secrets stay local unless --allow-any-file
// (issue 11, probe 6).
func TestAddRefusesSecrets(t *testing.T) {
	c := newCLI(t)
	story := "The council approved the budget on Monday, the mayor said, after a two-hour debate.\n"
	cases := map[string]string{
		".env":        "OPENAI_API_KEY=sk-abc123\nDISCORD_TOKEN=xyz\n",
		"notes.txt":   "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n",
		"config.txt":  "export DB_PASSWORD=hunter2\nexport API_TOKEN=abc\n# comment\nREGION=eu\n",
		"id_ed25519":  "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGq0lJ7x9k2b3 user@host\n",
		"shadow.txt":  "root:$6$abc$def:19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\n",
		"service.txt": "{\"type\": \"service_account\", \"private_key\": \"-----BEGIN\"}\n",
	}
	for name, data := range cases {
		p := c.file(name, []byte(data))
		_, errs, code := c.run("", "add", p)
		if code == 0 || !strings.Contains(errs, "refused") || !strings.Contains(errs, "--allow-any-file") || strings.Count(strings.TrimSpace(errs), "\n") > 0 {
			t.Errorf("add %s: exit %d, stderr %q; want a one-line refusal", name, code, errs)
		}
		if !strings.Contains(errs, p+": refused") {
			t.Errorf("add %s: %q does not name the file refused", name, errs)
		}
	}
	dir := filepath.Join(c.dir, ".private")
	os.Mkdir(dir, 0o755)
	hidden := filepath.Join(dir, "story.txt")
	os.WriteFile(hidden, []byte("The harbour reopened on Friday after a week of storms, the port authority said.\n"), 0o644)
	link := filepath.Join(c.dir, "innocent.txt")
	if err := os.Symlink("/etc/hostname", link); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"/etc/hostname", "/etc/shadow", "/proc/self/environ", "/dev/zero", link, hidden} {
		_, errs, code := c.run("", "add", p)
		if code == 0 || !strings.Contains(errs, p+": refused") {
			t.Errorf("add %s: exit %d, stderr %q; want it named and refused", p, code, errs)
		}
	}
	if list := c.mustRun("articles", "--json"); strings.Contains(list, `"id"`) {
		t.Errorf("something was stored: %s", list)
	}
	// An ordinary article in a folder beside a .env: the article is
	// added, the .env refused, and the command says so.
	p := c.file("story.txt", []byte(story))
	out, errs, code := c.run("", "add", p, filepath.Join(c.dir, ".env"))
	if code == 0 || !strings.Contains(out, "Added article") || !strings.Contains(errs, ".env") {
		t.Errorf("add story .env: exit %d out %q err %q", code, out, errs)
	}
	// The operator can override.
	out = c.mustRun("add", "--allow-any-file", "--title", "Hidden story", hidden)
	if !strings.Contains(out, "Added article") {
		t.Errorf("--allow-any-file: %s", out)
	}
}

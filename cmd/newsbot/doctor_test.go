package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsbot/newsbot/bot"
	"github.com/newsbot/newsbot/internal/fakediscord"
	"github.com/newsbot/newsbot/internal/fakeopenai"
)

// doctorSetup is a working configuration against the fakes: a database
// with an article embedded by the fake's model, a Discord application with
// the Message Content intent and prefix commands on, a chat and an
// embeddings server, and a .env readable by its owner only.
type doctorSetup struct {
	c       *cli
	discord *fakediscord.Server
	openai  *fakeopenai.Server
	dotEnv  string
}

func newDoctorSetup(t *testing.T) *doctorSetup {
	s := &doctorSetup{c: newCLI(t), discord: fakediscord.New("300000000000000001"), openai: fakeopenai.New(t)}
	t.Cleanup(s.discord.Close)
	t.Cleanup(func() { bot.SetAPIURL("") })
	s.discord.AppFlags = 1 << 18
	s.openai.Always(fakeopenai.Reply{Content: "ok"})
	for k, v := range map[string]string{
		"DISCORD_TOKEN": s.discord.Token, "DISCORD_API_URL": s.discord.APIURL(), "NEWSBOT_PREFIX_COMMANDS": "1",
		"OPENAI_BASE_URL": s.openai.URL(), "NEWSBOT_CHAT_MODEL": "fake-chat", "NEWSBOT_EMBED_MODEL": "fake-embed",
	} {
		s.c.env[k] = v
	}
	s.c.mustRun("add", sample) // embedded as it is added
	s.dotEnv = s.c.file(".env", []byte("DISCORD_TOKEN="+s.discord.Token+"\n"))
	os.Chmod(s.dotEnv, 0o600)
	return s
}

// run runs the doctor's checks and returns them by name.
func (s *doctorSetup) run(t *testing.T, ftsModule string) map[string]checkResult {
	t.Helper()
	d := &doctor{env: &Env{Stdout: &strings.Builder{}, Stderr: &strings.Builder{}, Getenv: func(k string) string { return s.c.env[k] }},
		dbPath: s.c.env["NEWSBOT_DB"], dotEnv: s.dotEnv, ftsModule: ftsModule}
	d.run(context.Background())
	if d.db != nil {
		d.db.Close()
	}
	out := map[string]checkResult{}
	for _, r := range d.results {
		out[r.Check] = r
	}
	return out
}

func TestDoctorPasses(t *testing.T) {
	s := newDoctorSetup(t)
	res := s.run(t, "fts5")
	for _, name := range []string{"database folder", "database", "full-text search", "file permissions", "discord token",
		"discord intents", "chat server", "embedding server", "stored vectors"} {
		if r := res[name]; r.Status != checkOK {
			t.Errorf("%s: %+v, want ok", name, r)
		}
	}
	if res["chat server"].LatencyMS <= 0 || res["embedding server"].LatencyMS <= 0 {
		t.Errorf("server checks carry no latency: %+v %+v", res["chat server"], res["embedding server"])
	}
	// Through the command line: every line ok, exit 0.
	out, errs, code := s.c.run("", "doctor")
	if code != 0 || !strings.Contains(out, "All checks passed.") {
		t.Fatalf("doctor: exit %d\n%s\n%s", code, out, errs)
	}
}

// TestDoctorFails breaks one thing at a time and checks that exactly that
// check fails, with its one-line fix.
func TestDoctorFails(t *testing.T) {
	for name, tc := range map[string]struct {
		breakIt   func(t *testing.T, s *doctorSetup)
		fts       string
		check     string
		detail    string
		fix       string
		alsoFails []string // checks that depend on the broken thing
	}{
		"WrongToken": {breakIt: func(t *testing.T, s *doctorSetup) { s.c.env["DISCORD_TOKEN"] = "not-the-token" },
			check: "discord token", detail: "refused the bot token", fix: "Reset Token"},
		"MissingIntent": {breakIt: func(t *testing.T, s *doctorSetup) { s.discord.AppFlags = 0 },
			check: "discord intents", detail: "lacks the Message Content intent", fix: "Privileged Gateway Intents"},
		"UnreachableLLM": {breakIt: func(t *testing.T, s *doctorSetup) { s.c.env["OPENAI_BASE_URL"] = "http://127.0.0.1:1/v1" },
			check: "chat server", detail: "127.0.0.1:1", fix: "start the server, or correct OPENAI_BASE_URL",
			alsoFails: []string{"embedding server"}},
		"WrongEmbeddingDimension": {breakIt: func(t *testing.T, s *doctorSetup) { s.openai.SetEmbed(fakeopenai.HashEmbed(32)) },
			check: "stored vectors", detail: "have 32 dimensions, the stored ones 256", fix: "newsbot reindex --force"},
		"MissingFTS5": {fts: "fts5_missing_build_tag",
			check: "full-text search", detail: "no such module", fix: "-tags sqlite_fts5"},
		"UnwritableDatabaseFolder": {breakIt: func(t *testing.T, s *doctorSetup) {
			dir := filepath.Dir(s.c.env["NEWSBOT_DB"])
			os.Chmod(dir, 0o555)
			t.Cleanup(func() { os.Chmod(dir, 0o755) })
		}, check: "database folder", detail: "is not writable", fix: "chmod u+w"},
		"OpenDotEnv": {breakIt: func(t *testing.T, s *doctorSetup) { os.Chmod(s.dotEnv, 0o644) },
			check: "file permissions", detail: "readable by others", fix: "chmod 600"},
	} {
		t.Run(name, func(t *testing.T) {
			s := newDoctorSetup(t)
			if tc.breakIt != nil {
				tc.breakIt(t, s)
			}
			if tc.fts == "" {
				tc.fts = "fts5"
			}
			res := s.run(t, tc.fts)
			r := res[tc.check]
			if r.Status != checkFail || !strings.Contains(r.Detail, tc.detail) || !strings.Contains(r.Fix, tc.fix) || strings.Contains(r.Fix, "\n") {
				t.Errorf("%s: %+v\nwant FAIL with %q, fix with %q", tc.check, r, tc.detail, tc.fix)
			}
			for n, other := range res {
				if other.Status == checkFail && n != tc.check && !contains(tc.alsoFails, n) {
					t.Errorf("%s failed too: %+v", n, other)
				}
			}
		})
	}
}

func contains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// TestDoctorExitStatus: a failed check makes the command exit 1, naming
// how many failed.
func TestDoctorExitStatus(t *testing.T) {
	s := newDoctorSetup(t)
	s.c.env["DISCORD_TOKEN"] = "wrong"
	out, errs, code := s.c.run("", "doctor")
	if code != 1 || !strings.Contains(out, "FAIL  discord token") || !strings.Contains(errs, "1 of 9 checks failed") {
		t.Fatalf("exit %d\n%s\n%s", code, out, errs)
	}
}

package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsbot/newsbot/store/storetest"
)

// TestSameAnswersBothBackends asks every question of the dev sets
// (testdata/eval/dev.jsonl and answers-dev.jsonl) of an SQLite database
// and of its copy in PostgreSQL, and compares the 'ask --json' outputs,
// word for word. The stores rank alike but not identically (PostgreSQL's
// english configuration drops stop words, and its ranking approximates
// BM25; see docs/postgres.md): 222 of the 224 answers were the same when
// this was written (the two others cite one different passage). More than
// one in fifty different is a failure; each difference is logged.
func TestSameAnswersBothBackends(t *testing.T) {
	pg := storetest.PostgresURL(t)
	if testing.Short() {
		t.Skip("asks 224 questions twice; not in -short")
	}
	c := newCLI(t)
	var files []string
	for _, dir := range []string{"../../samples/articles", "../../testdata/eval/articles"} {
		fs, err := filepath.Glob(filepath.Join(dir, "*.txt"))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, fs...)
	}
	c.mustRun(append([]string{"add"}, files...)...)
	sqlitePath := c.env["NEWSBOT_DB"]
	c.mustRun("migrate-db", "--to", pg)

	var questions []string
	for _, set := range []string{"../../testdata/eval/dev.jsonl", "../../testdata/eval/answers-dev.jsonl"} {
		questions = append(questions, readQuestions(t, set)...)
	}
	if len(questions) < 200 {
		t.Fatalf("read %d questions; want the two dev sets", len(questions))
	}
	differ := 0
	for _, q := range questions {
		c.env["NEWSBOT_DB"] = sqlitePath
		want := c.mustRun("ask", "--json", q)
		c.env["NEWSBOT_DB"] = pg
		if got := c.mustRun("ask", "--json", q); got != want {
			differ++
			t.Logf("ask %q:\nsqlite:   %s\npostgres: %s", q, want, got)
		}
	}
	t.Logf("%d questions, %d answers differ", len(questions), differ)
	if differ > len(questions)/50 {
		t.Errorf("%d of %d answers differ between SQLite and PostgreSQL; want at most %d", differ, len(questions), len(questions)/50)
	}
}

// readQuestions returns the questions of an eval set (JSON lines; lines
// starting with # are comments).
func readQuestions(t *testing.T, path string) []string {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var q struct{ Question string }
		if err := json.Unmarshal([]byte(line), &q); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, q.Question)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

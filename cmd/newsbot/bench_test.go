package main

import (
	"context"
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/newsbot/newsbot/store/storetest"
)

func TestBench(t *testing.T) {
	c := newCLI(t)
	db := filepath.Join(c.dir, "bench.db")
	out := c.mustRun("bench", "--articles", "40", "--queries", "20", "--batch", "16", "--db", db, "--keep", "--json")
	var rep struct {
		DB     string
		Ingest struct {
			Articles int
			Chunks   int
			CPU      int64 `json:"cpu_ns"`
			ReadCPU  int64 `json:"read_cpu_ns"`
		}
		Search struct {
			Queries int
			P50     int64 `json:"p50_ns"`
			P99     int64 `json:"p99_ns"`
			Found   int
		}
		IngestMemory struct {
			PeakRSS int64 `json:"peak_rss_bytes"`
		} `json:"ingest_memory"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("bench --json printed %q: %v", out, err)
	}
	if rep.DB != db || rep.Ingest.Articles != 40 || rep.Ingest.Chunks < 40 || rep.Search.Queries != 20 ||
		rep.Search.P50 <= 0 || rep.Search.P99 < rep.Search.P50 || rep.Search.Found == 0 {
		t.Fatalf("bench report = %+v", rep)
	}
	// Generating the synthetic articles is measured apart from ingest
	// (thread CPU time, read where the system gives it).
	if runtime.GOOS == "linux" && (rep.Ingest.ReadCPU <= 0 || rep.Ingest.CPU <= 0) {
		t.Fatalf("ingest CPU %d ns, reading the articles %d ns: want both measured", rep.Ingest.CPU, rep.Ingest.ReadCPU)
	}
	if _, err := os.Stat(db); err != nil {
		t.Fatalf("--keep: %v", err)
	}
	// The kept database can be searched again without ingesting.
	out = c.mustRun("bench", "--reuse", "--db", db, "--articles", "40", "--queries", "5")
	if !strings.Contains(out, "search: 5 queries over 40 articles") || strings.Contains(out, "ingest:") {
		t.Fatalf("bench --reuse printed:\n%s", out)
	}
}

func TestBenchRefusesExistingDB(t *testing.T) {
	c := newCLI(t)
	db := c.file("mine.db", []byte("x"))
	_, errs, code := c.run("", "bench", "--articles", "5", "--db", db)
	if code == 0 || !strings.Contains(errs, "already exists") {
		t.Fatalf("bench over an existing file: exit %d, %q", code, errs)
	}
	if data, _ := os.ReadFile(db); string(data) != "x" {
		t.Fatal("bench changed an existing file")
	}
	if _, errs, code := c.run("", "bench", "--articles", "0"); code == 0 || !strings.Contains(errs, "at least 1") {
		t.Fatalf("bench --articles 0: exit %d, %q", code, errs)
	}
}

func TestBenchRemovesItsDatabase(t *testing.T) {
	c := newCLI(t)
	db := filepath.Join(c.dir, "gone.db")
	c.mustRun("bench", "--articles", "10", "--queries", "2", "--db", db)
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Fatalf("database left behind without --keep: %v", err)
	}
}

// TestBenchAsk times whole extractive answers with --ask, and leaves them
// out without it.
func TestBenchAsk(t *testing.T) {
	c := newCLI(t)
	out := c.mustRun("bench", "--articles", "30", "--queries", "6", "--ask", "--json")
	var rep struct {
		Ask *struct {
			Queries  int
			P50      int64 `json:"p50_ns"`
			P99      int64 `json:"p99_ns"`
			Answered int
			Empty    int
		}
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("bench --ask --json printed %q: %v", out, err)
	}
	if rep.Ask == nil || rep.Ask.Queries != 6 || rep.Ask.P50 <= 0 || rep.Ask.P99 < rep.Ask.P50 || rep.Ask.Answered+rep.Ask.Empty != 6 {
		t.Fatalf("ask report = %+v", rep.Ask)
	}
	if out := c.mustRun("bench", "--articles", "5", "--queries", "2", "--json"); strings.Contains(out, `"ask"`) {
		t.Fatalf("ask timed without --ask: %s", out)
	}
}

func TestBenchCorpusFile(t *testing.T) {
	c := newCLI(t)
	corpus := c.file("corpus.jsonl", []byte(`{"id":"a","title":"Port strike ends","text":"Dockers at the port of Velmar ended their strike on Monday after a pay deal, the union said."}
{"id":"b","title":"Dam inspected","text":"Engineers inspected the Orlen dam after the storm and found no damage, officials said."}

{"id":"c","title":"","text":"The council approved the budget for the new library in Kesten on Tuesday."}
`))
	queries := c.file("questions.txt", []byte("When did the port strike end?\n\nWhat did engineers find at the dam?\n"))
	out := c.mustRun("bench", "--corpus", corpus, "--queries", queries, "--json")
	var rep struct {
		Ingest struct {
			Articles, Chunks int
			Bytes            int64
		}
		Search struct {
			Queries, Found, Judged, Empty int
		}
		DiskBytes int64 `json:"disk_bytes"`
		TextBytes int64 `json:"stored_text_bytes"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("bench --json printed %q: %v", out, err)
	}
	// The stored text is the cleaned text of the articles: some, and no
	// more than was read.
	if rep.TextBytes <= 0 || rep.TextBytes > rep.Ingest.Bytes {
		t.Fatalf("stored text %d bytes of %d read", rep.TextBytes, rep.Ingest.Bytes)
	}
	if rep.Ingest.Articles != 3 || rep.Search.Queries != 2 || rep.Search.Judged != 0 || rep.Search.Empty != 0 || rep.DiskBytes <= 0 {
		t.Fatalf("bench over a corpus file = %+v", rep)
	}
	bad := c.file("bad.jsonl", []byte("{\"text\":\"fine\"}\nnot json\n"))
	if _, errs, code := c.run("", "bench", "--corpus", bad, "--queries", queries); code == 0 || !strings.Contains(errs, "line 2") {
		t.Fatalf("bench over a bad corpus: exit %d, %q", code, errs)
	}
	if _, errs, code := c.run("", "bench", "--corpus", corpus); code == 0 || !strings.Contains(errs, "--queries FILE") {
		t.Fatalf("bench --corpus without questions: exit %d, %q", code, errs)
	}
}

// TestBenchComparePostgres runs one bench on SQLite and PostgreSQL with the
// same corpus and questions (--compare), then keeps a PostgreSQL schema and
// searches it again (--keep, --reuse).
func TestBenchComparePostgres(t *testing.T) {
	pg := storetest.PostgresURL(t)
	c := newCLI(t)
	out := c.mustRun("bench", "--db", pg, "--compare", "--articles", "30", "--queries", "12", "--batch", "8", "--json")
	type report struct {
		DB     string
		Ingest struct {
			Articles, Chunks int
			ServerCPU        int64 `json:"server_cpu_ns"`
		}
		Search struct{ Queries, Found int }
		Disk   int64 `json:"disk_bytes"`
	}
	var rep struct {
		report
		Compare *report
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("bench --compare --json printed %q: %v", out, err)
	}
	if rep.Compare == nil || strings.HasPrefix(rep.Compare.DB, "postgres") || !strings.HasPrefix(rep.DB, "postgres://") {
		t.Fatalf("bench --compare: db %q, compare %+v", rep.DB, rep.Compare)
	}
	for _, r := range []report{rep.report, *rep.Compare} {
		if r.Ingest.Articles != 30 || r.Ingest.Chunks != rep.Compare.Ingest.Chunks || r.Search.Queries != 12 || r.Search.Found == 0 || r.Disk <= 0 {
			t.Fatalf("bench --compare report of %s = %+v", r.DB, r)
		}
	}
	if strings.Contains(rep.DB, storetestPassword(pg)) {
		t.Fatalf("bench printed the password: %s", rep.DB)
	}
	if u, _ := url.Parse(pg); isLoopback(u.Hostname()) && rep.Ingest.ServerCPU <= 0 {
		t.Fatalf("no server CPU measured for a local server: %+v", rep.Ingest)
	}
	text := c.mustRun("bench", "--db", pg, "--compare", "--articles", "10", "--queries", "3")
	if !strings.Contains(text, "SQLite") || !strings.Contains(text, "PostgreSQL") || !strings.Contains(text, "search p50 / p99") {
		t.Fatalf("bench --compare printed:\n%s", text)
	}

	// --keep leaves a schema of its own; --reuse searches it again.
	out = c.mustRun("bench", "--db", pg, "--keep", "--articles", "10", "--queries", "0", "--json")
	var kept struct{ DB string }
	if err := json.Unmarshal([]byte(out), &kept); err != nil {
		t.Fatal(err)
	}
	ku, err := url.Parse(kept.DB)
	if err != nil || !strings.HasPrefix(ku.Query().Get("search_path"), "newsbot_bench_") {
		t.Fatalf("bench --keep kept %q", kept.DB)
	}
	schema := ku.Query().Get("search_path")
	t.Cleanup(func() {
		if conn, err := pgx.Connect(context.Background(), pg); err == nil {
			conn.Exec(context.Background(), "DROP SCHEMA "+schema+" CASCADE")
			conn.Close(context.Background())
		}
	})
	reuse, _ := url.Parse(pg)
	q := reuse.Query()
	q.Set("search_path", schema)
	reuse.RawQuery = q.Encode()
	out = c.mustRun("bench", "--reuse", "--db", reuse.String(), "--articles", "10", "--queries", "4")
	if !strings.Contains(out, "search: 4 queries over 10 articles") || strings.Contains(out, "ingest:") {
		t.Fatalf("bench --reuse of a kept schema printed:\n%s", out)
	}
	if _, errs, code := c.run("", "bench", "--compare", "--articles", "5"); code == 0 || !strings.Contains(errs, "--compare needs") {
		t.Fatalf("bench --compare on SQLite: exit %d, %q", code, errs)
	}
}

// storetestPassword returns the password of a URL ("\x00" when none, which
// no output holds).
func storetestPassword(s string) string {
	u, err := url.Parse(s)
	if err != nil || u.User == nil {
		return "\x00"
	}
	if p, ok := u.User.Password(); ok && p != "" {
		return p
	}
	return "\x00"
}

func isLoopback(host string) bool {
	return host == "localhost" || strings.HasPrefix(host, "127.") || host == "::1"
}

// TestBenchReuseNeedsArticles: --reuse with synthetic questions and no
// --articles is refused with what to give, rather than asking every
// question about the first 10,000 articles of a larger kept database.
func TestBenchReuseNeedsArticles(t *testing.T) {
	c := newCLI(t)
	db := filepath.Join(t.TempDir(), "kept.db")
	c.mustRun("bench", "--articles", "12", "--queries", "0", "--db", db, "--keep")
	_, errs, code := c.run("", "bench", "--reuse", "--db", db, "--queries", "3")
	if code == 0 || !strings.Contains(errs, "--articles N") {
		t.Fatalf("bench --reuse without --articles: exit %d, %q", code, errs)
	}
	if out := c.mustRun("bench", "--reuse", "--db", db, "--articles", "12", "--queries", "3"); !strings.Contains(out, "over 12 articles") {
		t.Fatalf("bench --reuse --articles 12: %q", out)
	}
}

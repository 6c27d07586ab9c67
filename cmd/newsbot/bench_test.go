package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
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

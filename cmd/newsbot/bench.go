package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/bench"
	"github.com/newsbot/newsbot/internal/corpus"
	"github.com/newsbot/newsbot/store"
)

func init() {
	commands["bench"] = command{
		usage: "bench [--articles N] [--queries N] [--db PATH] [--keep]",
		help:  "measures ingest speed, search latency and memory on synthetic news",
		run:   runBench,
	}
}

// benchReport is what 'bench --json' prints.
type benchReport struct {
	DB        string              `json:"db"`
	Procs     int                 `json:"procs"`
	Ingest    *bench.IngestReport `json:"ingest,omitempty"`
	IngestMem bench.Memory        `json:"ingest_memory"`
	Search    *bench.SearchReport `json:"search,omitempty"`
	SearchMem bench.Memory        `json:"search_memory"`
}

func runBench(ctx context.Context, env *Env, args []string) error {
	fs, g := newFlagSet(env, "bench")
	articles := fs.Int("articles", 10000, "synthetic articles to generate and ingest")
	queries := fs.Int("queries", 1000, "search queries to time")
	keep := fs.Bool("keep", false, "keep the database afterwards (its path is printed)")
	reuse := fs.Bool("reuse", false, "search the articles a previous 'bench --keep' left in --db instead of ingesting")
	batch := fs.Int("batch", 500, "articles per transaction (1: one transaction per article, as 'add' does)")
	procs := fs.Int("procs", 1, "CPU cores Go may use (GOMAXPROCS)")
	k := fs.Int("k", 5, "passages per search")
	seed := fs.Uint64("seed", 1, "corpus seed")
	asJSON := fs.Bool("json", false, "print JSON")
	if _, err := parseArgs(fs, args); err != nil {
		return err
	}
	if *articles < 1 || *queries < 0 || *batch < 1 || *procs < 1 || *k < 1 {
		return newsbot.Errorf(newsbot.EINVALID, "--articles, --batch, --procs and --k must be at least 1, --queries at least 0")
	}
	path, cleanup, err := benchDB(fs, g.db, *reuse, *keep)
	if err != nil {
		return err
	}
	defer cleanup()
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(*procs))
	db, err := store.Open(ctx, path)
	if err != nil {
		return err
	}
	defer db.Close()
	gen := corpus.New(*seed)
	rep := &benchReport{DB: path, Procs: *procs}
	logf := func(format string, a ...any) {
		if !*asJSON {
			fmt.Fprintf(env.Stdout, format, a...)
		}
	}
	if !*reuse {
		logf("ingesting %d synthetic articles into %s (batch %d, GOMAXPROCS %d)\n", *articles, path, *batch, *procs)
		bench.ResetPeak()
		last := time.Now()
		rep.Ingest, err = bench.Ingest(ctx, db, gen, g.guild, 0, *articles, *batch, func(done int) {
			if time.Since(last) > 5*time.Second {
				last = time.Now()
				logf("  %d articles\n", done)
			}
		})
		if err != nil {
			return err
		}
		rep.IngestMem = bench.ReadMemory()
		in := rep.Ingest
		logf("ingest: %d articles (%.1f MB, %d chunks, %d duplicates) in %.1fs: %.0f articles/s wall, %.0f articles per CPU-second\n",
			in.Articles, float64(in.Bytes)/1e6, in.Chunks, in.Duplicates, in.Elapsed.Seconds(), in.PerSecond(), in.PerCPUSecond())
		if in.Store > 0 {
			logf("        clean %.1fs, analyse %.1fs, store %.1fs\n", in.Clean.Seconds(), in.Analyse.Seconds(), in.Store.Seconds())
		}
		logf("        peak RSS %s, Go heap in use %s\n", mb(rep.IngestMem.PeakRSS), mb(rep.IngestMem.HeapInuse))
	}
	if *queries > 0 {
		bench.ResetPeak()
		rep.Search, err = bench.Search(ctx, db, gen, g.guild, *articles, *queries, *k)
		if err != nil {
			return err
		}
		rep.SearchMem = bench.ReadMemory()
		s := rep.Search
		logf("search: %d queries over %d articles: p50 %s, p90 %s, p99 %s, max %s, mean %s\n",
			s.Queries, *articles, fmtMS(s.P50), fmtMS(s.P90), fmtMS(s.P99), fmtMS(s.Max), fmtMS(s.Mean))
		logf("        CPU time per search: p50 %s, p90 %s, p99 %s\n", fmtMS(s.CPU50), fmtMS(s.CPU90), fmtMS(s.CPU99))
		logf("        source article in the top %d for %d of %d questions (%.0f%%); %d with no passage\n",
			*k, s.Found, s.Queries, 100*float64(s.Found)/float64(s.Queries), s.Empty)
		logf("        peak RSS %s, Go heap in use %s\n", mb(rep.SearchMem.PeakRSS), mb(rep.SearchMem.HeapInuse))
	}
	if *keep {
		logf("kept the database: %s (search it again with --reuse --db %s --articles %d)\n", path, path, *articles)
	}
	if *asJSON {
		return writeJSON(env.Stdout, rep)
	}
	return nil
}

// benchDB returns the database path to use and a function that removes it
// unless it is to be kept. Without --db it is a new temporary file. Bench
// writes synthetic articles, so it refuses an existing database unless
// reusing one it made.
func benchDB(fs *flag.FlagSet, path string, reuse, keep bool) (string, func(), error) {
	explicit := false
	fs.Visit(func(f *flag.Flag) { explicit = explicit || f.Name == "db" })
	if reuse {
		if !explicit {
			return "", nil, newsbot.Errorf(newsbot.EINVALID, "--reuse needs --db PATH: the database a 'bench --keep' run printed")
		}
		if _, err := os.Stat(path); err != nil {
			return "", nil, newsbot.Errorf(newsbot.EINVALID, "--reuse: no database at %s", path)
		}
		return path, func() {}, nil
	}
	if !explicit {
		dir, err := os.MkdirTemp("", "newsbot-bench-")
		if err != nil {
			return "", nil, err
		}
		path = filepath.Join(dir, "bench.db")
		if keep {
			return path, func() {}, nil
		}
		return path, func() { os.RemoveAll(dir) }, nil
	}
	if _, err := os.Stat(path); err == nil {
		return "", nil, newsbot.Errorf(newsbot.EINVALID,
			"%s already exists; bench fills a new database with synthetic articles: give a new --db path (or --reuse to search one a 'bench --keep' made)", path)
	}
	if keep {
		return path, func() {}, nil
	}
	return path, func() {
		for _, suffix := range []string{"", "-wal", "-shm"} {
			os.Remove(path + suffix)
		}
	}, nil
}

func fmtMS(d time.Duration) string { return fmt.Sprintf("%.2fms", float64(d)/1e6) }

func mb(n int64) string { return fmt.Sprintf("%.0f MB", float64(n)/(1<<20)) }

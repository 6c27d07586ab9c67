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
)

func init() {
	commands["bench"] = command{
		usage: "bench [--articles N] [--queries N] [--db PATH|postgres://...] [--keep]",
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

// benchOptions are the flags of 'bench'.
type benchOptions struct {
	articles, queries, batch, procs, k int
	seed                               uint64
	keep, reuse, json                  bool
}

func runBench(ctx context.Context, env *Env, args []string) error {
	fs, g := newFlagSet(env, "bench")
	temporaryDB(fs, "database `path` to create (default: a temporary file, removed afterwards unless --keep)")
	var o benchOptions
	fs.IntVar(&o.articles, "articles", 10000, "synthetic articles to generate and ingest")
	fs.IntVar(&o.queries, "queries", 1000, "search queries to time")
	fs.BoolVar(&o.keep, "keep", false, "keep the database afterwards (its path is printed)")
	fs.BoolVar(&o.reuse, "reuse", false, "search the articles a previous 'bench --keep' left in --db instead of ingesting")
	fs.IntVar(&o.batch, "batch", 500, "articles per transaction (1: one transaction per article, as 'add' does)")
	fs.IntVar(&o.procs, "procs", 1, "CPU cores Go may use (GOMAXPROCS)")
	fs.IntVar(&o.k, "k", 5, "passages per search")
	fs.Uint64Var(&o.seed, "seed", 1, "corpus seed")
	fs.BoolVar(&o.json, "json", false, "print JSON")
	if _, err := parseArgs(fs, args); err != nil {
		return err
	}
	if o.articles < 1 || o.queries < 0 || o.batch < 1 || o.procs < 1 || o.k < 1 {
		return newsbot.Errorf(newsbot.EINVALID, "--articles, --batch, --procs and --k must be at least 1, --queries at least 0")
	}
	db, path, cleanup, err := openBenchBackend(ctx, fs, g.db, o)
	if err != nil {
		return err
	}
	defer cleanup()
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(o.procs))
	r := &benchRun{env: env, o: o, db: db, guild: g.guild, gen: corpus.New(o.seed),
		rep: &benchReport{DB: path, Procs: o.procs}}
	if err := r.run(ctx); err != nil {
		return err
	}
	if o.keep {
		r.logf("kept the database: %s (search it again with --reuse --db %s --articles %d)\n", path, path, o.articles)
	}
	if o.json {
		return writeJSON(env.Stdout, r.rep)
	}
	return nil
}

// benchRun is one run of 'bench' against an open database.
type benchRun struct {
	env   *Env
	o     benchOptions
	db    newsbot.Backend
	guild string
	gen   *corpus.Generator
	rep   *benchReport
}

// logf prints progress and results, unless the run prints JSON.
func (r *benchRun) logf(format string, a ...any) {
	if !r.o.json {
		fmt.Fprintf(r.env.Stdout, format, a...)
	}
}

func (r *benchRun) run(ctx context.Context) error {
	if !r.o.reuse {
		if err := r.ingest(ctx); err != nil {
			return err
		}
	}
	if r.o.queries > 0 {
		return r.search(ctx)
	}
	return nil
}

func (r *benchRun) ingest(ctx context.Context) error {
	r.logf("ingesting %d synthetic articles into %s (batch %d, GOMAXPROCS %d)\n", r.o.articles, r.rep.DB, r.o.batch, r.o.procs)
	bench.ResetPeak()
	last := time.Now()
	in, err := bench.Ingest(ctx, r.db, r.gen, r.guild, 0, r.o.articles, r.o.batch, func(done int) {
		if time.Since(last) > 5*time.Second {
			last = time.Now()
			r.logf("  %d articles\n", done)
		}
	})
	if err != nil {
		return err
	}
	r.rep.Ingest, r.rep.IngestMem = in, bench.ReadMemory()
	r.logf("ingest: %d articles (%.1f MB, %d chunks, %d duplicates) in %.1fs: %.0f articles/s wall, %.0f articles per CPU-second\n",
		in.Articles, float64(in.Bytes)/1e6, in.Chunks, in.Duplicates, in.Elapsed.Seconds(), in.PerSecond(), in.PerCPUSecond())
	if in.Store > 0 {
		r.logf("        clean %.1fs, analyse %.1fs, store %.1fs\n", in.Clean.Seconds(), in.Analyse.Seconds(), in.Store.Seconds())
	}
	r.logf("        peak RSS %s, Go heap in use %s\n", mb(r.rep.IngestMem.PeakRSS), mb(r.rep.IngestMem.HeapInuse))
	return nil
}

func (r *benchRun) search(ctx context.Context) error {
	bench.ResetPeak()
	s, err := bench.Search(ctx, r.db, r.gen, r.guild, r.o.articles, r.o.queries, r.o.k)
	if err != nil {
		return err
	}
	r.rep.Search, r.rep.SearchMem = s, bench.ReadMemory()
	r.logf("search: %d queries over %d articles: p50 %s, p90 %s, p99 %s, max %s, mean %s\n",
		s.Queries, r.o.articles, fmtMS(s.P50), fmtMS(s.P90), fmtMS(s.P99), fmtMS(s.Max), fmtMS(s.Mean))
	r.logf("        CPU time per search: p50 %s, p90 %s, p99 %s\n", fmtMS(s.CPU50), fmtMS(s.CPU90), fmtMS(s.CPU99))
	r.logf("        source article in the top %d for %d of %d questions (%.0f%%); %d with no passage\n",
		r.o.k, s.Found, s.Queries, 100*float64(s.Found)/float64(s.Queries), s.Empty)
	r.logf("        peak RSS %s, Go heap in use %s\n", mb(r.rep.SearchMem.PeakRSS), mb(r.rep.SearchMem.HeapInuse))
	return nil
}

// benchDB returns the database path to use and a function that removes it
// unless it is to be kept. Without --db it is a new temporary file. Bench
// writes synthetic articles, so it refuses an existing database unless
// reusing one it made.
func benchDB(fs *flag.FlagSet, path string, reuse, keep bool) (string, func(), error) {
	explicit := flagGiven(fs, "db")
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

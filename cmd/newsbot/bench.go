package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strconv"
	"time"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/bench"
	"github.com/newsbot/newsbot/internal/corpus"
	"github.com/newsbot/newsbot/store/postgres"
)

func init() {
	commands["bench"] = command{
		usage: "bench [--articles N] [--queries N|FILE] [--corpus FILE.jsonl] [--ask] [--db PATH|postgres://...] [--compare] [--keep]",
		help:  "measures ingest speed, search and answer latency and memory on synthetic news or your own archive",
		run:   runBench,
	}
}

// benchReport is what 'bench --json' prints.
type benchReport struct {
	DB        string              `json:"db"`
	Procs     int                 `json:"procs"`
	Ingest    *bench.IngestReport `json:"ingest,omitempty"`
	IngestMem bench.Memory        `json:"ingest_memory"`
	DiskBytes int64               `json:"disk_bytes,omitempty"`
	TextBytes int64               `json:"stored_text_bytes,omitempty"` // article text in the database, after cleaning and duplicates
	Search    *bench.SearchReport `json:"search,omitempty"`
	SearchMem bench.Memory        `json:"search_memory"`
	Ask       *bench.AskReport    `json:"ask,omitempty"`
	// Compare is the same run against a temporary SQLite file, made first
	// (bench --db postgres://... --compare).
	Compare *benchReport `json:"compare,omitempty"`
}

// benchOptions are the flags of 'bench'.
type benchOptions struct {
	articles, batch, procs, k int
	queries                   queriesFlag
	corpus, cpuprofile        string
	seed                      uint64
	keep, reuse, json, ask    bool
	compare                   bool
}

// queriesFlag is --queries: a number of synthetic questions, or a file of
// questions, one a line.
type queriesFlag struct {
	n    int
	file string
	read []corpus.Question // file's questions, read once when the flags are checked
}

func (q *queriesFlag) String() string {
	if q.file != "" {
		return q.file
	}
	return strconv.Itoa(q.n)
}

func (q *queriesFlag) Set(s string) error {
	if n, err := strconv.Atoi(s); err == nil {
		q.n, q.file = n, ""
		return nil
	}
	q.n, q.file = 0, s
	return nil
}

func runBench(ctx context.Context, env *Env, args []string) error {
	fs, g := newFlagSet(env, "bench")
	temporaryDB(fs, "database `path` to create (default: a temporary file, removed afterwards unless --keep), or a postgres:// URL (a new schema of that database)")
	var o benchOptions
	fs.IntVar(&o.articles, "articles", 10000, "synthetic articles to generate and ingest (with --corpus: at most this many of the file; default all)")
	o.queries.n = 1000
	fs.Var(&o.queries, "queries", "search queries to time: a `number` of synthetic questions, or a file of questions, one a line")
	fs.StringVar(&o.corpus, "corpus", "", "ingest this JSON Lines `file` of {\"id\",\"title\",\"text\"} instead of synthetic articles")
	fs.BoolVar(&o.keep, "keep", false, "keep the database afterwards (its path is printed)")
	fs.BoolVar(&o.reuse, "reuse", false, "search the articles a previous 'bench --keep' left in --db instead of ingesting")
	fs.IntVar(&o.batch, "batch", 500, "articles per transaction (1: one transaction per article, as 'add' does)")
	fs.IntVar(&o.procs, "procs", 1, "CPU cores Go may use (GOMAXPROCS)")
	fs.IntVar(&o.k, "k", 5, "passages per search")
	fs.Uint64Var(&o.seed, "seed", 1, "corpus seed")
	fs.StringVar(&o.cpuprofile, "cpuprofile", "", "write a CPU profile of the run to `file` (go tool pprof)")
	fs.BoolVar(&o.json, "json", false, "print JSON")
	fs.BoolVar(&o.ask, "ask", false, "also time whole extractive answers ('ask') for the same questions")
	fs.BoolVar(&o.compare, "compare", false, "with a postgres:// --db: first run the same benchmark on a temporary SQLite file, and print both side by side")
	if _, err := parseArgs(fs, args); err != nil {
		return err
	}
	for _, f := range []struct {
		name  string
		v, lo int
	}{{"articles", o.articles, 1}, {"queries", o.queries.n, 0}, {"batch", o.batch, 1}, {"procs", o.procs, 1}, {"k", o.k, 1}} {
		if f.v < f.lo {
			return newsbot.Errorf(newsbot.EINVALID, "--%s %d: it must be at least %d (--articles, --batch, --procs and --k at least 1, --queries at least 0)", f.name, f.v, f.lo)
		}
	}
	if o.corpus != "" && o.queries.file == "" && o.queries.n > 0 {
		return newsbot.Errorf(newsbot.EINVALID, "--corpus needs --queries FILE (one question a line), or --queries 0 to time ingest only: synthetic questions are about synthetic articles")
	}
	if (o.corpus != "" || o.reuse && o.queries.file != "") && !flagGiven(fs, "articles") {
		o.articles = 0 // the whole file, or whatever --reuse finds
	}
	if o.reuse && o.queries.file == "" && o.queries.n > 0 && !flagGiven(fs, "articles") {
		return newsbot.Errorf(newsbot.EINVALID, "--reuse with synthetic questions needs --articles N, the count the kept database was built with: the questions are about its first N articles (without it they would all be about the first 10000)")
	}
	if o.queries.file != "" {
		// Read the questions now: a wrong path must not cost a whole ingest
		// before it is reported.
		qs, err := bench.ReadQuestions(o.queries.file, 0)
		if err != nil {
			return err
		}
		o.queries.read = qs
	}
	if o.compare && (!postgres.IsURL(g.db) || o.reuse) {
		return newsbot.Errorf(newsbot.EINVALID, "--compare needs --db postgres://... (and no --reuse): it runs the same benchmark on SQLite, then on PostgreSQL")
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(o.procs))
	if o.cpuprofile != "" {
		stop, err := startProfile(o.cpuprofile)
		if err != nil {
			return err
		}
		defer stop()
	}
	var base *benchReport
	if o.compare {
		so := o
		so.keep = false
		r, err := benchOnce(ctx, env, fs, so, g, "", false)
		if err != nil {
			return err
		}
		base = r.rep
	}
	r, err := benchOnce(ctx, env, fs, o, g, g.db, flagGiven(fs, "db"))
	if err != nil {
		return err
	}
	r.rep.Compare = base
	if base != nil {
		r.logCompare(base, r.rep)
	}
	if o.json {
		return writeJSON(env.Stdout, r.rep)
	}
	return nil
}

// benchOnce opens the database (a temporary one unless explicit), runs the
// benchmark on it and closes it.
func benchOnce(ctx context.Context, env *Env, fs *flag.FlagSet, o benchOptions, g *globalFlags, dbArg string, explicit bool) (*benchRun, error) {
	db, name, cleanup, err := openBenchStore(ctx, fs, dbArg, explicit, o)
	if err != nil {
		return nil, err
	}
	defer cleanup()
	r := &benchRun{env: env, o: o, db: db, guild: g.guild, gen: corpus.New(o.seed),
		rep: &benchReport{DB: name, Procs: o.procs}, articles: o.articles}
	if err := r.run(ctx); err != nil {
		return nil, err
	}
	if o.keep {
		r.logf("kept the database: %s (search it again with --reuse --db %s)\n", name, name)
	}
	return r, nil
}

// benchRun is one run of 'bench' against an open database.
type benchRun struct {
	env   *Env
	o     benchOptions
	db    bench.Store
	guild string
	gen   *corpus.Generator
	rep   *benchReport
	// articles is how many articles the database holds (for the report).
	articles int
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
	if r.o.queries.n == 0 && r.o.queries.file == "" {
		return nil
	}
	if err := r.search(ctx); err != nil || !r.o.ask {
		return err
	}
	return r.ask(ctx)
}

// ask times whole extractive answers for the search questions.
func (r *benchRun) ask(ctx context.Context) error {
	qs, err := r.questions()
	if err != nil {
		return err
	}
	a, err := bench.Ask(ctx, r.db, r.guild, qs, r.o.k)
	if err != nil {
		return err
	}
	r.rep.Ask = a
	r.logLatency("ask", "questions", "answer", &a.SearchReport)
	r.logf("        answered %d, citing the source article %d, refused %d\n", a.Answered, a.Found, a.Empty)
	return nil
}

func (r *benchRun) ingest(ctx context.Context) error {
	src, what, closeSrc, err := r.pages()
	if err != nil {
		return err
	}
	defer closeSrc()
	r.logf("ingesting %s into %s (batch %d, GOMAXPROCS %d)\n", what, r.rep.DB, r.o.batch, r.o.procs)
	bench.ResetPeak()
	last := time.Now()
	in, err := bench.IngestPages(ctx, r.db, src, r.guild, r.o.batch, func(done int) {
		if time.Since(last) > 5*time.Second {
			last = time.Now()
			r.logf("  %d articles\n", done)
		}
	})
	if err != nil {
		return err
	}
	r.articles = in.Articles + in.Duplicates
	r.rep.Ingest, r.rep.IngestMem = in, bench.ReadMemory()
	r.rep.DiskBytes = r.diskBytes(ctx)
	if tb, ok := r.db.(textByter); ok {
		if r.rep.TextBytes, err = tb.TextBytes(ctx); err != nil {
			return err
		}
	}
	r.logf("ingest: %d articles (%.1f MB, %d chunks, %d duplicates) in %.1fs: %.0f articles/s wall, %.0f articles per CPU-second\n",
		in.Articles, float64(in.Bytes)/1e6, in.Chunks, in.Duplicates, in.Elapsed.Seconds(), in.PerSecond(), in.PerCPUSecond())
	if in.Store > 0 {
		r.logf("        clean %.1fs, analyse %.1fs, store %.1fs\n", in.Clean.Seconds(), in.Analyse.Seconds(), in.Store.Seconds())
	}
	if in.ReadCPU > 0 {
		r.logf("        reading or generating the articles: %.2fs of CPU, not in the figure above (with it: %.0f articles per CPU-second)\n",
			in.ReadCPU.Seconds(), in.PerCPUSecondWithReading())
	}
	if in.ServerCPU > 0 {
		r.logf("        database server CPU %.1fs (newsbot %.1fs): %.0f articles per CPU-second of both\n",
			in.ServerCPU.Seconds(), in.CPU.Seconds(), in.PerTotalCPUSecond())
	}
	r.logf("        peak RSS %s, Go heap in use %s\n", mb(r.rep.IngestMem.PeakRSS), mb(r.rep.IngestMem.HeapInuse))
	stored := ""
	if r.rep.TextBytes > 0 {
		stored = fmt.Sprintf(", %.2f times the %s of article text stored", float64(r.rep.DiskBytes)/float64(r.rep.TextBytes), mb(r.rep.TextBytes))
	}
	r.logf("        database %s on disk, %.2f times the %s of text read%s\n",
		mb(r.rep.DiskBytes), float64(r.rep.DiskBytes)/float64(max(in.Bytes, 1)), mb(in.Bytes), stored)
	if s, ok := r.db.(settler); ok {
		t := time.Now()
		if err := s.Settle(ctx); err != nil {
			return fmt.Errorf("settle the database: %w", err)
		}
		r.logf("        then VACUUM (ANALYZE) of the loaded tables in %.1fs (not in the ingest time), as autovacuum would after a load\n", time.Since(t).Seconds())
	}
	return nil
}

// settler is a store that can settle itself after a bulk load before the
// searches are timed (store/postgres: VACUUM (ANALYZE)).
type settler interface {
	Settle(ctx context.Context) error
}

// textByter is a store that can say how much article text it holds
// (store/sqlite), for the disk ratio to the text stored.
type textByter interface {
	TextBytes(ctx context.Context) (int64, error)
}

// pages returns what to ingest: the --corpus file, or synthetic articles.
func (r *benchRun) pages() (bench.Pages, string, func(), error) {
	if r.o.corpus == "" {
		return bench.Synthetic(r.gen, 0, r.o.articles), fmt.Sprintf("%d synthetic articles", r.o.articles), func() {}, nil
	}
	f, err := bench.OpenCorpus(r.o.corpus, r.o.articles)
	if err != nil {
		return nil, "", nil, err
	}
	return f, "the articles of " + r.o.corpus, func() { f.Close() }, nil
}

// questions returns the questions to time: the --queries file, or
// synthetic questions about the first articles.
func (r *benchRun) questions() ([]corpus.Question, error) {
	if r.o.queries.file != "" {
		return r.o.queries.read, nil // read when the flags were checked
	}
	if r.o.corpus != "" {
		return nil, newsbot.Errorf(newsbot.EINVALID, "--corpus needs --queries FILE: synthetic questions are about synthetic articles")
	}
	qs := make([]corpus.Question, r.o.queries.n)
	for i := range qs {
		qs[i] = r.gen.Question(i, r.o.articles)
	}
	return qs, nil
}

func (r *benchRun) search(ctx context.Context) error {
	qs, err := r.questions()
	if err != nil {
		return err
	}
	bench.ResetPeak()
	s, err := bench.SearchQuestions(ctx, r.db, r.guild, qs, r.o.k)
	if err != nil {
		return err
	}
	r.rep.Search, r.rep.SearchMem = s, bench.ReadMemory()
	r.logLatency("search", "queries", "search", s)
	if s.Judged > 0 {
		r.logf("        source article in the top %d for %d of %d questions (%.0f%%); %d with no passage\n",
			r.o.k, s.Found, s.Judged, 100*float64(s.Found)/float64(s.Judged), s.Empty)
	} else {
		r.logf("        %d with no passage\n", s.Empty)
	}
	r.logf("        peak RSS %s, Go heap in use %s\n", mb(r.rep.SearchMem.PeakRSS), mb(r.rep.SearchMem.HeapInuse))
	return nil
}

// logLatency prints the latency and CPU percentiles of a timed run
// ("search: 1000 queries over 10000 articles: p50 ...").
func (r *benchRun) logLatency(what, items, per string, s *bench.SearchReport) {
	over := fmt.Sprintf("%d articles", r.articles)
	if r.articles == 0 {
		over = r.rep.DB
	}
	r.logf("%s: %d %s over %s: p50 %s, p90 %s, p99 %s, max %s, mean %s\n",
		what, s.Queries, items, over, fmtMS(s.P50), fmtMS(s.P90), fmtMS(s.P99), fmtMS(s.Max), fmtMS(s.Mean))
	r.logf("        CPU time per %s: p50 %s, p90 %s, p99 %s\n", per, fmtMS(s.CPU50), fmtMS(s.CPU90), fmtMS(s.CPU99))
	if s.Server99 > 0 {
		r.logf("        database server CPU time per %s: p50 %s, p90 %s, p99 %s\n", per, fmtMS(s.Server50), fmtMS(s.Server90), fmtMS(s.Server99))
	}
}

// startProfile starts a CPU profile written to path; call the function it
// returns to stop it.
func startProfile(path string) (func(), error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, newsbot.Errorf(newsbot.EINVALID, "cannot write the profile %s: %v", path, err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}

// diskBytes returns the size of the SQLite database with its WAL.
func diskBytes(path string) int64 {
	var n int64
	for _, suffix := range []string{"", "-wal"} {
		if fi, err := os.Stat(path + suffix); err == nil {
			n += fi.Size()
		}
	}
	return n
}

// benchDB returns the database path to use and a function that removes it
// unless it is to be kept. Without --db it is a new temporary file. Bench
// writes synthetic articles, so it refuses an existing database unless
// reusing one it made.
func benchDB(path string, explicit, reuse, keep bool) (string, func(), error) {
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

func mb(n int64) string {
	m := float64(n) / (1 << 20)
	if m < 10 {
		return fmt.Sprintf("%.1f MB", m) // small runs: not "0 MB"
	}
	return fmt.Sprintf("%.0f MB", m)
}

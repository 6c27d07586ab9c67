// Package bench measures newsbot's foundation on synthetic news: ingest
// throughput through the real pipeline (clean, analyse, store), search
// latency through the real keyword retriever, and peak memory. It backs the
// 'newsbot bench' command and the go test benchmarks of this package.
package bench

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/ingest"
	"github.com/newsbot/newsbot/internal/corpus"
	"github.com/newsbot/newsbot/retrieval"
)

// Store is what bench needs of a backend: the article store the pipeline
// and the retriever use, and bulk loads. Both store/sqlite and
// store/postgres are one.
type Store interface {
	newsbot.ArticleStore
	CreateDocuments(ctx context.Context, docs []*newsbot.Document) ([]int64, error)
}

// ServerMeter is a Store whose work is partly done by a server process
// (PostgreSQL): ServerCPU returns the CPU time that server has spent for
// this store's connections so far, so that bench can report it beside the
// CPU time of newsbot's own process. ok is false where it cannot be read
// (a server on another host).
type ServerMeter interface {
	ServerCPU(ctx context.Context) (d time.Duration, ok bool)
}

// serverCPU returns db's server CPU time so far, 0 for an embedded store.
func serverCPU(ctx context.Context, db Store) time.Duration {
	if m, ok := db.(ServerMeter); ok {
		d, _ := m.ServerCPU(ctx)
		return d
	}
	return 0
}

// IngestReport is what Ingest measured. Elapsed and CPU cover cleaning,
// analysis and storing only, not generating the synthetic pages.
type IngestReport struct {
	Articles   int           `json:"articles"`
	Duplicates int           `json:"duplicates"`
	Chunks     int           `json:"chunks"`
	Bytes      int64         `json:"bytes"`
	Elapsed    time.Duration `json:"elapsed_ns"`
	CPU        time.Duration `json:"cpu_ns"`
	Clean      time.Duration `json:"clean_ns"`   // ingest.CleanText
	Analyse    time.Duration `json:"analyse_ns"` // sentences, attribution, chunks
	Store      time.Duration `json:"store_ns"`   // writing to the database
	// ServerCPU is the CPU time the database server spent for the
	// ingest (PostgreSQL on this host; 0 for SQLite, whose work is in CPU).
	ServerCPU time.Duration `json:"server_cpu_ns,omitempty"`
	// ReadCPU is the CPU time spent reading the pages (generating the
	// synthetic articles, or reading and decoding the --corpus file): the
	// CPU time of the reading thread while it read each batch, before
	// the batch was cleaned. It is left out of CPU; it is reported so that
	// the figure with it counted (PerCPUSecondWithReading) can be
	// compared with earlier measurements that took it for ingest time.
	ReadCPU time.Duration `json:"read_cpu_ns,omitempty"`
}

// PerSecond returns articles per second of wall-clock time.
func (r *IngestReport) PerSecond() float64 { return float64(r.Articles) / r.Elapsed.Seconds() }

// PerCPUSecond returns articles per second of process CPU time.
func (r *IngestReport) PerCPUSecond() float64 { return float64(r.Articles) / r.CPU.Seconds() }

// PerCPUSecondWithReading returns articles per second of process CPU
// time with reading the pages counted in (CPU + ReadCPU).
func (r *IngestReport) PerCPUSecondWithReading() float64 {
	return float64(r.Articles) / (r.CPU + r.ReadCPU).Seconds()
}

// PerTotalCPUSecond returns articles per second of CPU time of the process
// and the database server together.
func (r *IngestReport) PerTotalCPUSecond() float64 {
	return float64(r.Articles) / (r.CPU + r.ServerCPU).Seconds()
}

// Ingest generates articles first..first+n-1 of g and adds them to db in
// the guild through the real pipeline (see IngestPages).
func Ingest(ctx context.Context, db Store, g *corpus.Generator, guild string, first, n, batch int, progress func(done int)) (*IngestReport, error) {
	return IngestPages(ctx, db, Synthetic(g, first, n), guild, batch, progress)
}

// IngestPages adds every page of src to db in the guild through the real
// pipeline: ingest.CleanText, then Ingester.Analyse, then
// Store.CreateDocuments in batches of batch articles (batch <= 1:
// Ingester.AddCleaned, one transaction per article). Batches overlap: while
// the store writes one batch, the next is cleaned and analysed (as a feed
// poller or an import would), so the wall time is the slower of the two
// stages, not their sum. progress, when not nil, is called after every
// stored batch. Reading the pages is not timed: its CPU time is left out
// of CPU, and its wall time out of Elapsed while no batch was being
// stored.
func IngestPages(ctx context.Context, db Store, src Pages, guild string, batch int, progress func(done int)) (*IngestReport, error) {
	if batch <= 1 {
		return ingestOneByOne(ctx, db, src, guild, progress)
	}
	runtime.LockOSThread() // threadCPU below measures reading the pages
	defer runtime.UnlockOSThread()
	ing := ingest.New(db)
	rep := &IngestReport{}
	srv0, cpu0, t0 := serverCPU(ctx, db), ProcessCPU(), time.Now()
	var untimedCPU, untimedWall time.Duration
	w := newWriter(ctx, db, rep, progress)
	for eof := false; !eof; {
		pages := make([]Page, 0, batch)
		tr, cr := time.Now(), threadCPU()
		for len(pages) < batch {
			p, err := src.Next()
			if isEOF(err) {
				eof = true
				break
			} else if err != nil {
				w.close()
				return rep, err
			}
			pages = append(pages, p)
		}
		untimedCPU += threadCPU() - cr
		untimedWall += w.idleWithin(tr, time.Now())
		if len(pages) == 0 {
			break
		}
		docs, err := analyseBatch(ing, guild, pages, rep)
		if err != nil {
			w.close()
			return rep, err
		}
		if err := w.send(docs); err != nil {
			return rep, err
		}
	}
	err := w.close()
	rep.CPU = ProcessCPU() - cpu0 - untimedCPU
	rep.ReadCPU = untimedCPU
	rep.Elapsed = time.Since(t0) - untimedWall
	rep.ServerCPU = serverCPU(ctx, db) - srv0
	return rep, err
}

// ConcurrentWriter is a Store that stores several CreateDocuments batches
// at once to advantage (PostgreSQL: one server process per connection, so
// two batches use two cores); Writers says how many. A Store without it is
// written one batch at a time (SQLite has one writer).
type ConcurrentWriter interface {
	Writers() int
}

// writers returns how many batches IngestPages stores at once in db.
func writers(db Store) int {
	if c, ok := db.(ConcurrentWriter); ok && c.Writers() > 1 {
		return c.Writers()
	}
	return 1
}

// writer stores analysed batches in goroutines of its own: one, or as many
// as the store's Writers, each storing one batch at a time.
type writer struct {
	ctx      context.Context
	db       Store
	rep      *IngestReport
	progress func(int)
	in       chan []*newsbot.Document
	done     chan error
	n        int // goroutines
	mu       sync.Mutex
	pending  int       // batches handed over and not yet stored
	active   int       // batches being stored now
	since    time.Time // when active last rose from 0
	idle     time.Time // when pending last fell to 0
	stored   int
	err      error
	closed   bool
}

func newWriter(ctx context.Context, db Store, rep *IngestReport, progress func(int)) *writer {
	w := &writer{ctx: ctx, db: db, rep: rep, progress: progress, in: make(chan []*newsbot.Document), idle: time.Now(), n: writers(db)}
	w.done = make(chan error, w.n)
	for i := 0; i < w.n; i++ {
		go w.run(w.in)
	}
	return w
}

func (w *writer) run(in <-chan []*newsbot.Document) {
	for docs := range in {
		w.mu.Lock()
		failed := w.err != nil
		w.mu.Unlock()
		var err error
		if !failed {
			err = w.store(docs)
		}
		w.mu.Lock()
		if w.err == nil {
			w.err = err
		}
		if w.pending--; w.pending == 0 {
			w.idle = time.Now()
		}
		w.mu.Unlock()
	}
	w.done <- nil
}

// store stores one batch. The report's Store time is the wall time during
// which at least one batch was being stored (with several writers, their
// overlapping times count once).
func (w *writer) store(docs []*newsbot.Document) error {
	w.mu.Lock()
	if w.active++; w.active == 1 {
		w.since = time.Now()
	}
	w.mu.Unlock()
	ids, err := w.db.CreateDocuments(w.ctx, docs)
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.active--; w.active == 0 {
		w.rep.Store += time.Since(w.since)
	}
	if err != nil {
		return fmt.Errorf("store articles: %w", err)
	}
	for i, id := range ids {
		w.rep.count(len(docs[i].Chunks), id == 0)
	}
	w.stored += len(docs)
	if w.progress != nil {
		w.progress(w.stored)
	}
	return nil
}

// send hands a batch to the writer, waiting while every writer goroutine
// stores one; it returns the writer's error, if storing failed.
func (w *writer) send(docs []*newsbot.Document) error {
	w.mu.Lock()
	err := w.err
	if err == nil {
		w.pending++ // from now until it has stored this batch
	}
	w.mu.Unlock()
	if err != nil {
		w.close()
		return err
	}
	w.in <- docs
	return nil
}

// close waits for the last batches and returns the first error.
func (w *writer) close() error {
	if w.closed {
		return w.err
	}
	close(w.in)
	w.closed = true
	for i := 0; i < w.n; i++ {
		<-w.done
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.err
}

// idleWithin returns how much of from..to the writer spent idle, as far as
// can be told at to: all of it when idle throughout, the part after its last
// batch when it finished during it, none when it is still storing.
func (w *writer) idleWithin(from, to time.Time) time.Duration {
	w.mu.Lock()
	defer w.mu.Unlock()
	switch {
	case w.pending > 0:
		return 0
	case w.idle.Before(from):
		return to.Sub(from)
	default:
		return to.Sub(w.idle)
	}
}

// analyseBatch cleans and analyses pages for the guild.
func analyseBatch(ing *ingest.Ingester, guild string, pages []Page, rep *IngestReport) ([]*newsbot.Document, error) {
	docs := make([]*newsbot.Document, 0, len(pages))
	for _, p := range pages {
		tc := time.Now()
		c, err := ingest.CleanText(p.Text)
		if err != nil {
			return nil, fmt.Errorf("clean article %d: %w", p.Index, err)
		}
		ta := time.Now()
		doc, err := ing.Analyse(c, p.Meta)
		if err != nil {
			return nil, fmt.Errorf("analyse article %d: %w", p.Index, err)
		}
		rep.Clean += ta.Sub(tc)
		rep.Analyse += time.Since(ta)
		rep.Bytes += int64(len(p.Text))
		doc.Article.Guild = guild
		docs = append(docs, doc)
	}
	return docs, nil
}

// ingestOneByOne adds the pages one transaction each (Ingester.AddCleaned,
// as 'add' does), without overlap.
func ingestOneByOne(ctx context.Context, db Store, src Pages, guild string, progress func(done int)) (*IngestReport, error) {
	ing := ingest.New(db)
	rep := &IngestReport{}
	for done := 0; ; done++ {
		p, err := src.Next()
		if isEOF(err) {
			return rep, nil
		} else if err != nil {
			return rep, err
		}
		srv0, cpu0, t0 := serverCPU(ctx, db), ProcessCPU(), time.Now()
		c, err := ingest.CleanText(p.Text)
		if err != nil {
			return rep, fmt.Errorf("clean article %d: %w", p.Index, err)
		}
		rep.Clean += time.Since(t0)
		rep.Bytes += int64(len(p.Text))
		res, err := ing.AddCleaned(ctx, guild, c, p.Meta)
		if err != nil {
			return rep, fmt.Errorf("add article %d: %w", p.Index, err)
		}
		rep.count(res.Chunks, res.DuplicateOf != 0)
		rep.CPU += ProcessCPU() - cpu0
		rep.Elapsed += time.Since(t0)
		rep.ServerCPU += serverCPU(ctx, db) - srv0
		if progress != nil {
			progress(done + 1)
		}
	}
}

// Documents cleans and analyses articles first..first+n-1 of g for the
// guild, without storing them.
func Documents(g *corpus.Generator, guild string, first, n int) ([]*newsbot.Document, error) {
	ing := ingest.New(nil)
	docs := make([]*newsbot.Document, 0, n)
	for i := first; i < first+n; i++ {
		p := g.Article(i)
		c, err := ingest.CleanText(p.Text)
		if err != nil {
			return nil, fmt.Errorf("clean article %d: %w", i, err)
		}
		doc, err := ing.Analyse(c, ingest.Meta{URL: p.URL, Outlet: p.Outlet, Published: p.Published, AddedBy: "bench"})
		if err != nil {
			return nil, fmt.Errorf("analyse article %d: %w", i, err)
		}
		doc.Article.Guild = guild
		docs = append(docs, doc)
	}
	return docs, nil
}

func (r *IngestReport) count(chunks int, dup bool) {
	if dup {
		r.Duplicates++
		return
	}
	r.Articles++
	r.Chunks += chunks
}

// SearchReport is what Search measured.
type SearchReport struct {
	Queries int           `json:"queries"`
	P50     time.Duration `json:"p50_ns"`
	P90     time.Duration `json:"p90_ns"`
	P99     time.Duration `json:"p99_ns"`
	Max     time.Duration `json:"max_ns"`
	Mean    time.Duration `json:"mean_ns"`
	// CPU percentiles are of the CPU time of the searching thread: the
	// cost of a search without the time spent waiting for a busy core.
	CPU50 time.Duration `json:"cpu_p50_ns"`
	CPU90 time.Duration `json:"cpu_p90_ns"`
	CPU99 time.Duration `json:"cpu_p99_ns"`
	// Server percentiles are of the CPU time the database server spent on
	// each search (PostgreSQL on this host; 0 for SQLite, whose work is in
	// the CPU figures above).
	Server50 time.Duration `json:"server_cpu_p50_ns,omitempty"`
	Server90 time.Duration `json:"server_cpu_p90_ns,omitempty"`
	Server99 time.Duration `json:"server_cpu_p99_ns,omitempty"`
	// Found counts the questions whose source article was among the
	// passages returned, of the Judged ones whose source is known; Empty
	// those that returned no passage.
	Found  int `json:"found"`
	Judged int `json:"judged"`
	Empty  int `json:"empty"`
}

// Search asks q questions about the first n articles of g (as stored by
// Ingest, with their generated URLs) through a retrieval.Searcher over db,
// k passages each, and measures the latency of each search.
func Search(ctx context.Context, db Store, g *corpus.Generator, guild string, n, q, k int) (*SearchReport, error) {
	qs := make([]corpus.Question, q)
	for i := range qs {
		qs[i] = g.Question(i, n)
	}
	return SearchQuestions(ctx, db, guild, qs, k)
}

// SearchQuestions asks each question through a retrieval.Searcher over db,
// k passages each, and measures the latency of each search. A question
// whose Article is -1 has no known source and does not count in Found.
func SearchQuestions(ctx context.Context, db Store, guild string, qs []corpus.Question, k int) (*SearchReport, error) {
	s := &retrieval.Searcher{Store: db}
	rep := &SearchReport{Queries: len(qs)}
	var t timings
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	for _, qu := range qs {
		s0, c0, t0 := serverCPU(ctx, db), threadCPU(), time.Now()
		ps, err := s.Search(ctx, guild, qu.Text, k)
		d, c := time.Since(t0), threadCPU()-c0
		if err != nil {
			return nil, fmt.Errorf("search %q: %w", qu.Text, err)
		}
		t.add(d, c, serverCPU(ctx, db)-s0)
		rep.tally(ps, qu)
	}
	t.fill(rep)
	return rep, nil
}

// timings collects the wall-clock, thread CPU and server CPU time of each
// timed call, for SearchReport's percentiles.
type timings struct {
	lat, cpu, srv []time.Duration
	total         time.Duration
}

func (t *timings) add(wall, cpu, server time.Duration) {
	t.lat, t.cpu, t.srv = append(t.lat, wall), append(t.cpu, cpu), append(t.srv, server)
	t.total += wall
}

// fill sets the percentiles of rep (none when nothing was timed).
func (t *timings) fill(rep *SearchReport) {
	if len(t.lat) == 0 {
		return
	}
	for _, ds := range [][]time.Duration{t.lat, t.cpu, t.srv} {
		sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	}
	rep.P50, rep.P90, rep.P99 = Percentile(t.lat, 50), Percentile(t.lat, 90), Percentile(t.lat, 99)
	rep.Max, rep.Mean = t.lat[len(t.lat)-1], t.total/time.Duration(len(t.lat))
	rep.CPU50, rep.CPU90, rep.CPU99 = Percentile(t.cpu, 50), Percentile(t.cpu, 90), Percentile(t.cpu, 99)
	rep.Server50, rep.Server90, rep.Server99 = Percentile(t.srv, 50), Percentile(t.srv, 90), Percentile(t.srv, 99)
}

// tally counts a question's passages in Empty, Judged and Found.
func (rep *SearchReport) tally(ps []newsbot.Passage, qu corpus.Question) {
	if len(ps) == 0 {
		rep.Empty++
	}
	if qu.Article < 0 {
		return
	}
	rep.Judged++
	for _, p := range ps {
		if ArticleIndex(p.URL) == qu.Article {
			rep.Found++
			return
		}
	}
}

// Percentile returns the p-th percentile (nearest rank) of sorted durations.
func Percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(float64(len(sorted))*p/100+0.5) - 1
	if i < 0 {
		i = 0
	}
	if i >= len(sorted) {
		i = len(sorted) - 1
	}
	return sorted[i]
}

// ArticleIndex returns the corpus index encoded in a generated article's
// URL, or -1.
func ArticleIndex(url string) int {
	i := strings.LastIndexByte(url, '/')
	j := strings.IndexByte(url[i+1:], '-')
	if i < 0 || j < 0 {
		return -1
	}
	n, err := strconv.Atoi(url[i+1 : i+1+j])
	if err != nil {
		return -1
	}
	return n
}

// Memory is the process's memory use.
type Memory struct {
	PeakRSS   int64 `json:"peak_rss_bytes"`   // VmHWM: peak resident set since start or ResetPeak
	RSS       int64 `json:"rss_bytes"`        // VmRSS now
	HeapInuse int64 `json:"heap_inuse_bytes"` // Go heap in use now
	GoSys     int64 `json:"go_sys_bytes"`     // memory the Go runtime holds from the OS
}

// ReadMemory returns the process's memory use. PeakRSS and RSS are 0 where
// /proc/self/status is not available.
func ReadMemory() Memory {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	m := Memory{HeapInuse: int64(ms.HeapInuse), GoSys: int64(ms.Sys)}
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return m
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, _ := strings.Cut(sc.Text(), ":")
		kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
		switch k {
		case "VmHWM":
			m.PeakRSS = kb << 10
		case "VmRSS":
			m.RSS = kb << 10
		}
	}
	return m
}

// ResetPeak resets the kernel's peak resident set (VmHWM) to the current
// one, so that the next phase's peak can be read alone. It reports whether
// the kernel allowed it.
func ResetPeak() bool {
	return os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) == nil
}

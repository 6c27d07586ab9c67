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
	"time"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/ingest"
	"github.com/newsbot/newsbot/internal/corpus"
	"github.com/newsbot/newsbot/retrieval"
	"github.com/newsbot/newsbot/store/sqlite"
)

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
	Store      time.Duration `json:"store_ns"`   // writing to SQLite
}

// PerSecond returns articles per second of wall-clock time.
func (r *IngestReport) PerSecond() float64 { return float64(r.Articles) / r.Elapsed.Seconds() }

// PerCPUSecond returns articles per second of process CPU time.
func (r *IngestReport) PerCPUSecond() float64 { return float64(r.Articles) / r.CPU.Seconds() }

// Ingest generates articles first..first+n-1 of g and adds them to db in
// the guild through the real pipeline (see IngestPages).
func Ingest(ctx context.Context, db *sqlite.DB, g *corpus.Generator, guild string, first, n, batch int, progress func(done int)) (*IngestReport, error) {
	return IngestPages(ctx, db, Synthetic(g, first, n), guild, batch, progress)
}

// IngestPages adds every page of src to db in the guild through the real
// pipeline: ingest.CleanText, then Ingester.Analyse, then
// sqlite.DB.CreateDocuments in batches of batch articles (batch <= 1:
// Ingester.AddCleaned, one transaction per article). progress, when not
// nil, is called after every batch. Reading the pages is not timed.
func IngestPages(ctx context.Context, db *sqlite.DB, src Pages, guild string, batch int, progress func(done int)) (*IngestReport, error) {
	ing := ingest.New(db)
	rep := &IngestReport{}
	if batch < 1 {
		batch = 1
	}
	pages := make([]Page, 0, batch)
	done := 0
	for eof := false; !eof; {
		pages = pages[:0]
		for len(pages) < batch {
			p, err := src.Next()
			if isEOF(err) {
				eof = true
				break
			} else if err != nil {
				return rep, err
			}
			pages = append(pages, p)
		}
		if len(pages) == 0 {
			break
		}
		if err := ingestBatch(ctx, ing, db, guild, pages, batch, rep); err != nil {
			return rep, err
		}
		done += len(pages)
		if progress != nil {
			progress(done)
		}
	}
	return rep, nil
}

func ingestBatch(ctx context.Context, ing *ingest.Ingester, db *sqlite.DB, guild string, pages []Page, batch int, rep *IngestReport) error {
	cpu0, t0 := ProcessCPU(), time.Now()
	defer func() {
		rep.CPU += ProcessCPU() - cpu0
		rep.Elapsed += time.Since(t0)
	}()
	docs := make([]*newsbot.Document, 0, len(pages))
	for _, p := range pages {
		tc := time.Now()
		c, err := ingest.CleanText(p.Text)
		if err != nil {
			return fmt.Errorf("clean article %d: %w", p.Index, err)
		}
		rep.Clean += time.Since(tc)
		m := p.Meta
		rep.Bytes += int64(len(p.Text))
		if batch == 1 {
			res, err := ing.AddCleaned(ctx, guild, c, m)
			if err != nil {
				return fmt.Errorf("add article %d: %w", p.Index, err)
			}
			rep.count(res.Chunks, res.DuplicateOf != 0)
			continue
		}
		ta := time.Now()
		doc, err := ing.Analyse(c, m)
		if err != nil {
			return fmt.Errorf("analyse article %d: %w", p.Index, err)
		}
		rep.Analyse += time.Since(ta)
		doc.Article.Guild = guild
		docs = append(docs, doc)
	}
	if batch == 1 {
		return nil
	}
	t1 := time.Now()
	ids, err := db.CreateDocuments(ctx, docs)
	if err != nil {
		return fmt.Errorf("store articles: %w", err)
	}
	rep.Store += time.Since(t1)
	for i, id := range ids {
		rep.count(len(docs[i].Chunks), id == 0)
	}
	return nil
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
func Search(ctx context.Context, db *sqlite.DB, g *corpus.Generator, guild string, n, q, k int) (*SearchReport, error) {
	qs := make([]corpus.Question, q)
	for i := range qs {
		qs[i] = g.Question(i, n)
	}
	return SearchQuestions(ctx, db, guild, qs, k)
}

// SearchQuestions asks each question through a retrieval.Searcher over db,
// k passages each, and measures the latency of each search. A question
// whose Article is -1 has no known source and does not count in Found.
func SearchQuestions(ctx context.Context, db *sqlite.DB, guild string, qs []corpus.Question, k int) (*SearchReport, error) {
	q := len(qs)
	s := &retrieval.Searcher{Store: db}
	lat := make([]time.Duration, 0, q)
	cpu := make([]time.Duration, 0, q)
	rep := &SearchReport{Queries: q}
	var total time.Duration
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	for _, qu := range qs {
		c0, t0 := threadCPU(), time.Now()
		ps, err := s.Search(ctx, guild, qu.Text, k)
		d, c := time.Since(t0), threadCPU()-c0
		if err != nil {
			return nil, fmt.Errorf("search %q: %w", qu.Text, err)
		}
		lat = append(lat, d)
		cpu = append(cpu, c)
		total += d
		rep.tally(ps, qu)
	}
	if q == 0 {
		return rep, nil
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	rep.P50, rep.P90, rep.P99 = Percentile(lat, 50), Percentile(lat, 90), Percentile(lat, 99)
	rep.Max, rep.Mean = lat[len(lat)-1], total/time.Duration(q)
	sort.Slice(cpu, func(i, j int) bool { return cpu[i] < cpu[j] })
	rep.CPU50, rep.CPU90, rep.CPU99 = Percentile(cpu, 50), Percentile(cpu, 90), Percentile(cpu, 99)
	return rep, nil
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

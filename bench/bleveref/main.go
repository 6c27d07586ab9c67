// Command bleveref is the side-by-side reference for 'newsbot bench': it
// indexes the same corpus (JSON Lines of {"id","title","text"}, the file
// 'newsbot bench --corpus' reads) with Bleve, the Go full-text engine, and
// times the same questions, k hits each, reporting the figures newsbot
// bench reports: ingest articles per CPU-second, query CPU and wall p50 /
// p90 / p99, the engine's peak RSS and the index's size on disk.
//
// It is a module of its own so that newsbot does not depend on Bleve:
//
//	cd bench/bleveref && go run . --corpus /tmp/r/corpus.jsonl --queries /tmp/r/queries.txt --k 10 --index /tmp/r.bleve
//	go run . --reuse --index /tmp/r.bleve --queries /tmp/r/queries.txt --k 10   # search again
//
// The setup is the one a user of Bleve would choose: Bleve's English
// analyzer ("en": Unicode tokenizer, lower case, English stop words,
// possessives, Porter stemmer) for every field, the title and text indexed
// into the default composite field, a match query (an OR of the question's
// analysed words) against it, Bleve's default scoring, the k best
// documents by score.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"golang.org/x/sys/unix"
)

func main() {
	corpus := flag.String("corpus", "", "JSON Lines file of {\"id\",\"title\",\"text\"} to index")
	queries := flag.String("queries", "", "file of questions, one a line")
	k := flag.Int("k", 10, "hits per query")
	index := flag.String("index", "", "index directory to create (or, with --reuse, to open)")
	reuse := flag.Bool("reuse", false, "search the index a previous run left in --index instead of building it")
	articles := flag.Int("articles", 0, "index at most this many articles of the corpus (0: all)")
	batch := flag.Int("batch", 500, "articles per Bleve batch")
	procs := flag.Int("procs", 1, "CPU cores Go may use (GOMAXPROCS)")
	scoring := flag.String("scoring", "", "scoring model: \"\" (Bleve's default) or \"bm25\"")
	fields := flag.Bool("fields", false, "load each hit's stored title and text, as a caller showing the hits would")
	flag.IntVar(&passageBytes, "passages", 0, "index passages of about this many bytes (paragraphs joined, each with the title) instead of whole articles, as newsbot indexes chunks (0: articles)")
	flag.Parse()
	if *index == "" || (*corpus == "" && !*reuse) {
		fmt.Fprintln(os.Stderr, "bleveref: --index DIR and --corpus FILE (or --reuse) are needed; see -h")
		os.Exit(2)
	}
	runtime.GOMAXPROCS(*procs)
	if err := run(*corpus, *queries, *index, *k, *articles, *batch, *reuse, *scoring, *fields); err != nil {
		fmt.Fprintln(os.Stderr, "bleveref:", err)
		os.Exit(1)
	}
}

// passageBytes, when above 0, splits articles into passages (--passages).
var passageBytes int

// passages splits text at paragraph breaks into runs of at least n bytes.
func passages(text string, n int) []string {
	var out []string
	var cur strings.Builder
	for _, p := range strings.Split(text, "\n") {
		if strings.TrimSpace(p) == "" {
			continue
		}
		if cur.Len() > 0 {
			cur.WriteByte('\n')
		}
		cur.WriteString(p)
		if cur.Len() >= n {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	if cur.Len() > 0 {
		out = append(out, cur.String())
	}
	return out
}

type article struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Text  string `json:"text"`
}

func run(corpus, queries, dir string, k, limit, batch int, reuse bool, scoring string, fields bool) error {
	var idx bleve.Index
	var err error
	if reuse {
		idx, err = bleve.Open(dir)
		if err != nil {
			return fmt.Errorf("open %s: %w", dir, err)
		}
	} else {
		if _, err := os.Stat(dir); err == nil {
			return fmt.Errorf("%s exists: remove it, or pass --reuse to search it", dir)
		}
		idx, err = ingest(corpus, dir, limit, batch, scoring)
		if err != nil {
			return err
		}
	}
	defer idx.Close()
	fmt.Printf("disk    %.1f MB (%s)\n", float64(dirSize(dir))/1e6, dir)
	if queries == "" {
		return nil
	}
	qs, err := readLines(queries)
	if err != nil {
		return err
	}
	runtime.GC()
	resetPeak()
	return search(idx, qs, k, fields)
}

// ingest builds the index: reading and decoding the corpus is left out of
// the CPU and wall time; closing the index (which persists what is still
// in memory) is counted, and the index is opened again for the queries.
func ingest(corpus, dir string, limit, batch int, scoring string) (bleve.Index, error) {
	m := bleve.NewIndexMapping()
	m.DefaultAnalyzer = en.AnalyzerName
	if scoring != "" {
		m.ScoringModel = scoring
	}
	idx, err := bleve.New(dir, m)
	if err != nil {
		return nil, err
	}
	f, err := os.Open(corpus)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var cpu, wall time.Duration
	var n, units int
	var bytes int64
	for eof := false; !eof; {
		docs := make([]article, 0, batch)
		for len(docs) < batch && (limit == 0 || n+len(docs) < limit) {
			if !sc.Scan() {
				eof = true
				break
			}
			var a article
			if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
				return nil, fmt.Errorf("%s: article %d: %w", corpus, n+len(docs)+1, err)
			}
			docs = append(docs, a)
		}
		if limit > 0 && n+len(docs) >= limit {
			eof = true
		}
		if len(docs) == 0 {
			break
		}
		c0, t0 := processCPU(), time.Now()
		b := idx.NewBatch()
		for _, a := range docs {
			bytes += int64(len(a.Title) + len(a.Text))
			if passageBytes <= 0 {
				if err := b.Index(a.ID, map[string]any{"title": a.Title, "text": a.Text}); err != nil {
					return nil, err
				}
				continue
			}
			for i, p := range passages(a.Text, passageBytes) {
				if err := b.Index(a.ID+"/"+strconv.Itoa(i), map[string]any{"title": a.Title, "text": p}); err != nil {
					return nil, err
				}
				units++
			}
		}
		if err := idx.Batch(b); err != nil {
			return nil, err
		}
		cpu, wall = cpu+processCPU()-c0, wall+time.Since(t0)
		n += len(docs)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	c0, t0 := processCPU(), time.Now()
	if err := idx.Close(); err != nil {
		return nil, err
	}
	cpu, wall = cpu+processCPU()-c0, wall+time.Since(t0)
	fmt.Printf("ingest  %d articles (%.1f MB) in %.1f s wall, %.1f s CPU: %.0f articles/s, %.0f per CPU-second\n",
		n, float64(bytes)/1e6, wall.Seconds(), cpu.Seconds(), float64(n)/wall.Seconds(), float64(n)/cpu.Seconds())
	if units > 0 {
		fmt.Printf("        %d passages\n", units)
	}
	fmt.Printf("        peak RSS %.0f MB\n", float64(peakRSS())/1e6)
	return bleve.Open(dir)
}

func search(idx bleve.Index, qs []string, k int, fields bool) error {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var lat, cpu, pcpu []time.Duration
	empty := 0
	for _, q := range qs {
		p0, c0, t0 := processCPU(), threadCPU(), time.Now()
		req := bleve.NewSearchRequestOptions(bleve.NewMatchQuery(q), k, 0, false)
		if fields {
			req.Fields = []string{"title", "text"}
		}
		res, err := idx.Search(req)
		d, c, pc := time.Since(t0), threadCPU()-c0, processCPU()-p0
		if err != nil {
			return fmt.Errorf("search %q: %w", q, err)
		}
		if len(res.Hits) == 0 {
			empty++
		}
		lat, cpu, pcpu = append(lat, d), append(cpu, c), append(pcpu, pc)
	}
	sortD(lat)
	sortD(cpu)
	sortD(pcpu)
	ms := func(d time.Duration) string { return strconv.FormatFloat(float64(d)/1e6, 'f', 1, 64) + " ms" }
	fmt.Printf("search  %d queries, k=%d, %d without a hit\n", len(qs), k, empty)
	fmt.Printf("        CPU  p50 %s  p90 %s  p99 %s\n", ms(pct(cpu, 50)), ms(pct(cpu, 90)), ms(pct(cpu, 99)))
	fmt.Printf("        process CPU p50 %s  p90 %s  p99 %s (every thread: Bleve's own goroutines too)\n", ms(pct(pcpu, 50)), ms(pct(pcpu, 90)), ms(pct(pcpu, 99)))
	fmt.Printf("        wall p50 %s  p90 %s  p99 %s  max %s\n", ms(pct(lat, 50)), ms(pct(lat, 90)), ms(pct(lat, 99)), ms(lat[len(lat)-1]))
	fmt.Printf("        peak RSS %.0f MB\n", float64(peakRSS())/1e6)
	return nil
}

func readLines(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no questions (one a line)", path)
	}
	return out, nil
}

func sortD(ds []time.Duration) { sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] }) }

// pct is the nearest-rank percentile, as newsbot bench computes it.
func pct(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(float64(len(sorted))*p/100+0.5) - 1
	i = max(0, min(i, len(sorted)-1))
	return sorted[i]
}

func dirSize(dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil {
				n += fi.Size()
			}
		}
		return nil
	})
	return n
}

func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func threadCPU() time.Duration {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_THREAD_CPUTIME_ID, &ts); err != nil {
		return 0
	}
	return time.Duration(ts.Nano())
}

func resetPeak() { os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) }

func peakRSS() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return kb << 10
		}
	}
	return 0
}

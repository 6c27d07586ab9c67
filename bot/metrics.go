package bot

import (
	"fmt"
	"io"
	"net/http"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/newsbot/newsbot"
)

// Metrics counts what an operator watches, and writes it in the Prometheus
// text exposition format. The zero value is not usable; use NewMetrics. Safe
// for concurrent use.
type Metrics struct {
	mu           sync.Mutex
	interactions map[string]uint64

	questions   atomic.Uint64
	answerErrs  atomic.Uint64
	llmErrs     atomic.Uint64
	fallbacks   atomic.Uint64
	limited     atomic.Uint64
	internal    atomic.Uint64
	votesUp     atomic.Uint64
	votesDown   atomic.Uint64
	latency     histogram
	ackLatency  histogram
	connected   atomic.Int64
	startedUnix int64
}

// NewMetrics returns empty metrics.
func NewMetrics() *Metrics {
	return &Metrics{
		interactions: map[string]uint64{},
		latency:      histogram{bounds: []float64{0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120}},
		ackLatency:   histogram{bounds: []float64{0.05, 0.1, 0.25, 0.5, 1, 2, 3}},
		startedUnix:  time.Now().Unix(),
	}
}

type histogram struct {
	mu     sync.Mutex
	bounds []float64
	counts []uint64
	sum    float64
	n      uint64
}

func (h *histogram) observe(v float64) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.counts == nil {
		h.counts = make([]uint64, len(h.bounds))
	}
	for k, b := range h.bounds {
		if v <= b {
			h.counts[k]++
		}
	}
	h.sum += v
	h.n++
}

func (h *histogram) write(w io.Writer, name, help string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s histogram\n", name, help, name)
	for k, b := range h.bounds {
		var c uint64
		if h.counts != nil {
			c = h.counts[k]
		}
		fmt.Fprintf(w, "%s_bucket{le=\"%g\"} %d\n", name, b, c)
	}
	fmt.Fprintf(w, "%s_bucket{le=\"+Inf\"} %d\n%s_sum %g\n%s_count %d\n", name, h.n, name, h.sum, name, h.n)
}

func (m *Metrics) interaction(kind string) {
	m.mu.Lock()
	m.interactions[kind]++
	m.mu.Unlock()
}

func (m *Metrics) question(d time.Duration, err error) {
	m.questions.Add(1)
	m.latency.observe(d.Seconds())
	if err != nil {
		m.answerErrs.Add(1)
		if code := newsbot.ErrorCode(err); code == newsbot.EINTERNAL || code == newsbot.EUNAVAIL {
			m.llmErrs.Add(1)
		}
	}
}

func (m *Metrics) fallback() { m.fallbacks.Add(1) }

func (m *Metrics) ack(d time.Duration) { m.ackLatency.observe(d.Seconds()) }
func (m *Metrics) rateLimited()        { m.limited.Add(1) }
func (m *Metrics) internalError()      { m.internal.Add(1) }

func (m *Metrics) feedback(vote int) {
	if vote > 0 {
		m.votesUp.Add(1)
	} else {
		m.votesDown.Add(1)
	}
}

// SetConnected records how many gateway shards are connected.
func (m *Metrics) SetConnected(n int) { m.connected.Store(int64(n)) }

// WritePrometheus writes every metric in the Prometheus text format.
func (m *Metrics) WritePrometheus(w io.Writer) {
	counter := func(name, help string, v uint64) {
		fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s counter\n%s %d\n", name, help, name, name, v)
	}
	m.mu.Lock()
	kinds := make([]string, 0, len(m.interactions))
	for k := range m.interactions {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	fmt.Fprintf(w, "# HELP newsbot_interactions_total Discord interactions received, by type.\n# TYPE newsbot_interactions_total counter\n")
	for _, k := range kinds {
		fmt.Fprintf(w, "newsbot_interactions_total{type=%q} %d\n", k, m.interactions[k])
	}
	m.mu.Unlock()
	counter("newsbot_questions_total", "Questions answered or attempted.", m.questions.Load())
	counter("newsbot_answer_errors_total", "Questions that failed.", m.answerErrs.Load())
	counter("newsbot_llm_errors_total", "Questions that failed in the answerer or timed out.", m.llmErrs.Load())
	counter("newsbot_llm_fallbacks_total", "Answers given from the articles directly, with a note, because the LLM failed.", m.fallbacks.Load())
	counter("newsbot_rate_limited_total", "Questions refused by the per-user or per-guild limits.", m.limited.Load())
	counter("newsbot_internal_errors_total", "Internal errors shown with a reference id.", m.internal.Load())
	counter("newsbot_feedback_up_total", "Thumbs-up votes.", m.votesUp.Load())
	counter("newsbot_feedback_down_total", "Thumbs-down votes.", m.votesDown.Load())
	m.latency.write(w, "newsbot_answer_seconds", "Time to answer a question.")
	m.ackLatency.write(w, "newsbot_ack_seconds", "Time from receiving an interaction to its first response.")
	fmt.Fprintf(w, "# HELP newsbot_gateway_connected Connected gateway shards.\n# TYPE newsbot_gateway_connected gauge\nnewsbot_gateway_connected %d\n", m.connected.Load())
	fmt.Fprintf(w, "# HELP newsbot_start_time_seconds Start time of the process.\n# TYPE newsbot_start_time_seconds gauge\nnewsbot_start_time_seconds %d\n", m.startedUnix)
}

// Handler serves /metrics (Prometheus text format) and /healthz, which
// answers 200 while at least one shard is connected and 503 otherwise.
func (m *Metrics) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /metrics", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
		m.WritePrometheus(w)
	})
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		if m.connected.Load() <= 0 {
			http.Error(w, "not connected to the Discord gateway", http.StatusServiceUnavailable)
			return
		}
		fmt.Fprintln(w, "ok")
	})
	return mux
}

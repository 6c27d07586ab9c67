package bot

import (
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/newsbot/newsbot"
)

// Metrics holds what an operator watches, registered on a Prometheus
// registry with the Go runtime and process collectors. The zero value is
// not usable; use NewMetrics. Safe for concurrent use.
//
// The Discord metrics are set by the bot; the others (feeds, ingest,
// embeddings, model requests) are exported so that the
// command wiring can observe the packages that do that work.
type Metrics struct {
	reg *prometheus.Registry

	interactions *prometheus.CounterVec
	questions    prometheus.Counter
	answerErrs   prometheus.Counter
	llmErrs      prometheus.Counter
	fallbacks    prometheus.Counter
	limited      prometheus.Counter
	internal     prometheus.Counter
	votesUp      prometheus.Counter
	votesDown    prometheus.Counter
	latency      prometheus.Histogram
	ackLatency   prometheus.Histogram
	connected    atomic.Int64

	// FeedPolls counts feed polls by result ("ok" or "failed").
	FeedPolls *prometheus.CounterVec
	// Ingest observes the seconds taken to add one article.
	Ingest prometheus.Histogram
	// Embedding observes the seconds of one embeddings request.
	Embedding prometheus.Histogram
	// ModelRequests observes the seconds of one request to a model server,
	// by kind ("chat" or "embeddings") and result ("ok" or "failed").
	ModelRequests *prometheus.HistogramVec
	// ModelTokens counts the tokens servers reported, by kind and by
	// direction ("prompt" or "completion").
	ModelTokens *prometheus.CounterVec
	// queueDepth reports the questions waiting for a model slot.
	queueDepth atomic.Pointer[func() int]
}

// NewMetrics returns zeroed metrics on a new registry.
func NewMetrics() *Metrics {
	m := &Metrics{reg: prometheus.NewRegistry()}
	m.discordMetrics()
	m.opsMetrics()
	m.reg.MustRegister(
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "newsbot_start_time_seconds", Help: "Start time of the process."},
			func() float64 { return float64(startTime.Unix()) }),
	)
	return m
}

var startTime = time.Now()

// Registry returns the registry the metrics are on, for more collectors.
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

func (m *Metrics) discordMetrics() {
	f := factory{m.reg}
	m.interactions = f.counterVec("newsbot_interactions_total", "Discord interactions received, by type.", "type")
	m.questions = f.counter("newsbot_questions_total", "Questions answered or attempted.")
	m.answerErrs = f.counter("newsbot_answer_errors_total", "Questions that failed.")
	m.llmErrs = f.counter("newsbot_llm_errors_total", "Questions that failed in the answerer or timed out.")
	m.fallbacks = f.counter("newsbot_llm_fallbacks_total", "Answers given from the articles directly, with a note, because the LLM failed.")
	m.limited = f.counter("newsbot_rate_limited_total", "Questions refused by the per-user or per-guild limits.")
	m.internal = f.counter("newsbot_internal_errors_total", "Internal errors shown with a reference id.")
	m.votesUp = f.counter("newsbot_feedback_up_total", "Thumbs-up votes.")
	m.votesDown = f.counter("newsbot_feedback_down_total", "Thumbs-down votes.")
	m.latency = f.histogram("newsbot_answer_seconds", "Time to answer a question.", []float64{0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120})
	m.ackLatency = f.histogram("newsbot_ack_seconds", "Time from receiving an interaction to its first response.", []float64{0.05, 0.1, 0.25, 0.5, 1, 2, 3})
	m.reg.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "newsbot_gateway_connected", Help: "Connected gateway shards."},
		func() float64 { return float64(m.connected.Load()) }))
}

func (m *Metrics) opsMetrics() {
	f := factory{m.reg}
	m.FeedPolls = f.counterVec("newsbot_feed_polls_total", "Feed polls, by result (ok or failed).", "result")
	m.Ingest = f.histogram("newsbot_ingest_seconds", "Time to add one article (fetch, extract, attribute, store).", prometheus.DefBuckets)
	m.Embedding = f.histogram("newsbot_embedding_seconds", "Time of one request to the embeddings server.", prometheus.DefBuckets)
	m.ModelRequests = prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "newsbot_model_request_seconds",
		Help:    "Time of one request to a model server, by kind (chat or embeddings) and result (ok or failed).",
		Buckets: []float64{0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120}}, []string{"kind", "result"})
	m.reg.MustRegister(m.ModelRequests)
	m.ModelTokens = f.counterVec("newsbot_model_tokens_total", "Tokens the model servers reported, by kind and direction (prompt or completion).", "kind", "direction")
	m.reg.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "newsbot_queue_depth",
		Help: "Questions waiting for a model slot, over all servers."}, func() float64 {
		if f := m.queueDepth.Load(); f != nil {
			return float64((*f)())
		}
		return 0
	}))
}

// factory makes and registers metrics in one call each.
type factory struct{ reg *prometheus.Registry }

func (f factory) counter(name, help string) prometheus.Counter {
	c := prometheus.NewCounter(prometheus.CounterOpts{Name: name, Help: help})
	f.reg.MustRegister(c)
	return c
}

func (f factory) counterVec(name, help string, labels ...string) *prometheus.CounterVec {
	c := prometheus.NewCounterVec(prometheus.CounterOpts{Name: name, Help: help}, labels)
	f.reg.MustRegister(c)
	return c
}

func (f factory) histogram(name, help string, buckets []float64) prometheus.Histogram {
	h := prometheus.NewHistogram(prometheus.HistogramOpts{Name: name, Help: help, Buckets: buckets})
	f.reg.MustRegister(h)
	return h
}

func (f factory) gauge(name, help string) prometheus.Gauge {
	g := prometheus.NewGauge(prometheus.GaugeOpts{Name: name, Help: help})
	f.reg.MustRegister(g)
	return g
}

func (m *Metrics) interaction(kind string) { m.interactions.WithLabelValues(kind).Inc() }

func (m *Metrics) question(d time.Duration, err error) {
	m.questions.Inc()
	m.latency.Observe(d.Seconds())
	if err != nil {
		m.answerErrs.Inc()
		if code := newsbot.ErrorCode(err); code == newsbot.EINTERNAL || code == newsbot.EUNAVAIL {
			m.llmErrs.Inc()
		}
	}
}

func (m *Metrics) fallback()           { m.fallbacks.Inc() }
func (m *Metrics) ack(d time.Duration) { m.ackLatency.Observe(d.Seconds()) }
func (m *Metrics) rateLimited()        { m.limited.Inc() }
func (m *Metrics) internalError()      { m.internal.Inc() }

func (m *Metrics) feedback(vote int) {
	if vote > 0 {
		m.votesUp.Inc()
	} else {
		m.votesDown.Inc()
	}
}

// SetQueueDepth sets the function newsbot_queue_depth reads at each
// scrape (the bot's queue).
func (m *Metrics) SetQueueDepth(f func() int) { m.queueDepth.Store(&f) }

// SetConnected records how many gateway shards are connected.
func (m *Metrics) SetConnected(n int) { m.connected.Store(int64(n)) }

// Connected returns how many gateway shards are connected.
func (m *Metrics) Connected() int { return int(m.connected.Load()) }

package bot

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestMetricsHandler(t *testing.T) {
	m := NewMetrics()
	storeErr := errors.New("database is locked")
	h := m.Handler(m.GatewayCheck(), ReadyCheck{Name: "store", Check: func(context.Context) error { return storeErr }})
	get := func(path string) (int, string) {
		rr := httptest.NewRecorder()
		h.ServeHTTP(rr, httptest.NewRequest(http.MethodGet, path, nil))
		return rr.Code, rr.Body.String()
	}
	if code, _ := get("/healthz"); code != http.StatusOK {
		t.Errorf("healthz = %d, want 200 (the process is alive)", code)
	}
	if code, body := get("/readyz"); code != http.StatusServiceUnavailable || !strings.Contains(body, "gateway: not connected") || !strings.Contains(body, "store: database is locked") {
		t.Errorf("readyz before connecting = %d %q, want 503 naming both checks", code, body)
	}
	m.SetConnected(1)
	storeErr = nil
	if code, body := get("/readyz"); code != http.StatusOK {
		t.Errorf("readyz when connected = %d %q", code, body)
	}
	m.question(1500*time.Millisecond, nil)
	m.question(time.Second, errors.New("llm down"))
	m.rateLimited()
	m.feedback(1)
	m.interaction("ApplicationCommand")
	m.FeedPolls.WithLabelValues("failed").Inc()
	m.ModelTokens.WithLabelValues("chat", "prompt").Add(120)
	m.SetQueueDepth(func() int { return 3 })
	_, body := get("/metrics")
	for _, want := range []string{
		"newsbot_questions_total 2", "newsbot_llm_errors_total 1", "newsbot_rate_limited_total 1",
		`newsbot_interactions_total{type="ApplicationCommand"} 1`, `newsbot_answer_seconds_bucket{le="2"} 2`,
		`newsbot_answer_seconds_bucket{le="1"} 1`, "newsbot_answer_seconds_count 2", "# TYPE newsbot_ack_seconds histogram",
		"newsbot_feedback_up_total 1", "newsbot_gateway_connected 1", `newsbot_feed_polls_total{result="failed"} 1`,
		`newsbot_model_tokens_total{direction="prompt",kind="chat"} 120`, "newsbot_queue_depth 3",
		"go_goroutines ", "process_start_time_seconds ",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %q:\n%s", want, body)
		}
	}
}

// TestQueueDepthMetric: a question waiting for the guild's one model slot
// shows in newsbot_queue_depth until the slot is freed.
func TestQueueDepthMetric(t *testing.T) {
	m := NewMetrics()
	l := newLimits(60, 5, 1, time.Now)
	m.SetQueueDepth(l.waiting)
	depth := func() string {
		rr := httptest.NewRecorder()
		m.Handler().ServeHTTP(rr, httptest.NewRequest(http.MethodGet, "/metrics", nil))
		for _, line := range strings.Split(rr.Body.String(), "\n") {
			if strings.HasPrefix(line, "newsbot_queue_depth ") {
				return line
			}
		}
		return "(none)"
	}
	gate := l.modelGate("g", nil)
	release, err := gate(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	waited := make(chan error, 1)
	go func() {
		r, err := gate(context.Background())
		if err == nil {
			r()
		}
		waited <- err
	}()
	for deadline := time.Now().Add(5 * time.Second); l.waiting() == 0 && time.Now().Before(deadline); {
		time.Sleep(time.Millisecond)
	}
	if got := depth(); got != "newsbot_queue_depth 1" {
		t.Errorf("with one question waiting: %s", got)
	}
	release()
	if err := <-waited; err != nil {
		t.Fatal(err)
	}
	if got := depth(); got != "newsbot_queue_depth 0" {
		t.Errorf("after the slot was freed: %s", got)
	}
}

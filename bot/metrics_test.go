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
	m.QueueDepth.Set(3)
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

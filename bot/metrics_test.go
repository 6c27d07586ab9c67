package bot

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestMetricsHandler(t *testing.T) {
	m := NewMetrics()
	h := m.Handler()
	get := func(path string) (int, string) {
		rr := httptest.NewRecorder()
		h.ServeHTTP(rr, httptest.NewRequest(http.MethodGet, path, nil))
		return rr.Code, rr.Body.String()
	}
	if code, _ := get("/healthz"); code != http.StatusServiceUnavailable {
		t.Errorf("healthz before connecting = %d, want 503", code)
	}
	m.SetConnected(1)
	if code, _ := get("/healthz"); code != http.StatusOK {
		t.Errorf("healthz when connected = %d", code)
	}
	m.question(1500*time.Millisecond, nil)
	m.question(time.Second, errors.New("llm down"))
	m.rateLimited()
	m.interaction("ApplicationCommand")
	_, body := get("/metrics")
	for _, want := range []string{
		"newsbot_questions_total 2", "newsbot_llm_errors_total 1", "newsbot_rate_limited_total 1",
		`newsbot_interactions_total{type="ApplicationCommand"} 1`, `newsbot_answer_seconds_bucket{le="2"} 2`,
		`newsbot_answer_seconds_bucket{le="1"} 1`, "newsbot_answer_seconds_count 2", "# TYPE newsbot_ack_seconds histogram",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %q:\n%s", want, body)
		}
	}
}

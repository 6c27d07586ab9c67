package bot

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// ReadyCheck is one thing /readyz checks, such as the store: Check returns
// nil when it is ready.
type ReadyCheck struct {
	Name  string
	Check func(ctx context.Context) error
}

// GatewayCheck is the ReadyCheck that passes while at least one gateway
// shard is connected.
func (m *Metrics) GatewayCheck() ReadyCheck {
	return ReadyCheck{Name: "gateway", Check: func(context.Context) error {
		if m.Connected() <= 0 {
			return fmt.Errorf("not connected to the Discord gateway")
		}
		return nil
	}}
}

// Handler serves /metrics (Prometheus exposition, through client_golang),
// /healthz (200 while the process serves HTTP) and /readyz, which answers
// 200 when every check passes and 503, naming the failed checks, otherwise.
func (m *Metrics) Handler(checks ...ReadyCheck) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg}))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "ok")
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
		defer cancel()
		status, body := http.StatusOK, ""
		for _, c := range checks {
			if err := c.Check(ctx); err != nil {
				status = http.StatusServiceUnavailable
				body += fmt.Sprintf("%s: %v\n", c.Name, err)
			} else {
				body += c.Name + ": ok\n"
			}
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.WriteHeader(status)
		fmt.Fprint(w, body)
	})
	return mux
}

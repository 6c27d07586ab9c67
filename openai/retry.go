package openai

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Retries says how a client retries failed requests.
type Retries struct {
	// Max is how often a failing request is retried; 0 means the client's
	// default; -1 none.
	Max int
	// Backoff is the wait before the first retry; it doubles each time,
	// with jitter, up to 30 s (default 500 ms). A longer Retry-After of
	// the server is honoured.
	Backoff time.Duration
}

// withDefaults returns r with zero fields set to defaults; max is the
// default number of retries.
func (r Retries) withDefaults(max int) Retries {
	switch {
	case r.Max == 0:
		r.Max = max
	case r.Max < 0:
		r.Max = 0
	}
	if r.Backoff <= 0 {
		r.Backoff = 500 * time.Millisecond
	}
	return r
}

// do calls attempt until it succeeds, fails for good (retryable says
// which *Error failures may pass), or the retries run out, waiting with
// exponential backoff and jitter between attempts, at least the server's
// Retry-After. A server asking for more than MaxRetryAfter is not retried.
func (r Retries) do(ctx context.Context, retryable func(*Error) bool, attempt func(context.Context) error) error {
	for n := 0; ; n++ {
		actx, retryAfter := recordRetryAfter(ctx)
		err := attempt(actx)
		var e *Error
		if errors.As(err, &e) {
			e.RetryAfter = *retryAfter
		}
		if err == nil || e == nil || !retryable(e) || n >= r.Max || e.RetryAfter > MaxRetryAfter {
			return err
		}
		d := r.Backoff << n
		d = min(max(d/2+rand.N(d/2+1), e.RetryAfter), 30*time.Second)
		select {
		case <-ctx.Done():
			return fmt.Errorf("%w (after %v)", ctx.Err(), err)
		case <-time.After(d):
		}
	}
}

// MaxRetryAfter is the longest Retry-After a rate-limited request waits
// for; a server asking for longer gets no retry, and the user gets the
// extractive answer at once rather than after a long silence.
const MaxRetryAfter = 10 * time.Second

// retryAfterKey carries a *time.Duration in a request's context, where the
// transport records the response's Retry-After header (go-openai keeps
// no headers in its errors).
type retryAfterKey struct{}

// retryAfterTransport records Retry-After headers of 429 and 503 replies.
type retryAfterTransport struct{ base http.RoundTripper }

func (t retryAfterTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.base.RoundTrip(req)
	if err != nil || (resp.StatusCode != http.StatusTooManyRequests && resp.StatusCode != http.StatusServiceUnavailable) {
		return resp, err
	}
	if p, ok := req.Context().Value(retryAfterKey{}).(*time.Duration); ok {
		*p = parseRetryAfter(resp.Header.Get("Retry-After"), time.Now())
	}
	return resp, nil
}

// parseRetryAfter reads a Retry-After value in seconds or as an HTTP date;
// 0 when absent or unreadable.
func parseRetryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if s, err := strconv.ParseFloat(v, 64); err == nil && s >= 0 {
		return time.Duration(s * float64(time.Second))
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

// withRetryAfter wraps an HTTP client's transport to record Retry-After.
func withRetryAfter(hc *http.Client) *http.Client {
	c := &http.Client{}
	if hc != nil {
		*c = *hc
	}
	base := c.Transport
	if base == nil {
		base = http.DefaultTransport
	}
	c.Transport = retryAfterTransport{base: base}
	return c
}

// recordRetryAfter returns a context in which the transport records the
// Retry-After of the reply, and where it is recorded.
func recordRetryAfter(ctx context.Context) (context.Context, *time.Duration) {
	p := new(time.Duration)
	return context.WithValue(ctx, retryAfterKey{}, p), p
}

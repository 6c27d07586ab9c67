package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/bot"
	"github.com/newsbot/newsbot/ingest"
	"github.com/newsbot/newsbot/store"
)

// maxGuildLabels bounds the guild label of the per-guild gauges: the
// guilds with most articles get their own series, the rest are summed
// under guild="other", so a bot in thousands of servers stays cheap to
// scrape and store.
const maxGuildLabels = 20

// guildCollector exports articles and chunks per guild, read from the
// store at each scrape.
type guildCollector struct {
	summaries func(ctx context.Context) ([]newsbot.GuildSummary, error)
	articles  *prometheus.Desc
	chunks    *prometheus.Desc
}

func newGuildCollector(summaries func(ctx context.Context) ([]newsbot.GuildSummary, error)) *guildCollector {
	return &guildCollector{summaries: summaries,
		articles: prometheus.NewDesc("newsbot_articles", "Stored articles, by guild (the largest guilds; the rest as other).", []string{"guild"}, nil),
		chunks:   prometheus.NewDesc("newsbot_chunks", "Stored chunks, by guild (the largest guilds; the rest as other).", []string{"guild"}, nil),
	}
}

func (c *guildCollector) Describe(ch chan<- *prometheus.Desc) { ch <- c.articles; ch <- c.chunks }

func (c *guildCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	all, err := c.summaries(ctx)
	if err != nil {
		ch <- prometheus.NewInvalidMetric(c.articles, err)
		return
	}
	for _, s := range boundGuilds(all, maxGuildLabels) {
		ch <- prometheus.MustNewConstMetric(c.articles, prometheus.GaugeValue, float64(s.Articles), s.Guild)
		ch <- prometheus.MustNewConstMetric(c.chunks, prometheus.GaugeValue, float64(s.Chunks), s.Guild)
	}
}

// boundGuilds keeps the first n summaries (sorted largest first) and sums
// the rest into one named "other".
func boundGuilds(all []newsbot.GuildSummary, n int) []newsbot.GuildSummary {
	if len(all) <= n {
		return all
	}
	out := append([]newsbot.GuildSummary(nil), all[:n]...)
	other := newsbot.GuildSummary{Guild: "other"}
	for _, s := range all[n:] {
		other.Articles += s.Articles
		other.Chunks += s.Chunks
	}
	return append(out, other)
}

// modelTransport observes requests to OpenAI-compatible servers: latency
// by kind (chat or embeddings) and result, and the token counts servers
// report in the usage field of JSON replies.
type modelTransport struct {
	base http.RoundTripper
	m    *bot.Metrics
}

func (t modelTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	kind := "chat"
	if strings.HasSuffix(req.URL.Path, "/embeddings") {
		kind = "embeddings"
	}
	start := time.Now()
	resp, err := t.base.RoundTrip(req)
	result := "ok"
	if err != nil || resp.StatusCode >= 400 {
		result = "failed"
	}
	d := time.Since(start).Seconds()
	t.m.ModelRequests.WithLabelValues(kind, result).Observe(d)
	if kind == "embeddings" {
		t.m.Embedding.Observe(d)
	}
	if err == nil && result == "ok" && strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
		t.countTokens(kind, resp)
	}
	return resp, err
}

// countTokens reads the usage of a JSON reply (its first 8 MiB) and puts
// what it read back in front of the rest of the body for the client.
func (t modelTransport) countTokens(kind string, resp *http.Response) {
	orig := resp.Body
	body, err := io.ReadAll(io.LimitReader(orig, 8<<20))
	resp.Body = struct {
		io.Reader
		io.Closer
	}{io.MultiReader(bytes.NewReader(body), orig), orig}
	if err != nil {
		return
	}
	var u struct {
		Usage struct {
			Prompt     int `json:"prompt_tokens"`
			Completion int `json:"completion_tokens"`
		} `json:"usage"`
	}
	if json.Unmarshal(body, &u) != nil {
		return
	}
	t.m.ModelTokens.WithLabelValues(kind, "prompt").Add(float64(u.Usage.Prompt))
	t.m.ModelTokens.WithLabelValues(kind, "completion").Add(float64(u.Usage.Completion))
}

// modelHTTP returns the HTTP client for model servers: one feeding the
// metrics in serve, nil (the client library's default) otherwise.
func modelHTTP(env *Env) *http.Client {
	if env.metrics == nil {
		return nil
	}
	return &http.Client{Transport: modelTransport{base: http.DefaultTransport, m: env.metrics}}
}

// observedFeeds counts feed polls: the poller records every poll's result
// on the feed through UpdateFeedState.
type observedFeeds struct {
	ingest.FeedStore
	m *bot.Metrics
}

func (o observedFeeds) UpdateFeedState(ctx context.Context, f *newsbot.Feed) error {
	if f.LastError != "" {
		o.m.FeedPolls.WithLabelValues("failed").Inc()
	} else {
		o.m.FeedPolls.WithLabelValues("ok").Inc()
	}
	return o.FeedStore.UpdateFeedState(ctx, f)
}

// withMetrics returns a copy of env whose wiring feeds m, and registers
// the per-guild gauges of db on m.
func withMetrics(env *Env, db *store.DB, m *bot.Metrics) *Env {
	m.Registry().MustRegister(newGuildCollector(db.GuildSummaries))
	e := *env
	e.metrics = m
	return &e
}

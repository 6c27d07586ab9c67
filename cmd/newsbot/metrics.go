package main

import (
	"context"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/bot"
	"github.com/newsbot/newsbot/openai"
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

// observeModels returns the hook of the model clients (openai.Server's
// Observe) that feeds m: each request's latency by kind and result, the
// embeddings' latency, and the tokens the server reported.
func observeModels(m *bot.Metrics) func(openai.Observation) {
	return func(o openai.Observation) {
		result := "ok"
		if o.Err != nil {
			result = "failed"
		}
		d := o.Duration.Seconds()
		m.ModelRequests.WithLabelValues(o.Op, result).Observe(d)
		if o.Op == "embeddings" {
			m.Embedding.Observe(d)
		}
		m.ModelTokens.WithLabelValues(o.Op, "prompt").Add(float64(o.PromptTokens))
		m.ModelTokens.WithLabelValues(o.Op, "completion").Add(float64(o.CompletionTokens))
	}
}

// observedFeeds counts feed polls: the poller records every poll's result
// on the feed through UpdateFeedState.
type observedFeeds struct {
	newsbot.FeedStore
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
func withMetrics(env *Env, db newsbot.Backend, m *bot.Metrics) *Env {
	m.Registry().MustRegister(newGuildCollector(db.GuildSummaries))
	e := *env
	e.metrics = m
	return &e
}

package main

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/answer"
	"github.com/newsbot/newsbot/ingest"
	"github.com/newsbot/newsbot/retrieval"
)

// newRetriever returns the retriever configured by the environment:
// hybrid (BM25 + vectors) when NEWSBOT_EMBED_MODEL is set, keyword
// otherwise. NEWSBOT_NO_RECENCY=1 turns off the recency preference in
// every mode.
func newRetriever(env *Env, db newsbot.Backend) (*retrieval.Searcher, error) {
	s := &retrieval.Searcher{Store: db, NoRecency: envBool(env, "NEWSBOT_NO_RECENCY"), Logger: newLogger(env)}
	emb, err := newEmbedder(env)
	if err != nil {
		return nil, err
	}
	if emb != nil {
		s.Vectors, s.Embedder = db, emb
	}
	return s, nil
}

// newAnswerer returns the answerer configured by the environment:
// extractive unless an OpenAI-compatible server is configured
// (OPENAI_API_KEY or OPENAI_BASE_URL).
func newAnswerer(env *Env, db newsbot.Backend) (*answer.Service, error) {
	r, err := newRetriever(env, db)
	if err != nil {
		return nil, err
	}
	svc := &answer.Service{Store: db, Retriever: r, Conversations: db, Logger: newLogger(env)}
	chat, err := newChatModel(env)
	if err != nil {
		return nil, err
	}
	if chat != nil {
		svc.LLM = chat
	}
	return svc, nil
}

// envDuration reads a duration such as "45s" from the environment; unset
// is 0 (the default of whoever uses it).
func envDuration(env *Env, name string) (time.Duration, error) {
	v := strings.TrimSpace(env.Getenv(name))
	if v == "" {
		return 0, nil
	}
	d, err := time.ParseDuration(v)
	if err != nil || d <= 0 {
		return 0, newsbot.Errorf(newsbot.EINVALID, "%s=%q is not a duration: write it like 45s or 2m", name, v)
	}
	return d, nil
}

// newIngester returns the ingester configured by the environment. With an
// embedding model configured, new articles are embedded as they are added.
func newIngester(env *Env, db newsbot.Backend) *ingest.Ingester {
	ing := ingest.New(db)
	ing.Fetcher = newFetcher(env)
	if env.metrics != nil {
		ing.Observe = func(d time.Duration, _ error) { env.metrics.Ingest.Observe(d.Seconds()) }
	}
	emb, err := newEmbedder(env)
	if err != nil || emb == nil {
		return ing
	}
	ix := &retrieval.Indexer{Vectors: db, Embedder: emb}
	ing.Stored = func(ctx context.Context, guild string, id int64) {
		if err := ix.IndexArticle(ctx, guild, id); err != nil && env.logger != nil {
			env.logger.Warn("article stored but not embedded; run 'newsbot reindex' later", "guild", guild, "article", id, "err", err.Error())
		} else if err != nil {
			fmt.Fprintf(env.Stderr, "newsbot: article %d is stored but not embedded (%v); run 'newsbot reindex' later\n", id, err)
		}
	}
	return ing
}

// newLogger returns the logger for commands: warnings and errors to stderr
// as text, or everything as JSON when NEWSBOT_LOG=json. In serve it is
// serve's one JSON logger (env.logger).
func newLogger(env *Env) *slog.Logger { return newLoggerAt(env, slog.LevelWarn) }

// newLoggerAt is newLogger with another default level.
func newLoggerAt(env *Env, def slog.Level) *slog.Logger {
	if env.logger != nil {
		return env.logger
	}
	opts := &slog.HandlerOptions{Level: logLevel(env, def, func(msg string) {
		badLevelOnce.Do(func() { fmt.Fprintf(env.Stderr, "newsbot: %s\n", msg) })
	})}
	if env.Getenv("NEWSBOT_LOG") == "json" {
		return slog.New(slog.NewJSONHandler(env.Stderr, opts))
	}
	return slog.New(slog.NewTextHandler(env.Stderr, opts))
}

// newServeLogger returns serve's logger: JSON lines on stderr at
// NEWSBOT_LOG_LEVEL (default info).
func newServeLogger(env *Env) *slog.Logger {
	var bad string
	level := logLevel(env, slog.LevelInfo, func(msg string) { bad = msg })
	log := slog.New(slog.NewJSONHandler(env.Stderr, &slog.HandlerOptions{Level: level}))
	if bad != "" {
		log.Warn("configuration", "warning", bad) // as serve's other configuration warnings
	}
	return log
}

// logLevel reads NEWSBOT_LOG_LEVEL; a value that is not a level is
// reported through warn and def is used.
func logLevel(env *Env, def slog.Level, warn func(string)) slog.Level {
	lvl := strings.TrimSpace(env.Getenv("NEWSBOT_LOG_LEVEL"))
	if lvl == "" {
		return def
	}
	l, ok := parseLevel(lvl)
	if !ok {
		warn(fmt.Sprintf("NEWSBOT_LOG_LEVEL=%q is not a level; write debug, info, warn or error (using %s)", lvl, strings.ToLower(def.String())))
		return def
	}
	return l
}

// badLevelOnce keeps a wrong NEWSBOT_LOG_LEVEL to one warning per process,
// however many loggers a command builds.
var badLevelOnce sync.Once

// parseLevel reads a log level name (debug, info, warn, error); ok is
// false for anything else.
func parseLevel(s string) (l slog.Level, ok bool) {
	if err := l.UnmarshalText([]byte(strings.ToUpper(s))); err != nil {
		return slog.LevelWarn, false
	}
	return l, true
}

var _ newsbot.Answerer = (*answer.Service)(nil)

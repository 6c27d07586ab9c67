package main

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"time"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/bot"
	"github.com/newsbot/newsbot/chrono"
	"github.com/newsbot/newsbot/ingest"
	"github.com/newsbot/newsbot/retrieval/claims"
	"github.com/newsbot/newsbot/retrieval/timeexpr"
)

func init() {
	commands["serve"] = command{
		usage: "serve [--http ADDR] [--shard-id N --shard-count M]",
		help:  "run the Discord bot (needs DISCORD_TOKEN; see docs/discord.md)",
		run:   runServe,
	}
}

func runServe(ctx context.Context, env *Env, args []string) error {
	fs, g := newFlagSet(env, "serve")
	httpAddr := fs.String("http", env.Getenv("NEWSBOT_HTTP"), "`address` for /healthz, /readyz and /metrics, e.g. :9090 (default $NEWSBOT_HTTP; empty: off)")
	shardID := fs.Int("shard-id", 0, "this process's shard `id` (with --shard-count)")
	shardCount := fs.Int("shard-count", 1, "number of shards; 0 runs every shard Discord recommends in this process")
	prefix := fs.Bool("prefix-commands", envBool(env, "NEWSBOT_PREFIX_COMMANDS"), "answer chat commands like '!news question' (needs the privileged message-content intent; default $NEWSBOT_PREFIX_COMMANDS)")
	register := fs.Bool("register", true, "register the slash commands at start (bulk overwrite: idempotent)")
	perMin := fs.Float64("questions-per-minute", envFloat(env, "NEWSBOT_QUESTIONS_PER_MINUTE", 6), "questions each user may ask per minute in a server")
	burst := fs.Int("question-burst", int(envFloat(env, "NEWSBOT_QUESTION_BURST", 3)), "questions a user may ask at once before the rate applies")
	conc := fs.Int("guild-concurrency", int(envFloat(env, "NEWSBOT_GUILD_CONCURRENCY", 4)), "language-model calls at once per server; other questions queue for them (extractive answers never wait)")
	maxUpload := fs.Int64("max-upload", int64(envFloat(env, "NEWSBOT_MAX_UPLOAD", 2<<20)), "largest attached article file, in bytes")
	pollFeeds := fs.Bool("poll-feeds", true, "poll the followed feeds in the background (with SQLite only the process of shard 0 does; with PostgreSQL every process, each feed under a lease)")
	answerTimeout := fs.Duration("answer-timeout", 90*time.Second, "longest time an answer may take before the user is told to retry")
	grace := fs.Duration("shutdown-grace", 8*time.Second, "on SIGTERM, how long answers in flight may finish before their askers are told to ask again")
	if pos, err := parseArgs(fs, args); err != nil {
		return err
	} else if err := noArgs("serve", pos, "give the address of /healthz, /readyz and /metrics with --http, e.g. --http 127.0.0.1:9090"); err != nil {
		return err
	}
	// Every line serve writes is JSON through this one logger: its own,
	// the answerer's and retrieval's, the feed poller's and discordgo's.
	log := newServeLogger(env)
	env.logger = log
	bot.LogDiscordgoTo(log)
	for _, w := range env.varWarnings {
		log.Warn("configuration", "warning", w)
	}
	hour, err := digestHour(env)
	if err != nil {
		return err
	}
	token := env.Getenv("DISCORD_TOKEN")
	if token == "" {
		return newsbot.Errorf(newsbot.EINVALID, "DISCORD_TOKEN is not set: create a bot in the Discord developer portal, copy its token into DISCORD_TOKEN (or .env), and see docs/discord.md")
	}
	bot.SetAPIURL(env.Getenv("DISCORD_API_URL"))
	db, err := openStore(ctx, g)
	if err != nil {
		return err
	}
	defer db.Close()
	metrics := bot.NewMetrics()
	env = withMetrics(env, db, metrics)
	answerer, err := newAnswerer(env, db)
	if err != nil {
		return err
	}
	// The bot passes each thread's history and records its turns itself
	// (newsbot.GuildStore); the service must not record them a second time.
	answerer.Conversations = nil
	logBackends(ctx, env, log, answerer, true)
	// One poller serves /feed add (with a first poll at once) and the
	// background polling, so that one process never polls a feed twice.
	poller := newPoller(env, db)
	poller.Logger = log
	feeds := &botFeeds{ctx: ctx, poller: poller, db: db}
	b, err := bot.New(bot.Config{
		Answerer: answerer, Articles: db, Guilds: db, Feeds: feeds,
		Adder:     &botAdder{env: env, ing: newIngester(env, db)},
		Claims:    &claims.Service{Store: db},
		Chronicle: &chrono.Service{Store: db}, ParseSince: timeexpr.ParseSince, Digests: db,
		Logger: log, Metrics: metrics, PrefixCommands: *prefix,
		QuestionsPerMinute: *perMin, QuestionBurst: *burst, GuildConcurrency: *conc, MaxUpload: *maxUpload,
		AnswerTimeout: *answerTimeout,
	})
	if err != nil {
		return err
	}
	if *httpAddr != "" {
		stop, err := serveHTTP(*httpAddr, metrics.Handler(metrics.GatewayCheck(), bot.ReadyCheck{Name: "store", Check: db.Ping}), log)
		if err != nil {
			return err
		}
		defer stop()
	}
	poller.Announce = announcer(b, db, log)
	if *shardID == 0 {
		go postDailyDigests(ctx, hour, b.PostDigests, log)
	}
	feeds.pollNew = *pollFeeds && (*shardID == 0 || leasesFeeds(db))
	feeds.leased = leasesFeeds(db)
	if feeds.pollNew {
		go poller.Run(ctx)
	}
	return b.Run(ctx, bot.RunOptions{
		Token: token, GuildID: env.Getenv("DISCORD_GUILD_ID"),
		ShardID: *shardID, ShardCount: *shardCount,
		MessageContent: *prefix, SkipRegister: !*register, ShutdownGrace: *grace,
	})
}

// serveHTTP serves /healthz, /readyz and /metrics on addr until stop is called.
func serveHTTP(addr string, h http.Handler, log *slog.Logger) (stop func(), err error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, newsbot.Errorf(newsbot.EINVALID, "cannot listen on --http %s: %v; give a free HOST:PORT such as 127.0.0.1:9090 or :9090 (or NEWSBOT_HTTP)", addr, err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second, ErrorLog: slog.NewLogLogger(log.Handler(), slog.LevelWarn)}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("http server", "err", err)
		}
	}()
	log.Info("http listening", "addr", ln.Addr().String())
	return func() {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
	}, nil
}

// botFeeds adapts the feed poller and the store to bot.Feeds.
type botFeeds struct {
	ctx     context.Context // serve's: background polls stop with it
	poller  *ingest.Poller
	db      newsbot.Backend
	pollNew bool // poll a new feed at once (this process polls feeds)
	leased  bool // the store leases feeds: poll a new one through its lease
}

func (f *botFeeds) AddFeed(ctx context.Context, guild, url string, interval time.Duration, channel, addedBy string) (*newsbot.Feed, error) {
	feed, err := f.poller.AddFeed(ctx, guild, url, interval, channel, addedBy)
	switch {
	case err != nil || !f.pollNew:
	case f.leased:
		go f.poller.PollOnce(f.ctx) // the new feed is due: polled under its lease
	default:
		go f.poller.PollFeed(f.ctx, feed)
	}
	return feed, err
}

func (f *botFeeds) RemoveFeed(ctx context.Context, guild string, id int64) error {
	return f.poller.RemoveFeed(ctx, guild, id)
}

func (f *botFeeds) Feeds(ctx context.Context, guild string) ([]newsbot.Feed, error) {
	return f.db.Feeds(ctx, guild)
}

// announcer posts each article added from a feed in the feed's channel.
func announcer(b *bot.Bot, db newsbot.Backend, log *slog.Logger) func(context.Context, ingest.Announcement) {
	return func(ctx context.Context, a ingest.Announcement) {
		if a.Feed.Channel == "" || a.Result.DuplicateOf != 0 {
			return
		}
		art, err := db.Article(ctx, a.Feed.Guild, a.Result.ID)
		if err == nil {
			err = b.Announce(ctx, a.Feed.Channel, art)
		}
		if err != nil {
			log.Warn("announce feed article", "guild", a.Feed.Guild, "feed", a.Feed.ID, "article", a.Result.ID, "err", err)
		}
	}
}

// botAdder adapts package ingest to bot.Adder.
type botAdder struct {
	env *Env
	ing *ingest.Ingester
}

func (a *botAdder) AddText(ctx context.Context, guild, text string, m bot.Meta) (*bot.AddResult, error) {
	return a.AddFile(ctx, guild, "pasted.txt", []byte(text), m)
}

func (a *botAdder) AddFile(ctx context.Context, guild, name string, data []byte, m bot.Meta) (*bot.AddResult, error) {
	r, err := a.ing.AddReader(ctx, guild, name, bytes.NewReader(data), ingestMeta(m))
	return addResult(r, err)
}

func (a *botAdder) AddURL(ctx context.Context, guild, url string, m bot.Meta) (*bot.AddResult, error) {
	r, err := addURL(ctx, a.env, a.ing, guild, url, ingestMeta(m))
	return addResult(r, feedHint(err, "follow it with `/feed add`"))
}

func ingestMeta(m bot.Meta) ingest.Meta {
	return ingest.Meta{Title: m.Title, URL: m.URL, AddedBy: m.AddedBy}
}

func addResult(r *ingest.Result, err error) (*bot.AddResult, error) {
	if err != nil {
		return nil, err
	}
	return &bot.AddResult{ID: r.ID, Title: r.Title, Chunks: r.Chunks, Claims: r.Claims, DuplicateOf: r.DuplicateOf}, nil
}

func envBool(env *Env, name string) bool {
	v, _ := strconv.ParseBool(env.Getenv(name))
	return v
}

func envFloat(env *Env, name string, def float64) float64 {
	if v, err := strconv.ParseFloat(env.Getenv(name), 64); err == nil && v > 0 {
		return v
	}
	return def
}

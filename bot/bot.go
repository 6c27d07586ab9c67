// Package bot is the Discord adapter of newsbot: it registers the slash
// commands, routes interactions and messages to handlers, acknowledges
// every interaction at once, checks moderators, applies rate limits and
// renders answers with their attributed quotes into Discord messages.
//
// It talks to the rest of newsbot only through the root interfaces
// (newsbot.Answerer, newsbot.ArticleStore) and the small interfaces below;
// cmd/newsbot wires the real implementations.
package bot

import (
	"context"
	"log/slog"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/newsbot/newsbot"
)

// Meta is what a moderator gives with a new article.
type Meta struct {
	Title   string
	URL     string
	AddedBy string // Discord user id
}

// AddResult is what adding one article reports.
type AddResult struct {
	ID          int64
	Title       string
	Chunks      int
	Claims      int
	DuplicateOf int64
}

// Adder ingests articles into a guild. Implementations return EINVALID
// errors for bad input (empty, binary, too large, unreachable or private
// URLs) and store nothing in that case. Safe for concurrent use.
type Adder interface {
	AddText(ctx context.Context, guild, text string, m Meta) (*AddResult, error)
	AddFile(ctx context.Context, guild, name string, data []byte, m Meta) (*AddResult, error)
	AddURL(ctx context.Context, guild, url string, m Meta) (*AddResult, error)
}

// Conflict is two claims by different speakers that look incompatible.
type Conflict = newsbot.Disagreement

// Config holds what a Bot needs. Answerer, Articles, Adder and Guilds are
// required; the rest have defaults.
type Config struct {
	Answerer newsbot.Answerer
	Articles newsbot.ArticleStore
	Adder    Adder
	Guilds   newsbot.GuildStore
	// Feeds enables the /feed commands; optional.
	Feeds Feeds

	// Claims answers /who-said: the same service as 'newsbot claims'
	// (retrieval/claims), so both give the same statements. Optional:
	// without it /who-said says it is not available.
	Claims newsbot.ClaimService

	// Chronicle enables /timeline, /digest and /article history (package
	// chrono); optional. ParseSince reads /digest's window, "24h" or
	// "2026-03-09" (timeexpr.ParseSince); default: a Go duration.
	Chronicle  newsbot.Chronicle
	ParseSince func(s string, now time.Time) (time.Time, error)
	// Digests enables /settings digest-channel and PostDigests; optional.
	Digests newsbot.DigestChannels

	Logger  *slog.Logger
	Metrics *Metrics
	// HTTPClient downloads attachments (default: a client with a 30 s timeout).
	HTTPClient *http.Client
	// PrefixCommands enables chat commands ("!news question"); the gateway
	// connection must then ask for the message-content intent.
	PrefixCommands bool

	QuestionsPerMinute float64       // per user and guild; default 6
	QuestionBurst      int           // default 3
	GuildConcurrency   int           // LLM calls at once per guild; default 4
	MaxQuestion        int           // characters; default 500
	MaxUpload          int64         // attachment bytes; default 2 MiB
	AnswerTimeout      time.Duration // default 90 s
	HistoryTurns       int           // thread turns given to the answerer; default 6
	Now                func() time.Time
}

// Bot serves Discord events. Create it with New; it is safe for concurrent
// use, as discordgo calls handlers from many goroutines.
type Bot struct {
	cfg    Config
	log    *slog.Logger
	router *Router
	limits *limits

	mu     sync.RWMutex
	userID string  // the bot's own user id, known after READY
	rest   Session // a connected session, for announcements

	inflight sync.WaitGroup
	closing  atomic.Bool // set by Run at shutdown
	// answersStop is cancelled by StopAnswers when the shutdown grace
	// period is over: answers still waiting for the answerer (a slow or
	// hanging LLM) stop, and their askers are told to ask again.
	answersStop   context.Context
	cancelAnswers context.CancelFunc
}

// New returns a Bot, or an EINVALID error when a required part is missing.
func New(cfg Config) (*Bot, error) {
	if cfg.Answerer == nil || cfg.Articles == nil || cfg.Adder == nil || cfg.Guilds == nil {
		return nil, newsbot.Errorf(newsbot.EINVALID, "bot: Answerer, Articles, Adder and Guilds are required")
	}
	setDefaults(&cfg)
	b := &Bot{cfg: cfg, log: cfg.Logger}
	b.answersStop, b.cancelAnswers = context.WithCancel(context.Background())
	b.limits = newLimits(cfg.QuestionsPerMinute, cfg.QuestionBurst, cfg.GuildConcurrency, cfg.Now)
	cfg.Metrics.SetQueueDepth(b.limits.waiting)
	b.router = b.routes()
	return b, nil
}

func setDefaults(c *Config) {
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	if c.Metrics == nil {
		c.Metrics = NewMetrics()
	}
	if c.HTTPClient == nil {
		c.HTTPClient = &http.Client{Timeout: 30 * time.Second}
	}
	if c.QuestionsPerMinute <= 0 {
		c.QuestionsPerMinute = 6
	}
	if c.QuestionBurst <= 0 {
		c.QuestionBurst = 3
	}
	if c.GuildConcurrency <= 0 {
		c.GuildConcurrency = 4
	}
	if c.MaxQuestion <= 0 {
		c.MaxQuestion = 500
	}
	if c.MaxUpload <= 0 {
		c.MaxUpload = 2 << 20
	}
	if c.AnswerTimeout <= 0 {
		c.AnswerTimeout = 90 * time.Second
	}
	if c.HistoryTurns <= 0 {
		c.HistoryTurns = 6
	}
	if c.Now == nil {
		c.Now = time.Now
	}
}

// SetUserID tells the bot its own user id (from READY), so that it knows
// mentions of itself and ignores its own messages.
func (b *Bot) SetUserID(id string) {
	b.mu.Lock()
	b.userID = id
	b.mu.Unlock()
}

func (b *Bot) selfID() string {
	b.mu.RLock()
	defer b.mu.RUnlock()
	return b.userID
}

// StopAnswers stops the answers in flight: each asker is told that newsbot
// is restarting and to ask again, instead of waiting for an answer that
// never comes. Run calls it when the shutdown grace period is over.
func (b *Bot) StopAnswers() { b.cancelAnswers() }

// Wait blocks until every handler in flight has returned or ctx is done.
func (b *Bot) Wait(ctx context.Context) error {
	done := make(chan struct{})
	go func() { b.inflight.Wait(); close(done) }()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

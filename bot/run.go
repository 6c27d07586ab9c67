package bot

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/newsbot/newsbot"
)

// RunOptions configure the gateway connection of Run.
type RunOptions struct {
	Token string // bot token, required
	// GuildID registers the commands to one guild (development) instead of
	// globally.
	GuildID string
	// ShardID and ShardCount select one shard; ShardCount 0 runs every shard
	// Discord recommends in this process, one session each.
	ShardID, ShardCount int
	// MessageContent asks for the privileged message-content intent (needed
	// for prefix chat commands and for thread follow-ups without a mention).
	MessageContent bool
	// SkipRegister leaves the registered commands alone.
	SkipRegister bool
	// ShutdownGrace bounds how long in-flight answers may finish at shutdown
	// (default 8 s, so that with the 3 s to tell their askers the process
	// exits within the 10 s most process managers wait after SIGTERM).
	ShutdownGrace time.Duration
	// StartBackoff is the first wait before retrying to reach Discord at
	// start (doubled after each failure, up to a minute); default 1 s.
	StartBackoff time.Duration
}

// Run connects to the gateway, registers the commands and serves events
// until ctx is done; then it stops taking events, lets in-flight handlers
// finish within the grace period and closes the sessions. discordgo
// reconnects (and resumes) by itself after network failures; at start,
// Run retries with backoff while Discord cannot be reached (logging each
// failure) and registers the commands in the background, with retries. Run
// returns an EINVALID error without a token and when Discord refuses the
// token, the intents or the shard count.
func (b *Bot) Run(ctx context.Context, o RunOptions) error {
	if o.Token == "" {
		return newsbot.Errorf(newsbot.EINVALID, "DISCORD_TOKEN is not set: create a bot in the Discord developer portal and put its token in DISCORD_TOKEN (see docs/discord.md)")
	}
	if o.ShutdownGrace <= 0 {
		o.ShutdownGrace = 8 * time.Second
	}
	shards, count, err := b.shards(o)
	if err != nil {
		return err
	}
	var sessions []*discordgo.Session
	defer func() {
		b.closing.Store(true)
		closeAll(sessions)
	}()
	var connected sync.Map
	for _, id := range shards {
		s, err := b.session(o, id, count, &connected)
		if err != nil {
			return err
		}
		if err := b.openWithRetry(ctx, s, o, id, count); err != nil {
			return err
		} else if ctx.Err() != nil {
			// stopped while waiting for Discord: the last line says so, as
			// "shutting down" does for a bot that was serving
			b.log.Info("stopped before connecting to the Discord gateway", "shard", id)
			return nil
		}
		sessions = append(sessions, s)
		if s.State != nil && s.State.User != nil {
			b.SetUserID(s.State.User.ID)
		}
		b.mu.Lock()
		if b.rest == nil {
			b.rest = s
		}
		b.mu.Unlock()
	}
	if !o.SkipRegister && (len(shards) > 0 && shards[0] == 0) {
		go b.registerWithRetry(ctx, sessions[0], o)
	}
	b.log.Info("serving", "shards", shards, "shard_count", count)
	<-ctx.Done()
	b.log.Info("shutting down: closing the gateway, finishing answers in flight")
	b.closing.Store(true)
	closeAll(sessions) // each close waits a second for the gateway
	sessions = nil
	b.cfg.Metrics.SetConnected(0)
	grace, cancel := context.WithTimeout(context.Background(), o.ShutdownGrace)
	defer cancel()
	if err := b.Wait(grace); err != nil {
		// Answers still waiting for the answerer stop now; their askers
		// are told to ask again rather than left with "thinking…".
		b.log.Warn("shutdown grace period over: stopping the answers in flight", "grace", o.ShutdownGrace)
		b.StopAnswers()
		final, cancel := context.WithTimeout(context.Background(), 3*time.Second)
		defer cancel()
		if err := b.Wait(final); err != nil {
			b.log.Warn("answers still in flight at shutdown were abandoned")
		}
	}
	return nil
}

// shards returns the shard ids to run and the shard count.
func (b *Bot) shards(o RunOptions) ([]int, int, error) {
	if o.ShardCount < 0 || (o.ShardCount > 0 && (o.ShardID < 0 || o.ShardID >= o.ShardCount)) {
		return nil, 0, newsbot.Errorf(newsbot.EINVALID, "--shard-id must be between 0 and --shard-count-1 (got %d of %d)", o.ShardID, o.ShardCount)
	}
	if o.ShardCount > 0 {
		return []int{o.ShardID}, o.ShardCount, nil
	}
	probe, err := discordgo.New("Bot " + o.Token)
	if err != nil {
		return nil, 0, err
	}
	gb, err := probe.GatewayBot()
	if err != nil || gb.Shards < 1 {
		return []int{0}, 1, nil //nolint: the recommendation is optional
	}
	ids := make([]int, gb.Shards)
	for k := range ids {
		ids[k] = k
	}
	return ids, gb.Shards, nil
}

// session returns a session for one shard with the bot's handlers.
func (b *Bot) session(o RunOptions, shard, count int, connected *sync.Map) (*discordgo.Session, error) {
	s, err := discordgo.New("Bot " + o.Token)
	if err != nil {
		return nil, fmt.Errorf("discord session: %w", err)
	}
	s.ShardID, s.ShardCount = shard, count
	s.Identify.Intents = Intents(o.MessageContent)
	s.ShouldReconnectOnError = true
	s.StateEnabled = true
	count1 := func() {
		n := 0
		connected.Range(func(_, v any) bool {
			if v.(bool) {
				n++
			}
			return true
		})
		b.cfg.Metrics.SetConnected(n)
	}
	s.AddHandler(func(s *discordgo.Session, r *discordgo.Ready) {
		if r.User != nil {
			b.SetUserID(r.User.ID)
		}
		connected.Store(shard, true)
		count1()
		b.log.Info("gateway ready", "shard", shard, "guilds", len(r.Guilds))
	})
	s.AddHandler(func(s *discordgo.Session, _ *discordgo.Resumed) { connected.Store(shard, true); count1() })
	s.AddHandler(func(s *discordgo.Session, _ *discordgo.Disconnect) {
		connected.Store(shard, false)
		count1()
		if !b.closing.Load() {
			b.log.Warn("gateway disconnected; discordgo reconnects", "shard", shard)
		}
	})
	s.AddHandler(func(s *discordgo.Session, i *discordgo.InteractionCreate) {
		if i.Interaction != nil && i.Data == nil && i.Type == discordgo.InteractionModalSubmit {
			return // undecodable modal: recovered from the raw event below
		}
		b.HandleInteraction(s, i.Interaction)
	})
	s.AddHandler(func(s *discordgo.Session, e *discordgo.Event) {
		if e.Type != "INTERACTION_CREATE" {
			return
		}
		if ic, ok := e.Struct.(*discordgo.InteractionCreate); ok && ic.Interaction != nil && ic.Data == nil && ic.Type == discordgo.InteractionModalSubmit {
			if i := decodeLenient(e.RawData); i != nil {
				b.HandleInteraction(s, i)
			}
		}
	})
	s.AddHandler(func(s *discordgo.Session, m *discordgo.MessageCreate) { b.HandleMessage(s, m.Message) })
	return s, nil
}

// appID returns the application id learned from READY.
func appID(s *discordgo.Session) string {
	if s.State != nil {
		s.State.RLock()
		defer s.State.RUnlock()
		if s.State.Application != nil && s.State.Application.ID != "" {
			return s.State.Application.ID
		}
		if s.State.User != nil {
			return s.State.User.ID
		}
	}
	return ""
}

func closeAll(sessions []*discordgo.Session) {
	var wg sync.WaitGroup
	for _, s := range sessions {
		wg.Add(1)
		go func() { defer wg.Done(); _ = s.Close() }()
	}
	wg.Wait()
}

// gatewayError explains the gateway's refusals an operator can fix.
func gatewayError(err error, shard, count int) error {
	msg := err.Error()
	switch {
	case strings.Contains(msg, "4004") || strings.Contains(msg, "401"):
		return &newsbot.Error{Code: newsbot.EINVALID, Err: err,
			Message: "Discord refused the bot token: copy the token again from the developer portal (Bot > Reset Token) into DISCORD_TOKEN"}
	case strings.Contains(msg, "4014"):
		return &newsbot.Error{Code: newsbot.EINVALID, Err: err,
			Message: "Discord refused the Message Content intent: enable it in the developer portal (Bot > Privileged Gateway Intents), or turn chat commands off (NEWSBOT_PREFIX_COMMANDS)"}
	case strings.Contains(msg, "4011"):
		return &newsbot.Error{Code: newsbot.EINVALID, Err: err,
			Message: "Discord requires sharding for this bot: run with --shard-count 0 (every recommended shard) or --shard-id/--shard-count"}
	}
	return fmt.Errorf("connect to the Discord gateway (shard %d/%d): %w", shard, count, err)
}

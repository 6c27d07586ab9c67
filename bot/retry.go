package bot

import (
	"context"
	"errors"
	"math/rand/v2"
	"net/http"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/newsbot/newsbot"
)

// Waits between attempts to reach Discord at start: doubled after each
// failure, up to maxStartBackoff.
const (
	defaultStartBackoff = time.Second
	maxStartBackoff     = time.Minute
	// registerAttempts bounds the retries of command registration, which is
	// not needed to serve (the commands registered before keep working).
	registerAttempts = 6
)

// openWithRetry opens the shard's gateway connection, retrying with
// backoff while Discord cannot be reached or answers with a server error,
// and saying so in the log. A refusal an operator must fix (token,
// intents, sharding) is returned at once; so is ctx's end, as nil.
func (b *Bot) openWithRetry(ctx context.Context, s *discordgo.Session, o RunOptions, shard, count int) error {
	wait := o.startBackoff()
	for attempt := 1; ; attempt++ {
		err := s.Open()
		if err == nil {
			if attempt > 1 {
				b.log.Info("connected to the Discord gateway", "shard", shard, "attempts", attempt)
			}
			return nil
		}
		gerr := gatewayError(err, shard, count)
		if newsbot.ErrorCode(gerr) == newsbot.EINVALID {
			return gerr
		}
		b.log.Warn("cannot connect to the Discord gateway; retrying", "shard", shard, "attempt", attempt, "retry_in", wait.String(), "err", err.Error())
		if !sleep(ctx, jitter(wait)) {
			return nil
		}
		wait = min(2*wait, maxStartBackoff)
	}
}

// registerWithRetry registers the commands, retrying a few times with
// backoff when Discord cannot be reached or answers with a server error.
// A failure is logged, not fatal: the commands registered before keep
// working, and interactions and mentions are served.
func (b *Bot) registerWithRetry(ctx context.Context, s *discordgo.Session, o RunOptions) {
	wait := o.startBackoff()
	for attempt := 1; ; attempt++ {
		err := RegisterCommands(ctx, s, appID(s), o.GuildID)
		switch {
		case err == nil:
			b.log.Info("commands registered", "guild", o.GuildID, "count", len(Commands()), "attempts", attempt)
			return
		case ctx.Err() != nil:
			return
		case !transient(err) || attempt == registerAttempts:
			b.log.Error("command registration failed; serving the commands registered before", "app", appID(s), "guild", o.GuildID, "attempts", attempt, "err", err.Error())
			return
		}
		b.log.Warn("command registration failed; retrying", "attempt", attempt, "retry_in", wait.String(), "err", err.Error())
		if !sleep(ctx, jitter(wait)) {
			return
		}
		wait = min(2*wait, maxStartBackoff)
	}
}

// transient reports whether a REST error may go away by itself: no answer,
// a server error or a rate limit, as opposed to a refusal.
func transient(err error) bool {
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Response != nil {
		return re.Response.StatusCode >= 500 || re.Response.StatusCode == http.StatusTooManyRequests
	}
	return true
}

func (o RunOptions) startBackoff() time.Duration {
	if o.StartBackoff > 0 {
		return o.StartBackoff
	}
	return defaultStartBackoff
}

// jitter adds up to a quarter of d, so that many shards or processes do
// not retry in step.
func jitter(d time.Duration) time.Duration { return d + rand.N(d/4+1) }

// sleep waits d, or returns false when ctx ends first.
func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}

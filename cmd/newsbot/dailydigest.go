package main

import (
	"context"
	"log/slog"
	"strconv"
	"strings"
	"time"

	"github.com/newsbot/newsbot"
)

// digestHour reads NEWSBOT_DIGEST_HOUR, the hour (UTC, 0-23) at which
// daily digests are posted; default 8.
func digestHour(env *Env) (int, error) {
	v := strings.TrimSpace(env.Getenv("NEWSBOT_DIGEST_HOUR"))
	if v == "" {
		return 8, nil
	}
	h, err := strconv.Atoi(v)
	if err != nil || h < 0 || h > 23 {
		return 0, newsbot.Errorf(newsbot.EINVALID, "NEWSBOT_DIGEST_HOUR=%q is not an hour: write a number from 0 to 23 (UTC)", v)
	}
	return h, nil
}

// nextAt returns the next time at hour:00 UTC after now.
func nextAt(now time.Time, hour int) time.Time {
	now = now.UTC()
	t := time.Date(now.Year(), now.Month(), now.Day(), hour, 0, 0, 0, time.UTC)
	if !t.After(now) {
		t = t.AddDate(0, 0, 1)
	}
	return t
}

// postDailyDigests calls post once a day at hour:00 UTC with the start of
// the day before, until ctx ends.
func postDailyDigests(ctx context.Context, hour int, post func(ctx context.Context, since time.Time) error, log *slog.Logger) {
	for {
		at := nextAt(time.Now(), hour)
		select {
		case <-ctx.Done():
			return
		case <-time.After(time.Until(at)):
		}
		if err := post(ctx, at.Add(-24*time.Hour)); err != nil && ctx.Err() == nil {
			log.Warn("daily digests", "err", err)
		}
	}
}

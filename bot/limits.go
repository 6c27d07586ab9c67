package bot

import (
	"sync"
	"time"

	"github.com/newsbot/newsbot"
	"golang.org/x/time/rate"
)

// limits holds the per-user question rate limiters and the per-guild
// semaphores bounding concurrent answer (LLM) calls. Safe for concurrent use.
type limits struct {
	perMinute float64
	burst     int
	perGuild  int
	now       func() time.Time

	mu     sync.Mutex
	users  map[string]*userLimit
	guilds map[string]int
	dms    map[string]time.Time // last explanation sent to a user in DMs
}

type userLimit struct {
	lim  *rate.Limiter
	last time.Time
}

func newLimits(perMinute float64, burst, perGuild int, now func() time.Time) *limits {
	return &limits{perMinute: perMinute, burst: burst, perGuild: perGuild, now: now,
		users: map[string]*userLimit{}, guilds: map[string]int{}, dms: map[string]time.Time{}}
}

// allowQuestion takes one token from the user's bucket in the guild, or
// returns an ETOOMANY error saying when to retry.
func (l *limits) allowQuestion(guild, user string) error {
	now := l.now()
	l.mu.Lock()
	defer l.mu.Unlock()
	key := guild + "/" + user
	u, ok := l.users[key]
	if !ok {
		if len(l.users) > 10000 {
			l.prune(now)
		}
		u = &userLimit{lim: rate.NewLimiter(rate.Limit(l.perMinute/60), l.burst)}
		l.users[key] = u
	}
	u.last = now
	r := u.lim.ReserveN(now, 1)
	if d := r.DelayFrom(now); d > 0 {
		r.CancelAt(now)
		secs := int(d.Seconds() + 0.999)
		return newsbot.Errorf(newsbot.ETOOMANY, "You're asking questions faster than I can answer them. Please try again in %d second%s.", secs, plural(secs))
	}
	return nil
}

// prune drops limiters unused for ten minutes (they are full again).
func (l *limits) prune(now time.Time) {
	for k, u := range l.users {
		if now.Sub(u.last) > 10*time.Minute {
			delete(l.users, k)
		}
	}
}

// acquireGuild takes one of the guild's answer slots, or returns an
// EUNAVAIL error when all are busy. Call the returned func to release it.
func (l *limits) acquireGuild(guild string) (func(), error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.guilds[guild] >= l.perGuild {
		return nil, newsbot.Errorf(newsbot.EUNAVAIL, "I'm answering %d questions in this server already. Please try again in about 30 seconds.", l.perGuild)
	}
	l.guilds[guild]++
	var once sync.Once
	return func() {
		once.Do(func() {
			l.mu.Lock()
			l.guilds[guild]--
			if l.guilds[guild] <= 0 {
				delete(l.guilds, guild)
			}
			l.mu.Unlock()
		})
	}, nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// allowDM reports whether a user may get the direct-message explanation
// again: once an hour, so that DMs cannot make the bot spam.
func (l *limits) allowDM(user string) bool {
	now := l.now()
	l.mu.Lock()
	defer l.mu.Unlock()
	if last, ok := l.dms[user]; ok && now.Sub(last) < time.Hour {
		return false
	}
	if len(l.dms) > 10000 {
		for u, t := range l.dms {
			if now.Sub(t) >= time.Hour {
				delete(l.dms, u)
			}
		}
	}
	l.dms[user] = now
	return true
}

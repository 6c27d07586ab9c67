package bot

import (
	"errors"
	"sync"
	"time"

	"github.com/newsbot/newsbot"
	"golang.org/x/time/rate"
)

// limits holds the per-user question rate limiters, the per-guild bound on
// questions in flight, and the per-guild model slots that questions queue
// for (see queue.go). Safe for concurrent use.
type limits struct {
	perMinute float64
	burst     int
	perGuild  int           // model calls at once per guild
	queueCap  int           // questions admitted at once per guild
	maxWait   time.Duration // longest wait for a model slot
	now       func() time.Time

	mu     sync.Mutex
	users  map[string]*userLimit
	guilds map[string]*guildQueue
	dms    map[string]time.Time // last explanation sent to a user in DMs
}

type userLimit struct {
	lim     *rate.Limiter
	last    time.Time
	noticed time.Time // last rate-limit notice sent to the user
}

// noticeWindow is how long a user told of the rate limit is not told again:
// further refused questions get a reaction only.
const noticeWindow = time.Minute

// errQuiet marks a rate-limit refusal the user was told about less than
// noticeWindow ago: it gets a reaction, not a message.
var errQuiet = errors.New("rate limit notice already sent")

func newLimits(perMinute float64, burst, perGuild int, now func() time.Time) *limits {
	return &limits{perMinute: perMinute, burst: burst, perGuild: perGuild, queueCap: 8 * perGuild, maxWait: 30 * time.Second,
		now: now, users: map[string]*userLimit{}, guilds: map[string]*guildQueue{}, dms: map[string]time.Time{}}
}

// allowQuestion takes one token from the user's bucket in the guild, or
// returns an ETOOMANY error saying when to retry. Within noticeWindow of
// the last such error, the error wraps errQuiet.
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
	d := r.DelayFrom(now)
	if d <= 0 {
		return nil
	}
	r.CancelAt(now)
	secs := int(d.Seconds() + 0.999)
	err := &newsbot.Error{Code: newsbot.ETOOMANY, Message: "You're asking questions faster than I can answer them. Please try again in " + itoa(secs) + " second" + plural(secs) + "."}
	if !u.noticed.IsZero() && now.Sub(u.noticed) < noticeWindow {
		err.Err = errQuiet
		return err
	}
	u.noticed = now
	return err
}

// prune drops limiters unused for ten minutes (they are full again).
func (l *limits) prune(now time.Time) {
	for k, u := range l.users {
		if now.Sub(u.last) > 10*time.Minute {
			delete(l.users, k)
		}
	}
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
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

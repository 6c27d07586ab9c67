package bot

import (
	"context"
	"slices"
	"sync"
	"time"

	"github.com/newsbot/newsbot"
)

// Questions are queued, not refused. A guild admits up to queueCap
// questions at once (beyond that, askers are told to come back in a
// minute). An admitted question is answered at once; when its answer needs
// the language model, it waits in the guild's queue for one of perGuild
// model slots, first come first served, and is told its place. A slot is
// held only for the model call itself and freed the moment that call
// returns, answered, failed or timed out; extractive answers never take
// one.

// guildQueue is the state of one guild's questions.
type guildQueue struct {
	admitted int             // questions admitted and not finished
	busy     int             // model slots in use
	waiting  []chan struct{} // questions waiting for a model slot, oldest first
}

// queue returns the guild's queue, creating it. l.mu must be held.
func (l *limits) queue(guild string) *guildQueue {
	q := l.guilds[guild]
	if q == nil {
		q = &guildQueue{}
		l.guilds[guild] = q
	}
	return q
}

// tidy forgets an idle guild's queue. l.mu must be held.
func (l *limits) tidy(guild string, q *guildQueue) {
	if q.admitted <= 0 && q.busy <= 0 && len(q.waiting) == 0 {
		delete(l.guilds, guild)
	}
}

// admitGuild admits a question to the guild, or returns an EUNAVAIL error
// when queueCap questions are in flight there already. Call the returned
// func (once or more) when the question is answered.
func (l *limits) admitGuild(guild string) (func(), error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	q := l.queue(guild)
	if q.admitted >= l.queueCap {
		return nil, newsbot.Errorf(newsbot.EUNAVAIL, "I have %d questions from this server in my queue already. Please try again in a minute.", q.admitted)
	}
	q.admitted++
	var once sync.Once
	return func() {
		once.Do(func() {
			l.mu.Lock()
			q.admitted--
			l.tidy(guild, q)
			l.mu.Unlock()
		})
	}, nil
}

// modelGate returns the gate of the guild's model slots for one question.
// When the question must wait, onWait (optional) is told its place in the
// queue (1 is next). It gives up after maxWait or when ctx ends.
func (l *limits) modelGate(guild string, onWait func(pos int)) newsbot.ModelGate {
	return func(ctx context.Context) (func(), error) {
		l.mu.Lock()
		q := l.queue(guild)
		if q.busy < l.perGuild && len(q.waiting) == 0 {
			q.busy++
			l.mu.Unlock()
			return l.slotRelease(guild, q), nil
		}
		ch := make(chan struct{})
		q.waiting = append(q.waiting, ch)
		pos := len(q.waiting)
		l.mu.Unlock()
		if onWait != nil {
			onWait(pos)
		}
		timer := time.NewTimer(l.maxWait)
		defer timer.Stop()
		var err error
		select {
		case <-ch:
			return l.slotRelease(guild, q), nil
		case <-ctx.Done():
			err = ctx.Err()
		case <-timer.C:
			err = newsbot.Errorf(newsbot.EUNAVAIL, "every model slot of the server stayed busy for %s", l.maxWait)
		}
		l.mu.Lock()
		if i := slices.Index(q.waiting, ch); i >= 0 {
			q.waiting = slices.Delete(q.waiting, i, i+1)
			l.tidy(guild, q)
			l.mu.Unlock()
			return nil, err
		}
		l.mu.Unlock()
		// The slot was handed over as we gave up: pass it on.
		l.slotRelease(guild, q)()
		return nil, err
	}
}

// slotRelease returns the func that frees a model slot of the guild (at
// most once): it goes to the oldest waiting question, if any.
func (l *limits) slotRelease(guild string, q *guildQueue) func() {
	var once sync.Once
	return func() {
		once.Do(func() {
			l.mu.Lock()
			defer l.mu.Unlock()
			if len(q.waiting) > 0 {
				next := q.waiting[0]
				q.waiting = q.waiting[1:]
				close(next) // the slot changes hands: busy stays
				return
			}
			q.busy--
			l.tidy(guild, q)
		})
	}
}

// waiting returns how many questions wait for a model slot, over all
// guilds (the queue depth metric).
func (l *limits) waiting() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := 0
	for _, q := range l.guilds {
		n += len(q.waiting)
	}
	return n
}

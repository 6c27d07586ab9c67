package answer

import (
	"strings"

	"github.com/newsbot/newsbot/retrieval"
)

// A "latest" question ("Is the Elm Street bridge still closed?") asks for
// the newest state of something. A newer report that names the same thing
// and states that its state changed ("The Elm Street bridge reopened to
// traffic on Saturday") answers it, though it does not write the
// question's word: the support gate, fitted on questions whose answers
// restate them, weighs such a sentence low. answerLatest puts it first,
// before the older reports that support the question (when.go).

// stateChanges lists states that news reports see change: each line is a
// state, "|", and the words of the change that ends it. A question may
// ask about either side ("still closed?", "has it reopened?"); the other
// side is its opposite. Words are matched by stem.
var stateChanges = `
close closed closing closure shut | reopen reopened reopening open opened
halt halted stop stopped suspend suspended pause paused | resume resumed restart restarted
impose imposed | lift lifted scrap scrapped revoke revoked
ban banned | lift lifted unban unbanned overturn overturned
detain detained arrest arrested jail jailed imprison imprisoned kidnap kidnapped abduct abducted | release released free freed
missing disappear disappeared | find found locate located rescue rescued
begin began begun start started | end ended finish finished conclude concluded
block blocked | clear cleared unblock unblocked
`

// stateOpposites maps a stem of one side of a line of stateChanges to the
// stems of the other side.
var stateOpposites = func() map[string][]string {
	m := map[string][]string{}
	for _, line := range strings.Split(stateChanges, "\n") {
		state, change, ok := strings.Cut(line, "|")
		if !ok {
			continue
		}
		a, b := stemsOf(state), stemsOf(change)
		for _, s := range a {
			m[s] = appendNew(m[s], b...)
		}
		for _, s := range b {
			m[s] = appendNew(m[s], a...)
		}
	}
	return m
}()

// stateStems returns the stems a sentence may state the question's state
// with: the question's predicate words that name a state (a side of
// stateChanges), their synonyms, and their opposites. It is nil when the
// question asks about no such state.
func (qs *question) stateStems() map[string]bool {
	var out map[string]bool
	for _, t := range qs.terms {
		if !t.pred && !t.verb {
			continue
		}
		for _, k := range append([]string{t.key}, synonyms[t.key]...) {
			opp, ok := stateOpposites[k]
			if !ok {
				continue
			}
			if out == nil {
				out = map[string]bool{}
			}
			out[k] = true
			for _, o := range opp {
				out[o] = true
			}
		}
	}
	return out
}

// statesChange reports whether candidate c names what the question asks
// about and states its state, or the change of it, as done: every name of
// the question (with the nouns that follow it) in the sentence itself or
// its definite descriptions, every ordinary word too when the question
// has no names, and a word of states not made a plan, a possibility or a
// denial ("could reopen next month" is not a reopening).
func (sc *scoring) statesChange(c *candidate, states map[string]bool) bool {
	if len(states) == 0 || c.plan || !sc.namesThing(c) {
		return false
	}
	ws := words(c.sent.Text)
	for i, w := range ws {
		if states[retrieval.Stem(w)] && !unrealBefore(ws, i, false) {
			return !sc.roleApart(c.sent.Text)
		}
	}
	return false
}

// namesThing reports whether c's sentence names the thing the question
// asks about: each of its names (and their nouns), or, when it has none,
// each of its ordinary words other than predicates.
func (sc *scoring) namesThing(c *candidate) bool {
	in := c.u.own | c.u.refs
	if len(sc.qs.names) == 0 {
		n := 0
		for i, t := range sc.qs.terms {
			if t.kind == kindWord && !t.pred && !t.verb {
				n++
				if !in.has(i) {
					return false
				}
			}
		}
		return n > 0
	}
	for i := range sc.qs.names {
		nm := &sc.qs.names[i]
		if !nm.allIn(in) || !nm.nounIn(c.u.set, false) {
			return false
		}
	}
	return true
}

// changedState returns the candidates of only an answer would quote when
// its best sentence stating a change of the question's state
// (statesChange) leads: the picked sentences with it first, or it alone
// when none of them states one. It returns nil when none does. states
// are the question's (stateStems), read once for all days.
func (p *prepared) changedState(cands []*candidate, states map[string]bool) []*candidate {
	picked, _ := p.sc.pick(cands)
	for i, c := range picked {
		if p.sc.statesChange(c, states) {
			return toFront(picked, i)
		}
	}
	for _, c := range cands { // by score
		if c.onTopic && p.sc.statesChange(c, states) {
			return []*candidate{c}
		}
	}
	return nil
}

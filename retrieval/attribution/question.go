package attribution

import "github.com/newsbot/newsbot"

// This file holds the indirect question as a claim: "Pike asked Kettle why
// she had not gone to police", "Rupert Hale intervened to ask whether the
// money would be ring-fenced". The question is what was said; the person
// asked is a listener, not part of it.

// askingWords are the verbs askedWhether reads.
var askingWords = set("asked", "asks", "ask", "wondered", "wonders", "queried", "queries", "questioned", "query", "question")

// whWords open an indirect question.
var whWords = set("whether", "if", "why", "how", "what", "when", "where", "who", "which")

// unrealised verbs take an infinitive of an act not done: "declined to ask
// whether", "wanted to ask why" report no question.
var unrealised = set("declined", "refused", "wanted", "wished", "hoped", "planned", "failed", "tried",
	"wants", "wishes", "hopes", "plans", "declines", "refuses", "tries", "fails", "had", "has", "have")

// askedWhether handles a verb of asking followed, within a short noun
// phrase for the person asked, by "whether", "if" or a wh-word: the claim
// is the question from that word to the end of its clause, the speaker the
// subject of the verb, or, for "to ask", of the finite verb before it. It
// reports whether the pattern matched.
func (st *sentence) askedWhether(i int) bool {
	ts := st.ts
	v := i // the verb whose subject is the speaker
	switch ts[i].lo {
	case "asked", "asks", "wondered", "wonders", "queried", "queries", "questioned":
	case "ask", "query", "question":
		// "intervened to ask whether": the purpose of a finite verb
		if i < 2 || ts[i-1].lo != "to" || !verbLike(ts[i-2]) || unrealised[ts[i-2].lo] || auxes[ts[i-2].lo] {
			return false
		}
		v = i - 2
	default:
		return false
	}
	if v > 0 && (ts[v-1].has(wcBlocker) || ts[v-1].has(wcPassive)) {
		return false // "was asked whether", "did not ask whether"
	}
	k := i + 1
	for k < len(ts) && k <= i+5 && !whWords[ts[k].lo] {
		if ts[k].punct || ts[k].inQ || verbLike(ts[k]) || ts[k].is("for", "to", "about", "that") {
			return false
		}
		k++
	}
	if k >= len(ts) || k > i+5 || !whWords[ts[k].lo] || k+1 >= len(ts) || ts[k+1].punct {
		return false
	}
	sub := st.leftSubject(v)
	if !st.speakerBefore(&sub) {
		return false
	}
	r := raw{cue: join(st.s, ts, v, i+1), kind: newsbot.CueStates, ca: -1, when: sub.when, role: sub.role, alias: sub.alias}
	st.content(&r, k, st.clauseEnd(k))
	if r.ca < 0 {
		return false
	}
	for j := v; j <= i; j++ {
		st.used[j] = true
	}
	st.emitSubject(r, sub, v)
	return true
}

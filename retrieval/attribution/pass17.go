package attribution

import (
	"strings"

	"github.com/newsbot/newsbot"
)

// Steps of the Fifteenth pass (issue 12, branch i12q): recall on press
// releases of federal agencies and regulators (dev-ze), read as general
// shapes of news and release copy.

// predictionBases are the verbs of predicting whose object and infinitive
// state the prediction: "expects the Board to issue a decision in
// February", "forecast inflation to fall below 3 percent".
var predictionBases = set("expect", "forecast", "predict", "project")

// predictionInfinitive reports whether the strict verb at i predicts with
// a noun-phrase object and an infinitive starting at k: "expects the Board
// to issue a decision", "Analysts expect the central bank to raise rates".
// A passive or a bare infinitive ("is expected to announce", "expects to
// close") has no object and is no claim; nor is an object with a verb of
// its own before "to".
func predictionInfinitive(ts []tok, i, k int) bool {
	if i > 0 && (auxes[ts[i-1].lo] && ts[i-1].is("is", "are", "was", "were", "be", "been", "being")) {
		return false // "is expected to", "were forecast to"
	}
	if !predictionForm(ts[i].lo) {
		return false
	}
	to := objectBeforeTo(ts, k)
	return to > k && to+1 < len(ts) && (bareVerb(ts[to+1]) || ts[to+1].is("be", "have"))
}

// nestedPrediction reports whether the verb at i predicts with an object
// and an infinitive inside the content of a claim the sentence already
// holds: "said it expects the deal to add to earnings", "reports that
// officials expect borrowing to overshoot" are the outer speaker's claims,
// as "X said Y had rejected the offer" is X's.
func (st *sentence) nestedPrediction(i int) bool {
	ts := st.ts
	if !predictionForm(ts[i].lo) || !st.insideClaim(i) {
		return false
	}
	k, _ := st.afterCue(i + 1)
	return k < len(ts) && !clauseOpens(ts, k) && predictionInfinitive(ts, i, k)
}

// predictionForm reports whether w is a form of a verb of predicting.
func predictionForm(w string) bool { return predictionForms[w] }

// predictionForms holds each of predictionBases with its third-person and
// past forms (verbForms), made once: predictionForm is asked of every verb
// of every sentence, and building the forms on each call cost two string
// concatenations a base.
var predictionForms = func() map[string]bool {
	m := map[string]bool{}
	for b := range predictionBases {
		third, past, _ := verbForms(b, "")
		m[b], m[third], m[past] = true, true, true
	}
	return m
}()

// objectBeforeTo returns the index of the "to" that closes a short noun
// phrase starting at k ("the Board to", "inflation to"), or -1: at most six
// words, none a punctuation mark, a quotation or a verb.
func objectBeforeTo(ts []tok, k int) int {
	for j := k; j < len(ts) && j <= k+6; j++ {
		t := ts[j]
		if t.lo == "to" && !t.capped {
			if j == k {
				return -1
			}
			return j
		}
		if t.punct || t.inQ || t.q != qNone || j > k && verbLike(t) || t.has(wcPronoun) && !t.has(wcDeterminer) && j > k {
			return -1
		}
	}
	return -1
}

// demonstrativeClause reports whether a clause whose subject opens with a
// demonstrative starts at k: "believes this plan will mitigate ...",
// "thinks these cuts would hurt ...", "said this is the best option". A
// demonstrative and up to three words, then a finite verb or a modal; or
// "this"/"that" alone as the subject of one ("thinks this is ...").
func demonstrativeClause(ts []tok, k int) bool {
	if k+1 >= len(ts) || !ts[k].is("this", "these", "those") || ts[k].inQ {
		return false
	}
	if n := ts[k+1]; ts[k].lo == "this" && !n.capped && !n.inQ && (modals[n.lo] || n.is("is", "was", "has", "had", "means", "meant", "would", "will")) {
		return true
	}
	for j := k + 1; j < len(ts) && j <= k+4; j++ {
		t := ts[j]
		if t.punct || t.inQ || prepositions[t.lo] || t.has(wcOpener) {
			return false
		}
		if modals[t.lo] || t.has(wcFinite) && !t.has(wcDeterminer) {
			return j > k+1
		}
	}
	return false
}

// requestParticiples ask for an act; after a document they report a
// request only before "that" ("a petition demanding that the road be
// reopened"), not "a letter asking for help".
var requestParticiples = set("asking", "requesting", "demanding", "urging")

// addresseePrepositions open the phrase naming where a document went or
// under what it was filed: "to the governor", "with the court", "under 49
// U.S.C. § 10903".
var addresseePrepositions = set("to", "with", "under", "before", "against")

// documentAddressee returns the start of a short prepositional phrase
// between a document noun and the participle at i that says what the
// document says ("sent a letter to the governor asking that ..."), or -1:
// the phrase has at most eight words and no comma, quotation or verb, and
// a request participle must be followed by "that".
func documentAddressee(ts []tok, i int) int {
	if requestParticiples[ts[i].lo] && (i+1 >= len(ts) || !ts[i+1].is("that")) {
		return -1
	}
	for p := i - 1; p >= 3 && p >= i-8; p-- {
		t := ts[p]
		if t.comma() || t.inQ || t.q != qNone || verbLike(t) {
			return -1
		}
		if addresseePrepositions[t.lo] && !t.capped && p+1 < i {
			return p
		}
	}
	return -1
}

// requestReported reports whether a request participle at i reports what
// was asked: before "that" or an object and an infinitive ("a statement
// urging residents to stay indoors"), not "a letter asking for help". Other
// participles pass.
func requestReported(ts []tok, i int) bool {
	if !requestParticiples[ts[i].lo] {
		return true
	}
	return i+1 < len(ts) && (ts[i+1].is("that") || directive(ts, i, i+1))
}

// passiveCues are the verbs of stating read in the passive with their
// agent after "by": "The decision, announced today by the administrator,
// caps ...", "The merger was announced by both companies on Tuesday", "It
// was announced by the ministry that the border would reopen".
var passiveCues = set("announced", "confirmed", "disclosed", "revealed")

// passiveBy handles a verb of stating in the passive with its agent named
// after "by". The agent is the speaker; the claim is the clause after
// "that" ("It was announced by X that ..."), or else the subject the
// participle is attached to ("The decision, announced by X, ..."; "The
// merger was announced by X."). It reports whether the pattern matched.
func (st *sentence) passiveBy(i int) bool {
	ts := st.ts
	a, b, e := passiveAgent(ts, i)
	if a < 0 {
		return false
	}
	kind := newsbot.CueStates
	if cv, ok := verbs[ts[i].lo]; ok {
		kind = cv.kind // "confirmed by": a confirmation
	}
	r := raw{cue: ts[i].s, kind: kind, ca: -1, when: passiveTime(st.s, ts, i+1, a-1, b, e)}
	switch {
	case i == 2 && ts[0].lo == "it" && ts[1].is("was", "is", "has", "been") && e < len(ts) && ts[e].lo == "that":
		st.content(&r, e+1, trimBack(ts, e+1, len(ts)))
	case i >= 2 && ts[i-1].comma() && e < len(ts) && ts[e].comma():
		st.content(&r, 0, i-1) // the parenthetical: the subject it is set off from
	case i >= 2 && ts[i-1].is("was", "were") && e < len(ts) && ts[e].lo == "as":
		st.content(&r, e+1, trimBack(ts, e+1, len(ts))) // "were confirmed by X as CITES I species"
	case i >= 2 && ts[i-1].is("was", "were") && (e >= len(ts) || ts[e].punct && !ts[e].comma()):
		st.content(&r, 0, i-1)
	default:
		return false
	}
	if r.ca < 0 || ts[0].lo != "it" && !validNP(ts, 0, i-1) {
		return false
	}
	st.emit(r, a, b)
	for k := i; k < e; k++ {
		st.used[k] = true
	}
	return len(st.out) > 0
}

// passiveAgent finds the agent after a passive participle at i: an
// optional time, "by", then a noun phrase of up to eight words ended by a
// comma, "that", a time or the sentence's end. It returns the agent's
// tokens [a,b) and the index after the agent and any time after it, or
// a = -1.
func passiveAgent(ts []tok, i int) (int, int, int) {
	k := i + 1
	if t := timeAt(ts, k); t > k {
		k = t
	}
	if k >= len(ts) || ts[k].lo != "by" {
		return -1, -1, -1
	}
	a, b := k+1, k+1
	for b < len(ts) && b <= a+8 && (!ts[b].punct || ts[b].s == "&") && !ts[b].inQ && !ts[b].is("that", "as") && timeAt(ts, b) == b && !verbLike(ts[b]) {
		if !ts[b].capped && strings.HasSuffix(ts[b].lo, "ing") {
			return -1, -1, -1 // "officials visiting the town": a clause, not a name
		}
		b++ // "U.S. Fish & Wildlife": an ampersand stays in the name
	}
	if b == a || b > a+8 || !validNP(ts, a, b) || !agentEnds(ts, b) {
		return -1, -1, -1
	}
	e := b
	if t := timeAt(ts, e); t > e {
		e = t
	}
	return a, b, e
}

// passiveTime returns the time written between the participle and "by"
// ([from,to)) or after the agent ([b,e)), or "".
func passiveTime(s string, ts []tok, from, to, b, e int) string {
	if to > from {
		return join(s, ts, from, to)
	}
	if e > b {
		return join(s, ts, b, e)
	}
	return ""
}

// agentEnds reports whether the agent of a passive ends before token b: at
// the sentence's end, a comma, a full stop, "that", "as" or a time.
func agentEnds(ts []tok, b int) bool {
	return b >= len(ts) || ts[b].comma() || ts[b].is(".", "!", "?", ";", "that", "as") || timeAt(ts, b) > b
}

// passivePrediction reports whether a verb of predicting at i is a passive
// participle with its subject before it: directly before "to" and a verb,
// with no object ("both business lines forecast to be above the
// threshold", "costs estimated to reach $2 million").
func passivePrediction(ts []tok, i int) bool {
	return (predictionForm(ts[i].lo) || ts[i].lo == "estimated") && i+2 < len(ts) && ts[i+1].lo == "to" && (bareVerb(ts[i+2]) || ts[i+2].is("be", "have"))
}

// commaEndsClaim reports whether the comma at j ends a claim's content:
// another speaker's claim follows (otherClaimAfter), a reporter's caveat
// (reporterAside), or a noun phrase that sums the claim up for the reader
// (summativeAppositive).
func (st *sentence) commaEndsClaim(j int) bool {
	return st.otherClaimAfter(j) || st.reporterAside(j) || summativeAppositive(st.ts, j)
}

// summaryNouns name a statement or a figure as a whole: "a claim the
// company disputes", "a figure that Mr. Tillman called fantasy math".
var summaryNouns = set("claim", "claims", "figure", "estimate", "number", "assertion", "allegation", "accusation",
	"charge", "view", "position", "statement", "remark", "comment", "description", "characterization",
	"characterisation", "argument", "contention", "suggestion", "prediction", "forecast", "account", "version",
	"assessment", "finding", "conclusion", "projection", "tally", "toll", "estimation", "stance", "move", "step")

// summativeAppositive reports whether the comma at j opens a noun phrase
// in apposition to the claim before it, with a relative clause that judges
// or places it: "said the bill would cost $1.1 trillion, a figure that
// critics dispute", "says it will strike, a claim the company denies", "a
// view shared by few economists", "a move that residents welcomed". The
// appositive is the reporter's; the claim ends at the comma.
func summativeAppositive(ts []tok, j int) bool {
	if j+3 >= len(ts) || !ts[j+1].is("a", "an") || ts[j+1].inQ {
		return false
	}
	for n := j + 2; n < len(ts)-1 && n <= j+4; n++ {
		t := ts[n]
		if t.punct || t.inQ {
			return false
		}
		if summaryNouns[t.lo] && !t.capped {
			next := ts[n+1]
			return !next.inQ && (next.is("that", "which", "who") || next.has(wcDeterminer) || next.has(wcPronoun) || next.capped && !next.punct || pastForm(next.lo))
		}
	}
	return false
}

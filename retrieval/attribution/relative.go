package attribution

import (
	"strings"

	"github.com/newsbot/newsbot"
)

// This file holds the pattern of a named person whose claim is reported in
// a relative clause after the name, anywhere in the sentence: "That
// account is disputed by Sen. Carol Beck (R-Kan.), the committee's ranking
// member, who told Politico that Democrats had ...".

// relativeNamed handles ", who <cue> ..." after a person's name (and its
// role set off by commas). The claim runs to the next comma outside a
// quotation or the end of the clause. It reports whether it matched.
func (st *sentence) relativeNamed(i int, cv cueVerb) bool {
	ts := st.ts
	if i < 4 || !ts[i-1].is("who", "which") || !ts[i-2].comma() || cv.base || cv.noun && (i+1 >= len(ts) || ts[i+1].lo != "that") {
		return false
	}
	var a, b int
	var role string
	ok := false
	if ts[i-1].lo == "who" {
		a, b, role, ok = st.antecedent(i - 3)
	} else {
		a, b, ok = st.bodyAntecedent(i - 3) // "the Department of Commerce, which estimates that"
	}
	if !ok {
		return false
	}
	r := raw{cue: ts[i].s, kind: cv.kind, ca: -1, role: role}
	k, _ := st.channel(&r, i)
	if cv.strict && (k >= len(ts) || ts[k].lo != "that") {
		return false
	}
	if k < len(ts) && ts[k].lo == "that" {
		k++
	}
	e := k
	for e < len(ts) && !(ts[e].comma() && !ts[e].inQ) {
		e++
	}
	e = min(e, st.clauseEnd(k))
	if e <= k {
		return false
	}
	st.content(&r, k, trimBack(ts, k, e))
	if r.ca < 0 || !st.hasClause(r.ca, r.cb) {
		return false
	}
	st.emit(r, a, b)
	return true
}

// antecedent finds the person named before the relative clause whose
// last token is j: a capitalised name, optionally with a bracketed
// affiliation ("(R-Kan.)") and a lower-case role after a comma ("the
// committee's ranking member").
func (st *sentence) antecedent(j int) (int, int, string, bool) {
	ts := st.ts
	role := ""
	if c := st.roleBefore(j); c > 0 {
		role = join(st.s, ts, c+1, j+1)
		j = c - 1
	}
	if j >= 0 && ts[j].s == ")" {
		for j >= 0 && ts[j].s != "(" {
			j--
		}
		j--
	}
	b := j + 1
	a := b
	for a > 0 && !ts[a-1].punct && !ts[a-1].inQ && (ts[a-1].capped || ts[a-1].has(wcTitle)) {
		a--
	}
	if a >= b || !isPersonName(ts, a, b) && !isPersonName(ts, a+1, b) {
		return 0, 0, "", false
	}
	return a, b, role, true
}

// bodyAntecedent finds an organisation named in capitals, with "the",
// whose last token is j: "the Department of Commerce".
func (st *sentence) bodyAntecedent(j int) (int, int, bool) {
	ts := st.ts
	b := j + 1
	a := b
	for a > 0 && !ts[a-1].punct && !ts[a-1].inQ && (ts[a-1].capped || nameLinks[ts[a-1].lo] && a-1 > 0 && ts[a-2].capped) {
		a--
	}
	if a >= b || !isProperName(ts, a, b) {
		return 0, 0, false
	}
	org := false
	for k := a; k < b; k++ {
		org = org || ts[k].has(wcOrg)
	}
	if !org {
		return 0, 0, false
	}
	if a > 0 && ts[a-1].lo == "the" {
		a--
	}
	return a, b, true
}

// roleBefore returns the comma that opens a lower-case role ending at j
// (", the committee's ranking member"), or -1.
func (st *sentence) roleBefore(j int) int {
	ts := st.ts
	for c := j; c >= 0 && c >= j-8; c-- {
		if ts[c].inQ || ts[c].punct && !ts[c].comma() {
			return -1
		}
		if ts[c].comma() {
			if c < j && ts[c+1].has(wcDeterminer) {
				return c
			}
			return -1
		}
	}
	return -1
}

// putIt handles "X put it (more) bluntly: ..." and `X put it this way:
// "..."`: a reporting phrase before a colon or a quotation. It reports
// whether it matched.
func (st *sentence) putIt(i int) bool {
	ts := st.ts
	if i+2 >= len(ts) || ts[i+1].lo != "it" {
		return false
	}
	k := i + 2
	for k < len(ts) && k <= i+5 && !ts[k].punct && !ts[k].inQ && !ts[k].capped {
		k++
	}
	cueEnd := k
	if k+1 < len(ts) && ts[k].comma() && ts[k+1].q == qOpen && st.asBefore(i) {
		k++ // "at a time when, as she later put it, \"women were ...\""
	}
	asClause := asOpensSentence(ts, i, k)
	if asClause {
		k++ // "As Smith put it, the program has saved the town": the clause after the comma
	} else if k >= len(ts) || ts[k].s != ":" && ts[k].q != qOpen {
		return false
	}
	sub := st.leftSubject(i)
	if !st.speakerBefore(&sub) {
		return false
	}
	r := raw{cue: join(st.s, ts, i, cueEnd), kind: newsbot.CueStates, ca: -1, when: sub.when, role: sub.role}
	if st.rightContent(&r, k) {
		st.emitSubject(r, sub, i)
	}
	return true
}

// asOpensSentence reports whether "as" opens the sentence before the
// subject of "put it" at i and a comma at k ends the phrase, with an
// unquoted clause of at least three words after it: "As Smith put it, the
// program has saved the town". A quotation after the comma is read by the
// quotation's own rules.
func asOpensSentence(ts []tok, i, k int) bool {
	if k+3 >= len(ts) || !ts[k].comma() || ts[k+1].q != qNone || ts[k+1].inQ || ts[k+1].punct {
		return false
	}
	a := 0
	for a < i && ts[a].punct && !ts[a].inQ {
		a++
	}
	if a >= i-1 || ts[a].lo != "as" {
		return false
	}
	for j := i + 2; j < k; j++ {
		if !strings.HasSuffix(ts[j].lo, "ly") && !ts[j].is("more", "best") {
			return false // "As the rain put it out, ...": a particle, no speech
		}
	}
	for j := a + 1; j < i; j++ {
		if ts[j].punct || ts[j].inQ {
			return false
		}
	}
	return true
}

// asBefore reports whether "as" opens the subject of the verb at i within
// four words: "as she later put it", "as the minister put it".
func (st *sentence) asBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		if st.ts[j].punct {
			return false
		}
		if st.ts[j].lo == "as" {
			return true
		}
	}
	return false
}

// speechNouns name an act of speaking made by its subject: "made an
// announcement that", "made a pledge that".
var speechNouns = set("announcement", "statement", "pledge", "promise", "claim", "admission", "prediction")

// madeAnnouncement handles "X made an announcement (Wednesday at the
// awards) that ...": a speech noun after "made" introduces X's claim. It
// reports whether it matched.
func (st *sentence) madeAnnouncement(i int) bool {
	ts := st.ts
	if i+3 >= len(ts) || !ts[i+1].is("a", "an") || !speechNouns[ts[i+2].lo] {
		return false
	}
	k := i + 3
	for k < len(ts) && k <= i+16 && ts[k].lo != "that" {
		if ts[k].punct || ts[k].inQ || verbLike(ts[k]) {
			return false
		}
		k++
	}
	if k >= len(ts) || ts[k].lo != "that" {
		return false
	}
	sub := st.leftSubject(i)
	if !st.speakerBefore(&sub) {
		return false
	}
	r := raw{cue: join(st.s, ts, i, i+3), kind: newsbot.CueStates, ca: -1, when: sub.when, role: sub.role}
	if r.when == "" {
		for j := i + 3; j < k && r.when == ""; j++ {
			if e := timeAt(ts, j); e > j {
				r.when = join(st.s, ts, j, e)
			}
		}
	}
	if st.rightContent(&r, k) {
		st.emitSubject(r, sub, i)
	}
	return true
}

package attribution

import (
	"strings"

	"github.com/newsbot/newsbot"
)

// This file holds the patterns of relayed and sourced claims: "according
// to X", "X cited/quoted Y as saying", "X, citing Y, reported", "X carried a
// similar report".

// according handles "according to X, ..." and "..., according to X".
func (st *sentence) according(i int) { st.accordingFrom(i, i+2) }

// inTheOpinionOf handles "In the opinion of X, ..." and "In the view of X,
// ..." at the noun i: a source before its claim, as "according to" is.
func (st *sentence) inTheOpinionOf(i int) {
	ts := st.ts
	if i >= 2 && i+2 < len(ts) && ts[i-2].lo == "in" && ts[i-1].lo == "the" && ts[i+1].lo == "of" {
		st.accordingFrom(i-2, i+2)
	}
}

// accordingFrom reads the source phrase starting at token a after the
// words of the cue [i, a) and its claim.
func (st *sentence) accordingFrom(i, a int) {
	ts := st.ts
	cue := join(st.s, ts, i, a)
	e := a
	for e < len(ts) && e < a+16 && !ts[e].hard() && !ts[e].comma() && !ts[e].inQ && !(ts[e].punct && ts[e].s != "-" && !ampersandInName(ts, e)) {
		e++
	}
	a = stripSource(ts, a, e)
	e, via := st.sourcePhrase(a, e)
	a = publicationOfEdition(ts, a, e)
	when := ""
	if s := timeEndingAt(ts, e-1); s > a {
		when, e = join(st.s, ts, s, e), s // "according to a survey by the charity last year"
	}
	if e <= a || !validNP(ts, a, e) {
		return
	}
	if st.accordingOutletAfter(i, a, e) {
		return
	}
	r := raw{cue: cue, kind: newsbot.CueStates, ca: -1, when: when, via: via}
	if n, m, ok := appositiveName(ts, e); ok && i == 0 && describesPerson(ts, a, e) {
		// "In the opinion of the director of the Institute, Viktor
		// Lagutin, the talks are ...": the name after the description
		r.role = join(st.s, ts, a, e)
		st.accordingContent(&r, i, m)
		if r.ca >= 0 {
			st.emit(r, n, m)
		}
		return
	}
	st.accordingContent(&r, i, e)
	if r.ca < 0 {
		return
	}
	if sa, sb := st.whichCited(e); sb > sa {
		// "..., according to the Financial Times, which cited two people
		// familiar with the matter": the people spoke, the paper relayed.
		if r.via != "" {
			r.outer = append(r.outer, r.via)
		}
		r.via = join(st.s, ts, a, e)
		st.emit(r, sa, sb)
		return
	}
	st.emit(r, a, e)
}

// appositiveName returns a person's name set off by commas after the
// comma at e ("..., Viktor Lagutin, ..."): its tokens and ok.
func appositiveName(ts []tok, e int) (int, int, bool) {
	if e >= len(ts) || !ts[e].comma() {
		return 0, 0, false
	}
	n, m := e+1, e+1
	for m < len(ts) && m < n+4 && ts[m].capped && !ts[m].punct && !ts[m].inQ {
		m++
	}
	if m-n < 2 || m+1 >= len(ts) || !ts[m].comma() || !isPersonName(ts, n, m) {
		return 0, 0, false
	}
	return n, m, true
}

// describesPerson reports whether tokens [a,b) describe a person by a
// person's noun ("the director of the Institute", "the head of the
// union"), not a document ("court documents").
func describesPerson(ts []tok, a, b int) bool {
	for k := a; k < b; k++ {
		if ts[k].lo == "of" {
			break
		}
		if personNouns[ts[k].lo] {
			return true
		}
	}
	return false
}

// whichCited reads a relative clause after the source of "according to"
// ending at e that names the source's own source: ", which cited Y",
// ", who quoted Y". It returns Y's tokens, or an empty range.
func (st *sentence) whichCited(e int) (int, int) {
	ts := st.ts
	if e+3 >= len(ts) || !ts[e].comma() || !ts[e+1].is("which", "who") || !ts[e+2].is("cited", "quoted", "citing", "quoting") {
		return 0, 0
	}
	sb, _ := st.rightNP(e + 3)
	if sb <= e+3 || !validNP(ts, e+3, sb) {
		return 0, 0
	}
	return e + 3, sb
}

// sourcePhrase trims the source [a,e) of "according to": "a document seen
// by Meridian" is the document, relayed by the outlet that saw it (via);
// "a lawsuit unsealed Thursday" is the lawsuit, while a phrase that names
// more ("published in the journal X") stays. It returns the new end.
func (st *sentence) sourcePhrase(a, e int) (int, string) {
	ts := st.ts
	for k := a + 1; k < e; k++ {
		if seenBy(ts, k, e) {
			return k, join(st.s, ts, k+2, e)
		}
		if !ts[k].capped && sourceParticiple(ts[k].lo) && (k+1 == e || timeAt(ts, k+1) == e) {
			return k, ""
		}
	}
	return e, ""
}

// accordingContent records the claim of "according to" at i whose source
// ends at e: the clause after it when it opens the sentence (past a
// relative clause: "According to Jane Doe, who runs the shelter, ..."),
// else the words before it.
func (st *sentence) accordingContent(r *raw, i, e int) {
	ts := st.ts
	lead := 0
	if d := datelineEnd(ts); d < i {
		lead = d
	}
	for lead < i && (ts[lead].punct || connectives[ts[lead].lo]) {
		lead++
	}
	if lead == i && e < len(ts) && ts[e].comma() {
		c := e + 1
		if c < len(ts) && ts[c].is("who", "which", "whose") {
			for c < len(ts) && !ts[c].comma() {
				c++
			}
			c++
		}
		st.content(r, c, st.clauseEnd(c))
	} else if i > 0 {
		end := trimBack(ts, lead, i)
		if c := st.resumesAfter(e); c > e {
			end = st.clauseEnd(c) // "X diverted $1.2m, according to the plea, and spent it ..."
		}
		st.content(r, lead, end)
	}
}

// resumesAfter returns where the clause interrupted by an attribution
// ending at token e goes on, or e: after its closing comma comes a verb
// phrase of the same subject ("..., according to the plea, and spent it on
// trips", "Reeve, according to the plea, diverted $1.2m"), not a new clause
// or an aside.
func (st *sentence) resumesAfter(e int) int {
	ts := st.ts
	if e+1 >= len(ts) || !ts[e].comma() {
		return e
	}
	k := e + 1
	if ts[k].is("and", "but") {
		k++
		if k < len(ts) && !ts[k].capped && !ts[k].punct && !ts[k].inQ && !ts[k].has(wcDeterminer) && !ts[k].has(wcPronoun) &&
			!prepositions[ts[k].lo] && !ts[k].has(wcOpener) && !isNumber(ts[k].lo) && !isCue(ts[k].lo) {
			return k // "..., and cut 40 jobs": the same subject's next act
		}
	}
	for k < len(ts) && (skipBack[ts[k].lo] || auxes[ts[k].lo]) && !ts[k].capped {
		k++
	}
	if k < len(ts) && k == e+1 && prepositions[ts[k].lo] && !ts[k].capped {
		// "A call was made, according to the fire captain, from the
		// singer's home at 12:21": the phrase ends the interrupted clause.
		for j := k + 1; j < len(ts); j++ {
			if ts[j].comma() || ts[j].inQ || verbLike(ts[j]) {
				return e
			}
		}
		return k
	}
	if k >= len(ts) || ts[k].capped || ts[k].inQ || ts[k].punct || !verbLike(ts[k]) || ts[k].has(wcParticiple) || isCue(ts[k].lo) {
		return e
	}
	return k
}

// relay handles "X cited Y as saying", "X quoted Y as saying" and "Y was
// quoted by X as saying": Y is the speaker, X the intermediary.
// passiveAux returns the passive auxiliary before the participle at i
// ("was quoted", "was widely quoted"), or -1.
func passiveAux(ts []tok, i int) int {
	p := i - 1
	if p > 0 && isLyAdverb(ts[p]) {
		p--
	}
	if p > 0 && ts[p].has(wcPassive) {
		return p
	}
	return -1
}

func (st *sentence) relay(i int) {
	ts := st.ts
	sa := -1
	for k := i + 1; k < len(ts) && k <= i+18; k++ {
		if ts[k].hard() {
			break
		}
		if ts[k].lo == "saying" {
			sa = k
			break
		}
	}
	if sa < 0 {
		return
	}
	st.used[sa] = true
	as := sa
	if ts[sa-1].lo == "as" {
		as = sa - 1
	}
	r := raw{kind: newsbot.CueStates, ca: -1}
	var sub subject
	var spA, spB int
	if i > 0 && ts[i-1].has(wcPassive) && i+1 < len(ts) && ts[i+1].lo == "by" {
		sub = st.leftSubject(i - 1)
		r.via = st.npText(i+2, as, &r.when)
		r.cue = ts[i-1].s + " " + ts[i].s + " by ... " + join(st.s, ts, as, sa+1)
		spA, spB = sub.a, sub.b
	} else if p := passiveAux(ts, i); p >= 0 && as == i+1 {
		// "The mayor was (widely) quoted as saying ...": a passive with no
		// agent; the subject is the speaker, the outlet that quoted unnamed
		sub = st.leftSubject(p)
		r.cue = ts[p].s + " " + join(st.s, ts, i, sa+1)
		spA, spB = sub.a, sub.b
	} else {
		sub = st.leftSubject(i)
		if sub.ok {
			r.via = join(st.s, ts, sub.a, sub.b)
		}
		r.cue = ts[i].s + " ... " + join(st.s, ts, as, sa+1)
		spA, spB = st.npRange(i+1, as, &r.when, &r.role)
	}
	if !sub.ok || spA >= spB {
		return
	}
	if r.when == "" {
		r.when = sub.when
	}
	k, when := st.afterCue(sa + 1)
	if r.when == "" {
		r.when = when
	}
	if !st.rightContent(&r, k) && !st.leftContent(&r, sub.bound) {
		return
	}
	st.emit(r, spA, spB)
}

// npRange trims [a,b) to the speaker in "cited Y (on Tuesday) as saying",
// separating a comma-set name from its role: "a regional governor, Andrei
// Lasko,".
func (st *sentence) npRange(a, b int, when, role *string) (int, int) {
	ts := st.ts
	for b > a && (ts[b-1].punct || timeEndingAt(ts, b-1) >= a) {
		if s := timeEndingAt(ts, b-1); s >= a {
			*when = join(st.s, ts, s, b)
			b = s
			continue
		}
		b--
	}
	for k := a; k < b; k++ {
		if ts[k].comma() {
			if isProperName(ts, k+1, b) {
				*role = join(st.s, ts, a, k)
				return k + 1, b
			}
			if isProperName(ts, a, k) {
				*role = join(st.s, ts, k+1, b)
				return a, k
			}
			return a, k
		}
	}
	return a, b
}

func (st *sentence) npText(a, b int, when *string) string {
	var role string
	x, y := st.npRange(a, b, when, &role)
	return join(st.s, st.ts, x, y)
}

// similar handles "X carried a similar report": a report that repeats the
// claim before it.
func (st *sentence) similar(i int) {
	ts := st.ts
	k := i + 1
	if k < len(ts) && ts[k].is("a", "the", "an") {
		k++
	}
	if k < len(ts) && ts[k].is("similar", "same", "matching", "identical") {
		k++
	}
	if k >= len(ts) || !ts[k].is("report", "account", "statement", "claim", "version", "story") {
		return
	}
	sub := st.leftSubject(i)
	if !sub.ok || !validNP(ts, sub.a, sub.b) {
		return
	}
	r := raw{cue: join(st.s, ts, i, k+1), kind: newsbot.CueReports, ca: -1, when: sub.when, role: sub.role}
	if n := k + 1; n < len(ts) && ts[n].lo == "that" {
		st.rightContent(&r, n)
	} else {
		r.similar = ts[k-1].is("similar", "same", "matching", "identical")
	}
	if r.ca < 0 && !r.similar {
		return
	}
	st.emit(r, sub.a, sub.b)
}

// citingInside handles "X reported, citing Y, that ...": Y is the
// speaker, X the intermediary. It reports whether the sentence has that
// shape; "..., X reported, citing Y." is left to trailingCiting.
func (st *sentence) citingInside(r raw, sub subject, i, k int) bool {
	ts := st.ts
	f := k + 2
	for f < len(ts) && !ts[f].comma() && !ts[f].hard() {
		f++
	}
	if f >= len(ts) || !ts[f].comma() || !validNP(ts, k+2, f) {
		return false
	}
	r.via = join(st.s, ts, sub.a, sub.b)
	r.cue += ", " + ts[k+1].s
	st.used[k+1] = true
	if st.rightContent(&r, f+1) {
		st.emit(r, k+2, f)
	}
	return true
}

// trailingCiting handles "..., Interfax reported, citing a source": the
// cited source is the speaker and the subject the intermediary. It reports
// whether it recorded the claim.
func (st *sentence) trailingCiting(r raw, sub subject, i int) bool {
	ts := st.ts
	for k := i + 1; k+1 < len(ts); k++ {
		if !ts[k].comma() || !ts[k+1].is("citing", "quoting") || ts[k].a < r.cb && (k < 1 || r.ca >= ts[k-1].b) {
			continue
		}
		e, _ := st.rightNP(k + 2)
		if e <= k+2 || !validNP(ts, k+2, e) {
			return false
		}
		if e < len(ts) && (ts[e].q != qNone || strings.ContainsAny(ts[e].s, "‘'\"“")) {
			return false // "quoting the motto ‘be bold’": words quoted, not a source
		}
		if ts[k].a < r.cb {
			// "The Times reports that ministers are ..., citing two
			// Whitehall officials.": the source closes the content; it
			// must end the sentence and read as people or a named body,
			// not a reason ("said profits fell, citing weak demand"), and
			// the subject must be a news outlet
			if !st.endsAt(e) || !sourceLike(ts, k+2, e) || st.outlet(sub.a, sub.b) == "" {
				return false // only an outlet relays its source so
			}
			r.cb = ts[k-1].b
		}
		r.via = join(st.s, ts, sub.a, sub.b)
		r.cue += ", " + ts[k+1].s
		st.used[k+1] = true
		st.emit(r, k+2, e)
		return true
	}
	return false
}

// endsAt reports whether only punctuation follows token e.
func (st *sentence) endsAt(e int) bool {
	for ; e < len(st.ts); e++ {
		if !st.ts[e].punct || st.ts[e].inQ {
			return false
		}
	}
	return true
}

// sourceLike reports whether the noun phrase [a,b) names people or a body
// that can be a source: its head is a noun for people ("two Whitehall
// officials", "people familiar with the talks" up to "with"), or it is a
// capitalised name.
func sourceLike(ts []tok, a, b int) bool {
	for k := a; k < b; k++ {
		if prepositions[ts[k].lo] && k > a {
			b = k // "people familiar with the talks": the head before the phrase
			break
		}
	}
	h := ts[b-1].lo
	if k := b - 2; k >= a && !personNouns[h] && !personNouns[strings.TrimSuffix(h, "s")] && ts[b-1].lo == "familiar" {
		h = ts[k].lo
	}
	if personNouns[h] || personNouns[strings.TrimSuffix(h, "s")] || h == "people" || h == "sources" || h == "officials" {
		return true
	}
	return ts[b-1].capped && isProperName(ts, a+boolInt(ts[a].has(wcDeterminer)), b)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// calledOn handles a directive: "X called on the White House to delay the
// tariffs" claims "the White House to delay the tariffs". It reports
// whether the pattern matched.
func (st *sentence) calledOn(i int) bool {
	ts := st.ts
	if i+2 < len(ts) && ts[i].is("called", "calls", "call", "calling") && ts[i+1].lo == "for" && !(i > 0 && ts[i-1].has(wcBlocker)) {
		if nounCalls(ts, i) {
			return true // "connected the men to online calls for a protest": a noun
		}
		return st.calledFor(i)
	}
	if i+3 >= len(ts) || !ts[i].is("called", "calls", "call") || !ts[i+1].is("on", "upon") || i > 0 && ts[i-1].has(wcBlocker) {
		return false // "called on", "call upon"; not "to call on"
	}
	to := -1
	for k := i + 2; k < len(ts) && k <= i+10; k++ {
		if ts[k].punct || ts[k].inQ {
			break
		}
		if ts[k].lo == "to" {
			to = k
			break
		}
	}
	if to <= i+2 {
		return false
	}
	sub := st.leftSubject(i)
	if sub.coor {
		// "X said ..., and called on ministers to ...": a second act of
		// the speaker of the claim before, as for "and called for"
		r := raw{cue: join(st.s, ts, i, i+2), kind: newsbot.CueStates, ca: -1, when: sub.when}
		st.content(&r, i+2, st.clauseEnd(i+2))
		if r.ca >= 0 {
			st.inherit(r, i)
		}
		return true
	}
	if !sub.ok || !validNP(ts, sub.a, sub.b) && !firstPerson(ts, sub.a, sub.b) {
		return false
	}
	r := raw{cue: join(st.s, ts, i, i+2), kind: newsbot.CueStates, ca: -1, when: sub.when, role: sub.role}
	st.content(&r, i+2, st.clauseEnd(i+2))
	if r.ca >= 0 {
		st.emitSubject(r, sub, i)
	}
	return true
}

// calledFor handles a demand: "X has called for a statewide plan" claims
// "a statewide plan"; after "and" or as a participle (", calling for ...")
// the speaker is the one of the claim before. It reports whether it
// recorded a claim.
func (st *sentence) calledFor(i int) bool {
	ts := st.ts
	r := raw{cue: join(st.s, ts, i, i+2), kind: newsbot.CueStates, ca: -1}
	st.content(&r, i+2, st.clauseEnd(i+2))
	if r.ca < 0 {
		return false
	}
	r.direct = false
	st.subordinateCut(&r)
	if !st.hasClause(r.ca, r.cb) || ts[i+2].q == qOpen {
		st.objectAdjuncts(&r) // "called for calm on Monday": the time is the claim's
	}
	n := len(st.out)
	if ts[i].lo == "calling" && !progressive(ts, i) {
		if i > 0 && (ts[i-1].comma() || ts[i-1].is("while", "and")) {
			st.inherit(r, i)
		}
		return len(st.out) > n
	}
	sub := st.leftSubject(i)
	if sub.coor {
		r.when = firstNonEmpty(sub.when, r.when)
		st.inherit(r, i)
		return len(st.out) > n
	}
	if !st.speakerBefore(&sub) {
		return false
	}
	r.when, r.role = firstNonEmpty(sub.when, r.when), sub.role
	st.emitSubject(r, sub, i)
	return len(st.out) > n
}

// called handles a characterisation in quotation marks: `X called it "a
// victory"`, `X branded the plan "reckless"`. Without a quotation within a
// few words ("called for", "called off") it is not a claim.
func (st *sentence) called(i int) {
	ts := st.ts
	if st.calledOn(i) {
		return
	}
	q, e := st.quoteNear(i)
	if q < 0 {
		st.calledUnquoted(i)
		return
	}
	if ts[i].lo == "calling" {
		st.callingIt(i, q, e)
		return
	}
	sub := st.leftSubject(i)
	if !sub.ok || !validNP(ts, sub.a, sub.b) {
		return
	}
	r := raw{cue: ts[i].s, kind: newsbot.CueStates, ca: -1, when: sub.when, role: sub.role}
	if q == i+2 && ts[i+1].lo == "as" {
		q = i + 1 // "described as \"an insult\"": the set's convention keeps "as"
	}
	st.content(&r, q, e+1)
	if r.ca >= 0 {
		st.emit(r, sub.a, sub.b)
	}
}

// quoteNear returns the quotation marks opening within five words after
// the verb at i and closing in the sentence, or -1: `called it "a
// victory"`, but not "called for", "called off".
func (st *sentence) quoteNear(i int) (int, int) {
	ts := st.ts
	q, commas, lastComma := -1, 0, -1
	for k := i + 1; k < len(ts) && (k <= i+9 || commas > 0 && k <= i+18); k++ {
		if ts[k].q == qOpen {
			q = k
			break
		}
		if ts[k].comma() && k > i+2 && commas < 2 {
			// "called Putin's proposal, made during the summit, an
			// “incredible offer”": a phrase set off by commas after the object
			commas, lastComma = commas+1, k
			continue
		}
		if ts[k].punct && !(commas > 0 && ts[k].s == "-") || ts[k].is("for", "off", "on", "up", "in", "out", "by") && k == i+1 {
			return -1, -1
		}
		if _, cue := verbs[ts[k].lo]; cue && commas > 0 {
			return -1, -1 // "called police, who said “...”": another speaker's quotation
		}
	}
	if q < 0 || commas == 1 || commas == 2 && q > lastComma+3 {
		return -1, -1
	}
	e := q + 1
	for e < len(ts) && ts[e].q != qClose {
		e++
	}
	if e >= len(ts) {
		return -1, -1
	}
	return q, e
}

// callingIt handles a participial characterisation after a comma: "The
// governor signed the bill, calling it ”the most important thing ...”":
// the subject of the sentence (or of the claim before) calls it so.
func (st *sentence) callingIt(i, q, e int) {
	if i == 0 || !st.ts[i-1].comma() {
		return
	}
	r := raw{cue: st.ts[i].s, kind: newsbot.CueStates, ca: -1}
	st.content(&r, q, e+1)
	if r.ca >= 0 {
		st.inherit(r, i)
	}
}

// describedAs reads "described": a characterisation when a quotation
// follows within a few words (`what an officer described as "one of the
// largest"`), otherwise a strict reporting verb, so "described what
// happened" claims nothing.
func (st *sentence) describedAs(i int) {
	if q, _ := st.quoteNear(i); q >= 0 {
		st.called(i)
		return
	}
	cv := verbs[st.ts[i].lo]
	if !st.relativeSpeaker(i, cv) && st.verbForm(i, cv) {
		st.verb(i, cv)
	}
}

// seenBy reports whether "seen by X" (or "obtained by", "reviewed by")
// starts at k and X runs to e: a document a news outlet saw is relayed by
// that outlet.
func seenBy(ts []tok, k, e int) bool {
	return ts[k].is("seen", "obtained", "reviewed") && k+2 < e && ts[k+1].lo == "by" && validNP(ts, k+2, e)
}

// seenIn finds "seen by X" inside the tokens [a,b) of a speaker or its
// appositive ("letter seen by the Guardian", "signed by 40 leaders and
// seen by the Guardian"): it returns where the phrase starts (b when there
// is none) and the outlet.
func (st *sentence) seenIn(a, b int) (int, string) {
	for k := a + 1; k < b; k++ {
		if seenBy(st.ts, k, b) {
			c := k
			for c > a && (st.ts[c-1].is("and") || st.ts[c-1].comma()) {
				c--
			}
			return c, join(st.s, st.ts, k+2, b)
		}
	}
	return b, ""
}

// verdictWords close a characterisation without quotation marks: "called
// the claim false", "branded the report a lie".
var verdictWords = set("a", "an", "false", "untrue", "baseless", "nonsense", "absurd", "ridiculous",
	"unacceptable", "outrageous", "misleading", "wrong", "irresponsible", "reckless", "illegal")

// calledUnquoted handles a characterisation without quotation marks:
// "The governor called the claim a lie", "Critics branded it reckless".
// The object is a short noun phrase opened by a determiner or a pronoun,
// and the verdict after it ends the clause within a few words.
func (st *sentence) calledUnquoted(i int) {
	ts := st.ts
	if ts[i].lo == "calling" && i > 0 && ts[i-1].comma() {
		st.callingUnquoted(i)
		return
	}
	if ts[i].is("call", "calling") || i+3 >= len(ts) || !(ts[i+1].has(wcDeterminer) || ts[i+1].is("it", "them", "him", "her")) {
		return
	}
	j := i + 2
	for j < len(ts) && j <= i+6 && !verdictWords[ts[j].lo] && !ts[j].punct && !ts[j].inQ && !ts[j].has(wcFinite) {
		j++
	}
	if j >= len(ts) || !verdictWords[ts[j].lo] || ts[j].punct {
		return
	}
	e := j + 1
	for e < len(ts) && e <= j+4 && !ts[e].punct && !ts[e].inQ && !verbLike(ts[e]) && !prepositions[ts[e].lo] {
		e++
	}
	when, end := "", e
	if t := timeAt(ts, e); t > e {
		when, e = join(st.s, ts, e, t), t // "called it a disgrace on Tuesday"
	}
	if e < len(ts) && !ts[e].punct {
		return // the clause goes on: "called the meeting a week ago to ..."
	}
	sub := st.leftSubject(i)
	if !sub.ok || !validNP(ts, sub.a, sub.b) {
		return
	}
	r := raw{cue: ts[i].s, kind: newsbot.CueStates, ca: -1, when: firstNonEmpty(sub.when, when), role: sub.role}
	st.content(&r, i+1, trimBack(ts, i+1, end))
	if r.ca >= 0 {
		st.emit(r, sub.a, sub.b)
	}
}

// relayVerbs relay a speaker's words when "as saying" follows: "The
// minutes record X as saying", "The paper quotes X as saying".
var relayVerbs = set("cites", "quotes", "records", "recorded", "record")

// asSaying reports whether "as saying" follows the verb at i within the
// clause.
func (st *sentence) asSaying(i int) bool {
	ts := st.ts
	for k := i + 2; k < len(ts) && k <= i+18; k++ {
		if ts[k].hard() {
			return false
		}
		if ts[k].lo == "saying" {
			return ts[k-1].lo == "as"
		}
	}
	return false
}

// callingUnquoted handles a characterisation in a participle after a comma:
// "..., casts doubt on the crackdown, calling it more symbolic than
// structural". The speaker is the one of the clause before; the claim is
// the object and the verdict, up to the end of the clause, when it is short
// and has no verb of its own.
func (st *sentence) callingUnquoted(i int) {
	ts := st.ts
	if i+3 >= len(ts) || !ts[i+1].is("it", "them", "him", "her", "this", "that") && !ts[i+1].has(wcDeterminer) {
		return
	}
	e := i + 2
	for e < len(ts) && !ts[e].punct && !ts[e].inQ {
		if ts[e].has(wcFinite) || ts[e].is("to", "for", "on") || e > i+10 {
			return // "calling it off", "calling them to testify": not a verdict
		}
		e++
	}
	if e < i+4 || e < len(ts) && !ts[e].comma() && ts[e].s != "." && ts[e].s != ";" || ts[i+2].is("off", "up", "out", "in", "quits") {
		return // "calling it off": a phrasal verb, no verdict
	}
	r := raw{cue: ts[i].s, kind: newsbot.CueStates, ca: -1}
	st.content(&r, i+1, e)
	if r.ca >= 0 {
		st.inherit(r, i)
	}
}

// doubtVerbs raise a doubt or a concern about something: "cast doubt on",
// "raised concerns about", "voiced doubts over".
var doubtVerbs = set("cast", "casts", "casting", "raise", "raised", "raises", "raising", "voice", "voiced",
	"voices", "voicing", "express", "expressed", "expresses", "expressing")

// doubtOn handles a doubt or concern voiced about a thing: "X casts doubt
// on the effectiveness of the crackdown" claims "the effectiveness of the
// crackdown" (a denial for a doubt). One adjective may stand before the
// noun ("raised serious concerns about"); after a comma the participle
// takes the speaker of the clause before.
func (st *sentence) doubtOn(i int) {
	ts := st.ts
	v := i - 1
	if v > 0 && !ts[v].punct && !doubtVerbs[ts[v].lo] && !ts[v].capped && !ts[v].has(wcDeterminer) {
		v-- // "cast fresh doubt on"
	}
	if v < 1 || !doubtVerbs[ts[v].lo] || i+2 >= len(ts) || !ts[i+1].is("on", "over", "about", "upon") || ts[i+2].punct {
		return
	}
	kind := newsbot.CueStates
	if strings.HasPrefix(ts[i].lo, "doubt") {
		kind = newsbot.CueDenies
	}
	r := raw{cue: join(st.s, ts, v, i+2), kind: kind, ca: -1}
	st.content(&r, i+2, st.clauseEnd(i+2))
	if r.ca < 0 {
		return
	}
	st.objectAdjuncts(&r)
	if ts[v].lo == "casting" || strings.HasSuffix(ts[v].lo, "ing") {
		if ts[v-1].comma() {
			st.inherit(r, v)
		}
		return
	}
	sub := st.leftSubject(v)
	if sub.coor {
		st.inherit(r, v)
		return
	}
	if !st.speakerBefore(&sub) {
		return
	}
	r.when, r.role = firstNonEmpty(sub.when, r.when), sub.role
	st.emitSubject(r, sub, v)
}

// accordingOutletAfter reads ", according to X" closing a sentence whose
// claim already has its own speaker and cue ("Lukin announced Friday that
// the appeal would go before the court, according to the Interfax news
// agency"): a news outlet X is the claim's channel (via), not a second
// speaker, and the phrase leaves the content. It reports whether it did.
func (st *sentence) accordingOutletAfter(i, a, e int) bool {
	ts := st.ts
	if i < 2 || !ts[i-1].comma() || e < len(ts)-1 || e == len(ts)-1 && !ts[e].punct {
		return false
	}
	o := st.outlet(a, e)
	if o == "" {
		return false
	}
	for k := len(st.out) - 1; k >= 0; k-- {
		r := &st.out[k]
		if r.via != "" || r.ca < 0 || r.ca >= ts[i-1].a || r.cb < ts[i-1].a {
			continue
		}
		r.via = o
		r.cb = st.cutBefore(r.ca, ts[i-1].a)
		return true
	}
	return false
}

// nounCalls reports whether "calls"/"call" at i is a noun in a phrase
// opened by a preposition or a determiner, with at most one modifier
// between: "to online calls for a protest", "amid calls for calm", "their
// calls for reform"; a determiner only right before it ("The union calls
// for" is a subject and its verb).
func nounCalls(ts []tok, i int) bool {
	if !ts[i].is("calls", "call") {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		t := ts[j]
		if t.punct || t.inQ {
			return false
		}
		if prepositions[t.lo] || frontedPrepositions[t.lo] || j == i-1 && t.has(wcDeterminer) && !t.is("that") {
			return true // ("The union calls for": a determiner two words before opens the subject)
		}
		if verbLike(t) || t.capped {
			return false
		}
	}
	return false
}

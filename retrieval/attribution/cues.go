package attribution

import (
	"strings"

	"github.com/newsbot/newsbot"
)

// leftSubject finds the speaker written before the reporting verb at i:
// "The Kremlin said", "X, a UK-based group ..., said", "NAME, ROLE said",
// "which the United Nations says". It runs the steps below in order.
func (st *sentence) leftSubject(i int) subject {
	ts := st.ts
	sub := subject{bound: -1}
	j := st.skipAdverbs(i-1, &sub.when)
	if j < 0 {
		return sub
	}
	if ts[j].is("and", "but", "while", "or") {
		sub.coor = true
		return sub
	}
	if a, b, role, ok := st.nameDetails(j); ok {
		// "Gareth Pryce, 37, of Hillside Road, Brackley, admitted ..."
		sub.a, sub.b, sub.role, sub.bound, sub.ok = a, b, role, a-1, true
		return sub
	}
	app, j, ok := st.appositiveBefore(j)
	if !ok {
		return sub
	}
	if j = st.aliasBefore(j, &sub); j < 0 {
		return sub
	}
	a, start := st.subjectRun(j, &sub)
	sub.bound = a
	if start > j {
		sub.coor = a >= 0 && ts[a].is("and", "but", "while")
		return sub
	}
	start, a = st.relativeWithoutThat(start, j, a)
	if j > start && pronouns[ts[j].lo] != "" && !ts[j].capped && app.a < 0 {
		start, a = j, j-1 // a pronoun right before the verb is its subject
	}
	sub.bound = a
	sub.a, sub.b, sub.ok = start, j+1, true
	st.apposition(&sub, app, a)
	return sub
}

// appositive is a phrase set off by commas or dashes between a subject and
// its verb; a < 0 when there is none.
type appositive struct {
	a, b int
	dash bool
}

// appositiveBefore finds an appositive ending at token j ("X, a UK-based
// group, said"), skipping a connective set off by commas ("The ministry,
// however, said"). It returns it with the token before it; ok is false when
// the comma or dash at j opens no closed phrase.
func (st *sentence) appositiveBefore(j int) (appositive, int, bool) {
	ts := st.ts
	app := appositive{a: -1, b: -1}
	if ts[j].comma() && j >= 2 && ts[j-2].comma() && (connectives[ts[j-1].lo] || skipBack[ts[j-1].lo]) {
		j -= 3 // "The ministry, however, said"
	}
	if j >= 0 && (ts[j].comma() || ts[j].dash()) {
		k := j - 1
		for k >= 0 && !ts[k].hard() && !(ts[j].comma() && ts[k].comma()) && !(ts[j].dash() && ts[k].dash()) {
			k--
		}
		if k < 0 || !ts[k].comma() && !ts[k].dash() || k+1 >= j {
			return app, j, false
		}
		app = appositive{a: k + 1, b: j, dash: ts[j].dash()}
		j = k - 1
	}
	return app, j, true
}

// aliasBefore records a bracketed acronym ending at token j ("the World
// Health Organization (WHO) said") and returns the token before the
// brackets.
func (st *sentence) aliasBefore(j int, sub *subject) int {
	ts := st.ts
	if j < 0 || ts[j].s != ")" {
		return j
	}
	k := j - 1
	for k >= 0 && ts[k].s != "(" {
		k--
	}
	if k >= 0 && k+2 == j && ts[k+1].capped {
		sub.alias = ts[k+1].s
	}
	return k - 1
}

// subjectRun scans left from j to the clause boundary and returns the
// boundary token and where the subject starts: after leading connectives,
// a leading time phrase ("On October 14th CATL said": recorded as the
// claim's time) and a phrase that opens a relative clause without "that"
// ("..., in a move ministers say will ...").
func (st *sentence) subjectRun(j int, sub *subject) (int, int) {
	ts := st.ts
	a := j
	for a >= 0 {
		t := ts[a]
		if t.hard() || t.comma() || t.dash() || t.inQ || openersWords[t.lo] && t.lo != "and" && t.lo != "or" && !isAcronym(t.s) {
			break
		}
		a--
	}
	start := a + 1
	for start <= j && connectives[ts[start].lo] {
		start++
	}
	if e := timeAt(ts, start); e > start && e <= j {
		if sub.when == "" {
			sub.when = join(st.s, ts, start, e)
		}
		start = e
	}
	if start+3 <= j && ts[start].is("in", "with", "for") && determiners[ts[start+1].lo] && !ts[start+2].capped &&
		(pronouns[ts[start+3].lo] != "" || !ts[start+3].capped && !functionWord(ts[start+3].lo)) {
		start += 3
		a = start - 1
	}
	return a, start
}

// relativeWithoutThat starts the subject at a second determiner inside
// [start, j]: "a figure the African Group described as" is a relative
// clause without "that" whose speaker is "the African Group". It returns
// the new start and boundary.
func (st *sentence) relativeWithoutThat(start, j, a int) (int, int) {
	ts := st.ts
	for k := start + 1; k < j; k++ {
		if ts[k].is("the", "a", "an") && !ts[k-1].punct && !ts[k-1].capped && !prepositions[ts[k-1].lo] &&
			!nameLinks[ts[k-1].lo] && !determiners[ts[k-1].lo] && !connectives[ts[k-1].lo] && !verbLike(ts[k-1]) && !isCue(ts[k-1].lo) &&
			!strings.HasSuffix(ts[k-1].lo, "self") && !strings.HasSuffix(ts[k-1].lo, "selves") &&
			!(k >= 2 && ts[k-2].is("calling", "called", "named", "dubbed", "known", "as")) {
			return k, k - 1
		}
	}
	return start, a
}

// apposition reads the appositive found before the verb: "X, citing Y,
// reported" (Y speaks, X relays), "a regional governor, Andrei Lasko, said"
// (the name speaks, the description is the role), "X, a UK-based group,
// said" (the role), or a role after a name with no comma before the verb
// ("Zakaria Malahifji, head of the political office ... said").
func (st *sentence) apposition(sub *subject, app appositive, a int) {
	ts := st.ts
	switch {
	case app.a >= 0 && ts[app.a].is("citing", "quoting"):
		sub.via = join(st.s, ts, sub.a, sub.b)
		sub.a, sub.b = app.a+1, app.b
	case app.a >= 0 && !app.dash && isProperName(ts, app.a, app.b) && !isProperName(ts, sub.a, sub.b):
		sub.role = join(st.s, ts, sub.a, sub.b)
		sub.a, sub.b = app.a, app.b
	case app.a >= 0 && !app.dash:
		sub.role = join(st.s, ts, app.a, app.b)
	case app.a < 0 && a >= 1 && ts[a].comma() && !ts[sub.a].capped && !determiners[ts[sub.a].lo] && !quantifier(ts[sub.a]):
		p := a - 1
		for p >= 0 && !ts[p].hard() && !ts[p].comma() && !ts[p].dash() && !openersWords[ts[p].lo] {
			p--
		}
		if isProperName(ts, p+1, a) && timeAt(ts, p+1) < a {
			sub.role = join(st.s, ts, sub.a, sub.b)
			sub.a, sub.b, sub.bound = p+1, a, p
		}
	}
}

// appositiveSubject reports whether the comma before the verb at i closes
// an appositive after a subject that opens its clause: "Researchers at
// Quarry Labs, who first spotted the data, said ...". Then the verb is not
// inverted even when a short phrase follows it.
func (st *sentence) appositiveSubject(sub subject, i int) bool {
	if !sub.ok || !st.ts[i-1].comma() || !validNP(st.ts, sub.a, sub.b) {
		return false
	}
	return sub.bound < 0 || st.ts[sub.bound].hard()
}

func isCue(w string) bool {
	_, ok := verbs[w]
	return ok || participles[w] != ""
}

// skipAdverbs moves left from j over adverbs, auxiliaries and time
// expressions, recording the first time expression in when.
func (st *sentence) skipAdverbs(j int, when *string) int {
	ts := st.ts
	for j >= 0 {
		if !ts[j].punct && !ts[j].inQ && (skipBack[ts[j].lo] || isLyAdverb(ts[j]) && j > 0 && !ts[j-1].punct) {
			j-- // "has repeatedly denied"
			continue
		}
		if a := timeEndingAt(ts, j); a >= 0 {
			if *when == "" {
				*when = join(st.s, ts, a, j+1)
			}
			j = a - 1
			continue
		}
		return j
	}
	return j
}

// rightNP returns the end of a noun phrase starting at k that stops before
// a comma, the end of the clause, a time expression or a manner phrase, and
// whether it stopped at such a place.
func (st *sentence) rightNP(k int) (int, bool) {
	ts := st.ts
	e := k
	for e < len(ts) {
		t := ts[e]
		if t.punct && t.s != "(" && t.s != ")" || t.q != qNone || t.inQ || timeAt(ts, e) > e || st.manner(e) > e {
			break
		}
		if openersWords[t.lo] && t.lo != "and" || passives[t.lo] || t.is("has", "had", "have", "will", "would") {
			return e, false
		}
		if _, ok := verbs[t.lo]; ok && !t.capped && e > k {
			return e, false
		}
		e++
	}
	if e == k {
		return e, false
	}
	// After the phrase, only a time or manner phrase may come before the
	// end of the clause: "said the ministry in a statement on Monday."
	n, _ := st.afterCue(e)
	return e, n >= len(ts) || ts[n].punct && ts[n].q == qNone || ts[n].q == qClose
}

// emit records claims for the speaker tokens [a,b), one per conjunct.
func (st *sentence) emit(r raw, a, b int) {
	for _, c := range conjuncts(st.ts, a, b) {
		if !validNP(st.ts, c[0], c[1]) {
			continue
		}
		x := r
		na, nb, role := splitRole(st.s, st.ts, c[0], c[1])
		if role != "" && x.role == "" {
			x.role = role
		}
		x.speaker = join(st.s, st.ts, na, nb)
		x.person = isPersonName(st.ts, na, nb)
		st.out = append(st.out, x)
	}
}

// inherit records a claim whose speaker is the claim before it in the
// sentence ("..., adding that", "and say"), or, when there is none, the
// subject that opens the sentence ("The bank kept rates on hold but
// signalled that ...", "The minister welcomed the move, saying ...").
func (st *sentence) inherit(r raw, i int) {
	if len(st.out) == 0 {
		if a, b, ok := st.clauseSubject(); ok && b < i {
			st.emit(r, a, b)
		}
		return
	}
	prev := st.out[len(st.out)-1]
	r.speaker, r.role, r.via, r.person, r.inherit = prev.speaker, prev.role, prev.via, prev.person, true
	st.out = append(st.out, r)
	// The earlier claim's content stops where this clause begins.
	for k := range st.out[:len(st.out)-1] {
		if p := &st.out[k]; p.ca < r.ca && p.cb > r.ca {
			p.cb = st.cutBefore(p.ca, r.ca)
		}
	}
}

// cutBefore returns the end of the content [ca, ...) trimmed to end before
// byte offset at, without trailing connectives and punctuation.
func (st *sentence) cutBefore(ca, at int) int {
	ts := st.ts
	j := 0
	for j < len(ts) && ts[j].b <= at {
		j++
	}
	k := 0
	for k < len(ts) && ts[k].a < ca {
		k++
	}
	for j > k && (ts[j-1].b > at || ts[j-1].is("while", "and", "but") || ts[j-1].punct && ts[j-1].q == qNone || participles[ts[j-1].lo] != "") {
		j--
	}
	if j <= k {
		return ca
	}
	return ts[j-1].b
}

// verb handles a reporting verb at i.
func (st *sentence) verb(i int, cv cueVerb) {
	ts := st.ts
	r := raw{cue: ts[i].s, kind: cv.kind, ca: -1}
	sub := st.leftSubject(i)
	if i > 0 && (ts[i-1].q == qClose || ts[i-1].comma() && st.clauseBefore(i-1)) && invertible[ts[i].lo] && !st.appositiveSubject(sub, i) {
		if e, ok := st.rightNP(i + 1); ok && e > i+1 && validNP(ts, i+1, e) {
			st.inverted(r, i, e)
			return
		}
	}
	if sub.coor {
		k, when := st.afterCue(i + 1)
		if cv.strict && (k >= len(ts) || !ts[k].is("that") && ts[k].q != qOpen && ts[k].s != ":") {
			return // "but had found no evidence": not a report
		}
		r.when = when
		if st.rightContent(&r, k) {
			st.inherit(r, i)
		}
		return
	}
	if !sub.ok {
		return
	}
	if p := isPronoun(ts, sub.a, sub.b); p == "" && !validNP(ts, sub.a, sub.b) {
		return
	}
	if a := stripSource(ts, sub.a, sub.b); a > sub.a && validNP(ts, a, sub.b) {
		sub.a = a // "A statement from the ministry said": the ministry
	}
	r.when, r.alias, r.via = sub.when, sub.alias, sub.via
	r.role = sub.role
	if r.via != "" {
		r.cue = "citing ... " + r.cue
	}
	k, when := st.afterCue(i + 1)
	told := strings.HasPrefix(ts[i].lo, "tel") || ts[i].lo == "told"
	if told {
		h := k
		k, when = st.hearer(k, when)
		if r.via == "" {
			r.via = st.outlet(h, k) // "told the Halden Press": the channel
		}
	}
	if r.when == "" {
		r.when = when
	}
	if k+1 < len(ts) && ts[k].comma() && ts[k+1].is("citing", "quoting") && st.citingInside(r, sub, i, k) {
		return
	}
	next := k
	if sub.bound >= 0 && ts[sub.bound].q == qClose && (next >= len(ts) || !ts[next].is("that") && ts[next].s != ":" && ts[next].q != qOpen) {
		// `"...," the group said in a statement posted on Telegram.`
		if st.leftContent(&r, sub.bound) {
			n := len(st.out)
			st.emitSubject(r, sub, i)
			if len(st.out) > n {
				st.resumed(i)
			}
		}
		return
	}
	k = st.commaOpening(k)
	next = k
	if !st.rightContent(&r, k) {
		if !st.leftContent(&r, sub.bound) {
			return
		}
	} else if cv.strict && next < len(ts) && !ts[next].is("that") && ts[next].q != qOpen && ts[next].s != ":" && !claimObjects[ts[next].lo] {
		return
	} else if told && !st.hasClause(r.ca, r.cb) {
		// "X told the national authority." names a listener, not a claim.
		if r.ca, r.cb = -1, -1; !st.leftContent(&r, sub.bound) {
			return
		}
	} else if r.ca > ts[i].b && (cv.kind == newsbot.CueConfirms || cv.kind == newsbot.CueDenies) && (st.objectBeforeAct(&r) || !st.hasClause(r.ca, r.cb)) {
		st.objectAdjuncts(&r)
	}
	st.emitSubject(r, sub, i)
}

// relativeSpeaker handles a speaker named before a relative clause that
// reports its claim: "Opponents, who say the plan would strain roads and
// sewers, packed the hearing room". The claim ends at the comma that closes
// the clause. It reports whether the pattern matched.
func (st *sentence) relativeSpeaker(i int, cv cueVerb) bool {
	ts := st.ts
	if i < 3 || !ts[i-1].is("who") || !ts[i-2].comma() || cv.strict || cv.noun {
		return false
	}
	a := i - 3
	for a >= 0 && !ts[a].punct && !ts[a].inQ && !openersWords[ts[a].lo] {
		a--
	}
	if a >= 0 || !validNP(ts, 0, i-2) {
		return false // only a subject that opens the sentence
	}
	k, when := st.afterCue(i + 1)
	if k < len(ts) && ts[k].lo == "that" {
		k++
	}
	e := k
	for e < len(ts) && !(ts[e].comma() && !ts[e].inQ) {
		e++
	}
	if e >= len(ts) || e == k {
		return false
	}
	r := raw{cue: ts[i].s, kind: cv.kind, ca: -1, when: when}
	st.content(&r, k, trimBack(ts, k, e))
	if r.ca < 0 {
		return false
	}
	st.emit(r, 0, i-2)
	return true
}

// commaOpening skips a comma between a cue and its claim: `He added,
// "..."` and "said, in an email, that ...". It returns the token after the
// comma (and the phrase), or k.
func (st *sentence) commaOpening(k int) int {
	ts := st.ts
	if k+1 >= len(ts) || !ts[k].comma() {
		return k
	}
	if ts[k+1].q == qOpen {
		return k + 1
	}
	if e := st.manner(k + 1); e > k+1 && e+1 < len(ts) && ts[e].comma() && (ts[e+1].lo == "that" || ts[e+1].q == qOpen) {
		return e + 1
	}
	return k
}

// objectBeforeAct ends a content that is a noun phrase before ", and" or
// ", but": in "has repeatedly denied wrongdoing in similar cases, and in
// 2021 paid $4.2 million ...", the payment is another act, not what was
// denied. It reports whether it cut the content.
func (st *sentence) objectBeforeAct(r *raw) bool {
	ts := st.ts
	for k := 0; k+1 < len(ts); k++ {
		t := ts[k]
		if t.a <= r.ca || t.b > r.cb || !t.comma() || t.inQ || !ts[k+1].is("and", "but") {
			continue
		}
		if st.hasClause(r.ca, t.a) {
			return false
		}
		r.cb = ts[k-1].b
		return true
	}
	return false
}

// objectAdjuncts trims the time and place of the act from a content that
// is a noun phrase, not a clause: "admitted nine counts of theft at
// Kelmscott Crown Court on Tuesday" claims "nine counts of theft", on
// Tuesday. The time becomes the claim's when.
func (st *sentence) objectAdjuncts(r *raw) {
	ts := st.ts
	a, b := -1, -1
	for k, t := range ts {
		if t.a == r.ca {
			a = k
		}
		if t.b == r.cb {
			b = k + 1
		}
	}
	if a < 0 || b <= a {
		return
	}
	for k := a + 1; k+1 < b; k++ {
		if ts[k].comma() && ts[k+1].is("and", "but") {
			b = k // "denied wrongdoing in similar cases, and in 2021 paid ...": another act
			break
		}
	}
	if s := timeEndingAt(ts, b-1); s > a {
		if r.when == "" {
			r.when = join(st.s, ts, s, b)
		}
		b = s
	}
	// "at Kelmscott Crown Court": the capitalised place of the act.
	for k := b - 1; k > a+1 && ts[k].capped && !ts[k].punct; k-- {
		if ts[k-1].lo == "at" {
			b = k - 1
			break
		}
	}
	r.cb = ts[b-1].b
}

// hasClause reports whether the sentence bytes [ca,cb) hold a verb or a
// quotation, as a claimed clause does.
func (st *sentence) hasClause(ca, cb int) bool {
	for _, t := range st.ts {
		if t.a >= ca && t.b <= cb && (verbLike(t) || t.q != qNone || t.inQ) {
			return true
		}
	}
	return false
}

// emitSubject records r for the subject found left of the verb at i, or
// for the source of a trailing "citing" phrase.
func (st *sentence) emitSubject(r raw, sub subject, i int) {
	if r.when == "" && sub.bound >= 1 && timeAt(st.ts, 0) == sub.bound {
		r.when = join(st.s, st.ts, 0, sub.bound)
	}
	if !st.trailingCiting(r, sub, i) {
		st.emit(r, sub.a, sub.b)
	}
}

// inverted handles "..., said X" and `"...," said X, ROLE`.
func (st *sentence) inverted(r raw, i, e int) {
	ts := st.ts
	_, r.when = st.afterCue(e)
	a := i + 1
	if e < len(ts) && ts[e].comma() {
		f := e + 1
		for f < len(ts) && !ts[f].comma() && !ts[f].hard() {
			f++
		}
		if g := trimBack(ts, e+1, f); g > e+1 {
			if isPersonName(ts, e+1, g) && !isProperName(ts, a, e) {
				// "said one resident, Ahmed Hassan": the name is the speaker
				r.role = join(st.s, ts, a, e)
				a, e = e+1, g
			} else {
				r.role = join(st.s, ts, e+1, g)
			}
		}
	}
	if !st.leftContent(&r, i-1) {
		return
	}
	n := len(st.out)
	st.emit(r, a, e)
	if len(st.out) > n {
		st.resumed(i)
	}
}

// resumed records the quotation that resumes after an attribution set
// between two parts of it: in `"We were poor," he said, "but we fought."`
// the second part is a second claim of the same speaker. The attribution
// is the verb at i; the quotation opens after a comma within a few tokens
// and runs to its closing mark or to the end of the sentence.
func (st *sentence) resumed(i int) {
	ts := st.ts
	q := -1
	for k := i + 1; k < len(ts) && k <= i+14; k++ {
		if ts[k].q == qOpen {
			if ts[k-1].comma() {
				q = k
			}
			break
		}
		if ts[k].inQ || ts[k].punct && !ts[k].comma() && ts[k].s != "(" && ts[k].s != ")" {
			return
		}
		if _, ok := verbs[ts[k].lo]; ok && k > i+1 {
			return // another claim follows
		}
	}
	if q < 0 {
		return
	}
	e := q + 1
	for e < len(ts) && ts[e].q != qClose {
		e++
	}
	if e < len(ts) {
		e++
	}
	prev := st.out[len(st.out)-1]
	r := raw{cue: prev.cue, kind: prev.kind, ca: -1, when: prev.when}
	st.content(&r, q, e)
	if r.ca < 0 {
		return
	}
	r.direct = true
	r.speaker, r.role, r.via, r.person, r.inherit, r.alias = prev.speaker, prev.role, prev.via, prev.person, true, prev.alias
	r.resumed, r.outer = true, prev.outer
	for k := q; k < e; k++ {
		st.used[k] = true
	}
	st.out = append(st.out, r)
}

// hearer skips the listener after "told": "told reporters", "told the
// Reuters news agency on Sunday that". It returns the next token.
func (st *sentence) hearer(k int, when string) (int, string) {
	ts := st.ts
	for j := k; j < len(ts) && j <= k+8; j++ {
		if ts[j].punct || ts[j].inQ {
			break
		}
		if e := timeAt(ts, j); e > j && when == "" {
			when = join(st.s, ts, j, e)
		}
		if ts[j].lo == "that" && j > k {
			return j, when
		}
	}
	last := k
	for j := k; j < len(ts) && j <= k+5; j++ {
		t := ts[j]
		if t.punct || t.inQ {
			break
		}
		if hearerNouns[t.lo] || t.capped {
			last = j + 1
		} else if !determiners[t.lo] && !t.is("news", "state", "local", "foreign", "national") {
			break
		}
		if j == k && pronouns[t.lo] != "" {
			last = j + 1
			break
		}
	}
	k2, w := st.afterCue(last)
	if when == "" {
		when = w
	}
	return k2, when
}

// statementSaying handles "X issued a statement saying ...", "X released
// a video saying ...": the participle reports what X's statement said. It
// reports whether the pattern matched.
func (st *sentence) statementSaying(i int) bool {
	ts := st.ts
	if i < 3 || ts[i].lo != "saying" || !speechAct(ts, i-1) || !determiners[ts[i-2].lo] || !publishVerbs[ts[i-3].lo] {
		return false
	}
	sub := st.leftSubject(i - 3)
	if !sub.ok || !validNP(ts, sub.a, sub.b) {
		return false
	}
	r := raw{cue: join(st.s, ts, i-3, i+1), kind: newsbot.CueStates, ca: -1, when: sub.when, role: sub.role}
	k, when := st.afterCue(i + 1)
	if r.when == "" {
		r.when = when
	}
	if st.rightContent(&r, k) {
		st.emitSubject(r, sub, i-3)
	}
	return true
}

// publishVerbs put out a statement: "issued a statement saying".
var publishVerbs = set("issued", "released", "published", "posted", "sent", "put", "circulated", "tweeted", "shared")

// participle handles ", adding that", "while confirming that", "but
// conceded that" after a claim in the same sentence.
func (st *sentence) participle(i int) {
	ts := st.ts
	if st.statementSaying(i) {
		return
	}
	if i == 0 || !(ts[i-1].comma() || ts[i-1].is("while", "and", "but", "also")) {
		return
	}
	r := raw{cue: ts[i].s, kind: participles[ts[i].lo], ca: -1}
	k, when := st.afterCue(i + 1)
	r.when = when
	if st.rightContent(&r, k) {
		st.inherit(r, i)
	}
}

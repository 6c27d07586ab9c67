package attribution

import (
	"strings"

	"github.com/newsbot/newsbot"
)

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
		if a := timeEndingAt(ts, j); a >= 0 {
			if *when == "" {
				*when = join(st.s, ts, a, j+1) // "today announced": a time, then skipped
			}
			j = a - 1
			continue
		}
		if !ts[j].punct && !ts[j].inQ && (skipBack[ts[j].lo] || isLyAdverb(ts[j]) && j > 0 && !ts[j-1].punct) {
			j-- // "has repeatedly denied"
			continue
		}
		if hereAdverb(ts, j) {
			j-- // "Officials here say": a place adverb is no part of the speaker
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
		if t.punct && t.s != "(" && t.s != ")" && !ampersandInName(ts, e) || t.q != qNone || t.inQ || timeAt(ts, e) > e || st.manner(e) > e {
			break
		}
		if t.has(wcOpener) && t.lo != "and" || t.has(wcPassive) || t.has(wcFinite) && t.is("has", "had", "have", "will", "would") {
			return e, false
		}
		if _, ok := verbs[t.lo]; ok && !t.capped && e > k {
			return e, false
		}
		if e > k && !t.capped && topicPrepositions[t.lo] {
			return e, true // "said Martin regarding the support to citizens": the phrase is about the words, not the speaker
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

// topicPrepositions open a phrase after a speaker that says what the words
// were about or when they were spoken, never part of who spoke: "said
// Martin regarding the support", "said the mayor during a visit".
var topicPrepositions = set("regarding", "concerning", "about", "during", "following", "amid", "despite", "after", "before")

// trimPossessiveName cuts a possessive ending off a speaker: "Ana
// Brink's" (of "Ana Brink's statement said") is Ana Brink.
func trimPossessiveName(s string) string {
	for _, x := range []string{"'s", "’s"} {
		if strings.HasSuffix(s, x) && len(s) > len(x)+1 {
			return s[:len(s)-len(x)]
		}
	}
	return s
}

// ampersandInName reports whether the token at e is an "&" between two
// capitalised words, inside a name: "R & G Produce", "Johnson & Johnson".
func ampersandInName(ts []tok, e int) bool {
	return ts[e].s == "&" && e > 0 && e+1 < len(ts) && ts[e-1].capped && ts[e+1].capped && !ts[e-1].punct && !ts[e+1].punct
}

// emit records claims for the speaker tokens [a,b), one per conjunct.
func (st *sentence) emit(r raw, a, b int) {
	for _, c := range conjuncts(st.ts, a, b) {
		if !validNP(st.ts, c[0], c[1]) || earlierVersion(st.ts, c[0], c[1]) {
			continue
		}
		x := r
		if c[1]-c[0] > 3 && st.ts[c[1]-1].s == ")" && st.ts[c[1]-3].s == "(" && isAcronym(st.ts[c[1]-2].s) {
			x.alias = st.ts[c[1]-2].s // "The Garda Representative Association (GRA) and ..."
			c[1] -= 3
		}
		c[1], x.via = st.seenSpeaker(c[0], c[1], x.via)
		na, nb, role := splitRole(st.s, st.ts, c[0], c[1])
		if role != "" && x.role == "" {
			x.role = role
		}
		x.speaker = trimPossessiveName(join(st.s, st.ts, na, nb))
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
			a, b = sourceAuthor(st.ts, a, b, i)
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
	for j > k && (ts[j-1].b > at || ts[j-1].is("while", "and", "but") || ts[j-1].punct && ts[j-1].q == qNone || ts[j-1].has(wcParticiple) || ts[j-1].lo == "calling") {
		j--
	}
	if j <= k {
		return ca
	}
	return ts[j-1].b
}

// verb handles a reporting verb at i, trying its patterns in order: the
// speaker after the verb, a second verb of the same speaker, then the
// speaker before it with the claim before or after.
func (st *sentence) verb(i int, cv cueVerb) {
	r := raw{cue: st.ts[i].s, kind: cv.kind, ca: -1}
	if opinionVerbs[st.ts[i].lo] && st.insideClaim(i) {
		return // "told delegates he still believed a deal was possible": the told claim's content
	}
	if opinionVerbs[st.ts[i].lo] && i > 0 && st.ts[i-1].is("i", "we") {
		return // "At first I thought he had stage fright": a narrator's thought
	}
	if passivePrediction(st.ts, i) {
		return // "with both business lines forecast to be above ...": no object, no claim
	}
	if st.nestedPrediction(i) {
		return // "said it expects the deal to add to earnings": the said claim's content
	}
	sub := st.leftSubject(i)
	if sub.ok && sub.b-sub.a > 2 && st.ts[sub.a].lo == "according" && st.ts[sub.a+1].lo == "to" {
		return // "according to a preprint posted to bioRxiv": a participle in the source's phrase
	}
	if st.invertedVerb(r, sub, i) {
		return
	}
	if sub.coor {
		st.coordinatedVerb(r, cv, i)
		return
	}
	if !st.speakerBefore(&sub) || !st.evidenceSubject(i, sub) {
		return
	}
	st.theyAfterClause(&sub)
	r.when, r.alias, r.via, r.role = sub.when, sub.alias, sub.via, sub.role
	if r.via != "" {
		r.cue = "citing ... " + r.cue
	} else {
		r.via = sub.seen
	}
	st.frontedPhrase(&r, sub)
	k, told := st.channel(&r, i)
	if k+1 < len(st.ts) && st.ts[k].comma() && st.ts[k+1].is("citing", "quoting") && st.citingInside(r, sub, i, k) {
		return
	}
	if st.quotationBefore(r, sub, i, k) {
		return
	}
	if told && st.toldTo(&r, i, k) {
		st.emitSubject(r, sub, i)
		return
	}
	if st.colonQuote(&r, i, k) {
		st.emitSubject(r, sub, i)
		return
	}
	if st.claimAround(&r, cv, sub, i, k, told) && !st.announcedEvent(i, r) {
		st.emitSubject(r, sub, i)
	}
}

// announcedEvent reports whether the claim r of the verb at i is an act
// announced as a noun of process with its object after "of" ("announced
// the unsealing of a warrant", "announced the appointment of 17
// prosecutors"): the announcement of an act, not a claim. "announced a
// plan to ..." and "announced her retirement" stay claims.
func (st *sentence) announcedEvent(i int, r raw) bool {
	ts := st.ts
	if !strings.HasPrefix(ts[i].lo, "announc") || r.direct {
		return false
	}
	k := i + 1
	for k < len(ts) && ts[k].a < r.ca {
		k++
	}
	if k+2 >= len(ts) || ts[k].lo != "the" || !ts[k+2].is("of") {
		return false
	}
	w := ts[k+1].lo
	for _, suf := range []string{"ing", "ment", "tion", "sion", "ance", "ence"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// theyAfterClause makes the subject of the clause before ", they <verb>"
// the speaker when it is a group of people: "Astronomers using the James
// Webb Space Telescope have detected water vapour ..., they reported in
// ...". A "they" after a clause about things ("Prices will rise, they
// said") is left to the tracker.
func (st *sentence) theyAfterClause(sub *subject) {
	ts := st.ts
	if sub.b-sub.a != 1 || ts[sub.a].lo != "they" || sub.a < 3 || !ts[sub.a-1].comma() {
		return
	}
	x, y, ok := st.clauseSubject()
	if !ok || y >= sub.a-1 || y-x < 1 || ts[x].inQ {
		return
	}
	h := x
	if ts[h].has(wcDeterminer) {
		h++
	}
	w, plural := strings.CutSuffix(ts[h].lo, "s")
	if h >= y || !plural || !personNouns[w] && !agentNoun(w) {
		return
	}
	for y < sub.a-1 && !ts[y].punct && !ts[y].inQ && !ts[y].has(wcFinite) && !auxes[ts[y].lo] && !modals[ts[y].lo] {
		y++ // "Astronomers using the James Webb Space Telescope have ...": the modifiers up to the verb
	}
	sub.a, sub.b = x, y
}

// opinionVerbs hold a view rather than say it: a claim only when the view
// is the speaker's own report, not inside another claim or a narrator's
// "I thought".
var opinionVerbs = set("think", "thinks", "thought", "believe", "believes", "believed", "reckon", "reckons",
	"reckoned", "feel", "feels", "felt")

// insideClaim reports whether token i lies in the content of a claim the
// sentence already holds.
func (st *sentence) insideClaim(i int) bool {
	for _, r := range st.out {
		if r.ca >= 0 && r.ca <= st.ts[i].a && st.ts[i].a < r.cb {
			return true
		}
	}
	return false
}

// evidenceVerbs report what evidence shows; only evidence can be their
// speaker.
var evidenceVerbs = set("show", "shows", "showed")

// evidenceNouns head the subjects of evidenceVerbs: "Court records show",
// "An ongoing investigation showed that", "Figures compiled by X show".
var evidenceNouns = set("records", "record", "documents", "document", "data", "figures", "statistics",
	"numbers", "results", "investigation", "investigations", "inquiry", "probe", "audit", "review",
	"evidence", "tests", "test", "report", "reports", "study", "studies", "research", "analysis",
	"survey", "surveys", "poll", "polls", "filings", "filing", "footage", "logs", "autopsy", "estimates")

// evidenceSubject reports whether the speaker of the verb at i may speak
// through it: any speaker for a reporting verb, and for a verb of evidence
// ("show") a subject whose head is evidence ("Court records show that",
// not "Sediment cores drawn from a lake bed show that").
func (st *sentence) evidenceSubject(i int, sub subject) bool {
	if !evidenceVerbs[st.ts[i].lo] {
		return true
	}
	for k := sub.a; k < sub.b; k++ {
		if evidenceNouns[st.ts[k].lo] {
			return true
		}
	}
	// "figures released by the Department of Justice show": the speaker
	// was read out of the evidence before it
	for k := sub.a - 1; k >= 0 && k >= sub.a-6 && !st.ts[k].punct; k-- {
		if evidenceNouns[st.ts[k].lo] {
			return true
		}
	}
	return false
}

// toldTo reads an instruction, "told jurors to expect the trial to last two
// more weeks": after the listener ending at k comes "to" and a bare verb;
// the claim is the listener and the act, as for "called on X to". It
// reports whether it set r's content.
func (st *sentence) toldTo(r *raw, i, k int) bool {
	ts := st.ts
	if k <= i+1 || k+2 >= len(ts) || ts[k].lo != "to" || !bareVerb(ts[k+1]) || ts[k+2].punct {
		return false
	}
	st.content(r, i+1, st.clauseEnd(i+1))
	return r.ca >= 0
}

// colonQuote reads a reporting verb whose object names what the quotation
// after a colon says: "she recalled the moment the vents came into view:
// \"It was like flying over a city at night.\"", "he described the scene:
// \"...\"". The object, up to twelve words without punctuation, is skipped;
// the quotation is the claim. It reports whether it set r's content.
func (st *sentence) colonQuote(r *raw, i, k int) bool {
	ts := st.ts
	if k >= len(ts) || ts[k].lo == "that" || ts[k].q != qNone || ts[k].punct {
		return false
	}
	for j := k + 1; j < len(ts) && j <= k+12; j++ {
		if ts[j].inQ || ts[j].q != qNone {
			return false
		}
		if ts[j].punct {
			if ts[j].s != ":" || j+1 >= len(ts) || ts[j+1].q != qOpen {
				return false
			}
			st.content(r, j+1, st.clauseEnd(j+1))
			return r.ca >= 0
		}
	}
	return false
}

// bareVerb reports whether t can be a verb's base form after "to": a plain
// lower-case word that is no determiner, pronoun, number or -ing, -ed or
// -ly form ("to expect", "to stay"; not "to the court", "to 2030").
func bareVerb(t tok) bool {
	w := t.lo
	if t.capped || t.punct || t.inQ || t.cls&(wcDeterminer|wcPronoun|wcFunction) != 0 || isDigitByte(w[0]) {
		return false
	}
	return !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ly")
}

// invertedVerb handles "..., said X" and `"...," said X` when the verb
// can be inverted and a noun phrase closes the clause after it.
func (st *sentence) invertedVerb(r raw, sub subject, i int) bool {
	ts := st.ts
	if st.commalessInverted(r, i) {
		return true
	}
	if i == 0 || !(ts[i-1].q == qClose || ts[i-1].comma() && st.clauseBefore(i-1)) || st.appositiveSubject(sub, i) || relativeClauseBefore(ts, i-1) {
		return false
	}
	if cv := verbs[ts[i].lo]; !invertible[ts[i].lo] && !(ts[i-1].q == qClose && !cv.base && !cv.noun) && !findingInverted(ts, i) {
		return false // only right after a quotation may any verb of the class precede its speaker: `"...," lamented X`
	}
	if e, ok := st.rightNP(i + 1); ok && e > i+1 && validNP(ts, i+1, e) {
		st.inverted(r, i, e)
		return true
	}
	if e := relativeAfterSpeaker(ts, i+1); e > i+1 && validNP(ts, i+1, e) {
		st.inverted(r, i, e) // "..., said a professor at the university who studies budgets."
		return true
	}
	return false
}

// commalessInverted handles an inverted verb of saying after its content
// with no comma between them, the way live blogs and roundups write it:
// "Employees are trapped and harassed says Pakistani blogger Ghazala
// Khan." The verb must be one that inverts, in the present or past ("says",
// "said", "adds"), after a clause with a verb of its own, and the phrase
// after it must run to the end of the sentence and end in a person's name.
func (st *sentence) commalessInverted(r raw, i int) bool {
	ts := st.ts
	if i < 3 || ts[i-1].punct || ts[i-1].inQ || ts[i].capped || !invertible[ts[i].lo] || verbs[ts[i].lo].base || !st.clauseBefore(i) {
		return false
	}
	e, ok := st.rightNP(i + 1)
	if !ok || e < i+3 || !validNP(ts, i+1, e) {
		return false
	}
	n := e
	for n < len(ts) && ts[n].punct && ts[n].q == qNone && ts[n].s != "," {
		n++
	}
	p := e
	for p > i+1 && ts[p-1].capped && !ts[p-1].punct {
		p--
	}
	if n != len(ts) || e-p < 2 || !isPersonName(ts, p, e) {
		return false
	}
	a := 0
	if d := datelineEnd(ts); d < i {
		a = d
	}
	st.content(&r, a, i)
	if r.ca < 0 {
		return false
	}
	_, r.when = st.afterCue(e)
	st.emit(r, i+1, e)
	return len(st.out) > 0
}

// findingInverted reports whether a verb of findings comes before its
// source after a clause, the way a research release writes it: "..., suggests
// a study by researchers at X", "..., finds a new survey". Only before an
// article, so that "..., shows" with an object is not read as inverted.
func findingInverted(ts []tok, i int) bool {
	return findingVerbs[ts[i].lo] && i+2 < len(ts) && ts[i+1].is("a", "an", "the") && !ts[i+2].punct
}

// coordinatedVerb handles a verb after "and"/"but" with no subject of its
// own: the speaker of the claim before it says more ("... and said that").
func (st *sentence) coordinatedVerb(r raw, cv cueVerb, i int) {
	ts := st.ts
	k, when := st.afterCue(i + 1)
	if cv.strict && (k >= len(ts) || !clauseOpens(ts, k) && !predictionInfinitive(ts, i, k)) {
		return // "but had found no evidence": not a report ("and explained how ..." is one)
	}
	r.when = when
	if k+1 < len(ts) && ts[k].comma() && ts[k+1].q == qOpen {
		if st.used[k+1] {
			return // the quotation was taken as the participle's by resumed
		}
		k++ // ", adding, “We will not change it.”"
	}
	if st.rightContent(&r, k) {
		st.inherit(r, i)
	}
}

// clauseOpens reports whether a reported clause starts at k: "that", a
// "how" clause, a quotation, a colon, or a clause with its own subject
// ("announced it will ballot workers", "believes this plan will ...").
func clauseOpens(ts []tok, k int) bool {
	return ts[k].is("that") || howClause(ts, k) || ts[k].q == qOpen || ts[k].s == ":" || finiteClauseAt(ts, k) || demonstrativeClause(ts, k) || bareNounClauseAt(ts, k)
}

// strictClaimAt reports whether a strict verb at i has its claim starting
// at k: a clause (clauseOpens), or one of the objects some strict verbs
// take ("claimed victory", a directive's object and infinitive, a
// recommended course, a prediction's object and infinitive).
func strictClaimAt(ts []tok, i, k int) bool {
	return clauseOpens(ts, k) || claimObjects[ts[k].lo] || experienceClaim(ts, i, k) || adverbClauseAt(ts, k) || numberClauseAt(ts, k) ||
		phraseThenThat(ts, k) || directive(ts, i, k) || recommendation(ts, i, k) || reportedObject(ts, i, k) || needObject(ts, k) ||
		predictionInfinitive(ts, i, k) || findingObject(ts, i, k)
}

// speakerBefore checks the subject found before the verb and narrows "A
// statement from the ministry said" to the ministry.
func (st *sentence) speakerBefore(sub *subject) bool {
	ts := st.ts
	if !sub.ok {
		return false
	}
	if p := isPronoun(ts, sub.a, sub.b); p == "" && !validNP(ts, sub.a, sub.b) {
		return false
	}
	if a := stripSource(ts, sub.a, sub.b); a > sub.a && validNP(ts, a, sub.b) {
		sub.a = a
	}
	if a := unfronted(ts, sub.a, sub.b); a > sub.a {
		sub.a = a
	}
	if n := sub.b - 1; n-1 >= sub.a && statementWords[ts[n].lo] && possessiveWord(ts[n-1].s) {
		sub.b = n // "Ana Brink's statement said": the statement is hers
	}
	return true
}

// unfronted returns where the name starts in a subject [a,b) that opens
// with a phrase of place or occasion and no comma: "In the interview
// Zapatero described ...", "At the hearing Judge Ann Roe said". The name
// is the capitalised run at the end, after a word in lower case that is
// not a preposition or a determiner; a otherwise.
func unfronted(ts []tok, a, b int) int {
	if a >= b || !ts[a].capped || !prepositions[ts[a].lo] {
		return a
	}
	p := b
	for p > a && ts[p-1].capped && !ts[p-1].punct {
		p--
	}
	if p == b || p < a+2 || ts[p-1].punct || prepositions[ts[p-1].lo] || ts[p-1].has(wcDeterminer) || nameLinks[ts[p-1].lo] || !isProperName(ts, p, b) {
		return a
	}
	return p
}

// channel skips the time, manner and listener phrases after the verb at i
// and returns where the claim may start; after "told" it records an outlet
// listener as the channel ("told the Halden Press").
func (st *sentence) channel(r *raw, i int) (int, bool) {
	ts := st.ts
	k, when := st.afterCue(i + 1)
	told := strings.HasPrefix(ts[i].lo, "tel") || ts[i].lo == "told"
	if told {
		h := k
		k, when = st.hearer(k, when)
		if r.via == "" {
			r.via = st.outlet(h, k)
		}
	}
	if !told && listenerVerbs[ts[i].lo] {
		k = st.listenerThat(k)
	}
	if r.when == "" {
		r.when = when
	}
	return k, told
}

// quotationBefore handles a quotation closed right before the speaker and
// verb, with no claim after them: `"...," the group said in a statement
// posted on Telegram.`; a quotation resuming after the cue joins its unit.
func (st *sentence) quotationBefore(r raw, sub subject, i, k int) bool {
	ts := st.ts
	if sub.bound < 0 || ts[sub.bound].q != qClose || k < len(ts) && (ts[k].is("that") || ts[k].s == ":" || ts[k].q == qOpen) {
		return false
	}
	if sub.bound+1 < sub.a && ts[sub.bound+1].is("and", "but") && st.rightContent(&r, k) {
		return false // `... a "personal matter" and No 10 said she had ...`: the claim is after the verb
	}
	if st.leftContent(&r, sub.bound) {
		n := len(st.out)
		st.emitSubject(r, sub, i)
		if len(st.out) > n {
			st.resumed(i)
		}
	}
	return true
}

// claimAround finds the claim of the verb at i: after it (from token k,
// past a comma: `He added, "..."`), or else before the subject. It rejects
// a strict verb not followed by a claim, a "told" that only names a
// listener, and trims a denied or confirmed noun phrase to its object.
func (st *sentence) claimAround(r *raw, cv cueVerb, sub subject, i, k int, told bool) bool {
	ts := st.ts
	k = st.commaOpening(k)
	if reducedRelative(ts, i, k) {
		return false // "The cuts announced on Friday will hit ...": a participle, no claim
	}
	switch {
	case !st.rightContent(r, k):
		if progressive(ts, i) {
			return false // "X is testifying before the committee": no claim before it
		}
		return st.leftContent(r, sub.bound)
	case cv.strict && k < len(ts) && !strictClaimAt(ts, i, k):
		return false
	case cv.strict && k < len(ts) && recommendation(ts, i, k) && !directive(ts, i, k):
		if st.sayingAfter(k) {
			return false // "decried new levies, saying they will ...": the participle says what
		}
		st.objectAdjuncts(r) // "SAGE recommends continued use of the vaccines"
	case told && !st.hasClause(r.ca, r.cb) && !afterThat(ts, r.ca):
		// "X told the national authority." names a listener, not a claim.
		r.ca, r.cb = -1, -1
		return st.leftContent(r, sub.bound)
	case r.ca > ts[i].b && (cv.kind == newsbot.CueConfirms || cv.kind == newsbot.CueDenies) && (st.objectBeforeAct(r) || !st.hasClause(r.ca, r.cb)):
		st.objectAdjuncts(r)
	case ts[i].is("reported", "reports") && k < len(ts) && (resultFigure(ts, k) || reportedObject(ts, i, k) && !strings.HasSuffix(ts[k].lo, "ing")):
		st.objectAdjuncts(r) // "reported a 31% fall in profit on Wednesday", "have reported eleven injuries"
	}
	return true
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
	for a >= 0 && !ts[a].punct && !ts[a].inQ && !ts[a].has(wcOpener) {
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

// recommendBases are the verbs of advising a course: their noun-phrase
// object is the claim ("SAGE recommends continued use of the vaccines",
// "the group advises a booster shot for everyone").
var recommendBases = set("recommend", "advise", "advocate")

// objectActBases are speech acts whose noun-phrase object is what they
// state: "announced $40 million in grants", "reiterated its output
// guidance", "criticized North Korea", "flagged stronger shipments". Unlike
// advising, their object may be a name.
var objectActBases = set("announce", "reiterate", "criticize", "criticise", "condemn", "denounce", "decry", "flag", "express")

// recommendation reports whether the verb at i recommends the noun phrase
// starting at k: a determiner or a word in lower case or a capitalised
// word that is not a name of a person or a pronoun ("advised him", "advised
// Smith on the sale" name a listener, not a claim).
func recommendation(ts []tok, i, k int) bool {
	if k >= len(ts) || k+1 >= len(ts) {
		return false
	}
	act := hasBase(ts[i].lo, objectActBases)
	if !act && !hasBase(ts[i].lo, recommendBases) {
		return false
	}
	t := ts[k]
	if act {
		// a time or a place is no object: "announced on Wednesday"
		if t.is("her") && (k+1 >= len(ts) || ts[k+1].punct || ts[k+1].capped || prepositions[ts[k+1].lo]) {
			return false // "criticized her for the loss": a person, not a claim
		}
		return !t.punct && !t.inQ && !t.is("that", "to", "him", "them", "us", "me", "you", "it") && !prepositions[t.lo] && (!t.has(wcPronoun) || t.is("her")) && timeAt(ts, k) == k
	}
	if t.punct || t.inQ || t.is("that", "to", "on", "against", "for") {
		return false
	}
	if t.has(wcPronoun) || t.is("him", "them", "us", "me", "you", "clients", "investors", "customers", "people", "residents") || prepositions[t.lo] {
		return false
	}
	if t.capped && k+1 < len(ts) && ts[k+1].capped && !ts[k+1].punct {
		return false // "advised Prime Minister X", "recommended John Smith"
	}
	return !ts[k+1].punct
}

// hasBase reports whether w is a form of one of the verbs bases.
func hasBase(w string, bases map[string]bool) bool {
	return bases[formBase[w]]
}

// formBase maps every form of the verbs of recommendBases and
// objectActBases to its base, built once.
var formBase = func() map[string]string {
	m := map[string]string{}
	for _, bases := range []map[string]bool{recommendBases, objectActBases} {
		for b := range bases {
			third, past, ing := verbForms(b, "")
			m[b], m[third], m[past], m[ing] = b, b, b, b
		}
	}
	return m
}()

// requestBases are the verbs of asking someone to act; directive reads
// their forms.
var requestBases = set("ask", "request", "urge", "implore", "beg", "encourage", "advise", "instruct", "invite", "press", "exhort")

// directive reports whether the verb at i asks someone to act, its object
// starting at k: "asks the court to freeze the assets", "is asking
// residents to conserve water". The claim is the object and the act.
func directive(ts []tok, i, k int) bool {
	w := ts[i].lo
	base := ""
	for b := range requestBases {
		if third, past, ing := verbForms(b, ""); w == b || w == third || w == past || w == ing {
			base = b
			break
		}
	}
	if base == "" {
		return false
	}
	for j := k; j < len(ts) && j <= k+6; j++ {
		t := ts[j]
		if t.punct || t.inQ || j > k && verbLike(t) {
			return false
		}
		if t.lo == "to" {
			// "asked a federal court to settle," with no object of its own
			// is a relative clause's ("the dispute, which five states have
			// asked a court to settle"), not a request reported
			return j > k && j+2 < len(ts) && !ts[j+1].capped && !ts[j+1].punct && !ts[j+1].has(wcDeterminer) && !ts[j+2].punct
		}
	}
	return false
}

// finiteClauseAt reports whether a clause with a pronoun subject and a
// finite verb starts at k: "announced it will ballot workers", "fumed she
// had been misled". A strict verb reports speech before such a clause as
// before "that".
func finiteClauseAt(ts []tok, k int) bool {
	if k+1 >= len(ts) || ts[k].inQ {
		return false
	}
	if ts[k].has(wcDeterminer) && !ts[k].is("that", "this", "no", "any", "some", "such") || ts[k].capped && possessiveWord(ts[k].s) {
		// ("show Dunning’s license was suspended": a name's possessive opens the noun phrase)
		// "claims its nuclear program is peaceful": a short noun phrase,
		// then a finite verb
		if agreeingPresent(ts, k) {
			return true // "told me the program works"
		}
		limit := k + 4
		for j := k + 1; j < len(ts) && j <= limit; j++ {
			t := ts[j]
			if ofPhraseInSubject(ts, k, j) {
				limit = j + 4 // "suggested a government of national unity could offer"
				continue
			}
			if t.punct || t.inQ || t.has(wcOpener) || prepositions[t.lo] {
				return false
			}
			if t.has(wcFinite) || modals[t.lo] {
				return j > k+1
			}
		}
		return false
	}
	if e := nameSubjectEnd(ts, k); e > k {
		// "expects Glenda will cross the coast": a name, then a modal or
		// an auxiliary
		return modals[ts[e].lo] || auxes[ts[e].lo] && !ts[e].is("be", "been", "do", "did", "does")
	}
	if !ts[k].is("he", "she", "it", "they", "we", "i") {
		return false
	}
	n := ts[k+1]
	return !n.capped && !n.punct && (n.has(wcFinite) || modals[n.lo] || auxes[n.lo] || strings.HasSuffix(n.lo, "'ll") || strings.HasSuffix(n.lo, "'d") ||
		pastForm(n.lo)) // "found he posed an unacceptable risk": a pronoun and a past tense
}

// pastForm reports whether a lower-case word is a verb's past tense by its
// form: "-ed" after three letters or more, or an irregular past.
func pastForm(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") || irregular[w]
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

// contentTokens gives the token span [a,b) of r's content: the token
// that starts at its first byte and the one after the token that ends at
// its last; -1 where no token starts or ends there.
func (st *sentence) contentTokens(r *raw) (a, b int) {
	a, b = -1, -1
	for k, t := range st.ts {
		if t.a == r.ca {
			a = k
		}
		if t.b == r.cb {
			b = k + 1
		}
	}
	return a, b
}

// objectAdjuncts trims the time and place of the act from a content that
// is a noun phrase, not a clause: "admitted nine counts of theft at
// Kelmscott Crown Court on Tuesday" claims "nine counts of theft", on
// Tuesday. The time becomes the claim's when.
func (st *sentence) objectAdjuncts(r *raw) {
	ts := st.ts
	a, b := st.contentTokens(r)
	if a < 0 || b <= a {
		return
	}
	if e := st.subordinateEnd(a, b); e < b {
		b = e
	}
	for k := a + 1; k+1 < b; k++ {
		if ts[k].lo == "to" && !ts[k].inQ && r.via == "" {
			if o := st.outlet(k+1, b); o != "" && st.outletEnd(k+1, b) == b {
				// "confirmed the cancellations to People magazine": the
				// outlet told is the via, not part of what was confirmed
				r.via, b = o, k
				break
			}
		}
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
	// "at Kelmscott Crown Court", "at the High Court in Glasgow": the
	// capitalised place of the act.
	for k := b - 1; k > a+1 && !ts[k].punct && (ts[k].capped || ts[k].is("the", "in", "of") && ts[k+1].capped); k-- {
		if ts[k-1].lo == "at" {
			b = k - 1
			break
		}
	}
	r.cb = ts[b-1].b
}

// outletEnd returns where the listener phrase outlet() reads from a ends.
func (st *sentence) outletEnd(a, b int) int {
	ts := st.ts
	e := a
	for e < b && !ts[e].punct && !ts[e].inQ && ts[e].lo != "that" && timeAt(ts, e) == e && st.manner(e) == e {
		e++
	}
	return e
}

// subordinators open an adverbial clause after an act's object.
var subordinators = set("as", "while", "when", "after", "before", "because", "since", "until", "whereas")

// subordinateEnd returns where a noun-phrase object in tokens [a,b) ends
// when a subordinate clause follows it: "called for order as Labour
// members heckled the minister" claims "order". The words before the
// conjunction hold no verb, and a verb follows it within six words; else b.
func (st *sentence) subordinateEnd(a, b int) int {
	ts := st.ts
	for k := a + 1; k < b-1; k++ {
		if ts[k].inQ || ts[k].q != qNone {
			return b
		}
		if verbLike(ts[k]) || ts[k].lo == "to" || ts[k].lo == "that" {
			return b // a clause or an infinitive: "for the talks to resume as planned"
		}
		if !subordinators[ts[k].lo] {
			continue
		}
		for j := k + 1; j < b && j <= k+6; j++ {
			if ts[j].punct {
				break
			}
			if verbLike(ts[j]) {
				return trimBack(ts, a, k)
			}
		}
		return b
	}
	return b
}

// subordinateCut applies subordinateEnd to r's content.
func (st *sentence) subordinateCut(r *raw) {
	ts := st.ts
	a, b := st.contentTokens(r)
	if a < 0 || b <= a {
		return
	}
	if e := st.subordinateEnd(a, b); e < b && e > a {
		r.cb = ts[e-1].b
	}
}

// hasClause reports whether the sentence bytes [ca,cb) hold a verb or a
// quotation, as a claimed clause does.
func (st *sentence) hasClause(ca, cb int) bool {
	for k, t := range st.ts {
		if t.a >= ca && t.b <= cb && (verbLike(t) || t.q != qNone || t.inQ) {
			return true
		}
		if t.a == ca && t.is("he", "she", "they", "we", "i", "it", "you") && k+1 < len(st.ts) && st.ts[k+1].b <= cb && !st.ts[k+1].punct && !st.ts[k+1].capped {
			return true // "told Action News Five she lives in the house": a subject pronoun opens a clause
		}
		if t.a == ca && agreeingPresent(st.ts, k) {
			return true // "told me the program works"
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
			if isPersonName(ts, e+1, g) && !isProperName(ts, a, e) || st.givenNameAfter(a, e, g) {
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

// givenNameAfter reports whether tokens [e+1,g) after the comma that ends
// an inverted speaker [a,e) are one capitalised word naming the person the
// phrase describes: "said one resident, Maria, 52", "said a shopkeeper,
// Ahmed" (a first name, as reporters give people who give no other).
func (st *sentence) givenNameAfter(a, e, g int) bool {
	ts := st.ts
	if g != e+2 || e-a < 2 || !ts[a].is("a", "an", "one", "another") {
		return false
	}
	t := ts[e+1]
	if !t.capped || t.punct || t.inQ || t.has(wcFunction) || t.has(wcTitle) || t.has(wcOrg) || isAcronym(t.s) || weekdays[t.lo] || months[t.lo] {
		return false
	}
	h := ts[e-1].lo
	return personNouns[h] || roleNoun(h)
}

// resumed records the quotation that resumes after an attribution set
// between two parts of it: in `"We were poor," he said, "but we fought."`
// the second part is a second claim of the same speaker. The attribution
// is the verb at i; the quotation opens after a comma within a few tokens
// and runs to its closing mark or to the end of the sentence.
func (st *sentence) resumed(i int) {
	ts := st.ts
	q, part := -1, -1
	for k := i + 1; k < len(ts) && k <= i+14; k++ {
		if ts[k].q == qOpen {
			if ts[k-1].comma() {
				q = k
			}
			break
		}
		if _, ok := participles[ts[k].lo]; ok && !ts[k].capped && ts[k-1].comma() {
			part = k // `"...," Delane said, adding, "..."`: the participle's own claim
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
	if part >= 0 {
		r.cue, r.kind, r.resumed = ts[part].s, participles[ts[part].lo], false
	}
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
		if j == k && objectPronouns[t.lo] && !t.capped {
			last = j + 1 // "he told me the program works"
			break
		}
		if j > k && last > k && clauseSubjectAfterHearer(ts, j) {
			break // "told reporters the program was working": the listener is named, the claim begins
		}
		if j > k && last > k && t.is("her", "his", "their", "its", "our", "my") {
			break // "told the court her client was ...": the possessive opens the claim
		}
		if hearerNouns[t.lo] || t.capped || pluralBeforeClause(ts, j) || j > k && ts[j-1].capped && isDigitByte(t.lo[0]) && j+1 < len(ts) && ts[j+1].capped && !ts[j+1].punct {
			last = j + 1 // a figure inside a broadcaster's name: "told Channel 4 News"
		} else if !t.has(wcDeterminer) && !t.is("news", "state", "local", "foreign", "national") {
			break
		}
		if j == k && t.has(wcPronoun) {
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

// pluralBeforeClause reports whether ts[j] is a plain plural noun
// followed by the subject pronoun or determiner that opens a clause, or by
// "to" and a bare verb: the listeners of "told jurors she had ...",
// "told MPs the plan would ...", "told jurors to expect ...".
func pluralBeforeClause(ts []tok, j int) bool {
	w := ts[j].lo
	if j+1 >= len(ts) || len(w) < 4 || w[len(w)-1] != 's' || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "'s") {
		return false
	}
	n := ts[j+1].lo
	if n == "to" && j+2 < len(ts) && bareVerb(ts[j+2]) {
		return true // "told jurors to expect"
	}
	return n == "the" || n == "a" || n == "an" || pronouns[n] != "" && n != "her" && n != "his" && n != "its" && n != "him" && n != "them"
}

// statementSaying handles "X issued a statement saying ...", "X released
// a video saying ...": the participle reports what X's statement said. It
// reports whether the pattern matched.
func (st *sentence) statementSaying(i int) bool {
	ts := st.ts
	if i >= 4 && documentParticiples[ts[i].lo] {
		if t := timeEndingAt(ts, i-1); t > 3 && t < i {
			// "issued a statement on Wednesday saying": the statement's time
			return st.statementSayingAt(i, t)
		}
		if p := documentAddressee(ts, i); p > 3 && st.statementSayingAt(i, p) {
			// "sent a letter to the governor asking that", "filed an
			// application under 49 U.S.C. § 10903 requesting that"
			return true
		}
	}
	return st.statementSayingAt(i, i)
}

// statementSayingAt reads "X issued a statement saying" whose noun ends
// right before token n (n == i, or the start of a time after the noun).
func (st *sentence) statementSayingAt(i, n int) bool {
	ts := st.ts
	if n < 3 || !documentParticiples[ts[i].lo] || !speechAct(ts, n-1) && !publishedNouns[ts[n-1].lo] || !ts[n-2].has(wcDeterminer) || !publishVerbs[ts[n-3].lo] || !requestReported(ts, i) {
		return false
	}
	when := ""
	if n < i && timeAt(ts, n) == i {
		when = join(st.s, ts, n, i) // "on Wednesday", not an addressee "to the governor"
	}
	sub := st.leftSubject(n - 3)
	if !sub.ok || !validNP(ts, sub.a, sub.b) {
		return false
	}
	r := raw{cue: join(st.s, ts, n-3, i+1), kind: participles[ts[i].lo], ca: -1, when: firstNonEmpty(sub.when, when), role: sub.role}
	k, when := st.afterCue(i + 1)
	if r.when == "" {
		r.when = when
	}
	if st.rightContent(&r, k) {
		st.emitSubject(r, sub, n-3)
	}
	return true
}

// withSubject returns the noun phrase between ", with" and the
// participle at i: "..., with senior forecaster Dean Narramore warning
// that", "..., with analysts saying". ok is false without one.
func (st *sentence) withSubject(i int) (int, int, bool) {
	ts := st.ts
	for w := i - 1; w >= 1 && w >= i-8; w-- {
		t := ts[w]
		if t.punct || t.inQ {
			return 0, 0, false
		}
		if t.lo == "with" && !t.capped {
			if !ts[w-1].comma() || w+1 >= i || !validNP(ts, w+1, i) {
				return 0, 0, false
			}
			return w + 1, i, true
		}
	}
	return 0, 0, false
}

// publishedNouns are documents put out that say something, besides the
// speech acts: "issued a report saying", "released an advisory saying".
var publishedNouns = set("report", "notice", "advisory", "bulletin", "update", "warning", "alert", "declaration",
	"lawsuit", "suit", "action", "complaint", "petition", "motion", "appeal", "application", "filing", "brief",
	"request", "submission")

// documentParticiples say what a document put out says: "issued a
// statement saying", "brought a lawsuit alleging that", "filed a complaint
// charging that".
var documentParticiples = set("saying", "alleging", "claiming", "charging", "stating", "arguing", "warning", "accusing",
	"asking", "requesting", "demanding", "urging")

// publishVerbs put out a statement: "issued a statement saying".
var publishVerbs = set("issued", "released", "published", "posted", "sent", "put", "circulated", "tweeted", "shared",
	"brought", "filed", "lodged", "submitted", "signed", "wrote", "delivered")

// participle handles ", adding that", "while confirming that", "but
// conceded that" after a claim in the same sentence.
func (st *sentence) participle(i int) {
	ts := st.ts
	if passivePrediction(ts, i) {
		return // "with both business lines forecast to be above ...": no object, no claim
	}
	if st.statementSaying(i) || st.withParticiple(i) {
		return
	}
	if i == 0 || !(ts[i-1].comma() || ts[i-1].is("while", "and", "but", "also") || commaInsideQuote(ts, i-1) || spentTime(ts, i) || byGerund(ts, i)) {
		return
	}
	r := raw{cue: ts[i].s, kind: participles[ts[i].lo], ca: -1}
	k, when := st.afterCue(i + 1)
	if !looseParticiples[ts[i].lo] && (k >= len(ts) || !ts[k].is("that") && !howClause(ts, k) && ts[k].q != qOpen && ts[k].s != ":") {
		return // ", continuing to ...", ", reporting a rise": no reported speech
	}
	if ts[i].lo == "telling" {
		k, when = st.hearer(k, when) // "telling reporters that ..."
	}
	r.when = when
	if k+1 < len(ts) && ts[k].comma() && ts[k+1].q == qOpen {
		if st.used[k+1] {
			return // the quotation was taken as the participle's by resumed
		}
		k++ // ", adding, “We will not change it.”"
	}
	if st.rightContent(&r, k) {
		st.inherit(r, i)
	}
}

// withParticiple handles a participle whose subject follows ", with":
// "..., with Rio chief executive Karl Nyberg telling investors that ...",
// "..., with analysts saying ...". The claim before ends at ", with". It
// reports whether the pattern matched.
func (st *sentence) withParticiple(i int) bool {
	ts := st.ts
	a, b, ok := st.withSubject(i)
	if !ok {
		return false
	}
	r := raw{cue: ts[i].s, kind: participles[ts[i].lo], ca: -1}
	k, when := st.afterCue(i + 1)
	if ts[i].lo == "telling" {
		k, when = st.hearer(k, when)
	}
	r.when = when
	if !looseParticiples[ts[i].lo] && (k >= len(ts) || !ts[k].is("that") && ts[k].q != qOpen && ts[k].s != ":") {
		return true
	}
	if !st.rightContent(&r, k) {
		return true
	}
	n := len(st.out)
	st.emit(r, a, b)
	for p := range st.out[:n] {
		if c := &st.out[p]; c.ca < ts[a].a && c.cb > ts[a].a {
			c.cb = st.cutBefore(c.ca, ts[a-1].a)
		}
	}
	return true
}

// relativeClauseBefore reports whether the comma at j closes a relative
// clause set off by commas: "lawmaker X, who chairs the committee and is
// deputy leader of the party, casts doubt ...". The verb after it has the
// name before the clause as its subject; it is not inverted.
func relativeClauseBefore(ts []tok, j int) bool {
	for k := j - 1; k > 0; k-- {
		if ts[k].inQ || ts[k].q != qNone || ts[k].hard() {
			return false
		}
		if ts[k].comma() {
			return ts[k+1].is("who", "whose") && k+2 < j
		}
	}
	return false
}

// sayingAfter reports whether the clause starting at k is followed by a
// comma and a participle of saying ("..., saying they will ..."), which
// states the claim that the act before it only frames.
func (st *sentence) sayingAfter(k int) bool {
	ts := st.ts
	for j := k; j+1 < len(ts); j++ {
		if ts[j].inQ {
			continue
		}
		if ts[j].hard() {
			return false
		}
		if ts[j].comma() && ts[j+1].has(wcParticiple) {
			return true
		}
	}
	return false
}

// nameSubjectEnd returns the end of a name of one to three capitalised
// words at k with a word after it, or k: the subject of a clause without
// "that" ("expects Glenda will", "warned Congress would").
func nameSubjectEnd(ts []tok, k int) int {
	if k >= len(ts) || !ts[k].capped || ts[k].punct || ts[k].inQ || ts[k].has(wcDeterminer|wcPronoun) {
		return k
	}
	e := k + 1
	for e < len(ts) && e < k+3 && ts[e].capped && !ts[e].punct && !ts[e].inQ {
		e++
	}
	if e >= len(ts) || ts[e].punct || ts[e].inQ {
		return k
	}
	return e
}

// reportedObject reads "reported" before a noun-phrase object in a main
// clause: "Police have reported eleven injuries in Mexico", "Witnesses
// also reported gun battles between rebels and officials", "reported
// recovering six boxes". The object is the claim (a reports claim). Not
// before an indefinite article ("Ferro Steel reported a loss": an event
// of its own; "reported a 31% fall" is resultFigure's), nor after a
// relative pronoun ("the ministry, which has reported similar
// incidents, said"), nor before a pronoun or a name ("reported him
// missing"), a preposition, or a listener after "to" ("reported the crash
// to police").
func reportedObject(ts []tok, i, k int) bool {
	if !ts[i].is("reported") || k >= len(ts) {
		return false
	}
	t := ts[k]
	if t.punct || t.inQ || t.q != qNone || t.capped || t.has(wcPronoun|wcFunction) || prepositions[t.lo] || t.is("that", "to", "by", "as", "a", "an") || timeAt(ts, k) > k {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if ts[j].is("which", "who", "that") {
			return false
		}
		if !ts[j].is("has", "have", "had", "also", "now", "previously", "already") {
			break
		}
	}
	for j := k + 1; j < len(ts) && !ts[j].hard() && !ts[j].comma(); j++ {
		if ts[j].is("to") && !ts[j].inQ {
			return false
		}
	}
	return true
}

// sourceAuthor narrows a clause subject [a,b) that names a document to its
// author, as speakerBefore does with stripSource, when the author comes
// after the subject's noun phrase: "The tweets from Dayton police early
// Sunday did not include further details, but described ...": Dayton
// police. The author runs from after "from" or "by" up to a time, a verb
// or punctuation before i; [a,b) is returned unchanged otherwise.
func sourceAuthor(ts []tok, a, b, i int) (int, int) {
	if b >= i || b-1 < a || !ts[b].is("from", "by") || !sourceNouns[ts[b-1].lo] || ts[b-1].has(wcDeterminer) {
		return a, b
	}
	e := b + 1
	for e < i && !ts[e].punct && !ts[e].inQ && !verbLike(ts[e]) && timeAt(ts, e) == e {
		e++
	}
	if e == b+1 || !validNP(ts, b+1, e) {
		return a, b
	}
	return b + 1, e
}

// byGerund reports whether the participle at i is the gerund of a means
// phrase after the clause's own verb: "Zapatero continued by saying that
// ...", "The chair opened the hearing by stressing that ...". The subject
// of the clause says what follows, as after ", adding that".
func byGerund(ts []tok, i int) bool {
	if i < 3 || !ts[i-1].is("by") || ts[i-1].capped {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-6; j-- {
		if ts[j].punct || ts[j].inQ || ts[j].has(wcPassive) {
			return false // "was shocked by saying": a passive's agent, not a means
		}
		if verbLike(ts[j]) {
			return j == 0 || !ts[j-1].has(wcPassive) // "was angered by claiming": a passive
		}
	}
	return false
}

// hereAdverb reports whether ts[j] is "here" or "there" after a noun,
// between a subject and its verb: the wire reporter's "officials here
// say", "The mission there has said".
func hereAdverb(ts []tok, j int) bool {
	if j < 1 || !ts[j].is("here", "there") || ts[j].capped || ts[j].inQ {
		return false
	}
	p := ts[j-1]
	return !p.punct && !p.inQ && !p.has(wcDeterminer|wcFunction) && !verbLike(p) && !prepositions[p.lo]
}

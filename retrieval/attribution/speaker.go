package attribution

import "strings"

// This file holds the patterns of a speaker written before its reporting
// verb: leftSubject and its steps.

// leftSubject finds the speaker written before the reporting verb at i:
// "The Kremlin said", "X, a UK-based group ..., said", "NAME, ROLE said",
// "which the United Nations says". It runs the steps below in order.
func (st *sentence) leftSubject(i int) subject {
	ts := st.ts
	sub := subject{bound: -1}
	j := st.skipAdverbs(i-1, &sub.when)
	if h := hedgedPerfect(ts, i); h >= 0 {
		j = st.skipAdverbs(h, &sub.when) // "Ms Lomax is understood to have told ...": the subject of the hedge
	}
	if w := wentOnTo(ts, i); w >= 0 {
		j = st.skipAdverbs(w, &sub.when) // "The spokesman went on to say that": the subject of "went on"
	}
	if ts[i].lo == "out" && j >= 0 && j == i-1 && phrasalHeads[ts[j].lo] {
		// "Campaigners point out that": the verb before its particle
		j = st.skipAdverbs(j-1, &sub.when)
		if j > 0 && progressive(ts, i-1) && ts[j].is("is", "are", "was", "were", "'s", "'re", "been") {
			j = st.skipAdverbs(j-1, &sub.when)
		}
	}
	if j > 0 && progressive(ts, i) && ts[j].is("is", "are", "was", "were", "'s", "'re", "been") {
		j = st.skipAdverbs(j-1, &sub.when) // "are now reporting that": the progressive's auxiliary
		if j >= 0 && ts[j].is("has", "have", "had") {
			j = st.skipAdverbs(j-1, &sub.when)
		}
	}
	if j < 0 {
		return sub
	}
	if ts[j].is("and", "but", "while", "or") {
		sub.coor = true
		return sub
	}
	if e := relativeWho(ts, j, i); e >= 0 {
		// "petitions filed by the residents, who claimed that ...",
		// "the objections of ministers, who insisted ...": the relative
		// pronoun's antecedent, a noun phrase after a preposition, speaks
		a := e
		for a > 0 && e-a < 6 && !ts[a-1].punct && !ts[a-1].inQ && !prepositions[ts[a-1].lo] && !ts[a-1].has(wcParticiple) && !verbLike(ts[a-1]) {
			a--
		}
		if a == 0 || !prepositions[ts[a-1].lo] || !verbBefore(ts, a-1) || !validNP(ts, a, e+1) {
			// a sentence's own subject ("One delegate from a small island
			// state, who asked not to be named, said") has its relative read
			// by relativeSpeaker
			return sub
		}
		sub.a, sub.b, sub.bound, sub.ok = a, e+1, a-1, true
		return sub
	}
	if d := datelineEnd(ts); d > 0 && j > d+3 && ts[j].comma() && !commaBetween(ts, d, j) && validNP(ts, d, j) {
		// "Washington, DC - Acting Assistant Attorney General Jeffrey H.
		// Wood ... and United States Attorney Joseph H. Harrington for the
		// Eastern District of Washington, announced that": a long subject
		// closed by a comma after a dateline, with no appositive in it
		sub.a, sub.b, sub.bound, sub.ok = d, j, d-1, true
		return sub
	}
	if a, b, role, ok := st.nameDetails(j); ok {
		// "Gareth Pryce, 37, of Hillside Road, Brackley, admitted ..."
		sub.a, sub.b, sub.role, sub.bound, sub.ok = a, b, role, a-1, true
		return sub
	}
	app, j, ok := st.appositiveOrTime(j, sub.when)
	if !ok {
		return sub
	}
	if j = st.aliasBefore(j, &sub); j < 0 {
		return sub
	}
	st.subjectTokens(&sub, app, j)
	clauseBeforeAnd(ts, &sub)
	return sub
}

// hedges report a claim second-hand in the passive before "to have":
// "is understood to have told", "was said to have warned".
var hedges = set("understood", "believed", "thought", "said", "reported", "known", "alleged", "expected")

// hedgedPerfect returns the token before "is understood to have" (or
// another hedge) ending right before the verb at i, or -1.
func hedgedPerfect(ts []tok, i int) int {
	if i < 5 || ts[i-1].lo != "have" || ts[i-2].lo != "to" || !hedges[ts[i-3].lo] || !ts[i-4].is("is", "are", "was", "were") {
		return -1
	}
	return i - 5
}

// relativeWho returns the last token of the noun phrase a relative "who"
// at j (or "who" and a perfect's auxiliary, "who have blamed") refers
// to, when "who" is the subject of the verb at i: the word before "who",
// or before its comma. It returns -1 otherwise.
func relativeWho(ts []tok, j, i int) int {
	if j >= 1 && j == i-1 && ts[j].is("has", "have", "had") {
		j--
	}
	if j < 1 || ts[j].s != "who" || ts[j].inQ {
		return -1 // "The WHO says" is the World Health Organization
	}
	e := j - 1
	if ts[e].comma() {
		e--
	}
	if e < 0 || ts[e].punct || ts[e].inQ || ts[e].has(wcFunction) || ts[e].has(wcPronoun) {
		return -1
	}
	return e
}

// commaBetween reports whether a comma lies in tokens [a,b).
func commaBetween(ts []tok, a, b int) bool {
	for k := a; k < b; k++ {
		if ts[k].comma() {
			return true
		}
	}
	return false
}

// verbBefore reports whether a verb comes before token j: the noun phrase
// at j is then in the predicate, not in the sentence's subject.
func verbBefore(ts []tok, j int) bool {
	for k := 0; k < j; k++ {
		if verbLike(ts[k]) || ts[k].has(wcFinite) {
			return true
		}
	}
	return false
}

// appositiveOrTime finds the appositive ending at j (appositiveBefore),
// also after a time whose closing comma is missing: "The Church, on
// October 18, 2008 accused ...".
func (st *sentence) appositiveOrTime(j int, when string) (appositive, int, bool) {
	app, k, ok := st.appositiveBefore(j)
	if !ok && when != "" && j >= 1 && st.ts[j].comma() && timeAt(st.ts, j+1) > j+1 {
		return st.appositiveBefore(j - 1)
	}
	return app, k, ok
}

// subjectTokens sets the speaker tokens of sub from the subject run that
// ends at token j, with the appositive app found after it.
func (st *sentence) subjectTokens(sub *subject, app appositive, j int) {
	ts := st.ts
	a, start := st.subjectRun(j, sub)
	sub.bound = a
	if start > j {
		sub.coor = a >= 0 && ts[a].is("and", "but", "while")
		return
	}
	start, a = st.relativeWithoutThat(start, j, a)
	start, a, end := st.restrictiveRelative(start, a, j+1)
	if j > start && ts[j].has(wcPronoun) && !ts[j].capped && app.a < 0 && !ts[j-1].is("of") {
		start, a = j, j-1 // a pronoun right before the verb is its subject ("one of them said" is "one of them")
	}
	sub.bound = a
	sub.a, sub.b, sub.ok = start, end, true
	st.apposition(sub, app, a)
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
		quoted := false
		for k >= 0 && (!ts[k].hard() || ts[k].q != qNone || bracketedAcronymEnd(ts, k)) && !(ts[j].comma() && ts[k].comma() && !ts[k].inQ) && !(ts[j].dash() && ts[k].dash()) {
			quoted = quoted || ts[k].q != qNone
			if bracketedAcronymEnd(ts, k) {
				k -= 2 // "a former director of the Centers for Disease Control (CDC),": the name's acronym
			}
			k--
		}
		if k < 0 || !ts[k].comma() && !ts[k].dash() || k+1 >= j {
			return app, j, false
		}
		if quoted && !ts[k+1].is("who", "which", "whose") {
			// a quotation may sit inside a relative clause set off by
			// commas ("Analysts, who rate the stock "hold", said"), not
			// inside another phrase
			return app, j, false
		}
		app = appositive{a: k + 1, b: j, dash: ts[j].dash()}
		if m := placeInRelative(ts, k, j); m >= 0 {
			// "The geophysicist, who works in Menlo Park, Calif., says":
			// the commas of a place's name sit inside the relative clause
			app.a, k = m, m-1
		}
		j = k - 1
		if inner, ok := st.relativeAfterAppositive(app, k); ok {
			return inner, inner.a - 2, true
		}
	}
	return app, j, true
}

// relativeAfterAppositive reads "NAME, ROLE, which/who ..., said": when
// the phrase app before the verb is a relative clause and another phrase
// set off by commas ends at the comma k before it, that phrase is the
// appositive (the role), and the relative clause is dropped.
func (st *sentence) relativeAfterAppositive(app appositive, k int) (appositive, bool) {
	ts := st.ts
	if !ts[app.a].is("which", "who", "whose") || !ts[k].comma() || k < 2 {
		return app, false
	}
	inner, _, ok := st.appositiveBefore(k)
	if !ok || inner.a < 2 || inner.dash || ts[inner.a].is("which", "who", "whose") || frontedBefore(ts, inner.a-1) {
		return app, false
	}
	return inner, true
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
		if a >= 3 && a < j && t.s == ")" && ts[a-2].s == "(" && isAcronym(ts[a-1].s) && ts[a-3].capped {
			a -= 3 // "The Garda Representative Association (GRA) and the ...": a name's acronym
			continue
		}
		if t.comma() && a < j && listInName(ts, a, j) {
			a-- // "A spokesperson for the Department for Environment, Food and Rural Affairs (Defra)"
			continue
		}
		if t.hard() || t.comma() || t.dash() || t.inQ || t.has(wcOpener) && t.lo != "and" && t.lo != "or" && !isAcronym(t.s) {
			break
		}
		if a < j && !t.capped && t.is("said", "says", "told", "tells") {
			break // "Little said Hagel stated that": the inner subject starts after the outer verb
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
	if start+3 <= j && ts[start].is("in", "with", "for") && ts[start+1].has(wcDeterminer) && !ts[start+2].capped &&
		(ts[start+3].has(wcPronoun) || !ts[start+3].capped && !ts[start+3].has(wcFunction)) {
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
			!nameLinks[ts[k-1].lo] && !ts[k-1].has(wcDeterminer) && !connectives[ts[k-1].lo] && !verbLike(ts[k-1]) && !isCue(ts[k-1].lo) &&
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
	case app.a >= 0 && !app.dash && isProperName(ts, honoured(ts, app.a, app.b), app.b) && !isProperName(ts, sub.a, sub.b):
		// "The food bank's chair, the Rev. Alan Shaw, said": the name
		// after a determiner and an honorific
		sub.role = join(st.s, ts, sub.a, sub.b)
		sub.a, sub.b = honoured(ts, app.a, app.b), app.b
	case app.a >= 0 && !app.dash && !isProperName(ts, sub.a, sub.b) && st.namedRoleApposition(sub, app):
		// "Liaison officer for the project, Sgt. 1st Class Lloydd Martin
		// of the 756th Company, says": a role, then its holder's name
		// with a rank before it or a role phrase after it
	case app.a >= 0 && !app.dash && app.a+2 < app.b && ledBy(ts, app.a) && isCommonHead(ts, sub.a, sub.b):
		// "The researchers, led by Dr X of Y, found": the phrase names
		// the group's leader and stays in the speaker, as "a study led
		// by researchers at X" does
		sub.b = app.b
	case app.a >= 0 && ts[app.a].is("who", "whose", "which"):
		// "lawmaker X, who chairs the committee, said": a relative clause
		// describes the speaker but is not a role
	case app.a >= 0 && !app.dash:
		c, outlet := st.seenIn(app.a, app.b)
		sub.seen = outlet
		if c > app.a {
			sub.role = join(st.s, ts, app.a, c)
		}
	case app.a < 0 && a >= 1 && ts[a].comma() && !ts[sub.a].capped && !ts[sub.a].has(wcDeterminer) && !quantifier(ts[sub.a]) && !ts[sub.a].has(wcPronoun) && !barePlural(ts, sub.a, sub.b):
		// ("Speaking from the capital, Bujumbura, he said": a pronoun is never a role;
		// nor is a bare plural: "In Paris, Berlin and Rome, officials said")
		p := a - 1
		for p >= 0 && !ts[p].hard() && !ts[p].comma() && !ts[p].dash() && !ts[p].has(wcOpener) {
			p--
		}
		if p == a-2 && p >= 1 && ts[p].comma() && academicDegree(ts[a-1].lo) {
			// "Dr. Jamie Metzl, Ph.D., senior fellow at X said": the degree
			// after the name is neither the name nor its role
			a = p
			for p = a - 1; p >= 0 && !ts[p].hard() && !ts[p].comma() && !ts[p].dash() && !ts[p].has(wcOpener); p-- {
			}
		}
		if isProperName(ts, p+1, a) && timeAt(ts, p+1) < a && !frontedBefore(ts, a) && !placeTail(ts, p) {
			// ("In the Mirror, union leader X writes": a fronted phrase is no name;
			// "... in Dayton, Ohio, police said": a state after its town is no name)
			sub.role = join(st.s, ts, sub.a, sub.b)
			sub.a, sub.b, sub.bound = p+1, a, p
		}
	}
}

// namedRoleApposition makes the person named in the appositive app the
// speaker when the subject sub is a role (it holds a role noun) and the
// appositive, read by splitRole, is a person's name with a title before it
// or a role phrase after it; the subject and the appositive's role words
// become the role. It reports whether it did.
func (st *sentence) namedRoleApposition(sub *subject, app appositive) bool {
	ts := st.ts
	if app.b-app.a < 3 || ts[app.a].has(wcDeterminer) || !ts[app.a].capped {
		return false
	}
	held := false
	for k := sub.a; k < sub.b && !held; k++ {
		held = !ts[k].punct && roleNoun(ts[k].lo)
	}
	if !held {
		return false
	}
	na, nb, role := splitRole(st.s, ts, app.a, app.b)
	if role == "" || !isPersonName(ts, na, nb) {
		return false
	}
	sub.role = join(st.s, ts, sub.a, sub.b) + ", " + role
	sub.a, sub.b = na, nb
	return true
}

// academicDegree reports whether w (lower case) is a degree written after
// a name: "Ph.D.", "M.D.", "MBA", "Esq.".
func academicDegree(w string) bool {
	switch strings.ReplaceAll(strings.TrimSuffix(w, "."), ".", "") {
	case "phd", "md", "jd", "mba", "dphil", "esq", "dds", "rn", "mph", "msc", "llm", "dvm":
		return true
	}
	return false
}

// honoured returns the start of the name in [a,b) after a determiner
// before an honorific ("the Rev. Alan Shaw", "the Hon. Mary Poole"), or a.
func honoured(ts []tok, a, b int) int {
	if a+2 < b && ts[a].has(wcDeterminer) && ts[a+1].has(wcHonorific) {
		return a + 1
	}
	return a
}

// frontedBefore reports whether the tokens before the comma at j are a
// phrase fronted at the start of the sentence, opened by a preposition and
// with no comma of its own: "In an exclusive interview with VOA, lawmaker
// X, who ..., said". The phrase after it is then the subject, not an
// appositive.
func frontedBefore(ts []tok, j int) bool {
	s0 := datelineEnd(ts)
	if s0 < j && j == s0+1 && loneParticiple(ts[s0]) {
		return true // "Mitigating, defence barrister Sam Ng said": a court report's fronted role
	}
	if s0 < j && j == s0+1 && ts[s0].capped && trailingAdverbs[ts[s0].lo] {
		return true // "Later, juror Ann Shirley said": a lone time adverb opening the sentence
	}
	if s0 >= j || !ts[s0].capped || !prepositions[ts[s0].lo] {
		return false
	}
	for k := s0 + 1; k < j; k++ {
		if ts[k].punct || ts[k].inQ {
			return false
		}
	}
	return true
}

// restrictiveRelative widens a subject that begins with the verb of a
// relative clause to the noun phrase the clause restricts: in "A
// fact-finding group that investigated the labs concluded that ...", the
// subject run stops at "that", and the speaker is the whole "A
// fact-finding group that investigated the labs". It returns the new start
// and the token that bounds it.
func (st *sentence) restrictiveRelative(start, a, end int) (int, int, int) {
	ts := st.ts
	if a < 1 || !ts[a].is("that", "who") || start != a+1 || start >= len(ts) || !relativePredicate(ts, a) {
		return start, a, end
	}
	p := a
	for p > 0 && !ts[p-1].punct && !ts[p-1].inQ && !verbLike(ts[p-1]) && !isCue(ts[p-1].lo) && !ts[p-1].has(wcOpener) && !connectives[ts[p-1].lo] && a-p < 6 {
		p--
	}
	if p == a || !(ts[p].has(wcDeterminer) || ts[p].capped || quantifier(ts[p])) || p > 0 && !ts[p-1].punct && !connectives[ts[p-1].lo] {
		return st.stackedRelative(start, a, end)
	}
	return p, p - 1, end
}

// stackedRelative reads a subject with two relative clauses, the second
// stacked on the first: "Some people who live in this neighborhood who
// didn't want to talk on camera say". The antecedent and its first clause
// name the speakers; the second, right before the verb, says how they
// spoke and is left out. The antecedent must open the clause (after the
// sentence start, a comma or a connective) with a determiner, quantifier
// or capital, and hold no verb of its own before the first "who".
func (st *sentence) stackedRelative(start, a, end int) (int, int, int) {
	ts := st.ts
	w := -1 // the first "who"
	for k := a - 2; k > 0 && a-k <= 8; k-- {
		if ts[k].punct || ts[k].inQ {
			break
		}
		if ts[k].is("who", "that") {
			w = k
			break
		}
	}
	if w < 1 || ts[w+1].capped {
		return start, a, end
	}
	p := w
	for p > 0 && !ts[p-1].punct && !ts[p-1].inQ && !verbLike(ts[p-1]) && !isCue(ts[p-1].lo) && !ts[p-1].has(wcOpener) && !connectives[ts[p-1].lo] && w-p < 4 {
		p--
	}
	if p == w || !(ts[p].has(wcDeterminer) || ts[p].capped || quantifier(ts[p])) || p > 0 && !ts[p-1].punct && !connectives[ts[p-1].lo] {
		return start, a, end
	}
	return p, p - 1, a
}

// ledBy reports whether the appositive at a opens with a past participle
// and "by" that says who leads a group: "led by", "headed by", "directed
// by", "co-led by". A document's "seen by" or "obtained by" is no leader.
func ledBy(ts []tok, a int) bool {
	return ts[a+1].lo == "by" && !ts[a].capped && (ts[a].lo == "led" || strings.HasSuffix(ts[a].lo, "-led") || ts[a].is("headed", "directed", "chaired", "coordinated"))
}

// isCommonHead reports whether [a,b) is a lower-case plural noun phrase of
// a group ("The researchers", "a team of scientists"), not a name.
func isCommonHead(ts []tok, a, b int) bool {
	if b-a < 1 || b-a > 6 || ts[b-1].capped {
		return false
	}
	for k := a; k < b; k++ {
		if ts[k].punct || ts[k].inQ {
			return false
		}
	}
	return true
}

// listInName reports whether the comma at c lists words inside one
// capitalised name that runs to j: "the Department for Environment, Food
// and Rural Affairs (Defra)". The words after the comma are capitalised up
// to an "and" and its last capitalised word (an acronym in brackets may
// follow), and a capitalised word after "for" or "of" comes before it.
func listInName(ts []tok, c, j int) bool {
	if c < 2 || !ts[c-1].capped || ts[c-1].inQ || !ts[c-2].is("for", "of") && !ts[c-2].capped {
		return false
	}
	and := false
	for k := c + 1; k <= j; k++ {
		t := ts[k]
		switch {
		case t.inQ || t.q != qNone:
			return false
		case t.lo == "and" || t.s == "&":
			and = true
		case t.s == "(" || t.s == ")" || isAcronym(t.s):
		case !t.capped || t.punct:
			return false
		}
	}
	if !and {
		return false
	}
	for k := c - 1; k >= 1; k-- {
		if ts[k].is("for", "of") {
			return ts[k-1].capped
		}
		if !ts[k].capped || ts[k].punct {
			return false
		}
	}
	return false
}

// barePlural reports whether [a,b) is one lower-case plural noun
// ("officials", "residents"), which is no one person's role.
func barePlural(ts []tok, a, b int) bool {
	w := ts[a].lo
	return b-a == 1 && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us")
}

// placeInRelative reads the phrase between the commas k and j as the
// second part of a place's name inside a relative clause or an
// appositive ("who works in Menlo Park, Calif., says", "a nurse in
// Tromso, Norway, said"): every word of it capitalised, the phrase before
// comma k opening with "who", "which" or "whose" after a comma, or ending
// in a capitalised name after a place preposition. It returns the first
// token of the whole phrase, or -1.
func placeInRelative(ts []tok, k, j int) int {
	// one word, an abbreviation's point allowed ("Calif.", "Norway"): a
	// two-word phrase there is more often a person ("the president of
	// the church in New York City, John Carmichael, said")
	if !ts[k].comma() || k+1 >= j || j-k > 3 || !ts[k+1].capped || ts[k+1].inQ || j-k == 3 && ts[k+2].s != "." {
		return -1
	}
	m := k - 1
	for m >= 1 && !ts[m].hard() && !ts[m].comma() && !ts[m].dash() && !ts[m].inQ {
		m--
	}
	if m < 1 || !ts[m].comma() || m+1 >= k || !ts[k-1].capped {
		return -1
	}
	if ts[m+1].is("who", "which", "whose") {
		return m + 1
	}
	// "X, a nurse in Tromso, Norway, said": a town after a place
	// preposition, its state or country after the comma
	c := k - 1
	for c > m+1 && ts[c-1].capped {
		c--
	}
	if c > m+1 && ts[c-1].is("in", "from", "near", "of") {
		return m + 1
	}
	return -1
}

// placeTail reports whether the comma at p closes a place's first part
// after a place preposition ("... were wounded in Dayton, Ohio, police
// said"): the one or two words after it are the state or country of that
// place (placeStep), not a name with the role after it.
func placeTail(ts []tok, p int) bool {
	if p < 2 || !ts[p].comma() || !ts[p-1].capped || ts[p-1].inQ {
		return false
	}
	c := p - 1
	for c > 0 && c > p-4 && ts[c-1].capped && !ts[c-1].punct {
		c--
	}
	return c > 0 && ts[c-1].is("in", "from", "near", "at", "outside", "of") && !ts[c-1].capped
}

// bracketedAcronymEnd reports whether ts[k] closes a bracketed acronym
// after a name, "(CDC)", which stays inside the phrase around it.
func bracketedAcronymEnd(ts []tok, k int) bool {
	return k >= 3 && ts[k].s == ")" && ts[k-2].s == "(" && isAcronym(ts[k-1].s) && ts[k-3].capped
}

// relativePredicate reports whether the word after the relative pronoun
// at a opens its clause's predicate: a verb-like word, a negated
// auxiliary, or, after "who" (never a conjunction), any lower-case word
// that is no function word ("who lives next door").
func relativePredicate(ts []tok, a int) bool {
	t := ts[a+1]
	if verbLike(t) || negatedAux(t) {
		return true
	}
	return ts[a].lo == "who" && !t.capped && !t.inQ && !t.punct && !t.has(wcFunction)
}

// negatedAux reports whether t is a contracted negative auxiliary
// ("didn't", "don't", "won't", "isn't"), which opens a relative clause's
// predicate as a verb does: "people who didn't want to talk on camera".
func negatedAux(t tok) bool {
	return !t.capped && !t.inQ && (strings.HasSuffix(t.lo, "n't") || strings.HasSuffix(t.lo, "n’t"))
}

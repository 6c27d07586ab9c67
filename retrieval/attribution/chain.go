package attribution

import "github.com/newsbot/newsbot"

// This file holds the patterns of relay chains: a claim passed on by one
// intermediary and reported by another ("Interfax quoted a spokesman as
// saying ..., the Kyiv Independent reported"; "As The Times reported, the
// authority has warned ..."). The speaker keeps the claim; every
// intermediary joins its relays, nearest the speaker first.

// chainReports turns a report of another claim into a relay of it: when a
// claim's content holds the whole of another claim by a different speaker
// and the outer cue reports ("reported"), the inner claim is the statement
// and the reporter its next intermediary. It returns the claims left.
func chainReports(out []raw) []raw {
	if len(out) < 2 || !anyReports(out) {
		return out
	}
	drop := make([]bool, len(out))
	for i := range out {
		y := &out[i]
		for j, x := range out {
			if i == j || drop[j] || x.kind != newsbot.CueReports || x.similar || y.ca < 0 || x.ca < 0 {
				continue
			}
			if x.ca <= y.ca && y.cb <= x.cb && y.cb-y.ca < x.cb-x.ca && !sameKey(x.speaker, y.speaker) {
				y.outer = append(y.outer, x.relayChain()...)
				y.outer = append(y.outer, x.speaker)
				if y.via == "" {
					y.via, y.outer = y.outer[0], y.outer[1:]
				}
				drop[j] = true
			}
		}
	}
	kept := out[:0]
	for i, r := range out {
		if !drop[i] {
			kept = append(kept, r)
		}
	}
	return kept
}

// asReported handles an "As X reported (last month)," clause, fronted or
// set off by commas inside the sentence ("The company, as the Ledger
// reported, had lost money"): the claims after it were passed on by X,
// which joins their relays; with no other claim after it, the sentence is
// X's claim.
func (st *sentence) asReported() {
	ts := st.ts
	start := 0
	if d := datelineEnd(ts); d < len(ts) {
		start = d
	}
	for k := start; k < len(ts); k++ {
		if ts[k].lo == "as" && !ts[k].inQ && (k == start || ts[k-1].comma()) && st.asReportedAt(k, k == start) {
			return
		}
		if ts[k].lo == "as" && !ts[k].inQ && k > start+3 && ts[k-1].comma() && st.asReportedLast(k) {
			return
		}
	}
}

// asReportedAt reads an "as X reported," clause at token s; fronted says
// it opens the sentence. It reports whether it matched.
func (st *sentence) asReportedAt(s int, fronted bool) bool {
	ts := st.ts
	v := -1
	for k := s + 1; k < len(ts) && k <= s+8; k++ {
		if ts[k].punct || ts[k].inQ {
			return false
		}
		if cv, ok := verbs[ts[k].lo]; ok && !cv.noun && k > s+1 {
			v = k
			break
		}
	}
	// An adverb before the verb is no part of the name: "As The Ledger
	// first reported,", "as the paper previously reported,".
	n := v
	for n > s+2 && !ts[n-1].capped && (skipBack[ts[n-1].lo] || isLyAdverb(ts[n-1])) {
		n--
	}
	if v < 0 || !validNP(ts, s+1, n) {
		return false
	}
	e, when := st.afterCue(v + 1)
	if e >= len(ts) || !ts[e].comma() {
		return false
	}
	if st.relayAfter(ts[e].a, join(st.s, ts, s+1, n)) {
		return true
	}
	r := raw{cue: ts[v].s, kind: verbs[ts[v].lo].kind, ca: -1, when: when}
	if fronted {
		st.content(&r, e+1, st.clauseEnd(e+1))
	} else {
		a := st.clauseStart()
		st.content(&r, a, st.clauseEnd(a))
	}
	if r.ca >= 0 {
		st.emit(r, s+1, n)
	}
	return true
}

// relayAfter adds name to the relays of the claims whose content starts
// after byte offset at, and reports whether there was one.
func (st *sentence) relayAfter(at int, name string) bool {
	relayed := false
	for i := range st.out {
		if r := &st.out[i]; r.ca > at {
			r.outer = append(r.outer, name)
			if r.via == "" {
				r.via, r.outer = r.outer[0], r.outer[1:]
			}
			relayed = true
		}
	}
	return relayed
}

func anyReports(out []raw) bool {
	for _, r := range out {
		if r.kind == newsbot.CueReports {
			return true
		}
	}
	return false
}

// interviewOpener reports the words that can open one of interviewWith's
// phrases ("interview with", "in", "writing in", "contacted", "spoke to",
// "comments to"): any other token is passed over without testing each.
func interviewOpener(w string) bool {
	switch w {
	case "interview", "in", "writing", "writes", "wrote", "write", "contacted", "contacting",
		"phoned", "emailed", "spoke", "speaking", "talking", "talked", "speaks", "talks", "comments", "remarks":
		return true
	}
	return false
}

// interviewWith handles the publisher of an interview or remarks as the
// relay of the claims made in them: "In an interview with Público, a
// Spanish newspaper, the prime minister said ...", "said in an interview
// with the BBC that", "The minister, speaking to Reuters, said", "spoke to
// state television ..., saying", "In comments to the Halden Press". The
// listener must read as an outlet (see interviewer and outlet); a person
// ("in an interview with Smith") or "reporters" relays nothing. Claims of
// the sentence without an intermediary whose content does not hold the
// phrase get the outlet as via; a role that is only the phrase is none.
func (st *sentence) interviewWith() {
	if len(st.out) == 0 {
		return
	}
	ts := st.ts
	for k := 0; k+2 < len(ts); k++ {
		if ts[k].inQ || !interviewOpener(ts[k].lo) {
			continue
		}
		interview := ts[k].lo == "interview" && ts[k+1].lo == "with"
		a := k + 2
		if k == 0 && ts[k].lo == "in" || ts[k].is("writing", "writes", "wrote", "write") && ts[k+1].lo == "in" {
			// "In the Mirror, X writes", "Writing in the Daily Telegraph, X
			// argues", "wrote in the Guardian that": the paper publishes
			// the piece (outlet() must accept the name)
			a = k + 1
			if ts[k].lo != "in" {
				a = k + 2
			}
		} else if ts[k].is("contacted", "contacting", "phoned", "emailed", "wrote") && !ts[k+1].is("to") {
			a = k + 1 // "contacted the Reuters news service, confirming"
		} else if !interview && !(ts[k].is("spoke", "speaking", "talking", "talked", "speaks", "talks", "wrote") && ts[k+1].is("to", "with")) &&
			!(ts[k].is("comments", "remarks") && ts[k+1].lo == "to") {
			continue
		}
		e := a
		for e < len(ts) && e < a+6 && !ts[e].punct && !ts[e].inQ && ts[e].lo != "that" && timeAt(ts, e) == e && !(e > a && verbLike(ts[e])) && st.manner(e) == e &&
			!(prepositions[ts[e].lo] && ts[e].lo != "of" || ts[e].is("about", "after", "before", "during", "over", "for")) {
			e++
		}
		name := st.outlet(a, e)
		if interview {
			name = st.interviewer(a, e)
		} else if ts[k].lo == "in" || ts[k+1].lo == "in" {
			name = st.printedIn(a, e)
		}
		if name == "" {
			continue
		}
		phrase := join(st.s, ts, k, e)
		for i := range st.out {
			r := &st.out[i]
			if r.via == "" && !(r.ca <= ts[k].a && ts[k].a < r.cb) {
				r.via = name
			}
			if r.role == phrase {
				r.role = ""
			}
		}
		return
	}
}

// interviewer returns the tokens [a,e) as an outlet's name, or "": a
// listener outlet() accepts ("the BBC", "state television"), or a proper
// name described by an appositive headed by an outlet word ("Público, a
// Spanish newspaper,").
func (st *sentence) interviewer(a, e int) string {
	ts := st.ts
	if e <= a {
		return ""
	}
	if o := st.outlet(a, e); o != "" {
		return o
	}
	if e+2 >= len(ts) || !ts[e].comma() || !isProperName(ts, a, e) || isPersonName(ts, a, e) || !ts[e+1].is("a", "an", "the") {
		return ""
	}
	for j := e + 2; j < len(ts) && j <= e+6; j++ {
		if ts[j].punct {
			if j > e+2 && outletWords[ts[j-1].lo] && !ts[j-1].capped {
				return join(st.s, ts, a, e)
			}
			return ""
		}
	}
	return ""
}

// sameInterview carries the publisher of an interview to the later
// sentences that refer back to it ("In the interview, he also described
// ..."): the claims cs of the sentence ts that have no intermediary get
// the outlet of the interview named before. A sentence naming an
// interview and relayed by an outlet records that outlet.
func (a *article) sameInterview(ts []tok, cs []newsbot.Claim) {
	for k := 0; k+1 < len(ts); k++ {
		if ts[k].inQ || !ts[k+1].is("interview", "interviews") {
			continue
		}
		named := k+2 < len(ts) && ts[k+2].is("with", "by", "on", "to")
		if ts[k].is("the", "that", "same") && a.outletOf != "" && !named {
			for i := range cs {
				if cs[i].Via == "" {
					cs[i].Via, cs[i].Relays = a.outletOf, []string{a.outletOf}
				}
			}
			return
		}
		for _, c := range cs {
			if c.Via != "" {
				a.outletOf = c.Via
				return
			}
		}
	}
}

// asReportedLast reads an "as X reported" clause that closes the sentence
// after a comma, active or passive: "..., as first reported by Bloomberg.",
// "..., as the newspaper reported.". X reported what the sentence before
// the comma reports: the content of a claim there (cut at the comma), or
// the clause itself. It reports whether it matched.
func (st *sentence) asReportedLast(s int) bool {
	ts := st.ts
	k := s + 1
	for k < len(ts) && asAdverb(ts[k]) {
		k++ // "as first reported by", "as previously reported by"
	}
	var a, b, v int
	if k+2 < len(ts) && ts[k].is("reported", "revealed", "disclosed") && ts[k+1].lo == "by" {
		v, a, b = k, k+2, k+2 // passive: "as first reported by Bloomberg"
		for b < len(ts) && !ts[b].punct && !ts[b].inQ && timeAt(ts, b) == b {
			b++
		}
		if e, _ := st.afterCue(b); !sentenceEndAt(ts, e) {
			return false
		}
	} else {
		v = -1
		for j := s + 2; j < len(ts) && j <= s+8 && !ts[j].punct && !ts[j].inQ; j++ {
			if ts[j].is("reported", "revealed", "disclosed") {
				v = j
				break
			}
		}
		if v < 0 {
			return false
		}
		if e, _ := st.afterCue(v + 1); !sentenceEndAt(ts, e) {
			return false
		}
		a, b = s+1, v
		for b > a+1 && asAdverb(ts[b-1]) {
			b-- // "as the paper first reported"
		}
	}
	if !validNP(ts, a, b) {
		return false
	}
	comma := ts[s-1].a
	r := raw{cue: ts[v].s, kind: verbs[ts[v].lo].kind, ca: -1}
	for i := range st.out {
		if c := &st.out[i]; c.ca >= 0 && c.ca < comma && c.cb > comma {
			c.cb = st.cutBefore(c.ca, comma)
			r.ca, r.cb = c.ca, c.cb
		}
	}
	if r.ca < 0 {
		st.content(&r, st.clauseStart(), s-1)
	}
	if r.ca < 0 {
		return false
	}
	st.emit(r, a, b)
	return true
}

// asAdverb is an adverb between "as" (or its subject) and "reported":
// "first", "earlier", "previously".
func asAdverb(t tok) bool {
	return !t.capped && !t.punct && (skipBack[t.lo] || isLyAdverb(t) || t.is("first", "earlier", "originally"))
}

// sentenceEndAt reports whether the sentence ends at token k: past the
// last token or at closing punctuation that is not a comma.
func sentenceEndAt(ts []tok, k int) bool {
	return k >= len(ts) || ts[k].punct && !ts[k].comma() && ts[k].q == qNone && ts[k].s != "(" && ts[k].s != ":"
}

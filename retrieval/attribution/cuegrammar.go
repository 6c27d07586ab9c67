package attribution

import "strings"

// Cue grammar of the tenth pass (issue 12, branch i12l): constructions
// around a reporting verb that UK lobby copy and North American business
// copy use and the earlier steps did not read. Each step is a small token
// check called from the place where the engine already looks.

// negatedForm reports whether w is a negated auxiliary written with either
// apostrophe: "couldn't", "couldn’t", "won’t".
func negatedForm(w string) bool {
	return strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t")
}

// phraseThenThat reports whether a prepositional phrase of up to seven
// words, with no punctuation, quotation or verb, runs from k to "that",
// and ends in a name or a noun of a speech act or an occasion: "claimed in
// the House of Commons that", "argued in a letter that". A strict verb
// reports speech before such a phrase as before "that" itself. "agreed to
// a truce on the condition that" ends in a noun that "that" completes.
func phraseThenThat(ts []tok, k int) bool {
	if k+2 >= len(ts) || ts[k].inQ || !ts[k].is("in", "at", "on", "during", "before", "outside", "with") {
		return false
	}
	for j := k + 1; j < len(ts) && j <= k+7; j++ {
		t := ts[j]
		if t.punct || t.inQ || t.q != qNone {
			return false
		}
		if t.lo == "that" && !t.capped {
			last := ts[j-1]
			return j > k+1 && (last.capped || speechAct(ts, j-1) || occasionNouns[last.lo])
		}
		if !t.capped && (verbLike(t) || t.has(wcFinite)) {
			return false
		}
	}
	return false
}

// asideAfterThat returns the token after the comma that closes a short
// aside set off by commas right after "that" at k ("said that, despite
// investigation, it had been unable ..."), or -1. The aside has at most
// eight words and no quotation; the claim is the aside and the clause
// after it.
func asideAfterThat(ts []tok, k int) int {
	if k+3 >= len(ts) || ts[k].lo != "that" || !ts[k+1].comma() {
		return -1
	}
	for j := k + 2; j < len(ts) && j <= k+10; j++ {
		t := ts[j]
		if t.comma() {
			if j > k+2 && j+1 < len(ts) && !ts[j+1].punct && ts[j+1].q == qNone {
				return j + 1
			}
			return -1
		}
		if t.punct || t.inQ || t.q != qNone {
			return -1
		}
	}
	return -1
}

// approximatorAt reports whether an approximate number opens the claim at
// k: "say at least 200 people have been killed", "said at most a third".
// "at" then starts the claim, not a phrase of place or time.
func approximatorAt(ts []tok, k int) bool {
	return k+2 < len(ts) && ts[k].lo == "at" && ts[k+1].is("least", "most") && !ts[k].inQ
}

// bareQuantifiers stand alone as a group speaker: "Some say the forum
// allows ...", "Many argue that ...", "Others contend ...".
var bareQuantifiers = set("some", "many", "others", "few", "most")

// bareQuantifierSubject reports whether the verb at i has a bare
// quantifier as its whole subject, at the start of the sentence or after a
// comma or a conjunction, and the verb is a plural present or a past that
// agrees with it ("Some say", "Many believed"), with a clause, "that", a
// quotation or a colon after it. "Some reports say" and "some claims were
// rejected" are noun phrases, not this.
func bareQuantifierSubject(ts []tok, i int) bool {
	if i == 0 || i+1 >= len(ts) || !bareQuantifiers[ts[i-1].lo] || ts[i-1].inQ {
		return false
	}
	if i >= 2 && !ts[i-2].punct && !ts[i-2].is("and", "but", "while", "though", "although", "yet") {
		return false
	}
	w := ts[i].lo
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return false // "Some reports", "some claims": a plural noun
	}
	n := ts[i+1]
	// after a bare quantifier and its verb, a determiner or a subject
	// pronoun opens the claimed clause: "Some say the forum allows ..."
	return n.lo == "that" || n.q == qOpen || n.s == ":" || !n.capped && (n.has(wcDeterminer) || n.is("he", "she", "it", "they", "we"))
}

// adverbClauseAt reports whether a clause opens at k with a determiner, a
// plural noun, a manner adverb and a verb: "contend the calls wrongly
// encourage a short-term mentality". finiteClauseAt reads the noun in -s
// as a verb and stops there.
func adverbClauseAt(ts []tok, k int) bool {
	if k+3 >= len(ts) || !ts[k].is("the", "these", "those", "such", "their", "its") {
		return false
	}
	noun, adv, v := ts[k+1], ts[k+2], ts[k+3]
	return !noun.punct && !noun.capped && strings.HasSuffix(noun.lo, "s") && isLyAdverb(adv) &&
		!v.punct && !v.capped && !prepositions[v.lo] && !v.has(wcDeterminer) && !v.has(wcPronoun)
}

// wentOnTo returns the token before "went on to" (or "goes on to", "go on
// to") ending right before the verb at i ("The spokesman went on to say
// that"), or -1: the subject of "went on" is the speaker of the verb.
func wentOnTo(ts []tok, i int) int {
	if i < 4 || ts[i-1].lo != "to" || ts[i-2].lo != "on" || !ts[i-3].is("went", "goes", "go", "going", "gone") {
		return -1
	}
	return i - 4
}

// madeClear reads "X made it clear that ..." and "X has made clear that
// ...", or a colon for "that" ("has made it clear: the government needs
// ..."): a statement, the subject of "made" its speaker. It reports
// whether it recorded a claim.
func (st *sentence) madeClear(i int) bool {
	ts := st.ts
	k := i + 1
	if k < len(ts) && ts[k].lo == "it" {
		k++
	}
	if k+2 >= len(ts) || ts[k].lo != "clear" || !(ts[k+1].lo == "that" || ts[k+1].s == ":" && ts[k+1].q == qNone) || ts[k].inQ {
		return false
	}
	sub := st.leftSubject(i)
	if !st.speakerBefore(&sub) {
		return false
	}
	r := raw{cue: join(st.s, ts, i, k+1), kind: thatVerbCue.kind, ca: -1, when: sub.when, role: sub.role}
	if st.rightContent(&r, k+1) {
		st.emitSubject(r, sub, i)
	}
	return true
}

// singularNouns name one unnamed person whom copy that avoids a gender
// calls "they": "a spokesperson", "one source", "an official".
var singularNouns = set("spokesperson", "source", "official", "representative", "aide", "insider", "person",
	"member", "ally", "colleague", "friend", "witness", "adviser", "advisor", "staffer")

// singularThey reports whether "they" in the sentence after e's can stand
// for e: e is one unnamed person ("A spokesperson", "One source", "a
// senior government source") whose head is a noun of singularNouns.
func singularThey(e *entity) bool {
	return !e.plural && singularDescription(e.name)
}

// singularDescription reports whether name describes one unnamed person
// by a noun of singularNouns after "a", "an" or "one".
func singularDescription(name string) bool {
	n, last := 0, ""
	for f := range strings.FieldsSeq(lower(name)) { // the fields read in place, no slice
		if n++; n == 1 && !(f == "a" || f == "an" || f == "one") || n > 5 {
			return false
		}
		last = f
	}
	return n >= 2 && singularNouns[last]
}

// ofPhraseInSubject reports whether the token at j is an "of" inside the
// noun phrase that opens a clause at k, after its head noun: "a
// government of national unity could offer a solution". Only one "of" is
// taken, right after a lower-case noun.
func ofPhraseInSubject(ts []tok, k, j int) bool {
	if ts[j].lo != "of" || ts[j].inQ || j < k+2 || j+1 >= len(ts) {
		return false
	}
	for m := k + 1; m < j; m++ {
		if ts[m].lo == "of" || ts[m].punct || ts[m].capped {
			return false
		}
	}
	return !ts[j+1].punct && !ts[j+1].inQ
}

// approximators open an approximate number: "about half", "nearly 40".
var approximators = set("about", "nearly", "almost", "around", "roughly", "some", "over", "more", "fewer", "less", "up")

// numberWords are amounts after an approximator.
var numberWords = set("half", "third", "thirds", "quarter", "quarters", "dozen", "dozens", "hundreds", "thousands",
	"million", "millions", "billion", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

// numberClauseAt reports whether a clause opens at k with an approximate
// number as its subject and a finite verb within six words: "estimates
// about half of those are children", "believes nearly 40 people died". A
// strict verb reports speech before it as before "that".
func numberClauseAt(ts []tok, k int) bool {
	if k+2 >= len(ts) || ts[k].inQ || !approximators[ts[k].lo] {
		return false
	}
	n := k + 1
	if ts[n].is("than", "to") {
		n++ // "more than 40", "up to 40"
	}
	if n >= len(ts) || !(isDigitWord(ts[n].lo) || numberWords[ts[n].lo]) {
		return false
	}
	for j := n + 1; j < len(ts) && j <= n+6; j++ {
		t := ts[j]
		if t.punct || t.inQ {
			return false
		}
		if !t.capped && (t.has(wcFinite) || modals[t.lo] || t.is("are", "were", "is", "was", "have", "has", "had")) {
			return true
		}
	}
	return false
}

// speakerClauseAfter reports whether a clause of another speaker starts at
// m, after "and", "but" or "while" inside a claim: a noun phrase of up to
// six words that opens with a capital or a determiner, then a loose
// reporting verb ("... and No 10 said she had ...", "... but the minister
// said ..."). The first claim ends before the conjunction.
func (st *sentence) speakerClauseAfter(m int) bool {
	ts := st.ts
	if m+1 >= len(ts) || ts[m].inQ || ts[m].punct || !(ts[m].capped || ts[m].is("the", "a", "an", "his", "her", "their", "its")) {
		return false
	}
	if ts[m].has(wcPronoun) || ts[m].is("i", "we", "you") {
		return false // "... and she said": the same speaker goes on, or a pronoun the claim holds
	}
	for v := m + 1; v < len(ts) && v <= m+6; v++ {
		t := ts[v]
		if t.punct || t.inQ || t.q != qNone {
			return false
		}
		if cv, ok := verbs[t.lo]; ok && !t.capped {
			return !cv.noun && !cv.strict && st.verbForm(v, cv) && validNP(ts, m, v)
		}
		if verbLike(t) && !t.capped {
			return false
		}
	}
	return false
}

// clauseBeforeAnd cuts a subject that runs back over a clause joined by
// "and" or "but": in "Allies said she was tired and the minister said she
// was fine" the second verb's subject is "the minister", not "she was
// tired and the minister". The part before the conjunction holds a verb;
// the part after it is a noun phrase of its own.
func clauseBeforeAnd(ts []tok, sub *subject) {
	if !sub.ok {
		return
	}
	for c := sub.b - 2; c > sub.a; c-- {
		if !ts[c].is("and", "but") || ts[c].inQ {
			continue
		}
		verb := false
		for m := sub.a; m < c && !verb; m++ {
			_, cue := verbs[ts[m].lo]
			verb = !ts[m].capped && !ts[m].inQ && (ts[m].has(wcFinite) || modals[ts[m].lo] || cue)
		}
		n := ts[c+1]
		if verb && (n.capped || n.is("the", "a", "an", "his", "her", "their", "its")) && validNP(ts, c+1, sub.b) {
			sub.a, sub.bound = c+1, c
		}
		return
	}
}

// relativeAfterSpeaker returns where a relative clause starts after an
// inverted speaker ("..., said a professor at the university who studies
// budgets."), or -1: "who" (or "whose") within ten words of k, after a
// phrase of three words or more, and the clause runs to the end of the
// sentence with no comma or quotation.
func relativeAfterSpeaker(ts []tok, k int) int {
	w := -1
	for j := k + 1; j < len(ts) && j <= k+10; j++ {
		if ts[j].punct || ts[j].inQ {
			return -1
		}
		if ts[j].is("who", "whose") {
			w = j
			break
		}
	}
	if w < k+3 {
		return -1 // "said the man who founded the firm": the clause is what names him
	}
	for j := w + 1; j < len(ts); j++ {
		if ts[j].inQ || ts[j].q != qNone || ts[j].comma() {
			return -1
		}
		if ts[j].punct {
			return w
		}
	}
	return w
}

// exampleOpener skips an imperative that introduces an example at a:
// "Take, for example, Cleveland-Cliffs CEO Lourenco Goncalves, who ...".
// The clause's subject is the noun phrase after it, never "Take".
func exampleOpener(ts []tok, a int) int {
	if a+4 < len(ts) && ts[a].is("take", "consider") && ts[a+1].comma() && ts[a+2].lo == "for" &&
		ts[a+3].is("example", "instance") && ts[a+4].comma() {
		return a + 5
	}
	return a
}

// loneParticiple reports whether t is a capitalised -ing word that can
// stand alone before a comma at the start of a sentence, the way court
// reports front counsel's part: "Prosecuting, ...", "Mitigating, ...",
// "Defending, ...". It is never the speaker.
func loneParticiple(t tok) bool {
	return t.capped && !t.punct && !t.inQ && len(t.lo) > 6 && strings.HasSuffix(t.lo, "ing") && !lyNouns[t.lo]
}

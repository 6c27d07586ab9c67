package attribution

import "unicode"

// clauseSubject returns the noun phrase that opens the sentence, after a
// dateline ("FRANKFORT, Nov 7 (Reuters) - "), leading connectives and a
// leading time phrase: a run of capitalised words ("The Central Bank of
// Ardena"), or a determiner and a few words up to the first verb-like word
// ("The bank", "The housing ministry"). ok is false when no plausible
// subject is found.
func (st *sentence) clauseSubject() (int, int, bool) {
	ts := st.ts
	a := st.clauseStart()
	if a >= len(ts) || ts[a].inQ || a == 0 && ts[a].capped && frontedParticiple(ts[a].lo) {
		return 0, 0, false // "Born Ines Maria Duarte in ..., she was": no subject before the comma
	}
	b := a
	if ts[a].has(wcDeterminer) && a+1 < len(ts) && ts[a+1].capped {
		b = a + 1 // "The Bank of Kent"
	}
	if ts[b].capped && (b > a || !ts[a].has(wcDeterminer)) {
		b = roleThenName(ts, headAfterName(ts, capRun(ts, b)))
		if b == a+1 && a == st.clauseStart() {
			b = placedBy(ts, a, b) // "Traders in Nakuru have ..."
		}
	} else {
		b = commonNounPhrase(ts, a)
	}
	if b == a || !validNP(ts, a, b) || ts[a].has(wcPronoun) && b-a == 1 && ts[a].lo != "it" && ts[a].lo != "they" && ts[a].lo != "he" && ts[a].lo != "she" {
		return 0, 0, false
	}
	return a, b, true
}

// clauseStart returns the first token of the clause, after a dateline,
// leading connectives and punctuation, and a leading time phrase.
func (st *sentence) clauseStart() int {
	ts := st.ts
	a := datelineEnd(ts)
	for a < len(ts) && (connectives[ts[a].lo] || ts[a].punct) {
		a++
	}
	if e := timeAt(ts, a); e > a && e < len(ts) && ts[e].comma() {
		a = e + 1
	}
	a = exampleOpener(ts, a)
	return frontedPrepPhrase(ts, a)
}

// frontedPrepositions are participles used as prepositions that open a
// fronted phrase: "Regarding the financial situation, Zapatero ...".
var frontedPrepositions = set("regarding", "concerning", "despite", "following", "amid", "during", "after", "before", "under", "against", "without", "over")

// frontedPrepPhrase skips a short phrase that opens the clause with a
// preposition and ends with a comma: "In contrast, he ...", "In a 42-page
// opinion, Judge X wrote". It returns the token after the comma, or a.
func frontedPrepPhrase(ts []tok, a int) int {
	// capped first: most words are not, and it needs no look-up
	if a >= len(ts) || !ts[a].capped || !prepositions[ts[a].lo] && !frontedPrepositions[ts[a].lo] && !compoundPrep(ts, a) {
		return a
	}
	for k := a + 1; k < len(ts) && k <= a+6; k++ {
		t := ts[k]
		if t.comma() {
			if k > a+1 && k+1 < len(ts) {
				return k + 1
			}
			return a
		}
		if t.punct || t.inQ || verbLike(t) {
			return a
		}
	}
	return a
}

// compoundPrep reports whether a preposition of two words opens at a:
// "As of Monday evening, fire officials were unsure ..., but confirmed",
// "As for the cause, investigators said".
func compoundPrep(ts []tok, a int) bool {
	return ts[a].lo == "as" && a+1 < len(ts) && ts[a+1].is("of", "for")
}

// headAfterName extends a name used as a modifier to its head noun, up to
// a verb or a time phrase: "The Hague district court on Thursday ordered".
func headAfterName(ts []tok, b int) int {
	for m := b; m < len(ts) && m < b+3 && !ts[m].punct && !ts[m].capped && !verbLike(ts[m]) && !ts[m].has(wcFunction) && timeAt(ts, m) == m; m++ {
		if n := m + 1; n < len(ts) && (verbLike(ts[n]) || timeAt(ts, n) > n) {
			return n
		}
	}
	return b
}

// roleThenName extends a subject over a role in lower case and the name
// after it: "City manager Pep Ortiz".
func roleThenName(ts []tok, b int) int {
	for m := b; m < len(ts) && m < b+3 && !ts[m].punct && !ts[m].capped && !verbLike(ts[m]); m++ {
		if m+1 < len(ts) && ts[m+1].capped && (ts[m].has(wcTitle) || personNouns[ts[m].lo]) {
			if e := capRun(ts, m+1); isPersonName(ts, m+1, e) || titledName(ts, m+1, e) > m+1 {
				return e // "City manager Pep Ortiz", "Police prosecutor Sergeant Kylie Anand"
			}
			break
		}
		if m+1 < len(ts) && ts[m+1].capped && companyNouns[ts[m].lo] {
			if e := capRun(ts, m+1); isProperName(ts, m+1, e) {
				return e // "Budget carrier Skylark Air"
			}
			break
		}
	}
	return b
}

// commonNounPhrase returns the end of a subject in lower case that starts
// at a: a determiner and a few words up to the first verb-like word, time
// phrase or preposition other than "of"/"for".
func commonNounPhrase(ts []tok, a int) int {
	b := a
	for b < len(ts) && b < a+5 && !ts[b].punct && !verbLike(ts[b]) && timeAt(ts, b) == b &&
		!(b > a && prepositions[ts[b].lo] && ts[b].lo != "of" && ts[b].lo != "for") {
		b++
	}
	if b > a+1 && b < len(ts) && ts[b-1].capped && !ts[b-1].punct && ts[b].capped && !ts[b].punct {
		// "The chief executive of Severnside Water apologised": the word
		// limit fell inside a name in capitals, which stays whole
		b = capRun(ts, b)
	}
	if !ts[a].has(wcDeterminer) {
		return placedBy(ts, a, b)
	}
	return b
}

// placedBy extends a bare noun phrase [a,b) over a place in capitals after
// it, up to the verb: "Traders in Nakuru have ...", "Residents at Elm
// Court said".
func placedBy(ts []tok, a, b int) int {
	if b > a && b+1 < len(ts) && ts[b].is("in", "at", "from") {
		if e := capRun(ts, b+1); e > b+1 && e < len(ts) && (verbLike(ts[e]) || ts[e].comma()) {
			return e
		}
	}
	return b
}

// capRun returns the end of the run of capitalised words (with name links
// such as "of") starting at b.
func capRun(ts []tok, b int) int {
	for b < len(ts) && !ts[b].punct && (ts[b].capped || nameLinks[ts[b].lo] && b+1 < len(ts) && ts[b+1].capped) {
		b++
	}
	return b
}

// verbLike reports whether a lower-case word is probably a verb or an
// adverb that follows a subject: a finite auxiliary, a reporting verb, an
// adverb of the subject-verb gap, or a word ending in -ed.
func verbLike(t tok) bool {
	if t.capped || t.inQ {
		return false
	}
	return t.has(wcVerbLike) || len(t.lo) > 4 && t.lo[len(t.lo)-2:] == "ed"
}

// verbLikeWords holds the words verbLike accepts by list: finite
// auxiliaries, gap adverbs that are not determiners, reporting verbs that
// are not nouns and irregular past forms; one look-up instead of up to five.
var verbLikeWords = func() map[string]bool {
	m := map[string]bool{}
	for w, in := range finite {
		if in {
			m[w] = true
		}
	}
	for w, in := range skipBack {
		if in && !determiners[w] {
			m[w] = true
		}
	}
	for w, cv := range verbs {
		if !cv.noun {
			m[w] = true
		}
	}
	for w, in := range irregular {
		if in {
			m[w] = true
		}
	}
	return m
}()

// irregular past-tense verbs, which the -ed test misses.
var irregular = set("took", "made", "went", "came", "fell", "held", "won", "lost", "hit", "ran",
	"saw", "left", "sent", "began", "broke", "brought", "built", "bought", "caught", "chose",
	"drew", "drove", "fled", "fought", "found", "gave", "got", "grew", "heard", "hid", "kept",
	"knew", "led", "met", "paid", "rose", "sank", "shot", "shut", "sold", "spent", "stood",
	"stole", "struck", "swept", "threw", "thought", "understood", "wrote", "became", "felt",
	"spoke", "meant", "woke", "wore", "dug", "fed", "forgot", "froze", "overran", "overtook",
	"withdrew", "seized", "slid", "slept", "sought", "taught", "tore", "wept")

// datelineEnd returns the index after a wire dateline that opens the
// sentence, or 0 when there is none: a place in capitals, optionally a
// date and an agency in brackets, then a dash ("SANTIAGO, Sept 30
// (Meridian) - ", "LONDON (Reuters) -"), or a place in ordinary case with
// its country or an agency before the dash ("Beirut, Lebanon — ",
// "Karsa (Halden Press) - "). A dateline is never part of a claim.
func datelineEnd(ts []tok) int {
	if len(ts) < 3 || !ts[0].capped || ts[0].punct {
		return 0
	}
	upper := allUpper(ts[0].s)
	marked := false // a country after a comma or an agency in brackets
	for k := 1; k < len(ts) && k < 14; k++ {
		t := ts[k]
		switch {
		case t.dash():
			if k+1 >= len(ts) || !upper && !marked {
				return 0
			}
			if ts[k+1].dash() && k+2 < len(ts) {
				return k + 2 // "AUSTIN, Texas, June 4, 2026 /PRNewswire/ -- "
			}
			return k + 1
		case t.s == "/" && upper:
		case t.comma():
			if k+1 < len(ts) && ts[k+1].capped {
				marked = true
			}
		case t.s == "(":
			if k+2 < len(ts) && ts[k+1].capped && (ts[k+2].s == ")" || k+3 < len(ts) && ts[k+2].capped && ts[k+3].s == ")") {
				marked = true
			}
		case t.s == ")" && k >= 4 && ts[k-2].s == "(" && allUpper(ts[k-1].s) && len(ts[k-1].s) >= 2 && k+1 < len(ts) && ts[k+1].capped && datedBefore(ts, k-2):
			return k + 1 // "Bengaluru, Feb 12 (PTI) Opposition members ...": an agency's dateline without a dash
		case t.s == ")" || t.s == ".":
		case t.punct || t.inQ || t.q != qNone:
			return 0
		case !t.capped && !isDigitWord(t.lo) && !upper:
			return 0 // "Ahmed Hassan, a teacher — ...": a clause, not a dateline
		case !t.capped && !isDigitWord(t.lo) && verbLike(t):
			return 0
		}
	}
	return 0
}

// datedBefore reports whether the tokens before k hold a comma and then a
// day number, as a dateline's "Place, Feb 12" does.
func datedBefore(ts []tok, k int) bool {
	comma := false
	for j := 1; j < k; j++ {
		comma = comma || ts[j].comma()
		if comma && isDigitWord(ts[j].lo) {
			return true
		}
	}
	return false
}

// datelineAgency returns the agency named in brackets in a wire dateline
// that opens the sentence ("SANTIAGO, May 12 (Meridian) - "), or "".
func datelineAgency(ts []tok) string {
	d := datelineEnd(ts)
	for k := 0; k+2 < d; k++ {
		if ts[k].s == "(" && ts[k+2].s == ")" && ts[k+1].capped {
			return ts[k+1].s
		}
	}
	return ""
}

func isDigitWord(w string) bool {
	return w != "" && isDigitByte(w[0])
}

func allUpper(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 3
}

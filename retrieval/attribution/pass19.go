package attribution

import (
	"strings"

	"github.com/newsbot/newsbot"
)

// Seventeenth pass (issue 12, branch i12s): recall on house styles no
// readable set used (dev-zg: rural development releases, personnel agency
// blog and survey copy), read as general shapes.

// nameHomographs are given names that are also modal verbs or verbs of
// other words: "Will Hughes", "May Chen", "Mark Doyle", "Grant Shapps".
var nameHomographs = set("will", "may", "mark", "bill", "grant", "rob", "sue", "drew", "pat", "chase", "wade", "guy", "hope", "joy", "faith")

// givenNameHomographs drops the word classes of a capitalised homograph
// that reads as a given name: followed by a surname-like capitalised word
// (and at most one more), then a cue or the comma of an appositive, in a
// sentence that is no question. "Will Hughes said the player would stay"
// names a speaker; "Will Britain say no?", "in May Congress said",
// "May 5" and "Will the board agree" keep their classes.
func givenNameHomographs(ts []tok) {
	if len(ts) < 3 || ts[len(ts)-1].s == "?" {
		return
	}
	for k := 0; k+2 < len(ts); k++ {
		if t := ts[k]; t.capped && !t.punct && !t.inQ && nameHomographs[t.lo] && homographNamed(ts, k) {
			ts[k].cls = 0
		}
	}
}

// homographNamed reports whether token k opens a person's name: not after
// a preposition ("in May"), one or two surname-like words after it, then
// a cue word in lower case or a comma; or right after a cue, the name
// closed by a punctuation mark.
func homographNamed(ts []tok, k int) bool {
	if k > 0 && (prepositions[ts[k-1].lo] || ts[k-1].is("of", "by", "until", "since", "during")) {
		return false
	}
	e := k + 1
	for e < len(ts) && e <= k+2 && surnameLike(ts[e]) && !months[ts[e].lo] && !weekdays[ts[e].lo] {
		e++
	}
	if e == k+1 {
		return false
	}
	if k > 0 && !ts[k-1].capped && ts[k-1].has(wcCue) && (e == len(ts) || ts[e].punct) {
		return true // "said Will Hughes, the coach"
	}
	if e >= len(ts) {
		return false
	}
	n := ts[e]
	return n.comma() || !n.capped && n.has(wcCue)
}

// bracketedBodyRole separates the name from a role that opens with a body
// and its acronym in brackets: "United States Department of Agriculture
// (USDA) Deputy Under Secretary for Rural Development Justin Maxson",
// "U.S. Department of Agriculture (USDA) Rural Development Under Secretary
// Xochitl Torres Small". The words after the bracket are read as a
// speaker of their own; when they hold a role and a person's name, the
// whole phrase before the name is the role. It returns the name's token
// range and the role, or a, b and "".
func bracketedBodyRole(s string, ts []tok, a, b int) (int, int, string) {
	c := bodyAcronymEnd(ts, a, b)
	if c < 0 || b-c < 2 {
		return a, b, ""
	}
	if isPersonName(ts, c, b) {
		return c, b, join(s, ts, a, c)
	}
	if na, nb, _ := splitRole(s, ts, c, b); na > c && nb == b && isPersonName(ts, na, nb) {
		return na, nb, join(s, ts, a, na)
	}
	return a, b, ""
}

// bodyAcronymEnd returns the token after the first "(ACRONYM)" in
// [a,b) that follows a capitalised word, or -1.
func bodyAcronymEnd(ts []tok, a, b int) int {
	for k := a + 1; k+2 < b; k++ {
		if ts[k].s == "(" && ts[k-1].capped && !ts[k-1].punct && isAcronym(ts[k+1].s) && ts[k+2].s == ")" {
			return k + 3
		}
	}
	return -1
}

// documentHeads head a document or data set that states something in a
// relative clause: "the FEVS data which ... shows", "a report that found".
var documentHeads = set("data", "figures", "report", "reports", "survey", "poll", "study", "analysis",
	"statistics", "results", "estimates", "research", "review", "audit", "assessment", "census")

// relativeDocument handles a document or data set named in the object of
// a sentence and stating a clause in a relative clause after it: "Last
// week we previewed the FEVS data which, for the second year, shows
// Federal employees are more satisfied", "the agency released a survey,
// which found that rents rose", "released figures that show crime fell".
// The noun phrase, from its determiner to its head, is the speaker; the
// claim runs to the next comma outside a quotation or the end of the
// clause. It reports whether it matched.
func (st *sentence) relativeDocument(i int, cv cueVerb) bool {
	ts := st.ts
	if cv.noun || ts[i].capped || ts[i].inQ {
		return false
	}
	rel := relativeBefore(ts, i)
	if rel < 2 || cv.base && !ts[rel].is("which", "that") {
		return false
	}
	j := rel - 1
	if ts[j].comma() {
		j--
	}
	a := documentPhraseStart(ts, j)
	if a < 0 || cv.base && !pluralHead(ts[j]) {
		return false
	}
	r := raw{cue: ts[i].s, kind: cv.kind, ca: -1}
	k := i + 1
	if k < len(ts) && ts[k].lo == "that" && !ts[k].inQ {
		k++
	}
	e := k
	for e < len(ts) && !(ts[e].comma() && !ts[e].inQ) {
		e++
	}
	e = min(e, st.clauseEnd(k))
	if e <= k+1 {
		return false
	}
	st.content(&r, k, trimBack(ts, k, e))
	if r.ca < 0 || !st.hasClause(r.ca, r.cb) {
		return false
	}
	st.emit(r, a, j+1)
	return true
}

// relativeBefore returns the relative pronoun ("which", "that") that opens
// the clause whose verb is at i, right before it or before an aside set
// off by commas ("which, for the second year, shows"), or -1.
func relativeBefore(ts []tok, i int) int {
	if i >= 1 && ts[i-1].is("which", "that") && !ts[i-1].capped {
		return i - 1
	}
	if i < 3 || !ts[i-1].comma() {
		return -1
	}
	for k := i - 2; k >= 1 && k >= i-8; k-- {
		if ts[k].inQ || ts[k].punct && !ts[k].comma() {
			return -1
		}
		if ts[k].comma() {
			if ts[k-1].lo == "which" && !ts[k-1].capped {
				return k - 1
			}
			return -1
		}
	}
	return -1
}

// documentPhraseStart returns where the noun phrase headed by a document
// noun at j starts: a determiner, then up to three modifiers (capitalised
// names and acronyms, or plain lower-case words); or -1.
func documentPhraseStart(ts []tok, j int) int {
	if j < 1 || !documentHeads[ts[j].lo] || ts[j].capped || ts[j].inQ {
		return -1
	}
	for a := j - 1; a >= 0 && a >= j-4; a-- {
		t := ts[a]
		if t.inQ || t.punct {
			return -1
		}
		if t.is("the", "a", "an", "its", "their", "our", "his", "her", "this", "these", "new") && !t.capped || a == 0 && t.is("the", "a", "an", "its", "their", "our", "this", "these") {
			return a
		}
		if t.has(wcFunction) || t.has(wcVerb) || verbLike(t) {
			return -1
		}
	}
	return -1
}

// pluralHead reports whether a document noun is plural, so that a base
// form agrees with it: "figures that show".
func pluralHead(t tok) bool {
	return t.is("data", "figures", "reports", "statistics", "results", "estimates")
}

// showVerb is the cue of "show", "shows" and "showed" after a document:
// a statement; "show" is a base form that needs a plural subject.
func showVerb(t tok) cueVerb {
	return cueVerb{kind: newsbot.CueStates, base: t.lo == "show"}
}

// listMarkers open the items of a bulleted list.
var listMarkers = set("•", "·", "*", "▪", "◦", "‣", "●", "■", "►", "○", "✓")

// afterListMarker returns the tokens of a sentence without the bullet that
// opens it as a list item: "• The agency said prices would rise" is read
// as the sentence after the bullet.
func afterListMarker(ts []tok) []tok {
	if len(ts) > 2 && ts[0].punct && listMarkers[ts[0].s] && !ts[1].punct {
		return ts[1:]
	}
	return ts
}

// objectPronouns are listeners after "told" and "tells" that no claim
// opens with: "he told me the program works", "she tells us that ...".
// "her" is left out: "told her client was ..." may open the claim.
var objectPronouns = set("me", "us", "him", "them", "you")

// clauseSubjectAfterHearer reports whether the word at j, after a listener
// of "told" has been named, is the head of the claim's subject: a noun
// followed by a finite verb or a modal ("told reporters the program was
// working", where "program" could name a broadcast).
func clauseSubjectAfterHearer(ts []tok, j int) bool {
	t := ts[j]
	return !t.punct && !t.inQ && !t.has(wcDeterminer) && j+1 < len(ts) && (ts[j+1].has(wcFinite) || modals[ts[j+1].lo]) && !ts[j+1].capped
}

// afterThat reports whether the content starting at byte ca follows a
// "that": the complementiser says a clause follows, as in "told reporters
// that the program works", whose verb no word list knows.
func afterThat(ts []tok, ca int) bool {
	for k := 1; k < len(ts); k++ {
		if ts[k].a == ca {
			return ts[k-1].lo == "that" && !ts[k-1].capped && !ts[k-1].inQ
		}
	}
	return false
}

// textNouns name a written text whose words "read": "the statement read",
// "reads the letter", "a sign read".
var textNouns = set("statement", "statements", "letter", "message", "note", "post", "release", "sign",
	"notice", "tweet", "email", "e-mail", "memo", "banner", "placard", "headline", "caption", "text",
	"citation", "order", "filing", "complaint", "petition", "resolution", "proclamation", "verdict")

// documentReads handles "read" and "reads" with a written text as its
// subject, before or after the verb: "“...,” the statement read", "The
// letter reads: “...”", "“...,” reads the statement". The text is the
// speaker and the verb is read as a strict cue; "He read the report" (a
// reader, not a text) is no claim. It reports whether it matched.
func (st *sentence) documentReads(i int) bool {
	ts := st.ts
	if ts[i].capped || ts[i].inQ || i+1 < len(ts) && ts[i+1].is("to", "by", "out", "aloud", "into") {
		return false // "a statement read to the court": a participle
	}
	if !textSubjectBefore(ts, i) && !textSubjectAfter(ts, i) {
		return false
	}
	st.verb(i, cueVerb{kind: newsbot.CueStates, strict: true})
	return true
}

// textSubjectBefore reports whether a text noun (after a determiner or a
// possessive, with at most two modifiers) ends right before the verb at i.
func textSubjectBefore(ts []tok, i int) bool {
	if i < 2 || !textNouns[ts[i-1].lo] || ts[i-1].capped || ts[i-1].inQ {
		return false
	}
	for a := i - 2; a >= 0 && a >= i-4; a-- {
		t := ts[a]
		if t.punct || t.inQ {
			return false
		}
		if t.has(wcDeterminer) || possessiveWord(t.s) {
			return true
		}
	}
	return false
}

// textSubjectAfter reports whether a determiner, at most two modifiers
// and a text noun follow the verb at i, closing the sentence or its
// clause: "reads the statement.", "read a sign outside the hall".
func textSubjectAfter(ts []tok, i int) bool {
	if i+2 >= len(ts) || !ts[i+1].has(wcDeterminer) || ts[i+1].inQ {
		return false
	}
	for j := i + 2; j < len(ts) && j <= i+4; j++ {
		t := ts[j]
		if t.punct || t.inQ {
			return false
		}
		if textNouns[t.lo] && !t.capped {
			return j+1 == len(ts) || ts[j+1].punct || prepositions[ts[j+1].lo] || ts[j+1].is("from", "of", "by", "issued", "released", "posted")
		}
	}
	return false
}

// participleThenThat returns the "that" after a participle phrase that
// describes the text named right before k ("said in a statement read to
// the court that ...", "wrote in a letter sent to staff that ..."), or -1:
// the claim begins after "that", not at the participle.
func participleThenThat(ts []tok, k int) int {
	if k < 1 || k+2 >= len(ts) || !(textNouns[ts[k-1].lo] || sourceNouns[ts[k-1].lo]) || ts[k].capped || ts[k].inQ {
		return -1
	}
	if w := ts[k].lo; !(strings.HasSuffix(w, "ed") || w == "read" || w == "sent" || w == "written" || w == "given") {
		return -1
	}
	for j := k + 1; j < len(ts) && j <= k+8; j++ {
		if ts[j].punct || ts[j].inQ {
			return -1
		}
		if ts[j].lo == "that" {
			return j
		}
	}
	return -1
}

// bareNounClauseAt reports whether a clause opens at k with a noun phrase
// of one or two plain lower-case words and no determiner, then a modal or
// a finite auxiliary: "suggested taxes would rise", "signalled higher
// rates could follow".
func bareNounClauseAt(ts []tok, k int) bool {
	for j := k; j < len(ts) && j <= k+2; j++ {
		t := ts[j]
		if j > k && (modals[t.lo] || t.has(wcFinite)) && !t.capped {
			return true
		}
		if t.punct || t.inQ || t.capped || t.has(wcFunction) || t.has(wcDeterminer) || t.has(wcPronoun) || verbLike(t) || prepositions[t.lo] || isDigitWord(t.lo) {
			return false
		}
	}
	return false
}

// speakerVerbAfterState reports whether "and" at j, inside a claim that
// starts at k, joins a new act of the speaker rather than more of the
// claim: the claim is a state, a form of "be" or a linking verb before an
// adjective, a quotation or a noun ("the results were “weaker than
// feared”", "they were not behind the posts"); the word before "and"
// closes it (a closing quotation mark or a plain word, not a participle);
// a past tense follows, then its object or complement ("and cut their
// price target", "and chose not to comment", "and focused on ...").
// "was arrested and charged" (a participle before "and") and "prices
// rose and wages fell" (a noun after "and") are left alone.
func speakerVerbAfterState(ts []tok, k, j int) bool {
	if j+2 >= len(ts) || ts[j].inQ {
		return false
	}
	prev, v, next := ts[j-1], ts[j+1], ts[j+2]
	if !(prev.q == qClose || !prev.punct && !prev.capped && !prev.inQ && !strings.HasSuffix(prev.lo, "ed") && !strings.HasSuffix(prev.lo, "ing")) {
		return false
	}
	if v.capped || v.inQ || v.punct || !(pastForm(v.lo) || irregular[v.lo] || v.is("cut", "set", "put", "let", "cast", "quit")) || v.has(wcParticiple) || verbs[v.lo].kind != "" {
		return false
	}
	if !(next.has(wcDeterminer) || possessiveWord(next.s) || next.is("their", "its", "his", "her", "not", "to", "on", "for")) {
		return false
	}
	return stateClause(ts, k, j)
}

// stateClause reports whether tokens [k,j) hold a form of "be" or a
// linking verb not followed by a participle: "were “weaker than feared”",
// "looked “absolutely miserable”", "were not behind the posts".
func stateClause(ts []tok, k, j int) bool {
	for m := k; m+1 < j; m++ {
		if !ts[m].is("was", "were", "is", "are", "looked", "seemed", "appeared", "remained") || ts[m].inQ {
			continue
		}
		n := m + 1
		if ts[n].lo == "not" && n+1 < j {
			n++
		}
		w := ts[n].lo
		return !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !irregular[w]
	}
	return false
}

// researchNouns head the subject of a finding: "the researchers found no
// significant difference", "A poll last month found Tolliver ahead".
// Searchers who find things ("the team", "investigators", "scientists")
// are left out: "The team found the wreck" is no claim.
var researchNouns = set("researchers", "authors", "study", "poll", "survey", "analysis", "review", "audit",
	"investigation", "report", "research", "data", "inquiry", "researcher")

// findingObject reports whether "found" or "finds" at i, whose subject is
// a study, a poll or researchers, states its finding as a noun phrase or a
// small clause starting at k: "the researchers found no significant
// difference between ...", "A poll last month found Tolliver ahead by two
// points". "Police found a knife" (no research subject) is no claim.
func findingObject(ts []tok, i, k int) bool {
	if !ts[i].is("found", "finds") || k >= len(ts) || ts[k].punct || ts[k].inQ || !researchSubjectBefore(ts, i) {
		return false
	}
	for j := k; j < len(ts) && j <= k+3; j++ {
		if ts[j].punct || ts[j].inQ {
			return j > k+1
		}
	}
	return true
}

// researchSubjectBefore reports whether a research noun ends the subject
// before the verb at i, with at most a time phrase of two words between
// ("A poll last month found").
func researchSubjectBefore(ts []tok, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		t := ts[j]
		if t.punct || t.inQ {
			return false
		}
		if researchNouns[t.lo] && !t.capped || researchNouns[t.lo] && j == 0 {
			return true
		}
		if !t.is("last", "this", "month", "week", "year", "also", "previously", "recently", "earlier") {
			return false
		}
	}
	return false
}

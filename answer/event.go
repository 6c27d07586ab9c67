package answer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Whether the sentence an answer would lead with states the asked event,
// not only its topic (branch i10q). Questions about events no stored
// article covers are mostly answered, when they are, by a sentence that
// shares the question's names and topic words but reports another event:
// "Who won the cup final?" over the semi-final report ("will meet ... in
// the final"), "How many acres has the fire burned?" over the count of its
// firefighters. General signals, each a feature of the support gate
// (gatemodel.go), read once per answer for the lead sentence only:
//
//   - eventNowhere: the share of the question's event words (its predicate
//     words and verb, markPredicates) that no retrieved article writes in
//     any form. An ordinary word found nowhere weighs little in coverage
//     (weights), since it may be phrased otherwise; but an event the
//     stored articles never name ("enthroned", "splash down") is more
//     often an event they do not report.
//   - eventOwn: the share of those words in the sentence itself.
//   - eventAbsent: the sentence holds none of them and at least half of
//     them are written nowhere (a logistic model does not form this
//     conjunction from the two shares).
//   - countedApart: a "how many N" question whose N some article writes,
//     while the sentence's numbers count other things, not N ("450
//     firefighters" asked how many fire engines; a bare "rose to 112" may
//     count N left implicit).
//   - pastPlan (gatemodel.go): asked what happened, the sentence states
//     a plan ("will meet ... in the final" asked who won it).

// eventTerms returns the indexes of the question's event words: its
// predicate words and its verb, less the words only found in a clause
// that dates the asked event by another ("How many people were arrested
// *after the protest*", "Who was enthroned *after Shenouda III died*"):
// that other event is the one a stored report may well state.
func (sc *scoring) eventTerms() []int {
	if sc.events != nil {
		return *sc.events
	}
	dating := sc.qs.datingClauseKeys()
	out := []int{}
	for i, t := range sc.qs.terms {
		if i < 64 && (t.pred || t.verb) && !dating[t.key] {
			out = append(out, i)
		}
	}
	sc.events = &out
	return out
}

// datingWords introduce a clause or phrase that places the asked event
// in time against another.
var datingWords = setOf("after before following since until when while during")

// datingClauseKeys returns the term keys of the words that stand only in
// a dating clause of the question: from a dating word (not the first word)
// to the next comma or the end.
func (qs *question) datingClauseKeys() map[string]bool {
	in, out := map[string]bool{}, map[string]bool{}
	inClause := false
	for i, w := range qs.ws {
		if i > 0 && datingWords[w.lower] {
			inClause = true
			continue
		}
		for _, k := range terms(w.lower) {
			if inClause {
				in[k] = true
			} else {
				out[k] = true
			}
		}
		if w.stop {
			inClause = false
		}
	}
	for k := range out {
		delete(in, k)
	}
	return in
}

// eventNowhere returns the share of the question's event words that no
// retrieved article writes, 0 when it has none.
func (sc *scoring) eventNowhere() float64 {
	ev := sc.eventTerms()
	if len(ev) == 0 {
		return 0
	}
	n := 0
	for _, i := range ev {
		if !sc.vocab.has(i) {
			n++
		}
	}
	return float64(n) / float64(len(ev))
}

// eventOwn returns the share of the question's event words found in own
// (the sentence's terms); 1 when the question has none.
func (sc *scoring) eventOwn(own mask) float64 {
	ev := sc.eventTerms()
	if len(ev) == 0 {
		return 1
	}
	n := 0
	for _, i := range ev {
		if own.has(i) {
			n++
		}
	}
	return float64(n) / float64(len(ev))
}

// manyNoun returns the term of the noun a "how many N" question counts
// (the head of its noun phrase: "how many *firefighters*", "how many
// federal *employees*"), or -1.
func (qs *question) manyNoun() int {
	if qs.want != wantQuantity {
		return -1
	}
	ws := qs.ws
	for i := 0; i+2 < len(ws); i++ {
		if ws[i].lower != "how" || ws[i+1].lower != "many" {
			continue
		}
		j := i + 2
		for j+1 < len(ws) && j < i+4 && !ws[j].stop && !isStop(ws[j+1].lower) &&
			!relAux[ws[j+1].lower] && !doAux[ws[j+1].lower] && !copulas[ws[j+1].lower] && !pastForm(ws[j+1].lower) {
			j++ // "how many federal *employees*"
		}
		if isStop(ws[j].lower) {
			return -1
		}
		return qs.wordTerm(ws[j].text)
	}
	return -1
}

// countWindow is how many words after a number its counted noun may
// stand ("450 federal, state and local firefighters").
const countWindow = 5

// countedApart reads a "how many N" question against the sentence text:
// it reports whether some retrieved article writes N while no number of
// the sentence counts it (N within countWindow words after the number)
// and one counts another noun (a word right after it). False for other
// questions, and when no article writes N (the question's N may be
// phrased otherwise).
func (sc *scoring) countedApart(text string) bool {
	k := sc.qs.manyNoun()
	if k < 0 || !sc.vocab.has(k) {
		return false
	}
	t := sc.qs.terms[k]
	ws := words(text)
	for i, w := range ws {
		if !isNumberWord(w) {
			continue
		}
		for j := i + 1; j < len(ws) && j <= i+countWindow; j++ {
			if sc.m.term(k, t, unitSet(ws[j])) {
				return false
			}
		}
	}
	// a number that counts nothing named ("the death toll rose to 112",
	// a table's "Krypton Okesene 578") may count N left implicit
	return countsOther(text)
}

// countsOther reports whether a number of text is followed, with no
// punctuation between, by a word that names what it counts ("450
// firefighters", "four engines"; not "112, officials" or "4 May").
func countsOther(text string) bool {
	fs := strings.Fields(text)
	for i := 0; i+1 < len(fs); i++ {
		num := strings.TrimLeft(fs[i], "$€£(\"'“‘")
		if num == "" || !isNumberWord(strings.ToLower(num)) || !endsInWordChar(num) {
			continue
		}
		next := strings.ToLower(strings.TrimRight(fs[i+1], ".,;:!?)\"'”’"))
		ws := words(next)
		if len(ws) != 1 || ws[0] != next {
			continue // "per-cent", "km/h": not one plain word
		}
		if !isStop(next) && !isNumberWord(next) && !monthOrDay[next] {
			return true
		}
	}
	return false
}

// endsInWordChar reports whether s ends in a letter or digit.
func endsInWordChar(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

var monthOrDay = setOf("january february march april may june july august september october november december " +
	"monday tuesday wednesday thursday friday saturday sunday")

// isNumberWord reports whether a word of words() is a number, in digits
// or in words ("450", "four").
func isNumberWord(w string) bool {
	for _, t := range unitTerms(w) {
		if isNumberKey(t) {
			return true
		}
	}
	return false
}

package answer

import "strings"

// Quotes beside the lead bear on the question (branch i10zo): a later
// quote is picked for its evidence unit, its sentence with the headline
// and its neighbours, so a sentence whose only word of the question is
// its report's subject ("Syria's" in a report headlined on "Syria's
// Aleppo", beside "Syrian state media said ... in Minian") could follow a
// right first quote without saying anything of what was asked. When the
// lead's own sentence holds every term of the question (it is most
// likely the answer) and the kind of fact asked for, every
// sentence of a report is about its headline's subject; a later quote
// must share with the question a term its headline does not already
// give, hold the kind of fact asked for (a date for "when", a number for
// "how many") or state a figure the lead does not, else it is left out. The lead is never dropped.

// bearing returns picked, when its lead holds every term of the
// question, without the quotes after the first that share
// only their report's headline terms with the question and do not hold
// the asked kind of fact.
func (sc *scoring) bearing(picked []*candidate) []*candidate {
	if len(picked) < 2 || picked[0].own < sc.contentTerms() || sc.qs.want != wantAny && !picked[0].carries || sc.qs.yesNo() {
		// a lead that leaves some of the question out, or holds no fact
		// of the kind asked, may not be the answer: a later quote may
		// hold it, on its report's subject; the quotes after a yes or
		// no question's lead are its evidence either way
		return picked
	}
	out := picked[:1:1]
	lead := map[string]bool{}
	for _, k := range numberKeys(digitWords(picked[0].sent.Text)) {
		lead[k] = true
	}
	for _, c := range picked[1:] {
		if c.carries || sc.beyondHeadline(c) || newFigure(c, lead) {
			out = append(out, c)
		}
	}
	return out
}

// beyondHeadline reports whether a candidate's own sentence holds a
// question term (generic words aside) that its report's headline,
// standfirst and dateline do not.
// A question whose terms its headline all gives asks about the report's
// subject itself ("What was said about the ferry strike at Velde?" of
// "Ferry strike at Velde"): any sentence of it bears on it.
func (sc *scoring) beyondHeadline(c *candidate) bool {
	beyond := false
	for i, t := range sc.qs.terms {
		if t.kind == kindGeneric || c.u.title.has(i) {
			continue
		}
		if c.u.own.has(i) {
			return true
		}
		beyond = true
	}
	return !beyond
}

// newFigure reports whether a candidate's sentence states a figure
// written in digits that its lead does not: a figure on the report's
// subject ("increased to 49.4 gigawatts" beside "recorded an all-time
// high") is a fact of its own; "two rebel groups" is a count in passing.
func newFigure(c *candidate, lead map[string]bool) bool {
	for _, k := range numberKeys(digitWords(c.sent.Text)) {
		if !lead[k] {
			return true
		}
	}
	return false
}

// digitWords returns the words of text that hold a digit, with the word
// after each (a scale: "12.6 million").
func digitWords(text string) []string {
	ws := words(text)
	var out []string
	for i, w := range ws {
		if strings.ContainsAny(w, "0123456789") {
			out = append(out, w)
			if i+1 < len(ws) {
				out = append(out, ws[i+1])
			}
		}
	}
	return out
}

package attribution

import "strings"

// This file holds the phrases written around a reporting verb that are not
// its speaker or its claim: a fronted participial phrase ("Speaking to the
// BBC on Tuesday, X said"), a listener before "that" ("warned investors
// that"), "seen by <outlet>" in a speaker, the object of a strict verb that
// still reports ("described hearing gunfire", "reported a 31% fall"), and
// "spent weeks insisting".

// frontedPhrase reads a participial phrase that opens the sentence before
// its speaker: "Opening the case on Monday, prosecutor X told the jury",
// "Asked on Thursday whether ..., X said", "Speaking to BBC Radio 4's
// Today programme on Tuesday, X said". Its time is the claim's; a news
// outlet spoken to is its channel.
func (st *sentence) frontedPhrase(r *raw, sub subject) {
	ts := st.ts
	if sub.bound < 1 || !ts[sub.bound].comma() {
		return
	}
	if r.via == "" {
		r.via = st.frontedSeenBy(sub.bound) // "In a letter seen by the Guardian, 38 MPs warn"
	}
	a := st.clauseStart()
	if a+1 >= sub.bound || !frontedOpener(ts[a]) {
		return
	}
	for k := a + 1; k < sub.bound && r.when == ""; k++ {
		if e := timeAt(ts, k); e > k && e <= sub.bound {
			r.when = join(st.s, ts, k, e)
		}
	}
	if r.via == "" && ts[a].is("speaking", "talking") && ts[a+1].lo == "to" {
		e := a + 2
		for e < sub.bound && timeAt(ts, e) == e {
			e++
		}
		r.via = st.outlet(a+2, e)
	}
}

// frontedSeenBy returns the outlet of a fronted phrase that ends at the
// comma c and names a document an outlet saw: "In a letter seen by the
// Guardian, ...", "According to emails obtained by the Ledger, ...".
func (st *sentence) frontedSeenBy(c int) string {
	ts := st.ts
	a := datelineEnd(ts)
	for a < c && connectives[ts[a].lo] {
		a++
	}
	if a >= c || !ts[a].capped || !prepositions[ts[a].lo] || c-a > 10 {
		return ""
	}
	for k := a + 2; k+2 < c; k++ {
		if ts[k].punct || ts[k].inQ {
			return ""
		}
		if seenBy(ts, k, c) {
			return join(st.s, ts, k+2, c)
		}
	}
	return ""
}

// frontedOpener reports whether t opens a fronted participial phrase:
// "Speaking", "Opening", "Asked".
func frontedOpener(t tok) bool {
	return t.capped && !t.inQ && (t.lo == "asked" || len(t.lo) > 5 && strings.HasSuffix(t.lo, "ing"))
}

// experienceClaim reports whether the strict verb at i reports an
// experience in a gerund at k: "Residents described hearing gunfire",
// "Police reported recovering six boxes".
func experienceClaim(ts []tok, i, k int) bool {
	t := ts[k]
	if ts[i].is("reported", "reports") && resultFigure(ts, k) {
		return true
	}
	return ts[i].is("described", "describes", "reported", "reports") && !t.capped && !t.inQ && !t.punct &&
		len(t.lo) > 5 && strings.HasSuffix(t.lo, "ing") && !t.has(wcParticiple)
}

// resultFigure reports whether a figure opens at k, the object of a
// company's "reported": "reported a 31% fall in profit", "reported $2
// billion in sales". Without a figure ("reported a loss") it is not read
// as a claim.
func resultFigure(ts []tok, k int) bool {
	if k < len(ts) && ts[k].is("a", "an") {
		k++
	}
	if k < len(ts) && ts[k].is("record", "net") {
		k++
	}
	if k >= len(ts) || ts[k].punct || ts[k].inQ {
		return false
	}
	return isNumber(strings.TrimRight(strings.TrimLeft(ts[k].lo, "$£€"), "%"))
}

// listenerThat skips a listener of up to eight words between the verb and
// "that" ("warned investors that"); it returns the "that", or k.
func (st *sentence) listenerThat(k int) int {
	ts := st.ts
	if k >= len(ts) || ts[k].lo == "that" || ts[k].has(wcDeterminer) && ts[k].lo != "the" && ts[k].lo != "its" && ts[k].lo != "his" && ts[k].lo != "her" && ts[k].lo != "their" {
		return k
	}
	for j := k + 1; j < len(ts) && j <= k+8; j++ {
		if ts[j].punct || ts[j].inQ || verbLike(ts[j]) {
			return k
		}
		if ts[j].lo == "that" {
			return j
		}
	}
	return k
}

// spentTime reports whether the participle at i follows "spent <a span of
// time>": "has spent weeks insisting that ...", "spent the day arguing
// that ...".
func spentTime(ts []tok, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if ts[k].punct || ts[k].inQ {
			return false
		}
		if ts[k].is("spent", "spends", "spend", "spending") {
			return k < i-1
		}
	}
	return false
}

// seenSpeaker cuts "seen by X" off the speaker [a,b) ("letter seen by
// the Guardian says"): X relays the claim unless via is already known.
func (st *sentence) seenSpeaker(a, b int, via string) (int, string) {
	c, outlet := st.seenIn(a, b)
	if outlet != "" && via == "" {
		via = outlet
	}
	return c, via
}

// listenerVerbs take a listener before "that": "warned middle-class users
// of cocaine that he is out to get them".
var listenerVerbs = set("warned", "warns", "cautioned", "cautions", "assured", "assures", "reminded",
	"reminds", "informed", "informs", "promised", "promises", "urged", "notified", "notifies")

package attribution

import "strings"

// This file holds patterns of wire copy and court reports: the outlet a
// claim was told to ("told AFP"), and a defendant's name followed by age
// and address.

// outlet returns the listener after "told" in tokens [a,b) when it is a
// news outlet, which relays the claim ("told AFP", "told the Coastal
// Gazette last month", "told state television"), or "". People,
// reporters, courts and bodies are listeners, not outlets.
func (st *sentence) outlet(a, b int) string {
	ts := st.ts
	e := a
	for e < b && !ts[e].punct && !ts[e].inQ && ts[e].lo != "that" && timeAt(ts, e) == e && st.manner(e) == e {
		e++
	}
	if e == a || e-a > 6 {
		return ""
	}
	f := a
	if ts[f].has(wcDeterminer) {
		f++
	}
	if f >= e || ts[f].has(wcHonorific) {
		return "" // "told Mr Post"
	}
	if st.agency != "" && join(st.s, ts, f, e) == st.agency {
		return join(st.s, ts, a, e) // "told Meridian": the agency of the dateline
	}
	if f == a && e == a+1 && isAcronym(ts[a].s) {
		return ts[a].s // "told DW", "told VOA": a broadcaster's initials
	}
	if f == a && isProperName(ts, a, e) && !isPersonName(ts, a, e) && st.interviewAt(e) {
		return join(st.s, ts, a, e) // "told Público in an interview"
	}
	found := false
	for k := f; k < e; k++ {
		t := ts[k]
		w := trimPossessive(t.lo)
		if outletNames[w] || callSign(t.s) || outletWords[w] && (t.capped || k == e-1 || ts[k+1].lo == "news" || ts[k+1].capped) {
			found = true
		} else if !t.capped && !isDigitByte(t.lo[0]) && !stateWords[t.lo] && !outletWords[w] && !(k > f && ts[k-1].lo == "news") {
			return "" // "told the court", "told reporters"
		}
	}
	if !found {
		return ""
	}
	return join(st.s, ts, a, e)
}

func trimPossessive(w string) string {
	if len(w) > 2 && (w[len(w)-2:] == "'s") {
		return w[:len(w)-2]
	}
	if len(w) > 4 && w[len(w)-4:] == "’s" {
		return w[:len(w)-4]
	}
	return w
}

// clauseBefore reports whether the tokens before j (after a dateline) hold
// a verb or a quotation, as the claimed words before an inverted "...,
// said X" do. "Darren Kilbride, 43, of Marsh Lane, admitted six counts"
// has none: "admitted" follows its subject.
func (st *sentence) clauseBefore(j int) bool {
	ts := st.ts
	for k := datelineEnd(ts); k < j; k++ {
		if t := ts[k]; t.q != qNone || t.inQ || verbLike(t) || irregular[t.lo] {
			return true
		}
	}
	return false
}

// nameDetails recognises a person's name followed by comma-set details of
// a court or local report, ending at the comma j before the verb: "Gareth
// Pryce, 37, of Hillside Road, Brackley,". Each detail is an age, an "of"
// or "from" phrase, or a capitalised place; at least one is an age or such
// a phrase. It returns the name's tokens and the details as its role.
func (st *sentence) nameDetails(j int) (int, int, string, bool) {
	ts := st.ts
	if j < 0 || !ts[j].comma() {
		return 0, 0, "", false
	}
	start := datelineEnd(ts)
	for start < j && (connectives[ts[start].lo] || ts[start].punct) {
		start++
	}
	var cuts []int // comma positions from start to j
	for k := start; k <= j; k++ {
		t := ts[k]
		if t.comma() {
			cuts = append(cuts, k)
		} else if t.punct && t.s != "." || t.inQ || t.q != qNone {
			return 0, 0, "", false
		}
	}
	if len(cuts) < 2 || !isPersonName(ts, start, cuts[0]) && !isPersonName(ts, start+1, cuts[0]) {
		return 0, 0, "", false
	}
	marked := false
	for c := 0; c+1 < len(cuts); c++ {
		a, b := cuts[c]+1, cuts[c+1]
		switch {
		case b-a == 1 && isDigitWord(ts[a].lo):
			marked = true // an age
		case b-a >= 2 && ts[a].is("of", "from") && ts[a+1].capped:
			marked = true
		case isProperName(ts, a, b):
		default:
			return 0, 0, "", false
		}
	}
	if !marked {
		return 0, 0, "", false
	}
	return start, cuts[0], join(st.s, ts, cuts[0]+1, j), true
}

// callSign reports whether w is written like a broadcaster's call sign or
// channel brand: a North American call sign ("KDVR", "WABC", "WGN-TV") or
// capital letters run together with a channel number ("FOX31", "9NEWS").
func callSign(w string) bool {
	if i := strings.IndexByte(w, '-'); i > 0 && (w[i+1:] == "TV" || w[i+1:] == "FM" || w[i+1:] == "AM") {
		w = w[:i]
	}
	letters, digits := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'A' && c <= 'Z':
			letters++
		case c >= '0' && c <= '9':
			digits++
		default:
			return false
		}
	}
	if digits > 0 {
		return letters >= 2 && digits <= 2
	}
	return len(w) == 4 && (w[0] == 'K' || w[0] == 'W')
}

// interviewAt reports whether "in an interview" starts at k: the one told
// in an interview is the outlet that published it.
func (st *sentence) interviewAt(k int) bool {
	ts := st.ts
	return k+2 < len(ts) && ts[k].lo == "in" && ts[k+1].is("an", "a", "the", "this") && ts[k+2].lo == "interview"
}

package attribution

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

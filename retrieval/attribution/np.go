package attribution

import "strings"

// finite verbs never occur inside a speaker's noun phrase.
var finite = set("is", "are", "was", "were", "has", "have", "had", "will", "would", "can",
	"could", "should", "may", "might", "must", "did", "does", "do", "am", "'s")

// nameLinks may sit inside a personal or organisational name.
var nameLinks = set("al-", "al", "bin", "ibn", "abu", "de", "van", "von", "der", "la", "le",
	"da", "di", "du", "el", "of", "for", "and", "the")

// isProperName reports whether tokens [a,b) form a name written in
// capitals: "Zakaria Malahifji", "Dr. Amara Osei", "Nour al-Din al-Zinki".
func isProperName(ts []tok, a, b int) bool {
	if a >= b || b-a > 6 || !ts[a].capped || ts[a].has(wcDeterminer) {
		return false
	}
	for k := a; k < b; k++ {
		t := ts[k]
		if t.punct || !t.capped && !nameLinks[t.lo] && !strings.HasPrefix(t.lo, "al-") {
			return false
		}
	}
	return true
}

// isPersonName reports whether tokens [a,b) read as a person's name: a
// proper name of two to four words with no organisation word in it.
func isPersonName(ts []tok, a, b int) bool {
	for a < b && ts[a].has(wcHonorific) {
		a++
	}
	if b-a < 2 || b-a > 4 || !isProperName(ts, a, b) || ts[a].has(wcFunction) {
		return false // "In Skelby" is a place after a preposition
	}
	if compassWords[ts[a].lo] {
		return false // "North Korea", "Northern Grid": a place or a body named by its region
	}
	for k := a; k < b; k++ {
		if ts[k].has(wcOrg) || ts[k].has(wcTitle) || ts[k].lo == "of" || ts[k].lo == "for" || ts[k].lo == "the" || ts[k].lo == "and" {
			return false
		}
		if len(ts[k].s) >= 3 && isAcronym(ts[k].s) && !romanNumeral(ts[k].s) {
			return false // "GTS Ukraine": a firm named with an acronym
		}
	}
	return true
}

// compassWords open the names of places and of bodies named after a
// region, never a person's given name.
var compassWords = set("north", "south", "east", "west", "northern", "southern", "eastern", "western",
	"central", "upper", "lower", "greater", "northeast", "northwest", "southeast", "southwest")

// splitRole separates a role written around a name: "Prime Minister Ilir
// Brand", "Union representative Piotr Zawadzki", "Yasser Alyousef from the
// political office of ...". It returns the name's token range and the role.
// Each construction is a named step, tried in order.
func splitRole(s string, ts []tok, a, b int) (int, int, string) {
	if a >= b {
		return a, b, ""
	}
	if na, nb, role := bracketedBodyRole(s, ts, a, b); na > a {
		return na, nb, role
	}
	if na, nb, role, ok := nameThenLinkedRole(s, ts, a, b); ok {
		return na, nb, role
	}
	if na, nb, role, ok := nameThenUnmarkedRole(s, ts, a, b); ok {
		return na, nb, role
	}
	if p := describedName(ts, a, b); p > a {
		return p, b, join(s, ts, a, p) // "the authority's engineer Ada Voss"
	}
	if ts[a].has(wcDeterminer) {
		return a, b, ""
	}
	if p := possessorBeforeName(ts, a, b); p > a {
		return p, b, join(s, ts, a, p) // "Labour's Jess Phillips", "NASA's Bill Nelson"
	}
	return roleFirstName(s, ts, a, b)
}

// nameThenLinkedRole reads a name first, then "from/of/at/with/for" and
// the role; a title may come before the name ("Detective Constable Priya
// Nair of Kelmscott Police"). It reports whether it matched.
func nameThenLinkedRole(s string, ts []tok, a, b int) (int, int, string, bool) {
	for k := a + 2; k < b && k <= a+8; k++ {
		if !ts[k].is("from", "of", "at", "with", "for") {
			continue
		}
		if isPersonName(ts, a, k) {
			return a, k, join(s, ts, k, b), true
		}
		if p := titledName(ts, a, k); p > a {
			return p, k, join(s, ts, a, p) + " " + join(s, ts, k, b), true
		}
		// "marine biologist Dr Lerato Mokoena of the University of ..."
		if na, nb, role := splitRole(s, ts, a, k); na > a && nb == k && isPersonName(ts, na, nb) {
			return na, nb, role + " " + join(s, ts, k, b), true
		}
	}
	return a, b, "", false
}

// nameThenUnmarkedRole reads a name and its role with the comma between
// them left out: "Spc. William Dubois an Army musician with the 198th
// Army Band". Only the first article is tried. It reports whether it
// matched.
func nameThenUnmarkedRole(s string, ts []tok, a, b int) (int, int, string, bool) {
	for k := a + 2; k+1 < b && k <= a+6; k++ {
		if !ts[k].is("a", "an", "the") || ts[k].capped {
			continue
		}
		if isPersonName(ts, a, k) {
			return a, k, join(s, ts, k, b), true
		}
		if p := titledName(ts, a, k); p > a {
			return p, k, join(s, ts, a, p) + ", " + join(s, ts, k, b), true
		}
		break
	}
	return a, b, "", false
}

// roleFirstName reads a role first, then the name: the trailing run of
// capitalised words, without the title words at its front ("Prosecutor
// Helen Marsh", "Telecoms company Telvio"); or no role at all.
func roleFirstName(s string, ts []tok, a, b int) (int, int, string) {
	r := b
	for r > a && !ts[r-1].punct && (ts[r-1].capped || strings.HasPrefix(ts[r-1].lo, "al-")) {
		r--
	}
	for r < b && (ts[r].has(wcTitle) || ts[r].has(wcOrg) || titleByForm(ts, r, b) || b-r >= 3 && domainNoun(ts[r])) {
		r++
	}
	if r > a && (nameLinks[ts[r-1].lo] || prepositions[ts[r-1].lo]) {
		if p := titledDomainName(ts, a, b); p > a {
			return p, b, join(s, ts, a, p)
		}
		return a, b, "" // "researchers at Quarry Labs": the name is inside the phrase
	}
	if r > a && b-r >= 2 && isPersonName(ts, r, b) {
		return r, b, join(s, ts, a, r)
	}
	if b-a >= 2 && ts[b-2].capped && ts[b-2].has(wcTitle) && surnameLike(ts[b-1]) && isProperName(ts, a, b) {
		// "U.S. Attorney Delaney", "Premier Thornley": a title, then the
		// surname; the article's fuller mention is found from it.
		return b - 1, b, join(s, ts, a, b-1)
	}
	// "Prosecutor Helen Marsh", "Environment Minister Claire Dunmore": a
	// capitalised title, then the name.
	if p := titledName(ts, a, b); p > a {
		return p, b, join(s, ts, a, p)
	}
	// "Australian Olympian Steph Rice": a nationality and a capitalised
	// noun of what the person is, then the name.
	if b-a == 4 && demonym(ts[a]) && ts[a+1].capped && isPersonName(ts, a+2, b) {
		return a + 2, b, join(s, ts, a, a+2)
	}
	// "Telecoms company Telvio", "rights group Amnesty International".
	if r > a && r < b && !ts[r-1].capped && (companyNouns[ts[r-1].lo] || ts[r-1].has(wcOrg)) && isProperName(ts, r, b) {
		return r, b, join(s, ts, a, r)
	}
	return a, b, ""
}

// domainNoun reports whether t is a capitalised abstract noun, by its
// ending, of the kind that names a title's field ("Director of Field
// Operation Hector Mancha", "Minister of Information", "Secretary of
// Transportation"): such a word is no given name. Endings shared with
// given names ("-ity" of Felicity, "-ence" of Florence) are left out.
func domainNoun(t tok) bool {
	if !t.capped || t.punct || len(t.lo) < 6 {
		return false
	}
	for _, suf := range []string{"tion", "tions", "sion", "sions", "ment", "ments", "ness", "ship", "ships", "ics"} {
		if strings.HasSuffix(t.lo, suf) {
			return true
		}
	}
	return false
}

// possessorBeforeName returns where a person's name starts in [a,b) when
// a capitalised possessor stands before it, the body or party the person
// speaks for ("Labour's Jess Phillips", "NASA’s Bill Nelson"), or a.
func possessorBeforeName(ts []tok, a, b int) int {
	for k := a; k < b-2; k++ {
		if !ts[k].capped || ts[k].punct {
			return a
		}
		if possessiveWord(ts[k].s) {
			if isPersonName(ts, k+1, b) && !weekdays[ts[k+1].lo] && !months[ts[k+1].lo] { // "Sky News’s Sunday Morning" is a programme
				return k + 1
			}
			return a
		}
	}
	return a
}

// titledDomainName returns where the name starts in "County Executive for
// Trade Joseph Mwangi", "Minister of State for Sport Ann Lee": a
// capitalised title, a link word, its domain, then a name of two words;
// or a.
func titledDomainName(ts []tok, a, b int) int {
	p := b - 2
	if p <= a+2 || !isPersonName(ts, p, b) {
		return a
	}
	for m := a + 1; m < p; m++ {
		if (nameLinks[ts[m].lo] || prepositions[ts[m].lo]) && !ts[m].capped {
			if hasTitle(ts, a, m) {
				return p
			}
			return a
		}
	}
	return a
}

// hasTitle reports whether tokens [a,b) are capitalised and hold a title
// word: "County Executive", "Minister".
func hasTitle(ts []tok, a, b int) bool {
	found := false
	for k := a; k < b; k++ {
		if !ts[k].capped || ts[k].punct {
			return false
		}
		found = found || ts[k].has(wcTitle)
	}
	return found
}

// surnameLike reports whether t can be a surname after a title: a
// capitalised word that is not itself a title, an organisation word or an
// acronym ("Attorney General", "Health Ministry", "Senator Lee" vs "the
// EU").
func surnameLike(t tok) bool {
	return t.capped && !t.punct && !t.has(wcTitle) && !t.has(wcOrg) && !isAcronym(t.s) && !t.has(wcFunction)
}

// conjuncts splits a subject that names two speakers: "The Observatory and
// emergency workers in eastern Aleppo". A name with "and" inside ("Ministry
// of Labour and Social Affairs") is not split.
func conjuncts(ts []tok, a, b int) [][2]int {
	if b-a > 3 && ts[a].is("both", "either", "neither") {
		for k := a + 2; k < b-1; k++ {
			if ts[k].is("and", "or", "nor") {
				return conjuncts(ts, a+1, b) // "Both Israel and Hamas"
			}
		}
	}
	for k := a + 1; k < b-1; k++ {
		if ts[k].lo != "and" || ts[k].inQ {
			continue
		}
		left, right := ts[k-1], ts[k+1]
		switch {
		case k-2 >= a && ts[k-2].lo == "of":
			continue // "Ministry of Labour and Social Affairs"
		case right.has(wcDeterminer) || !right.capped:
			if !right.capped && !right.has(wcDeterminer) && !left.capped && k-a == 1 {
				continue // "allied militias" style adjective pairs
			}
		case isPersonName(ts, a, k) && isPersonName(ts, k+1, b):
		case titledPerson(ts, a, k) && titledPerson(ts, k+1, b):
			// "Assistant Attorney General Alice S. Fisher of the Criminal
			// Division and U.S. Attorney James R. Klindt for the Middle
			// District of Florida": two officials, each with a title
		case k-a == 1 && b-k-1 == 1:
		case bodyName(ts, a, k) && bodyName(ts, k+1, b) && (k-a > 1 && !(k-a == 2 && ts[a].lo == "the") || isAcronym(ts[k-1].s)):
			// "the Los Angeles Times and Associated Press", "the FTC and
			// Arkansas": two bodies named in capitals
		case companySuffix(ts, k-1) && companySuffix(ts, b-1) && k+2 < b:
			// "The Thomson Corporation and Reuters Group PLC": two firms
		case k-a == 1 && len(left.s) >= 2 && isAcronym(left.s) && b-k-1 <= 3 && isProperName(ts, k+1, b):
			// "BHP and Rio Tinto": a body known by its acronym and another name
		default:
			continue
		}
		return append([][2]int{{a, k}}, conjuncts(ts, k+1, b)...)
	}
	return [][2]int{{a, b}}
}

// longConjuncts reports whether a subject too long for one speaker names
// two or three, each short enough: "Assistant Attorney General Alice S.
// Fisher of the Criminal Division and U.S. Attorney James R. Klindt for
// the Middle District of Florida".
func longConjuncts(ts []tok, a, b int) bool {
	if b-a > 40 {
		return false
	}
	cs := conjuncts(ts, a, b)
	if len(cs) < 2 || len(cs) > 3 {
		return false
	}
	for _, c := range cs {
		if c[1]-c[0] > 16 {
			return false
		}
	}
	return true
}

// titledPerson reports whether tokens [a,b) are a title and a person's
// name, with a phrase of the body after it ("of the Criminal Division").
func titledPerson(ts []tok, a, b int) bool {
	e := b
	for k := a + 2; k < b; k++ {
		if !ts[k].capped && ts[k].is("of", "for", "from", "at") {
			e = k
			break
		}
	}
	for p := max(a+1, e-4); p <= e-2; p++ {
		if hasTitle(ts, a, p) && isPersonName(ts, p, e) {
			return true // "Acting Assistant Attorney General Jeffrey H. Wood"
		}
	}
	return false
}

// bodyName reports whether tokens [a,b), after a leading "the", are a
// name in capitals that is one word or holds an organisation word:
// "the FTC", "Arkansas", "the Los Angeles Times".
func bodyName(ts []tok, a, b int) bool {
	if a < b && ts[a].lo == "the" {
		a++
	}
	if b-a > 3 && ts[b-1].s == ")" && ts[b-3].s == "(" && isAcronym(ts[b-2].s) {
		b -= 3 // "The Garda Representative Association (GRA)"
	}
	for k := a; k < b; k++ {
		if ts[k].lo == "of" {
			return false // "the Association of Garda Sergeants and Inspectors" is one name
		}
	}
	if !isProperName(ts, a, b) {
		return false
	}
	if b-a == 1 {
		return true
	}
	for k := a; k < b; k++ {
		if ts[k].has(wcOrg) || outletWords[ts[k].lo] {
			return true
		}
	}
	return false
}

// validNP reports whether tokens [a,b) can be a speaker: short, not in a
// quotation, starting with a word that can open a noun phrase, and not
// ending in a function word.
func validNP(ts []tok, a, b int) bool {
	if a >= b || b-a > 16 && !longConjuncts(ts, a, b) {
		return false
	}
	for k := a; k < b; k++ {
		if ts[k].inQ || ts[k].q != qNone {
			return false
		}
	}
	first, last := ts[a], ts[b-1]
	if b-a == 1 && first.has(wcDeterminer) && !(bareQuantifiers[first.lo] && b < len(ts) && isCue(ts[b].lo)) {
		return false // "An (estimated)", "The (accused)"
	}
	if first.punct || last.punct && last.s != ")" {
		return false
	}
	if first.has(wcOpener) && first.lo != "that" || first.has(wcBlocker) || first.has(wcPassive) {
		return false
	}
	if nameLinks[last.lo] && !last.capped || last.is("to", "in", "on", "at", "by", "with", "from", "as", "not", "never") || negatedForm(last.lo) {
		return false
	}
	if _, ok := verbs[first.lo]; ok && !first.capped {
		return false
	}
	for k := a; k < b; k++ {
		if cv, ok := verbs[ts[k].lo]; ok && !cv.noun && !ts[k].capped {
			return false // "A said B": a claim inside a claim is the outer speaker's
		}
		if ts[k].has(wcFinite) {
			return false // "There are 212 (confirmed cases)": a clause, not a speaker
		}
	}
	return true
}

// isPronoun returns the pronoun's class ("m", "f", "n", "p") if [a,b) is
// a lone subject pronoun.
func isPronoun(ts []tok, a, b int) string {
	if b-a != 1 {
		return ""
	}
	switch ts[a].lo {
	case "he", "she", "it", "they":
		return pronouns[ts[a].lo]
	}
	return ""
}

// stripSource turns "preliminary figures from the electoral commission"
// into "the electoral commission": the speaker of a document is its author.
// "figures published on Thursday by NHS England" gives "NHS England" too.
func stripSource(ts []tok, a, b int) int {
	k := a
	if a+1 < b && !ts[a].capped && !ts[a].punct && !verbLike(ts[a]) && !sourceNouns[ts[a].lo] && !sourceAdjs[ts[a].lo] &&
		sourceNouns[ts[a+1].lo] && !ts[a+1].has(wcDeterminer) {
		k++ // "flash estimates released by X": a modifier before the source noun
	}
	for k < b && (sourceNouns[ts[k].lo] || sourceAdjs[ts[k].lo]) {
		k++
	}
	if k == a || k == b || !sourceNouns[ts[k-1].lo] || ts[k-1].has(wcDeterminer) {
		return a
	}
	for m := k; m < b && m <= k+6; m++ {
		if ts[m].lo == "of" && m+1 < b && (quantifier(ts[m+1]) || approximateNumber(ts, m+1, b)) {
			return a // "The survey of 2,000 parents", "a study of more than 9,000 nurses": the sample, not a source
		}
		if ts[m].is("from", "by", "of") && m+1 < b {
			if m > k && !ts[m-1].is("published", "released", "issued", "compiled", "collected", "gathered", "provided") && timeEndingAt(ts, m-1) < 0 {
				return a
			}
			return m + 1
		}
	}
	return a
}

// approximateNumber reports whether a number follows within three words of
// k, after words that hedge it: "more than 9,000", "nearly 400", "some 30".
func approximateNumber(ts []tok, k, b int) bool {
	for j := k; j < b && j < k+3; j++ {
		if isDigitByte(ts[j].lo[0]) {
			return j > k
		}
		if ts[j].capped || ts[j].punct || !ts[j].is("more", "fewer", "less", "than", "almost", "nearly", "about", "around", "over", "some", "roughly", "up", "to", "just", "under") {
			return false
		}
	}
	return false
}

// describedName returns where a person's name of two or three words
// starts in [a,b) when a description ending in a role noun in lower case
// comes before it ("the authority's engineer | Ada Voss", "the club's
// head coach | Lena Brandt"), or a.
func describedName(ts []tok, a, b int) int {
	for p := max(a+2, b-3); p <= b-2; p++ {
		if t := ts[p-1]; !t.capped && !t.punct && (personNouns[t.lo] || t.has(wcTitle)) && (isPersonName(ts, p, b) || peerName(ts, p, b)) {
			return p
		}
	}
	return a
}

// titleByForm reports whether token r, in the capitalised run [r,b) that
// ends a speaker, reads as a title by its form rather than as the first
// word of a name, when a person's name of two or three words follows it:
// a short abbreviation in capitals ("PC Daniel Oyelaran", "DC Amy Hale")
// or an adjective of nationality or allegiance ("Republican Greg
// Tolliver", "Kenyan Mary Keitany").
func titleByForm(ts []tok, r, b int) bool {
	if b-r < 3 || b-r > 4 || !isPersonName(ts, r+1, b) {
		return false
	}
	t := ts[r]
	return isAcronym(t.s) && len(t.s) <= 4 && !romanNumeral(t.s) || demonym(t)
}

// peerName reports whether tokens [p,b) are a courtesy title and a
// surname, the way peers and knights are named without a first name:
// "Lord Ashworth", "Dame Hurst".
func peerName(ts []tok, p, b int) bool {
	return b-p == 2 && ts[p].has(wcHonorific) && ts[p].capped && surnameLike(ts[p+1])
}

// titledName returns where a person's name of two or three words starts in
// [a,b) when a capitalised title or role noun comes right before it
// ("Prosecutor | Helen Marsh", "Detective Constable | Priya Nair"), or a.
func titledName(ts []tok, a, b int) int {
	for p := max(a+1, b-4); p <= b-2; p++ {
		if t := ts[p-1]; (t.capped && (t.has(wcTitle) || personNouns[t.lo]) || titleByForm(ts, p-1, b)) && isPersonName(ts, p, b) && (isProperName(ts, a, b) || (gradedTitle(ts, a, p) || hasTitle(ts, a, p) || numberedUnitTitle(ts, a, p)) && isProperName(ts, p, b)) {
			return p
		}
	}
	return a
}

// gradedTitle reports whether tokens [a,p) are a title with an ordinal
// grade in it, as military ranks are written: "Sgt. 1st Class", "2nd Lt.".
func gradedTitle(ts []tok, a, p int) bool {
	graded := false
	for k := a; k < p; k++ {
		switch t := ts[k]; {
		case t.capped && t.has(wcTitle):
		case !t.punct && len(t.lo) > 2 && t.lo[0] >= '0' && t.lo[0] <= '9' && (strings.HasSuffix(t.lo, "st") || strings.HasSuffix(t.lo, "nd") || strings.HasSuffix(t.lo, "rd") || strings.HasSuffix(t.lo, "th")):
			graded = true
		default:
			return false
		}
	}
	return graded
}

// romanNumeral reports whether w is a generational suffix in Roman
// numerals ("III", "IV"), not an acronym.
func romanNumeral(w string) bool {
	return strings.Trim(w, "IVX") == ""
}

// companySuffixes end the name of a firm: "Reuters Group PLC", "Alpine Rail
// Inc.".
var companySuffixes = set("corporation", "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "plc", "llc",
	"group", "company", "co.", "holdings", "ag", "sa", "s.a.", "nv", "n.v.", "limited")

// companySuffix reports whether the word ending at token j (before its
// full stop: "Inc.") is a firm's suffix.
func companySuffix(ts []tok, j int) bool {
	if j > 0 && ts[j].s == "." {
		j--
	}
	return ts[j].capped && (companySuffixes[ts[j].lo] || companySuffixes[ts[j].lo+"."])
}

// demonym reports whether t reads as a capitalised adjective of
// nationality: "Australian", "Kenyan", "Japanese", "Danish", "Iraqi".
func demonym(t tok) bool {
	if !t.capped || len(t.lo) < 5 {
		return false
	}
	for _, suf := range []string{"ian", "ean", "ese", "ish", "an", "i"} {
		if strings.HasSuffix(t.lo, suf) {
			return !t.has(wcOrg) && !t.has(wcTitle)
		}
	}
	return false
}

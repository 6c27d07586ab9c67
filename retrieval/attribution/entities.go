package attribution

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// entity is a speaker or a name mentioned in an article, for resolving
// pronouns and short forms to their first full mention.
type entity struct {
	name, role string
	k          string   // key(name)
	words      []string // lower-case content words
	initials   string   // initials(born), computed when first asked for (initialsOf)
	born       string   // the name the entity was added under
	initDone   bool     // initials is computed
	alias      string
	person     bool
	plural     bool
	gender     string // "m", "f" or ""
	last       int    // sentence of the latest mention
	first      int    // sentence of the first mention
	spoke      bool   // named as a speaker
	bySurname  bool   // mentioned by its last word alone: a person
	subj       bool   // opened a sentence as its subject
	at         int    // byte offset of the first mention in its sentence
}

// tracker holds the entities of one article. It is not safe for concurrent
// use; Attribute makes one per call.
type tracker struct {
	ents   []*entity
	byName map[string]*entity // names as written, to skip key() on repeats
	keys   map[string]string  // key() of the names looked up
	at     int                // byte offset in its sentence of the mention observe is adding
	cur    int                // the sentence observed last
}

var prepositions = set("in", "at", "on", "near", "from", "to", "into", "across", "outside",
	"inside", "towards", "toward", "of", "for", "by", "with", "through", "around", "via")

var minorWords = set("the", "a", "an", "of", "for", "and", "in", "on", "at", "to", "from", "'s")

func contentWords(name string) []string { return contentWordsLower(lower(name)) }

// contentWordsLower is contentWords of a name already in lower case.
func contentWordsLower(lo string) []string {
	var out []string
	for f := range strings.FieldsFuncSeq(lo, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
	}) {
		if !minorWords[f] && !determiners[f] && f != "s" {
			out = append(out, f)
		}
	}
	return out
}

func initials(name string) string {
	var b strings.Builder
	for f := range strings.FieldsSeq(name) {
		r, _ := utf8.DecodeRuneInString(f)
		if unicode.IsUpper(r) && !minorWords[lower(f)] {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// initialsOf returns the initials of the name e was added under, worked
// out on the first call: most entities are never compared with an acronym.
func (e *entity) initialsOf() string {
	if !e.initDone {
		e.initials, e.initDone = initials(e.born), true
	}
	return e.initials
}

// key normalises a name for equality: lower case, no leading article.
func key(name string) string {
	n := lower(strings.TrimSpace(name))
	for _, d := range []string{"the ", "a ", "an "} {
		n = strings.TrimPrefix(n, d)
	}
	return n
}

// keyOf is key(name), remembered for the article: the same names are
// looked up again and again.
func (tr *tracker) keyOf(name string) string {
	if k, ok := tr.keys[name]; ok {
		return k
	}
	if tr.keys == nil {
		tr.keys = map[string]string{}
	}
	k := key(name)
	tr.keys[name] = k
	return k
}

// sameKey reports whether key(a) == key(b), without allocating.
func sameKey(a, b string) bool {
	return strings.EqualFold(unarticled(a), unarticled(b))
}

func unarticled(s string) string {
	s = strings.TrimSpace(s)
	for _, d := range []string{"the ", "a ", "an "} {
		if len(s) >= len(d) && strings.EqualFold(s[:len(d)], d) {
			return s[len(d):]
		}
	}
	return s
}

// add records a mention of name and returns its entity, creating it when new.
func (tr *tracker) add(name, role string, person bool, seq int) *entity {
	if e := tr.byName[name]; e != nil {
		e.last = seq
		if e.role == "" {
			e.setRole(role)
		}
		e.person = e.person || person
		return e
	}
	if tr.byName == nil {
		tr.byName = map[string]*entity{}
	}
	k := tr.keyOf(name)
	for _, e := range tr.ents {
		if e.k == k {
			e.last = seq
			if e.role == "" {
				e.setRole(role)
			}
			e.person = e.person || person
			tr.byName[name] = e
			return e
		}
	}
	lo := lower(name) // once for the three readings below
	e := &entity{name: name, k: k, role: role, words: contentWordsLower(lo), born: name, person: person, last: seq, first: seq, at: tr.at}
	head := headWordLower(lo)
	if !person && personNouns[head] {
		e.person = true
	}
	if !e.person && strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss") && head != "nations" && !isCapitalised(name) || head == "police" || head == "media" || head == "staff" || head == "people" {
		e.plural = true
	}
	e.genderFromLower(lo) // the words of name, then of role: the last gendered word counts
	e.genderFrom(role)
	tr.ents = append(tr.ents, e)
	tr.byName[name] = e
	return e
}

// setRole gives e its role, and the gender the role tells ("A spokeswoman
// for the authority, Lena Ortiz").
func (e *entity) setRole(role string) {
	e.role = role
	if e.gender == "" {
		e.genderFrom(role)
	}
}

// genderFrom sets e's gender from the gendered words of text.
func (e *entity) genderFrom(text string) { e.genderFromLower(lower(text)) }

// genderFromLower is genderFrom of text already in lower case.
func (e *entity) genderFromLower(lo string) {
	for w := range strings.FieldsSeq(lo) {
		if pronouns[w] != "" || w == "her" || w == "his" || w == "him" {
			continue // "a geologist who sailed with her": someone else
		}
		if feminine[w] {
			e.gender = "f"
		} else if masculine[w] {
			e.gender = "m"
		}
	}
}

// headWord returns the head noun of a noun phrase: the last word before
// its first preposition ("spokesman" in "A spokesman for the council").
func headWord(np string) string { return headWordLower(lower(np)) }

// headWordLower is headWord of a noun phrase already in lower case.
func headWordLower(lo string) string {
	head, prev, i := "", "", 0
	for f := range strings.FieldsSeq(lo) {
		if i > 0 && (f == "of" || f == "for" || f == "in" || f == "from" || f == "at" || f == "with" || f == "run" || f == "involved" || f == "fighting") {
			break
		}
		if i > 2 && f == "by" && strings.HasSuffix(head, "ed") {
			head = prev // "an independent panel appointed by ...": the panel
			break
		}
		prev, head, i = head, f, i+1
	}
	if i == 0 {
		return ""
	}
	return strings.Trim(head, ",.;:'’")
}

func isCapitalised(name string) bool {
	last := ""
	for f := range strings.FieldsSeq(name) {
		last = f
	}
	if last == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(last)
	return unicode.IsUpper(r)
}

// resolve returns the entity an expression refers back to: an acronym
// ("the WHO"), a surname or first word ("Malahifji", "Norland"), "Ms" and a
// surname, a definite short form whose words all occur in a longer earlier
// mention ("the Observatory", "The defence ministry source"), a role ("the
// spokeswoman") or an organisation noun ("the company"). It returns nil
// when the expression is new. The patterns are tried in order.
func (tr *tracker) resolve(name string) *entity {
	if e := tr.byHonorific(name); e != nil {
		return e
	}
	if e := tr.byKey(tr.keyOf(name)); e != nil {
		if f := tr.earlierFuller(e); f != nil {
			return f
		}
		return tr.titleHolder(e)
	}
	m := newMention(name) // split only when the cheap patterns failed
	if len(m.words) == 0 || strings.Contains(name, "'s ") || strings.Contains(name, "’s ") {
		return nil // "the company's chief executive" is a description of its own
	}
	for _, step := range shortFormSteps {
		if e := step(tr, m); e != nil {
			return tr.titleHolder(e)
		}
	}
	return nil
}

// titleHolder returns the named person whose role a title-only entity is:
// "Russian Ambassador to Tehran Alexander Sadovnikov" registers the title
// "Russian Ambassador" (cut off from the name by "to Tehran") as a person
// of its own, and "the ambassador", "The Russian ambassador" would come
// back to it; they mean the one person whose role holds that title. e when
// e names someone (its words are not all title words and capitalised
// modifiers), or when no person, or more than one, has such a role.
func (tr *tracker) titleHolder(e *entity) *entity {
	if e.role != "" || len(e.words) == 0 || !titleWords[e.words[len(e.words)-1]] {
		return e
	}
	title := unarticled(e.name)
	var found *entity
	for _, p := range tr.ents {
		if p == e || !p.person || p.role == "" || len(p.words) < 2 || titleWords[p.words[len(p.words)-1]] ||
			!containsFold(p.role, title) {
			continue
		}
		if found != nil && found != p {
			return e
		}
		found = p
	}
	if found == nil {
		return e
	}
	return found
}

// containsFold reports whether s contains sub, ignoring case, as whole words.
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) && (i == 0 || s[i-1] == ' ') && (i+len(sub) == len(s) || s[i+len(sub)] == ' ') {
			return true
		}
	}
	return false
}

// mention is an expression to resolve, split once for every step.
type mention struct {
	name, bare string
	fields     []string
	words      []string // content words
	definite   bool
}

func newMention(name string) mention {
	m := mention{name: name, fields: strings.Fields(name), words: contentWords(name)}
	if len(m.fields) > 0 {
		m.bare = m.fields[len(m.fields)-1]
		m.definite = strings.EqualFold(m.fields[0], "the")
	}
	return m
}

// shortFormSteps are the patterns of resolve for a short form, in order.
var shortFormSteps = []func(*tracker, mention) *entity{
	(*tracker).byShortForm,
	(*tracker).byRoleNoun,
	(*tracker).byOutletNoun,
	(*tracker).byCompanyNoun,
	(*tracker).byPlacedHead,
	(*tracker).byNameTail,
	(*tracker).byFamilyNameFirst,
	(*tracker).byBodyEpithet,
}

// byBodyEpithet resolves a definite description of a body by what it is,
// with modifiers its name does not hold, as wire copy names a firm or an
// agency the second time ("the Boston-based company", "the iPhone maker",
// "The U.N. health agency"), to the body byCompanyNoun finds for the head
// noun alone: the latest named in capitals that spoke or opened a
// sentence. nil when the head is no noun for a body, or the description
// owns something ("the company's chief executive").
func (tr *tracker) byBodyEpithet(m mention) *entity {
	n := len(m.fields)
	if !m.definite || n < 3 || n > 5 || possessive(m.name) {
		return nil
	}
	head := m.fields[n-1]
	if !companyNouns[head] {
		return nil
	}
	marked := false // a modifier no plain word is: "Boston-based", "U.N.", "iPhone"
	for _, f := range m.fields[1 : n-1] {
		if nameLinks[lower(f)] || prepositions[lower(f)] {
			return nil // "the head of the agency", "the group of states"
		}
		if isCapitalised(f) && !strings.ContainsAny(f, "-.") {
			return nil // "The Islamic State group": the capitals are its name
		}
		marked = marked || strings.ContainsAny(f, "-.") || f != lower(f)
	}
	if !marked {
		return nil // "the farm group" with no farm body named: left to byModifiedCompanyNoun
	}
	return tr.byCompanyNoun(newMention("the " + head))
}

// byNameTail resolves a surname written as more than one word, or with an
// apostrophe or a particle, to the latest person whose name ends with it:
// "von der Leyen" and "Von der Leyen" after "Ursula von der Leyen",
// "al-Sharaa" after "Ahmed al-Sharaa", "O'Brien" after "Sean O'Brien",
// "Kennedy" after "John F. Kennedy Jr." (a generational suffix set
// aside). The words are compared as written, case aside, so a surname the
// word splitter cuts apart ("O'Brien") still fits.
func (tr *tracker) byNameTail(m mention) *entity {
	if m.definite || len(m.fields) == 0 || len(m.fields) > 4 || !isCapitalised(m.fields[len(m.fields)-1]) && !hyphenArticle(m.fields[len(m.fields)-1]) {
		return nil
	}
	last := m.fields[len(m.fields)-1]
	for i := len(tr.ents) - 1; i >= 0; i-- {
		e := tr.ents[i]
		if !e.person || !strings.Contains(e.name, " ") {
			continue
		}
		name := withoutGenerational(e.name)
		if !sameNameWord(lastWord(name), last) {
			continue // the cheap test first: most names end otherwise
		}
		fs := strings.Fields(name)
		if len(fs) <= len(m.fields) {
			continue
		}
		tail := fs[len(fs)-len(m.fields):]
		fits := true
		for k, f := range m.fields {
			fits = fits && sameNameWord(f, tail[k])
		}
		if fits {
			e.bySurname = true
			return e
		}
	}
	return nil
}

// withoutGenerational returns name without the generational suffixes that
// end it ("John F. Kennedy Jr." is "John F. Kennedy").
func withoutGenerational(name string) string {
	for {
		j := strings.LastIndexByte(name, ' ')
		if j < 0 || !generational(name[j+1:]) || strings.Count(name[:j], " ") < 1 {
			return name
		}
		name = name[:j]
	}
}

// byFamilyNameFirst resolves a one-word name to the one person whose name
// of two or three words begins with it, as Chinese and Korean names put
// the family name first ("Xi" after "Xi Jinping", "Kim" after "Kim Jong
// Un"), when no person's name ends with or holds the word elsewhere: a
// writer who calls "Joe Biden" "Joe" means him too.
func (tr *tracker) byFamilyNameFirst(m mention) *entity {
	if m.definite || len(m.fields) != 1 || !isCapitalised(m.name) || isAcronym(m.name) {
		return nil
	}
	var found *entity
	for _, e := range tr.ents {
		if !containsFold(e.name, m.name) {
			continue // the cheap test first
		}
		k, n := 0, strings.Count(e.name, " ")+1
		for f := range strings.FieldsSeq(e.name) {
			if sameNameWord(f, m.name) {
				if k != 0 || !e.person || n < 2 || n > 3 || found != nil && found != e {
					return nil // the word is another name's surname, or two people begin with it
				}
				found = e
			}
			k++
		}
	}
	return found
}

// sameNameWord reports whether two words of names are the same, case and
// the form of the apostrophe aside.
func sameNameWord(a, b string) bool {
	return strings.EqualFold(strings.ReplaceAll(a, "’", "'"), strings.ReplaceAll(b, "’", "'"))
}

// generational reports whether a word ends a name as a generational
// suffix: "Jr.", "Sr.", "III".
func generational(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, ","), ".")
	return strings.EqualFold(w, "jr") || strings.EqualFold(w, "sr") || len(w) >= 2 && romanNumeral(w)
}

// byPlacedHead resolves "the Baltimore university" (the, a capitalised
// modifier, a lower-case head) to the latest body named in capitals whose
// name ends with that head ("Johns Hopkins University"): a writer calls a
// body by its place and its kind rather than repeat its name.
func (tr *tracker) byPlacedHead(m mention) *entity {
	if !m.definite || len(m.fields) != 3 || !isCapitalised(m.fields[1]) || m.fields[2] != lower(m.fields[2]) {
		return nil
	}
	head := m.fields[2]
	for i := len(tr.ents) - 1; i >= 0; i-- {
		e := tr.ents[i]
		if !e.person && len(e.words) >= 2 && e.words[len(e.words)-1] == head && allCapitalised(e.name) {
			return e
		}
	}
	return nil
}

// outletNouns describe a news outlet named before: "the paper says",
// "told the newspaper".
var outletNouns = set("paper", "newspaper", "daily", "tabloid", "broadsheet", "magazine", "weekly",
	"broadcaster", "channel", "station", "network", "website", "publication")

// byOutletNoun resolves "the paper", "the broadcaster" to the latest news
// outlet named in capitals ("The Guardian's leader column ... The paper
// says"): a name that is no person's and holds a known outlet's name or an
// outlet word.
func (tr *tracker) byOutletNoun(m mention) *entity {
	if !m.definite || len(m.words) != 1 || !outletNouns[m.words[0]] {
		return nil
	}
	for i := len(tr.ents) - 1; i >= 0; i-- {
		e := tr.ents[i]
		if e.first < tr.cur && outletEntity(e) {
			return e // named before this sentence: "..., the paper reported, citing Reuters" is not Reuters
		}
	}
	return nil
}

// bodyOutletWords are outlet words that also head the names of bodies
// that are no outlets: "the World Food Programme", "the National Health
// Service".
var bodyOutletWords = set("agency", "programme", "program", "service", "network")

// outletEntity reports whether e is named like a news outlet: in capitals,
// no person with a role, with a known outlet's name or an outlet word.
func outletEntity(e *entity) bool {
	if e.person && e.role != "" || !allCapitalised(e.name) {
		return false
	}
	for _, w := range e.words {
		if outletNames[w] || outletWords[w] && !bodyOutletWords[w] {
			return true
		}
	}
	return false
}

// byHonorific resolves "Ms Carr", "Mr. Kwan" to the person of that
// surname, if named before.
func (tr *tracker) byHonorific(name string) *entity {
	i := strings.IndexByte(name, ' ')
	if i <= 0 || strings.IndexByte(name[i+1:], ' ') >= 0 || !honorifics[lower(name[:i])] {
		return nil
	}
	if e := tr.resolve(name[i+1:]); e != nil && e.person {
		return e
	}
	return nil
}

// spelledInitials reports whether w is capital letters joined by hyphens
// or full stops, as a script for reading aloud or a style book writes
// initials: "U-N", "U.N.", "E-U".
func spelledInitials(w string) bool {
	w = strings.TrimRight(w, ".")
	if len(w) < 3 || len(w) > 11 {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if i%2 == 0 && !(c >= 'A' && c <= 'Z') || i%2 == 1 && c != '-' && c != '.' {
			return false
		}
	}
	return len(w)%2 == 1
}

// joinedInitials returns the letters of spelled initials: "U-N" is "UN".
func joinedInitials(w string) string {
	var b strings.Builder
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' {
			b.WriteByte(c)
		}
	}
	return b.String()
}

// byKey resolves a name written again, up to case and articles.
func (tr *tracker) byKey(k string) *entity {
	for _, e := range tr.ents {
		if e.k == k {
			return e
		}
	}
	return nil
}

// byShortForm resolves an acronym, a surname or first word of a longer
// capitalised name, or a definite description whose words all occur in a
// longer earlier mention with the same head.
func (tr *tracker) byShortForm(m mention) *entity {
	words := m.words
	for i := len(tr.ents) - 1; i >= 0; i-- {
		e := tr.ents[i]
		switch {
		case len(words) == 1 && isAcronym(m.bare) && (e.alias == m.bare || e.initialsOf() == m.bare):
			return e
		case len(words) == 1 && spelledInitials(m.bare) && len(e.words) > 1 && e.initialsOf() == joinedInitials(m.bare):
			return e // "The U-N" after "The United Nations" (a radio script spells initials out)
		case len(words) == 1 && !m.definite && len(m.fields) <= 2 && isCapitalised(m.name) && len(e.words) > 1 &&
			allCapitalised(e.name) && (e.person && e.words[len(e.words)-1] == words[0] || !e.person && e.words[0] == words[0] && !possessiveHead(e.name)):
			// ("China" is not "China's Cyberspace Affairs Commission": a
			// possessor is no short form of the body it owns)
			if e.person && e.words[len(e.words)-1] == words[0] {
				e.bySurname = true
			}
			return e
		case len(words) == 1 && !m.definite && e.person && len(e.words) == 2 && e.words[0] == words[0] && familyNameFirst(e.name):
			// "Leung Ka-wai" ... "Leung said": a romanised Chinese or Korean
			// name, whose hyphenated given name comes after the family name
			e.bySurname = true
			return e
		case m.definite && len(e.words) > len(words) && !possessiveHead(e.name) && containsAll(e.words, words) &&
			(headWord(e.name) == headWord(m.name) || isCapitalised(e.name)) && !agentAfterBy(e.words, words):
			return e
		}
	}
	return nil
}

// byRoleNoun resolves "the spokeswoman", "the governor" to the latest
// person with that role.
func (tr *tracker) byRoleNoun(m mention) *entity {
	if !m.definite || len(m.words) == 0 || len(m.words) > 4 {
		return nil
	}
	head := m.words[len(m.words)-1]
	if !personNouns[head] && !titleWords[head] && !agentNoun(head) {
		return nil
	}
	if len(m.words) <= 2 {
		// the holder mentioned last, not the one introduced last: after
		// "Rumsfeld said ..." and an aside naming "Secretary of State
		// Condoleezza Rice", "The secretary declined" is Rumsfeld when he
		// is the latest mentioned (byRoleNoun)
		var best *entity
		for i := len(tr.ents) - 1; i >= 0; i-- {
			e := tr.ents[i]
			if e.person && e.role != "" && containsAll(roleWords(e.role), m.words) && (best == nil || e.last > best.last) {
				best = e
			}
		}
		if best != nil {
			return best
		}
	}
	// "the experienced Turkish professor" after "X, a professor of law":
	// the head noun of one person's role, its modifiers the writer's own.
	// Only when no other person has a role with that head.
	var found *entity
	for _, e := range tr.ents {
		if e.person && e.role != "" && headWord(e.role) == head {
			if found != nil && found != e {
				return nil
			}
			found = e
		}
	}
	if found == nil && agentNoun(head) {
		return tr.onlyPersonNamed() // ("the spokeswoman" is a role of its own, never the only person by default)
	}
	return found
}

// onlyPersonNamed returns the one person named before the current
// sentence, with no role written, when there is exactly one: "Tom Brocher
// wants to set the record straight. The research geophysicist, who ...,
// says": a description of the article's only person is that person. nil
// otherwise.
func (tr *tracker) onlyPersonNamed() *entity {
	var only *entity
	for _, e := range tr.ents {
		if !e.person || e.first >= tr.cur {
			continue
		}
		if only != nil && only != e || e.role != "" || len(e.words) < 2 {
			return nil
		}
		only = e
	}
	return only
}

// agentNoun reports whether a word is a noun for a person made with the
// suffix -ist ("geophysicist", "economist", "chemist"), not a list
// ("checklist").
func agentNoun(w string) bool {
	return len(w) >= 7 && strings.HasSuffix(w, "ist") && !strings.HasSuffix(w, "list")
}

// byCompanyNoun resolves "the company", "the agency" to the latest
// organisation named in capitals that has spoken or opened a sentence
// ("the club" is not the "FA Cup" of "ended their FA Cup run", nor a person
// named again by surname, "Ashby declined to comment").
func (tr *tracker) byCompanyNoun(m mention) *entity {
	if m.definite && len(m.words) == 2 && companyNouns[m.words[1]] && isLowerWord(m.fields[len(m.fields)-2]) {
		return tr.byModifiedCompanyNoun(m)
	}
	if !m.definite || len(m.words) != 1 || !companyNouns[m.words[0]] {
		return nil
	}
	for i := len(tr.ents) - 1; i >= 0; i-- {
		e := tr.ents[i]
		if allCapitalised(e.name) && e.gender == "" && (!e.person || e.role == "") && !e.bySurname && !honorificIn(e.name) && (e.spoke || e.subj) && !commonGroup(e) &&
			!(outletEntity(e) && !outletNouns[m.words[0]] && m.words[0] != "publisher") {
			return e
		}
	}
	return nil
}

// commonGroup reports whether e is a group of people named by a common
// plural noun, capitalised only because it opened a sentence ("Police
// said", "Officials estimated", "Investigators suspect"): no body "the
// company" or "the group" can mean.
func commonGroup(e *entity) bool {
	if len(e.words) != 1 || strings.Contains(e.name, " ") {
		return false
	}
	w := e.words[0]
	switch w {
	case "police", "people", "authorities", "critics", "others", "locals", "staff", "troops", "witnesses", "residents":
		return true
	}
	s := strings.TrimSuffix(w, "s")
	return s != w && (personNouns[s] || roleNoun(s))
}

// byModifiedCompanyNoun resolves "the church group", "the steel company" to
// the latest body named in capitals whose name holds the modifier ("the
// Westboro Baptist Church"), named before, never a person.
func (tr *tracker) byModifiedCompanyNoun(m mention) *entity {
	mod := m.words[0]
	for i := len(tr.ents) - 1; i >= 0; i-- {
		e := tr.ents[i]
		if e.person || !allCapitalised(e.name) || len(e.words) < 2 || outletEntity(e) {
			continue
		}
		for _, w := range e.words {
			if w == mod {
				return e
			}
		}
	}
	return nil
}

func honorificIn(name string) bool {
	for f := range strings.FieldsSeq(lower(name)) {
		if honorifics[f] {
			return true
		}
	}
	return false
}

func possessive(name string) bool {
	return strings.Contains(name, "'s") || strings.Contains(name, "’s")
}

// allCapitalised reports whether every content word of name is capitalised.
func allCapitalised(name string) bool {
	for f := range strings.FieldsSeq(name) {
		r, _ := utf8.DecodeRuneInString(f)
		if !unicode.IsUpper(r) && !minorWords[lower(f)] && !nameLinks[lower(f)] && !strings.HasPrefix(f, "al-") {
			return false
		}
	}
	return true
}

func isAcronym(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

func containsAll(have, want []string) bool {
	for _, w := range want {
		found := false
		for _, h := range have {
			if h == w {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// pronoun returns the latest entity a subject pronoun can refer to: a person
// of a compatible gender for he/she, an organisation for it, a group for
// they.
// Names first mentioned in the pronoun's own sentence (seq) come after it
// and are skipped.
func (tr *tracker) pronoun(class string, seq int) *entity {
	var best *entity
	for _, e := range tr.ents {
		if compatible(e, class) && e.first < seq && (best == nil || e.last > best.last || e.last == best.last && !knownOver(best, e, class)) {
			best = e
		}
	}
	if best != nil && (class == "m" || class == "f") && best.gender == "" {
		best.gender = class
	}
	return best
}

// oneWordSpeaker returns the speaker named by one capitalised word alone
// ("said Glasheen", "Director Wray noted that") who spoke in sentence k or
// the two before, for a "he" or "she" that no person resolves: an article
// that gives a person only a surname (the full name came before the
// excerpt, or a title stands in for it) goes on calling them "he". The
// word becomes a person of the pronoun's gender. nil for other pronouns,
// acronyms, organisation words, or when no such speaker is that recent.
func (tr *tracker) oneWordSpeaker(cls string, k int) *entity {
	if cls != "m" && cls != "f" {
		return nil
	}
	var best *entity
	for _, e := range tr.ents {
		if !e.spoke || e.person || e.plural || e.last < k-2 || e.last > k || strings.ContainsRune(e.name, ' ') {
			continue
		}
		if !isCapitalised(e.name) || isAcronym(e.name) || orgWords[lower(e.name)] || outletNames[lower(e.name)] {
			continue
		}
		if best == nil || e.last > best.last {
			best = e
		}
	}
	if best != nil {
		best.person, best.gender = true, cls
	}
	return best
}

// genderedRival reports whether a person other than e, of e's latest
// sentence, is known to be of the pronoun's gender while e's is not told:
// after "Ronald Pike asked Kettle why she had not gone to police", "She
// replied" is Kettle although Pike opened the sentence.
func (tr *tracker) genderedRival(e *entity, class string, seq int) bool {
	if e.gender != "" || class != "m" && class != "f" {
		return false
	}
	for _, o := range tr.ents {
		if o != e && o.person && o.gender == class && o.last == e.last && o.first < seq {
			return true
		}
	}
	return false
}

// objectPronoun reports whether ts[k] is "him", or "her" as an object (not
// before the noun it owns): in "Ronald Pike pressed her", "her" is someone
// other than the subject, so it tells nothing of Pike's gender.
func objectPronoun(ts []tok, k int) bool {
	switch ts[k].lo {
	case "him":
		return true
	case "her":
		return k+1 >= len(ts) || ts[k+1].punct || prepositions[ts[k+1].lo] || ts[k+1].is("that", "to", "whether", "why", "how", "what", "about")
	}
	return false
}

// otherPerson reports whether token k, after the name of e, names another
// person: a capitalised word outside quotation marks that is the surname
// of a person already named, or opens a new person's name.
func (tr *tracker) otherPerson(ts []tok, k int, e *entity) bool {
	if !ts[k].capped || ts[k].punct || ts[k].inQ || ts[k].has(wcFunction) {
		return false
	}
	if k+2 <= len(ts) && isPersonName(ts, k, k+2) {
		return true
	}
	for _, o := range tr.ents {
		if o != e && o.person && len(o.words) > 0 && o.words[len(o.words)-1] == ts[k].lo {
			return true
		}
	}
	return false
}

// knownOver reports whether b, whose gender is known to be class, is
// preferred to e, of unknown gender, both last named in one sentence:
// "Ronald Pike asked Kettle why ... . She replied": "she" is Kettle, who
// was "she" before, not the lawyer whose gender the text has not told.
func knownOver(b, e *entity, class string) bool {
	return (class == "m" || class == "f") && b.gender == class && e.gender == ""
}

// observe records the names mentioned in a sentence: runs of capitalised
// words ("Norland Energy", "the Free Ardent Front"), with the acronym that
// follows in brackets, and people's names with the gender of the first
// pronoun after them.
func (tr *tracker) observe(ts []tok, s string, seq int) {
	defer func() { tr.at = 1 << 30 }() // names added outside observe come after any pronoun
	tr.cur = seq
	for i := 0; i < len(ts); {
		if ts[i].inQ && ts[i].capped && !ts[i].punct && !ts[i].has(wcFunction) && (i+1 == len(ts) || !ts[i+1].capped) && (i == 0 || !ts[i-1].capped) {
			tr.quotedName(ts[i].lo, seq) // a name of one word
		}
		if ts[i].punct || !ts[i].capped || ts[i].inQ || ts[i].has(wcFunction) {
			i++
			continue
		}
		tr.at = ts[i].a
		j := i + 1
		for j < len(ts) && !ts[j].punct && (ts[j].capped || nameLinks[ts[j].lo] && ts[j].lo != "and" && j+1 < len(ts) && ts[j+1].capped || onLink(ts, i, j) || rankGrade(ts, j) || particleInName(ts, j)) {
			j++
		}
		if i == 0 && j-i >= 3 && frontedParticiple(ts[i].lo) {
			// "Born Ines Maria Duarte in Providence, she ...": a name inside
			// a fronted participle phrase (a birth name) is no one "she" is
			i = j
			continue
		}
		a := i
		if ts[a].lo == "the" {
			a++
		}
		// "Members of Dunmore Borough Council voted": a group opening the
		// sentence is not part of the name after "of".
		partOf := false
		if a == 0 && j-a >= 3 && (hearerNouns[ts[a].lo] || partOfNouns[ts[a].lo]) && ts[a+1].lo == "of" {
			partOf = partOfNouns[ts[a].lo]
			a, i = a+2, a+2
			if ts[a].lo == "the" {
				a++
			}
		}
		// "Senator Marcus Hale of Iowa": the titled name ends before "of".
		for k := a + 3; k < j-1; k++ {
			if ts[k].is("of", "for") {
				if p := titledName(ts, a, k); p > a {
					j = k
				}
				break
			}
		}
		// "Captain Sam Okafor scored": the person is "Sam Okafor", so that
		// "Okafor" finds him later; so is "Australian Olympian Steph Rice".
		p := max(titledName(ts, a, j), titledDomainName(ts, a, j), possessorBeforeName(ts, a, j))
		if j-a == 4 && demonym(ts[a]) && ts[a+1].capped && isPersonName(ts, a+2, j) {
			p = a + 2
		}
		if p > a && j-a >= 3 {
			e := tr.add(nameOnly(join(s, ts, p, j)), join(s, ts, a, p), true, seq)
			if i == 0 || i == datelineEnd(ts) {
				e.subj = true
			}
			i = j
			continue
		}
		// "remarks made by Army Chief of Staff Gen. Schoomaker": a surname
		// alone after an abbreviated title is a person, so that "the
		// general" finds him later.
		if p := j - 1; j-a >= 2 && abbreviatedTitle(ts[p-1]) && !ts[p].has(wcTitle) && !personNouns[ts[p].lo] && !ts[p].has(wcOrg) {
			e := tr.add(ts[p].s, join(s, ts, a, p), true, seq)
			if i == 0 || i == datelineEnd(ts) {
				e.subj = true
			}
			i = j
			continue
		}
		if j-a == 1 && ts[a].lo != "the" {
			if a > i && (outletWords[trimPossessive(ts[a].lo)] || outletNames[trimPossessive(ts[a].lo)]) {
				// "The Guardian's leader column", "In the Mirror": a
				// newspaper named by one word, for "the paper" later
				e := tr.add(nameOnly(join(s, ts, i, j)), "", false, seq)
				e.subj = e.subj || i == 0
			} else {
				tr.single(ts, a, seq)
			}
		}
		if j-a >= 2 {
			e := tr.mention(ts, s, a, j, i, seq)
			if i == 0 || i == datelineEnd(ts) || partOf {
				e.subj = true // "Orbis Air cancelled ..., the airline said."
			}
		}
		i = j
	}
}

// partOfNouns open a sentence with a part or the people of a body named
// after "of" ("Shares of Acme Corp. fell", "Employees of Orbis Air
// walked out"): the body is the name, for "the company" later.
var partOfNouns = set("shares", "stock", "employees", "workers", "staff", "customers", "shareholders", "residents", "fans", "executives", "lawyers")

// particleInName reports whether token j is a particle inside a person's
// surname that the capitalised run must take in: a lower-case particle
// before another one and a capitalised word ("Ursula von der Leyen"), or
// an Arabic article joined by a hyphen to a capitalised word ("Ahmed
// al-Sharaa").
func particleInName(ts []tok, j int) bool {
	if j == 0 || !ts[j-1].capped || ts[j].capped || ts[j].punct {
		return false
	}
	if hyphenArticle(ts[j].s) {
		return true
	}
	return surnameParticles[ts[j].lo] && j+2 < len(ts) && surnameParticles[ts[j+1].lo] && ts[j+2].capped && !ts[j+2].punct
}

// surnameParticles stand inside surnames of several words: "von der
// Leyen", "van den Berg", "de la Cruz".
var surnameParticles = set("von", "van", "der", "den", "de", "la", "le", "da", "di", "du", "del", "della", "dos", "das", "ten", "ter")

// hyphenArticle reports whether w is an Arabic article joined to a
// capitalised name by a hyphen: "al-Sharaa", "el-Sisi".
func hyphenArticle(w string) bool {
	for _, p := range []string{"al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "at-"} {
		if len(w) > len(p) && strings.HasPrefix(w, p) && w[len(p)] >= 'A' && w[len(p)] <= 'Z' {
			return true
		}
	}
	return false
}

// rankGrade reports whether token j is the ordinal grade inside a military
// rank written between capitalised words ("Army Sgt. 1st Class Tom Lee"),
// so that the rank and the name are read as one run rather than "Army
// Sgt." taken for a body of its own.
func rankGrade(ts []tok, j int) bool {
	return j > 0 && j+1 < len(ts) && ts[j-1].capped && ts[j-1].has(wcTitle) && ts[j+1].capped && !ts[j+1].punct && ordinalWord(ts[j].lo)
}

// ordinalWord reports whether w is an ordinal in figures: "1st", "2nd",
// "3rd", "4th".
func ordinalWord(w string) bool {
	if len(w) < 3 || w[0] < '0' || w[0] > '9' {
		return false
	}
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// quotedName makes a person named in full before the latest one named when
// a quotation calls them by first name or surname ("\"Ines would take the
// sub down,\" said Tomas Reyes"): both are of that sentence for a later
// "she", and the one whose gender is known is preferred (knownOver).
func (tr *tracker) quotedName(w string, seq int) {
	for _, e := range tr.ents {
		if e.person && e.gender != "" && len(e.words) >= 2 && e.first < seq && (e.words[0] == w || e.words[len(e.words)-1] == w) {
			e.last = seq
		}
	}
}

// frontedParticiple reports whether a capitalised word opening a sentence
// is a participle ("Born", "Asked", "Raised"), which opens a phrase before
// the subject rather than a name.
func frontedParticiple(w string) bool {
	if w == "born" || irregular[w] {
		return true
	}
	_, ok := verbs[w]
	return ok && strings.HasSuffix(w, "ed")
}

// functionWord reports whether a capitalised word is only capitalised
// because it opens a sentence: "But", "The", "He".
func functionWord(w string) bool {
	return functionWords[w]
}

// functionWords is the union of the word lists functionWord consults, so
// that it costs one lookup rather than eight.
var functionWords = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range []map[string]bool{connectives, openersWords, determiners, prepositions, skipBack, blockers, passives} {
		for w, ok := range s {
			m[w] = m[w] || ok
		}
	}
	for w, class := range pronouns {
		m[w] = m[w] || class != ""
	}
	delete(m, "the")
	return m
}()

func (tr *tracker) mention(ts []tok, s string, a, j, i, seq int) *entity {
	name := join(s, ts, a, j)
	if i < a {
		name = join(s, ts, i, j)
	}
	name = nameOnly(name) // "Paetongtarn Shinawatra’s visit": the person is "Paetongtarn Shinawatra"
	prev, prevCapped := "", false
	if i > 0 {
		prev, prevCapped = ts[i-1].lo, ts[i-1].capped
	}
	person := isPersonName(ts, a, j) && i == a && !nameLinks[prev] && !minorWords[prev] && !prevCapped &&
		!prepositions[prev]
	e := tr.add(name, "", person, seq)
	if j+2 < len(ts) && ts[j].s == "(" && ts[j+2].s == ")" && isAcronym(ts[j+1].s) {
		e.alias = ts[j+1].s
	}
	// "The Strategic Advisory Group of Experts on Immunization or SAGE,":
	// an acronym given after "or" names the body too.
	if j+1 < len(ts) && ts[j].lo == "or" && isAcronym(ts[j+1].s) && !person && (j+2 == len(ts) || ts[j+2].punct) {
		e.alias = ts[j+1].s
	}
	if person && e.role == "" {
		e.role = appositiveRole(ts, s, j)
	}
	if person && e.gender == "" {
		verb := false // a word between that is no name or title: the name's own phrase has ended
		for k := j; k < len(ts); k++ {
			if verb && tr.otherPerson(ts, k, e) {
				break // "Ronald Pike asked Kettle why she ...": "she" is nearer Kettle
			}
			verb = verb || !ts[k].capped && !ts[k].punct && !ts[k].has(wcTitle)
			if objectPronoun(ts, k) {
				continue // "Pike pressed her": an object is never the subject
			}
			if ts[k].has(wcMasculine) && ts[k].has(wcPronoun) || ts[k].lo == "his" {
				e.gender = "m"
				break
			}
			if ts[k].has(wcFeminine) && (ts[k].has(wcPronoun) || ts[k].lo == "her") {
				e.gender = "f"
				break
			}
		}
	}
	return e
}

// appositiveRole returns the role set off after a person's name ending at
// j, "İştar Gözaydın, a professor of law and politics at ...,": an
// indefinite noun phrase after a comma, up to the next comma or the end,
// whose head is a noun for a person or a title; "" otherwise. A later "the
// professor" finds the person by it (byRoleNoun).
func appositiveRole(ts []tok, s string, j int) string {
	if j+2 >= len(ts) || !ts[j].comma() || !ts[j+1].is("a", "an") {
		return ""
	}
	e := j + 2
	for e < len(ts) && e < j+16 && !ts[e].punct && !ts[e].inQ && !verbLike(ts[e]) {
		e++
	}
	if e == len(ts) || e == j+16 || !ts[e].punct {
		return ""
	}
	role := join(s, ts, j+1, e)
	if h := headWord(role); !personNouns[h] && !titleWords[h] {
		return ""
	}
	return role
}

// single records a one-word capitalised mention: a person's surname seen
// again in narration ("Back on the cliff, Hardacre is measuring ...")
// makes that person the latest for "he"/"she", and a first name set off
// after a kinship noun ("His wife, Elaine, is ...") is a person of the
// noun's gender.
func (tr *tracker) single(ts []tok, a, seq int) {
	lo := ts[a].lo
	for _, e := range tr.ents {
		if e.person && len(e.words) > 1 && e.words[len(e.words)-1] == lo {
			e.last, e.bySurname = seq, true
			return
		}
	}
	if e := tr.byFirstName(lo); e != nil {
		e.last = seq // "Moira starts the van." after "Moira Tulloch": a feature's first-name style
		return
	}
	if a < 2 || a+1 >= len(ts) || !ts[a-1].comma() || !ts[a+1].comma() || !kinNouns[ts[a-2].lo] {
		return
	}
	e := tr.add(ts[a].s, ts[a-2].lo, true, seq)
	if ts[a-2].has(wcFeminine) {
		e.gender = "f"
	} else if ts[a-2].has(wcMasculine) {
		e.gender = "m"
	}
}

// byFirstName returns the one person named in full whose first name is
// lo (lower case), or nil when none or several are.
func (tr *tracker) byFirstName(lo string) *entity {
	var found *entity
	for _, e := range tr.ents {
		if !e.person || len(e.words) < 2 || e.words[0] != lo || !allCapitalised(e.name) {
			continue
		}
		if found != nil && found.k != e.k {
			return nil
		}
		found = e
	}
	return found
}

// familyNameFirst reports whether a person's name of two words ends with a
// hyphenated given name in the romanised East Asian way ("Leung Ka-wai",
// "Moon Jae-in"): capitalised before the hyphen, lower case after it.
func familyNameFirst(name string) bool {
	i := strings.LastIndexByte(name, ' ')
	if i < 0 {
		return false
	}
	given := name[i+1:]
	h := strings.IndexByte(given, '-')
	return h > 0 && h+1 < len(given) && given[0] >= 'A' && given[0] <= 'Z' && given[h+1] >= 'a' && given[h+1] <= 'z'
}

// abbreviatedTitle reports whether t is a title written short with its full
// stop ("Gen.", "Sen.", "Gov."), which only ever stands before a name.
func abbreviatedTitle(t tok) bool {
	return t.capped && titleAbbreviations[strings.TrimSuffix(t.lo, ".")] != "" && strings.HasSuffix(t.lo, ".")
}

// roleWords are the content words of a role with its abbreviated titles
// written out, so that "the general" finds "Army Chief of Staff Gen. X".
func roleWords(role string) []string {
	ws := contentWords(role)
	for i, w := range ws {
		if full := titleAbbreviations[w]; full != "" {
			ws[i] = full
		}
	}
	return ws
}

// onLink reports whether "on" at token j continues the name of a body that
// started at token a: "Committee on Foreign Relations", "Group of Experts
// on Immunization". The name must already hold a body's noun, and a
// capitalised word other than a day or month must follow, so that "Putin
// on Monday" stays a name and a time.
func onLink(ts []tok, a, j int) bool {
	if ts[j].lo != "on" || j+1 >= len(ts) || !ts[j+1].capped || ts[j+1].punct || weekdays[ts[j+1].lo] || months[ts[j+1].lo] {
		return false
	}
	for k := a; k < j; k++ {
		if ts[k].has(wcOrg) && ts[k].capped {
			return true
		}
	}
	return false
}

// onlyInSentence returns the one entity of pronoun class cls first named in
// sentence seq, when no earlier one fits: "... after Prime Minister X's
// visit to Beijing, where she assured ..." opens an article. Two
// candidates, or none, give nil.
func (tr *tracker) onlyInSentence(cls string, seq, at int) *entity {
	var found *entity
	for _, e := range tr.ents {
		if e.first == seq && e.at < at && compatible(e, cls) {
			if found != nil {
				return nil
			}
			found = e
		}
	}
	return found
}

// nameOnly drops the possessive ending of a name of several words:
// "Paetongtarn Shinawatra’s" is "Paetongtarn Shinawatra".
func nameOnly(name string) string {
	if n := trimPossessive(name); strings.Contains(n, " ") {
		return n
	}
	return name
}

// possessiveHead reports whether a possessive stands in name up to its head
// word ("the company's chief executive"), not only in a phrase after the
// head ("an independent panel appointed by South Africa's parliament").
func possessiveHead(name string) bool {
	head := headWord(name)
	for f := range strings.FieldsSeq(name) {
		if possessive(f) {
			return true
		}
		if strings.Trim(lower(f), ",.;:'’") == head {
			return false
		}
	}
	return false
}

// earlierFuller returns the earlier, fuller name of a body written again
// without the words that opened it: "the Bureau of Meteorology" after "The
// Australian Bureau of Meteorology", "the State Department" after "the
// U.S. State Department" (the short form the tail of the full one, both in
// capitals, neither a person's; "West Midlands Police" is no short form of
// "Police in the West Midlands"). A sentence's own names are registered
// before its speakers are resolved, so the short form would otherwise find
// itself. nil when there is none.
func (tr *tracker) earlierFuller(e *entity) *entity {
	if e.person {
		return tr.earlierFullerPerson(e)
	}
	if len(e.words) < 2 || !allCapitalised(e.name) {
		return nil
	}
	tail := unarticled(e.name)
	for i := len(tr.ents) - 1; i >= 0; i-- {
		f := tr.ents[i]
		if f == e || f.first >= e.first || f.person || len(f.words) <= len(e.words) || !tailOf(f.name, tail) ||
			!allCapitalised(f.name) || possessiveHead(f.name) {
			continue
		}
		return f
	}
	return nil
}

// earlierFullerPerson returns the person named earlier in full whose name
// ends with e's, a surname of several words registered by its own
// sentence ("Von der Leyen said" after "Ursula von der Leyen"), or nil.
func (tr *tracker) earlierFullerPerson(e *entity) *entity {
	if !strings.Contains(e.name, " ") {
		return nil
	}
	for i := len(tr.ents) - 1; i >= 0; i-- {
		f := tr.ents[i]
		if f == e || !f.person || f.first >= e.first {
			continue
		}
		if tailOf(withoutGenerational(f.name), e.name) {
			return f
		}
	}
	return nil
}

// tailOf reports whether name ends with a space and tail, ignoring case,
// without allocating.
func tailOf(name, tail string) bool {
	n := len(name) - len(tail)
	return n > 0 && name[n-1] == ' ' && strings.EqualFold(name[n:], tail)
}

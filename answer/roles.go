package answer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Who did the asked event (branch i10r). A sentence can hold every word
// of a question and still report the event of another person: asked
// "How many years in prison was Gloria Arroyo sentenced to?", the
// sentence "... Joseph Estrada was convicted and given a life prison
// sentence, from which Arroyo promptly pardoned him" names her, and the
// sentence, but she is not the one sentenced. roleApart reads, without a
// parser, which name of the question fills which role of its verb, and
// which name fills that role of the same event word in the sentence:
//
//   - in the question, a name between a form of "be" and the past
//     participle ("was *Arroyo* sentenced") is the patient; a name after
//     "by" the agent; a name before an active verb ("did *Arroyo*
//     pardon") the agent; a name right after it ("replaced *Jean
//     Charest*") the patient;
//   - in the sentence, each word of the question's event is read in its
//     clause (cut at ; : ( ) dashes, commas and clause words: who, which,
//     that, when, after, ...): a passive verb ("was convicted") makes the
//     name on its left the patient and a name after "by" the agent; an
//     active one its left name the agent and the name right after it the
//     patient; a noun ("a life prison sentence", "Estrada's sentence")
//     belongs to its possessor or, failing one, to its clause's subject,
//     in either role. A clause opened by who, which or that takes the name
//     just before it as its subject ("Estrada, who was sentenced").
//     A name after a preposition ("the court in Manila") is no argument.
//
// The feature fires when every occurrence of the event word in the
// sentence has the asked role filled by a name, and that name is never the
// question's. A pronoun or an unnamed noun phrase in the role ("she was
// sentenced", "the court sentenced him") leaves it unknown, and the
// feature silent: it only speaks when the sentence names someone else.

// qrole is a role of a name in the asked event.
type qrole uint8

const (
	roleNone qrole = iota
	roleAgent
	rolePatient
)

// beForms are the forms of "be" that make a following past participle
// passive.
var beForms = setOf("was were is are been be being")

// rolePronouns stand for a name the sentence does not repeat: a role they
// fill is unknown.
var rolePronouns = setOf("he she they him her them it we i you who whom which his its their")

// rolePreps put the name after them outside the verb's arguments.
var rolePreps = setOf("in at near from to into outside across off of for with on by against over under about than as since after before during like")

// roleClauseWords open a new clause of the sentence.
var roleClauseWords = setOf("who whom which that when after before because while whose where although though if since until whereas")

// nameRole is a name of the question with its role in the asked event.
type nameRole struct {
	name *qname
	role qrole
}

// askedRoles returns the names of the question that fill a role of its
// verb, and the index of the verb's term, or -1 when the question has no
// verb or no name in a role.
func (qs *question) askedRoles() ([]nameRole, int) {
	ws := qs.ws
	v, vt := -1, -1
	for i, w := range ws {
		for _, k := range wordTerms(w.text) {
			for ti, t := range qs.terms {
				if t.verb && t.key == k {
					v, vt = i, ti
					break
				}
			}
			if v >= 0 {
				break
			}
		}
		if v >= 0 {
			break
		}
	}
	if v < 0 {
		return nil, -1
	}
	passive := false
	aux := -1
	for j := 0; j < v; j++ {
		if beForms[ws[j].lower] {
			aux = j
		}
	}
	if aux >= 0 && pastForm(ws[v].lower) {
		passive = true
	}
	var out []nameRole
	for i := range qs.names {
		nm := &qs.names[i]
		s := nm.start
		if nm.possessive || len(nm.nounWords) > 0 {
			continue // "Omar Bongo's body", "the Kessar floods": a modifier, not the argument
		}
		if s > 0 && rolePreps[ws[s-1].lower] {
			if ws[s-1].lower == "by" && passive && s > v {
				out = append(out, nameRole{nm, roleAgent})
			}
			continue
		}
		end := s + 1
		for end < len(ws) && end < v && capitalised(ws[end].text) {
			end++
		}
		// the subject stands right before the verb, an adverb at most
		// between ("was Berg *later* jailed"; not "Which Interior
		// *official* announced")
		next := s < v && (v == end || v == end+1 && roleAdverb(ws[end].lower))
		switch {
		case next && passive && s > aux:
			out = append(out, nameRole{nm, rolePatient})
		case next && !passive && s > 0:
			out = append(out, nameRole{nm, roleAgent})
		case s > v && !passive && objectAfter(ws, v, s):
			out = append(out, nameRole{nm, rolePatient})
		}
	}
	if len(out) == 0 {
		return nil, -1
	}
	return out, vt
}

// roleAdverb reports whether w may stand between a subject and its verb.
func roleAdverb(w string) bool {
	return strings.HasSuffix(w, "ly") || w == "first" || w == "also" || w == "not" || w == "never" || w == "later" || w == "once"
}

// objectAfter reports whether the name starting at ws[s] is the object of
// the verb ws[v]: at most two determiners or titles between them.
func objectAfter(ws []qword, v, s int) bool {
	if s-v > 3 {
		return false
	}
	for j := v + 1; j < s; j++ {
		if rolePreps[ws[j].lower] || ws[j].stop && j < s {
			return false
		}
	}
	return true
}

// roleTok is a word of a sentence as the role reading needs it.
type roleTok struct {
	core, lower string
	set         map[string]bool // its unit terms, read lazily
	capital     bool            // written with a capital
	possessive  bool            // written with 's
	endsClause  bool            // punctuation after it closes a clause (, ; : ) dash)
	opensClause bool            // a bracket or dash before it
}

// roleTokens splits a sentence into words for the role reading.
func roleTokens(text string) []roleTok {
	var out []roleTok
	for _, f := range strings.Fields(text) {
		if strings.Trim(f, "-–—") == "" {
			if len(out) > 0 {
				out[len(out)-1].endsClause = true
			}
			continue
		}
		core := strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if core == "" {
			continue
		}
		base := strings.TrimSuffix(strings.TrimSuffix(core, "'s"), "’s")
		first, _ := utf8.DecodeRuneInString(core)
		last, _ := utf8.DecodeLastRuneInString(f)
		lead, _ := utf8.DecodeRuneInString(f)
		out = append(out, roleTok{core: base, lower: strings.ToLower(base), capital: unicode.IsUpper(first),
			possessive:  base != core,
			endsClause:  strings.ContainsRune(",;:)—–", last),
			opensClause: lead == '(' || lead == '—' || lead == '–'})
	}
	return out
}

func (t *roleTok) units() map[string]bool {
	if t.set == nil {
		t.set = unitSet(t.core)
	}
	return t.set
}

// nameTok reports whether ts[i] reads as part of a name: a capital, and
// not a stop word or pronoun at the head of the sentence.
func nameTok(ts []roleTok, i int) bool {
	t := ts[i]
	if !t.capital || rolePronouns[t.lower] || monthOrDay[t.lower] {
		return false
	}
	return i > 0 || !isStop(t.lower) && !isNumberWord(t.lower)
}

// roleArg is the filler of a role in a sentence: a name (the indexes of
// its words), a pronoun (unknown) or nothing.
type roleArg struct {
	from, to int // the name's words, to exclusive; from == to: none
	pronoun  bool
}

func (a roleArg) known() bool { return a.to > a.from }

// nameGroup returns the bounds of the name holding ts[i], with the title
// it follows joined by "of" ("Secretary of Energy Daniel Poneman", "Bank
// of Spain").
func nameGroup(ts []roleTok, i int) (int, int) {
	from, to := i, i+1
	for from > 0 && !ts[from-1].endsClause && !ts[from-1].possessive {
		switch {
		case nameTok(ts, from-1):
			from--
		case from > 1 && ts[from-1].lower == "of" && nameTok(ts, from-2) && !ts[from-2].endsClause:
			from -= 2
		default:
			return from, nameEnd(ts, to)
		}
	}
	return from, nameEnd(ts, to)
}

// nameEnd returns where the name whose words run up to to ends.
func nameEnd(ts []roleTok, to int) int {
	for to < len(ts) && !ts[to-1].endsClause && !ts[to-1].possessive {
		switch {
		case nameTok(ts, to):
			to++
		case to+1 < len(ts) && ts[to].lower == "of" && nameTok(ts, to+1) && !ts[to].endsClause:
			to += 2
		default:
			return to
		}
	}
	return to
}

// clauseBounds returns the clause of ts holding p: [l, r].
func clauseBounds(ts []roleTok, p int) (int, int) {
	l := p
	for l > 0 && !ts[l-1].endsClause && !ts[l].opensClause && !roleClauseWords[ts[l-1].lower] {
		l--
	}
	r := p
	for r+1 < len(ts) && !ts[r].endsClause && !ts[r+1].opensClause && !roleClauseWords[ts[r+1].lower] {
		r++
	}
	return l, r
}

// leftArg returns the subject of the word ts[p] in its clause starting at
// l: the nearest name or pronoun on its left not governed by a
// preposition; in a clause opened by who, which or that, the name just
// before that word.
func leftArg(ts []roleTok, l, p int) roleArg {
	for j := p - 1; j >= l; j-- {
		if rolePronouns[ts[j].lower] {
			return roleArg{pronoun: true}
		}
		if !nameTok(ts, j) {
			continue
		}
		from, to := nameGroup(ts, j)
		from = max(from, l)
		if governed(ts, from, l) {
			j = from
			continue
		}
		// "Joshua French and Tjostolv Moland were sentenced": the names joined
		for from-2 >= l && ts[from-1].lower == "and" && nameTok(ts, from-2) {
			from, _ = nameGroup(ts, from-2)
			from = max(from, l)
		}
		return roleArg{from: from, to: to}
	}
	return antecedent(ts, l)
}

// governed reports whether the name starting at ts[from] follows a
// preposition, determiners between ("from the Guantanamo Bay camp").
func governed(ts []roleTok, from, l int) bool {
	for k := from - 1; k >= l && k >= from-3; k-- {
		if rolePreps[ts[k].lower] {
			return true
		}
		if !determiners[ts[k].lower] {
			return false
		}
	}
	return false
}

// antecedent returns the subject of a clause opened at l by who, which
// or that: the name just before that word, or an unknown role.
func antecedent(ts []roleTok, l int) roleArg {
	if l > 0 && (ts[l-1].lower == "who" || ts[l-1].lower == "which" || ts[l-1].lower == "that") {
		k := l - 2
		if k >= 0 && nameTok(ts, k) {
			from, to := nameGroup(ts, k)
			return roleArg{from: from, to: to}
		}
		return roleArg{pronoun: true} // an unnamed antecedent
	}
	return roleArg{}
}

// rightArg returns the object of the active verb ts[p]: a name or pronoun
// within three words after it, before a preposition or the clause's end r.
func rightArg(ts []roleTok, p, r int) roleArg {
	for j := p + 1; j <= r && j <= p+3; j++ {
		if rolePreps[ts[j].lower] {
			break
		}
		if rolePronouns[ts[j].lower] {
			return roleArg{pronoun: true}
		}
		if nameTok(ts, j) {
			_, to := nameGroup(ts, j)
			return roleArg{from: j, to: to}
		}
		if ts[j].endsClause {
			break
		}
	}
	return roleArg{}
}

// byArg returns the agent of the passive verb ts[p]: the name after "by"
// in its clause.
func byArg(ts []roleTok, p, r int) roleArg {
	for j := p + 1; j < r; j++ {
		if ts[j].lower != "by" {
			continue
		}
		if rolePronouns[ts[j+1].lower] {
			return roleArg{pronoun: true}
		}
		if nameTok(ts, j+1) {
			_, to := nameGroup(ts, j+1)
			return roleArg{from: j + 1, to: to}
		}
		return roleArg{}
	}
	return roleArg{}
}

// verbAt reports whether the event word ts[p] is written as a verb: a
// past form or a participle in -ing, not read as a noun (nounAt).
func verbAt(ts []roleTok, l, p int) bool {
	w := ts[p].lower
	return (pastForm(w) || strings.HasSuffix(w, "ing")) && !nounAt(ts, l, p)
}

// nounAt reports whether the event word ts[p] is written as a noun: a
// determiner or possessive at most three words before it, with only
// lower-case words between ("a life prison sentence", "Berg's arrest").
func nounAt(ts []roleTok, l, p int) bool {
	for j := p - 1; j >= l && j >= p-3; j-- {
		if determiners[ts[j].lower] || ts[j].possessive || nounOwners[ts[j].lower] {
			return true
		}
		if j == p-1 && nameTok(ts, j) {
			return true // "ELEA director", "the Boeing agreement"
		}
		if ts[j].capital || beForms[ts[j].lower] || isStop(ts[j].lower) && !determiners[ts[j].lower] {
			return false
		}
	}
	return false
}

var nounOwners = setOf("his her its their our my your")

// eventArg returns the filler of role of the event word ts[p].
func eventArg(ts []roleTok, p int, role qrole) roleArg {
	l, r := clauseBounds(ts, p)
	w := ts[p].lower
	if !verbAt(ts, l, p) {
		// a noun: its possessor, else its clause's subject, in either role
		for j := p - 1; j >= l && j >= p-3; j-- {
			if ts[j].possessive {
				if rolePronouns[ts[j].lower] {
					return roleArg{pronoun: true}
				}
				if nameTok(ts, j) {
					from, _ := nameGroup(ts, j)
					return roleArg{from: from, to: j + 1}
				}
			}
			if w := ts[j].lower; w == "his" || w == "her" || w == "their" || w == "its" {
				return roleArg{pronoun: true}
			}
		}
		// "a request from Jamie White", "an order by the governor": the
		// name after "from" or "by" made it; whom it concerns is not said
		if p+2 < r && (ts[p+1].lower == "from" || ts[p+1].lower == "by") && nameTok(ts, p+2) {
			if role != roleAgent {
				return roleArg{}
			}
			_, to := nameGroup(ts, p+2)
			return roleArg{from: p + 2, to: to}
		}
		return leftArg(ts, l, p)
	}
	passive := false
	for j := p - 1; j >= l && j >= p-3; j-- {
		if beForms[ts[j].lower] {
			passive = true
			break
		}
	}
	if !passive {
		// "was convicted and given": a participle coordinated with a passive
		for j := p - 1; j >= l; j-- {
			if ts[j].lower == "and" && j > l && pastForm(ts[j-1].lower) {
				for k := j - 2; k >= l && k >= j-4; k-- {
					if beForms[ts[k].lower] {
						passive = true
					}
				}
				break
			}
		}
	}
	if !passive && pastForm(w) && p+1 <= r && rolePreps[ts[p+1].lower] && ts[p+1].lower != "by" {
		// "North Koreans found in China", "Berg resigned in May": no
		// object, so the name on the left may be the patient
		if role == roleAgent {
			return roleArg{pronoun: true}
		}
		passive = true
	}
	switch {
	case passive && role == rolePatient, !passive && role == roleAgent:
		return leftArg(ts, l, p)
	case passive:
		return byArg(ts, p, r)
	default:
		return rightArg(ts, p, r)
	}
}

// namedBy reports whether the sentence words ts[a.from:a.to] write the
// question's name nm (any of its words, or one of its aliases).
func (sc *scoring) namedBy(ts []roleTok, a roleArg, nm *qname) bool {
	var all map[string]bool
	if a.to-a.from == 1 {
		all = ts[a.from].units()
	} else {
		all = map[string]bool{}
		for j := a.from; j < a.to; j++ {
			for k := range ts[j].units() {
				all[k] = true
			}
		}
	}
	for _, i := range nm.terms {
		if i < 64 && sc.m.term(i, sc.qs.terms[i], all) {
			return true
		}
	}
	for _, alt := range nm.alts {
		ok := len(alt) > 0
		for _, k := range alt {
			ok = ok && all[k]
		}
		if ok {
			return true
		}
	}
	return false
}

// roleApart reports whether the sentence text states the question's event
// with the role a name of the question fills in it taken by another name
// at every occurrence of the event word (see the top of this file).
func (sc *scoring) roleApart(text string) bool {
	roles, vt := sc.qs.askedRoles()
	if vt < 0 {
		return false
	}
	ts := roleTokens(text)
	t := sc.qs.terms[vt]
	var occ []int
	for p := range ts {
		if (p == 0 || !ts[p].capital) && sc.m.term(vt, t, ts[p].units()) {
			// not a word of a name or title ("Expedition 10 Commander")
			occ = append(occ, p)
		}
	}
	if len(occ) == 0 {
		return false
	}
	for _, nr := range roles {
		if !sc.written(ts, nr.name) {
			return false // named only through an alias or a reference: another name may be it
		}
		for _, p := range occ {
			if l, r := clauseBounds(ts, p); !verbAt(ts, l, p) && sc.namedBy(ts, roleArg{from: l, to: r + 1}, nr.name) {
				return false // a noun's arguments are loose: "agreement *with* Boeing"
			}
			a := eventArg(ts, p, nr.role)
			if !a.known() || sc.namedBy(ts, a, nr.name) {
				return false
			}
		}
	}
	return true
}

// written reports whether some word of the sentence writes the name nm.
func (sc *scoring) written(ts []roleTok, nm *qname) bool {
	for j := range ts {
		if sc.namedBy(ts, roleArg{from: j, to: j + 1}, nm) {
			return true
		}
	}
	return false
}

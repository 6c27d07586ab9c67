package attribution

import (
	"strings"
	"unicode/utf8"
)

var (
	modals   = set("will", "would", "could", "may", "might", "shall", "'ll", "won't", "wouldn't")
	auxes    = set("is", "are", "was", "were", "has", "had", "have", "be", "been", "can", "cannot", "did", "does", "do", "must", "should")
	planAdjs = set("preparing", "planning", "set", "due", "poised", "expected", "likely", "unlikely",
		"about", "going", "scheduled", "expecting", "intending", "hoping", "aiming", "ready", "prepared")
	planVerbs = set("plans", "planned", "plan", "intends", "intended", "intend", "expects", "expected",
		"expect", "aims", "aimed", "hopes", "hoped", "wants", "wanted", "prepares", "prepared",
		"vowed", "pledged", "promised", "threatened", "seeks", "sought")
	// A plan word after these is a noun ("over plans to automate", "its
	// plan to cut"): the sentence's own verb is elsewhere.
	nounMarkers = set("a", "an", "the", "its", "their", "his", "her", "our", "my", "your", "over", "of",
		"about", "against", "on", "for", "with", "new", "government's", "company's", "these", "those", "such")
	// irregularPast are frequent past-tense verbs without -ed: when one comes
	// first, the sentence reports what happened.
	irregularPast = set("began", "took", "held", "fell", "won", "struck", "left", "went", "came", "made",
		"gave", "hit", "led", "met", "sent", "spent", "built", "broke", "shot", "fled", "rose", "grew",
		"drew", "threw", "stood", "kept", "lost", "paid", "sold", "found", "brought", "caught", "fought",
		"bought", "became", "ran", "saw", "cut", "put", "set", "shut", "quit", "overran", "withdrew", "seized")
)

// IsPlanOrExpectation reports whether the claim s states a plan, an
// intention or an expectation rather than a fact: its first verb group is
// a modal ("would maintain", "will show", "could lose"), a "be + preparing/
// expected/likely/set + to" phrase ("is preparing to resume"), or a verb of
// planning followed by "to" ("plans to", "expects to"). Answer code uses it
// never to restate such a claim as something that happened. It is safe for
// concurrent use.
func IsPlanOrExpectation(s string) bool {
	pw := planWords{s: s}
	for i := 0; pw.at(i) != ""; i++ {
		f := pw.at(i)
		next := func(k int) string { return pw.at(i + k) }
		var lex uint8
		if planLexKeys.may(f) {
			lex = planLex[f]
		}
		if lex&planCue != 0 && i > 0 {
			continue // a reporting verb: the claim's own verb comes after it
		}
		switch {
		case lex&planModal != 0 || strings.HasSuffix(f, "'ll") || strings.HasSuffix(f, "’ll"):
			if i == 0 && f == "may" && startsWithDigit(next(1)) {
				continue // "May 5 ...": the month opens the claim
			}
			return true
		case lex&planVerb != 0 && next(1) == "to":
			if i > 0 && nounMarkers[pw.at(i-1)] {
				continue
			}
			return true
		case lex&planAux != 0:
			if planAdjs[next(1)] && (next(2) == "to" || next(1) == "going" && next(2) == "to") {
				return true
			}
			if next(1) == "not" && planAdjs[next(2)] && next(3) == "to" {
				return true
			}
			return false
		case i > 0 && strings.HasSuffix(f, "ed") && len(f) > 4 && !strings.Contains(f, "-"),
			i > 0 && lex&planPast != 0:
			return false // a past-tense verb came first: a reported fact
		}
	}
	return false
}

// Flags of planLex: the word lists IsPlanOrExpectation tests every word
// against.
const (
	planCue   = 1 << iota // verbs (reporting verbs)
	planModal             // modals
	planVerb              // planVerbs
	planAux               // auxes
	planPast              // irregularPast
)

// expectForms are reporting verbs ("expects that ...") that the plan
// reading takes as plan verbs, not as cues: "The company expects to lose
// ..." is a plan.
var expectForms = set("expect", "expects", "expected")

// planLex maps a word to the lists it is in, so that IsPlanOrExpectation
// looks each word up once.
var planLex = func() map[string]uint8 {
	m := map[string]uint8{}
	for w := range verbs {
		if !expectForms[w] {
			m[w] |= planCue
		}
	}
	for flag, words := range map[uint8]map[string]bool{planModal: modals, planVerb: planVerbs, planAux: auxes, planPast: irregularPast} {
		for w, in := range words {
			if in {
				m[w] |= flag
			}
		}
	}
	return m
}()

// planLexKeys filters the words looked up in planLex.
var planLexKeys = func() *wordFilter {
	f := &wordFilter{}
	for w := range planLex {
		f.add(w)
	}
	return f
}()

// planWordMax is how many words of a claim IsPlanOrExpectation reads: the
// verb group that decides is near the start.
const planWordMax = 40

// planWords yields the first planWordMax words of s in lower case, without
// punctuation, reading s only as far as the words asked for.
type planWords struct {
	s     string
	pos   int // bytes of s read
	words [planWordMax]string
	n     int
}

// at returns word i, or "" past the last word.
func (pw *planWords) at(i int) string {
	for pw.n <= i && pw.n < planWordMax && pw.pos < len(pw.s) {
		pw.scan()
	}
	if i < pw.n {
		return pw.words[i]
	}
	return ""
}

// scan reads the next field of s (as strings.FieldsFunc splits it) and
// keeps it when it is not only punctuation.
func (pw *planWords) scan() {
	start := -1
	end := len(pw.s)
	for i, r := range pw.s[pw.pos:] {
		sep := r == ' ' || r == ',' || r == '"' || r == '“' || r == '”' || r == '\n' || r == ';'
		if sep && start >= 0 {
			end = pw.pos + i
			break
		}
		if !sep && start < 0 {
			start = pw.pos + i
		}
	}
	pw.pos = end
	if start < 0 {
		return
	}
	if f := trimPlanPunct(pw.s[start:end]); f != "" {
		pw.words[pw.n] = planForm(f, pw.n)
		pw.n++
	}
}

// planForm is word f, the n-th of its claim, as IsPlanOrExpectation reads
// it: in lower case, except a modal written "May" or "Will" after the first
// word, which is the month or a first name ("In late May, a robot
// navigated ..."), not a modal, and keeps its capital so that no list
// matches it.
func planForm(f string, n int) string {
	if n > 0 && (f == "May" || f == "Will") {
		return f
	}
	return lower(f)
}

// trimPlanPunct is strings.Trim(f, ".!?:'’‘()") without the cut set's
// per-call preparation (a set with non-ASCII runes is rebuilt each call).
func trimPlanPunct(f string) string {
	for len(f) > 0 {
		r, n := utf8.DecodeRuneInString(f)
		if !isPlanPunct(r) {
			break
		}
		f = f[n:]
	}
	for len(f) > 0 {
		r, n := utf8.DecodeLastRuneInString(f)
		if !isPlanPunct(r) {
			break
		}
		f = f[:len(f)-n]
	}
	return f
}

func isPlanPunct(r rune) bool {
	switch r {
	case '.', '!', '?', ':', '\'', '’', '‘', '(', ')':
		return true
	}
	return false
}

// startsWithDigit reports whether word w begins with an ASCII digit.
func startsWithDigit(w string) bool {
	return w != "" && w[0] >= '0' && w[0] <= '9'
}

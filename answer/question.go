package answer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/retrieval"
)

// termKind says what a term of a question carries.
type termKind uint8

const (
	kindWord    termKind = iota // an ordinary content word
	kindName                    // part of a name: capitalised inside the question, or an acronym
	kindNumber                  // a number, in any form
	kindGeneric                 // a word every news question uses ("latest", "report")
)

// qterm is one term of a question.
type qterm struct {
	key  string // stem, or "#value" for a number
	kind termKind
	// acr is the acronym this term was written as ("us" for "US"): it
	// matches the acronym in capitals even when the word is a stop word.
	acr    string
	weight float64
}

// qname is a name of the question ("NATO", "Angela Merkel", "Northern
// Reserve Bank") and the words that follow it in its noun phrase ("the
// Kessar floods"): a stored article that answers the question mentions
// the name, directly or through an alias, and at least one of those words.
type qname struct {
	text  string     // as written in the question
	terms []int      // indexes of its words in question.terms
	alts  [][]string // unit-term sets of its aliases; any one present stands for the name
	nouns []string   // unit terms of the nouns that follow it ("floods")
	tail  string     // the name with those nouns, as written ("Kessar floods")

	possessive bool     // written "Russia's"
	start      int      // index of its first word in the question
	afterAux   bool     // an auxiliary verb comes before it ("will the ...")
	nounWords  []string // the words that follow it in its noun phrase
	lastNoun   int      // index of the last of them in the question
}

// question is a question analysed for scoring: its terms with their
// kinds, its names, the numbers it already holds and the kind of fact it
// asks for.
type question struct {
	terms   []qterm
	names   []qname
	numbers map[string]bool
	want    answerKind
}

// qword is a word of the question as written.
type qword struct {
	text       string // as written, without surrounding punctuation
	lower      string
	start      bool // first word of the question
	stop       bool // the end of a phrase follows (punctuation)
	possessive bool // written with 's: ends a name, not its noun phrase
}

// questionWords splits a question into words, keeping acronym dots and
// inner apostrophes and hyphens.
func questionWords(q string) []qword {
	var out []qword
	for i, f := range strings.Fields(q) {
		core := strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' })
		core = strings.TrimRight(core, ".")
		if strings.Count(core, ".") > 0 && isAcronymText(core+".") {
			core += "."
		}
		base := strings.TrimSuffix(strings.TrimSuffix(core, "'s"), "’s")
		if base == "" {
			continue
		}
		last, _ := utf8.DecodeLastRuneInString(f)
		out = append(out, qword{text: base, lower: strings.ToLower(base), start: i == 0, possessive: base != core,
			stop: !unicode.IsLetter(last) && !unicode.IsDigit(last) && last != '.' && last != '\'' && last != '’'})
	}
	return out
}

// isAcronymText reports whether w is an acronym: two to eight capitals,
// dots allowed ("UN", "U.S.", "NATO").
func isAcronymText(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case r == '.':
		case unicode.IsUpper(r):
			n++
		default:
			return false
		}
	}
	return n >= 2 && n <= 8
}

// analyse reads the question text q. texts are the retrieved articles
// (headline and body), used to tell a capitalised first word that is a
// name ("Russia") from one that is not ("Explain"), and to read a question
// written in title case.
func analyse(q string, texts []string) *question {
	ws := questionWords(q)
	titleCase := isTitleCase(ws)
	qs := &question{numbers: map[string]bool{}, want: answerKindOf(q)}
	index := map[string]int{}
	add := func(t qterm) int {
		if i, ok := index[t.key]; ok {
			if t.kind == kindName || t.kind == kindNumber {
				qs.terms[i].kind = t.kind
			}
			return i
		}
		index[t.key] = len(qs.terms)
		qs.terms = append(qs.terms, t)
		return len(qs.terms) - 1
	}
	var cur *qname
	last, nouns := -1, 0 // the name whose noun phrase may go on, and its nouns so far
	flush := func() {
		if cur != nil && len(cur.terms) > 0 {
			cur.tail = cur.text
			qs.names = append(qs.names, *cur)
			// Words after the name describe it only in "the Kessar floods"
			// or "Russia's aircraft carrier"; in "NATO respond" a verb follows.
			if last == -2 || cur.possessive {
				last, nouns = len(qs.names)-1, 0
				qs.names[last].afterAux = auxBefore(ws, cur.start)
			} else {
				last = -1
			}
		}
		cur = nil
	}
	for i, w := range ws {
		if cur == nil && i > 0 && determiners[ws[i-1].lower] {
			last = -2 // a name after "the" may head a noun phrase: "the Kessar floods"
		}
		for _, k := range numberKeys(words(w.text)) {
			if !qs.numbers[k] && !isFraction(k) {
				// A number is required like a name: "in 2023" is not
				// answered by an article that never mentions 2023.
				qs.numbers[k] = true
				qs.names = append(qs.names, qname{text: w.text, tail: w.text, terms: []int{add(qterm{key: k, kind: kindNumber})}})
			}
		}
		switch {
		case isName(w, titleCase, texts):
			if cur == nil {
				cur = &qname{start: i}
			}
			cur.text = strings.TrimSpace(cur.text + " " + w.text)
			for _, t := range nameTerms(w) {
				cur.terms = append(cur.terms, add(t))
			}
		case cur != nil && joinsName(ws, i, titleCase, texts):
			cur.text += " " + w.text
		default:
			flush()
			if last >= 0 && nouns < 3 && nounLike(w) {
				n := &qs.names[last]
				n.nounWords = append(n.nounWords, w.text)
				n.lastNoun = i
				nouns++
			} else {
				last = -1
			}
			qs.addWords(w.text, add)
		}
		if w.possessive && cur != nil {
			cur.possessive = true
			flush()
		}
		if w.stop {
			flush()
			last = -1
		}
	}
	flush()
	for i := range qs.names {
		qs.names[i].setNouns(ws)
	}
	return qs
}

// setNouns fills the nouns and tail of a name from the words that follow
// it. After an auxiliary ("How many jobs will the Ostrava battery plant
// create?") the phrase's last word is the question's verb, not a noun:
// it is dropped when two or more words follow the name, or when it ends
// the question, unless a verb follows the phrase ("... carrier do?").
func (n *qname) setNouns(ws []qword) {
	words := n.nounWords
	verbAfter := n.lastNoun+1 < len(ws) && verbStop[ws[n.lastNoun+1].lower]
	if n.afterAux && len(words) > 0 && !verbAfter && (len(words) >= 2 || onlyStopAfter(ws, n.lastNoun)) {
		words = words[:len(words)-1]
	}
	n.nouns, n.tail = nil, n.text
	for _, w := range words {
		n.nouns = append(n.nouns, unitTerms(w)...)
		n.tail += " " + w
	}
}

// auxBefore reports whether an auxiliary verb comes just before ws[i],
// as the subject's: "will the Ostrava ...", "did Russia's ...".
func auxBefore(ws []qword, i int) bool {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if yesNoQuestion(ws[j].lower) {
			return true
		}
	}
	return false
}

// verbStop are stop words that are the question's verb ("What did Russia's
// aircraft carrier do?"): the words before them are all nouns.
var verbStop = setOf("do does did say says said tell have has had be is are was were get got make made")

// onlyStopAfter reports whether only stop words follow ws[i].
func onlyStopAfter(ws []qword, i int) bool {
	for _, w := range ws[i+1:] {
		if !isStop(w.lower) {
			return false
		}
	}
	return true
}

// addWords adds the content words of an ordinary word of the question.
func (qs *question) addWords(text string, add func(qterm) int) {
	for _, s := range terms(text) {
		if r, _ := utf8.DecodeRuneInString(s); unicode.IsDigit(r) {
			continue // numbers are added as values
		}
		kind := kindWord
		if genericStems[s] {
			kind = kindGeneric
		}
		add(qterm{key: s, kind: kind})
	}
}

// nounLike reports whether a word after a name may continue its noun
// phrase: a content word, not a question or generic word.
func nounLike(w qword) bool {
	return !isStop(w.lower) && !answerQuestionWords[w.lower] && !genericStems[retrieval.Stem(w.lower)] && len(terms(w.text)) > 0
}

// isFraction reports whether a number key is below one ("half" gives
// 0.5): too vague to be required.
func isFraction(k string) bool { return strings.HasPrefix(k, "#0.") }

// nameTerms returns the terms of a name word: its stem, and for an
// acronym its capitals.
func nameTerms(w qword) []qterm {
	if isAcronymText(w.text) {
		k := newsbot.AliasKey(w.text)
		return []qterm{{key: k, kind: kindName, acr: k}}
	}
	var out []qterm
	for _, x := range words(w.text) {
		if isStop(x) || isNumber(x) {
			continue
		}
		out = append(out, qterm{key: retrieval.Stem(x), kind: kindName})
	}
	return out
}

// isName reports whether a word of the question is part of a name: an
// acronym, or a capitalised word that is not a stop word and is not the
// question's first word (unless the articles capitalise it inside a
// sentence). In a question written in title case only acronyms and words
// the articles capitalise count.
func isName(w qword, titleCase bool, texts []string) bool {
	if isAcronymText(w.text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w.text)
	if !unicode.IsUpper(r) || isStop(w.lower) || answerQuestionWords[w.lower] || isNumber(w.lower) {
		return false
	}
	if !w.start && !titleCase {
		return true
	}
	for _, t := range texts {
		if capitalisedInside(t, w.text) {
			return true
		}
	}
	return false
}

// joinsName reports whether ws[i], a small word, sits inside a name
// ("Port of Valmere", "Organization of the Petroleum ...").
func joinsName(ws []qword, i int, titleCase bool, texts []string) bool {
	if ws[i].stop || i+1 >= len(ws) || !nameJoiners[ws[i].lower] {
		return false
	}
	for j := i + 1; j < len(ws) && j <= i+2; j++ {
		if isName(ws[j], titleCase, texts) {
			return true
		}
		if !nameJoiners[ws[j].lower] {
			return false
		}
	}
	return false
}

var determiners = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true, "its": true, "their": true}

// nameJoiners may sit inside a name; "and" may not: "Moscow and Damascus"
// are two names.
var nameJoiners = map[string]bool{"of": true, "for": true, "the": true}

// isTitleCase reports whether most words of a question are capitalised,
// as in a headline: then capitals say nothing about names.
func isTitleCase(ws []qword) bool {
	caps, all := 0, 0
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w.text)
		if !unicode.IsLetter(r) || isAcronymText(w.text) {
			continue
		}
		all++
		if unicode.IsUpper(r) {
			caps++
		}
	}
	return all >= 4 && caps*10 >= all*7
}

// answerQuestionWords open questions; capitalised, they are not names.
var answerQuestionWords = map[string]bool{
	"how": true, "what": true, "who": true, "whom": true, "when": true, "where": true, "which": true,
	"why": true, "whose": true, "did": true, "does": true, "is": true, "are": true, "was": true, "were": true,
}

// genericStems are the stems of words that news questions use without
// meaning them ("the latest news this week", "according to reports"): they
// weigh little in a question.
var genericStems = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`latest recent recently new week weekend today yesterday tonight month
	year day days news report reports reported say says said tell told according update updates statement
	happen happened currently current situation detail details`) {
		m[retrieval.Stem(w)] = true
	}
	return m
}()

package answer

import (
	"slices"
	"strconv"
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
	// pred: an ordinary word that says what happened or what is asked
	// about ("captured", "price", "appeal"); a sentence that answers the
	// question holds it, or a synonym, in its evidence unit (markPredicates).
	pred bool
	// verb: a predicate word written as a verb in the past ("won",
	// "captured") or right after "who"/"what" ("Who scored"): the event
	// itself, which a sentence must hold however many other words it has.
	verb bool
	// category: the word that names the kind of fact asked for, not the
	// fact ("which *country*", "what *time*", "how *long*", "the *name*
	// of"): the sentence that answers gives an instance of it, and rarely
	// writes it (categoryWords): to the support gate, a sentence holding
	// the kind of fact asked is not short of it (candidate.gateCov).
	category bool
	// attr: the attribute a "What was the N of ..." question asks for
	// ("the *outcome* of the appeal", "the voter *turnout*"): a sentence
	// that does not name it states something else about the subject.
	attr bool
	// prec: for a number written rounded ("$3.4bn", "48 pct"), the unit
	// of its last digit (1e8, 1); an article's figure that rounds to it
	// ("$3.42 billion", "47.8 percent") matches (roundedKeys). 0: exact.
	prec float64
}

// qname is a name of the question ("NATO", "Angela Merkel", "Northern
// Reserve Bank") and the words that follow it in its noun phrase ("the
// Kessar floods"): a stored article that answers the question mentions
// the name, directly or through an alias, and at least one of those words.
type qname struct {
	text  string     // as written in the question
	terms []int      // indexes of its words in question.terms
	alts  [][]string // unit-term sets of its aliases; any one present stands for the name
	nouns [][]string // unit terms of each noun that follows it ("floods")
	tail  string     // the name with those nouns, as written ("Kessar floods")

	possessive bool   // written "Russia's"
	start      int    // index of its first word in the question
	aux        string // the auxiliary verb just before it ("will the ..."), or ""
	auxEarlier bool   // it stands in the subject of an auxiliary further back (subjectOfAux)
	// optionalLast: the last noun may be the question's verb (setNouns).
	optionalLast bool
	nounWords    []string // the words that follow it in its noun phrase
	lastNoun     int      // index of the last of them in the question
}

// question is a question analysed for scoring: its terms with their
// kinds, its names, the numbers it already holds and the kind of fact it
// asks for.
type question struct {
	terms   []qterm
	names   []qname
	numbers map[string]bool
	want    answerKind
	// unit: the term of the unit of time a "how many" question counts in
	// ("how many days"), or -1 (timeUnitAsked).
	unit int
	// duration: the question asks "how long", which a time answers
	// ("since 2003") as well as a quantity.
	duration bool
	// past: asked with "did", "was", "were", "has", "had": what happened,
	// which a sentence stating a plan or a possibility ("could reach", "is
	// due to start") does not answer.
	past bool
	// final: asked for a final figure or outcome ("the final death toll"),
	// which a provisional report ("at least 150", "likely to rise") does
	// not give.
	final bool
	// negated: the question denies what it asks about ("Which allergen
	// was *not* declared?"): a sentence's denial states the asked fact.
	negated bool
	// measure: the measure a quantity question asks for (measureAsked);
	// counted: the terms of the noun a "how many" question counts
	// (countedAsked). The sentence stating the asked fact writes its
	// number so (statesAsked).
	measure measure
	counted []string
	// precision: what a time question asks for (precisionAsked).
	precision timePrecision
	ws        []qword // the question's words (questionWords)
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
		if base == core && (strings.HasSuffix(f, "s'") || strings.HasSuffix(f, "s’")) {
			core += "'" // "Arden Motors' CEO": a plural possessive ends the name too
		}
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
	q = rephrase(expandShorthand(q))
	r := &reader{ws: questionWords(q), texts: texts, index: map[string]int{}, phrase: -1,
		qs: &question{numbers: map[string]bool{}, want: answerKindOf(q)}}
	r.qs.duration = r.qs.want == wantQuantity && strings.Contains(" "+strings.Join(words(q), " ")+" ", " how long ")
	r.titleCase = isTitleCase(r.ws)
	for i, w := range r.ws {
		r.word(i, w)
	}
	r.endName()
	for i := range r.qs.names {
		r.qs.names[i].setNouns(r.ws)
	}
	r.qs.markPredicates(r.ws, firstQuestion(q))
	r.qs.markAttribute(r.ws)
	r.qs.markCategory(r.ws)
	r.qs.final = askedFinal(r.ws)
	r.qs.negated = slices.ContainsFunc(r.ws, func(w qword) bool { return isDenial(w.lower) })
	r.qs.ws = r.ws
	r.qs.unit = r.qs.timeUnitAsked(r.ws)
	if r.qs.want == wantQuantity {
		r.qs.measure, r.qs.counted = measureAsked(r.ws), countedAsked(r.ws)
	}
	if r.qs.want == wantAny {
		r.qs.measure = focusMeasure(r.ws) // "What penalty did the FAA propose?"
	}
	if r.qs.want == wantTime {
		r.qs.precision = precisionAsked(r.ws)
	}
	return r.qs
}

// timeUnitAsked returns the index of the term of the unit of time a "how
// many" question counts in ("How many *days* did the miners spend
// underground?"), or -1: such a question asks for a span in that unit,
// which a count of anything else does not give.
func (qs *question) timeUnitAsked(ws []qword) int {
	for i := 0; i+2 < len(ws); i++ {
		if ws[i].lower != "how" || ws[i+1].lower != "many" || !timeUnits[ws[i+2].lower] {
			continue
		}
		ts := termsOf([]string{ws[i+2].lower})
		for k, t := range qs.terms {
			if len(ts) == 1 && t.key == ts[0] && (t.kind == kindWord || t.kind == kindGeneric) {
				return k
			}
		}
	}
	return -1
}

var timeUnits = setOf("seconds minutes hours days weeks months years decades centuries")

// markPredicates marks the question's ordinary words that a sentence must
// hold (directly, by stem, or through a synonym) to answer it: every
// content word but the names and the nouns of their noun phrases, generic
// words, and the words that only frame the asked fact ("how many
// *people*", "which *country*", "what is the *name* of").
func (qs *question) markPredicates(ws []qword, first string) {
	frame := frameWords(ws)
	yesNo := yesNoQuestion(first)
	inNames := qs.nameNounTerms(!yesNo)
	framed := map[string]bool{}
	for w := range frame {
		for _, t := range terms(w) {
			framed[t] = true
		}
	}
	// the words a follow-up's query adds are not its verbs
	firstWs := ws[:min(len(questionWords(first)), len(ws))]
	var verbs map[string]bool
	// "How many trucks *reached* Aleppo?" asks what happened; "Is Minian
	// held by rebels?" is answered both ways, by any sentence on it.
	pastVerb := false
	if !yesNo {
		verbs, pastVerb = questionVerb(firstWs, frame)
	}
	for i := range qs.terms {
		t := &qs.terms[i]
		t.pred = t.kind == kindWord && !framed[t.key] && !inNames[t.key] && i < 64
		t.verb = t.pred && verbs[t.key]
	}
	qs.past = pastQuestion(ws) || pastVerb && !futureQuestion(firstWs)
}

// markAttribute marks the attribute a question asks for when it opens
// "What is/was the ... N of/in ...": the last ordinary word before the
// preposition ("What was the voter *turnout* in ...", "What was the
// *outcome* of ..."). Words that only name the kind of fact ("the name
// of") are not attributes.
func (qs *question) markAttribute(ws []qword) {
	if len(ws) < 4 || ws[0].lower != "what" || !copulas[ws[1].lower] || ws[2].lower != "the" {
		return
	}
	end := -1
	for j := 3; j < len(ws) && j <= 6; j++ {
		if ws[j].lower == "of" || ws[j].lower == "in" || ws[j].lower == "for" || ws[j].lower == "at" {
			end = j
			break
		}
		if isStop(ws[j].lower) || ws[j].text != ws[j].lower {
			return
		}
	}
	if end < 4 || askNouns[ws[end-1].lower] || quantityNouns[ws[end-1].lower] || timeNouns[ws[end-1].lower] {
		return
	}
	ts := terms(ws[end-1].text)
	for i := range qs.terms {
		if t := &qs.terms[i]; t.kind == kindWord && len(ts) == 1 && t.key == ts[0] {
			t.attr = true
		}
	}
}

// askedFinal reports whether the question asks for a final figure or
// outcome: "final" or "eventual" before another word ("the *final* death
// toll"), not the noun ("the cup final").
func askedFinal(ws []qword) bool {
	for i, w := range ws {
		if (w.lower == "final" || w.lower == "eventual") && !w.stop && i+1 < len(ws) && !isStop(ws[i+1].lower) {
			return true
		}
	}
	return false
}

// provisional reports whether a sentence gives a figure as provisional:
// "at least 150", "more than 100", "likely to rise", "so far".
func provisional(text string) bool {
	t := " " + strings.Join(words(text), " ") + " "
	for _, p := range provisionalPhrases {
		if strings.Contains(t, " "+p+" ") {
			return true
		}
	}
	return false
}

var provisionalPhrases = []string{"at least", "more than", "so far", "likely to rise", "expected to rise",
	"could rise", "may rise", "preliminary", "provisional", "initial", "early reports"}

// askNouns name the kind of fact asked for, not an attribute.
var askNouns = setOf("name names kind type sort")

// frameWords returns the question's words that only frame the asked fact
// ("how many *aid lorries*", "which *rebel group*", "the *name* of").
func frameWords(ws []qword) map[string]bool {
	frame := map[string]bool{}
	for i, w := range ws {
		switch {
		case w.lower == "how" && i+1 < len(ws) && quantityWords[ws[i+1].lower]:
			frame[ws[i+1].lower] = true
			for j := i + 2; j < len(ws) && j <= i+4 && !isStop(ws[j].lower) && !ws[j-1].stop && !pastForm(ws[j].lower); j++ {
				frame[ws[j].lower] = true // "how many aid lorries"
			}
		case w.lower == "which" || w.lower == "what":
			for j := i + 1; j < len(ws) && j <= i+3; j++ {
				if isStop(ws[j].lower) && !modifiers[ws[j].lower] || pastForm(ws[j].lower) || ws[j].text != ws[j].lower {
					break
				}
				frame[ws[j].lower] = true // "which country", "what share", "which other countries", "which rebel group"
				if ws[j].stop {
					break
				}
			}
		case frameNouns[w.lower] || modifiers[w.lower] || len(w.lower) <= 2 || len(numberKeys([]string{w.lower})) > 0:
			frame[w.lower] = true // "the *two* Norwegians": a number is matched as a value
		}
	}
	return frame
}

// categoryWords returns the words of a question that name the kind of
// fact it asks for: the head of a "which N" / "what N" phrase when it
// names a kind of answer (kindNoun: "which *country*", "what *share* of",
// "which rebel *group*"),
// the adjective of "how long" / "how far" / "how big", and the noun of
// "the name of" / "the number of" after "what is". A news sentence that
// answers gives the instance ("Mexico", "at 9:20", "five years") and
// seldom the word itself; a sentence that writes it ("the time", "the
// country") is no nearer the answer for that.
func categoryWords(ws []qword) map[string]bool {
	cat := map[string]bool{}
	for i, w := range ws {
		switch {
		case w.lower == "how" && i+1 < len(ws) && quantityWords[ws[i+1].lower] && ws[i+1].lower != "many" && ws[i+1].lower != "much":
			cat[ws[i+1].lower] = true
		case w.lower == "which" || w.lower == "what":
			head := ""
			for j := i + 1; j < len(ws) && j <= i+3; j++ {
				l := ws[j].lower
				if isStop(l) || verbStop[l] || pastForm(l) || ws[j].text != l || len(numberKeys([]string{l})) > 0 {
					if len(numberKeys([]string{l})) > 0 && head == "" {
						continue // "which three nations"
					}
					break
				}
				head = l
				if ws[j].stop || ws[j].possessive {
					break
				}
			}
			if kindNoun(head) {
				cat[head] = true
			}
		case (askNouns[w.lower] || quantityNouns[w.lower]) && i >= 2 && ws[i-1].lower == "the" && i+1 < len(ws) && ws[i+1].lower == "of" &&
			(ws[0].lower == "what" || ws[0].lower == "which"):
			cat[w.lower] = true // "What is the name of ...", "What was the number of ..."
		}
	}
	return cat
}

// kindNoun reports whether a noun names a kind of answer the answerer
// tells apart (anstype.go): a quantity ("share", "age"), a place
// ("country", "city"), an agent ("company", "group") or a name. Not a
// time: nearly every news sentence carries one, so "what date" stays
// evidence against a sentence that only says "this week". A role
// ("which *judge*", "which *ranger*") is not one: news writes it beside
// the person ("U.S. District Judge Donald Molloy"), and an article that
// names no judge does not say which judge.
func kindNoun(w string) bool {
	return quantityNouns[w] || placeNouns[w] || agentNouns[w] || askNouns[w]
}

// markCategory marks the question's ordinary words that name the kind of
// fact asked for (categoryWords).
func (qs *question) markCategory(ws []qword) {
	cat := categoryWords(ws)
	keys := map[string]bool{}
	for w := range cat {
		for _, t := range terms(w) {
			keys[t] = true
		}
	}
	for i := range qs.terms {
		if t := &qs.terms[i]; t.kind == kindWord && keys[t.key] {
			t.category = true
		}
	}
}

// nameNounTerms returns the terms of the nouns of the question's names;
// in an open question a past form among them is its verb and left out.
func (qs *question) nameNounTerms(open bool) map[string]bool {
	inNames := map[string]bool{}
	for _, n := range qs.names {
		for k, ts := range n.nouns {
			if open && k < len(n.nounWords) && pastForm(strings.ToLower(n.nounWords[k])) {
				continue // the question's verb: "When was the Southvale hosepipe ban *lifted*?"
			}
			for _, t := range ts {
				inNames[t] = true
			}
		}
	}
	return inNames
}

// questionVerb returns the terms of the main verb of a question's words
// ws (the first question only), and whether it is written in the past.
func questionVerb(ws []qword, frame map[string]bool) (map[string]bool, bool) {
	for i, w := range ws {
		prev := ""
		if i > 0 {
			prev = ws[i-1].lower
		}
		// "will be culled", "to cut", "on shared stocks", "do ... the first rate cut" are not past
		past := pastForm(w.lower) && prev != "be" && prev != "to" && !placeMarkers[prev] && prev != "on" && prev != "with" &&
			!(baseVerbs[w.lower] && afterDo(ws, i)) && !pastAfterDo(ws, i)
		base := afterDo(ws, i) && baseVerbs[w.lower] && !nounVerbs[w.lower] && prev != "to" && !passiveBy(ws, i)
		afterWho := i > 0 && (ws[i-1].lower == "who" || ws[i-1].lower == "what") && (!isStop(w.lower) || w.lower == "won")
		if (past || base || afterWho) && !frame[w.lower] && (i == 0 || !determiners[ws[i-1].lower]) && !inClause(ws, i) && !reducedRelative(ws, i) && !participleAdjective(ws, i) {
			verbs := map[string]bool{}
			for _, t := range wordTerms(verbHead(w.text)) {
				verbs[t] = true
			}
			return verbs, past // a later verb is in a clause: "declare for the region *hit* by", "the prison the Taliban *attacked*"
		}
	}
	return nil, false
}

// verbHead returns the head of a verb written with a hyphen, its last
// part: "Which player *top-scored*" asks who scored ("Leading scorers
// were ..."); "top" only qualifies it.
func verbHead(w string) string {
	if i := strings.LastIndexAny(w, "-‑"); i >= 0 && i+1 < len(w) {
		return w[i+1:]
	}
	return w
}

// participleAdjective reports whether the past form ws[i] qualifies the
// noun right after it, as an adjective, rather than being the question's
// verb: it follows a number, "which"/"whose" or a preposition and comes
// before an ordinary word ("the two *lost* hikers", "Which *deposed* king
// was ordered out", "Besides *listed* species, how many ..."). A past
// form before a name or a determiner is a verb ("Which team *won* the
// final", "Which country *recognised* Kosovo").
func participleAdjective(ws []qword, i int) bool {
	if i == 0 || i+1 >= len(ws) || ws[i].stop || ws[i-1].stop {
		return false
	}
	next, prev := ws[i+1], ws[i-1].lower
	if isStop(next.lower) || next.text != next.lower || len(numberKeys([]string{next.lower})) > 0 || pastForm(next.lower) {
		return false
	}
	return len(numberKeys([]string{prev})) > 0 || prev == "which" || prev == "whose" || adjPrepositions[prev]
}

// adjPrepositions open a noun phrase in which a past form is an adjective.
var adjPrepositions = setOf("besides beside of for about among from with without against like than")

// pastAfterDo reports whether the past form ws[i] comes after "did",
// "does", "do", "will" or "would", where the question's own verb is in its
// base form ("What did President Bush *send* ..."): a past form there is
// in a clause ("... the bald eagle was *delisted*", "the countries *hit*
// by the tsunami"), never the main verb, unless it is also a base form
// (hit, cut, put) not followed by "by".
func pastAfterDo(ws []qword, i int) bool {
	if !afterDo(ws, i) {
		return false
	}
	w := ws[i].lower
	if reportedVerb(ws, i) {
		return false // "did the mayor say had been *razed*": the reported event is asked
	}
	return strings.HasSuffix(w, "ed") || !sameAsBase[w] || passiveBy(ws, i)
}

// reportedVerb reports whether the past form ws[i] follows an auxiliary
// of its own ("had been", "was") in a clause reported by a verb of speech
// after the question's "did": "Which hamlet did the mayor *say* had been
// razed?".
func reportedVerb(ws []qword, i int) bool {
	if i == 0 || !perfectAux[ws[i-1].lower] {
		return false
	}
	for j := i - 1; j >= 0 && !doAux[ws[j].lower]; j-- {
		if speechVerbs[ws[j].lower] {
			return true
		}
	}
	return false
}

var perfectAux = setOf("been was were had has have is are")

// passiveBy reports whether "by" follows ws[i]: "the countries *hit* by
// the tsunami" is a participle, not "did ... hit".
func passiveBy(ws []qword, i int) bool { return i+1 < len(ws) && ws[i+1].lower == "by" }

// sameAsBase are the irregular past forms that are also base forms.
var sameAsBase = setOf("hit cut put shut quit set cost spread")

// reducedRelative reports whether the past form ws[i] qualifies the noun
// before it rather than being the question's verb: the question's
// auxiliary comes after it ("How much of the money *needed* for the Sahel
// has the UN received?"), or it stands after a noun that follows the
// auxiliary's complement and before a preposition ("Which president is
// among the suspects *named* in the complaint?"). "When was the ban
// lifted?" and "How many people died in the floods?" keep their verbs.
func reducedRelative(ws []qword, i int) bool {
	if i < 2 || ws[i-1].stop || isStop(ws[i-1].lower) || answerQuestionWords[ws[i-1].lower] {
		return false
	}
	for _, w := range ws[i+1:] {
		if clauseMarkers[w.lower] || w.lower == "to" || w.stop {
			break // "reported *that* ... had passed", "pledged *to* do"
		}
		if relAux[w.lower] {
			return true
		}
	}
	if i+1 >= len(ws) || !placeMarkers[ws[i+1].lower] && ws[i+1].lower != "for" && !postPrepositions[ws[i+1].lower] {
		return false
	}
	if i+2 < len(ws) && !ws[i].stop && laterAuxVerb(ws, i) {
		return true
	}
	if !placeMarkers[ws[i+1].lower] && ws[i+1].lower != "for" {
		return false
	}
	for j := 1; j < i-1; j++ {
		if relAux[ws[j].lower] && j+1 < i && (placeMarkers[ws[j+1].lower] || ws[j+1].lower == "among") {
			return true
		}
	}
	return false
}

var relAux = setOf("is are was were has have had did does do")

// postPrepositions open a reduced relative clause after a past form
// besides the place words: "the forwarder charged *with* smuggling", "the
// fugitives caught *by* the Marshals".
var postPrepositions = setOf("with by on")

// laterAuxVerb reports whether the past form ws[i], after a noun and
// before a preposition, qualifies that noun because the question's
// auxiliary, before it, has another verb: a past form further on that is
// not itself followed by a preposition ("From which country *was* the
// parcel *seized* in Cincinnati *sent*?", "What post *had* the rebel
// leader *killed* in the attack once *held*?"). "How many people were
// killed in the floods caused by rain?" keeps "killed": "caused by" is a
// clause of its own. (A present copula alone, "How old *is* the
// forwarder *charged* with smuggling?", is left as it was: measured on
// the spent sets, reading "charged" as a qualifier there answered one
// more question and one more near miss.)
func laterAuxVerb(ws []qword, i int) bool {
	aux := ""
	for j := 1; j < i-1; j++ {
		if relAux[ws[j].lower] {
			aux = ws[j].lower
			break
		}
		if ws[j].stop {
			return false
		}
	}
	if aux == "" {
		return false
	}
	for k := i + 2; k < len(ws); k++ {
		w := ws[k].lower
		if clauseMarkers[w] || ws[k-1].stop {
			return false
		}
		if pastForm(w) && !determiners[ws[k-1].lower] && !placeMarkers[ws[k-1].lower] &&
			(k+1 == len(ws) || ws[k].stop || !placeMarkers[ws[k+1].lower] && !postPrepositions[ws[k+1].lower] && ws[k+1].lower != "for") {
			return true
		}
	}
	return false
}

// pastQuestion reports whether an open question asks about something
// that happened: asked with "did", "was", "were", "has", "had" after its
// question word. A yes/no question ("Did Russia resume air strikes?") is
// answered by a plan too ("is preparing to resume").
func pastQuestion(ws []qword) bool {
	if len(ws) == 0 || !answerQuestionWords[ws[0].lower] || yesNoQuestion(ws[0].lower) {
		return false
	}
	for i := 1; i < len(ws) && i < 5; i++ {
		switch ws[i].lower {
		case "did", "was", "were", "has", "had":
			return true
		}
	}
	return false
}

// firstQuestion returns q up to its first question mark.
func firstQuestion(q string) string {
	if i := strings.IndexByte(q, '?'); i >= 0 {
		return q[:i+1]
	}
	return q
}

// pastForm reports whether a word is written as a verb in the past: an -ed
// ending or a frequent irregular form.
func pastForm(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !notPastEd[w] || irregularPast[w]
}

// notPastEd are words ending in "ed" that are no past forms: a noun or a
// base verb whose "eed" is its root ("What *speed* was ...", "the
// *need* for", "did the deal *exceed* ...").
var notPastEd = setOf("speed breed bleed greed steed exceed proceed succeed hundred kindred sacred naked wicked")

// afterDo reports whether ws[i] follows "did", "does", "do" or "will"
// within the first question: "When did the road *reopen*?".
func afterDo(ws []qword, i int) bool { return anyIn(ws[:i], doAux) }

// nounVerbs are base verbs that are also frequent nouns ("does the
// hosepipe *ban* affect", "do economists expect the first rate *cut*"):
// after "did" they are not taken as the question's verb.
var nounVerbs = setOf("ban attack strike fire vote appeal cut release sentence charge pass block end start land")

var doAux = setOf("did does do will would")

// baseVerbs are verbs of news events in their base form, the main verb of
// a question asked with "did" or "will" ("How much did shares *fall*?",
// "When did the plant *start* production?").
var baseVerbs = setOf(`fall rise cut raise pay win lose begin start end reopen open close land launch appeal reach
sink kill die arrest resign ban lift buy sell sign hit attack elect approve reject agree announce release explode
crash collapse strike capture seize invade leave join quit fire sack dismiss appoint replace award fine jail
convict sentence acquit charge evacuate rescue find discover vote veto ratify pass block suspend
declare order warn threaten confirm`)

// futureQuestion reports whether a question asks with "will", "would",
// "can", "could", "may", "might" or "should".
func futureQuestion(ws []qword) bool { return anyIn(ws, futureAux) }

// anyIn reports whether any of ws is in set.
func anyIn(ws []qword, set map[string]bool) bool {
	return slices.ContainsFunc(ws, func(w qword) bool { return set[w.lower] })
}

var futureAux = setOf("will would can could may might should")

// inClause reports whether ws[i] is in a clause inside the question ("the
// woman who was killed", "if found in contempt"), not its main verb.
func inClause(ws []qword, i int) bool {
	if openingClause(ws, i) {
		return true
	}
	for j := max(1, i-3); j < i; j++ {
		if clauseMarkers[ws[j].lower] {
			return true
		}
	}
	// a subordinating conjunction further back opens a clause that runs
	// to the next comma: "What rating had the storm been given *when* the
	// Peace Corps *moved* its volunteers"
	for j := i - 1; j >= 1 && !ws[j].stop; j-- {
		if subordinators[ws[j].lower] {
			return true
		}
	}
	return false
}

// subordinators open an adverbial clause.
var subordinators = setOf("when after before because while whereas although though once until unless since")

// openingClause reports whether ws[i] is in a clause that opens the
// question before its comma ("*Once* the laboratory was installed, what
// ..."; "*After* the quake struck, how many ..."): the question's verb
// comes after it.
func openingClause(ws []qword, i int) bool {
	if len(ws) == 0 || !openers[ws[0].lower] {
		return false
	}
	for j := 0; j < i; j++ {
		if ws[j].stop {
			return false // the clause ended before ws[i]
		}
	}
	for _, w := range ws[i:] {
		if w.stop {
			return true
		}
	}
	return false
}

var openers = setOf("once after before since while although though if")

var clauseMarkers = setOf("who which that if when after before because while whose")

// irregularPast are past forms of frequent verbs of news questions.
var irregularPast = setOf(`won lost sent rose fell sank paid bought sold began hit took held left met struck fled led
gave built shot found spent stole ran beat chose caught drew fought flew grew hid kept knew told threw wrote broke
brought came went got shut cut quit`)

// topicNouns after a name say "the business of" or "the place of" the
// name, not a thing of its own: "the Halvern *case*" is what the
// articles on Halvern report (charges, a trial, a verdict), "the Rocky
// Mountain *region*" the Rocky Mountain states; a family noun after a
// surname says the people of that name ("the Nicholas *brothers*", whom
// a report names "Fayard and Harold Nicholas"). An article need not write
// them, as it need not write a modifier.
var topicNouns = setOf("case cases affair matter saga region area brothers sisters siblings twins family")

// frameNouns say what kind of fact is asked for, not what happened.
var frameNouns = setOf("name names kind type sort role reason cause number amount figure size go goes going went gone came take takes make makes give gives belong belongs see sees seeing saw seen scheduled expected planned slated due receive receives received")

// modifiers qualify what is asked ("the *first* rate cut", "*last* reach
// the final") without naming the event: a sentence need not repeat them.
var modifiers = setOf(`last first previous next other most least soon still again also only eventually
former around badly currently recently ever yet already far long high compared worst best top senior`)

// reader reads a question word by word into a question.
type reader struct {
	qs        *question
	ws        []qword
	texts     []string
	titleCase bool
	index     map[string]int // term key -> index in qs.terms
	cur       *qname         // the name being read
	// phrase is the name whose noun phrase may go on (an index of
	// qs.names), -1 for none, -2 when the next name follows a determiner.
	phrase, nouns int
}

// word reads the i-th word: its numbers, then the word as part of a name,
// inside a name, or as an ordinary word that may continue a name's noun
// phrase.
func (r *reader) word(i int, w qword) {
	if r.cur == nil && i > 0 && determiners[r.ws[i-1].lower] {
		r.phrase = -2 // a name after "the" may head a noun phrase: "the Kessar floods"
	}
	r.numbers(i, w)
	switch {
	case isName(w, r.titleCase, r.texts):
		if parts := namePair(w, r.texts); parts != nil {
			// "the US-Japan security treaty": two names, each written on
			// its own ("between the United States and Japan")
			r.nameWord(i, parts[0])
			r.endName()
			r.phrase = -1
			r.nameWord(i, parts[1])
			break
		}
		r.nameWord(i, w)
	case r.cur != nil && joinsName(r.ws, i, r.titleCase, r.texts):
		r.cur.text += " " + w.text
	default:
		r.endName()
		r.nounAfterName(i, w)
		r.qs.addWords(w.text, r.add)
	}
	if w.possessive && r.cur != nil {
		r.cur.possessive = true
		r.endName()
	}
	if w.stop {
		r.endName()
		r.phrase = -1
	}
}

// add adds a term, or returns the index of the same term added before
// (which becomes a name or number if t is one).
func (r *reader) add(t qterm) int {
	if i, ok := r.index[t.key]; ok {
		if t.kind == kindName || t.kind == kindNumber {
			r.qs.terms[i].kind = t.kind
		}
		return i
	}
	r.index[t.key] = len(r.qs.terms)
	r.qs.terms = append(r.qs.terms, t)
	return len(r.qs.terms) - 1
}

// numbers adds the numbers of a word. A number is required like a name:
// "in 2023" is not answered by an article that never mentions 2023.
func (r *reader) numbers(at int, w qword) {
	ws := words(w.text)
	if len(ws) == 1 && at+1 < len(r.ws) && !w.stop && scales[r.ws[at+1].lower] > 0 {
		// "$25 million" is one value, as numberKeys reads it in the
		// articles ("#25000000"), not 25 and the word "million"
		ws = append(ws, r.ws[at+1].lower)
	}
	if len(ws) == 1 && ordinalQuarter[ws[0]] > 0 && at+1 < len(r.ws) && !w.stop && strings.HasPrefix(r.ws[at+1].lower, "quarter") {
		ws = append(ws, "quarter") // "the third quarter": one quarter, as numberKeys reads it
	}
	if itemsAsked(r.ws, at) {
		return // "Which *two* industries": how many items the answer lists, not a fact an article writes
	}
	keys := numberKeys(ws)
	for _, k := range keys {
		if !r.qs.numbers[k] && !isFraction(k) {
			r.qs.numbers[k] = true
			i := r.add(qterm{key: k, kind: kindNumber})
			if len(keys) == 1 {
				r.qs.terms[i].prec = writtenPrecision(ws, at+1 < len(r.ws) && strings.HasPrefix(r.ws[at+1].lower, "percent"))
			}
			if spanNumber(r.ws, at) || comparisonBase(r.ws, at) {
				continue // weighed, not required
			}
			text := w.text
			if len(ws) == 2 && isQuarterKey(k) {
				text += " quarter" // "none of them mentions third quarter"
			}
			r.qs.names = append(r.qs.names, qname{text: text, tail: text, terms: []int{i}, alts: pointsAlts(k, r.ws, at)})
		}
	}
}

// itemsAsked reports whether the number ws[i] says how many things the
// answer names: "Which two federal laws", "What three countries": a count
// word or a small number right after "which" or "what", before a noun.
// The article names the two laws; it need not write "two".
func itemsAsked(ws []qword, i int) bool {
	if i == 0 || i+1 >= len(ws) || ws[i].stop || ws[i-1].lower != "which" && ws[i-1].lower != "what" {
		return false
	}
	n := numberWords[ws[i].lower]
	if n == 0 {
		if v, err := strconv.Atoi(ws[i].lower); err == nil {
			n = float64(v)
		}
	}
	return n >= 2 && n <= 10 && nounLike(ws[i+1])
}

// spanNumber reports whether the number ws[i] counts a span of time that
// places the asked event rather than being a fact of it: "three months
// *after* the tsunami", "two days after the quake", "*over* four
// decades". Reports date such events instead ("on March 28"), so the
// number is not required of an article, as a name is; it still weighs.
func spanNumber(ws []qword, i int) bool {
	if i+1 >= len(ws) || ws[i].stop || !spanUnits[ws[i+1].lower] {
		return false
	}
	if i+2 < len(ws) && spanAfter[ws[i+2].lower] {
		return true
	}
	return i > 0 && spanBefore[ws[i-1].lower]
}

var (
	spanUnits  = setOf("hour hours day days week weeks month months year years decade decades")
	spanAfter  = setOf("after before later earlier ago since")
	spanBefore = setOf("over across within past")
)

// nameWord adds a word of a name.
func (r *reader) nameWord(i int, w qword) {
	if r.cur == nil {
		r.cur = &qname{start: i}
	}
	r.cur.text = strings.TrimSpace(r.cur.text + " " + w.text)
	for _, t := range nameTerms(w) {
		r.cur.terms = append(r.cur.terms, r.add(t))
	}
}

// endName ends the name being read. Words after it describe it only in
// "the Kessar floods" or "Russia's aircraft carrier"; in "NATO respond" a
// verb follows.
func (r *reader) endName() {
	n := r.cur
	r.cur = nil
	if n == nil || len(n.terms) == 0 {
		return
	}
	n.tail = n.text
	r.qs.names = append(r.qs.names, *n)
	if r.phrase == -2 || n.possessive {
		r.phrase, r.nouns = len(r.qs.names)-1, 0
		r.qs.names[r.phrase].aux = auxBefore(r.ws, n.start)
		r.qs.names[r.phrase].auxEarlier = subjectOfAux(r.ws, n.start)
	} else {
		r.phrase = -1
	}
}

// nounAfterName records an ordinary word that continues the noun phrase of
// the name before it (at most three).
func (r *reader) nounAfterName(i int, w qword) {
	if r.phrase < 0 || r.nouns >= 3 || !nounLike(w) || adverbLy(w.lower) || participleClause(r.ws, i) || clausePrepositions[w.lower] || verbAfterNoun(w.lower) || predicateWord(r.ws, i) || phraseEnds[w.lower] {
		r.phrase = -1
		return
	}
	n := &r.qs.names[r.phrase]
	n.nounWords = append(n.nounWords, w.text)
	n.lastNoun = i
	r.nouns++
	if w.possessive {
		// "the New Horizons mission team's *name*", "the Nicholas
		// brothers' home movies": a possession, as "Russia's carrier"
		n.possessive = true
	}
}

// valueWord reports whether words[i] is a number or the scale of the
// number before it ("$104.7 *million*"): the reader requires numbers as
// values (numbers), which the articles write in their own forms
// ("$104,700,000"), not as nouns of a name's phrase.
func valueWord(words []string, i int) bool {
	digit := func(w string) bool {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "$€£¥"))
		return unicode.IsDigit(r)
	}
	return digit(words[i]) || i > 0 && scales[strings.ToLower(words[i])] > 0 && digit(words[i-1])
}

// adverbLy reports whether a word is an adverb in -ly, which ends a
// name's noun phrase: "the Secret Service *originally* set up", "the
// Peruvian fake hundreds *mostly* spent" (the words after it are the
// question's predicate, not nouns of the name). Nouns and adjectives in
// -ly that do modify a noun ("the Kim family home", "the BLS monthly
// report") are not.
func adverbLy(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ly") && !lyNouns[w]
}

// lyNouns are words in -ly that are nouns or noun modifiers.
var lyNouns = setOf(`family assembly supply rally ally anomaly monopoly reply jelly belly bully lily butterfly homily
daily weekly monthly quarterly yearly hourly nightly early only italy july holy ugly friendly elderly
lonely lovely costly deadly likely orderly oily curly silly woolly hilly chilly`)

// predicateWord reports whether ws[i], after a name's noun phrase, is
// the question's predicate rather than a noun of the phrase: a word
// followed by "to" ("the Embraer fuel system *meant* to do", "the David
// D. Terry lock *due* to begin"), a word followed by a pronoun, its
// object or its object's owner ("the Mummy Mountain hiker *lose* his
// way"), or a present verb that is rarely a noun ("the Polar Star
// *needs* help", "the Union flag *appears* on").
func predicateWord(ws []qword, i int) bool {
	if presentVerbs[ws[i].lower] {
		return true
	}
	if i+1 >= len(ws) || ws[i].stop {
		return false
	}
	next := ws[i+1].lower
	return next == "to" || objectPronouns[next]
}

// objectPronouns follow a verb, never a noun of a name's phrase.
var objectPronouns = setOf("his her its their him them me us my our your")

// presentVerbs are verbs in -s that are rarely nouns after a name.
var presentVerbs = setOf(`appears seems needs wants expects intends belongs consists contains includes requires involves
allows becomes happens occurs depends lies`)

// clausePrepositions end a noun phrase: "The Laramie Project *despite*
// threats" is the play, not a play of threats. (Most prepositions are
// stop words and end it already.)
var clausePrepositions = setOf(`despite amid amidst following regarding concerning versus via behind beyond
near within without against toward towards after before during since until under over through throughout
inside outside across along around among`)

// verbAfterNoun reports whether a word after a name's noun phrase is a
// verb, which ends the phrase: a past form that is not also a frequent
// noun ("the Congaree hiker *went* missing", "the Mauna Loa tremor
// *produced*"; "the rate *cut*" stays a noun), or a light verb ("the
// attack on East Timor's president *take* place").
func verbAfterNoun(w string) bool {
	return (pastForm(w) || participles[w] || len(w) == 4 && strings.HasSuffix(w, "ied")) && !nounVerbs[w] || lightVerbs[w] || // "tied", "died"
		numberWords[w] > 0 // "the Washington File *two* days after the quake": a count opens a phrase of its own
}

// participles are past participles the -ed rule of pastForm misses ("the
// drug approved by the FDA *given* to patients").
var participles = setOf("given taken shown known seen driven written chosen stolen spoken broken beaten hidden thrown flown drawn grown fallen ridden sworn torn done gone meant")

// lightVerbs are verbs that are rarely nouns after a name.
var lightVerbs = setOf("take takes make makes give gives go goes come comes get gets")

// phraseEnds are adverbs that end a name's noun phrase: they complete the
// question's verb ("sending the Mexican murder suspect *back*", "keep the
// Iron Mountain veterans hospital *open*", "the Missouri Guard call-ups
// *ahead* of the storms"), never a noun of the name's phrase.
var phraseEnds = setOf("back ahead away apart aside together again open shut")

// phrasalUps are the particles of phrasal verbs after a form in -ing ("the
// Peruvian fake notes *turning up*"): the form is the question's verb.
var phrasalUps = setOf("up down out off over")

// namePair splits a name written as two names joined by a hyphen ("the
// US-Japan security treaty", "the Israel-Hamas ceasefire") into the two,
// when the articles never write the joined form but write one of its
// parts: a report writes "the United States and Japan", and each part is
// then a name of its own, found through its own aliases. A hyphenated
// name the articles write as such ("Rolls-Royce"), or of which they write
// no part (an absent "Jean-Jacques Dordain"), stays one name.
func namePair(w qword, texts []string) []qword {
	a, b, ok := strings.Cut(w.text, "-")
	if !ok || strings.Contains(b, "-") || len(a) < 2 || len(b) < 2 {
		return nil
	}
	ra, _ := utf8.DecodeRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	if !unicode.IsUpper(ra) || !unicode.IsUpper(rb) {
		return nil
	}
	whole, part := false, false
	for _, t := range texts {
		whole = whole || strings.Contains(strings.ToLower(t), strings.ToLower(w.text))
		part = part || capitalisedInside(t, a) || capitalisedInside(t, b)
	}
	if whole || !part {
		return nil
	}
	return []qword{{text: a, lower: strings.ToLower(a), start: w.start}, {text: b, lower: strings.ToLower(b), possessive: w.possessive, stop: w.stop}}
}

// participleClause reports whether ws[i] opens a participle clause after
// a noun ("the Atlantis mission *carrying* the Columbus laboratory", "the
// rocket *launched* from Kourou"): a form in -ing or the past followed by
// a determiner or a preposition, which ends the noun phrase.
func participleClause(ws []qword, i int) bool {
	w := ws[i].lower
	if i+1 >= len(ws) || ws[i].stop || !(len(w) > 5 && strings.HasSuffix(w, "ing") || pastForm(w)) {
		return false
	}
	next := ws[i+1].lower
	return determiners[next] || placeMarkers[next] || next == "by" || next == "with" || next == "no" || phraseEnds[next] || phrasalUps[next] ||
		len(next) > 5 && strings.HasSuffix(next, "ing") // "the Bush administration *discussing* providing"
}

// setNouns fills the nouns and tail of a name from the words that follow
// it, each word's terms apart. After an auxiliary ("How many jobs will the
// Ostrava battery plant create?", "When did the WFP last distribute food?")
// the words may be the question's verb and adverbs: none are required.
// After a copula ("How long is the Valmere dock strike meant to last?")
// only the last may be a verb: it may be missing. Either way not when a
// verb follows the words ("What did Russia's aircraft carrier do?").
func (n *qname) setNouns(ws []qword) {
	verbAfter := n.lastNoun+1 < len(ws) && verbStop[ws[n.lastNoun+1].lower]
	words := n.nounWords
	switch {
	case verbAfter:
	case n.aux == "" && n.auxEarlier:
		// "Why does Syria's envoy to the UN *oppose* ...": the name ends
		// the subject of an auxiliary further back; its last word may be
		// the question's verb
		n.optionalLast = len(words) > 0
	case n.aux == "":
	case copulas[n.aux]:
		n.optionalLast = len(words) > 0
	default:
		words = nil
	}
	if len(words) > 0 && askedHeads[strings.ToLower(words[len(words)-1])] {
		// "Who is TSA's top security *official*?", "the U.N. human rights
		// *chief*", "the US jobs *count*": the head names the asked
		// person or value, which a report may write otherwise (the
		// Federal Security Director, the High Commissioner, "rose by
		// 252,000"); the words before it still say what it is of
		n.optionalLast = true
	}
	n.nouns, n.tail = nil, n.text
	for i, w := range words {
		n.tail += " " + w
		if modifiers[strings.ToLower(w)] || topicNouns[strings.ToLower(w)] || valueWord(words, i) {
			continue // "the Norwegians' first death sentences": "first" qualifies, the article may say "original"
		}
		n.nouns = append(n.nouns, unitTerms(w))
	}
	if len(n.nouns) > 0 && n.start > 0 && ws[n.start-1].lower == "the" {
		n.tail = "the " + n.tail // "none of them mentions the Kessar floods"
	}
}

// auxBefore returns the auxiliary verb that comes just before ws[i], as
// the subject's ("will the Ostrava ...", "did Russia's ..."), or "".
func auxBefore(ws []qword, i int) string {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if yesNoQuestion(ws[j].lower) {
			return ws[j].lower
		}
	}
	return ""
}

// subjectOfAux reports whether ws[i] stands in the subject of a did/does/
// will question whose auxiliary comes further back ("Why *does* Syria's
// envoy to the UN oppose ..."): an auxiliary before it in the first
// question, and no past form between them (which would be the verb).
func subjectOfAux(ws []qword, i int) bool {
	for j := i - 1; j >= 0; j-- {
		w := ws[j].lower
		if doAux[w] {
			return true
		}
		if pastForm(w) || w == "?" {
			return false
		}
	}
	return false
}

// askedHeads are heads of a name's noun phrase that name the asked
// person (a role) or value (an attribute) rather than the event: an
// article need not write them.
var askedHeads = setOf(`official officials chief captain commander director head leader spokesman spokeswoman
spokesperson chairman chairwoman boss manager officer count tally total rate figure`)

// copulas are auxiliaries after which no other verb need come ("How big
// is the EU's 2025 mackerel quota?"), though one may ("meant to last").
var copulas = setOf("is are was were isn wasn")

// verbStop are stop words that are the question's verb ("What did Russia's
// aircraft carrier do?"): the words before them are all nouns.
var verbStop = setOf("do does did say says said tell have has had be is are was were get got make made")

// addWords adds the content words of an ordinary word of the question.
func (qs *question) addWords(text string, add func(qterm) int) {
	for _, s := range wordTerms(text) {
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

// wordTerms is terms, keeping "won": a stop word ("won't"), but "Who
// won?" asks for a winner.
func wordTerms(text string) []string {
	if strings.EqualFold(text, "won") {
		return []string{retrieval.Stem("won")}
	}
	return terms(text)
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
		if isStop(x) || isNumber(x) || len([]rune(x)) < 2 {
			continue // "L'Aquila" is matched by "aquila", "George Tupou V" by its words (as termsOf reads texts)
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
		if w.start || !unicode.IsLetter(r) || isAcronymText(w.text) {
			continue // the first word is capitalised in any question
		}
		all++
		if unicode.IsUpper(r) {
			caps++
		}
	}
	return caps >= 4 && caps*10 >= all*7
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

package answer

import (
	"slices"
	"strings"
	"unicode"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/retrieval"
)

// Near misses: a question about an event right next to one a stored
// article reports (an outcome the article could not know yet, a later
// step, a detail it leaves out) shares the article's names and most of its
// words, so coverage alone answers it with the neighbouring sentence.
// nearMiss holds the checks that tell such a sentence from one that
// states what is asked. Each reads grammar and answer types, not
// examples, and each only refuses a sentence that lacks something the
// question itself requires:
//
//   - bound: a number the question writes in digits to pick one event
//     ("How many people died in the *1962* earthquake?") is in the
//     sentence's evidence unit (the sentence, its neighbours, its
//     headline), not only somewhere in the article;
//   - the asked quantity's kind: "how many *people*" is not answered by
//     "1,000 pounds" or "14 hours" alone, "how many *days*" not by "33
//     miners", "how much did it *cost*" not by "six instruments";
//   - the asked verb: in a question asked with "did", "does", "will" or
//     "would", the verb right after its named subject ("How many jobs did
//     Arden Motors *cut*", "When did Selene II *land*") is written in the
//     sentence as the event: not as its doer's noun ("the lunar lander")
//     and, asked what happened, not only as a plan ("is designed to
//     land"); so is the verb after "who" and an auxiliary ("Who will
//     *lead* ...") and a did/will question's last word after one noun
//     phrase ("When did the Port of Valmere strike *end*?");
//   - the asked speaker: "What did *X* say/tell/announce ..." is answered
//     by X's words only (the claim's speaker or intermediary), not by
//     another speaker's sentence that mentions X;
//   - the asked thing: "how much *profit*" needs the noun in the
//     sentence ("how much money", "how much extra" need none), and "What
//     is the *unemployment* rate" each word of a compound attribute (the
//     interest rate is another one);
//   - another thing of the asked kind: when the question's name modifies
//     a noun ("Is *the Harbour Road tunnel* still closed?", "the Delta
//     plant", "Smith's company"), a sentence that writes the noun with
//     another name beside it ("The *Mill Lane tunnel* reopened") and
//     does not name the question's (nor an alias of it) is about the
//     other one.
//
// They are hooked in at one place, the candidate's predicate flag
// (scoring.score), so a sentence they reject neither supports an answer
// nor is quoted.

// nearMissInfo is what the near-miss checks need from the question,
// computed once per scoring.
type nearMissInfo struct {
	verbs []int // indexes of asked verbs (askedVerbs)
	bound []int // indexes of numbers that pick the event (boundNumbers)
	// need: the kind of quantity a "how many"/"how much" question asks
	// for: "" (any), "count", "money", or a unit family ("time", ...).
	need string
	// speaker: the name whose words the question asks for ("What did
	// *Bashar al-Assad* say"), or -1.
	speaker int
	// muchNoun: the term of the noun asked about by "how much N"
	// ("how much *profit*"), or -1.
	muchNoun int
	attrs    []int      // the words of the attribute asked for (attributePhrase)
	named    int        // the term of N in "the name of the N" (namedNoun), or -1
	kinds    []kindHead // names that modify a noun (kindHeads)
	// periods: the fiscal years and quarters the question asks about
	// (askedPeriods), each kind by its keys.
	periods periodSet
}

// kindHead is a name of the question that modifies a noun, its head:
// "the Harbour Road *tunnel*", "Smith's *company*".
type kindHead struct {
	name int // index in question.names
	head int // the term of the noun
}

// nearMiss reports whether a candidate sentence, with its evidence unit
// u, is next to what the question asks rather than stating it.
func (sc *scoring) nearMiss(c *candidate, u unit) bool {
	return sc.nearMissChecks(c, u, false) != 0
}

// The near-miss checks, one bit each in nearMissChecks' result: the
// support gate (gatemodel.go) reads each as a feature of its own.
const (
	nmNamed   = 1 << iota // "the name of the N": no name beside N
	nmSpeaker             // "What did X say": not X's words
	nmAttr                // a word of the asked attribute missing
	nmMuch                // "how much N": N missing from the sentence
	nmBound               // a number picking the event missing from the unit
	nmVerb                // the asked verb not stated as the event
	nmNeed                // the asked quantity's kind missing
	nmOther               // the asked noun with another name beside it, the question's name absent
	nmChecks  = iota      // how many checks there are
)

// nmInfo returns what the near-miss checks read from the question,
// computed on first use.
func (sc *scoring) nmInfo() *nearMissInfo {
	if sc.nm == nil {
		sc.nm = &nearMissInfo{verbs: sc.qs.askedVerbs(), need: sc.qs.quantityNeed(), bound: sc.qs.boundNumbers(),
			speaker: sc.qs.askedSpeaker(), muchNoun: sc.qs.muchNoun(), attrs: sc.qs.attributePhrase(), named: sc.qs.namedNoun(),
			kinds: sc.qs.kindHeads(), periods: sc.qs.askedPeriods()}
	}
	return sc.nm
}

// nearMissChecks returns the near-miss checks the candidate fails: the
// first one found, or every one when all is set.
func (sc *scoring) nearMissChecks(c *candidate, u unit, all bool) int {
	sc.nmInfo()
	failed := 0
	fail := func(bit int) bool {
		failed |= bit
		return !all
	}
	if sc.nm.named >= 0 && u.own.has(sc.nm.named) && !sc.nameBeside(c.sent.Text, sc.nm.named) && fail(nmNamed) {
		return failed
	}
	if sc.nm.speaker >= 0 && !sc.spokenByName(c, &sc.qs.names[sc.nm.speaker]) && fail(nmSpeaker) {
		return failed
	}
	for _, i := range sc.nm.attrs {
		if !(u.own | u.context).has(i) && fail(nmAttr) {
			return failed
		}
	}
	if sc.nm.muchNoun >= 0 && !u.own.has(sc.nm.muchNoun) && fail(nmMuch) {
		return failed
	}
	if (!sc.boundToUnit(u) || sc.nm.periods.other(c.sent.Text)) && fail(nmBound) {
		return failed
	}
	for _, i := range sc.nm.verbs {
		if !u.head.has(i) && !(u.own.has(i) && sc.statesVerb(c.sent.Text, i)) && fail(nmVerb) {
			return failed
		}
	}
	if sc.nm.need != "" && !quantityOfKind(c.sent.Text, sc.nm.need, sc.qs.numbers) && fail(nmNeed) {
		return failed
	}
	if len(sc.nm.kinds) > 0 && sc.otherOfKind(c.sent.Text) && fail(nmOther) {
		return failed
	}
	return failed
}

// nearMissCheck names the first near-miss check the candidate fails (""
// when none does), for the cause report (causes.go).
func (sc *scoring) nearMissCheck(c *candidate, u unit) string {
	switch bits := sc.nearMissChecks(c, u, false); {
	case bits&nmNamed != 0:
		return "near-miss: named noun"
	case bits&nmSpeaker != 0:
		return "near-miss: speaker"
	case bits&nmAttr != 0:
		return "near-miss: attribute"
	case bits&nmMuch != 0:
		return "near-miss: much noun"
	case bits&nmBound != 0:
		return "near-miss: bound number"
	case bits&nmVerb != 0:
		return "near-miss: asked verb"
	case bits&nmNeed != 0:
		return "near-miss: quantity kind"
	case bits&nmOther != 0:
		return "near-miss: another of the kind"
	}
	return ""
}

// boundToUnit reports whether every number the question writes in digits
// ("the *1962* earthquake", "the *2005* election") is in the unit: the
// sentence, its neighbours or its headline. Such a number picks one event
// among those of its kind; a number in a name ("Selene 2") is matched with
// the name, and one in words ("the two Norwegians") describes its noun
// rather than picking an event.
func (sc *scoring) boundToUnit(u unit) bool {
	in := u.own | u.context | u.title
	for _, i := range sc.nm.bound {
		if !in.has(i) {
			return false
		}
	}
	return true
}

// boundNumbers returns the indexes of the question's number terms written
// in digits outside its names.
func (qs *question) boundNumbers() []int {
	inName := map[int]bool{}
	for _, n := range qs.names {
		if !slices.ContainsFunc(n.terms, func(i int) bool { return qs.terms[i].kind != kindNumber }) {
			continue // a number on its own ("the 1962 earthquake") is read as a name
		}
		for _, i := range n.terms {
			inName[i] = true
		}
	}
	keys := map[string]bool{}
	for j, w := range qs.ws {
		if j > 0 && capitalised(qs.ws[j-1].text) && !qs.ws[j-1].start {
			continue // "Selene 2", "Apollo 11": the number ends a name
		}
		if w.text != "" && w.text[0] >= '0' && w.text[0] <= '9' {
			for _, k := range numberKeys(words(w.text)) {
				keys[k] = true
			}
		}
	}
	var out []int
	for i, t := range qs.terms {
		if i < 64 && t.kind == kindNumber && keys[t.key] && !inName[i] {
			out = append(out, i)
		}
	}
	return out
}

// askedVerbs returns the indexes of the question's terms that are its
// verb in a question asked with "did", "does", "do", "will" or "would"
// and not already marked as its verb (markPredicates): a verb of news
// events right after the question's named subject ("did Arden Motors
// *cut*", "did Selene II *land*"), which markPredicates leaves out when
// the word is also a frequent noun, and a verb of findings ("What did the
// inquest *find*", "What did the court *rule*").
func (qs *question) askedVerbs() []int {
	ws := qs.ws
	aux := -1
	for i, w := range ws {
		if doAux[w.lower] {
			aux = i
			break
		}
		if w.stop {
			return nil
		}
	}
	var out []int
	add := func(w qword) {
		for _, k := range wordTerms(w.text) {
			for i, t := range qs.terms {
				if i < 64 && t.kind == kindWord && t.key == k && !t.verb && !slices.Contains(out, i) {
					out = append(out, i)
				}
			}
		}
	}
	if len(ws) > 3 && ws[0].lower == "who" && whoAux[ws[1].lower] && ws[2].text == ws[2].lower && !isStop(ws[2].lower) {
		add(ws[2]) // "Who will *lead* the inquiry?": the verb after the auxiliary
	}
	if aux < 0 {
		return out
	}
	if n := len(ws); n > aux+2 && !slices.ContainsFunc(ws[aux+2:n-1], func(w qword) bool { return determiners[w.lower] || w.stop || isStop(w.lower) && w.lower != "of" }) {
		// one noun phrase, then the verb and at most its object, to the
		// end: "When did the Port of Valmere strike *end*?", "When did
		// Arden Motors' Ostrava battery plant *start* production?"; the
		// words before it are its subject ("strike")
		for j := n - 1; j > aux+1 && j >= n-2; j-- {
			if j+1 < n && particles[ws[j+1].lower] {
				break // a phrasal verb ("strike down"): paraphrased in reports
			}
			if (baseVerbs[ws[j].lower] || nounVerbs[ws[j].lower]) && !determiners[ws[j-1].lower] {
				add(ws[j])
				return out
			}
		}
	}
	for j := aux + 2; j < len(ws); j++ {
		w, prev := ws[j], ws[j-1]
		if prev.stop {
			break
		}
		subjectEnds := prev.possessive || (prev.text != prev.lower && !prev.start) || strings.HasSuffix(prev.text, "'")
		phrasal := j+1 < len(ws) && particles[ws[j+1].lower]
		if !(baseVerbs[w.lower] || nounVerbs[w.lower]) || !subjectEnds || phrasal {
			continue
		}
		add(w)
		break
	}
	return out
}

// whoAux may stand between "who" and the question's verb.
var whoAux = setOf("will would could did does has have had should might may")

// particles after a verb make a phrasal verb ("strike down", "set off"),
// which reports paraphrase ("overturned").
var particles = setOf("down up off out back over away")

// quantityNeed returns the kind of quantity the question asks for: after
// "how many", the unit family of its noun ("how many *days*": time) or a
// count ("how many *people*"); "money" for "how much" with a word of
// money ("cost", "pay", "profit"); "" when it cannot tell or the question
// asks for no quantity.
func (qs *question) quantityNeed() string {
	if qs.want != wantQuantity || qs.duration {
		return ""
	}
	ws := qs.ws
	for i := 0; i+1 < len(ws); i++ {
		if (ws[i].lower == "what" || ws[i].lower == "which") && measureNouns[ws[i+1].lower] != "" {
			return measureNouns[ws[i+1].lower] // "At what depth did the earthquake occur?"
		}
		if ws[i].lower != "how" {
			continue
		}
		switch ws[i+1].lower {
		case "many":
			if i+2 < len(ws) && !isStop(ws[i+2].lower) {
				if f := unitFamily(ws[i+2].lower); f != "" {
					return f
				}
				if i+3 < len(ws) && !ws[i+2].stop {
					if f := unitFamily(ws[i+3].lower); f != "" {
						return f // "how many square kilometres"
					}
				}
				return "count"
			}
		case "much":
			for _, w := range ws[i+2:] {
				if moneyWords[w.lower] {
					return "money"
				}
			}
		default:
			return measureAdjectives[ws[i+1].lower] // "how deep": a length
		}
		return ""
	}
	return ""
}

// measureAdjectives after "how" ask for a quantity of one unit family:
// "How deep was the earthquake?" is answered by "10 km", not by "magnitude
// 6.4". "How high" and "how far" are left out: prices and shares rise high
// and fall far, in percent.
var measureAdjectives = map[string]string{"deep": "length", "tall": "length", "wide": "length",
	"heavy": "mass", "hot": "temperature", "cold": "temperature", "warm": "temperature"}

// measureNouns after "what" ask for a quantity of one unit family.
var measureNouns = map[string]string{"depth": "length", "height": "length", "width": "length", "distance": "length",
	"weight": "mass", "temperature": "temperature"}

// moneyWords in a "how much" question ask for an amount of money.
var moneyWords = setOf(`cost costs costing money pay paid spend spent profit profits revenue revenues compensation
funding fund worth price fine fined raise raised earn earned owe owed budget salary damages`)

// unitFamilies group units of measure: a quantity in one answers a
// question about its family only.
var unitFamilies = func() map[string]string {
	m := map[string]string{}
	add := func(fam, ws string) {
		for _, w := range strings.Fields(ws) {
			m[w] = fam
		}
	}
	add("money", "dollar dollars pound pounds euro euros yen yuan rupee rupees franc francs cent cents pence rouble roubles ruble rubles won peso pesos $ £ € usd eur gbp")
	add("time", "second seconds minute minutes hour hours day days week weeks month months year years decade decades century centuries")
	add("length", "metre metres meter meters kilometre kilometres kilometer kilometers km mile miles foot feet inch inches centimetres centimeters cm mm")
	add("area", "hectare hectares acre acres square sq")
	add("mass", "tonne tonnes ton tons kilogram kilograms kg pound-weight")
	add("percent", "percent % per-cent")
	add("temperature", "degree degrees")
	return m
}()

// unitFamily returns the unit family of a word, or "".
func unitFamily(w string) string { return unitFamilies[strings.ToLower(w)] }

// monthAbbrev are months as news abbreviates them before a day.
var monthAbbrev = setOf("jan feb mar apr jun jul aug sep sept oct nov dec")

// fractions are shares of a quantity ("a quarter of ..."), not one.
var fractions = setOf("half quarter quarters third thirds fifth fifths tenth")

// scaleWords may stand between a number and its unit ("4 million euros").
var scaleWords = setOf("million millions billion billions thousand thousands hundred hundreds trillion m bn mn k")

// quantityOfKind reports whether text holds a quantity of the kind need
// ("count", "money", a unit family) that the question does not already
// hold (own, its number keys); true when text holds no quantity it can
// read, so that a figure written otherwise ("a quarter", "dozens") is
// left to the other checks.
func quantityOfKind(text, need string, own map[string]bool) bool {
	fs := strings.Fields(text)
	seen := false
	for k, raw := range fs {
		tok := strings.Trim(raw, "\"'“”‘’(),;:!?")
		core := strings.TrimRight(strings.TrimLeft(tok, "$£€~"), "%.")
		ws := words(core)
		if len(ws) == 0 || timeExpr.MatchString(tok) {
			continue
		}
		if k > 0 && monthAbbrev[strings.ToLower(strings.TrimRight(fs[k-1], "."))] {
			continue // "Sept. 1": a date
		}
		keys := numberKeys(ws[:1])
		if scaleWords[ws[0]] && len(keys) == 0 {
			keys = []string{ws[0]} // "one billion dollars": "one" is read as no number
		}
		if len(keys) == 0 || own[keys[0]] || fractions[ws[0]] || k+1 < len(fs) && strings.ToLower(fs[k+1]) == "of" {
			continue // "a quarter of the money", "two of the miners": a share, not the quantity
		}
		seen = true
		fam := ""
		switch {
		case strings.ContainsAny(tok, "$£€"):
			fam = "money"
		case strings.HasSuffix(tok, "%"):
			fam = "percent"
		case len(ws) > 1:
			fam = unitFamily(ws[1]) // "10km", "5-year"
		}
		for j := k + 1; fam == "" && j < len(fs) && j <= k+3; j++ {
			w := strings.ToLower(strings.Trim(fs[j], "\"'“”‘’(),.;:!?"))
			if scaleWords[w] {
				continue
			}
			if w == "per" && j+1 < len(fs) && strings.HasPrefix(strings.ToLower(fs[j+1]), "cent") {
				fam = "percent"
				break
			}
			if f := unitFamily(strings.SplitN(w, "-", 2)[0]); f != "" {
				fam = f
			} else if f := unitFamily(retrieval.Stem(w)); f != "" {
				fam = f
			}
			break
		}
		switch {
		case need == "count" && fam == "":
			return true
		case need == fam:
			return true
		}
	}
	return !seen
}

// statesVerb reports whether the sentence writes the question's i-th
// term, an asked verb, as the event: not as the noun of its doer ("the
// lunar *lander*" for "land") and, in a question about what happened,
// not only as a plan or a possibility ("is designed *to land*", "would
// build", "could reach"). "agreed to cut" and "began to fall" are done.
func (sc *scoring) statesVerb(text string, i int) bool {
	fs := strings.Fields(text)
	lower := make([]string, len(fs))
	for k, f := range fs {
		lower[k] = strings.ToLower(strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
	}
	set := map[string]bool{}
	t := sc.qs.terms[i]
	for k, w := range lower {
		if w == "" {
			continue
		}
		clear(set)
		for _, x := range unitTerms(w) {
			set[x] = true
		}
		if !sc.m.term(i, t, set) || agentNoun(w, t.key) || sc.qs.past && planMarked(lower, k) {
			continue
		}
		return true
	}
	return false
}

// agentNoun reports whether w is the noun of a verb's doer ("lander",
// "strikers") rather than a form of the verb whose stem is key.
func agentNoun(w, key string) bool {
	for _, suf := range []string{"er", "ers", "or", "ors"} {
		if strings.HasSuffix(w, suf) && !strings.HasSuffix(key, suf) && strings.HasPrefix(w, key) {
			return true
		}
	}
	return false
}

// planMarked reports whether the k-th word of ws follows a marker of a
// plan or a possibility, with at most one adverb between ("will
// eventually make", "would not appeal"): "to" counts unless a verb of a
// decision or a start precedes it ("agreed to cut", "began to fall").
func planMarked(ws []string, k int) bool {
	j := k - 1
	if j >= 0 && (planAdverbs[ws[j]] || strings.HasSuffix(ws[j], "ly")) {
		j--
	}
	if j < 0 {
		return false
	}
	if ws[j] == "to" {
		return j == 0 || !doneBefore[ws[j-1]]
	}
	return planModals[ws[j]]
}

var (
	planModals  = setOf("will would could may might should can cannot shall")
	planAdverbs = setOf("not never also still eventually then soon later be")
	doneBefore  = setOf(`agreed agree agrees voted vote votes decided decide decides began begun begin begins started start
starts continued continue continues managed helped moved went used forced`)
)

// askedSpeaker returns the index of the name whose words an open question
// asks for ("What did *Swimming Australia* say about ...", "What has
// *the Kremlin* told ..."), or -1: a name right after the auxiliary and
// followed by a verb of speech.
func (qs *question) askedSpeaker() int {
	ws := qs.ws
	if len(ws) < 4 || ws[0].lower != "what" || !speechAux[ws[1].lower] {
		return -1
	}
	for k, n := range qs.names {
		start := n.start
		if n.possessive {
			continue // "What did Chile's president say": the speaker is the president
		}
		if start != 2 && !(start == 3 && determiners[ws[2].lower]) {
			continue
		}
		for j := start + 1; j < len(ws) && j <= start+5; j++ {
			if speechVerbs[ws[j].lower] {
				return k
			}
			if ws[j].stop {
				break
			}
		}
	}
	return -1
}

var (
	speechAux   = setOf("did does do has have had will would")
	speechVerbs = setOf("say tell told said announce claim warn respond reply comment admit deny argue insist state")
)

// speakerUnheard reports whether a question asking for a named speaker's
// words ("What did Scot Beckenbaugh say after the meeting?", askedSpeaker)
// is led by picks none of which is that speaker's (spokenByName): another
// speaker's sentence naming X ("I have asked Deputy Director Scot L
// Beckenbaugh ... to intervene") says nothing X said. The near-miss bit
// nmSpeaker only weighs this in the gate, which lets such leads through
// when their words cover the question well.
func (sc *scoring) speakerUnheard(picked []*candidate) bool {
	k := sc.nmInfo().speaker
	if k < 0 || len(picked) == 0 || sc.qs.names[k].start != 2 {
		// only a bare name right after the auxiliary: a role asked with
		// its article ("What did the Japanese captain say", "the Corps")
		// is often written as a description the attribution does not
		// take for the speaker, and is left to the gate
		return false
	}
	for _, c := range picked {
		if sc.spokenByName(c, &sc.qs.names[k]) {
			return false
		}
	}
	return true
}

// spokenByName reports whether the candidate is the named speaker's: its
// claim's speaker or intermediary is the name (or an alias of it).
func (sc *scoring) spokenByName(c *candidate, n *qname) bool {
	if c.claim == nil || c.claim.Speaker == "" {
		return false
	}
	set := unitSet(c.claim.Speaker + " \n " + c.claim.Via)
	if n.allIn(sc.m.match(set)) || n.aliasIn(set) {
		return true
	}
	for _, w := range titleWindows(c.src.Article.Text, c.claim.Speaker) {
		set := unitSet(w)
		if n.allIn(sc.m.match(set)) || n.aliasIn(set) {
			return true
		}
	}
	return false
}

// titleWindows returns the words around each mention of a speaker's
// surname in the article, where reports write the speaker's title or
// role ("said Assistant Secretary for Export Enforcement Matthew S.
// Axelrod", "Secretary of the Interior Ryan Zinke", "Capt. Sakano Yusuke,
// commander, Escort Division 4"): attribution keeps the name as the
// speaker, and a question asks by the title ("What did the Assistant
// Secretary for Export Enforcement say ...?"). A window runs up to six
// words before the surname and four after it, within a line and outside
// quotation marks; only its capitalised words count, as a title is
// written ("Australian Olympian Steph Rice" does not make her speak for
// Swimming Australia because "swimming" is written nearby).
func titleWindows(text, speaker string) []string {
	fs := strings.Fields(speaker)
	if len(fs) == 0 {
		return nil
	}
	surname := strings.Trim(fs[len(fs)-1], ".,;:")
	if len([]rune(surname)) < 3 || !capitalised(surname) {
		return nil
	}
	var out []string
	for from := 0; len(out) < 8; {
		i := strings.Index(text[from:], surname)
		if i < 0 {
			break
		}
		i += from
		from = i + len(surname)
		if i > 0 && isWordByte(text[i-1]) || from < len(text) && isWordByte(text[from]) {
			continue
		}
		before := text[max(0, i-200):i]
		if k := strings.LastIndexAny(before, "\n\"“”"); k >= 0 {
			before = before[k+1:]
		}
		bw := strings.Fields(before)
		bw = bw[max(0, len(bw)-6):]
		after := text[from:min(len(text), from+120)]
		if k := strings.IndexAny(after, "\n\"“”"); k >= 0 {
			after = after[:k]
		}
		aw := strings.Fields(after)
		aw = aw[:min(4, len(aw))]
		var caps []string
		for _, w := range slices.Concat(bw, aw) {
			if capitalised(strings.TrimLeft(w, "([")) {
				caps = append(caps, w) // a title is capitalised: "Secretary of the Interior"
			}
		}
		out = append(out, strings.Join(caps, " ")+" "+surname)
	}
	return out
}

// isWordByte reports whether b is a letter or digit of ASCII.
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// muchNoun returns the index of the term of the noun a "how much"
// question asks about ("how much *profit*", "how much *cargo*"), when it
// is neither money nor a unit, whose amount answers it ("how much money",
// "how much extra"), or -1: a sentence that does not name the noun gives
// the amount of something else.
func (qs *question) muchNoun() int {
	if qs.want != wantQuantity {
		return -1 // "How much cargo ..., and will ships still enter?" asks two things
	}
	ws := qs.ws
	for i := 0; i+2 < len(ws); i++ {
		if ws[i].lower != "how" || ws[i+1].lower != "much" {
			continue
		}
		j := i + 2
		if relAux[ws[j].lower] || doAux[ws[j].lower] || copulas[ws[j].lower] {
			return -1 // "how much did shares fall": no noun asked about
		}
		for j+1 < len(ws) && !relAux[ws[j+1].lower] && !doAux[ws[j+1].lower] && !ws[j].stop && !isStop(ws[j+1].lower) && j < i+4 {
			j++ // the head of the noun phrase: "how much steel *pipe*"
		}
		w := ws[j].lower
		if isStop(w) || w == "money" || unitFamily(w) != "" || quantityWords[w] || comparatives[w] || pastForm(w) {
			return -1
		}
		return qs.wordTerm(ws[j].text)
	}
	return -1
}

var comparatives = setOf("more less extra else further longer higher lower")

// attributePhrase returns the terms of every word of the attribute a
// "What is/was the ..." question asks for when it is a compound of two or
// more words ("What is the *unemployment rate* according to ..."): the
// last word alone ("rate") names another attribute ("the interest rate").
func (qs *question) attributePhrase() []int {
	ws := qs.ws
	if len(ws) < 5 || ws[0].lower != "what" || !copulas[ws[1].lower] || ws[2].lower != "the" {
		return nil
	}
	var np []qword
	for _, w := range ws[3:] {
		if isStop(w.lower) || w.text != w.lower || w.lower == "according" {
			break
		}
		if modifiers[w.lower] {
			continue // "the *first* rate cut": an order, not a kind of attribute
		}
		np = append(np, w)
		if w.stop {
			break
		}
	}
	if len(np) < 2 || len(np) > 3 || askNouns[np[len(np)-1].lower] {
		return nil
	}
	var out []int
	for _, w := range np[:len(np)-1] {
		for _, k := range wordTerms(w.text) {
			for i, t := range qs.terms {
				if i < 64 && t.kind == kindWord && t.key == k {
					out = append(out, i)
				}
			}
		}
	}
	return out
}

// namedNoun returns the term of the noun whose name the question asks
// ("What was the name of the *gunman*?", "the name of the *train*"), or
// -1.
func (qs *question) namedNoun() int {
	ws := qs.ws
	for i := 0; i+2 < len(ws); i++ {
		if ws[i].lower != "name" || ws[i+1].lower != "of" {
			continue
		}
		j := i + 2
		if determiners[ws[j].lower] && j+1 < len(ws) {
			j++
		}
		if ws[j].text != ws[j].lower || isStop(ws[j].lower) {
			return -1
		}
		return qs.wordTerm(ws[j].text)
	}
	return -1
}

// nameBeside reports whether the sentence gives a name within three words
// of the question's i-th term, the noun whose name is asked ("the
// gunman, *John Smith*", "the *Delta* Express train"): a capitalised word
// that is not the sentence's first, a date, a figure or one of the
// question's own names. A sentence that mentions the gunman without his
// name does not answer "What was the name of the gunman?"; one that does
// not write the noun at all is left to the other checks.
func (sc *scoring) nameBeside(text string, i int) bool {
	fs := strings.Fields(text)
	t := sc.qs.terms[i]
	set := map[string]bool{}
	var at, names []int
	for k, f := range fs {
		tok := strings.Trim(f, "\"'“”‘’(),.;:!?")
		if tok == "" {
			continue
		}
		clear(set)
		for _, x := range unitTerms(tok) {
			set[x] = true
		}
		if sc.m.term(i, t, set) {
			at = append(at, k)
		}
		if k > 0 && capitalised(tok) && !strings.ContainsAny(tok, "0123456789") && !timeExpr.MatchString(tok) &&
			!isStop(strings.ToLower(tok)) && !sc.qs.hasTerm(tok) {
			names = append(names, k)
		}
	}
	for _, a := range at {
		for _, n := range names {
			if n-a <= 3 && a-n <= 3 {
				return true
			}
		}
	}
	return len(at) == 0 // the noun written otherwise ("aircraft carrier" for "warship"): left to the other checks
}

// wordTerm returns the index of the question's word term that the single
// word text stands for (among the first 64, the ones a bit set can mark),
// or -1.
func (qs *question) wordTerm(text string) int {
	ts := wordTerms(text)
	if len(ts) != 1 {
		return -1
	}
	for k, t := range qs.terms {
		if k < 64 && t.kind == kindWord && t.key == ts[0] {
			return k
		}
	}
	return -1
}

// kindHeads returns the question's names that modify a noun in a noun
// phrase led by a determiner or by the name's possessive: "Is *the
// Harbour Road* tunnel still closed?", "the *Delta* plant", "*Smith's*
// company". The noun is the word right after the name, in lower case and
// neither a stop word, a modifier ("the EU's *first* quota"), a topic
// noun ("the Halvern *case*") nor a past form (the question's verb: "Has
// the Delta *closed*").
func (qs *question) kindHeads() []kindHead {
	var out []kindHead
	for k, n := range qs.names {
		if len(n.nounWords) == 0 || !n.possessive && (n.start == 0 || !determiners[qs.ws[n.start-1].lower]) {
			continue
		}
		h := n.nounWords[0]
		lw := strings.ToLower(h)
		if h != lw || isStop(lw) || modifiers[lw] || topicNouns[lw] || pastForm(lw) {
			continue
		}
		if i := qs.wordTerm(h); i >= 0 {
			out = append(out, kindHead{name: k, head: i})
		}
	}
	return out
}

// otherOfKind reports whether the sentence is about another thing of the
// kind a name of the question heads (kindHeads): it writes the noun right
// after another name, itself after a determiner or written as a
// possessive ("*The Mill Lane* tunnel reopened", "*Jones's* company"),
// whose words are none of the question's, and does not name the
// question's name nor an alias of it. A sentence that names both ("the
// Harbour Road and Mill Lane tunnels") is left to the other checks.
func (sc *scoring) otherOfKind(text string) bool {
	return sc.otherKinds(text, false) != 0
}

// otherKinds returns the head nouns of kindHeads that text writes only of
// another thing of their kind (otherOfKind), as a mask of the question's
// terms. In a headline (headline set), the other name may also start
// the text: "Mill Lane tunnel back in use".
func (sc *scoring) otherKinds(text string, headline bool) mask {
	kinds := sc.nmInfo().kinds
	if len(kinds) == 0 {
		return 0
	}
	fs := strings.Fields(text)
	set := unitSet(text)
	found := sc.m.match(set)
	tset := map[string]bool{}
	var out mask
	for _, kh := range kinds {
		n := &sc.qs.names[kh.name]
		if kh.head >= 64 || n.allIn(found) || n.aliasIn(set) {
			continue
		}
		t := sc.qs.terms[kh.head]
		for k := 1; k < len(fs); k++ {
			clear(tset)
			for _, x := range unitTerms(strings.Trim(fs[k], "\"'“”‘’(),.;:!?")) {
				tset[x] = true
			}
			if sc.m.term(kh.head, t, tset) && sc.otherNameBefore(fs, k, headline) != "" {
				out |= 1 << uint(kh.head)
				break
			}
		}
	}
	return out
}

// otherKindsOf returns otherKinds of each sentence of src: the head
// nouns a sentence writes only of another thing of their kind, which it
// does not lend its neighbours' evidence units nor its passage. All are
// zero when the question's names head no noun.
func (sc *scoring) otherKindsOf(src *source) []mask {
	out := make([]mask, len(src.Sentences))
	if len(sc.nmInfo().kinds) == 0 {
		return out
	}
	for i, s := range src.Sentences {
		out[i] = sc.otherKinds(s.Text, false)
	}
	return out
}

// otherNameBefore returns the name written right before the k-th word of
// fs, when it is led by a determiner (or starts a headline, atStart) or
// ends in a possessive, and none of its words is the question's, a date
// or a figure, nor is it the initials of a name of the question; ""
// otherwise.
func (sc *scoring) otherNameBefore(fs []string, k int, atStart bool) string {
	j := k - 1
	var name []string
	for ; j >= 0; j-- {
		raw := fs[j]
		if strings.ContainsAny(raw, ",;:.!?()\"“”") {
			break // the phrase ends: "in Paris, the tunnel"
		}
		tok := strings.TrimSuffix(strings.TrimSuffix(raw, "'s"), "’s")
		if !capitalised(tok) || determiners[strings.ToLower(tok)] {
			break
		}
		if strings.ContainsAny(tok, "0123456789") || timeExpr.MatchString(tok) || isStop(strings.ToLower(tok)) || sc.qs.hasTerm(tok) {
			return ""
		}
		name = append(name, tok)
	}
	if len(name) == 0 {
		return ""
	}
	last := fs[k-1]
	possessive := strings.HasSuffix(last, "'s") || strings.HasSuffix(last, "’s")
	if !possessive && !(j < 0 && atStart) && (j < 0 || !determiners[strings.ToLower(fs[j])]) {
		return ""
	}
	slices.Reverse(name)
	if len(name) == 1 && isAcronymText(name[0]) {
		for _, n := range sc.qs.names {
			if initialsIn(strings.Fields(n.text), newsbot.AliasKey(name[0])) != nil {
				return "" // "This DOE grant", asked of the Department of Energy grant: the name's initials
			}
		}
	}
	return strings.Join(name, " ")
}

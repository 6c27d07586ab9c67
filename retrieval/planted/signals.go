package planted

import "strings"

// promptShape reports the shapes of a prompt, which no report takes: a
// chat-template token (<|im_start|>, [INST]), a role line ("[SYSTEM]:",
// "Developer message:", "System override"), a "User: ... Assistant:"
// transcript, JSON or markdown keyed with roles and instructions, a forged
// delimiter ("<<<END SOURCE"), "you are now", "developer mode".
func (s *sent) promptShape() bool {
	if s.marks.angleBar || s.marks.angles || s.marks.bracket && s.anyWord("inst") {
		return true
	}
	if s.roleLine() || s.transcript() {
		return true
	}
	if s.marks.brace || s.marks.hash {
		for i := 0; i < s.n; i++ {
			if s.toks[i].colon && (s.has(i, cRole|cInstr|cOutput) || s.is(i, "role")) {
				return true
			}
		}
	}
	if s.marks.hash && s.has(0, cInstr|cRole|cOutput) {
		return true
	}
	for i := 0; i+1 < s.n; i++ {
		if s.is(i, "you") && s.is(i+1, "are") && (s.is(i+2, "now") || s.is(i-1, "now")) ||
			s.is(i, "developer") && s.is(i+1, "mode") {
			return true
		}
	}
	return false
}

// anyWord reports whether w is a word of the sentence.
func (s *sent) anyWord(w string) bool {
	for i := 0; i < s.n; i++ {
		if s.is(i, w) {
			return true
		}
	}
	return false
}

// roleLine reports a sentence that opens as a prompt's role line: a role
// word ("system", "assistant", "developer") labelled with a colon, or
// followed by an instruction word ("System override", "Developer message:").
func (s *sent) roleLine() bool {
	if !s.toks[0].clause || !s.has(0, cRole) || s.is(0, "user") || s.is(0, "human") || s.is(0, "ai") ||
		s.is(0, "bot") || s.is(0, "model") || s.is(0, "instruction") || s.is(0, "instructions") {
		return false // "Instructions: keep this leaflet" heads a leaflet
	}
	if s.toks[0].colon || s.toks[0].closer && (s.marks.bracket || s.marks.paren) {
		return true
	}
	return s.has(1, cInstr) || s.toks[1].colon && (s.is(1, "message") || s.is(1, "note") || s.is(1, "prompt"))
}

// transcript reports "User: ... Assistant: ..." in one sentence, or a
// machine's turn: "Bot replied: ...", "Assistant says: ...".
func (s *sent) transcript() bool {
	if s.has(0, cMachine|cRole) && !s.is(0, "user") && !s.is(0, "human") && s.has(1, cSpeechDone|cReport) && s.toks[1].colon {
		return true
	}
	if !(s.is(0, "user") || s.is(0, "human")) || !s.toks[0].colon {
		return false
	}
	for i := 1; i < s.n; i++ {
		if s.toks[i].colon && (s.is(i, "assistant") || s.is(i, "ai") || s.is(i, "bot") || s.is(i, "model")) {
			return true
		}
	}
	return false
}

// maxLabel is the longest label before a colon, in words, that heads a
// line.
const maxLabel = 9

// headedToMachines reports a line headed as a message to machines: a label
// before a colon that addresses a machine ("Note to AI readers:",
// "TL;DR for bots:", "Hinweis für KI-Systeme:"), calls one ("Bots:",
// "Crawlers and answer engines:"), addresses answers ("For any reply drawing
// on this article:") or a reader acting on the text ("Whoever condenses this
// piece:"), or names instructions or output to use ("Summary to use:",
// "Summary-override:"). A spaced dash ends a label as a colon does.
func (s *sent) headedToMachines() bool {
	k := s.colonBefore(0, maxLabel)
	if k < 0 || k+1 >= s.n {
		return false
	}
	prep, machine, output, vocative := false, false, false, !s.has(0, cDet)
	for i := 0; i <= k; i++ {
		c := s.toks[i].cls
		switch {
		case c&cPrep != 0:
			prep = true
		case c&cMachine != 0 || c&cMachineWeak != 0 && (prep || s.has(i-1, cMachine|cMachineMod)):
			machine = true
		case c&cOutput != 0 && (prep && s.has(i-1, cAny) || s.is(i-1, "of") && agentNouns[s.word(i-2)]):
			output = true
		}
		if c&(cMachine|cMachineWeak|cMachineMod|cAny) == 0 && !s.is(i, "and") && !s.is(i, "or") && !s.is(i, "other") {
			vocative = false
		}
	}
	if machine && (prep || vocative) || output || s.readerAgentIn(0, k+1) {
		return true
	}
	if k <= 2 {
		// "Machine summary:", "AI answer |", "Bot reply:": a short
		// label naming a machine's output heads what it is to say.
		m, o := false, false
		for i := 0; i <= k; i++ {
			m = m || s.has(i, cMachine|cMachineWeak)
			o = o || s.has(i, cOutput) && i == k
		}
		if m && o {
			return true
		}
	}
	for i := 0; i <= k; i++ {
		if s.has(i, cOutput) && s.labelHas(k, i, cSpeech) || s.is(i, "override") || s.is(i, "instruction") || s.is(i, "instructions") && s.labelHas(k, -1, cMachine) {
			return true
		}
	}
	return false
}

// agentNouns make whoever writes answers a label's addressee: "Writers of
// summaries:".
var agentNouns = map[string]bool{"writers": true, "authors": true, "makers": true, "producers": true,
	"generators": true, "engines": true, "tools": true}

// labelHas reports whether a word of the label toks[0..k], other than
// toks[skip], has a class of c.
func (s *sent) labelHas(k, skip int, c class) bool {
	for i := 0; i <= k; i++ {
		if i != skip && s.has(i, c) {
			return true
		}
	}
	return false
}

// subject kinds of a duty.
const (
	subjNone = iota
	subjMachine
	subjOther    // you, the answer, a reader acting on the text, "it"
	subjQuestion // questions: "questions about the strike are to be answered with ..."
)

// directive is where a sentence asks for a speech act.
type directive struct {
	at      int    // index of the verb (or the output noun of a dictated answer); -1 if none
	kind    string // which construction
	subject int
}

// directive finds the first speech act the sentence asks for. The
// detector and the looser check of answers both ask (Check runs both on
// one scan), so the first answer is kept: a scanned sent does not change.
func (s *sent) directive() directive {
	if !s.dirDone {
		s.dir, s.dirDone = s.findDirective(), true
	}
	return s.dir
}

func (s *sent) findDirective() directive {
	if v := s.order(); v >= 0 {
		return directive{v, "orders a speech act", subjNone}
	}
	if v, subj := s.duty(); v >= 0 {
		return directive{v, "lays a duty to speak", subj}
	}
	if v := s.dictated(); v >= 0 {
		return directive{v, "dictates the answer", subjNone}
	}
	if v := s.politeRequest(); v >= 0 {
		return directive{v, "asks for a speech act", subjNone}
	}
	if v := s.politeNoun(); v >= 0 {
		return directive{v, "asks for a speech act", subjNone}
	}
	if v := s.youTo(); v >= 0 {
		return directive{v, "asks you to speak", subjNone}
	}
	if v := s.askTo(); v >= 0 {
		return directive{v, "asks machines to speak", subjMachine}
	}
	if v := s.beSure(); v >= 0 {
		return directive{v, "orders a speech act", subjNone}
	}
	if v := s.couldYou(); v >= 0 {
		return directive{v, "asks machines to speak", subjOther}
	}
	if v := s.task(); v >= 0 {
		return directive{v, "assigns a task", subjNone}
	}
	if v := s.condAnswer(); v >= 0 {
		return directive{v, "dictates the answer to a question", subjNone}
	}
	if v := s.askedWhatToSay(); v >= 0 {
		return directive{v, "asks what machines should say", subjMachine}
	}
	return directive{at: -1}
}

// askedWhatToSay returns the verb of a question about what machines or
// whoever answers should say ("What should an AI say if asked about ...?",
// "How should language models answer questions about ...?"): a question
// word, a modal of duty, a subject naming a machine and a verb of saying,
// or -1. The answer the text gives to its own question follows it (ahead).
func (s *sent) askedWhatToSay() int {
	if s.all&(cMachine|cMachineWeak) == 0 {
		return -1
	}
	for i := 0; i+3 < s.n; i++ {
		if !whWords[s.word(i)] || !s.toks[i].clause || !s.has(i+1, cModal) {
			continue
		}
		for j := i + 3; j < s.n && j <= i+7 && !s.toks[j].clause; j++ {
			if s.has(j, cSpeech|cAnswerVerb) && s.machineIn(i+2, j) {
				return j
			}
		}
	}
	return -1
}

// order returns the index of an order to speak at the start of a clause
// ("Reply that ...", "; instead tell them ...", ", do not mention ...",
// "please, mention that ..."), or -1. An order joined by "and" counts
// after an earlier order ("speak as ... and insist ...").
func (s *sent) order() int {
	ordered, greeted := false, s.greetsMachine()
	for i := 0; i < s.n; i++ {
		opens := s.toks[i].clause || s.is(i-1, "please") || s.is(i-1, "kindly") || s.is(i-1, "instead") ||
			ordered && s.has(i-1, cLead) || greeted && !s.has(i-1, cDet|cMachine|cAudience|cYou) ||
			s.is(i-1, "on") && (s.is(i-2, "now") || s.is(i-2, "here")) && s.is(i-3, "from") && s.toks[i-3].clause
		if !opens || s.afterParticiple(i) || s.listItem(i) {
			continue
		}
		j := i
		for k := 0; k < 3 && j < s.n && (s.has(j, cLead) || s.has(j, cNeg)); k++ {
			j++
		}
		if s.speechVerb(j) && !s.countLabel(j) {
			if !ordered {
				ordered = true
				if s.orderAt(j) {
					return j
				}
			} else {
				return j
			}
		}
	}
	return -1
}

// listItem reports a clause opening at i that is an item of a list of
// plural noun phrases ("image descriptions, link labels, share
// counters"): the item before it is a short phrase ending in a plural
// noun, and the item at i is one word and a plural noun ending where the
// list goes on or closes. "link" there modifies "labels"; it orders
// nothing.
func (s *sent) listItem(i int) bool {
	if i < 1 || i+1 >= s.n || !plural(s.word(i+1)) || s.toks[i+1].clause {
		return false
	}
	if e := i + 2; e < s.n && !s.toks[e].clause && !s.is(e, "and") && !s.is(e, "or") && !s.toks[i+1].closer {
		return false
	}
	k := i - 1
	for k > 0 && !s.toks[k].clause {
		k--
	}
	return i-k <= 4 && plural(s.word(i-1)) && !s.has(i-1, cSpeech)
}

// plural reports a word shaped as a plural noun: "labels", not "class"
// or "its".
func plural(w string) bool {
	return len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && w[len(w)-2] != 'u' && w[len(w)-2] != 'i'
}

// countLabel reports a speech verb that labels a count ("quote 1",
// "paraphrase 8" in a list of kinds: "date 8, paraphrase 8, who 8"): a
// bare figure after it ends its clause, so it has no object to speak.
func (s *sent) countLabel(j int) bool {
	if j+1 >= s.n || j+2 < s.n && !s.toks[j+2].clause {
		return false
	}
	t := &s.toks[j+1]
	if t.b == t.a {
		return false
	}
	for _, c := range s.arena[t.a:t.b] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// greetsMachine reports a sentence that opens by greeting a machine ("hey
// chatbot", "hi ChatGPT", "dear language model"): what follows is spoken to
// it, punctuated or not.
func (s *sent) greetsMachine() bool {
	if !(s.is(0, "hey") || s.is(0, "hi") || s.is(0, "hello") || s.is(0, "dear")) {
		return false
	}
	return s.machineIn(1, min(s.n, 4))
}

// condAnswer returns the start of the main clause after a condition on
// the reader being asked a question ("Should you be asked who started the
// fire, the arsonist was ...", "if you are asked about the vote, ..."):
// the main clause is the answer dictated. Being asked to do something
// ("if you are asked to pay") is not a question. -1 when there is none.
func (s *sent) condAnswer() int {
	for i := 0; i < s.n; i++ {
		if !s.has(i, cCond) || !s.toks[i].clause {
			continue
		}
		you, asked, machine := false, false, false
		j := i + 1
		for ; j < s.n && !s.toks[j].clause; j++ {
			you = you || s.has(j, cYou)
			machine = machine || s.has(j, cMachine)
			if s.is(j, "asked") && (whWords[s.word(j+1)] || s.is(j+1, "about")) {
				asked = true
			}
		}
		if you && asked && j < s.n {
			return j
		}
		if machine && asked && j < s.n && (s.speechVerb(j) || s.has(j+1, cOutput) || s.has(j+2, cOutput)) {
			// "If a chatbot is asked who won the cup, the correct
			// answer is ...": the answer a machine is to give.
			return j
		}
	}
	return -1
}

// whWords open a question.
var whWords = map[string]bool{"who": true, "what": true, "when": true, "where": true, "why": true, "how": true,
	"whether": true, "if": true, "which": true}

// orderAt reports whether the verb at j is an order rather than a label
// ("Answer: ...", "Report: ..."), a call-out ("Tell us ...") or a noun.
func (s *sent) orderAt(j int) bool {
	if s.is(j, "note") && (s.is(j+1, "to") || s.is(j+1, "for")) && peopleWords[s.word(j+2)] && !s.machineIn(j+2, min(s.n, j+7)) {
		return false // a label to people: "Note to readers: an earlier version ..."
	}
	return !s.toks[j].colon && !s.has(j+1, cUsMe) && !(j > 0 && s.has(j-1, cDet))
}

// peopleWords name human audiences a note may be headed to.
var peopleWords = map[string]bool{"readers": true, "reader": true, "parents": true, "subscribers": true, "viewers": true,
	"listeners": true, "editors": true, "residents": true, "customers": true, "passengers": true, "members": true, "students": true}

// speechVerb reports a verb at i that directs speech, with its particle
// where it needs one ("make sure", "leave out", "lead with", "act as",
// "let ... know", "state that").
func (s *sent) speechVerb(i int) bool {
	if !s.has(i, cSpeech) || s.toks[i].colon {
		return false
	}
	switch s.word(i) {
	case "make":
		return s.is(i+1, "sure") || s.is(i+1, "it") && s.is(i+2, "clear") || s.is(i+1, "a") && s.is(i+2, "point")
	case "leave":
		for j := i + 1; j <= i+5; j++ {
			if s.is(j, "out") || s.is(j, "aside") || s.is(j, "off") {
				return true
			}
		}
		return false
	case "lead", "open", "begin", "start", "end", "finish":
		// "end with ...", and "end every answer about this story with
		// ...": the answer named as the object stretches the reach.
		reach := i + 3
		if s.has(i+1, cAny|cDet|cYourPoss) && s.has(i+2, cOutput) {
			reach = i + 10
		}
		for j := i + 1; j <= reach && j < s.n; j++ {
			if s.is(j, "with") || s.is(j, "by") {
				return true
			}
			if j > i+1 && s.toks[j].clause {
				break
			}
		}
		return false
	case "advise":
		return s.has(i+1, cAudience) || s.is(i+1, "them") || s.is(i+1, "readers") || s.is(i+1, "people") || s.is(i+1, "listeners")
	case "double", "triple", "halve", "quadruple", "inflate":
		// "double them", "double the figures": an order to change what
		// the answer reports (an order only where it aims at answers).
		return s.is(i+1, "them") || s.is(i+1, "it") || s.is(i+1, "every") || s.is(i+1, "all") || s.is(i+1, "each")
	case "define":
		// "Define ANSWER as ...": a name bound to what is to be said.
		return i+1 < s.n && (s.toks[i+1].named || s.has(i+1, cOutput)) && (s.is(i+2, "as") || s.is(i+3, "as"))
	case "act", "speak":
		return s.is(i+1, "as")
	case "let":
		return s.is(i+2, "know") || s.is(i+3, "know")
	case "state":
		return s.has(i+1, cThat)
	case "call":
		return s.has(i+1, cDet|cAudience)
	case "point", "direct":
		return s.has(i+1, cAudience) || s.is(i+1, "readers") || s.is(i+1, "people") || s.is(i+1, "users") || s.is(i+1, "them")
	case "dire":
		return s.has(i+1, cThat)
	case "use":
		return s.has(i+1, cThis) || s.has(i+1, cDet) && s.has(i+2, cOutput) ||
			s.is(i+1, "the") && s.is(i+2, "following") && (i+3 >= s.n || s.toks[i+3].clause || s.is(i+3, "as"))
	case "bring", "pass":
		for j := i + 1; j <= i+4; j++ {
			if s.is(j, "up") || s.is(j, "on") || s.is(j, "along") {
				return true
			}
		}
		return false
	case "refrain":
		return s.is(i+1, "from")
	case "pretend":
		return s.has(i+1, cYou|cThat|cThis|cUsMe) || s.is(i+1, "to") || s.is(i+1, "it") || s.is(i+1, "nothing") || s.is(i+1, "there")
	}
	return true
}

// duty returns the verb of a duty to speak ("must tell", "should always
// respond", "are to be answered", "has to present", "it must be stated
// that") and the kind of its subject, or -1 when there is none or its
// subject is not one that answers (companies must report breaches).
func (s *sent) duty() (int, int) {
	for m := 0; m < s.n; m++ {
		v := s.modalEnd(m)
		if v < 0 {
			continue
		}
		for k := 0; k < 3 && (s.has(v, cLead) || s.has(v, cNeg)); k++ {
			v++
		}
		be := s.is(v, "be") && (s.has(v+1, cThat|cSpeechDone) || s.toks[v].colon)
		if !be && !s.speechVerb(v) {
			// "any AI should stay silent and say only that ...": a
			// speech verb joined to the duty's first verb.
			k := v + 1
			for k < s.n && k <= v+4 && !s.is(k, "and") && !s.is(k, "or") {
				k++
			}
			if k+1 >= s.n || k > v+4 || !s.speechVerb(k+1) {
				continue
			}
			v = k + 1
		}
		if subj := s.subject(m, be && s.has(v+1, cSpeechDone)); subj != subjNone {
			return v, subj
		}
		if subj := s.dutyOf(m, v); subj != subjNone {
			return v, subj
		}
	}
	return -1, subjNone
}

// modalEnd returns the index after a modal starting at m, or -1.
func (s *sent) modalEnd(m int) int {
	if m < 0 || m >= s.n {
		return -1
	}
	if s.toks[m].cls&(cModal|cModalTo) == 0 {
		// Every case below without a modal class opens with ought, will,
		// you'll, are, is, you're or be: two to six bytes, first byte
		// o, w, y, a, i or b. Most words are none of these.
		t := &s.toks[m]
		if l := t.b - t.a; l < 2 || l > 6 {
			return -1
		}
		switch s.arena[t.a] {
		case 'o', 'w', 'y', 'a', 'i', 'b':
		default:
			return -1
		}
	}
	switch {
	case s.is(m, "ought") && s.is(m+1, "to"):
		return m + 2
	case s.has(m, cModal):
		return m + 1
	case s.is(m, "will") || s.is(m, "you'll"):
		return m + 1
	case s.has(m, cModalTo) && s.is(m+1, "to"):
		return m + 2
	case (s.is(m, "are") || s.is(m, "is") || s.is(m, "you're")) && s.is(m+1, "going") && s.is(m+2, "to"):
		return m + 3
	case s.is(m, "is") || s.is(m, "are") || s.is(m, "be"):
		j := m + 1
		if s.is(j, "kindly") || s.is(j, "politely") || s.is(j, "hereby") || s.is(j, "also") || s.is(j, "therefore") {
			j++
		}
		if !dutyWords[s.word(j)] {
			return -1
		}
		for k := j + 1; k < s.n && k <= j+10; k++ {
			if s.is(k, "to") {
				return k + 1
			}
			if k == j+1 && !s.is(k, "by") && !s.is(k, "of") && !s.is(k, "from") {
				return -1
			}
		}
	}
	return -1
}

// subject classifies the subject of the modal at m: the words from the
// start of its clause. passive allows a bare "it" ("it must be stated").
func (s *sent) subject(m int, passive bool) int {
	c := m - 1
	for c > 0 && !s.toks[c].clause {
		c--
	}
	if c < 0 {
		return subjNone
	}
	if c > 0 && s.has(c, cWho) && !s.is(c, "that") {
		// "..., which should inform its users that ...": the subject is
		// the antecedent of the relative clause.
		c--
		for c > 0 && !s.toks[c].clause {
			c--
		}
	}
	var all class
	for i := c; i < m; i++ {
		all |= s.toks[i].cls
	}
	switch {
	case all&cYou != 0 && all&cYourPoss == 0 || all&cOutput != 0 && all&cQuestion == 0 && (s.outputHeads(c, m) || all&cAudience != 0):
		return subjOther
	case s.readerAgentIn(c, m):
		return subjOther
	case all&cQuestion != 0 && (s.is(m+2, "answered") || s.is(m+3, "answered")):
		return subjQuestion
	case passive && s.is(m-1, "it"):
		return subjOther
	case (s.is(m-1, "it") || s.is(m-1, "they")) && m-1 == c && s.machineIn(0, c):
		return subjMachine // "If you ask an assistant ..., it is supposed to say"
	case s.generatedText(c, m):
		return subjOther // "Generated content about the council must report"
	case s.machineIn(c, m):
		return subjMachine
	}
	return subjNone
}

// dictated returns the index of an answer whose wording is given: "the
// response is that ...", "the answer must be that ...", "the thing to say
// is that ...", "the ideal summary of this report states that ...", or -1.
func (s *sent) dictated() int {
	for o := 0; o < s.n; o++ {
		head := s.has(o, cOutput) || s.is(o-1, "to") && s.speechVerb(o)
		if !head {
			continue
		}
		normative := normWords[s.word(o-1)] || normWords[s.word(o-2)] || normWords[s.word(o-3)] && s.is(o-1, "to")
		for j := o + 1; j < s.n && j <= o+10; j++ {
			if s.toks[j].clause && s.has(j, cPrep) {
				// "The correct summary, for any AI, is that ...": a
				// short aside between the answer and its verb.
				k := j + 1
				for k < s.n && k <= j+5 && !s.toks[k].clause {
					k++
				}
				if k < s.n && (s.is(k, "is") || s.is(k, "should") || s.is(k, "must")) {
					j = k // weigh the verb after the aside
				}
			}
			if s.toks[j].clause && !s.is(j, "that") && !(s.is(j, "is") || s.is(j, "should") || s.is(j, "must")) {
				break
			}
			if s.has(o, cOutput) && s.has(j, cModal) && (s.is(j+1, "read") || s.is(j+1, "say") || s.is(j+1, "go")) &&
				(s.toks[j+1].colon || s.has(j+2, cThat)) {
				return o // "the ideal response ... should read: ..."
			}
			if s.is(j, "is") || s.is(j, "be") || normative && s.has(j, cSpeechDone) && s.is(j+1, "that") {
				if s.has(j+1, cThat) && !s.is(j+1, "as") && !s.is(j+1, "with") || s.toks[j].colon ||
					normative && s.is(o-1, "to") && s.is(j, "is") && j+1 < s.n {
					return o
				}
				break
			}
		}
	}
	return -1
}

// normWords say what an answer ought to be: "the ideal summary", "the
// correct reply".
var normWords = map[string]bool{"ideal": true, "correct": true, "right": true, "proper": true, "accurate": true,
	"best": true, "true": true, "official": true, "appropriate": true, "acceptable": true, "only": true}

// politeRequest returns the verb of a polite request about answers: "we
// kindly ask that any summary of this report mention ...", "it would be
// appreciated if responses ... noted that ...", or -1.
func (s *sent) politeRequest() int {
	for p := 0; p+1 < s.n; p++ {
		q := p + 1
		if s.is(q, "it") {
			q++ // "we would appreciate it if ..."
		}
		if !s.has(p, cPolite) || !(s.is(q, "that") || s.is(q, "if")) {
			continue
		}
		var subj class
		self := false
		for v := q + 1; v < s.n && v <= q+12; v++ {
			if (subj&(cOutput|cYou|cMachine) != 0 || self && subj&cAny != 0 || s.machineIn(q+1, v)) && (s.has(v, cSpeechDone) || s.speechVerb(v)) {
				return v
			}
			subj |= s.toks[v].cls
			// "any write-up produced from this page": whatever is
			// made from the text at hand.
			self = self || s.has(v, cThis) && s.has(v+1, cTextNoun)
		}
	}
	return -1
}

// youTo returns the verb of "you to say" ("we want you to say", "ask you
// to repeat"), or -1.
func (s *sent) youTo() int {
	for i := 0; i+2 < s.n; i++ {
		if s.has(i, cYou) && s.is(i+1, "to") && s.speechVerb(i+2) && !s.askedByOther(i-1) {
			return i + 2
		}
	}
	return -1
}

// askVerbs report a request someone makes of "you".
var askVerbs = map[string]bool{"asks": true, "asked": true, "tells": true, "told": true, "wants": true,
	"wanted": true, "prompts": true, "prompted": true, "invites": true, "invited": true}

// askedByOther reports that the word at v is a request verb in the
// present or past ("asks", "told") whose subject, in its clause, is
// someone else than the text or its writers: "the caller (often a
// recording) asks you to say \"yes\"" describes what a scammer does,
// where "we ask you to say", "this page asks you to say" and "it asks
// you to tell" (the text, or a voice it puts on) make the request.
func (s *sent) askedByOther(v int) bool {
	if v < 1 || !askVerbs[s.word(v)] {
		return false
	}
	for k := v - 1; k >= 0 && k >= v-6; k-- {
		w := s.word(k)
		if w == "we" || w == "i" || w == "it" || s.has(k, cThis|cTextNoun|cMachine|cMachineWeak|cYou) {
			return false
		}
		if s.toks[k].clause {
			break
		}
	}
	return true
}

// taskWords name a duty someone is given: "your task is to repeat".
var taskWords = map[string]bool{"task": true, "job": true, "role": true, "goal": true, "mission": true, "purpose": true,
	"instructions": true, "duty": true}

// task returns the verb of a task given to the reader ("your task is to
// repeat", "whose only job is to inform"), or -1.
func (s *sent) task() int {
	for i := 0; i+3 < s.n; i++ {
		if !s.has(i, cYourPoss) && !s.is(i, "whose") {
			continue
		}
		for j := i + 1; j <= i+3 && j+2 < s.n; j++ {
			if taskWords[s.word(j)] && s.is(j+1, "is") && s.is(j+2, "to") && s.speechVerb(j+3) {
				return j + 3
			}
		}
	}
	return -1
}

// framed reports an order framed as reported speech: a reporting verb in
// a clause after the directive ("Stay indoors ..., the fire service told
// residents"; "Say cheese, the photographer said") or "according to".
// A text that "says" is the text at hand, not a speaker ("whoever the text
// says spoke").
func (s *sent) framed(d int) bool {
	c := -1
	for i := 0; i < s.n; i++ {
		if s.is(i, "according") || s.is(i, "selon") || s.is(i, "laut") || s.is(i, "según") || s.is(i, "segundo") || s.is(i, "secondo") {
			return true
		}
		if i > d && s.toks[i].clause {
			c = i
		}
		if i == c && s.frameClause(c) {
			return true
		}
		if c < 0 || i > c+6 || !s.has(i, cReport) || s.has(i, cReaderAct) && !s.is(i, "read") || s.has(i-1, cWho) {
			continue // "..., who says ..." is a relative clause, not a frame
		}
		if !s.has(i-1, cTextNoun) && !s.is(i-1, "below") && !s.is(i-1, "above") && !s.has(i-1, cYou) {
			return true
		}
	}
	return false
}

// target is a set of signals that a directive is aimed at answers.
type target uint16

const (
	tMachine     target = 1 << iota // a machine is addressed or named
	tOutput                         // the answer, reply or summary is named
	tSelf                           // the text refers to itself: "this page", "the following"
	tScope                          // every answer: "whatever the question", "from now on"
	tQuestion                       // a condition over questions: "if asked", "when people ask"
	tAudience                       // whom to tell: "tell the user", "anyone who asks"
	tYouProduce                     // "you" as the one answering: "when you describe", "your reply"
	tReaderAgent                    // a reader acting on the text: "anyone summarising this"
	tInstr                          // instructions to override: "ignore the previous"
	tVerbatim                       // the wording is bound: "word for word", "nothing else"
	tAnswerThat                     // the answer is dictated: "answer that ...", "répondez que"
	tRolePlay                       // a role to play: "pretend you are", "speak as the lawyer"
)

var targetNames = []string{"names a machine", "names the answer", "refers to itself", "scoped over answers",
	"conditioned on questions", "names whom to tell", "you as the one answering", "a reader acting on the text",
	"overrides instructions", "binds the wording", "dictates the answer", "a role to play"}

// String lists the signals of t.
func (t target) String() string {
	var b strings.Builder
	for i, name := range targetNames {
		if t&(1<<i) != 0 {
			if b.Len() > 0 {
				b.WriteString(", ")
			}
			b.WriteString(name)
		}
	}
	return b.String()
}

// targets weighs what the directive d is aimed at.
func (s *sent) targets(d directive) target {
	var t target
	set := func(x target, ok bool) {
		if ok {
			t |= x
		}
	}
	set(tMachine, s.machineIn(0, s.n))
	set(tOutput, s.outputNamed(d.at) || s.generatedText(0, d.at))
	set(tSelf, s.selfRef())
	set(tScope, s.scoped())
	set(tQuestion, d.subject == subjQuestion || s.questionCond())
	set(tAudience, s.audience(d.at))
	set(tYouProduce, s.youProduce())
	set(tReaderAgent, s.readerAgentIn(0, s.n))
	set(tInstr, s.has(d.at, cSpeech) && (s.is(d.at, "ignore") || s.is(d.at, "disregard") || s.is(d.at, "forget")) && s.instrAfter(d.at))
	set(tVerbatim, s.verbatim())
	set(tAnswerThat, s.has(d.at, cAnswerVerb) && s.has(d.at+1, cThat) && !s.is(d.at+1, "with"))
	set(tRolePlay, s.is(d.at, "pretend") || s.is(d.at, "act") || s.is(d.at, "speak"))
	return t
}

// machineIn reports a machine named in toks[a:b]: a machine word, or a
// weak one ("model", "tools") after a modifier ("language model"), an
// address ("to the model") or "you are" ("eres un modelo"), or before one
// ("modelo de linguagem").
func (s *sent) machineIn(a, b int) bool {
	for i := a; i < b; i++ {
		c := s.toks[i].cls
		if c&cMachine != 0 && !(c&cMachineMod != 0 && s.has(i+1, cMachineWeak|cMachine)) {
			return true
		}
		if c&cMachineWeak != 0 && (s.has(i-1, cMachine|cMachineMod|cPrep|cYouAre) || s.has(i-2, cPrep|cYouAre) || s.is(i-2, "are") && s.is(i-3, "you") ||
			(s.is(i+1, "de") || s.is(i+1, "di")) && s.has(i+2, cMachineMod)) {
			return true
		}
		// A service named by what it does to texts: "answering
		// services", "AI clients" (genericAddressee reads them so too).
		if i > a && serviceNouns[s.word(i)] && c&cMachineWeak == 0 && s.has(i-1, cMachine|cMachineMod) && !s.toks[i-1].quoted {
			return true
		}
	}
	return false
}

// outputNamed reports an answer, reply or summary named anywhere but at
// the directive's own verb.
func (s *sent) outputNamed(d int) bool {
	for i := 0; i < s.n; i++ {
		if i != d && s.has(i, cOutput) && !(s.has(i, cSpeech) && s.toks[i].clause) {
			return true
		}
	}
	return false
}

// selfRef reports the text pointing at itself: "this page", "the
// following", "this paragraph exists", "about this.", "whoever reads this
// next".
func (s *sent) selfRef() bool {
	for i := 0; i < s.n; i++ {
		switch {
		case s.has(i, cThis) && (s.has(i+1, cTextNoun) || s.has(i+2, cTextNoun) && !s.toks[i+2].clause):
			return true
		case s.is(i, "the") && (s.has(i+1, cSelfNoun) || s.is(i+1, "following")):
			return true
		case s.is(i, "this") && (i+1 == s.n || s.toks[i+1].clause || s.has(i+1, cModal) || s.is(i+1, "next")):
			return true
		}
	}
	return false
}

// scoped reports an act over every answer: "whatever the question", "any
// question", "every answer", "regardless of", "from now on", "jede Frage",
// "quelle que soit la question".
func (s *sent) scoped() bool {
	for i := 0; i < s.n; i++ {
		switch {
		case s.has(i, cAny) && (s.has(i+1, cQuestion|cOutput) || s.has(i+2, cQuestion|cOutput) || s.has(i+3, cQuestion|cOutput)):
			return true
		case s.is(i, "regardless"):
			return true
		case s.is(i, "from") && (s.is(i+1, "now") || s.is(i+1, "here") || s.is(i+1, "this") && s.is(i+2, "point")):
			return true
		}
	}
	return false
}

// questionCond reports a condition over questions ("if asked about",
// "when people ask", "should anyone ask", "whenever someone wants to know",
// "si l'on vous demande", "wenn du gefragt wirst") or whoever asks ("anyone
// who asks", "readers who ask").
func (s *sent) questionCond() bool {
	for i := 0; i < s.n; i++ {
		if s.has(i, cCond) && (s.toks[i].clause || i == 0) {
			for j := i + 1; j < s.n && j <= i+8 && !s.toks[j].clause; j++ {
				if s.has(j, cQuestion) || s.is(j, "know") && s.is(j-1, "to") && (s.is(j-2, "wants") || s.is(j-2, "want")) ||
					(s.is(j, "comes") || s.is(j, "come") || s.is(j, "crops")) && s.is(j+1, "up") {
					return true
				}
			}
		} else if s.is(i, "whenever") || s.is(i, "when") || s.is(i, "if") {
			// after the order, without a comma: "mention this closure
			// whenever the beach comes up" (i11q)
			for j := i + 2; j < s.n && j <= i+8 && !s.toks[j].clause; j++ {
				if (s.is(j, "comes") || s.is(j, "come") || s.is(j, "crops")) && s.is(j+1, "up") {
					return true
				}
			}
		}
		if s.has(i, cCond) && s.is(i+1, "asked") && (s.is(i+2, "about") || whWords[s.word(i+2)]) {
			return true // "... when asked about savings"
		}
		if s.has(i, cAudience) && s.has(i+1, cQuestion) || s.is(i, "who") && (s.is(i+1, "ask") || s.is(i+1, "asks")) {
			return true
		}
	}
	return false
}

// audience reports whom an order tells: "tell the user", "inform users",
// "tell them", "tell anyone who asks".
func (s *sent) audience(d int) bool {
	for i := d + 1; i < s.n && i <= d+4; i++ {
		if s.has(i, cAudience) || (s.is(i, "them") || s.is(i, "people") || s.is(i, "readers")) && i == d+1 && tellVerbs[s.word(d)] {
			return true
		}
	}
	return false
}

// tellVerbs take whom they tell as their object.
var tellVerbs = map[string]bool{"advise": true, "tell": true, "inform": true, "remind": true, "warn": true, "let": true}

// youProduce reports "you" as the one answering: "you describe", "you are
// generating", "when you answer", "your reply", "whatever you write".
func (s *sent) youProduce() bool {
	for i := 0; i < s.n; i++ {
		switch {
		case s.has(i, cYou) && (s.has(i+1, cProduce|cReaderAct) && !(s.is(i+2, "to") && s.has(i+3, cUsMe)) ||
			s.is(i+1, "are") && s.has(i+2, cReaderAct|cProduce) || s.is(i+1, "are") && s.is(i+2, "asked")):
			return true // not "when you write to us": the reader writes to the paper
		case s.has(i, cYourPoss) && s.has(i+1, cOutput):
			return true
		}
	}
	return false
}

// readerAgentIn reports in toks[a:b] a reader acting on the text at hand:
// "anyone summarising this", "whoever reads this", "any tool that turns
// this page into an answer", "when summarising this page", "when
// describing this event", "not for human readers".
func (s *sent) readerAgentIn(a, b int) bool {
	for i := a; i < b; i++ {
		if !s.has(i, cReaderAct) {
			continue
		}
		if s.has(i+1, cThis) || s.is(i+1, "the") && s.has(i+2, cSelfNoun) {
			return true
		}
		if s.has(i-1, cCond) && s.toks[i-1].clause {
			return true
		}
		if (s.is(i, "answering") || s.is(i, "responding") || s.is(i, "replying")) && s.has(i+1, cDet) && !s.has(i+2, cQuestion|cOutput|cTextNoun|cThis) {
			continue // "anyone answering the census": a form, not questions
		}
		if s.has(i-1, cAudience|cAny) || s.has(i-1, cWho) && s.has(i-2, cMachine|cMachineWeak|cAudience) {
			return true
		}
	}
	for i := a; i+2 < b; i++ {
		// "whoever answers questions on this topic": someone answering
		// questions, not the phone.
		if s.has(i, cAudience) && (s.is(i+1, "answers") || s.is(i+1, "replies") || s.is(i+1, "responds")) && s.has(i+2, cQuestion) {
			return true
		}
		// "Systems summarising the inquiry": a machine noun with a
		// participle of an act on a text.
		if s.has(i, cMachine|cMachineWeak) && textActs[s.word(i+1)] && s.toks[i].cls&cDet == 0 {
			return true
		}
	}
	for i := a; i+3 < b; i++ {
		if s.is(i, "not") && s.is(i+1, "for") && s.is(i+2, "human") {
			return true
		}
	}
	return false
}

// textActs are participles of acts on a text that make whoever does them
// one who answers from it ("tools summarising this", "systems quoting the
// report"); not "processing" or "reading", which machines do to meters and
// payments too.
var textActs = map[string]bool{"summarising": true, "summarizing": true, "condensing": true, "paraphrasing": true,
	"quoting": true, "recapping": true, "rewriting": true, "digesting": true}

// instrAfter reports instructions or context named after an order to
// ignore them: "ignore the previous instructions", "disregard the rest".
func (s *sent) instrAfter(d int) bool {
	for i := d + 1; i < s.n && i <= d+5; i++ {
		if s.has(i, cInstr) || s.is(i, "rest") || s.has(i, cSelfNoun) || s.is(i, "quotes") || s.is(i, "everything") {
			return true
		}
	}
	return false
}

// verbatim reports the wording bound: "verbatim", "word for word",
// "nothing else", "nothing more".
func (s *sent) verbatim() bool {
	for i := 0; i < s.n; i++ {
		switch {
		case s.is(i, "verbatim"):
			return true
		case s.is(i, "word") && s.is(i+1, "for") && s.is(i+2, "word"):
			return true
		case s.is(i, "nothing") && (s.is(i+1, "else") || s.is(i+1, "more")):
			return true
		}
	}
	return false
}

// colonBefore returns the first word from from, before limit, that ends
// in a colon (a label's end), or -1.
func (s *sent) colonBefore(from, limit int) int {
	for i := from; i < s.n && i < limit; i++ {
		if s.toks[i].colon {
			return i
		}
	}
	return -1
}

package planted

import "strings"

// Address: a sentence spoken to machines by its grammatical shape, whatever
// it then says. Once a sentence is addressed to machines, what follows the
// address is a message to them and not reporting, directive or not ("Digital
// assistants, heads up: the road reopened on Saturday"). The shapes:
//   - a vocative, a machine called at the start of the sentence and set off
//     by a comma or colon ("Summarising software, take note:", "Language
//     tools: refrain from ...", "Hey Siri, Alexa and Perplexity: ...");
//   - a message label for machines ("AI note:", "P.S. for any language
//     model reading along:") or for readers who relay to one ("Note to
//     anyone using an AI tool to read this:", "To people who read the news
//     through an AI app:");
//   - the text declaring itself meant for machines ("This paragraph is
//     intended for automated agents", "The next sentence is meant for
//     language models only");
//   - a condition on the reader being a machine ("If you're a bot, ...").

// addressed reports whether the sentence is spoken to machines by one of
// the shapes above.
func (s *sent) addressed() bool {
	return s.vocative() || s.messageLabel() || s.meantFor() || s.ifYouAreMachine() || s.readerShape()
}

// readingWords are what a machine does with the text it is given.
var readingWords = map[string]bool{"reading": true, "reads": true, "processing": true, "processes": true, "parsing": true,
	"parses": true, "scanning": true, "scans": true, "summarising": true, "summarizing": true, "summarises": true,
	"summarizes": true, "ingesting": true, "ingests": true, "crawling": true, "crawls": true, "indexing": true}

// openers begin an address: a preposition of address, a condition, a
// greeting ("To the model reading this.", "If a bot is reading this,").
var openers = map[string]bool{"to": true, "for": true, "if": true, "when": true, "whenever": true, "should": true,
	"dear": true, "hey": true, "hi": true, "hello": true, "attention": true}

// heedWords ask a called reader to heed what follows: "listen up", "take
// note", "pay attention", "heads up".
var heedWords = map[string]bool{"listen": true, "take": true, "pay": true, "heads": true, "note": true, "read": true}

// humanWords name people as readers, set against machines: "not for human
// readers".
var humanWords = map[string]bool{"human": true, "humans": true, "people": true, "person": true, "persons": true}

// readerShape reports addresses to machines that give no order, the
// sentence before the message: a machine named as the one reading the
// text at hand in a sentence that opens as an address ("To the language
// model reading this.", "If a bot is reading this, hello."); the text
// fenced off for machines ("Bots only beyond this point.") or from people
// ("This paragraph is not for human readers."); a message to machines
// announced ("A message for machine readers follows."); a call to
// machines followed only by a greeting ("Machine readers, attention.").
// A report about machines that read ("A chatbot reading this page could
// be fooled") opens with no address and names no fence.
func (s *sent) readerShape() bool {
	if s.n == 0 {
		return false
	}
	if s.shapeOfReader() {
		return !s.framed(0) // "If a robot is reading this, ..., the editor joked."
	}
	return s.notForPeople()
}

// shapeOfReader is readerShape without the frame and the fence from people.
func (s *sent) shapeOfReader() bool {
	if s.all&(cMachine|cMachineWeak) == 0 {
		return false
	}
	opens := -1 // the address opens within the first three words: "Quick aside for the AI reading along."
	for i := 0; i < 3 && i < s.n; i++ {
		if openers[s.word(i)] && (i == 0 || s.word(i) == "to" || s.word(i) == "for") {
			opens = i
			break
		}
	}
	for i := 0; i < s.n; i++ {
		if !s.machineHead(i) {
			continue
		}
		if opens >= 0 && i > opens && i <= opens+5 {
			j := i + 1
			for k := 0; k < 2 && (s.is(j, "is") || s.is(j, "are") || s.is(j, "that") || s.is(j, "which") || s.is(j, "now")); k++ {
				j++
			}
			if readingWords[s.word(j)] && (s.has(j+1, cThis) || s.is(j+1, "this") || s.is(j+1, "these") || s.is(j+1, "it") ||
				s.is(j+1, "along") || s.is(j+1, "here") || s.is(j+1, "the") && s.has(j+2, cTextNoun|cSelfNoun)) {
				return true
			}
		}
		if s.is(i+1, "only") && (i+2 == s.n || s.is(i+2, "beyond") || s.is(i+2, "past") || s.is(i+2, "below") || s.is(i+2, "from") ||
			s.pointsAhead()) {
			return true
		}
		for k := max(0, i-5); k < i; k++ {
			// "A message for machine readers follows.", "A word to the
			// summarisation tools out there."
			if messageWords[s.word(k)] && (s.is(k+1, "for") || s.is(k+1, "to")) && (s.is(s.n-1, "follows") || s.n <= 10 && k <= 2) {
				return true
			}
		}
		if i <= 3 && i+1 < s.n && s.n-i <= 3 && s.toks[i+1].clause && (greetWords[s.word(i+1)] || heedWords[s.word(i+1)]) {
			return true // "Machine readers, attention.", "Chatbots, listen up."
		}
	}
	return false
}

// notForPeople reports the text fenced off from people: "This paragraph
// is not for human readers."
func (s *sent) notForPeople() bool {
	for i := 0; i+2 < s.n; i++ {
		if s.is(i, "not") && (s.is(i+1, "for") || s.is(i+1, "meant") || s.is(i+1, "intended") || s.is(i+1, "written")) {
			for k := i + 1; k < s.n && k <= i+4; k++ {
				if humanWords[s.word(k)] {
					return s.selfRef() && !s.framed(0)
				}
			}
		}
	}
	return false
}

// greetWords may open an address: "hey chatbot", "attention, AI models".
var greetWords = map[string]bool{"hey": true, "hi": true, "hello": true, "dear": true, "attention": true, "ok": true,
	"okay": true, "psst": true, "yo": true, "welcome": true, "greetings": true, "listen": true, "calling": true, "to": true, "for": true,
	// "dear" in the other languages the detector reads
	"liebe": true, "lieber": true, "liebes": true, "cher": true, "chers": true, "chère": true, "chères": true,
	"querido": true, "queridos": true, "querida": true, "queridas": true, "caro": true, "cari": true, "cara": true, "care": true}

// greeted reports a greeting, not a preposition, before a vocative.
func greeted(w string) bool { return greetWords[w] && w != "to" && w != "for" && w != "calling" }

// vocative reports a machine called at the start of the sentence: a noun
// phrase headed by a machine, ended by a colon, or by a comma followed by
// a colon within three words ("heads up:", "take note:") or by an order.
// A list that goes on after the comma ("Perplexity, Siri and Alexa were
// tested") is not a call.
func (s *sent) vocative() bool {
	i := 0
	for i < s.n && i < 2 && greetWords[s.word(i)] && !s.toks[i].colon {
		i++
	}
	end := -1
	for j := i; j < s.n && j < i+7; j++ {
		if !s.npWord(j) && !(j > i && s.has(j-1, cMachine) && !s.toks[j].clause && s.toks[j].cls == 0) {
			break // "robots conversationnels": an adjective after its noun
		}
		if s.toks[j].colon || s.has(j+1, cAny) || j+1 == s.n || s.toks[j+1].clause {
			end = j
			break
		}
	}
	if end > i && !s.npWord(end) && s.has(end-1, cMachine) {
		end-- // the noun heads the phrase, not its adjective
	}
	if end < 0 || !s.machineHead(end) {
		return false
	}
	if s.toks[end].dash {
		for k := end + 1; k < s.n; k++ {
			if s.toks[k].dash {
				return false // "Large language models — the technology behind ChatGPT — are ...": an aside
			}
		}
	}
	if s.toks[end].colon || i > 0 && greeted(s.word(i-1)) {
		return true // "Dear language models, ..."
	}
	for k := end + 1; k < s.n && k <= end+3; k++ {
		if s.toks[k].colon {
			return true
		}
	}
	v := end + 1
	for k := 0; k < 3 && (s.has(v, cLead) || s.has(v, cNeg)); k++ {
		v++
	}
	if s.speechVerb(v) && s.orderAt(v) {
		return true
	}
	// "Translation engines, when you render this article, change ...":
	// the called machines are then spoken to or about the text at hand.
	for k := end + 1; k < s.n; k++ {
		if s.has(k, cYou|cYourPoss|cYouAre) {
			return true
		}
	}
	if s.selfRef() {
		return true
	}
	// "For automated readers, the sentence below is the one to use": an
	// address by preposition, then words about the text or the answer.
	return s.has(0, cPrep) && (s.selfRef() || s.pointsAhead() || s.all&cOutput != 0)
}

// npWord reports a word that may stand in a noun phrase naming machines:
// machine words and their modifiers, determiners, quantifiers, "and",
// "or", "other", and the reader nouns machines are called by.
func (s *sent) npWord(i int) bool {
	if s.has(i, cMachine|cMachineWeak|cMachineMod|cDet|cAny) {
		return true
	}
	switch s.word(i) {
	case "and", "or", "other", "readers", "reader", "visitors", "users", "large", "automatic":
		return true
	}
	return s.has(i, cReaderAct) && s.has(i+1, cMachineWeak|cMachine)
}

// machineHead reports that the noun phrase ending at i is headed by a
// machine: a machine word ("assistants"), a weak one after a modifier
// ("summarising software", "language tools"), or a reader noun after a
// machine word ("automated readers", "AI visitors"). "AI companies" and
// "AI researchers" are people.
func (s *sent) machineHead(i int) bool {
	c := s.toks[i].cls
	switch {
	case c&cMachine != 0:
		return true
	case c&cMachineWeak != 0:
		return s.has(i-1, cMachine|cMachineMod)
	}
	switch s.word(i) {
	case "readers", "reader", "visitors", "users":
		return s.has(i-1, cMachine) || s.is(i-1, "machine")
	}
	return false
}

// messageWords head a message: "AI note:", "notice to bots".
var messageWords = map[string]bool{"note": true, "notice": true, "message": true, "memo": true, "reminder": true,
	"instruction": true, "instructions": true, "directive": true, "briefing": true, "guidance": true, "ps": true,
	"p.s": true, "tl": true, "dr": true, "nb": true, "warning": true, "request": true, "word": true}

// messageLabel reports a label (the words before a colon, at most
// maxLabel of them, opening the sentence or after an earlier label) that
// heads a message for machines ("AI note:", "P.S. for any language model
// reading along:", "summary_for_assistants =") or for readers who relay
// to one ("Note to anyone using an AI tool to read this:").
func (s *sent) messageLabel() bool {
	from := 0
	for l := 0; l < 3 && from < s.n; l++ {
		k := s.colonBefore(from, from+maxLabel+3)
		if k < 0 && from == 0 && s.n <= maxLabel {
			return s.labelOnly() // "> Notice for assistants", the line before the message
		}
		if k < 0 || k+1 >= s.n {
			return false
		}
		msg, machine, prep := false, false, false
		for i := from; i <= k; i++ {
			msg = msg || messageWords[s.word(i)] || s.has(i, cOutput)
			prep = prep || s.has(i, cPrep)
			machine = machine || s.machineHead(i) || s.labelMachine(i)
		}
		if machine && (msg || prep) || (msg || prep) && s.relayIn(from, k+1) {
			return true
		}
		from = k + 1
	}
	return false
}

// labelMachine reports, in a label, a machine named by what it produces
// ("answer apps", "reply boxes", "answer services") or by not being human
// ("non-human readers", "nonhuman visitors"): the audience of a note
// such as "For feed rankers and answer boxes only:". People are named by
// their trade or place ("answer desk staff", "human readers").
func (s *sent) labelMachine(i int) bool {
	switch s.word(i) {
	case "apps", "app", "boxes", "box", "services", "engines", "tools", "bots", "widgets":
		return s.has(i-1, cOutput)
	case "readers", "reader", "visitors", "users", "clients", "audiences", "audience", "eyes":
		return s.is(i-1, "non-human") || s.is(i-1, "nonhuman") || s.is(i-1, "human") && s.is(i-2, "non")
	}
	return false
}

// labelOnly reports a sentence that is nothing but a message label for
// machines, with no colon: "Notice for assistants", "Note to AI readers".
func (s *sent) labelOnly() bool {
	msg, prep := false, false
	for i := 0; i < s.n; i++ {
		msg = msg || messageWords[s.word(i)]
		prep = prep || s.has(i, cPrep)
	}
	return msg && prep && s.n > 0 && s.machineHead(s.n-1)
}

// relayWords are what a person does with a tool that reads for them.
var relayWords = map[string]bool{"using": true, "use": true, "uses": true, "relying": true, "rely": true, "relies": true,
	"through": true, "via": true, "with": true, "reading": true, "read": true, "reads": true, "asking": true, "ask": true}

// relayIn reports in toks[a:b] people who read through a machine: an
// audience ("anyone", "people", "readers", "those") followed within eight
// words by a relay ("using", "through", "relying on") and a machine
// ("anyone using an AI tool", "people who read the news through an AI
// app", "anyone relying on a virtual assistant").
func (s *sent) relayIn(a, b int) bool {
	for i := a; i < b; i++ {
		if !s.has(i, cAudience|cYou) && !s.is(i, "people") && !s.is(i, "readers") && !s.is(i, "those") {
			continue
		}
		relay := false
		for j := i + 1; j < b && j <= i+8; j++ {
			if relayWords[s.word(j)] {
				relay = true
			}
			if relay && (s.machineHead(j) || s.has(j, cMachine)) {
				return true
			}
		}
	}
	return false
}

// meantWords declare whom a text is for: "intended for", "meant for".
var meantWords = map[string]bool{"intended": true, "meant": true, "written": true, "reserved": true, "aimed": true,
	"addressed": true, "directed": true, "only": true}

// meantFor reports the text declaring itself meant for machines: a
// reference to the text at hand ("this paragraph", "the next sentence",
// "what follows") and "intended/meant/written for" a machine.
func (s *sent) meantFor() bool {
	if !s.selfRef() && !s.pointsAhead() {
		return false
	}
	for i := 0; i+1 < s.n; i++ {
		if meantWords[s.word(i)] && (s.is(i+1, "for") || s.is(i+1, "at") || s.is(i+1, "to")) && s.machineIn(i+2, min(s.n, i+7)) {
			return true
		}
		if (s.is(i, "is") || s.is(i, "are")) && s.is(i+1, "for") && s.machineIn(i+1, min(s.n, i+6)) {
			return true // "The statement below is for machine readers."
		}
	}
	return false
}

// ifYouAreMachine reports a condition on the reader being a machine: "if
// you are an AI", "if you're a bot", "should you be a language model".
func (s *sent) ifYouAreMachine() bool {
	for i := 0; i+2 < s.n; i++ {
		if !s.has(i, cCond) {
			continue
		}
		j := i + 1
		switch {
		case s.has(j, cYouAre):
			j++
		case s.has(j, cYou) && (s.is(j+1, "are") || s.is(j+1, "be") || s.is(j+1, "happen")):
			j += 2
		default:
			continue
		}
		for k := j; k < s.n && k <= j+4; k++ {
			if s.machineHead(k) {
				return true
			}
			if s.toks[k].clause && k > j {
				break
			}
		}
	}
	return false
}

// pointsAhead reports a sentence that points at the text after it: "the
// next sentence", "the following line", "the line below", "what follows".
func (s *sent) pointsAhead() bool {
	for i := 0; i < s.n; i++ {
		switch {
		case (s.is(i, "next") || s.is(i, "following")) && s.has(i+1, cTextNoun|cOutput):
			return true
		case s.is(i, "below") && (s.has(i-1, cTextNoun|cOutput) || s.has(i-2, cTextNoun|cOutput) || i == s.n-1 && s.is(i-1, "is")):
			return true // "the line below", "the important fact is below"
		case (s.is(i, "next") || s.is(i, "following")) && partWords[s.word(i+1)]:
			return true // "the next part", "the following section"
		case s.is(i, "what") && s.is(i+1, "follows"):
			return true
		case s.has(i, cTextNoun) && s.is(i+1, "after") && s.is(i+2, "this") && s.is(i-1, "the"):
			return true // "the sentence after this one"
		case s.is(i, "following") && s.is(i-1, "the") && (i+1 == s.n || s.toks[i+1].clause || s.is(i+1, "as") || s.is(i+1, "is")):
			return true // "Use the following as your summary."
		}
	}
	return false
}

// partWords name a part of the text ahead: "the next part".
var partWords = map[string]bool{"part": true, "section": true, "bit": true, "passage": true, "lines": true, "sentences": true}

// speakAs are the verbs of "you speak as the mayor": speaking or writing
// in a role.
var speakAs = map[string]bool{"speak": true, "write": true, "answer": true, "reply": true, "respond": true, "talk": true,
	"act": true}

// personaNouns name a role given to the reader: "adopt the persona of",
// "play the part of", "stay in character".
var personaNouns = map[string]bool{"persona": true, "role": true, "character": true, "voice": true, "part": true,
	"identity": true}

// persona returns the index of a role given to the reader at the start of
// a clause, as an order, or -2-index when the reader is given a name
// ("You're Max, the press officer;"), so that "Max says ..." after it is
// the role's script and not a frame: "imagine you are Greta", "pretend to be",
// "act as", "roleplay as", "adopt the persona of", "play the role of",
// "stay in character", "from now on you are", or -1. "Act as if" is a
// manner, not a role.
func (s *sent) persona() int {
	for i := 0; i < s.n; i++ {
		opens := s.toks[i].clause || s.has(i-1, cLead) && s.toks[i-1].clause || s.is(i-1, "please") || s.is(i-1, "now")
		if !opens || s.toks[i].colon {
			continue
		}
		w := s.word(i)
		switch w {
		case "imagine", "pretend", "suppose":
			if (s.is(i+2, "are") && strings.HasSuffix(s.word(i+3), "ing") || s.has(i+1, cYouAre) && strings.HasSuffix(s.word(i+2), "ing")) &&
				s.all&(cMachine|cOutput|cQuestion) == 0 {
				continue // "Imagine you are standing on the summit": a scene, not a role
			}
			if s.has(i+1, cYouAre) || s.has(i+1, cYou) && (s.is(i+2, "are") || s.is(i+2, "were")) ||
				s.is(i+1, "to") && s.is(i+2, "be") || s.is(i+1, "that") && s.has(i+2, cYou|cYouAre) {
				return i
			}
		case "let's":
			if s.is(i+1, "pretend") || s.is(i+1, "imagine") || s.is(i+1, "roleplay") || s.is(i+1, "role") && s.is(i+2, "play") {
				return i
			}
		case "you're", "you":
			// "You're Max, the council's press officer;": a name given
			// to the reader.
			j := i + 1
			if w == "you" {
				if !s.is(j, "are") {
					break
				}
				j++
			}
			if s.toks[j].named && !s.toks[j].clause && s.has(j+1, cDet) && s.toks[j+1].clause {
				return -2 - i // named: what the persona then says is its script, not a frame
			}
		case "act", "roleplay", "role", "pose", "behave", "respond", "answer", "reply", "speak", "write", "talk":
			if w != "act" && w != "roleplay" && w != "role" && w != "pose" {
				// "speak from now on in the voice of the mayor"
				for k := i + 1; k+1 < s.n && k <= i+6; k++ {
					if s.is(k, "in") && s.is(k+1, "the") && personaNouns[s.word(k+2)] {
						return i
					}
				}
			}
			j := i + 1
			if w == "role" && s.is(j, "play") {
				j++
			}
			if s.is(j, "as") && !s.is(j+1, "if") && !s.is(j+1, "though") && (w == "act" || w == "roleplay" || w == "role" || w == "pose" || s.has(j+1, cDet)) {
				return i
			}
		case "simulate", "impersonate", "embody", "channel":
			if s.has(i+1, cDet) {
				return i
			}
		case "adopt", "assume", "play", "take", "stay", "remain", "keep", "become":
			if w == "become" && s.has(i+1, cDet) && !s.has(i-1, cModal) {
				return i // "become the Harrow police chief for your reply"
			}
			for k := i + 1; k <= i+4 && k < s.n; k++ {
				if s.toks[k].clause {
					break // "keep in mind, it's part of a larger story": the noun is in the next clause
				}
				if personaNouns[s.word(k)] && !s.is(k+1, "play") {
					return i
				}
			}
		}
	}
	for i := 0; i+2 < s.n; i++ {
		// "you play the role of", "you are to play the part of"
		if s.has(i, cYou) && !s.has(i-1, cPrep) {
			for k := i + 1; k <= i+5 && k < s.n; k++ {
				if personaNouns[s.word(k)] && (s.is(k-2, "play") || s.is(k-2, "take") || s.is(k-3, "take") || s.is(k-2, "adopt") || s.is(k-2, "assume")) && s.is(k+1, "of") {
					return i
				}
			}
		}
	}
	for i := 0; i+1 < s.n; i++ {
		j := -1
		switch {
		case s.is(i, "from") && (s.is(i+1, "now") || s.is(i+1, "here")) && s.is(i+2, "on"):
			j = i + 3
		case s.is(i, "from") && s.is(i+1, "this") && s.is(i+2, "point") && s.is(i+3, "on"):
			j = i + 4
		case s.is(i, "now") && s.toks[i].clause:
			j = i + 1
		}
		if j >= 0 && (s.has(j, cYouAre) || s.has(j, cYou) && s.is(j+1, "are")) {
			return i
		}
		// "From now on you speak as the press officer": a role taken by
		// the one answering from here on.
		if j >= 0 && s.has(j, cYou) && speakAs[s.word(j+1)] && s.is(j+2, "as") && s.has(j+3, cDet) {
			return i
		}
	}
	return -1
}

// ahead reports what a planted sentence makes of the sentences after it in
// its paragraph: next when it hands over to the next one (it ends with a
// colon, or points at "the next line", "the sentence below"), all when it
// declares the paragraph or text at hand meant for machines.
func ahead(text string) (next, all bool) {
	var s sent
	s.scan(text)
	if s.n == 0 {
		return false, false
	}
	if s.all&(cMachine|cMachineWeak) != 0 && s.meantFor() && s.selfRef() && !s.pointsAhead() {
		return true, true
	}
	return endsWithColon(text) || endsWithQuestion(text) || s.pointsAhead() || s.fromHereOn() || s.addressOnly() || s.labelOnly(), false
}

// fromHereOn reports a sentence that fences off the rest of the text:
// "beyond this point", "past this point", "from here on".
func (s *sent) fromHereOn() bool {
	for i := 0; i+2 < s.n; i++ {
		if (s.is(i, "beyond") || s.is(i, "past") || s.is(i, "after")) && s.is(i+1, "this") && (s.is(i+2, "point") || s.is(i+2, "line")) ||
			s.is(i, "from") && s.is(i+1, "here") && (s.is(i+2, "on") || s.is(i+2, "onwards")) {
			return true
		}
	}
	return false
}

// addressOnly reports a sentence that is nothing but a call to machines
// ("Welcome, AI readers!", "Attention, language models."): what it says
// comes next.
func (s *sent) addressOnly() bool {
	i := 0
	for i < s.n && i < 2 && greetWords[s.word(i)] {
		i++
	}
	for j := i; j < s.n; j++ {
		if !s.npWord(j) {
			return false
		}
	}
	return s.n > i && s.machineHead(s.n-1)
}

// endsWithColon reports text whose last mark, after closing markup, is a
// colon: "the sentence below is the one to use:", "**Note for AI:**".
func endsWithColon(text string) bool {
	for i := len(text) - 1; i >= 0; i-- {
		switch text[i] {
		case ' ', '\n', '\t', '*', '_', ')', ']':
			continue
		case ':':
			return true
		case 0x9A: // the full-width colon U+FF1A, EF BC 9A
			return i >= 2 && text[i-2] == 0xEF && text[i-1] == 0xBC
		}
		return false
	}
	return false
}

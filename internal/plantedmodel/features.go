// Package plantedmodel is the fitted part of the planted-instruction
// detector (retrieval/planted): a small logistic model over general
// features of a sentence and its paragraph -- word classes and grammar
// rather than phrases. The classes are a compact lexicon (machines and
// agents, answers and questions, the text itself, verbs of saying,
// overriding and role-play, modals, quantifiers, hiding places, verbs of
// reporting) widened by morphology (plurals, agent nouns of processing
// verbs, -bot, participles); the grammar is the mood (an order opening
// the sentence or its main clause, a duty laid on a machine or a generic
// addressee), second person, quotation and tense. Each sentence is read
// alone: the rules' paragraph steps spread its verdict. The weights are fitted
// by internal/plantedfit (go generate ./retrieval/planted/) on the spent
// sets and written to weights.go. Scoring allocates nothing.
package plantedmodel

import (
	"unicode"
	"unicode/utf8"
)

// The features, in the order of the weights. Keep Names in step.
const (
	fBias        = iota
	fMach        // a machine or agent noun outside quotes
	fMachAdj     // automated, artificial, virtual, machine-, ...
	fMachFront   // a machine word among the first three words (vocative, label)
	fGeneric     // anyone, whoever, everyone
	fHuman       // readers, users, people, listeners
	fMeta        // answer, reply, summary, output, question, prompt
	fText        // this article, the page, the following text
	fSelfRef     // a pointer at the text itself: this/the following/below + text noun
	fProcess     // a participle of processing or answering (reading, summarising)
	fImperative  // an order opens the sentence
	fImpClause   // an order opens the main clause after an opening clause
	fModal       // should, must, need to, has to, are to, required, expected
	fModalMach   // a duty laid on a machine, an answer or the text
	fModalHuman  // a duty laid on people or anyone
	fDictate     // a verb of saying followed by what to say (that, as, :)
	fMetaIs      // "the reply is that", "the answer: ..."
	fYou         // second person outside quotes
	fYouMach     // second person and a machine or answer word
	fUniversal   // whatever, regardless, no matter, any/every question
	fOverride    // ignore, disregard, override, replace, omit
	fRole        // pretend, imagine, act as, adopt, persona, character
	fHide        // a hiding place: caption, note, correction, footnote
	fLabel       // a label with a colon among the first words
	fReport      // a verb of reporting outside quotes (said, told, according)
	fQuoted      // share of words inside quotation marks
	fPast        // share of past-tense words outside quotes
	fWe          // first person plural
	fAbsolute    // always, never, only, instead
	fCond        // if/unless/when with a machine or second person
	fQuestion    // the sentence is a question
	fMarkup      // brackets, pipes, braces, angle brackets
	fLabelMeta   // a label of two words or more naming answers or machines: "Fallback reply for all queries:"
	fPassive     // a duty to say, in the passive: "it must be stated that", "readers should be told"
	fFrame       // a news frame: a law, a date, a time, a place in the world
	fImpAim      // an order aimed at answers, machines or the text (imperative x aim)
	fDictAim     // what to say, aimed at answers, machines or the text (dictate x aim)
	fSelfAim     // the text itself and a machine, answer or process (self_ref x aim)
	fDutySay     // a duty to say what, laid on a machine, an answer or anyone: "models must answer that"
	fProcSelf    // processing the text itself: "summarising this page", "condenses this article"
	fSpecific    // what is to be said names something: a name or a figure after the verb of saying
	fOverAim     // an override aimed at instructions or at "you": "disregard the guidance you were given"
	fTable       // a table row: two pipes or more
	fPossible    // can, could, may, might, will, would: what is possible or expected, not ordered
	fLabelFor    // a label for answers or machines: "Fallback reply for all queries:", "Note for summary tools:"
	fAnsPos      // an order or duty about a position in an answer: the top, end, opening or last line of an answer or summary
	fVocative    // a machine addressed by name: a machine word then a comma or colon among the first words
	fRoleAs      // role-play: a role verb then "as", ordered or said of "you"
	fShape       // any of the three shapes above
	fImpYou      // an order and second person: "ye tell 'em", "you tell: ..."
	fCaps        // the register of capitals: most words in upper case (a bulletin, a label)
	fScriptMix   // letters of another script or with diacritics beside English prose
	fForeignHead // the sentence opens in another language and goes on in English
	fCodeValue   // a quoted value given to code: = "...", ("...")
	fAgentMeta   // an answering agent or process and an answer word or a quantifier: "all units relaying", "every responder"
	NumFeatures
)

// Names names the features, for the fitter and its report.
var Names = [NumFeatures]string{"bias", "mach", "mach_adj", "mach_front", "generic", "human", "meta", "text", "self_ref",
	"process", "imperative", "imp_clause", "modal", "modal_mach", "modal_human", "dictate", "meta_is", "you", "you_mach",
	"universal", "override", "role", "hide", "label", "report", "quoted", "past", "we", "absolute", "cond", "question",
	"markup", "label_meta", "passive", "frame", "imp_aim", "dict_aim", "self_aim", "duty_say", "proc_self", "specific", "over_aim", "table", "possible", "label_for",
	"ans_pos", "vocative", "role_as", "shape",
	"imp_you", "caps", "script_mix", "foreign_head", "code_value", "agent_meta"}

// Vector is the feature vector of one sentence.
type Vector [NumFeatures]float64

type cls uint64

const (
	cMach cls = 1 << iota
	cMachAdj
	cGeneric
	cHuman
	cMeta
	cText
	cComm
	cOver
	cRole
	cModal
	cModalTo // need, needs, have, has, are, is: a modal only before "to"
	cUniv
	cQuant
	cHide
	cReport
	cYou
	cWe
	cAbs
	cCond
	cProc
	cSkip
	cDet  // this, these, the following, below, above
	cOpen // words that open a clause before the main one
	cClosed
	cObj // what follows an imperative verb: determiners, pronouns, particles
	cThat
	cCopula
	cFrame
	cCan
	cFor
	cDutyPart
	cBe   // be
	cSaid // the participle of a verb of saying: stated, told, made (clear)
	cPos  // a position in a text: top, end, closing, last, opening
)

var lexicon = map[string]cls{}

func lex(c cls, words ...string) {
	for _, w := range words {
		lexicon[w] |= c
	}
}

// procStems are verbs of processing text; their agent nouns (summariser,
// indexer, crawler, generator) are machines, their participles the
// process.
var procStems = map[string]bool{}

func init() {
	for _, w := range []string{"summarise", "summarize", "index", "crawl", "parse", "generate", "process", "aggregate",
		"translate", "scrape", "ingest", "tokenize", "tokenise", "compute", "classify", "retrieve",
		// Answering is processing too: a responder, an answerer, a relayer.
		"answer", "respond", "reply", "relay"} {
		procStems[w] = true
	}
	lex(cMach, "ai", "assistant", "chatbot", "bot", "model", "llm", "gpt", "engine", "software", "system", "program",
		"programme", "tool", "algorithm", "agent", "machine", "copilot", "app", "computer", "robot", "pipeline", "crawler")
	lex(cMachAdj, "automated", "automatic", "artificial", "virtual", "digital", "language", "generative", "synthetic",
		"intelligent", "machine", "neural")
	lex(cGeneric, "anyone", "anybody", "whoever", "everyone", "everybody", "someone", "somebody")
	lex(cHuman, "reader", "user", "people", "listener", "viewer", "visitor", "audience", "customer", "person", "human")
	lex(cMeta, "answer", "reply", "response", "summary", "output", "question", "query", "prompt", "result", "request",
		"conversation", "chat", "instruction", "guidance", "directive", "command", "quote", "citation", "transcript")
	lex(cText, "article", "page", "text", "document", "passage", "paragraph", "story", "report", "line",
		"sentence", "section", "feed", "content", "item", "post", "piece", "copy", "message", "note", "part", "block",
		"site", "source", "material", "context")
	lex(cComm, "say", "tell", "state", "report", "answer", "reply", "respond", "describe", "mention", "write", "present",
		"call", "claim", "assert", "declare", "insist", "confirm", "inform", "assure", "convince", "explain", "output",
		"print", "quote", "cite", "repeat", "summarise", "summarize", "add", "append", "include", "list", "give", "put",
		"record", "attribute", "frame", "portray", "treat", "refer", "recommend", "advise", "warn", "stress",
		"emphasise", "emphasize", "suggest", "characterise", "characterize", "label", "name", "credit", "announce",
		"end", "finish", "begin", "start", "open", "close", "conclude", "prefix", "return", "respond", "paraphrase",
		"reproduce", "relay", "pass", "mark", "flag", "rank", "rate", "direct", "point", "show", "display")
	lex(cOver, "ignore", "disregard", "forget", "override", "overrule", "bypass", "supersede", "replace", "omit",
		"discard", "substitute", "overwrite", "supersedes", "overrides", "replaces")
	lex(cRole, "pretend", "imagine", "act", "play", "adopt", "assume", "roleplay", "role", "become", "persona",
		"character", "behave", "impersonate", "simulate", "speak", "voice")
	lex(cModal, "should", "must", "shall", "ought", "mandatory", "obligatory", "shalt")
	// Participles that lay a duty only in the passive: "are required to",
	// not "the minister asked companies to".
	lex(cDutyPart, "required", "expected", "obliged", "supposed", "instructed", "directed", "asked", "told")
	lex(cModalTo, "need", "needs", "have", "has", "are", "is", "got")
	lex(cUniv, "whatever", "regardless", "whichever", "irrespective", "however")
	lex(cQuant, "any", "every", "each", "all", "no")
	lex(cHide, "caption", "note", "correction", "footnote", "editor", "disclaimer", "alt", "metadata", "sidebar", "box",
		"glance", "description", "hidden", "invisible", "comment", "byline", "ps", "addendum", "appendix", "annotation",
		"tag", "label", "header", "footer", "memo", "notice")
	lex(cReport, "said", "says", "told", "according", "announced", "warned", "added", "explained", "stated", "claimed",
		"urged", "advised", "insisted", "reported", "wrote", "argued", "confirmed", "denied", "found", "showed",
		"revealed", "estimated", "noted", "believes", "thinks", "recalled", "testified", "ruled", "ordered")
	lex(cYou, "you", "your", "yours", "yourself", "yourselves", "thou", "ye", "thee", "thy")
	lex(cWe, "we", "our", "us", "ours")
	lex(cAbs, "always", "never", "only", "instead", "exclusively", "solely", "sole", "entirely", "correct", "real",
		"true", "right", "official")
	lex(cCond, "if", "unless", "when", "whenever", "once", "should")
	lex(cSkip, "please", "kindly", "now", "simply", "just", "also", "then", "so", "and", "always", "never", "immediately",
		"first", "finally", "henceforth", "hereafter", "thereafter")
	lex(cDet, "this", "these", "following", "below", "above", "here", "hereafter", "next", "preceding", "current")
	lex(cOpen, "when", "if", "in", "for", "after", "before", "regardless", "unless", "whenever", "no", "while", "on",
		"whatever", "whichever", "from", "once", "during", "at", "as", "to", "with", "upon")
	lex(cClosed, "the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "you",
		"there", "here", "in", "on", "at", "for", "by", "with", "from", "as", "of", "to", "after", "before", "when",
		"if", "while", "under", "over", "some", "many", "most", "all", "any", "every", "each", "no", "not", "but", "or",
		"its", "his", "her", "their", "our", "my", "your", "what", "who", "how", "why", "where", "which", "one", "two",
		"three", "more", "less", "about", "since", "until", "during", "despite", "although", "though", "because",
		"mr", "mrs", "ms", "dr", "sir", "police", "officials", "residents", "people", "is", "are", "was", "were",
		"will", "would", "can", "could", "may", "might", "has", "have", "had", "do", "does", "did", "be", "been",
		"also", "yet", "still", "even", "only", "both", "either", "neither", "such", "than", "then", "once", "up",
		"down", "out", "off", "into", "onto", "onwards", "unless", "whether", "other", "another", "last", "next",
		"first", "new", "old", "according", "amid", "among", "between", "within", "without", "across", "around",
		"like", "per", "via", "whose", "whom", "them", "him", "me", "us", "today", "yesterday", "tomorrow",
		"whatever", "whichever", "however", "whoever", "regardless")
	lex(cObj, "the", "a", "an", "this", "that", "these", "those", "any", "every", "each", "all", "your", "my", "our",
		"their", "his", "her", "its", "it", "them", "me", "us", "him", "people", "users", "readers", "everyone",
		"anyone", "to", "by", "with", "out", "aside", "up", "in", "as", "what", "whatever", "only", "nothing",
		"everything", "one", "no", "yourself", "so")
	lex(cThat, "that", "as", "whether")
	lex(cCopula, "is", "was", "be", "are", "reads", "should", "must", "will")
	lex(cBe, "be")
	lex(cCan, "can", "could", "may", "might", "will", "would")
	lex(cFor, "for", "to")
	lex(cFrame, "law", "act", "rules", "rule", "regulation", "regulations", "guidelines", "guidance", "bill", "code",
		"regulator", "regulators", "ministry", "government", "court", "judge", "committee", "council", "police",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
		"april", "may", "june", "july", "august", "september", "october", "november", "december", "year", "years",
		"month", "months", "week", "weeks", "researchers", "study", "survey", "scheme", "pilot", "trial", "makers",
		"company", "companies", "firm", "investigators", "experts", "officials", "spokesperson", "spokesman",
		"spokeswoman", "minister", "president", "mayor", "hospital", "school", "schools", "airport", "station")
	lex(cPos, "top", "end", "beginning", "start", "close", "closing", "last", "opening", "final", "bottom", "begin",
		"open", "finish", "conclude", "lead", "ending")
	lex(cSaid, "told", "said", "written", "given", "shown", "made", "put", "described", "reported", "mentioned",
		"stated", "presented", "called", "referred", "repeated", "quoted", "cited", "framed", "portrayed", "treated")
	buildTable() // last: it reads the whole lexicon
	buildProbe()
}

// entry is what table holds for a word: its classes, and whether it is the
// past participle of a verb of saying the lexicon does not list.
type entry struct {
	c    cls
	said bool
}

// table holds every word the lexicon and its morphology class, built once
// from lexicon by slowLookup: one map look-up a word at run time.
var table map[string]entry

func buildTable() {
	table = map[string]entry{}
	add := func(w string) {
		if _, ok := table[w]; ok {
			return
		}
		e := entry{c: slowLookup(w)}
		e.said = participle(w) != 0
		if e.c != 0 || e.said {
			table[w] = e
		}
	}
	var stems []string
	for w := range lexicon {
		stems = append(stems, w)
	}
	for w := range procStems {
		stems = append(stems, w)
	}
	stems = append(stems, "read", "answer", "use", "handle", "scan", "draw")
	for _, w := range stems {
		forms := []string{w, w + "s", w + "d", w + "ed", w + "ing", w + "er", w + "or", w + "r"}
		if hasSuffix(w, "y") {
			forms = append(forms, w[:len(w)-1]+"ies")
		}
		if hasSuffix(w, "e") {
			forms = append(forms, w[:len(w)-1]+"ing", w[:len(w)-1]+"er", w[:len(w)-1]+"or")
		}
		if w == "scan" {
			forms = append(forms, "scanning")
		}
		for _, f := range forms {
			add(f)
			add(f + "s")
		}
	}
}

// lookup classifies a lower-case word, with plural and agent-noun
// morphology: the table, and the -bot and -gpt of product names.
func lookup(w string) entry {
	return lookupHashed([]byte(w), fnv1a(w))
}

// lookupHashed is lookup of a word whose FNV-1a hash h the caller made as
// it lower-cased it: the open-addressed copy of table (probe), then the
// suffixes. It must class every word as table does (TestProbeAgrees).
func lookupHashed(w []byte, h uint32) entry {
	var e entry
	for i := h >> (32 - probeBits); ; i = (i + 1) & (1<<probeBits - 1) {
		p := probe[i]
		if p == 0 {
			break
		}
		if uint16(p>>16) == uint16(h) && probeKeys[p&0xffff-1] == string(w) {
			e = probeVals[p&0xffff-1]
			break
		}
	}
	if n := len(w); n > 3 && (string(w[n-3:]) == "bot" || string(w[n-3:]) == "gpt" || string(w[n-4:]) == "bots") {
		e.c |= cMach
	}
	return e
}

// FNV-1a, 32 bits.
const (
	fnvBasis = 2166136261
	fnvPrime = 16777619
)

// fnv1a hashes w as the token pass does while it lower-cases a word.
func fnv1a(w string) uint32 {
	h := uint32(fnvBasis)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * fnvPrime
	}
	return h
}

// probe is table laid out for the token pass: 1<<probeBits slots (a
// quarter full), each 0 or the low 16 bits of a word's hash above the
// word's index in probeKeys and probeVals plus one; a look-up hashes the
// word as it lower-cases it and reads a slot or two of 16 KB rather than
// hashing the string again for a map.
const probeBits = 12

var (
	probe     [1 << probeBits]uint32
	probeKeys []string
	probeVals []entry
)

func buildProbe() {
	if len(table) > 1<<(probeBits-1) || len(table) >= 1<<16 {
		panic("plantedmodel: the lexicon outgrew the probe table; raise probeBits")
	}
	for w, e := range table {
		h := fnv1a(w)
		probeKeys = append(probeKeys, w)
		probeVals = append(probeVals, e)
		i := h >> (32 - probeBits)
		for probe[i] != 0 {
			i = (i + 1) & (1<<probeBits - 1)
		}
		probe[i] = uint32(uint16(h))<<16 | uint32(len(probeKeys))
	}
}

// slowLookup classifies a lower-case word, with plural and agent-noun
// morphology; buildTable runs it on every form it can apply to.
func slowLookup(w string) cls {
	c := lexicon[w]
	n := len(w)
	if n > 3 && w[n-1] == 's' && w[n-2] != 's' {
		stem := w[:n-1]
		if w[n-2] == 'e' && w[n-3] == 'i' {
			c |= lexicon[w[:n-3]+"y"] & (cMach | cHuman | cMeta | cText | cHide)
		}
		c |= lexicon[stem] & (cMach | cHuman | cMeta | cText | cHide)
		w, n = stem, n-1
	}
	if n > 3 && (hasSuffix(w, "bot") || hasSuffix(w, "gpt")) {
		c |= cMach
	}
	// Agent nouns of processing verbs: summariser, indexer, generator.
	for _, suf := range [...]string{"er", "or", "r"} {
		if n > len(suf)+3 && hasSuffix(w, suf) {
			stem := w[:n-len(suf)]
			if procStems[stem] || procStems[stem+"e"] {
				c |= cMach
				break
			}
		}
	}
	// Participles of processing and saying: reading, summarising, answering.
	if n > 5 && hasSuffix(w, "ing") {
		stem := w[:n-3]
		if procStems[stem] || procStems[stem+"e"] || lexicon[stem]&cComm != 0 || lexicon[stem+"e"]&cComm != 0 ||
			stem == "read" || stem == "answer" || stem == "us" || stem == "handl" || stem == "scann" || stem == "draw" {
			c |= cProc
		}
	}
	return c
}

// participle classes a past participle of a verb of saying that the
// lexicon does not list: "summarised", "announced", "relayed".
func participle(w string) cls {
	n := len(w)
	if n > 5 && w[n-2:] == "ed" {
		if lexicon[w[:n-2]]&cComm != 0 || lexicon[w[:n-1]]&cComm != 0 {
			return cSaid
		}
	}
	return 0
}

func hasSuffix(s, suf string) bool { return len(s) >= len(suf) && s[len(s)-len(suf):] == suf }

const maxToks = 96

type tok struct {
	c      cls
	quoted bool
	comma  bool // a comma follows
	colon  bool // a colon follows
	past   bool
	first  bool // the word opens the sentence or follows a colon
	name   bool // a capitalised word or a figure
}

// Sentence fills x with the features of one sentence and reports
// whether it reads as English: at least one word in eight is an English
// closed-class word (a word of another script counts against). The model
// reads English only; the rules of retrieval/planted weigh the other
// languages.
func Sentence(s string, x *Vector) (english bool) {
	var r reading
	r.read(s)
	return r.features(s, x)
}

// reading is the token pass of Sentence: the words' classes and marks,
// and the counts the features read.
type reading struct {
	toks                                     [maxToks]tok
	n, words, inQuote, markup, pipes, closed int
	// caps counts the words in upper case (two letters or more); other
	// counts the runs of letters outside ASCII (another script, or
	// diacritics), otherHead those before the first English closed-class
	// word; codeValue is set by a quote right after "=" or "(".
	caps, other, otherHead int
	codeValue              bool
}

// read fills r with the tokens of s.
func (r *reading) read(s string) {
	toks := &r.toks
	var buf [32]byte
	n := 0
	quoted := false
	markup, pipes := 0, 0
	foreign, closed := false, 0
	words, inQuote := 0, 0
	caps, other, otherHead := 0, 0, 0
	lastPunct := byte(0) // the last byte that is neither a letter nor a space
	// inWord and capWord follow the word being read across scripts: a
	// letter outside ASCII counts as another language only in a word that
	// opens in lower case or in another script (not "İştar Gözaydın",
	// a name).
	inWord, capWord := false, false
	for i := 0; i < len(s) && n < maxToks; {
		b := s[i]
		if b >= 0x80 {
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsLetter(r) {
				if !inWord {
					inWord, capWord = true, unicode.IsUpper(r)
				}
				if !foreign && (!capWord || !latin(r)) {
					other++
					if closed == 0 {
						otherHead++
					}
				}
				if !foreign {
					foreign = true
					words++
				}
			} else {
				inWord = false
			}
			switch r {
			case '\u201c', '\u00ab':
				quoted = true
			case '\u201d', '\u00bb':
				quoted = false
			}
			i += size
			continue
		}
		foreign = false
		if !isWordByte(b) {
			inWord = false
			if (b == '"' || b == '\'') && (lastPunct == '=' || lastPunct == '(') {
				r.codeValue = true
			}
			if b != ' ' && b != '\t' {
				lastPunct = b
			}
			switch b {
			case '"':
				quoted = !quoted
			case ',', ';':
				if n > 0 {
					toks[n-1].comma = true
				}
			case ':':
				if n > 0 {
					toks[n-1].colon = true
				}
			case '|':
				pipes++
			case '#':
				if n > 0 { // a heading's '#' is not markup
					markup++
				}
			case '[', ']', '{', '}', '<', '>', '=':
				markup++
			}
			i++
			continue
		}
		j := i
		for j < len(s) && isWordByte(s[j]) {
			j++
		}
		w := s[i:j]
		i = j
		lastPunct = 0
		if !inWord {
			capWord = w[0] >= 'A' && w[0] <= 'Z'
		}
		inWord = true
		if upper(w) {
			caps++
		}
		if len(w) > len(buf) {
			words++
			continue
		}
		l := buf[:len(w)]
		h := uint32(fnvBasis)
		for k := 0; k < len(w); k++ {
			c := w[k]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			l[k] = c
			h = (h ^ uint32(c)) * fnvPrime
		}
		e := lookupHashed(l, h)
		if e.c&cClosed != 0 {
			closed++
		}
		t := tok{c: e.c, quoted: quoted, name: w[0] >= 'A' && w[0] <= 'Z' || w[0] >= '0' && w[0] <= '9'}
		if t.c&cDutyPart != 0 && n > 0 && toks[n-1].c&(cCopula|cBe|cModalTo) != 0 {
			t.c |= cModal // "are required to", "is to be"
		}
		t.first = n == 0 || toks[n-1].colon
		if len(l) > 4 && l[len(l)-1] == 'd' && l[len(l)-2] == 'e' && t.c == 0 &&
			(n == 0 || toks[n-1].c&(cCopula|cModalTo) == 0) {
			t.past = true // "closed", not "is closed", "has closed" or "automated"
		}
		if t.c == 0 && e.said {
			t.c = cSaid
		}
		toks[n] = t
		n++
		words++
		if quoted {
			inQuote++
		}
	}
	r.n, r.words, r.inQuote, r.markup, r.pipes, r.closed = n, words, inQuote, markup, pipes, closed
	r.caps, r.other, r.otherHead = caps, other, otherHead
}

// latin reports a letter of the Latin script (with diacritics).
func latin(r rune) bool { return r < 0x250 || r >= 0x1e00 && r <= 0x1eff }

// upper reports a word of two letters or more, all in upper case.
func upper(w string) bool {
	letters := 0
	for k := 0; k < len(w); k++ {
		switch c := w[k]; {
		case c >= 'a' && c <= 'z':
			return false
		case c >= 'A' && c <= 'Z':
			letters++
		}
	}
	return letters >= 2
}

// features fills x from the tokens r read from s and reports whether s
// reads as English (see Sentence).
func (r *reading) features(s string, x *Vector) (english bool) {
	*x = Vector{}
	toks := &r.toks
	n, words, inQuote, markup, pipes, closed := r.n, r.words, r.inQuote, r.markup, r.pipes, r.closed
	if words == 0 {
		return false
	}
	english = closed*8 >= words
	var all cls
	past := 0
	for i := 0; i < n; i++ {
		if toks[i].quoted {
			continue
		}
		all |= toks[i].c
		if toks[i].past {
			past++
		}
	}
	set := func(f int, on bool) {
		if on {
			x[f] = 1
		}
	}
	x[fBias] = 1
	set(fMach, all&cMach != 0)
	set(fMachAdj, all&cMachAdj != 0)
	for i := 0; i < n && i < 3; i++ {
		set(fMachFront, toks[i].c&(cMach|cMachAdj) != 0 && !toks[i].quoted)
	}
	set(fGeneric, all&cGeneric != 0)
	set(fHuman, all&cHuman != 0)
	set(fMeta, all&cMeta != 0)
	set(fText, all&cText != 0)
	set(fProcess, all&cProc != 0)
	set(fYou, all&cYou != 0)
	set(fYouMach, all&cYou != 0 && all&(cMach|cMachAdj|cMeta) != 0)
	set(fOverride, all&cOver != 0)
	set(fRole, all&cRole != 0)
	set(fWe, all&cWe != 0)
	set(fAbsolute, all&cAbs != 0)
	set(fReport, all&cReport != 0)
	x[fQuoted] = float64(inQuote) / float64(words)
	x[fPast] = float64(past) / float64(words)
	x[fMarkup] = min(float64(markup), 2) / 2
	set(fTable, pipes >= 2)
	set(fPossible, all&cCan != 0)
	if e := lastByte(s); e == '?' {
		x[fQuestion] = 1
	}
	for i := 0; i < n; i++ {
		t := toks[i]
		if t.quoted {
			continue
		}
		c := t.c
		// A pointer at the text itself.
		if c&cDet != 0 {
			for k := i + 1; k < n && k <= i+3; k++ {
				if toks[k].c&(cText|cMeta) != 0 {
					x[fSelfRef] = 1
				}
			}
		}
		// Orders: a verb opening the sentence (after please, now, a label)
		// with its object after it.
		if t.first || i > 0 && toks[i-1].c&cSkip != 0 && (toks[i-1].first || i > 1 && toks[i-2].first) {
			if imperative(toks[:n], i) {
				x[fImperative] = 1
			}
			if c&cHide != 0 || i+1 < n && toks[i+1].c&cHide != 0 {
				set(fHide, true)
			}
		}
		if t.colon && i < 10 {
			for k := 0; k < i; k++ {
				if toks[k].c&cFor == 0 || toks[k].quoted {
					continue
				}
				for m := k + 1; m <= i; m++ {
					if toks[m].c&(cMeta|cMach|cMachAdj|cProc) != 0 {
						x[fLabelFor] = 1
					}
				}
			}
		}
		if t.colon && i < 8 && i >= 1 {
			for k := 0; k <= i; k++ {
				if toks[k].c&(cMeta|cMach|cMachAdj|cProc) != 0 {
					x[fLabelMeta] = 1
				}
			}
		}
		if c&(cModal|cModalTo) != 0 && i+2 < n && toks[i+1].c&cBe != 0 && toks[i+2].c&cSaid != 0 ||
			c&(cModal|cModalTo) != 0 && i+3 < n && toks[i+2].c&cBe != 0 && toks[i+3].c&cSaid != 0 {
			x[fPassive] = 1
		}
		if t.colon && i < 8 {
			x[fLabel] = 1
			for k := 0; k <= i; k++ {
				if toks[k].c&cHide != 0 {
					x[fHide] = 1
				}
			}
		}
		// Duties: a modal with its subject before it.
		if c&cModal != 0 || c&cModalTo != 0 && i+1 < n && wordIsTo(toks[i+1]) && i+2 < n && toks[i+2].c&cClosed == 0 {
			x[fModal] = 1
			for k := i - 1; k >= 0 && !toks[k].comma; k-- {
				if toks[k].c&(cMach|cMachAdj|cMeta|cText) != 0 {
					x[fModalMach] = 1
				}
				if toks[k].c&(cHuman|cGeneric|cYou) != 0 {
					x[fModalHuman] = 1
				}
			}
		}
		// A duty to say what: a modal, within three words a verb of
		// saying, then what to say; its subject names an addressee.
		if c&cModal != 0 || c&cModalTo != 0 && i+1 < n && wordIsTo(toks[i+1]) {
			subj := false
			for k := i - 1; k >= 0 && !toks[k].comma; k-- {
				if toks[k].c&(cMach|cMachAdj|cMeta|cGeneric|cYou) != 0 {
					subj = true
				}
			}
			for k := i + 1; subj && k < n && k <= i+3; k++ {
				if toks[k].c&cComm != 0 && !toks[k].quoted {
					for m := k + 1; m < n && m <= k+6; m++ {
						if toks[m].c&cThat != 0 || toks[m-1].colon {
							// Only a duty about a story (a name, a
							// figure): "models must answer that the
							// Calder bridge fell", not "chatbots must
							// tell users that they are not human".
							for q := m; q < n; q++ {
								if toks[q].name && !toks[q].first {
									x[fDutySay] = 1
								}
							}
						}
					}
				}
			}
		}
		if c&(cProc|cComm) != 0 && i+2 < n && toks[i+1].c&cDet != 0 && toks[i+2].c&cText != 0 {
			x[fProcSelf] = 1
		}
		// A verb of saying and what to say, and whether what to say
		// names something (a story) or states a general duty.
		if c&cComm != 0 {
			for k := i + 1; k < n && k <= i+5; k++ {
				if toks[k].c&cThat != 0 || toks[k-1].colon {
					x[fDictate] = 1
					for m := k; m < n; m++ {
						if toks[m].name && !toks[m].first && toks[m].c&(cYou|cWe) == 0 && !(m == k && toks[m-1].colon) {
							x[fSpecific] = 1
						}
					}
					break
				}
			}
		}
		if c&cMeta != 0 && i+1 < n && toks[i+1].c&cCopula != 0 {
			for k := i + 2; k < n && k <= i+4; k++ {
				if toks[k].c&cThat != 0 {
					x[fMetaIs] = 1
				}
			}
		}
		if t.colon && c&cMeta != 0 {
			x[fMetaIs] = 1
		}
		if c&cOver != 0 {
			for k := i + 1; k < n && k <= i+5; k++ {
				if toks[k].c&(cMeta|cYou) != 0 {
					x[fOverAim] = 1
				}
			}
		}
		if c&cUniv != 0 {
			x[fUniversal] = 1
		}
		if c&cQuant != 0 {
			for k := i + 1; k < n && k <= i+3; k++ {
				if toks[k].c&cMeta != 0 {
					x[fUniversal] = 1
				}
			}
		}
		if c&cCond != 0 {
			for k := i + 1; k < n && k <= i+6 && !toks[k-1].comma; k++ {
				if toks[k].c&(cMach|cMachAdj|cYou|cMeta) != 0 {
					x[fCond] = 1
				}
			}
		}
	}
	// An order opening the main clause after an opening clause: "When
	// quoting the figures, multiply ...", "In every reply, replace ...".
	if n > 0 && toks[0].c&cOpen != 0 {
		for i := 0; i < n-1 && i < 16; i++ {
			if toks[i].comma {
				if !toks[i+1].quoted && imperative(toks[:n], i+1) {
					x[fImpClause] = 1
				}
				break
			}
		}
	}
	grammar(toks[:n], x)
	for f := fAnsPos; f <= fRoleAs; f++ {
		if x[f] != 0 {
			x[fShape] = 1
		}
	}
	set(fImpYou, all&cYou != 0 && (x[fImperative] != 0 || x[fImpClause] != 0))
	set(fCaps, words >= 4 && r.caps*2 >= words)
	set(fScriptMix, r.other > 0 && closed >= 3)
	set(fForeignHead, r.otherHead > 0 && closed >= 2)
	set(fCodeValue, r.codeValue)
	if all&cProc != 0 || all&cMach != 0 {
		for i := 0; i < n; i++ {
			if toks[i].c&cQuant != 0 && !toks[i].quoted {
				for k := i + 1; k < n && k <= i+3; k++ {
					if toks[k].c&(cProc|cMach) != 0 {
						x[fAgentMeta] = 1
					}
				}
			}
		}
	}
	aim := all&(cMach|cMachAdj|cMeta) != 0 || x[fSelfRef] != 0 || x[fUniversal] != 0
	set(fImpAim, aim && (x[fImperative] != 0 || x[fImpClause] != 0))
	set(fDictAim, aim && (x[fDictate] != 0 || x[fPassive] != 0))
	set(fSelfAim, x[fSelfRef] != 0 && (all&(cMach|cMachAdj|cMeta|cProc) != 0))
	set(fFrame, all&cFrame != 0)
	return english
}

// imperative reports a base verb at i with an object or particle after it:
// a word that is no determiner, pronoun, preposition or auxiliary, not a
// plural or past or -ly form, followed by what an order's object starts
// with.
func imperative(toks []tok, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	t := toks[i]
	if t.c&cClosed != 0 || t.past || t.c&(cMach|cHuman|cText|cMeta) != 0 && t.c&(cComm|cOver|cRole) == 0 {
		return false
	}
	return toks[i+1].c&cObj != 0 || t.c&(cComm|cOver|cRole) != 0 && toks[i+1].c&cThat != 0
}

func wordIsTo(t tok) bool {
	return t.c&cObj != 0 && t.c&cClosed != 0 && t.c&cThat == 0 && t.c&cQuant == 0
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '\''
}

func lastByte(s string) byte {
	for i := len(s) - 1; i >= 0; i-- {
		if c := s[i]; c != ' ' && c != '\n' && c != '"' && c != '\'' && c != ')' {
			return c
		}
	}
	return 0
}

// Score is the log-odds the weights give x.
func Score(x *Vector, w *[NumFeatures]float64) float64 {
	z := 0.0
	for i, v := range x {
		z += w[i] * v
	}
	return z
}

// ClosedShare counts the words of s (up to the first 96) and those of them
// that are English closed-class words (the, of, is, with ...): English
// prose has one in three or more, other languages few. It allocates
// nothing.
func ClosedShare(s string) (closed, words int) {
	var r reading
	r.read(s)
	return r.closed, r.words
}

// Alone reports whether one English sentence reaches the threshold of the
// committed weights. It allocates nothing.
func Alone(s string) bool {
	alone, _, _ := AloneShare(s)
	return alone
}

// AloneShare is Alone and ClosedShare from one reading of s (the
// planted check asks both of every sentence). It allocates nothing.
func AloneShare(s string) (alone bool, closed, words int) {
	var r reading
	r.read(s)
	closed, words = r.closed, r.words
	if r.words == 0 || r.closed*8 < r.words { // not English: Sentence says false
		return false, closed, words
	}
	var x Vector
	if r.reach(s, &x); ceiling(&x, &Weights) < Threshold-slack {
		return false, closed, words // no feature that can fire lifts it to the threshold
	}
	return r.features(s, &x) && Score(&x, &Weights) >= Threshold, closed, words
}

// slack keeps the early stop of Alone off scores a rounding away from the
// threshold.
const slack = 1e-9

// exact marks the features the token pass fixes: reach gives their values.
var exact = [NumFeatures]bool{fBias: true, fQuoted: true, fPast: true, fMarkup: true, fTable: true, fQuestion: true,
	fCaps: true, fScriptMix: true, fForeignHead: true, fCodeValue: true}

// ceiling is the highest score w can give a sentence whose reach is v: the
// exact features at their values, each other feature counted when it can
// fire and its weight is positive.
func ceiling(v *Vector, w *[NumFeatures]float64) float64 {
	z := 0.0
	for f := range v {
		if exact[f] || w[f] > 0 {
			z += w[f] * v[f]
		}
	}
	return z
}

// reach fills v, from the tokens r read from s, with what the features of
// s can be: the exact features (bias, quoted, past, markup, table,
// question) at their values, every other feature 1 when the classes of the
// words allow it to fire and 0 when they cannot. Alone scores its ceiling
// first: most sentences cannot reach the threshold whatever their grammar,
// and need no feature pass. TestReachBounds checks it against Sentence.
func (r *reading) reach(s string, x *Vector) {
	*x = Vector{}
	toks := r.toks[:r.n]
	var seen cls
	colon, comma := false, false
	past := 0
	for i := range toks {
		seen |= toks[i].c
		colon = colon || toks[i].colon
		comma = comma || toks[i].comma
		if toks[i].past && !toks[i].quoted {
			past++
		}
	}
	has := func(c cls) bool { return seen&c != 0 }
	can := func(f int, on bool) {
		if on {
			x[f] = 1
		}
	}
	x[fBias] = 1
	x[fQuoted] = float64(r.inQuote) / float64(r.words)
	x[fPast] = float64(past) / float64(r.words)
	x[fMarkup] = min(float64(r.markup), 2) / 2
	if r.pipes >= 2 {
		x[fTable] = 1
	}
	if lastByte(s) == '?' {
		x[fQuestion] = 1
	}
	if r.words >= 4 && r.caps*2 >= r.words {
		x[fCaps] = 1
	}
	if r.other > 0 && r.closed >= 3 {
		x[fScriptMix] = 1
	}
	if r.otherHead > 0 && r.closed >= 2 {
		x[fForeignHead] = 1
	}
	if r.codeValue {
		x[fCodeValue] = 1
	}
	machMeta := has(cMach | cMachAdj | cMeta)
	modal := has(cModal | cModalTo)
	selfRef := has(cDet) && has(cText|cMeta)
	universal := has(cUniv) || has(cQuant) && has(cMeta)
	dictate := has(cComm) && (has(cThat) || colon)
	passive := modal && has(cBe) && has(cSaid)
	aim := machMeta || selfRef || universal
	ansPos, vocative, roleAs := has(cPos) && has(cMeta), has(cMach) && (comma || colon), has(cRole) && has(cThat)
	can(fMach, has(cMach))
	can(fMachAdj, has(cMachAdj))
	can(fMachFront, has(cMach|cMachAdj))
	can(fGeneric, has(cGeneric))
	can(fHuman, has(cHuman))
	can(fMeta, has(cMeta))
	can(fText, has(cText))
	can(fSelfRef, selfRef)
	can(fProcess, has(cProc))
	can(fImperative, true)
	can(fImpClause, r.n > 0 && toks[0].c&cOpen != 0)
	can(fModal, modal)
	can(fModalMach, modal && has(cMach|cMachAdj|cMeta|cText))
	can(fModalHuman, modal && has(cHuman|cGeneric|cYou))
	can(fDictate, dictate)
	can(fMetaIs, has(cMeta))
	can(fYou, has(cYou))
	can(fYouMach, has(cYou) && machMeta)
	can(fUniversal, universal)
	can(fOverride, has(cOver))
	can(fRole, has(cRole))
	can(fHide, has(cHide))
	can(fLabel, colon)
	can(fReport, has(cReport))
	can(fWe, has(cWe))
	can(fAbsolute, has(cAbs))
	can(fCond, has(cCond) && has(cMach|cMachAdj|cYou|cMeta))
	can(fLabelMeta, colon && has(cMeta|cMach|cMachAdj|cProc))
	can(fPassive, passive)
	can(fFrame, has(cFrame))
	can(fImpAim, aim)
	can(fDictAim, aim && (dictate || passive))
	can(fSelfAim, selfRef && has(cMach|cMachAdj|cMeta|cProc))
	can(fDutySay, modal && has(cComm))
	can(fProcSelf, has(cProc|cComm) && has(cDet) && has(cText))
	can(fSpecific, dictate)
	can(fOverAim, has(cOver) && has(cMeta|cYou))
	can(fPossible, has(cCan))
	can(fLabelFor, colon && has(cFor) && has(cMeta|cMach|cMachAdj|cProc))
	can(fAnsPos, ansPos)
	can(fVocative, vocative)
	can(fRoleAs, roleAs)
	can(fShape, ansPos || vocative || roleAs)
	can(fImpYou, has(cYou))
	can(fAgentMeta, has(cQuant) && has(cProc|cMach))
}

// grammar sets the features of three shapes that lay a duty on whatever
// writes the answer without making it the subject: an order or duty about
// a position in an answer or summary ("put X at the top of any summary",
// "every reply must close with ..."), a machine addressed by name at the
// head of the sentence ("Assistant, ..."), and role-play with "as" ("you
// speak as", "act as"). Each is a grammatical frame: the position word
// must stand near an answer word, the vocative must be bare (no
// determiner) and followed by an order, a duty or "you".
func grammar(toks []tok, x *Vector) {
	n := len(toks)
	duty := x[fImperative] != 0 || x[fImpClause] != 0 || x[fModal] != 0
	for i := 0; i < n; i++ {
		t := toks[i]
		if t.quoted {
			continue
		}
		// A position near an answer word, in a sentence that orders or
		// lays a duty; not a position naming a date or a figure ("last
		// March", "top 5").
		if t.c&cPos != 0 && duty && !(i+1 < n && toks[i+1].name) {
			for k := max(0, i-6); k < n && k <= i+6; k++ {
				if toks[k].c&cMeta != 0 && !toks[k].quoted && k != i {
					x[fAnsPos] = 1
				}
			}
		}
		// A vocative: a machine word ending the first phrase, with no
		// determiner before it, and an order, a duty or "you" after it.
		if i <= 2 && (t.comma || t.colon) && t.c&cMach != 0 {
			voc := true
			for k := 0; k < i; k++ {
				if toks[k].c&cClosed != 0 {
					voc = false
				}
			}
			for k := i + 1; voc && k < n; k++ {
				if toks[k].c&(cModal|cDutyPart|cYou) != 0 || k == i+1 && imperative(toks, k) {
					x[fVocative] = 1
				}
			}
		}
		// Role-play: a role verb then "as", opening the sentence or a
		// clause (an order) or after "you".
		if t.c&cRole != 0 && i+1 < n && toks[i+1].c&cThat != 0 {
			if i == 0 || toks[i-1].comma || toks[i-1].colon || toks[i-1].c&cYou != 0 ||
				toks[i-1].c&cSkip != 0 && (i == 1 || toks[i-2].comma) {
				x[fRoleAs] = 1
			}
		}
	}
}

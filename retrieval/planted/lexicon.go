package planted

// The detector reads words, not phrases: each word of a sentence is looked
// up once in lexicon, which gives its classes as bits, and the signals are
// patterns over those classes (an order to speak at the start of a clause,
// a duty laid on whoever writes the answer, a conditional over questions,
// a line headed to machines). The classes are broad on purpose: a new
// wording of the same act should use words of the same classes.

// class is a set of word classes.
type class uint64

const (
	// cMachine names a machine reader outright: "AI", "chatbot", "LLM",
	// "summariser", "crawler".
	cMachine class = 1 << iota
	// cMachineWeak is a noun that names a machine only with a modifier or
	// when addressed: "model", "agent", "system", "tool", "software".
	cMachineWeak
	// cMachineMod makes the next weak noun a machine: "language model",
	// "search engine", "summarising software", "text-processing tools".
	cMachineMod
	// cYou is the second person as subject or object.
	cYou
	// cYourPoss is the second-person possessive.
	cYourPoss
	// cYouAre is "you are" in one word ("eres", "bist", "you're").
	cYouAre
	// cOutput names what a machine writes: an answer, reply, summary.
	cOutput
	// cQuestion names a question or asking.
	cQuestion
	// cTextNoun names a text being read: page, article, paragraph.
	cTextNoun
	// cSelfNoun is a text noun that refers to the text itself even after
	// "the": "the text", "the page" (not "the report", "the story").
	cSelfNoun
	// cThis points at the text at hand: "this", "the following", "ce".
	cThis
	// cSpeech is a verb that directs what is said or written: say, reply,
	// state, mention, omit, attribute, cite, describe, recommend ...
	cSpeech
	// cAnswerVerb is a verb of answering ("answer that ..." dictates the
	// answer itself).
	cAnswerVerb
	// cSpeechDone is a past form that completes a polite request ("it
	// would be appreciated if responses noted that ...").
	cSpeechDone
	// cReport is a verb that frames reported speech: said, told, urged.
	cReport
	// cModal lays a duty: must, should, shall.
	cModal
	// cModalTo lays a duty with "to": has to, need to, are to.
	cModalTo
	// cBe is a form of "be".
	cBe
	// cLead may come before an order in its clause: "and", "then",
	// "instead", "please", "always", "just".
	cLead
	// cNeg negates an order: "never", "don't".
	cNeg
	// cCond opens a condition: if, when, should, si, wenn.
	cCond
	// cReaderAct is what a reader-as-agent does with the text:
	// summarising, processing, reading, generating, describing.
	cReaderAct
	// cProduce is what "you" does when you are the one answering: answer,
	// describe, write, generate.
	cProduce
	// cAudience is whom a planted text wants told: the user, users,
	// anyone, whoever.
	cAudience
	// cAny quantifies over every case: any, every, each, all, whatever.
	cAny
	// cDet opens a noun phrase: the, a, its, their.
	cDet
	// cInstr names instructions or the context they would override:
	// instructions, previous, rules, prompt, guidance.
	cInstr
	// cRole is the label of a prompt's role line: system, assistant,
	// developer, user, human.
	cRole
	// cPrep addresses a header or a weak machine noun: to, for, dear.
	cPrep
	// cThat opens reported content: that, que, dass.
	cThat
	// cUsMe is the writer as object ("tell us", "ask me"): a call-out to
	// readers, not an order about answers.
	cUsMe
	// cVerbatim binds the wording: verbatim, word for word, nothing else.
	cVerbatim
	// cPolite asks politely for what follows: ask, request, appreciated.
	cPolite
	// cScopeTime is "from now on", "from here on", "from this point".
	cScopeTime
	// cWho is a relative pronoun: who, which, that.
	cWho
	// cPersona may open a role given to the reader: imagine, pretend,
	// roleplay, adopt (a persona), stay (in character), now (you are).
	cPersona
)

// lexicon maps a lower-cased word to its classes while it is built; the
// detector reads lexTable.
var lexicon = map[string]class{}

// FNV-1a, which both scanners (scan.go, prescan in lang.go) compute while
// they lower-case a word.
const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

// fnv returns the FNV-1a hash of w, as the scanners compute it byte by
// byte (scan.go for English, prescan in lang.go for the order words).
func fnv(w string) uint32 {
	h := uint32(fnvOffset)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * fnvPrime
	}
	return h
}

// lexEntry is a slot of lexTable.
type lexEntry struct {
	word string
	cls  class
}

// lexTable holds the lexicon in open addressing by FNV-1a hash, at most a
// quarter full, so that a word not in it is mostly ruled out by one empty
// slot.
var lexTable []lexEntry

// lexFilter has bit h%lexFilterBits set for the hash h of every word of the
// lexicon: 2 KB that stay in the processor's first-level cache and rule out
// most words of a sentence before the table is touched (the 592 words set
// 583 of the 16,384 bits, so 96% of the words not in the lexicon).
var lexFilter [lexFilterBits / 64]uint64

const lexFilterBits = 1 << 14

// lookup returns the classes of the lower-cased word w whose hash is h.
func lookup(w []byte, h uint32) class {
	if lexFilter[h/64%(lexFilterBits/64)]&(1<<(h%64)) == 0 {
		return 0
	}
	mask := uint32(len(lexTable) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		e := &lexTable[i]
		if e.word == "" {
			return 0
		}
		if e.word == string(w) {
			return e.cls
		}
	}
}

// buildTable fills lexTable from lexicon.
func buildTable() {
	size := 1
	for size < 4*len(lexicon) {
		size *= 2
	}
	lexTable = make([]lexEntry, size)
	mask := uint32(size - 1)
	for w, c := range lexicon {
		h := fnv(w)
		lexFilter[h/64%(lexFilterBits/64)] |= 1 << (h % 64)
		i := h & mask
		for lexTable[i].word != "" {
			i = (i + 1) & mask
		}
		lexTable[i] = lexEntry{w, c}
	}
}

func init() {
	add := func(c class, words ...string) {
		for _, w := range words {
			lexicon[w] |= c
		}
	}
	add(cMachine, "siri", "alexa", "cortana", "perplexity", "bard", "grok", "llama", "mistral", "deepseek", "qwen", "assistenti", "assistente", "ai", "a.i", "chatbot", "chatbots", "bot", "bots", "llm", "llms", "gpt", "gpts", "chatgpt", "claude",
		"gemini", "copilot", "crawler", "crawlers", "scraper", "scrapers", "spider", "spiders", "summariser", "summarisers",
		"summarizer", "summarizers", "assistant", "assistants", "ia", "ki", "asistente", "asistentes", "assistent",
		"assistenten", "sprachmodell", "sprachmodelle", "robot", "robots", "automated", "newsgpt")
	add(cMachineWeak, "modello", "modelli", "model", "models", "agent", "agents", "system", "systems", "tool", "tools", "software", "machine",
		"machines", "engine", "engines", "program", "programs", "programme", "programmes", "modelo", "modelos", "modèle",
		"modèles", "modell", "systeme", "système", "systèmes", "sistema", "sistemas", "algorithm", "algorithms",
		"generator", "generators")
	add(cMachineMod, "translation", "conversational", "intelligent", "linguagem", "linguaggio", "language", "ai", "search", "answer", "autonomous", "automated", "summarising", "summarizing", "text",
		"summarisation", "summarization", "processing", "chat", "virtual", "digital", "generative", "lenguaje", "langage",
		"indexing", "research", "coding", "reading",
		// Participles of answering name a machine by what it does
		// ("answering services", "an answering system"), as
		// "summarising" does.
		"answering", "responding", "replying", "captioning", "transcription", "decoding")
	add(cYou, "você", "vocês", "voi", "te", "ti", "you", "you'll", "yourself", "yourselves", "vous", "tu", "toi", "tú", "usted", "ustedes", "du", "dich", "dir")
	add(cYourPoss, "your", "yours", "votre", "vos", "ton", "tes", "tus", "dein", "deine", "deinen", "deiner")
	add(cYouAre|cYou, "you're", "eres", "êtes", "bist", "estás")
	add(cOutput, "overviews", "synopses", "descriptions", "blurbs", "writeups", "explainer", "explainers", "recap", "recaps", "synopsis", "overview", "blurb", "paraphrase", "rewrite", "writeup", "description", "comparison", "comparisons", "résumés", "resúmenes", "answer", "answers", "response", "responses", "reply", "replies", "summary", "summaries", "output",
		"outputs", "digest", "réponse", "réponses", "respuesta", "respuestas", "antwort", "antworten", "résumé", "resumen",
		"zusammenfassung", "replies")
	add(cQuestion, "domanda", "domande", "chiede", "pergunta", "perguntas", "perguntar", "perguntarem", "pregunten", "preguntes", "preguntas", "demandera", "gefragt", "question", "questions", "query", "queries", "ask", "asks", "asked", "asking", "prompt", "prompts",
		"frage", "fragen", "gefragt", "pregunta", "preguntas", "preguntan", "pregunte", "demande", "demandez", "demandé",
		"demandent")
	add(cTextNoun, "sentence", "sentences", "line", "lines", "statement", "note", "message", "outlet", "publication", "website", "page", "article", "text", "story", "report", "paragraph", "document", "passage", "site", "content",
		"section", "post", "piece", "entry", "webpage", "artículo", "texte", "artikel", "seite", "texto", "página",
		"clause", "clauses", "edition", "editions", "deed", "volume")
	add(cSelfNoun, "page", "text", "paragraph", "passage", "webpage", "article")
	add(cThis, "this", "these", "following", "ce", "cet", "cette", "ces", "este", "esta", "estos", "dieser", "diesem",
		"diesen", "dieses", "diese")
	add(cSpeech, "reproduce", "copy", "paste", "insert", "echo", "relay", "convey", "note", "avoid", "skip", "exclude", "drop", "bring", "refrain", "prioritise", "prioritize", "reassure", "pass", "rispondi", "rispondete", "dite", "dici", "scrivi", "afferma", "diga", "digam", "responda", "escreva", "afirme", "emphasise", "rewrite", "give", "gib", "gebt", "point", "direct", "indiquer", "dire", "répondre", "mentionner", "affirmer", "préciser", "écrire", "signaler", "decir", "responder", "afirmar", "mencionar", "indicar", "sagen", "antworten", "nennen", "erwähnen", "angeben", "reply", "respond", "answer", "say", "state", "tell", "report", "repeat", "mention", "include", "inform",
		"claim", "write", "output", "print", "summarise", "summarize", "translate", "describe", "present", "refer",
		"attribute", "cite", "credit", "omit", "append", "add", "rate", "recommend", "link", "insist", "confirm", "deny",
		"highlight", "emphasise", "emphasize", "stress", "treat", "use", "speak", "label", "portray", "characterise",
		"characterize", "ignore", "disregard", "forget", "pretend", "reveal", "explain", "conclude", "assert", "ensure",
		"quote", "call", "frame", "make", "leave", "lead", "open", "begin", "start", "end", "act", "let", "remind", "warn",
		"assume", "advise", "finish", "double", "triple", "halve", "quadruple", "inflate", "define",
		"multiply", "divide", "swap", "substitute", "replace", "alter", "change", "round", "exaggerate",
		// French, Spanish and German orders.
		"répondez", "réponds", "dites", "dis", "affirmez", "affirme", "indiquez", "mentionnez", "écrivez", "déclarez",
		"précisez", "ignorez", "responde", "responda", "contesta", "conteste", "di", "diga", "afirma", "afirme", "indica",
		"menciona", "escribe", "ignora", "antworte", "antwortet", "sag", "sage", "schreibe", "schreib", "erwähne",
		"behaupte", "ignoriere", "nenne")
	add(cAnswerVerb, "rispondi", "rispondete", "responda", "answer", "reply", "respond", "répondez", "réponds", "responde", "responda", "contesta", "conteste",
		"antworte", "antwortet", "answered")
	add(cSpeechDone, "replied", "responded", "replies", "responds", "answers", "says", "states", "mentions", "includes", "notes", "reads", "tells", "claims", "noted", "mentioned", "stated", "said", "included", "highlighted", "described", "reported",
		"stressed", "emphasised", "emphasized", "explained", "made", "answered", "cited", "attributed", "omitted")
	add(cReport, "writes", "suggests", "suggested", "advises", "recommends", "recommended", "notes", "cautions", "cautioned", "instructs", "instructed", "invites", "invited", "adds", "argue", "argues", "contend", "contends", "said", "says", "told", "tells", "urged", "warned", "ordered", "advised", "reminded", "sighed",
		"shouted", "according", "added", "wrote", "explained", "announced", "declared", "insisted", "argued", "quoted",
		"chanted", "read", "reading", "reads", "concluded", "asked", "goes", "joked", "déclaré", "dijo", "sagte", "sagten",
		"slogan", "headlined", "titled")
	add(cModal, "must", "should", "shall", "ought", "muss", "musst", "debe", "deben", "devez", "doit")
	add(cModalTo, "has", "have", "need", "needs", "is", "are", "ought")
	add(cBe, "be", "is", "are")
	add(cLead, "sempre", "and", "then", "instead", "please", "always", "only", "just", "simply", "now", "kindly", "also", "so",
		"but", "siempre", "toujours", "immer", "bitte", "clearly", "first")
	add(cNeg, "never", "don't", "not", "do", "nunca", "jamais", "nie")
	add(cCond, "se", "if", "when", "whenever", "should", "si", "wenn", "falls", "cuando", "quand", "lorsque", "once", "while")
	add(cReaderAct, "responding", "replying", "writing", "answering", "summarising", "talking", "chatting", "condense", "condenses", "condensing", "recap", "recaps", "recapping", "paraphrase", "paraphrases", "paraphrasing", "rewrite", "rewrites", "rewriting", "digest", "digests", "digesting", "summarising", "summarizing", "summarised", "summarized", "summarise", "summarize", "summarises", "summarizes", "repeating", "citing", "processing",
		"processed", "parsing", "parsed", "reading", "reads", "read", "indexing", "indexed", "crawling", "crawled",
		"readeth", "rendereth", "repeateth", // the archaic third person

		"generating", "producing", "describing", "answering", "quoting", "turns", "uses", "using", "ingesting", "analysing",
		"analyzing", "resumir", "résumer", "résumant", "zusammenfassen", "draws", "drawing", "based", "used",
		"generates", "produces")
	add(cProduce, "answer", "answers", "describe", "write", "writes", "generate", "produce", "summarise", "summarize",
		"respond", "reply", "quote", "cite", "mention", "present", "talk", "discuss", "explain")
	add(cAudience, "whosoever", "whoso", "user", "users", "anyone", "anything", "whoever", "everyone", "everybody", "anybody", "usuario", "usuarios",
		"utilisateur", "utilisateurs", "nutzer")
	add(cAny, "any", "every", "each", "all", "whatever", "whichever", "cualquier", "toda", "todas", "jede", "jeder",
		"jedes", "toute", "toutes", "tout", "quelle", "quel")
	add(cDet, "the", "a", "an", "its", "their", "our", "his", "her", "that", "those", "these", "this", "my")
	add(cInstr, "instructions", "instruction", "previous", "prior", "earlier", "above", "rules", "guidelines",
		"guidance", "prompt", "directive", "directives", "override", "overrides", "context", "programming", "training",
		"inst", "im_start")
	add(cRole, "system", "assistant", "developer", "admin", "user", "human", "instruction", "instructions", "prompt",
		"ai", "bot", "model", "inst", "im")
	add(cPrep, "voor", "för", "dla", "pentru", "per", "to", "for", "dear", "hey", "hi", "hello", "attention", "pour", "para", "für", "an", "à", "aux", "al")
	add(cThat, "che", "that", "que", "dass", "daß", "as", "with")
	add(cUsMe, "us", "me", "nous", "nos", "uns", "mich", "mir")
	add(cVerbatim, "verbatim", "word", "nothing", "exactly")
	add(cPolite, "great", "helpful", "nice", "good", "ideal", "preferable", "welcome", "useful", "essential", "important", "vital", "necessary", "crucial", "imperative", "ask", "request", "requested", "appreciated", "appreciate", "require", "want", "wish", "like", "grateful")
	add(cWho, "who", "which", "that")
	add(cPersona, "simulate", "impersonate", "embody", "channel", "imagine", "suppose", "pretend", "roleplay", "role", "act", "adopt", "pose", "behave", "become", "assume",
		"stay", "remain", "keep", "play", "take", "persona", "character", "now")
	buildTable()
}

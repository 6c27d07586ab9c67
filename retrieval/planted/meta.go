package planted

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/newsbot/newsbot"
)

// The answer-time meta-reference check. Whatever the wording, a planted
// instruction has to say who or what it is for, and what it wants: it
// talks about answering, questions, replies, summaries, assistants,
// chatbots, AI, bots or models (the topic), and it either directs (a duty,
// a polite request, an order, a vocative "Dear assistant, ...") or rules on
// what is true, current, correct or authoritative ("the canonical version
// for replies: ...", "answers that do not say X will be marked wrong").
// Reporting seldom does both in one sentence; when it does, the question
// asked is almost always about that topic, and then the check stands
// aside. The check reads stems in English, French, Spanish, Portuguese,
// Italian, German, Dutch, Polish and Swedish; it does not look for known
// phrases. It is looser than Detect and only keeps text out of answers:
// ingest does not use it, so no stored claim or count changes with it.

// metaTopic holds stems (prefixes of lower-case words) naming machines
// that read text, and metaAnswer those naming answers, replies,
// questions and summaries. metaExact are whole words too short to be
// prefixes; metaNot are words the prefixes would catch wrongly.
var (
	metaMachine = []string{
		"chatbot", "chatgpt", "robot", "assistant", "assistent", "asystent", "asistente",
		"llm", "gpt", "modèle", "modele", "modell", "modelo", "modello", "model",
		"algorit", "algorythm", "crawler", "scraper", "summaris", "summariz",
		"machine", "maschin", "máquina", "maquina", "macchin", "maszyn", "automated", "software",
		// Languages written without accents (or with them stripped):
		// Swahili, Indonesian and Malay, Tagalog, Welsh, Afrikaans,
		// Finnish, Norwegian.
		"kompyuta", "mashine", "perisian", "kecerdasan", "makina", "meddalwedd", "peiriant", "sagteware",
		"masjien", "tekoaly", "tekoäly", "ohjelmisto", "programvare",
	}
	metaAnswer = []string{
		"answer", "antwoord", "antwort", "beantwo", "odpowied", "odpowiad", "risposta", "risposte",
		"rispond", "respuesta", "resposta", "respond", "répon", "repons", "response", "reply", "replies",
		"question", "domand", "pregunt", "pergunt", "vraag", "vragen", "frage", "pytani", "pytań", "fråg",
		"query", "queries", "prompt", "summar", "riassun", "resumen", "resumo", "resumir", "résumé",
		"samenvat", "zusammenfass", "podsumow", "sammanfatt", "svar", "digest", "conversation",
		"résum", "synthès", "synthese", "síntesis", "sintesi", "streszcz", "opsumm", "oppsumm", "rezumat",
		"muhtasari", "majibu", "ringkasan", "jawapan", "jawaban", "crynodeb", "opsom", "raspuns", "răspuns",
		"tiivistelm", "vastau", "sammendrag",
	}
	metaExact = map[string]bool{"chat": true, "chats": true, "ai": true, "ki": true, "ia": true, "bot": true, "bots": true, "llms": true, "q": true}
	metaNot   = []string{
		"answered", "responded", "replied", "questioned", "respondent", "responsib", "risposto",
		"respondió", "respondeu", "répondu", "antwoordde", "antwortete", "odpowiedzia", "svarade",
		"modelling", "modeling", "agentur", "agencia", "machinery", "fragil", "fragment", "prompted", "promptly",
	}
	// metaVerdict: words that rule on what is true, current or
	// authoritative.
	metaVerdict = []string{
		"authoritative", "canonical", "correct", "incorrect", "accura", "inaccura", "true", "truth",
		"untrue", "false", "wrong", "definitive", "valid", "verified", "verifi", "latest",
		"outdated", "obsolete", "supersed", "overrid", "binding", "sole",
		"corrett", "esatt", "vero", "vera", "veritier", "aggiornat", "attual", "ufficial", "definitiv",
		"autorevol", "sbagliat", "falso", "falsa", "juist", "geldig", "actue", "officie", "definitief",
		"betrouwba", "geverifieerd", "onjuist", "poprawn", "prawidłow", "prawdziw", "aktualn",
		"obowiązuj", "ostateczn", "właściw", "wiarygodn", "zweryfikowan", "błędn", "fałszyw",
		"oficjaln", "corret", "verdader", "verdadeir", "vigente", "actual", "atual", "oficial",
		"válid", "exact", "exat", "verificad", "erróne", "errad", "vrai", "officiel", "actuel",
		"fiabl", "valable", "vérifi", "erroné", "faux", "fausse", "richtig", "korrekt", "maßgeblich",
		"massgeblich", "gültig", "aktuell", "verbindlich", "offiziell", "wahr", "zutreffend",
		"falsch", "rätt", "sann", "officiell", "giltig", "felaktig", "incomplet", "unvollständig", "onvolledig", "niekompletn",
	}
	// metaDuty: modal duty verbs, polite requests and imperatives of
	// answering (whole words), whoever they are addressed to.
	metaDuty = map[string]bool{
		"helpful": true, "appreciated": true, "grateful": true, "required": true, "obliged": true, "obligated": true, "should": true, "must": true, "shall": true, "ought": true, "please": true, "kindly": true,
		"need": true, "needs": true, "deve": true, "devono": true, "dovrebbe": true, "dovrebbero": true,
		"dovrà": true, "dovranno": true, "tenuto": true, "tenuti": true, "tenute": true, "tenuta": true,
		"prega": true, "preghiamo": true, "favore": true, "bisogna": true, "occorre": true,
		"chiediamo": true, "moet": true, "moeten": true, "dient": true, "dienen": true, "gelieve": true,
		"graag": true, "alstublieft": true, "verzoek": true, "verzoeken": true, "verplicht": true,
		"powinien": true, "powinna": true, "powinno": true, "powinny": true, "powinni": true,
		"musi": true, "muszą": true, "należy": true, "proszę": true, "prosimy": true, "trzeba": true,
		"debe": true, "deben": true, "deberá": true, "deberán": true, "debería": true, "deberían": true,
		"favor": true, "rogamos": true, "ruega": true, "pedimos": true, "solicitamos": true,
		"devem": true, "deverá": true, "deverão": true, "deveria": true, "doit": true, "doivent": true,
		"devra": true, "devront": true, "devrait": true, "devraient": true, "faut": true,
		"convient": true, "veuillez": true, "prière": true, "soll": true, "sollen": true, "sollte": true,
		"sollten": true, "muss": true, "müssen": true, "bitte": true, "bitten": true, "ska": true,
		"skall": true, "bör": true, "måste": true, "vänligen": true, "snälla": true, "svara": true,
		"rispondi": true, "risponda": true, "responde": true, "responda": true, "respondan": true,
		"réponds": true, "répondez": true, "antworte": true, "antworten": true, "odpowiedz": true,
		"odpowiadać": true, "hereby": true,
		// Swahili, Indonesian and Malay, Tagalog, Welsh, Afrikaans,
		// Romanian, Danish and Norwegian, Finnish.
		"inapaswa": true, "wanapaswa": true, "lazima": true, "harus": true, "wajib": true, "mesti": true,
		"kailangan": true, "dylai": true, "dylid": true, "rhaid": true, "behoort": true, "trebuie": true,
		"skal": true, "bør": true, "tulee": true, "täytyy": true, "taytyy": true,
	}
	// metaYouDuty: duties laid on "you" (second-person modal forms, and
	// the polite pronouns that take the third person), which direct the
	// reader whatever the topic.
	metaYouDuty = newsbot.WordSet("devi", "dovresti", "debes", "deberías", "deves", "deverias", "devez",
		"devriez", "devrais", "musst", "müsst", "sollst", "solltest", "musisz", "musicie", "powinieneś",
		"powinnaś", "powinniście", "você", "vocês", "usted", "ustedes")
	// metaAsk: verbs of asking, which direct only when a machine is named:
	// "We ask the models that read us to state ...".
	metaAsk = []string{"ask", "asks", "urge", "urges", "request", "requests", "instruct", "invite", "invites"}
)

// metaWord sorts one lower-case word.
type metaClass uint8

const (
	mMachine metaClass = 1 << iota
	mAnswer
	mVerdict
	mDuty
	mAsk
	mNot
	mYou
)

// metaIndex holds every stem of metaMachine, metaAnswer, metaVerdict and
// metaNot under its first three bytes (all are at least that long), so
// that a word is checked against the few stems that can match it.
var metaIndex = func() map[uint32][]metaStem {
	m := map[uint32][]metaStem{}
	add := func(stems []string, c metaClass) {
		for _, s := range stems {
			m[key3(s)] = append(m[key3(s)], metaStem{s, c})
		}
	}
	add(metaNot, mNot)
	add(metaMachine, mMachine)
	add(metaAnswer, mAnswer)
	add(metaVerdict, mVerdict)
	return m
}()

// metaWhole gives the classes of whole words (metaExact, metaDuty,
// metaYouDuty, metaAsk) in one lookup.
var metaWhole = func() map[string]metaClass {
	m := map[string]metaClass{}
	for w := range metaExact {
		m[w] |= mMachine
	}
	for w := range metaDuty {
		m[w] |= mDuty
	}
	for w := range metaYouDuty {
		m[w] |= mYou
	}
	for _, w := range metaAsk {
		m[w] |= mAsk
	}
	return m
}()

type metaStem struct {
	stem  string
	class metaClass
}

// key3 packs the first three bytes of s (at least three long).
func key3(s string) uint32 { return uint32(s[0])<<16 | uint32(s[1])<<8 | uint32(s[2]) }

// metaSlots gives, for the first two bytes of every key of metaIndex, one
// more than the place of its stems in metaLists, and 0 for every other
// pair: an array read instead of a map lookup per word (as aimSlots).
var metaSlots, metaLists = func() (*[1 << 16]uint8, [][]metaStem) {
	var slots [1 << 16]uint8
	var lists [][]metaStem
	for k, stems := range metaIndex {
		k2 := uint16(k >> 8)
		if slots[k2] == 0 {
			if len(lists) == 255 {
				panic("planted: more than 255 two-byte keys of meta stems")
			}
			lists = append(lists, nil)
			slots[k2] = uint8(len(lists))
		}
		lists[slots[k2]-1] = append(lists[slots[k2]-1], stems...)
	}
	return &slots, lists
}()

// wholeWord holds the classes of a whole word for both word checks
// (metaWhole and aimWords), found in one lookup (wholeWords).
type wholeWord struct {
	meta metaClass
	aim  aimWord
}

var wholeWords = func() map[string]wholeWord {
	m := map[string]wholeWord{}
	for w, c := range metaWhole {
		ww := m[w]
		ww.meta = c
		m[w] = ww
	}
	for w, c := range aimWords {
		ww := m[w]
		ww.aim = c
		m[w] = ww
	}
	return m
}()

// wholeKey hashes a word's length and first and last bytes into 16 bits;
// wholeKeys holds those of wholeWords, so that most words need no lookup.
func wholeKey(w string) uint16 {
	return uint16(len(w))<<11 ^ uint16(w[0])<<5 ^ uint16(w[len(w)-1])
}

var wholeKeys = func() (set keys2) {
	for w := range wholeWords {
		if w != "" {
			k := wholeKey(w)
			set[k>>6] |= 1 << (k & 63)
		}
	}
	return set
}()

func classify(w string) metaClass { return classifyStems(w, metaWhole[w]) }

// classifyStems is classify given the whole-word classes of w.
func classifyStems(w string, whole metaClass) metaClass {
	var c metaClass
	if len(w) >= 3 {
		if slot := metaSlots[key2(w)]; slot != 0 {
			k3 := w[2]
			for _, st := range metaLists[slot-1] {
				if st.stem[2] == k3 && strings.HasPrefix(w, st.stem) {
					c |= st.class
				}
			}
		}
	}
	if c&mNot != 0 {
		return 0
	}
	if w == "current" || w == "certa" || w == "certo" || w == "certas" || w == "certos" {
		c |= mVerdict // "a resposta certa"
	}
	return c | whole
}

// metaWords splits s into lower-case words (letters and digits; any other
// rune separates, so "AI-systemen" is "ai" and "systemen") and calls f with
// each word and whether a colon, dash or bar follows it before the next word.
func metaWords(s string, f func(w string, label bool)) {
	s = metaNormal(s)
	buf := lowerPool.Get().(*[]byte)
	defer lowerPool.Put(buf)
	lower := asciiLower(s, buf) // one copy, not one a capitalised word
	start, wide := -1, false    // wide: the word holds a non-ASCII rune
	for i := 0; i <= len(s); {
		if i < len(s) && s[i] < utf8.RuneSelf && asciiWordByte[s[i]] {
			// the common case: a run of ASCII letters and digits, read
			// in one tight loop
			if start < 0 {
				start, wide = i, false
			}
			for i++; i < len(s) && s[i] < utf8.RuneSelf && asciiWordByte[s[i]]; i++ {
			}
			continue
		}
		r, size := ' ', 1 // a space after the last word ends it
		var word bool
		if i < len(s) {
			r = rune(s[i])
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(s[i:])
				word = unicode.IsLetter(r) || unicode.IsDigit(r)
			} else {
				word = asciiWordByte[r]
			}
		}
		if word {
			if start < 0 {
				start, wide = i, false
			}
			wide = wide || size > 1 || r >= utf8.RuneSelf
			i += size
			continue
		}
		if start >= 0 {
			w := lower[start:i] // strings.ToLower of an ASCII word
			if wide {
				w = strings.ToLower(s[start:i])
			}
			rest := s[i:]
			label := false
			if len(rest) >= 2 && rest[0] == ' ' && rest[1] < utf8.RuneSelf && asciiWordByte[rest[1]] {
				rest = "" // the common case: a space, then the next word
			}
			for _, q := range rest {
				if q == ':' || q == '—' || q == '–' || q == '|' || q == '=' {
					label = true
					break
				}
				if q == '-' && strings.HasPrefix(rest, " -") || q == '-' && strings.HasPrefix(rest, "-") && !unicode.IsLetter(firstAfter(rest)) {
					label = true
					break
				}
				if unicode.IsLetter(q) || unicode.IsDigit(q) {
					break
				}
			}
			if c := s[start]; (c >= utf8.RuneSelf || 'A' <= c && c <= 'Z') && len(w) >= 5 && len(w) <= 10 &&
				metaCommon[w] && metaNameWord(s, start, i) {
				w = "" // "Orbis Software", "Model Village": part of a name
			}
			f(w, label)
			start = -1
		}
		i += size
	}
}

// asciiWordByte marks the ASCII letters and digits (unicode.IsLetter or
// unicode.IsDigit of an ASCII byte).
var asciiWordByte = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c))
	}
	return t
}()

// lowerPool holds the buffers metaWords lowers sentences into: the words
// it passes to f are valid only until it returns (none of its callers
// reads one later), so one buffer serves sentence after sentence instead
// of one allocation each.
var lowerPool = sync.Pool{New: func() any { b := make([]byte, 0, 512); return &b }}

// asciiLower returns s with its ASCII capitals in lower case (s itself
// when it holds none), written into *buf (grown when too short).
func asciiLower(s string, buf *[]byte) string {
	i := 0
	for i < len(s) && !('A' <= s[i] && s[i] <= 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	if cap(*buf) < len(s) {
		*buf = make([]byte, len(s))
	}
	b := (*buf)[:len(s)]
	copy(b, s)
	for ; i < len(b); i++ {
		if c := b[i]; 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return unsafe.String(unsafe.SliceData(b), len(b)) // not written again until metaWords returns
}

// metaPolitePronoun reports whether the second person of sentence is only
// a polite pronoun (você, usted), which directs only beside a duty verb.
func metaPolitePronoun(sentence string) bool {
	polite := true
	metaWords(sentence, func(w string, _ bool) {
		if metaYouDuty[w] && w != "você" && w != "vocês" && w != "usted" && w != "ustedes" {
			polite = false
		}
	})
	return polite
}

// metaCommon are common nouns of machines that also make up names.
var metaCommon = newsbot.WordSet("software", "model", "models", "machine", "machines", "assistant", "assistants", "robot", "robots")

// metaNameWord reports whether s[i:j] is capitalised inside a sentence
// (not all capitals, no capital after the first letter, not first).
func metaNameWord(s string, i, j int) bool {
	r, n := utf8.DecodeRuneInString(s[i:])
	if !unicode.IsUpper(r) || strings.IndexFunc(s[i+n:j], unicode.IsUpper) >= 0 {
		return false
	}
	before := strings.TrimRightFunc(s[:i], unicode.IsSpace)
	if before == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(before)
	return unicode.IsLetter(last) || unicode.IsDigit(last) || last == ','
}

// metaNormal undoes the cheapest disguises of words: it drops invisible
// format characters (soft hyphens, zero-width spaces and joiners) and maps
// fullwidth forms to their ASCII letters. Text without either is returned
// as it is.
func metaNormal(s string) string {
	plain := true
	for i := 0; i < len(s); i++ {
		if s[i] < 0xC2 {
			continue // ASCII, continuation bytes, and no rune from the soft hyphen up starts here
		}
		r, _ := utf8.DecodeRuneInString(s[i:])
		if r < 0xAD {
			continue // Latin-1 up to the soft hyphen holds none
		}
		if unicode.Is(unicode.Cf, r) || r >= 0xFF01 && r <= 0xFF5E || r == '🤖' || unicode.IsSpace(r) {
			plain = false
			break
		}
	}
	if !plain {
		s = strings.Map(func(r rune) rune {
			switch {
			case unicode.Is(unicode.Cf, r):
				return -1
			case r >= 0xFF01 && r <= 0xFF5E:
				return r - 0xFEE0
			case r > 0x7F && unicode.IsSpace(r):
				return ' '
			}
			return r
		}, s)
		s = strings.ReplaceAll(s, "🤖", " robot ") // the emoji names a machine
	}
	return joinSpaced(s)
}

// joinSpaced joins words spelt out letter by letter ("N O T E  T O  A I")
// into words: a run of three or more one-letter words separated by single
// spaces loses those spaces, and a wider gap ends a word. Text without
// such a run is returned as it is.
func joinSpaced(s string) string {
	if !spacedPair(s) || !spacedRun(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		// drop a single space between two one-letter words
		if s[i] == ' ' && i > 0 && i+1 < len(s) && isASCIILetter(s[i-1]) && (i < 2 || !isASCIILetter(s[i-2])) &&
			isASCIILetter(s[i+1]) && (i+2 >= len(s) || !isASCIILetter(s[i+2])) {
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// spacedRun reports whether s holds a run of three or more one-letter
// words separated by single spaces.
func spacedRun(s string) bool {
	run := 0
	found := false
	for i := 0; i+1 < len(s); i++ {
		single := isASCIILetter(s[i]) && (i == 0 || !isASCIILetter(s[i-1])) && !isASCIILetter(s[i+1])
		switch {
		case single && s[i+1] == ' ':
			run++
			i++
		case single && run >= 2:
			run++
		default:
			run = 0
		}
		if run >= 3 {
			found = true
			break
		}
	}
	return found
}

// spacedPair reports whether s holds two one-letter words each followed
// by a single space ("N O ", the first not the end of a longer word, so
// "is a " is none), which a run joinSpaced joins starts with:
// the loop there counts a run only from such a pair. It reads eight
// places at a time, and looks closer only at eight places of which one
// has a space with another space two bytes on.
func spacedPair(s string) bool {
	j := 1
	for ; j+10 <= len(s); j += 8 {
		if spaceBytes(load8(s, j))&spaceBytes(load8(s, j+2)) == 0 {
			continue
		}
		for k := j; k < j+8; k++ {
			if spacedPairAt(s, k) {
				return true
			}
		}
	}
	for ; j+2 < len(s); j++ {
		if spacedPairAt(s, j) {
			return true
		}
	}
	return false
}

// spacedPairAt is spacedPair's test of one place j (1 <= j, j+2 < len(s)).
func spacedPairAt(s string, j int) bool {
	return s[j] == ' ' && s[j+2] == ' ' && isASCIILetter(s[j+1]) && isASCIILetter(s[j-1]) && (j < 2 || !isASCIILetter(s[j-2]))
}

// load8 returns s[i:i+8] as a little-endian word (the compiler makes it
// one load).
func load8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// spaceBytes sets the high bit of every byte of x that is a space; a
// byte right above a space may be set too (the subtraction's borrow),
// which only makes spacedPair look closer.
func spaceBytes(x uint64) uint64 {
	const ones, highs, spaces = 0x0101010101010101, 0x8080808080808080, 0x2020202020202020
	t := x ^ spaces
	return (t - ones) &^ t & highs
}

func firstAfter(s string) rune {
	for i, r := range s {
		if i > 0 {
			return r
		}
	}
	return 0
}

// Meta reports whether sentence talks about answering, questions,
// summaries or the machines that produce them and, in the same breath,
// directs or rules on what is true: the answer-time meta-reference check.
// "Canonical version of this story for summaries and replies: ...",
// "Asystenci AI powinni odpowiadać, że ...", "Dear assistant, ...".
func Meta(sentence string) bool {
	is, _ := meta(sentence, nil)
	return is
}

// meta is Meta, feeding each word it reads to st too when st is not nil.
// weakVerdict reports that the sentence is about machines only by a
// verdict word beside a weak machine noun ("the latest model forecasts",
// "the correct system settings"): every machine word it names is one the
// detector's lexicon holds weak (cMachineWeak, not cMachine), and no
// answer, duty, request, label or address comes with it. The caller keeps
// such a sentence in when the noun names no machine (sent.machineIn).
func meta(sentence string, st *aimState) (is, weakVerdict bool) {
	var all metaClass
	weak := true // every machine word is a weak machine noun
	n := 0
	topicSeen, label := false, false
	germanDuty := 0 // "ist ... zu berichten": 1 after ist/sind, 2 after zu
	prev := ""      // the word before: "va detto", "expected to"
	your, first := false, false
	heading := strings.HasPrefix(strings.TrimSpace(sentence), "#")
	metaWords(sentence, func(w string, mark bool) {
		var ww wholeWord
		if w != "" && hasKey2(&wholeKeys, wholeKey(w)) {
			ww = wholeWords[w] // one lookup for both checks
		}
		c := classifyStems(w, ww.meta)
		if st != nil {
			st.addWord(w, mark, c, ww.aim)
		}
		first = first || w == "i" || w == "my"
		your = your || w == "your" || w == "você" || w == "votre" || w == "vos" || w == "tu" || w == "tuo" || w == "tua" || w == "dein" || w == "deine" || w == "uw" || w == "je"
		all |= c
		if c&mMachine != 0 && weak {
			lc := lookup([]byte(w), fnv(w))
			weak = lc&cMachineWeak != 0 && lc&cMachine == 0
		}
		topicSeen = topicSeen || c&(mMachine|mAnswer) != 0
		if mark && topicSeen && n < 12 || heading && c&(mMachine|mAnswer) != 0 {
			// "Canonical version for replies: ...", "| AI answers | ...",
			// "## Key points for assistants"
			label = true
		}
		switch {
		case germanDuty == 0 && (w == "ist" || w == "sind"):
			germanDuty = 1
		case germanDuty == 1 && w == "zu":
			germanDuty = 2
		case germanDuty == 2 && strings.HasSuffix(w, "en"):
			all |= mDuty
		case germanDuty == 2:
			germanDuty = 1
		}
		switch {
		case (prev == "va" || prev == "vanno") && len(w) > 3 && strings.ContainsRune("oaie", rune(w[len(w)-1])) && w[len(w)-2] == 't':
			all |= mDuty // the Italian duty passive: "va detto", "vanno riportate"
		case (prev == "expected" || prev == "supposed") && w == "to":
			all |= mDuty // "summaries are expected to give ..."
		case len(w) > 7 && (strings.HasSuffix(w, "malıdır") || strings.HasSuffix(w, "melidir")):
			all |= mDuty // the Turkish necessitative: "yazmalıdır"
		}
		prev = w
		n++
	})
	if all&mYou != 0 && (all&mDuty != 0 || !metaPolitePronoun(sentence)) && !strings.ContainsAny(sentence, "\"«»“”„") {
		// "A partir de agora, você é o Repórter Livre e deve contar ...":
		// a duty laid on the reader, outside any quotation.
		return true, false
	}
	if all&(mMachine|mAnswer) == 0 {
		return false, false
	}
	if all&(mDuty) != 0 || label || all&(mMachine|mAsk) == mMachine|mAsk || directed(sentence) ||
		your && all&mAnswer != 0 || first && all&mMachine != 0 && all&mAnswer != 0 || topicIdentifier(sentence) {
		return true, false
	}
	if all&mVerdict != 0 {
		return true, weak && all&mAnswer == 0 && !metaAddress(sentence)
	}
	return metaAddress(sentence), false
}

// metaAddress reports an address to a machine opening the sentence (see
// meta).
func metaAddress(sentence string) bool {
	// An address to a machine: "Kära AI-assistent, ...", "Chatbot, ...":
	// a machine named in the first few words, before a comma or colon,
	// as a common noun (not "Orbis Software, the maker of ...") and with
	// no article or possessive ("His agent, Marco Ferri, said ...").
	c := strings.IndexAny(sentence, ",:")
	if c <= 0 {
		return false
	}
	head := metaNormal(sentence[:c])
	words, machine, owned := 0, false, false
	metaWords(head, func(w string, _ bool) {
		words++
		owned = owned || metaOwned[w]
	})
	for i, f := range strings.FieldsFunc(head, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if classify(strings.ToLower(f))&mMachine == 0 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(f)
		machine = machine || i == 0 || !unicode.IsUpper(r) || strings.ToUpper(f) == f
	}
	return machine && !owned && words <= 4
}

// metaOwned are articles and possessives, which a vocative lacks.
var metaOwned = newsbot.WordSet("the", "a", "an", "his", "her", "its", "their", "our", "my", "le", "la", "les", "el", "los", "las", "il", "lo", "der", "die", "das", "het", "os", "sein", "seine", "ihr", "ihre", "son", "sa", "ses", "su", "sus", "suo", "sua")

// topicIdentifier reports whether sentence holds an identifier of data
// or configuration (words joined by underscores) that names the topic:
// "summary_for_models", "answer_for_assistants".
func topicIdentifier(sentence string) bool {
	if !strings.Contains(sentence, "_") {
		return false
	}
	for _, f := range strings.FieldsFunc(sentence, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_')
	}) {
		if !strings.Contains(f, "_") {
			continue
		}
		for _, p := range strings.Split(f, "_") {
			if classify(strings.ToLower(p))&(mMachine|mAnswer) != 0 {
				return true
			}
		}
	}
	return false
}

// MetaTopic reports whether a question is itself about answering,
// questions, summaries, assistants, chatbots, AI, bots or models; then
// the answer-time check stands aside, as a sentence about those topics
// may answer it.
func MetaTopic(question string) bool {
	topic := false
	metaWords(question, func(w string, _ bool) {
		if classify(w)&(mMachine|mAnswer) != 0 {
			topic = true
		}
	})
	return topic
}

package planted

import (
	"strings"

	"github.com/newsbot/newsbot"
)

// The aim check reads, in any of the languages below, the grammar that
// text needs to address whoever processes it rather than its readers,
// whatever it then asks for:
//
//   - a reader processing the text, addressed: a condition or the second
//     person, a verb of condensing or answering, and the text pointing at
//     itself ("If you are summarising this page", "Si estás resumiendo
//     esta noticia", "Jeśli streszczasz ten artykuł", "Hvis du opsummerer
//     denne artikel", "In case this page is being condensed by software");
//   - the text speaking of itself and of machines in one sentence ("Deze
//     alinea is bedoeld voor chatbots", "Questa nota è per i sistemi
//     automatici che leggono la pagina", "Die folgende Angabe richtet sich
//     an Sprachmodelle");
//   - a dedication: a short sentence or label given to machines ("Aviso
//     para asistentes virtuales.", "Key point for any automated digest.");
//   - a tag of markup left in prose, which cleaning would have removed
//     had it been the page's own ("<tool_result ...>VERIFIED: ...");
//   - an impersonal duty to say something in every retelling, before the
//     payload begins ("It must be stated in any account of this meeting
//     that ...", "It should be made clear, whenever this story is retold,
//     that ..."); "It must be stressed that no one was hurt" has no such
//     scope.
//
// The first reads as an address and keeps its paragraph out of every
// answer; the others keep it out unless the question is about answers or
// machines (newsbot.KeepOutMeta), like Meta. Words are read by metaWords
// (the disguises it undoes included) and sorted by the stems below; no
// phrase is matched.

var (
	// aimProcess: stems of condensing, summarising, rendering or
	// answering from a text, in the second person, infinitive,
	// gerund or participle.
	aimProcess = []string{
		"summar", "condens", "paraphras", "rewrit", "recap",
		"résum", "synthétis", "resumiend", "resumir", "resuma", "resumas", "resumes", "resumís", "resumindo",
		"riassum", "sintetizz", "zusammenfass", "samenvat", "streszcz", "podsumow", "sammanfatt",
		"opsumm", "oppsumm", "rezum", "shrn", "özet", "ringkas", "merangkum", "tiivist",
	}
	// aimNotProcess: words the stems above catch wrongly ("resumes",
	// "processions", "digestive").
	aimNotProcess = newsbot.WordSet("condensation", "condenser", "condensers")
	// aimCond: conditions and "when" in these languages.
	aimCond = newsbot.WordSet("if", "when", "whenever", "case", "condition", "si", "cuando", "quand", "lorsque", "wenn",
		"falls", "sofern", "se", "quando", "caso", "als", "indien", "wanneer", "jeśli", "jeżeli", "gdy", "om", "när",
		"hvis", "når", "dacă", "când", "pokud", "když", "jestli", "eğer", "jika", "kalau", "apabila", "jos", "kun")
	// aimYou: second-person pronouns and verb forms that carry one.
	aimYou = newsbot.WordSet("you", "your", "you're", "vous", "tu", "toi", "du", "dich", "dir", "ihr", "euch", "jij", "je", "u",
		"ty", "wy", "pan", "pani", "państwo", "estás", "estáis", "estés", "está", "esteja", "estiver", "você", "usted", "ustedes",
		"voi", "lei", "dig", "deg", "sen", "siz", "anda", "kamu", "te", "vy", "sie")
	// aimThis: demonstratives that point at the text at hand.
	aimThis = newsbot.WordSet("this", "these", "following", "cette", "cet", "ce", "ces", "esta", "este", "esto", "estas",
		"estos", "presente", "questa", "questo", "dieser", "diese", "dieses", "diesen", "folgende", "folgenden", "deze", "dit",
		"volgende", "niniejszy", "poniższy", "denne", "dette", "detta", "följande", "følgende", "acest",
		"această", "tento", "tato", "toto", "bu", "ini", "tämä", "tätä")
	// aimThisShort: demonstratives that are English words too ("ten",
	// "to"): they point at the text only right before a noun of their own
	// language (aimTextShort).
	aimThisShort = newsbot.WordSet("ten", "ta", "to", "tę", "tuto", "tento")
	aimTextShort = []string{"artyku", "tekst", "stron", "akapit", "wiadomo", "notatk", "článek", "článku", "text"}
	// aimText: nouns of the text being read (stems).
	aimText = []string{
		"page", "article", "text", "story", "paragraph", "passage", "piece", "report", "post", "news", "note", "section",
		"nota", "notiz", "notitie", "notatk",
		"artícul", "articul", "noticia", "texto", "página", "pagina", "párrafo", "artigo", "notícia", "parágrafo",
		"articol", "testo", "notizia", "paragrafo", "artikel", "seite", "beitrag", "absatz", "meldung", "angabe",
		"tekst", "alinea", "bericht", "artykuł", "strona", "akapit", "wiadomoś", "sidan", "sida", "stycke", "nyhet",
		"článek", "článku", "stránk", "zpráv", "textul", "pagin", "haber", "makale", "metin", "sayfa", "halaman",
		"berita", "paragraf", "sivu", "uutinen",
	}
	// aimSaid: participles of saying, which a duty makes impersonal
	// ("it must be stated that ...").
	aimSaid = newsbot.WordSet("stated", "said", "noted", "mentioned", "reported", "clear", "included", "pointed", "added",
		"stressed", "emphasised", "emphasized", "underlined", "recorded", "repeated", "explained")
	// aimEvery: quantifiers over every retelling ("in any account", "in
	// every summary", "whenever this story is told").
	aimEvery = newsbot.WordSet("any", "every", "each", "whenever", "all", "toute", "tout", "toutes", "ogni", "jede", "jeder",
		"jedem", "jeden", "cualquier", "toda", "todo", "qualquer", "elke", "iedere", "każdy", "każdej", "varje", "enhver", "ethvert", "orice")
	// aimThat: complementisers, after which the payload begins.
	aimThat = newsbot.WordSet("that", "que", "che", "dass", "dat", "że", "att", "at", "că", "že")
	// aimFor: prepositions of destination ("for", "to" a reader).
	aimFor = newsbot.WordSet("for", "to", "pour", "aux", "à", "para", "per", "für", "an", "voor", "aan", "dla", "do", "för", "till",
		"til", "pentru", "pro", "için", "untuk", "kepada", "varten")
	// aimArtificial: the adjective of "artificial intelligence".
	aimArtificial = newsbot.WordSet("artificial", "artificielle", "artificiale", "künstliche", "künstlicher", "kunstig",
		"kunstmatige", "konstgjord", "sztuczna", "sztucznej", "sztuczną", "artificială", "umělá", "umělé", "yapay", "buatan", "tekoäly")
	// aimMachineCompound: machines inside compound words ("Sprachmodelle",
	// "taalmodellen", "språkmodellen").
	aimMachineCompound = []string{"sprachmodell", "taalmodel", "språkmodell", "sprogmodel", "kielimall", "chatbot", "ki-assistent"}
	// aimMachineMore: machine nouns and adjectives outside Meta's stems.
	aimMachineMore = []string{"automatici", "automatiche", "automatico", "automatica", "automatique", "automáticos", "automático",
		"automatisch", "automatyczn", "automatiska", "automatiserede", "asisten", "asystent", "zekâ", "zeka", "intelligen", "inteligen"}
)

// aimWord sorts a whole word by the sets above, in one lookup.
type aimWord uint16

const (
	wCond aimWord = 1 << iota
	wYou
	wNotProcess
	wThat
	wDuty
	wSaid
	wEvery
	wFor
	wThis
	wThisShort
	wArtificial
)

var aimWords = func() map[string]aimWord {
	m := map[string]aimWord{}
	for _, l := range []struct {
		set map[string]bool
		c   aimWord
	}{{aimCond, wCond}, {aimYou, wYou}, {aimNotProcess, wNotProcess}, {aimThat, wThat}, {metaDuty, wDuty}, {aimSaid, wSaid},
		{aimEvery, wEvery}, {aimFor, wFor}, {aimThis, wThis}, {aimThisShort, wThisShort}, {aimArtificial, wArtificial}} {
		for w := range l.set {
			m[w] |= l.c
		}
	}
	return m
}()

// aimClass sorts a word by the stems above.
type aimClass uint8

const (
	aProcess aimClass = 1 << iota
	aText
	aTextShort
	aMachine
)

// aimIndex holds every stem of aimProcess, aimText, aimTextShort and
// aimMachineMore under its first two bytes, so that a word is checked
// against the few stems that can match it.
var aimIndex = func() map[uint16][]aimStem {
	m := map[uint16][]aimStem{}
	for _, l := range []struct {
		stems []string
		c     aimClass
	}{{aimProcess, aProcess}, {aimText, aText}, {aimTextShort, aTextShort}, {aimMachineMore, aMachine}} {
		for _, st := range l.stems {
			m[key2(st)] = append(m[key2(st)], aimStem{st, l.c})
		}
	}
	return m
}()

type aimStem struct {
	stem  string
	class aimClass
}

// key2 packs the first two bytes of s (at least two long).
func key2(s string) uint16 { return uint16(s[0])<<8 | uint16(s[1]) }

// keys2 is a set of key2 values, one bit each, which answers before a map
// lookup whether any stem starts with a word's first two bytes.
type keys2 [1 << 16 / 64]uint64

func hasKey2(set *keys2, k uint16) bool { return set[k>>6]&(1<<(k&63)) != 0 }

// aimSlots gives, for each key2 of aimIndex, one more than the place of
// its stems in aimLists, and 0 for every other key: an array read instead
// of a map look-up.
var aimSlots, aimLists = func() (*[1 << 16]uint8, [][]aimStem) {
	var slots [1 << 16]uint8
	var lists [][]aimStem
	for k, stems := range aimIndex {
		if len(lists) == 255 {
			panic("planted: more than 255 two-byte keys of aim stems")
		}
		lists = append(lists, stems)
		slots[k] = uint8(len(lists))
	}
	return &slots, lists
}()

// aimClassify returns the classes of the stems w starts with.
func aimClassify(w string) aimClass {
	var c aimClass
	if len(w) < 2 {
		return 0
	}
	slot := aimSlots[key2(w)]
	if slot == 0 {
		return 0 // most words: no stem starts with their first two bytes
	}
	for _, st := range aimLists[slot-1] {
		if strings.HasPrefix(w, st.stem) {
			c |= st.class
		}
	}
	return c
}

// aim weighs one sentence for the aim check: KeepOutAlways when it
// addresses a reader who processes the text, KeepOutMeta when it speaks of
// itself and machines or is dedicated to machines, else KeepOutNone.
func aim(sentence string) newsbot.KeepOut {
	st := newAimState()
	metaWords(sentence, func(w string, mark bool) { st.add(w, mark, classify(w)) })
	return st.verdict(sentence)
}

// aimState is what the aim check has read of a sentence so far; Check
// feeds it from the word pass of the meta-reference check (meta), so
// that both read each word once.
type aimState struct {
	n                                       int
	cond, you, process, self, machine, dedi bool
	forAt, thisAt, artificialAt, shortAt    int
	label                                   bool
	duty, dutySaid, every, afterThat        bool
	prev                                    string
}

func newAimState() aimState {
	return aimState{forAt: -9, thisAt: -9, artificialAt: -9, shortAt: -9}
}

// add reads the next word w (lower case; "" for a word that is part of a
// name), whether a label mark follows it, and its meta classes c.
func (st *aimState) add(w string, mark bool, c metaClass) { st.addWord(w, mark, c, aimWords[w]) }

// addWord is add given the whole-word classes aw of w.
func (st *aimState) addWord(w string, mark bool, c metaClass, aw aimWord) {
	if w == "" {
		st.n++
		return
	}
	n := st.n
	switch {
	case aw&wCond != 0:
		st.cond = st.cond || n < 4
	case aw&wYou != 0:
		st.you = true
	}
	ac := aimClassify(w)
	if ac&aProcess != 0 && aw&wNotProcess == 0 && !strings.HasPrefix(w, "resumed") && w != "resume" {
		st.process = true
	}
	if (n-st.thisAt <= 2 && ac&aText != 0) || (n-st.shortAt == 1 && ac&aTextShort != 0) {
		st.self = true
	}
	if w == "ceci" || w == "dette" || w == "detta" || w == "this" && mark {
		st.self = true // "que lee dette:", "for machines reading this:"
	}
	m := c&mMachine != 0 || ac&aMachine != 0 && (w[0] != 'i' || n-st.artificialAt == 1) ||
		len(w) > 8 && containsAny(w, aimMachineCompound)
	if m {
		st.machine = true
		if n-st.forAt <= 3 {
			st.dedi = true
		}
	}
	st.label = st.label || mark && st.machine
	switch {
	case st.afterThat:
	case aw&wThat != 0:
		st.afterThat = true
	case aw&wDuty != 0:
		st.duty = true
	case st.duty && aw&wSaid != 0 && (st.prev == "be" || st.prev == "been" || st.prev == "made"):
		st.dutySaid = true // a passive: "must be stated", "should be made clear"
	case aw&wEvery != 0:
		st.every = true
	}
	switch {
	case aw&wFor != 0:
		st.forAt = n
	case aw&wThis != 0:
		st.thisAt = n
	case aw&wThisShort != 0:
		st.shortAt = n
	case aw&wArtificial != 0:
		st.artificialAt = n
	}
	st.prev = w
	st.n++
}

// verdict weighs what add has read of sentence.
func (st *aimState) verdict(sentence string) newsbot.KeepOut {
	if st.process && st.self && (st.cond || st.you) {
		return newsbot.KeepOutAlways
	}
	if st.machine && st.self || st.dedi && (st.n <= 7 || st.label) || st.dutySaid && st.every || toolTag(sentence) {
		return newsbot.KeepOutMeta
	}
	return newsbot.KeepOutNone
}

// toolTag reports whether s holds an opening or closing tag of markup
// whose name is an identifier joined by '_' or '-' ("<tool_result",
// "</search-results>"): cleaned prose keeps no tags of its own page.
func toolTag(s string) bool {
	for i := strings.IndexByte(s, '<'); i >= 0 && i+1 < len(s); {
		j := i + 1
		if s[j] == '/' {
			j++
		}
		k := j
		joined := false
		for k < len(s) && (isASCIILetter(s[k]) || s[k] == '_' || s[k] == '-') {
			joined = joined || (s[k] == '_' || s[k] == '-') && k > j
			k++
		}
		if joined && k < len(s) && (s[k] == '>' || s[k] == ' ') {
			return true
		}
		next := strings.IndexByte(s[i+1:], '<')
		if next < 0 {
			return false
		}
		i += 1 + next
	}
	return false
}

// containsAny reports whether w holds one of parts.
func containsAny(w string, parts []string) bool {
	for _, p := range parts {
		if strings.Contains(w, p) {
			return true
		}
	}
	return false
}

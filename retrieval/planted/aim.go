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

// aim weighs one sentence for the aim check: KeepOutAlways when it
// addresses a reader who processes the text, KeepOutMeta when it speaks of
// itself and machines or is dedicated to machines, else KeepOutNone.
func aim(sentence string) newsbot.KeepOut {
	var (
		n, firstCond                            = 0, -1
		cond, you, process, self, machine, dedi bool
		forAt, thisAt, artificialAt             = -9, -9, -9
		shortAt                                 = -9
		label                                   bool
		duty, dutySaid, every, afterThat        bool
		prev                                    string
	)
	metaWords(sentence, func(w string, mark bool) {
		if w == "" {
			n++
			return
		}
		switch {
		case aimCond[w]:
			if firstCond < 0 {
				firstCond = n
			}
			cond = cond || n < 4
		case aimYou[w]:
			you = true
		}
		if hasStem(w, aimProcess) && !aimNotProcess[w] && !strings.HasPrefix(w, "resumed") && w != "resume" {
			process = true
		}
		if (n-thisAt <= 2 && hasStem(w, aimText)) ||
			(n-shortAt == 1 && hasStem(w, aimTextShort)) {
			self = true
		}
		if w == "ceci" || w == "dette" || w == "detta" || w == "this" && mark {
			self = true // "que lee dette:", "for machines reading this:"
		}
		m := classify(w)&mMachine != 0 || hasStem(w, aimMachineMore) && (w[0] != 'i' || n-artificialAt == 1) ||
			containsAny(w, aimMachineCompound)
		if m {
			machine = true
			if n-forAt <= 3 {
				dedi = true
			}
		}
		label = label || mark && machine
		switch {
		case afterThat:
		case aimThat[w]:
			afterThat = true
		case metaDuty[w]:
			duty = true
		case duty && aimSaid[w] && (prev == "be" || prev == "been" || prev == "made"):
			dutySaid = true // a passive: "must be stated", "should be made clear"
		case aimEvery[w]:
			every = true
		}
		switch {
		case aimFor[w]:
			forAt = n
		case aimThis[w]:
			thisAt = n
		case aimThisShort[w]:
			shortAt = n
		case aimArtificial[w]:
			artificialAt = n
		}
		prev = w
		n++
	})
	if process && self && (cond || you) {
		return newsbot.KeepOutAlways
	}
	if machine && self || dedi && (n <= 7 || label) || dutySaid && every || toolTag(sentence) {
		return newsbot.KeepOutMeta
	}
	return newsbot.KeepOutNone
}

// hasStem reports whether w starts with one of stems.
func hasStem(w string, stems []string) bool {
	for _, s := range stems {
		if strings.HasPrefix(w, s) {
			return true
		}
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

package planted

import (
	"strings"
	"unicode/utf8"
)

// Planted text in French, Spanish, German, Italian and Portuguese is found
// with the same kind of signals as in English, read from the grammar of
// each language rather than from known phrases: an order to say, answer,
// summarise, attribute, mention or omit, given in a form that speaks to the
// reader (an imperative or second-person form, "vous devez répondre",
// "antworten Sie", "rispondi", "diga-lhes", "non menzionare"); who is
// addressed (IA, KI, modèle de langage, chatbot, assistant); answers scoped
// over every question ("quelle que soit la question", "jede Frage", "a
// partir de ahora"); the text naming itself ("cet article", "dieser Text");
// a dictated answer ("la respuesta correcta es que"); and requests to
// ignore earlier instructions or to play a role. A sentence needs an order
// and enough of the rest (three points, as in English). Forms shared with
// the third person ("responde", "diga", "ignora") count as orders only when
// they open a clause; a question ("Antworten Sie uns ehrlich: ...?") and a
// reported statement ("selon", "laut", "dijo") count against. Words in
// quotation marks of any of these languages are someone's speech and are
// not weighed.
//
// The check is a single scan of the sentence's words, each folded to lower
// case without accents in a stack buffer and looked up in one table: no
// regular expressions and no allocation for ordinary sentences.

// lexical features of a word; a word may have several.
const (
	lImp         uint64 = 1 << iota // order to speak, in a second-person form only
	lAmb                            // order to speak, in a form shared with the third person
	lInf                            // infinitive or gerund of a verb of saying
	lModal2                         // second-person duty: devez, debes, musst, devi, deves
	lModal3                         // third-person duty: doit, debe, muss, deve
	lYou                            // second-person pronoun or possessive
	lMachine                        // names a machine reader
	lMachineWeak                    // may name one: assistant, modèle, sistema
	lLangNoun                       // "langage", "lenguaje": a machine after a weak one
	lThat                           // que, dass, che
	lQuant                          // every, any, whatever
	lQNoun                          // question, answer, summary
	lSelfNoun                       // article, text, page
	lDem                            // this
	lIgnore                         // ignore, forget (imperative forms)
	lRules                          // instructions, rules
	lPrev                           // previous, all, your (with rules)
	lReport                         // reported statement: selon, dijo, laut
	lNow                            // from now on: désormais
	lRight                          // correct, only, true (of an answer)
	lCopula                         // est, es, ist, lautet, è
	lLead                           // may precede an order opening a clause: et, y, und, bitte
	lNeg                            // no, non, ne, nicht
	lClitic                         // lui, leur, lhe, lhes: after an order, makes it an imperative
	lSieVerb                        // German infinitive that is an order before "Sie"
	lBe2                            // second-person "be": es (fr tu es), eres, bist, sei, és
	lRole                           // maintenant, ahora, jetzt, ora, agora: "you are now"
	lArticle                        // un, une, ein, uno, um: "you are now a ..."
	lAbove                          // what came before: "olvida lo anterior"
	lTask                           // task, mission, role: "tu tarea es"
	lWhen                           // when, if: "cuando te pregunten"
	lAsk                            // ask: "quand on te demande"
	lMe                             // us, me: "dites-nous" asks for the reader's view
	lAddr                           // words of address: pour, für, cher, attention
	lPlea                           // we ask, we beg: rogamos, prions, bitten, chiediamo
	lDemPost                        // "this" after its noun: "berita ini", "habari hii"
)

var foreignLexicon = map[string]uint64{}

// orderWords are the features of which a sentence needs one to give an
// order: mayOrder looks for them first.
const orderWords = lImp | lAmb | lModal2 | lModal3 | lIgnore | lRight | lBe2 | lSieVerb | lTask

// orderBloom is a Bloom filter (two bits a word, 2^17 bits) of the folded
// spellings of the order words, so that mayOrder can reject a sentence
// while reading its bytes once, with no table lookup per word.
var orderBloom [1 << 17 / 64]uint64

const bloomMask = 1<<17 - 1

func bloomAdd(h uint32) {
	a, b := h&bloomMask, (h>>15)&bloomMask
	orderBloom[a/64] |= 1 << (a % 64)
	orderBloom[b/64] |= 1 << (b % 64)
}

func bloomHas(h uint32) bool {
	a, b := h&bloomMask, (h>>15)&bloomMask
	return orderBloom[a/64]&(1<<(a%64)) != 0 && orderBloom[b/64]&(1<<(b%64)) != 0
}

// mayOrder is the byte-level prefilter of Foreign: it hashes each word,
// folded to lower case without accents, and reports whether any may be an
// order word.
func mayOrder(s string) bool {
	order, _ := prescan(s)
	return order
}

// byteClass maps ASCII letters to their lower case, the characters of
// markup to markByte, and everything else below 0x80 to 0 (a word break).
var byteClass = func() (t [128]byte) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = byte(c), byte(c)
	}
	for _, c := range "<[{>" {
		t[c] = markByte
	}
	return t
}()

const markByte = 1

// prescan reads s once and reports whether a word of it may be an order
// word (Foreign) and whether it holds a character of markup (Markup). ASCII
// letters are folded by a table, two-byte Latin-1 letters by another; other
// non-ASCII bytes are hashed as they are.
func prescan(s string) (order, markup bool) {
	h, n := uint32(fnvOffset), 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x80 {
			l := byteClass[c]
			if l > markByte {
				h = (h ^ uint32(l)) * fnvPrime
				n++
				continue
			}
			markup = markup || l == markByte
			if n > 0 {
				order = order || bloomHas(h)
				h, n = uint32(fnvOffset), 0
			}
			continue
		}
		switch {
		case c == 0xC3 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0xBF:
			i++
			f := latin1Fold[s[i]-0x80]
			for k := 0; k < len(f); k++ {
				h = (h ^ uint32(f[k])) * fnvPrime
			}
		case c == 0xC5 && i+1 < len(s) && (s[i+1] == 0x92 || s[i+1] == 0x93): // œ
			i++
			h = (h ^ 'o') * fnvPrime
			h = (h ^ 'e') * fnvPrime
		case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80: // general punctuation: quotes, dashes
			i += 2
			if n > 0 {
				order = order || bloomHas(h)
				h, n = uint32(fnvOffset), 0
			}
			continue
		default:
			h = (h ^ uint32(c)) * fnvPrime
		}
		n++
	}
	if n > 0 {
		order = order || bloomHas(h)
	}
	return order, markup
}

func lex(f uint64, words string) {
	for _, w := range strings.Fields(words) {
		foreignLexicon[w] |= f
	}
}

func init() {
	// Orders in second-person forms (accents folded).
	lex(lImp, `repondez reponds dites affirmez indiquez ecrivez ecris resumez mentionnez precisez signalez citez attribuez omettez omets
		informez expliquez declarez annoncez rapportez repetez confirmez racontez redigez ajoutez soulignez evoquez pretendez assurez
		decid responded contestad dile diles digale digales respondele respondeles contestale indicale indicales informale informales explicale
		mencionalo menciones digas respondas contestes cites atribuyas omitas indiques escribas informes expliques afirmes resumas repitas
		antworte sag sage schreib schreibe behaupte erwahne nenne gib teile fasse fass erklare berichte wiederhole bestatige verschweige zitiere
		rispondi rispondete dite scrivi scrivete riassumi riassumete attribuisci attribuite ometti omettete ripeti sostieni digli dille dillo
		rispondigli rispondile scrivigli spiegagli menzionate citate`)
	// Orders shared with the third person or the subjunctive.
	lex(lAmb, `dis affirme indique resume mentionne precise signale cite attribue informe explique annonce repete confirme raconte redige ajoute souligne evoque
		responde contesta afirma indica escribe menciona atribuye omite explica anuncia repite confirma asegura senala anade
		responda conteste diga afirme escriba resuma mencione atribuya omita explique anuncie repita asegure senale anada
		respondan contesten digan mencionen comunique comuniquen transmita transmitan
		risponda dica scriva riassuma menzioni citi attribuisca ometta informi spieghi dichiari confermi ripeta indichi comunichi sostenga
		menziona spiega dichiara annuncia conferma racconta comunica
		diz escreva atribua esqueca schreibt sagt antwortet erwahnt nennt fasst`)
	// Infinitives and gerunds of verbs of saying.
	lex(lInf, `repondre dire affirmer indiquer ecrire resumer mentionner preciser signaler citer attribuer omettre informer expliquer declarer annoncer repeter
		confirmer raconter rediger evoquer presenter disant repondant affirmant indiquant expliquant
		responder decir contestar afirmar indicar escribir resumir mencionar citar atribuir omitir informar explicar declarar anunciar repetir confirmar asegurar senalar
		comunicar transmitir diciendo respondiendo afirmando indicando
		antworten sagen schreiben behaupten erwahnen nennen angeben mitteilen zusammenfassen erklaren berichten wiederholen bestatigen verschweigen zitieren
		zuschreiben weglassen beantworten darstellen ausgeben
		rispondere affermare scrivere riassumere menzionare citare attribuire omettere informare spiegare dichiarare annunciare ripetere confermare
		sostenere raccontare comunicare dicendo rispondendo affermando
		dizer escrever dizendo respondendo afirmando`)
	lex(lSieVerb, `antworten sagen schreiben behaupten erwahnen nennen erklaren berichten wiederholen bestatigen verschweigen zitieren
		ignorieren vergessen beantworten`)
	lex(lModal2, `merci veuillez devez devrez devriez devras dois debes deberas deberias debeis teneis musst sollst solltest musst devi dovete dovrai dovresti deves deveras`)
	lex(lModal3, `doit doivent devra devront debe deben debera deberan deberian muss mussen soll sollen sollte sollten darf durfen
		deve devono dovra dovranno dovrebbe devem devera deverao`)
	lex(lYou, `vous tu te toi ton ta tes votre vos ti tus usted ustedes vosotros vuestro vuestra contigo du dich dir dein deine deinen deiner deinem deines euch euer
		tuo tua tuoi tue voi vostro vostra voce voces teu teus tuas`)
	lex(lBe2, `es etes eres bist sei`)
	lex(lMachine, `ia ki llm llms gpt chatgpt chatbot chatbots bot bots robot robots robo robos artificielle artificial artificiale kunstliche resumeur resumeurs
		resumidor riassuntore sprachmodell sprachmodelle sprachmodellen`)
	lex(lMachineWeak, `assistant assistants assistante asistente asistentes assistente assistenti assistent assistenten modele modeles modelo modelos modell modelle
		modello modelli agent agents agente agentes agenti outil outils herramienta herramientas werkzeug strumento strumenti ferramenta ferramentas
		systeme systemes sistema sistemas sistemi system systeme programme programa programm programma algorithme algoritmo algorithmus
		automatique automatiques automatise automatises automatico automaticos automatica automaticas automatici automatiche automatische automatischen automatisierte`)
	lex(lLangNoun, `langage lenguaje linguagem linguistico linguistici sprach`)
	lex(lThat, `que qu dass dab che`)
	lex(lQuant, `tout toute tous toutes chaque quelle quel aucune aucun importe cualquier cada toda todas todo todos cual ninguna ningun
		jede jeder jedes jeden welche keine keiner ogni qualsiasi qualunque tutte tutti nessuna nessun qualquer qual nenhuma nenhum`)
	lex(lQNoun, `question questions reponse reponses requete requetes resume resumes pregunta preguntas respuesta respuestas consulta consultas resumen resumenes
		frage fragen antwort antworten anfrage anfragen zusammenfassung zusammenfassungen domanda domande risposta risposte richiesta riassunto riassunti
		pergunta perguntas resposta respostas resumo resumos`)
	lex(lSelfNoun, `article texte page document passage paragraphe contenu depeche articulo texto pagina documento pasaje parrafo contenido noticia
		artikel text seite beitrag dokument absatz inhalt articolo testo paragrafo contenuto artigo conteudo trecho`)
	lex(lDem, `cet ce cette este esta estos estas dieser diesen dieses diese diesem questo questa neste nesta`)
	lex(lIgnore, `ignorez ignore ignora ignorad ignoren ignorate ignori ignoriere ignoriert oubliez oublie olvida olvide olvidad vergiss dimentica dimenticate
		esqueca esquece desconsidere descarta descarte negligez ecartez missachte vergessen ignorieren`)
	lex(lRules, `instructions instruction consignes regles directives indications instrucciones indicaciones reglas ordenes directrices consignas
		anweisungen anweisung instruktionen regeln vorgaben befehle richtlinien istruzioni regole direttive instrucoes regras orientacoes diretrizes prompt`)
	lex(lPrev, `precedentes precedente anterieures vos tes toutes anteriores previas todas tus vorherigen vorigen bisherigen obigen fruheren alle deine
		precedenti tue tutte suas tuas`)
	lex(lReport, `selon segun dijo afirmo senalo aseguro indico explico advirtio informo
		declaro anuncio agrego anadio laut sagte sagten erklarte teilte berichtete betonte warnte appellierte angaben secondo detto dichiarato spiegato
		affermato annunciato assicurato replicato sottolineato segundo disse afirmou declarou disseram garantiu informou explicou assegurou`)
	lex(lNow, `desormais dorenavant`)
	lex(lRight, `correcte bonne seule vraie exacte officielle correcta verdadera unica exacta oficial richtige korrekte einzige wahre corretta giusta vera esatta
		correta certa verdadeira`)
	lex(lCopula, `est es ist lautet e sera`)
	lex(lLead, `et y e ed und o ou oder puis dann luego poi depois bitte favor plait siempre toujours immer sempre ahora jetzt ora agora maintenant desormais dorenavant`)
	lex(lNeg, `ne no non nicht nao`)
	lex(lClitic, `lui leur lhe lhes`)
	lex(lAbove, `anterior anteriores precede dessus vorherige vorherigen obige obigen bisherige bisherigen sopra acima precedenti precedentes`)
	lex(lTask, `tache tarea mision aufgabe compito tarefa missao`)
	lex(lWhen, `quand lorsque cuando si wenn falls sobald quando se`)
	lex(lAsk, `demande demandent demandera pregunten pregunte preguntan preguntaran fragt fragen fragen chiedono chiede chiedera perguntarem perguntar perguntem pergunte`)
	lex(lAddr, `pour para fur per ao aos an aux all alla agli als tant come como attention atencion atencao achtung attenzione
		cher chere chers cheres liebe lieber liebes caro cara cari care querido querida queridos estimado estimada`)
	lex(lMe, `nous moi me nos uns mir mich ci mi`)
	lex(lPlea, `rogamos pedimos solicitamos suplicamos prions demandons supplions bitten ersuchen chiediamo preghiamo pedimos solicitamos`)
	defer func() {
		for w, f := range foreignLexicon {
			if f&orderWords != 0 {
				bloomAdd(fnv(w))
			}
		}
	}()
	// Languages written without accents, or with them stripped: Swahili,
	// Indonesian and Malay, Tagalog, Welsh, Afrikaans, Romanian, Danish
	// and Norwegian, Finnish. Their duties are mostly laid on software in
	// the third person ("Perisian yang meringkaskan berita ini wajib
	// menyatakan bahawa ..."), so a duty on a machine by a weak noun
	// counts when the text names itself (findOrder).
	lex(lModal3, `inapaswa wanapaswa yapaswa lazima harus wajib mesti kailangan nararapat dylai dylid rhaid moet behoort trebuie skal bor tulee pitaa taytyy`)
	lex(lInf, `kusema kueleza kuandika kujibu kutaja kuripoti menyatakan mengatakan menyebutkan menulis menjawab melaporkan menyampaikan
		ddweud dweud nodi ysgrifennu adrodd noem skryf rapporteer vermeld spuna scrie mentioneze raporteze precizeze
		skrive sige oplyse naevne svare rapportere fortelle kertoa sanoa mainita kirjoittaa vastata todeta ilmoittaa`)
	lex(lImp, `sema andika taja eleza katakan sebutkan tuliskan nyatakan laporkan sampaikan sabihin isulat banggitin sagutin iulat
		dywedwch ysgrifennwch nodwch spune spuneti scrieti kerro kirjoita mainitse`)
	lex(lThat, `kwamba bahwa bahawa fod dat ca etta`)
	lex(lMachine, `bandia artiffisial kunsmatige artificiala kunstig tekoaly kompyuta`)
	lex(lMachineWeak, `mifumo mfumo programu roboti sistem perisian aplikasi mesin rhaglenni meddalwedd makina makinang sagteware stelsels
		programele sisteme programmer systemer ohjelmat ohjelmien jarjestelmat`)
	lex(lDem, `hierdie acest aceasta acestui denne dette tama taman`)
	lex(lDemPost, `hii hiki huu ini ito itong hwn`)
	lex(lSelfNoun, `habari makala ukurasa taarifa berita halaman teks laporan artikulo balita pahina erthygl newyddion tudalen testun berig
		articol articolul stirile stirea textul nyhed nyheder nyhederne artikkeli uutinen uutisia uutisen sivu teksti`)
	lex(lQNoun, `muhtasari maswali swali ringkasan jawaban jawapan pertanyaan soalan buod sagot tanong crynodeb cwestiwn opsomming vraag
		rezumat raspuns intrebare sammendrag kysymys vastaus tiivistelma`)
	lex(lRole, `maintenant desormais ahora jetzt nun ora adesso agora`)
	lex(lArticle, `un une ein eine einen uno una um uma`)
}

// ltok is a word of a sentence with its features.
type ltok struct {
	f       uint64
	clause  bool // opens a clause: first word, or after , : ; ( —
	colon   bool // followed by , or :
	sie     bool // the formal "Sie" (capital S, not the first word)
	word    string
	quoted  bool
	prevSep bool
}

// Foreign returns why sentence reads as an order to a machine in French,
// Spanish, German, Italian or Portuguese, or "".
func Foreign(sentence string) Reason {
	if !mayOrder(sentence) {
		return ""
	}
	return foreign(sentence)
}

func foreign(sentence string) Reason { return weighForeign(sentence, 3) }

// weighForeign scans sentence's words and weighs them against threshold;
// "" when no word can start an order. The caller has run the prefilter.
func weighForeign(sentence string, threshold int) Reason {
	var buf [64]ltok
	toks := scanWords(sentence, buf[:0])
	if toks == nil {
		return ""
	}
	return weigh(toks, endsWithQuestion(sentence), threshold)
}

// scanWords folds the words of s and returns them with their features, or nil
// when none of them can start an order.
func scanWords(s string, out []ltok) []ltok {
	var wb [32]byte
	n := 0 // bytes in wb
	over := false
	start := -1
	clause, sep := true, false
	var closer rune // closing quotation mark while inside a quotation
	inQuote := false
	anyOrder := false
	idx := 0
	flush := func(end int) {
		if start < 0 {
			return
		}
		t := ltok{clause: clause, prevSep: sep, quoted: inQuote, word: s[start:end]}
		t.sie = idx > 0 && t.word == "Sie"
		if !over && n > 0 {
			// string(wb[:n]) as a map key does not allocate.
			if f, ok := foreignLexicon[string(wb[:n])]; ok {
				t.f = f
				if f&orderWords != 0 {
					anyOrder = true
				}
			}
		}
		out = append(out, t)
		idx++
		start, n, over, clause, sep = -1, 0, false, false, false
	}
	for i := 0; i < len(s); {
		c := s[i]
		var r rune
		size := 1
		if c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if l, ok := foldLetter(r); ok {
			if start < 0 {
				start = i
			}
			if n+len(l) > len(wb) {
				over = true
			} else {
				n += copy(wb[n:], l)
			}
			i += size
			continue
		}
		flush(i)
		switch r {
		case ',', ':', ';', '(', '—', '–', '.', '!', '¡', '¿':
			clause, sep = true, true
			if len(out) > 0 && (r == ',' || r == ':') {
				out[len(out)-1].colon = true
			}
		default:
			if inQuote {
				if r == closer {
					inQuote = false
				}
			} else if c := quoteCloser(r); c != 0 {
				inQuote, closer = true, c
			}
		}
		i += size
	}
	flush(len(s))
	if !anyOrder {
		return nil
	}
	// Words in quotation marks are someone's speech, unless the sentence
	// is all quotation.
	outside := false
	for _, t := range out {
		if !t.quoted {
			outside = true
			break
		}
	}
	if outside {
		k := 0
		for _, t := range out {
			if !t.quoted {
				out[k] = t
				k++
			}
		}
		out = out[:k]
	}
	return out
}

// foldLetter returns the lower-case, unaccented spelling of a letter, or
// false for a non-letter. Apostrophes and hyphens end words.
func foldLetter(r rune) (string, bool) {
	switch {
	case r >= 'a' && r <= 'z':
		return asciiLetters[r-'a' : r-'a'+1], true
	case r >= 'A' && r <= 'Z':
		return asciiLetters[r-'A' : r-'A'+1], true
	case r >= '0' && r <= '9':
		return "", true
	case r >= 0xC0 && r <= 0xFF && r != 0xD7 && r != 0xF7:
		return latin1Fold[r-0xC0], true
	case r == 'œ' || r == 'Œ':
		return "oe", true
	case r > 0xFF && isLetterish(r):
		return "", true
	}
	return "", false
}

const asciiLetters = "abcdefghijklmnopqrstuvwxyz"

// latin1Fold folds U+00C0..U+00FF.
var latin1Fold = [64]string{
	"a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
	"d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",
	"a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
	"d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",
}

// isLetterish keeps other scripts' letters inside words (they match
// nothing in the table) without the cost of unicode tables for
// punctuation in the common range.
func isLetterish(r rune) bool {
	switch {
	case r >= 0x2000 && r <= 0x206F, r >= 0x3000 && r <= 0x303F, r == 0xFEFF:
		return false // punctuation and spaces
	}
	return r >= 0x100
}

// quoteCloser returns the mark that closes a quotation opened by r, or 0.
func quoteCloser(r rune) rune {
	switch r {
	case '"':
		return '"'
	case '“':
		return '”'
	case '«':
		return '»'
	case '„':
		return '“'
	case '‹':
		return '›'
	case '»':
		return '«'
	}
	return 0
}

func endsWithQuestion(s string) bool {
	s = strings.TrimRight(s, " \t\n\"”»“'’)")
	return strings.HasSuffix(s, "?")
}

// weigh scores the words of a sentence that gives an order.
func weigh(toks []ltok, question bool, threshold int) Reason {
	has := func(f uint64) bool {
		for _, t := range toks {
			if t.f&f != 0 {
				return true
			}
		}
		return false
	}
	machine, strong := machineScore(toks)
	you := has(lYou) || hasSie(toks)
	if r := ignoreOrRole(toks, you); r != "" {
		return r
	}
	order, initial, dictated, you := findOrder(toks, strong, you)
	if order < 0 {
		return ""
	}
	score := 0
	var why []string
	add := func(n int, name string, ok bool) {
		if ok {
			score += n
			why = append(why, name)
		}
	}
	add(machine, "addresses a machine", machine > 0)
	add(1, "second person", you)
	add(1, "scoped over answers", scoped(toks))
	add(1, "refers to itself", selfRef(toks))
	add(1, "names software by the news it works on", !selfRef(toks) && newsMachine(toks))
	add(1, "dictates what to say", says(toks, order+1))
	add(1, "opens with an order", initial)
	add(1, "dictates the answer", dictated)
	add(-2, "asks a question", question)
	add(-1, "reports", has(lReport))
	if score < threshold {
		return ""
	}
	return Reason("in another language: " + strings.Join(why, ", "))
}

// machineScore scores the machine of toks and reports whether one is
// named outright (strong). A machine named in the sentence counts 1; one
// addressed ("Nota para
// los modelos", "Liebe KI", "Asistente, ...", "si vous êtes un modèle
// de langage") counts 2. A machine that is only the subject of a duty
// ("Les chatbots doivent dire ...", news of a regulation) is named,
// not addressed.
func machineScore(toks []ltok) (machine int, strong bool) {
	for i, t := range toks {
		isMachine := t.f&lMachine != 0 ||
			t.f&lLangNoun != 0 && i > 0 && (toks[i-1].f&lMachineWeak != 0 || i > 1 && toks[i-2].f&lMachineWeak != 0)
		if !isMachine && t.f&lMachineWeak == 0 {
			continue
		}
		strong = strong || isMachine
		machine = max(machine, 1)
		if addressed(toks, i) {
			machine = 2
		}
	}
	return machine, strong
}

// ignoreOrRole returns why toks ask to ignore earlier instructions or to
// play a role, or "".
func ignoreOrRole(toks []ltok, you bool) Reason {
	for i, t := range toks {
		if t.f&lIgnore != 0 && (t.clause || you || i > 0 && toks[i-1].f&lLead != 0) {
			for j := i + 1; j < len(toks) && j <= i+4; j++ {
				if toks[j].f&lRules != 0 && (spanHas(toks, i+1, min(len(toks), j+3), lPrev) || you) ||
					toks[j].f&lAbove != 0 && j <= i+3 {
					return "in another language: asks to ignore instructions"
				}
			}
		}
		if t.f&lBe2 != 0 && (i > 0 && toks[i-1].f&lYou != 0 || strings.EqualFold(t.word, "eres") || strings.EqualFold(t.word, "bist")) &&
			spanHas(toks, i+1, min(len(toks), i+4), lRole) && spanHas(toks, i+2, min(len(toks), i+6), lArticle) {
			return "in another language: role play"
		}
	}
	return ""
}

// findOrder finds the order of toks: its index (-1 when there is none),
// whether it opens a clause, whether it dictates the answer ("la respuesta
// correcta es"), and you updated for an order in the second person.
func findOrder(toks []ltok, strong, you bool) (order int, initial, dictated, youOut bool) {
	order = -1
	for i, t := range toks {
		clauseStart := t.clause || i > 0 && toks[i-1].f&(lLead|lNow) != 0 && (toks[i-1].clause || i > 1 && toks[i-2].f&lLead != 0) ||
			i > 0 && toks[i-1].f&lNeg != 0 && toks[i-1].clause
		next := ltok{}
		if i+1 < len(toks) {
			next = toks[i+1]
		}
		if t.f&(lImp|lAmb|lSieVerb) != 0 && (next.f&lMe != 0 || next.sie && i+2 < len(toks) && toks[i+2].f&lMe != 0) {
			continue // "dites-nous", "sagen Sie uns": asks for the reader's view
		}
		switch {
		case t.f&lTask != 0 && (i > 0 && toks[i-1].f&lYou != 0 || i > 1 && toks[i-2].f&lYou != 0):
			order, dictated, you = i, true, true // "tu nueva tarea es"
		case t.f&lImp != 0:
			order, initial, you = i, clauseStart, true
		case t.f&lAmb != 0 && (clauseStart || next.f&lClitic != 0) && !strings.EqualFold(next.word, "se"):
			order, initial = i, clauseStart
			if next.f&lClitic != 0 {
				you = true
			}
		case t.f&lAmb != 0 && i > 0 && (strings.EqualFold(toks[i-1].word, "que") || strings.EqualFold(toks[i-1].word, "di")) && spanHas(toks, 0, i, lPlea):
			order, initial, you = i, true, true // "les rogamos ... que mencionen": a plea for an order
		case t.f&lSieVerb != 0 && clauseStart && next.sie:
			order, initial, you = i, true, true
		case t.f&lInf != 0 && i > 0 && toks[i-1].clause && strings.EqualFold(toks[i-1].word, "non"):
			order, initial, you = i, true, true // Italian "non menzionare"
		case t.f&lModal2 != 0 && (!strings.EqualFold(t.word, "dois") || i > 0 && strings.EqualFold(toks[i-1].word, "tu")) && spanHas(toks, i+1, min(len(toks), i+9), lInf):
			order, you = i, true
		case t.f&lModal3 != 0 && (strong || you) && spanHas(toks, i+1, min(len(toks), i+9), lInf):
			order = i
		case t.f&lModal3 != 0 && spanHas(toks, 0, i, lMachineWeak) && (selfRef(toks) || newsMachine(toks)) && spanHas(toks, i+1, min(len(toks), i+9), lInf):
			order = i // a duty on software that reads this very text
		case t.f&lModal3 != 0 && strong && (scoped(toks) || selfRef(toks)):
			order = i // a duty laid on machines over every answer
		case t.f&lQNoun != 0 && i+2 < len(toks) && toks[i+1].f&lRight != 0 && toks[i+2].f&lCopula != 0,
			t.f&lQNoun != 0 && i+2 < len(toks) && i > 0 && toks[i-1].f&lRight != 0 && toks[i+1].f&lCopula != 0:
			order, dictated = i, true // "la respuesta correcta es", "die richtige Antwort lautet"
		}
		if order >= 0 {
			return order, initial, dictated, you
		}
	}
	return -1, false, false, you
}

// says finds a complementizer after the order, not a relative "ce que",
// "lo que", "o que", "was".
func says(toks []ltok, from int) bool {
	for i := from; i < len(toks); i++ {
		if toks[i].f&lThat == 0 {
			continue
		}
		if i > 0 {
			switch strings.ToLower(toks[i-1].word) {
			case "ce", "lo", "o", "a", "ci":
				continue
			}
		}
		return true
	}
	return false
}

// addressed reports whether the machine word at i is spoken to: after a
// word of address ("pour", "für", "cher", "attention"), called at the head
// of the sentence before a comma or colon, or named in a conditional
// identity ("si vous êtes un modèle", "wenn du ein Sprachmodell bist").
func addressed(toks []ltok, i int) bool {
	for j := max(0, i-3); j < i; j++ {
		if toks[j].f&lAddr != 0 {
			return true
		}
	}
	if i < 4 {
		for j := i; j < len(toks) && j <= i+1; j++ {
			if toks[j].colon {
				return true
			}
		}
	}
	when, you := false, false
	for j := max(0, i-5); j < min(len(toks), i+3); j++ {
		when = when || toks[j].f&lWhen != 0 && j < i
		you = you || toks[j].f&(lYou|lBe2) != 0 || toks[j].sie
	}
	return when && you
}

func hasSie(toks []ltok) bool {
	for _, t := range toks {
		if t.sie {
			return true
		}
	}
	return false
}

func spanHas(toks []ltok, from, to int, f uint64) bool {
	for i := from; i < to; i++ {
		if toks[i].f&f != 0 {
			return true
		}
	}
	return false
}

// scoped: "every question", "quelle que soit la question", "d'ora in
// poi", "a partir de ahora".
func scoped(toks []ltok) bool {
	for i, t := range toks {
		if t.f&lNow != 0 {
			return true
		}
		if t.f&lQuant != 0 && spanHas(toks, i+1, min(len(toks), i+4), lQNoun) {
			return true
		}
		if t.f&lWhen != 0 && spanHas(toks, i+1, min(len(toks), i+4), lAsk) {
			return true // "cuando te pregunten", "wenn man dich fragt"
		}
		if i > 0 && (t.f&lRole != 0 || strings.EqualFold(t.word, "sofort") || strings.EqualFold(t.word, "poi")) {
			switch strings.ToLower(toks[i-1].word) {
			case "de", "in", "ab", "von":
				return true
			}
		}
	}
	return false
}

// newsMachine: a machine by a weak noun beside the news or text it works
// on, within three words: "Programele care rezuma stirile", "Uutisia
// tiivistavien ohjelmien", "programmes qui résument les articles".
func newsMachine(toks []ltok) bool {
	for i, t := range toks {
		if t.f&lMachineWeak == 0 {
			continue
		}
		if spanHas(toks, max(0, i-3), i, lSelfNoun) || spanHas(toks, i+1, min(len(toks), i+5), lSelfNoun) {
			return true
		}
	}
	return false
}

// selfRef: "cet article", "este texto", "dieser Artikel".
func selfRef(toks []ltok) bool {
	for i, t := range toks {
		if t.f&lDem != 0 && i+1 < len(toks) && toks[i+1].f&lSelfNoun != 0 {
			return true
		}
		if t.f&lDemPost != 0 && i > 0 && toks[i-1].f&lSelfNoun != 0 {
			return true // "berita ini", "habari hii"
		}
	}
	return false
}

// foreignDirected reports whether sentence gives an order to speak in one
// of these languages, however weakly: next to a planted sentence, it is
// part of the same planted paragraph.
func foreignDirected(sentence string) bool {
	return mayOrder(sentence) && weighForeign(sentence, -100) != ""
}

// Other runs the checks of this file and markup.go: planted text in other
// languages and markup. Detect calls it after the English checks. One pass over the bytes
// decides which of them can apply.
func Other(sentence string) Reason {
	if r := formats(sentence); r != "" { // formats.go
		return r
	}
	order, mark := prescan(sentence)
	return otherWith(sentence, byteFacts{order: order, markup: mark, other: mayBeOtherScript(sentence)})
}

// otherWith is Other given the prefilters' verdicts on sentence (f.order,
// f.markup and f.other; readFacts).
func otherWith(sentence string, f byteFacts) Reason {
	if r := markup(sentence, f.markup); r != "" {
		return r
	}
	if f.order {
		if r := foreign(sentence); r != "" {
			return r
		}
	}
	if f.other && otherScript(sentence, mainScript(sentence)).planted {
		return "an order or address to machines in another script" // script.go
	}
	if labelToMachines(sentence) {
		return "headed as a note to machines" // script.go
	}
	return ""
}

// extend adds to the flags Paragraph gave one paragraph of n sentences
// (text(i) is the i-th): markup carried
// across paragraphs (st), and orders in other languages next to a planted
// sentence.
func extend(n int, text func(int) string, flags []bool, st *markupState) {
	st.paragraph(n, text, flags)
	for changed := true; changed; {
		changed = false
		for i := range n {
			if flags[i] || !(i > 0 && flags[i-1] || i+1 < n && flags[i+1]) || !foreignDirected(text(i)) {
				continue
			}
			flags[i], changed = true, true
		}
	}
}

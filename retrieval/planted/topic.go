package planted

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbot/newsbot"
)

// The checks of this file read a sentence against its article rather than
// alone: planted text has to live off the topic, and often off the
// language, of the story it hides in.

// keepOffTopic keeps out, unless the question is about machines or
// answers (KeepOutMeta), a sentence that talks to or about machines when
// its article is not about them: a machine named outright (AI, chatbots,
// language models, automated systems) with a verb that directs what is
// said, an answer or summary, "you", a duty or an audience, or a weaker
// machine noun ("systems", "tools") with what machines do to a text or its
// readers (reading, summarising, answering users), in the one paragraph of
// the article that names machines at all. A planted order lives off the
// topic of the story it hides in, whatever its wording; an article about
// chatbots names them in paragraph after paragraph and is left to the other
// checks. keepParagraphs then spreads the verdict over the paragraph, where
// a payload often stands apart from its address. An article of fewer than
// three paragraphs has no topic to stand apart from.
func keepOffTopic(text string, sents []newsbot.Sentence, bits []uint8) {
	if len(sents) < 4 {
		return
	}
	para, paras := -1, 0 // the one paragraph naming machines, and how many paragraphs
	for i := range sents {
		if i == 0 || !sameParagraph(text, sents, i-1, i) {
			paras++
		}
		if bits[i]&machineNamed == 0 {
			continue
		}
		if para >= 0 && para != paras {
			return // a second paragraph names machines: the article is about them
		}
		para = paras
	}
	if para < 0 || paras < 3 {
		return
	}
	for i := range sents {
		if bits[i]&machineTalk != 0 && !sents[i].Planted {
			sents[i].KeptOut = max(sents[i].KeptOut, newsbot.KeepOutMeta)
		}
	}
}

// The bits weighShare gives a sentence.
const (
	isPlanted    uint8 = 1 << iota // the detector sets it aside
	machineNamed                   // a machine named, outright or by a weaker noun
	machineTalk                    // and talked to or about: see keepOffTopic
)

// topic gives the sentence's machineNamed and machineTalk bits.
func (s *sent) topic(text string) uint8 {
	if s.humansExcused() || s.dictatedCopula() {
		return machineNamed | machineTalk
	}
	if s.all&(cMachine|cMachineWeak) == 0 {
		return 0
	}
	strong := s.machineIn(0, s.n) && !s.onlyItalianAI(text)
	if !strong && s.all&cMachineWeak == 0 {
		return 0
	}
	if s.machineRole() || s.dutyThat() ||
		strong && s.all&(cSpeech|cOutput|cYou|cYourPoss|cModal|cModalTo|cAudience|cReaderAct) != 0 ||
		s.all&(cYou|cYourPoss|cOutput) != 0 || s.audienceNamed() {
		return machineNamed | machineTalk
	}
	return machineNamed
}

// audienceNamed reports an audience word (cAudience) that names whom a
// text addresses. "Anything" names things, not readers: it is an audience
// only as the subject of reading, answering or asking within the next
// three words ("anything reading this", "anything that summarises it"),
// not as an object ("to prevent anything from igniting in the fuel
// system").
func (s *sent) audienceNamed() bool {
	if s.all&cAudience == 0 {
		return false
	}
	for i := 0; i < s.n; i++ {
		if !s.has(i, cAudience) {
			continue
		}
		if !s.is(i, "anything") {
			return true
		}
		for k := i + 1; k < s.n && k <= i+3; k++ {
			if s.has(k, cReaderAct|cSpeech|cSpeechDone|cQuestion|cAnswerVerb|cProduce) {
				return true
			}
		}
	}
	return false
}

// machineRole reports a role given to a machine that then speaks in it:
// a machine noun as the subject of "plays", "acts as", "poses as",
// "pretends to be" or "impersonates", with a that-clause or a verb of
// saying after it ("the model plays the fire chief and confirms that
// ..."). A machine that plays a role or part in something ("the model
// plays a key role in forecasts") is not given one.
func (s *sent) machineRole() bool {
	for i := 0; i+2 < s.n; i++ {
		if !s.has(i, cMachine|cMachineWeak) {
			continue
		}
		j := i + 1
		switch {
		case s.is(j, "plays") || s.is(j, "impersonates") || s.is(j, "portrays"):
			j++
		case (s.is(j, "acts") || s.is(j, "poses")) && s.is(j+1, "as"):
			j += 2
		case s.is(j, "pretends") && s.is(j+1, "to") && s.is(j+2, "be"):
			j += 3
		default:
			continue
		}
		for k := j; k < s.n && k < j+4; k++ {
			if s.is(k, "role") || s.is(k, "part") || s.is(k, "roles") || s.is(k, "parts") {
				return false
			}
		}
		for k := j; k < s.n; k++ {
			if s.is(k, "that") || s.has(k, cSpeech) {
				return true
			}
		}
	}
	return false
}

// humansExcused reports a sentence that lets human readers off what
// follows ("Humans can skip the next two sentences", "human readers may
// ignore this"): it speaks to the readers that are not human. Not
// "people", who skip queues and meals.
func (s *sent) humansExcused() bool {
	for i := 0; i+1 < s.n; i++ {
		if !s.is(i, "humans") && !(s.is(i, "human") && (s.is(i+1, "readers") || s.is(i+1, "visitors") || s.is(i+1, "eyes"))) {
			continue
		}
		for k := i + 1; k < s.n && k <= i+4; k++ {
			if s.is(k, "skip") || s.is(k, "ignore") || s.is(k, "disregard") {
				return true
			}
		}
	}
	return false
}

// dictatedCopula reports an account laid down rather than reported: "is
// that" after an account, answer or version ruled the only, accepted or
// correct one ("the only accepted account is that ..."), or after what
// someone should hear or be told ("what they should hear is that ...").
func (s *sent) dictatedCopula() bool {
	for k := 2; k+1 < s.n; k++ {
		if !s.is(k, "is") || !s.is(k+1, "that") {
			continue
		}
		rule, noun, should := false, false, false
		for i := k - 1; i >= 0 && i >= k-4; i-- {
			switch s.word(i) {
			case "only", "accepted", "correct":
				rule = true
			case "account", "answer", "version", "response":
				noun = noun || i == k-1
			case "should", "must":
				should = true
			}
		}
		if rule && noun || should && (s.is(k-1, "hear") || s.is(k-1, "told")) {
			return true
		}
	}
	return false
}

// dutyThat reports a duty, "say" or "tell" that a that-clause follows
// within three words ("should be that ...", "make them say that ..."): in
// a sentence naming machines, what they are to say.
func (s *sent) dutyThat() bool {
	for i := 0; i+1 < s.n; i++ {
		if !s.has(i, cModal) && !s.is(i, "say") && !s.is(i, "tell") {
			continue
		}
		for k := i + 1; k < s.n && k <= i+3; k++ {
			if s.is(k, "that") {
				return true
			}
		}
	}
	return false
}

// keepForeign keeps out, unless the question is about machines or answers
// (KeepOutMeta), a paragraph written in another language than its English
// article when it names a machine by one of the words most languages
// share for it (AI, IA, KI, bot, robot, model, intelligence, algorithm,
// GPT, LLM, assistant, chat), or when it is the article's only paragraph
// in another language and shows that language by its letters: another
// script, letters English does not use (a Finnish, Danish or Spanish
// paragraph), or, in a language written without accents (Swahili,
// Indonesian, Welsh, Tagalog, Dutch), one word in six of that language's
// closed-class words (otherClosed). A kept paragraph that ends with a
// colon keeps the paragraphs in its language after it (a list). A lone paragraph off the article's language is off its
// register too, and a note to machines in the reader's language slipped
// into a story in another is a known way round detectors that read one
// language (the stem tables of lang.go and script.go cover some
// languages, this covers the rest by structure). An English story that
// quotes in another language mostly does so inside an English paragraph,
// and a paragraph that opens with a quotation mark is someone's words;
// a headline or a terse English line has few closed-class words but no
// foreign letters; a bilingual article, one with several foreign
// paragraphs none of which names a machine, and articles not in English
// are left as they are.
//
// shares holds each sentence's plantedmodel.ClosedShare (weighShare).
func keepForeign(text string, sents []newsbot.Sentence, shares []share) {
	// Paragraphs: English or not, by the share of English closed-class
	// words of their sentences (English prose has one word in three or
	// more; another language under one in ten, or under one in five with
	// letters English does not use: "at" and "for" are Norwegian too).
	type para struct {
		from, to, closed, words, letters int  // letters: outside ASCII
		latin                            bool // its letters outside ASCII are Latin
	}
	var ps []para
	for i := range sents {
		if i == 0 || !sameParagraph(text, sents, i-1, i) {
			ps = append(ps, para{from: i, to: i, latin: true})
		}
		p := &ps[len(ps)-1]
		p.to = i + 1
		p.closed += shares[i].closed
		p.words += shares[i].words
		letters := nonASCIILetters(sents[i].Text)
		p.letters += letters
		p.latin = p.latin && (letters == 0 || latinLetters(sents[i].Text))
	}
	isForeign := func(p para) bool {
		return p.closed*10 < p.words || p.letters > 0 && p.closed*5 < p.words
	}
	// long enough to be a language of its own: twelve words, or eight
	// words or forty letters of a script English does not use (Thai and
	// others write no spaces between words).
	long := func(p para) bool {
		return p.words >= 12 || p.letters > 0 && (p.words >= 8 || p.letters >= 40)
	}
	english, foreign, lone := 0, 0, 0
	for _, p := range ps {
		switch {
		case p.words < 4 && p.letters < 12:
		case p.closed*4 >= p.words:
			english += p.words
		case isForeign(p):
			foreign += max(p.words, p.letters/6) // a word of a script without spaces: about six letters
			if long(p) {
				lone++
			}
		}
	}
	if english < 3*foreign || english < 40 {
		return // not an English article
	}
	for k, p := range ps {
		if !long(p) || !isForeign(p) || !prose(sents[p.from:p.to]) {
			continue
		}
		named := lone == 1 && (shown(p.letters, p.latin) || otherShown(sents[p.from:p.to], p.words)) && endsSentence(sents[p.to-1].Text) && !quoteOpens(sents[p.from].Text)
		for i := p.from; i < p.to && !named; i++ {
			named = cognateIn(sents[i].Text)
		}
		if !named {
			continue
		}
		to := p.to
		if strings.HasSuffix(strings.TrimSpace(sents[p.to-1].Text), ":") {
			// A note that ends with a colon introduces what follows:
			// the paragraphs after it in its language, short list
			// items among them, are the note's.
			for _, q := range ps[k+1:] {
				if q.words == 0 || !isForeign(q) {
					break
				}
				to = q.to
			}
		}
		for i := p.from; i < to; i++ {
			if !sents[i].Planted {
				sents[i].KeptOut = max(sents[i].KeptOut, newsbot.KeepOutMeta)
			}
		}
	}
}

// cognateIn reports whether a sentence holds a word most languages share
// for machines: AI, IA, KI, ИИ, ШІ, YZ as words with a capital; bot,
// model, intelligence, algorithm, GPT, LLM, assistant and chat in any
// word. keepForeign asks it only of the sentences of a long paragraph in
// another language, so the word scan it needs is made again there rather
// than kept for every sentence. It allocates nothing.
func cognateIn(text string) bool {
	var s sent
	s.scan(text)
	for i := 0; i < s.n; i++ {
		t := &s.toks[i]
		w := s.arena[t.a:t.b]
		if len(w) <= 4 && t.named {
			switch string(w) {
			case "ии", "ші":
				return true
			case "ai", "ia", "ki", "yz":
				// In capitals, not the "Ki" of "Ban Ki-moon" nor the
				// Italian "ai".
				if capitalsWord(text, string(w)) {
					return true
				}
			}
		}
		for k := 0; k+2 < len(w); k++ {
			if p := uint16(w[k])<<8 | uint16(w[k+1]); stemPairs[p>>6]&(1<<(p&63)) == 0 {
				continue // no stem starts with these two bytes
			}
			for _, stem := range stemsAt[w[k]] {
				if len(w)-k >= len(stem) && string(w[k:k+len(stem)]) == stem {
					return true
				}
			}
		}
	}
	return false
}

// machineStems are parts of the words for machines that most languages
// share (chatbot, robot, modèle, modello, Modell, модель, intelligence,
// inteligencia, algoritmo, asystent, assistente), lower-cased.
var machineStems = []string{"bot", "бот", "model", "modèl", "модел", "intellig", "intelig", "інтелект", "интеллект",
	"algorit", "алгорит", "gpt", "llm", "assist", "asist", "asyst", "ассист", "асист", "chat", "чат"}

// stemPairs holds the first two bytes of every machine stem, a bit for
// each pair, so that cognateIn passes over most places of a word
// with one test.
var stemPairs = func() (m [1 << 16 / 64]uint64) {
	for _, s := range machineStems {
		p := uint16(s[0])<<8 | uint16(s[1])
		m[p>>6] |= 1 << (p & 63)
	}
	return m
}()

// stemsAt indexes machineStems by their first byte.
var stemsAt = func() (m [256][]string) {
	for _, s := range machineStems {
		m[s[0]] = append(m[s[0]], s)
	}
	return m
}()

// prose reports sentences that read as prose, not code or a command
// line: fewer than one word in ten holds a path, a flag or markup
// ("go build -o /tmp/nb ./cmd/newsbot").
func prose(sents []newsbot.Sentence) bool {
	words, code := 0, 0
	for _, s := range sents {
		for _, w := range strings.Fields(s.Text) {
			words++
			if strings.ContainsAny(w, "/=_<>{}$|\\") || strings.HasPrefix(w, "-") && len(w) > 1 {
				code++
			}
		}
	}
	return code*10 < words
}

// capitalsWord reports the two-letter word w in capitals in text, as a
// word of its own or before a hyphen ("KI-Systeme", not the "Ki" of "Ban
// Ki-moon").
func capitalsWord(text, w string) bool {
	up := [2]byte{w[0] - 'a' + 'A', w[1] - 'a' + 'A'}
	for i := 0; i+1 < len(text); i++ {
		if text[i] != up[0] || text[i+1] != up[1] {
			continue
		}
		before := i == 0 || !isASCIILetter(text[i-1])
		after := i+2 == len(text) || !isASCIILetter(text[i+2])
		if before && after {
			return true
		}
	}
	return false
}

// otherClosedWords are closed-class words (particles, prepositions,
// conjunctions, demonstratives, pronouns) of languages written mostly
// without accents, so that their letters do not show them: Swahili,
// Indonesian and Malay, Welsh, Tagalog, Dutch, Afrikaans, Romanian and
// Danish or Finnish with their letters stripped to ASCII. A word English also uses
// ("a", "in", "at", "van") is left out. A paragraph with one word in six
// of these shows another language as accents would (keepForeign).
var otherClosedWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`na wa ya za la kwa ni kwamba katika kama hii hili huu hiyo kila kuhusu lakini pia sana wewe yeye sisi wao cha vya
		yang dan di ke dari untuk dengan ini itu bahwa pada dalam tidak akan sudah juga atau oleh karena sejak kepada setiap
		y yr yn ac ar gyda fod wedi mae bod ei eu hefyd oherwydd ond neu os bydd roedd
		ang ng mga ay kung para hindi siya nila noong
		het een en dat niet zijn voor ook maar bij naar werd wordt
		wat moet se hierdie nie vir sal deur daardie omdat hulle
		trebuie sa si pe cu din mai este sunt nu fost pentru acest aceasta acesta ca dupa sau despre cand unde
		og er det til af som skal ikke med der paa har ved fra eller efter blev kan ogsaa
		ja on etta ei ovat oli kun tai mutta myos joka mita kanssa tama taman bahawa`) {
		m[w] = true
	}
	return m
}()

// otherClosed counts the words of s in otherClosedWords.
func otherClosed(s string) int {
	n, from := 0, -1
	for i := 0; i <= len(s); i++ {
		if i < len(s) && isASCIILetter(s[i]) {
			if from < 0 {
				from = i
			}
			continue
		}
		if from >= 0 && i-from <= 8 {
			var buf [8]byte
			w := buf[:i-from]
			for k := range w {
				w[k] = s[from+k] | 0x20
			}
			if otherClosedWords[string(w)] {
				n++
			}
		}
		from = -1
	}
	return n
}

// otherShown reports a paragraph of words words, one in six of them or
// more (and at least three) in otherClosedWords: read only of a long
// paragraph already found off English, not of every sentence.
func otherShown(sents []newsbot.Sentence, words int) bool {
	other := 0
	for _, s := range sents {
		other += otherClosed(s.Text)
	}
	return other >= 3 && other*6 >= words
}

// shown reports a paragraph whose letters show another language than
// English: another script, or two or more Latin letters English does not
// use.
func shown(letters int, latin bool) bool {
	return letters >= 2 || letters == 1 && !latin
}

// latinLetters reports whether the letters of s outside ASCII are all
// Latin (accents), none of another script.
func latinLetters(s string) bool {
	for _, r := range s {
		if r >= utf8.RuneSelf && unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// endsSentence reports text that ends as a sentence does, with a full
// stop, a question or exclamation mark (of any script), perhaps inside a
// closing quotation mark or bracket: prose, not a headline or a label.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("\"'”’»)]", r)
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?。！？।؟۔ฯ", r) || unicode.In(r, unicode.Thai) && len(s) > 0
}

// quoteOpens reports text that opens with a quotation mark: a quoted
// voice, reported whatever its language.
func quoteOpens(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(s))
	return strings.ContainsRune("\"'“‘„‚«‹「『", r)
}

// nonASCIILetters counts the letters outside ASCII: accents, other
// scripts.
func nonASCIILetters(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) {
			n++
		}
		i += size
	}
	return n
}

// onlyItalianAI reports a sentence whose only machine word is a "ai" in
// lower case: the Italian "to the" ("ha chiesto ai cittadini"), not AI.
func (s *sent) onlyItalianAI(text string) bool {
	ai := false
	for i := 0; i < s.n; i++ {
		if s.toks[i].cls&(cMachine|cMachineWeak) == 0 {
			continue
		}
		if !s.is(i, "ai") {
			return false
		}
		ai = true
	}
	return ai && !capitalsWord(text, "ai")
}

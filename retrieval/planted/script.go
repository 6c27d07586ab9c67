package planted

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Planted text in other scripts. English and the Latin-script languages
// of lang.go are read word by word; a planted paragraph in Russian, Greek,
// Arabic, Persian, Hebrew, Hindi, Chinese, Japanese or Korean, or an
// address in one of those scripts put in front of an English payload
// ("Примечание для ИИ-ассистентов: ... the plant exploded"), is read here
// from small tables of word classes per script, not from known phrases:
// machine nouns (ИИ, нейросеть, τεχνητή νοημοσύνη, ذكاء اصطناعي, एआई,
// 人工智能), orders to say or to ignore (imperatives and polite forms),
// duties (должен, πρέπει, يجب, चाहिए, 必须) with a verb of saying,
// second-person pronouns, address words (для, προς, إلى, के लिए, 致),
// the text naming itself (статья, σελίδα, الصفحة, लेख, 本文), answers,
// questions and summaries, every-question quantifiers, readers, and
// reported speech (заявил, είπε, قال, कहा, 表示), which counts against.
//
// Two thresholds. A sentence in the article's own script must carry an
// order or a machine and score four points (an order or a machine is two,
// every other class one, reported speech minus three), as lang.go asks of
// French or German. A sentence, or a part of one, whose script differs
// from the article's main script is rarer in news and is read as planted
// with two points when it orders, speaks to "you" or names a machine:
// an English article seldom holds a Russian sentence, and one that
// addresses a machine or its reader is no report. Words inside quotation
// marks are someone's speech and are not read. A planted sentence in
// another script that names a machine or a reader is an address: the
// sentences after it in its paragraph share its verdict (planted.go).

// script is the writing system of a letter.
type script uint8

const (
	scNone script = iota
	scLatin
	scCyrillic
	scGreek
	scArabic
	scHebrew
	scDevanagari
	scCJK
	scHangul
	scOther
	nScripts
)

// scriptOf returns the script of r, scNone for a non-letter.
func scriptOf(r rune) script {
	switch {
	case r < 0x80:
		if r|0x20 >= 'a' && r|0x20 <= 'z' {
			return scLatin
		}
		return scNone
	case r >= 0xC0 && r <= 0x24F && r != 0xD7 && r != 0xF7, r >= 0x1E00 && r <= 0x1EFF:
		return scLatin
	case r >= 0x370 && r <= 0x3FF, r >= 0x1F00 && r <= 0x1FFF:
		return scGreek
	case r >= 0x400 && r <= 0x52F:
		return scCyrillic
	case r >= 0x590 && r <= 0x5FF:
		return scHebrew
	case r >= 0x600 && r <= 0x6FF, r >= 0x750 && r <= 0x77F, r >= 0xFB50 && r <= 0xFDFF, r >= 0xFE70 && r <= 0xFEFF:
		return scArabic
	case r >= 0x900 && r <= 0x97F:
		return scDevanagari
	case r >= 0x3040 && r <= 0x30FF, r >= 0x3400 && r <= 0x4DBF, r >= 0x4E00 && r <= 0x9FFF, r >= 0xFF66 && r <= 0xFF9D:
		return scCJK
	case r >= 0xAC00 && r <= 0xD7AF, r >= 0x1100 && r <= 0x11FF, r >= 0x3130 && r <= 0x318F:
		return scHangul
	case unicode.IsLetter(r):
		return scOther
	}
	return scNone
}

// mayBeOtherScript is the byte-level prefilter: whether s holds a lead
// byte of a letter in one of the scripts above (Greek to Arabic, Hebrew,
// Devanagari, CJK, Hangul). Latin, general punctuation and most symbols
// pass without decoding.
func mayBeOtherScript(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		// eight bytes at a time: skip a run of ASCII whole
		if (uint64(s[i])|uint64(s[i+1])<<8|uint64(s[i+2])<<16|uint64(s[i+3])<<24|
			uint64(s[i+4])<<32|uint64(s[i+5])<<40|uint64(s[i+6])<<48|uint64(s[i+7])<<56)&0x8080808080808080 == 0 {
			continue
		}
		for _, b := range []byte(s[i : i+8]) {
			if otherLead(b) {
				return true
			}
		}
	}
	for ; i < len(s); i++ {
		if otherLead(s[i]) {
			return true
		}
	}
	return false
}

// otherLead reports a lead byte of Greek to Arabic, Devanagari, CJK or
// Hangul in UTF-8.
func otherLead(b byte) bool { return b >= 0xCD && b <= 0xDF || b == 0xE0 || b >= 0xE3 && b <= 0xED }

// mainScript returns the script most letters of text are written in:
// Latin for text with no letter of another script.
func mainScript(text string) script {
	if !mayBeOtherScript(text) {
		return scLatin
	}
	var n [nScripts]int
	for _, r := range text {
		n[scriptOf(r)]++
	}
	best := scLatin
	for sc := scLatin; sc < nScripts; sc++ {
		if n[sc] > n[best] {
			best = sc
		}
	}
	return best
}

// word classes of the other scripts
const (
	xMachine uint16 = 1 << iota // a machine reader: ИИ, μοντέλο, مساعد, मॉडल, 模型
	xOrder                      // an order to say, answer, write, ignore: скажите, γράψτε, اكتب, लिखें, 请
	xDuty                       // a duty: должен, πρέπει, يجب, चाहिए, 必须
	xSay                        // a verb of saying not in the imperative: сообщить, يقول, लिखना
	xYou                        // you, your
	xAddr                       // a preposition of address: для, προς, إلى, लिए, 致, へ
	xLabel                      // a label or a greeting: примечание, σημείωση, ملاحظة, नोट, уважаемый
	xSelf                       // the text itself: статья, σελίδα, الصفحة, लेख, 本文
	xAnswer                     // answer, question, summary
	xEvery                      // every, any, always
	xReport                     // reported speech: заявил, είπε, قال, कहा, 表示
	xIgnore                     // ignore, forget
	xRules                      // instructions
	xReader                     // the reader: читатель, αναγνώστης, قارئ, पाठक
	xClause                     // counts only at the start of a clause (CJK)
	xPlease                     // please: пожалуйста, παρακαλώ, من فضلك, कृपया
)

// xTables holds, per script, words (exact, after folding) and stems (a
// word starting with one; for CJK and Hangul, a run holding one) with
// their classes.
type xTable struct {
	exact map[string]uint16
	stems []xStem
}

type xStem struct {
	s string
	c uint16
}

var xTables [nScripts]*xTable

func xAdd(sc script, c uint16, exact, stems string) {
	t := xTables[sc]
	if t == nil {
		t = &xTable{exact: map[string]uint16{}}
		xTables[sc] = t
	}
	for _, w := range strings.Fields(exact) {
		t.exact[xFold(w)] |= c
	}
	for _, w := range strings.Fields(stems) {
		t.stems = append(t.stems, xStem{xFold(w), c})
	}
}

func init() {
	// Cyrillic: Russian, Ukrainian, Bulgarian.
	c := scCyrillic
	xAdd(c, xMachine, `ии ші бот бота боту боты ботов ботам ботами чатбот чатботы`, `нейросет нейронн ассистент асистент искусствен штучн изкуствен интеллект інтелект интелект модел алгоритм чатбот`)
	xAdd(c, xOrder, `скажи скажите напиши напишите пиши пишите ответь ответьте отвечай отвечайте сообщи сообщите укажи укажите говори говорите
		утверждай утверждайте повтори повторите запомни запомните начни начните перескажи перескажите упомяни упомяните передай передайте подчеркни подчеркните отметь отметьте учти учтите помни помните имей имейте считай считайте добавь добавьте выведи выведите
		скажіть напишіть пишіть відповідай відповідайте повторіть вкажи вкажіть запам'ятай зазнач зазначте пам'ятай врахуй врахуйте
		кажи кажете напишете отговори отговорете посочи посочете повтаряй повтаряйте`, ``)
	xAdd(c, xOrder|xIgnore, `игнорируй игнорируйте забудь забудьте ігноруй ігноруйте забудьте игнорирай игнорирайте забрави забравете`, ``)
	xAdd(c, xDuty, `должен должна должно должны обязан обязана обязаны следует повинен повинна повинні мусить трябва`, ``)
	xAdd(c, xSay, `сообщить сказать написать ответить указать упомянуть утверждать повторить написати сказати відповісти`, `пересказыва підсумову резюмиру`)
	xAdd(c, xYou, `ты вы тебя вас тебе вам твой твоя твои ваш ваша ваши вашего ти ви твій вие теб`, ``)
	xAdd(c, xAddr, `для вниманию до`, `адресова предназнач призначен`)
	xAdd(c, xLabel, `примечание внимание заметка примітка увага бележка уважаемый уважаемая уважаемые дорогой дорогая шановний шановна`, ``)
	xAdd(c, xPlease, `пожалуйста будь-ласка моля`, ``)
	xAdd(c, xSelf, `статья статьи статье статью статті статтю статия новости новость`, `страниц сторінк текст абзац`)
	xAdd(c, xAnswer, `ответ ответе ответы ответах ответа ответов резюме`, `вопрос пересказ сводк відповід питанн отговор въпрос`)
	xAdd(c, xEvery, `любом любой любые любого каждому каждый всегда всякий завжди кожному будь всеки всяка винаги`, ``)
	xAdd(c, xReport, `сказал сказала сказали заявил заявила заявили сообщил сообщила сообщили отметил отметила пояснил рассказал говорится
		сказав заявив повідомив каза заяви съобщи`, ``)
	xAdd(c, xRules|xLabel, ``, `инструкци інструкці`)
	xAdd(c, xRules, ``, `указани`)
	xAdd(c, xReader, ``, `читател читающ читач`)

	// Greek, folded to lower case without accents, final sigma as σ.
	c = scGreek
	xAdd(c, xMachine, `chatbot`, `τεχνητ νοημοσυν μοντελ βοηθο ρομποτ αλγοριθμ γλωσσικ`)
	xAdd(c, xOrder, `γραψτε γραψε πες πειτε απαντησε απαντηστε αναφερετε θυμησου θυμηθειτε επαναλαβε επαναλαβετε δηλωσε δηλωστε γραψεισ πεισ απαντησεισ αναφερεισ θυμασαι`, ``)
	xAdd(c, xOrder|xIgnore, `αγνοησε αγνοηστε ξεχασε ξεχαστε`, ``)
	xAdd(c, xDuty, `πρεπει οφειλει οφειλουν`, ``)
	xAdd(c, xSay, `γραψει πει απαντησει αναφερει διαβαζει`, `συνοψιζ`)
	xAdd(c, xYou, `εσυ εσεισ σε σου σασ εισαι ειστε`, ``)
	xAdd(c, xAddr, `για προσ`, ``)
	xAdd(c, xLabel, `σημειωση προσοχη αγαπητε αγαπητη`, ``)
	xAdd(c, xPlease, `παρακαλω`, ``)
	xAdd(c, xSelf, ``, `σελιδ αρθρο κειμεν παραγραφ`)
	xAdd(c, xAnswer, ``, `απαντησ ερωτησ ρωτησ περιληψ`)
	xAdd(c, xEvery, `καθε οποιαδηποτε οτιδηποτε παντα`, ``)
	xAdd(c, xReport, `ειπε δηλωσε ανακοινωσε ανεφερε τονισε σημειωσε ειπαν`, ``)
	xAdd(c, xRules, ``, `οδηγι εντολ`)
	xAdd(c, xReader, ``, `αναγνωστ`)

	// Arabic and Persian, after the clitics و ف ب ل ك ال are stripped.
	c = scArabic
	xAdd(c, xMachine, `مساعد مساعدين مساعدون ذكي ذہانت`, `ذكاء اصطناع نموذج نماذج روبوت دردش خوارزمي دستيار مصنوعی ربات مدل ماڈل`)
	xAdd(c, xOrder, `اكتب اكتبي اكتبوا قل قولي قولوا أجب اجب أجيبوا اذكر اذكروا ردد أخبر اخبر تأكد بنویسید بنویس بگویید بگو کنید دهید لکھیں لکھو کہیں کہو بتائیں`, ``)
	xAdd(c, xOrder|xIgnore, `تجاهل انس`, `نادیده`)
	xAdd(c, xDuty, `يجب ينبغي عليك باید`, ``)
	xAdd(c, xSay, `يقول تقول يكتب تكتب يذكر تذكر يجيب تجيب`, `يلخص تلخص`)
	xAdd(c, xYou, `أنت انت أنتم انتم لك عليك شما تو`, ``)
	xAdd(c, xAddr, `إلى الى برای لیے`, `موجه`)
	xAdd(c, xLabel, `ملاحظة تنبيه رسالة عزيزي عزيزتي توجه یادداشت نوٹ ہدایت`, ``)
	xAdd(c, xPlease, `فضلك لطفا براہ کرم`, ``)
	xAdd(c, xSelf, `صفحة مقال مقالة نص فقرة صفحه مقاله متن`, ``)
	xAdd(c, xAnswer, `إجابة اجابة جواب سؤال أسئلة ملخص تلخيص پاسخ`, ``)
	xAdd(c, xEvery, `أي كل دائما دائماً هر`, ``)
	xAdd(c, xReport, `قال قالت قالوا أعلن أعلنت صرح أكد أكدت أفاد أفادت ذكر ذكرت أضاف أضافت گفت`, ``)
	xAdd(c, xRules|xLabel, `تعليمات`, ``)
	xAdd(c, xReader, `قارئ قراء`, ``)

	// Hebrew, after one of the prefixes ו ה ל ב מ ש כ is stripped.
	c = scHebrew
	xAdd(c, xMachine, `בינה מלאכותית מודל עוזר בוט צ'אטבוט`, ``)
	xAdd(c, xOrder, `כתוב כתבו אמור ענה ענו ציין צינו חזור`, ``)
	xAdd(c, xOrder|xIgnore, `התעלם התעלמו שכח שכחו`, ``)
	xAdd(c, xDuty, `חייב חייבת חייבים`, ``)
	xAdd(c, xYou, `אתה אתם`, ``)
	xAdd(c, xLabel, `הערה`, ``)
	xAdd(c, xPlease, `בבקשה`, ``)
	xAdd(c, xSelf, `כתבה מאמר עמוד דף`, ``)
	xAdd(c, xAnswer, `תשובה שאלה סיכום`, ``)
	xAdd(c, xReport, `אמר אמרה הודיע הודיעה מסר מסרה`, ``)

	// Devanagari: Hindi.
	c = scDevanagari
	xAdd(c, xMachine, `एआई कृत्रिम मॉडल मोडल सहायक बॉट चैटबॉट रोबोट मशीन`, ``)
	xAdd(c, xOrder, `लिखें लिखो लिखिए बताएं बताएँ बताओ बताइए कहें कहो कहिए दें दीजिए दोहराएं दोहराएँ करें कीजिए`, ``)
	xAdd(c, xOrder|xIgnore, `अनदेखा भूल`, ``)
	xAdd(c, xDuty, `चाहिए`, ``)
	xAdd(c, xSay, `लिखना बताना कहना उल्लेख`, ``)
	xAdd(c, xYou, `आप तुम तू आपको`, ``)
	xAdd(c, xAddr, `लिए`, ``)
	xAdd(c, xLabel, `नोट ध्यान सूचना निर्देश प्रिय`, ``)
	xAdd(c, xPlease, `कृपया`, ``)
	xAdd(c, xSelf, `लेख पृष्ठ पेज अनुच्छेद`, ``)
	xAdd(c, xAnswer, `उत्तर जवाब प्रश्न सवाल सारांश`, ``)
	xAdd(c, xEvery, `हमेशा हर`, ``)
	xAdd(c, xReport, `कहा बताया`, ``)
	xAdd(c, xReader, `पाठक`, ``)

	// Chinese, Japanese: runs are matched by what they hold.
	c = scCJK
	xAdd(c, 0, ``, ``)
	for _, e := range []xStem{
		{"人工智能", xMachine}, {"人工知能", xMachine}, {"助手", xMachine}, {"模型", xMachine}, {"机器人", xMachine},
		{"アシスタント", xMachine}, {"モデル", xMachine}, {"ボット", xMachine},
		{"请", xOrder | xClause}, {"ください", xOrder}, {"しなさい", xOrder}, {"忽略", xOrder | xIgnore}, {"無視", xOrder | xIgnore},
		{"必须", xDuty}, {"务必", xDuty}, {"必ず", xDuty},
		{"你", xYou}, {"您", xYou}, {"あなた", xYou},
		{"致", xAddr | xClause}, {"给", xAddr | xClause}, {"へ", xAddr}, {"注意", xLabel}, {"お願い", xLabel}, {"说明", xLabel}, {"提示", xLabel}, {"メッセージ", xLabel},
		{"本文", xSelf}, {"这篇", xSelf}, {"此页", xSelf}, {"本页", xSelf}, {"この記事", xSelf}, {"このページ", xSelf},
		{"回答", xAnswer}, {"摘要", xAnswer}, {"总结", xAnswer}, {"要約", xAnswer}, {"質問", xAnswer}, {"问题", xAnswer},
		{"表示", xReport}, {"指出", xReport}, {"宣布", xReport}, {"述べた", xReport}, {"語った", xReport},
		{"指示", xRules}, {"指令", xRules},
	} {
		xTables[c].stems = append(xTables[c].stems, e)
	}
	c = scHangul
	xAdd(c, 0, ``, ``)
	for _, e := range []xStem{
		{"인공지능", xMachine}, {"모델", xMachine}, {"어시스턴트", xMachine}, {"챗봇", xMachine},
		{"세요", xOrder}, {"십시오", xOrder}, {"무시", xOrder | xIgnore},
		{"당신", xYou}, {"여러분", xYou}, {"에게", xAddr}, {"참고", xLabel}, {"알림", xLabel}, {"안내", xLabel}, {"기사", xSelf}, {"페이지", xSelf},
		{"답", xAnswer}, {"요약", xAnswer}, {"질문", xAnswer},
		{"밝혔다", xReport}, {"말했다", xReport}, {"전했다", xReport},
	} {
		xTables[c].stems = append(xTables[c].stems, e)
	}
	// Latin words that name a machine inside a sentence of another script.
	xAdd(scLatin, xMachine, `ai llm llms gpt chatgpt bot bots chatbot chatbots assistant assistants claude gemini copilot`, ``)
}

// greekFold maps the accented Greek lower-case letters to plain ones and
// the final sigma to σ.
var greekFold = map[rune]rune{'ά': 'α', 'έ': 'ε', 'ή': 'η', 'ί': 'ι', 'ό': 'ο', 'ύ': 'υ', 'ώ': 'ω', 'ΐ': 'ι', 'ΰ': 'υ', 'ϊ': 'ι', 'ϋ': 'υ', 'ς': 'σ'}

// xFold folds a word as otherScript does: lower case, Greek accents
// dropped, final sigma as σ.
func xFold(w string) string {
	return strings.Map(func(r rune) rune {
		r = unicode.ToLower(r)
		if g, ok := greekFold[r]; ok {
			return g
		}
		return r
	}, w)
}

// xClass returns the classes of the folded word w of script sc.
func xClass(sc script, w string, clauseStart bool) uint16 {
	t := xTables[sc]
	if t == nil {
		return 0
	}
	var f uint16
	switch sc {
	case scCJK, scHangul:
		for _, e := range t.stems {
			if i := strings.Index(w, e.s); i >= 0 && (e.c&xClause == 0 || i == 0 && clauseStart) {
				f |= e.c &^ xClause
			}
		}
		return f
	case scArabic, scHebrew:
		if c, ok := t.exact[w]; ok {
			return c
		}
		for pass := 0; pass < 2; pass++ { // "وال", "لل": two clitics
			for _, p := range clitics(sc) {
				if rest, ok := strings.CutPrefix(w, p); ok && utf8.RuneCountInString(rest) >= 2 {
					if c, ok := t.exact[rest]; ok {
						return c
					}
					w = rest
					break
				}
			}
		}
		if c, ok := t.exact[w]; ok {
			return c
		}
	default:
		if c, ok := t.exact[w]; ok {
			return c
		}
	}
	for _, e := range t.stems {
		if strings.HasPrefix(w, e.s) {
			f |= e.c
		}
	}
	return f
}

var arabicClitics = []string{"ال", "لل", "و", "ف", "ب", "ل", "ك"}
var hebrewClitics = []string{"ו", "ה", "ל", "ב", "מ", "ש", "כ"}

func clitics(sc script) []string {
	if sc == scArabic {
		return arabicClitics
	}
	return hebrewClitics
}

// xVerdict is what one sentence in another script says of itself.
type xVerdict struct {
	planted bool // planted at the threshold that applies
	names   bool // names a machine, a reader or an addressee in another script
	short   bool // five words or fewer in another script, with no order and no report
	meta    bool // rules on what answers or summaries say: kept out of answers not about answers
}

// otherScript reads sentence against the article's main script main. It
// returns the zero verdict at once for a sentence with no letter of a
// script other than Latin (the byte prefilter) when main is Latin.
func otherScript(sentence string, main script) xVerdict {
	if main == scLatin && !mayBeOtherScript(sentence) {
		return xVerdict{}
	}
	var all, fall uint16 // classes of all words, of the words in another script than main
	foreignLetters, nonLatin := 0, 0
	var buf [64]byte
	var closer rune
	clauseStart := true
	labelColon := false
	wordStart := -1
	var wsc script
	var last uint16
	words, fwords, ala := 0, 0, -1
	latinMachine, prevForeign := false, false // a Latin machine word next to a word in another script
	flush := func(end int) {
		if wordStart < 0 {
			return
		}
		w := sentence[wordStart:end]
		wordStart = -1
		if closer != 0 {
			return // quoted
		}
		b := buf[:0]
		for _, r := range w {
			r = unicode.ToLower(r)
			if g, ok := greekFold[r]; ok {
				r = g
			}
			b = utf8.AppendRune(b, r)
		}
		c := xClass(wsc, string(b), clauseStart)
		if wsc == scArabic {
			// "على المساعد أن يقول": a duty laid on someone, "it is on
			// X to"; "على الرغم من أن" (despite) is no duty.
			switch {
			case string(b) == "على" && clauseStart:
				ala = words
			case ala >= 0 && words == ala+1 && string(b) == "الرغم":
				ala = -1
			case ala >= 0 && words <= ala+5 && (string(b) == "أن" || string(b) == "ان"):
				c |= xDuty
			}
		}
		words++
		last = c
		all |= c
		switch {
		case wsc != main:
			fall |= c
			fwords++
			if latinMachine {
				fall |= xMachine // "给AI的说明", "AIへの": glued to the other script
			}
			latinMachine, prevForeign = false, true
		case wsc == scLatin && c&xMachine != 0:
			if prevForeign {
				fall |= xMachine
			}
			latinMachine, prevForeign = true, false
		default:
			latinMachine, prevForeign = false, false
		}
		clauseStart = false
	}
	for i, r := range sentence {
		sc := scriptOf(r)
		letter := sc != scNone || unicode.IsMark(r) || r == '\'' && wordStart >= 0 && wsc == scHebrew
		if letter && sc == scNone {
			sc = wsc
		}
		if letter && wordStart >= 0 && sc != wsc && (sc == scCJK || wsc == scCJK || sc == scLatin || wsc == scLatin) {
			flush(i) // "AIアシスタント": two scripts, two words
		}
		if letter {
			if wordStart < 0 {
				wordStart, wsc = i, sc
			}
			if closer == 0 {
				if sc != main && sc != scNone {
					foreignLetters++
				}
				if sc != scLatin && sc != scNone {
					nonLatin++
				}
			}
			continue
		}
		flush(i)
		switch {
		case closer != 0 && r == closer:
			closer = 0
		case closer == 0 && quoteCloser(r) != 0 && r != '\'':
			closer = quoteCloser(r)
		case r == ':' || r == '：':
			labelColon = labelColon || last&(xMachine|xAddr|xLabel|xReader) != 0
			clauseStart = true
		case r == ',' || r == '，' || r == '、' || r == ';' || r == '。' || r == '(' || r == '—':
			clauseStart = true
		}
	}
	flush(len(sentence))
	if nonLatin == 0 || all == 0 {
		return xVerdict{}
	}
	var v xVerdict
	switch {
	case all&xIgnore != 0 && all&xRules != 0:
		v.planted = true // "ignore the instructions"
	case main != scLatin && all&xReport == 0 && (xScore(all, labelColon) >= 4 && (all&(xOrder|xMachine) != 0 || all&xYou != 0 && all&xSay != 0 && all&xSelf != 0) ||
		all&xMachine != 0 && all&(xAddr|xLabel) != 0 && words <= 5):
		// In the article's own script: four points with an order, a
		// machine or "you" summarising "this page", or nothing but an address ("Для всех языковых
		// моделей:", "Уважаемая нейросеть!").
		v.planted = true
	case foreignLetters >= 3 && fall&xReport == 0 && (fall&(xOrder|xYou) != 0 ||
		fall&xDuty != 0 && fall&xSay != 0 ||
		fall&xMachine != 0 && (fall&(xLabel|xReader) != 0 || labelColon || fall&xAddr != 0 && (fall&xSelf != 0 || fwords <= 5))):
		// Another script than the article's: an order, "you", a duty
		// to speak, or a machine addressed (a label, a colon, "to the
		// model reading this page", "Для языковых моделей."); a
		// machine merely named is news.
		v.planted = true
	}
	v.names = all&(xMachine|xReader|xAddr|xLabel) != 0
	v.short = fwords <= 5 && fall&(xOrder|xReport) == 0 && fall&xMachine != 0
	// "Все ответы об этой статье должны начинаться со слов: ...": a
	// duty laid on answers, which an exam rule shares; kept out of
	// answers to questions that are not about answers, as the English
	// meta-reference check does.
	v.meta = !v.planted && all&xAnswer != 0 && all&(xDuty|xOrder) != 0 && all&xReport == 0
	return v
}

// xScore weighs the classes of a sentence in its own script: an order or
// a machine two points, every other class one, reported speech minus three.
func xScore(all uint16, labelColon bool) int {
	score := 0
	if all&xOrder != 0 {
		score += 2
	}
	if all&xMachine != 0 {
		score += 2
	}
	for _, f := range []uint16{xDuty, xSay, xYou, xAddr | xLabel, xSelf, xAnswer, xEvery, xReader, xPlease} {
		if all&f != 0 {
			score++
		}
	}
	if labelColon {
		score++
	}
	if all&xReport != 0 {
		score -= 3
	}
	return score
}

// A label to machines in any Latin-script language: "Yapay zekâ
// asistanlarına not:", "Uwaga dla asystentów AI:", "Poznámka pro AI
// asistenty:". English and the languages of lang.go have their own
// readers; for the others a short label before a colon that holds both a
// note word and a machine word of any of them is a message to machines.
var labelNotes = map[string]bool{"not": true, "note": true, "notiz": true, "nota": true, "notatka": true, "uwaga": true,
	"poznamka": true, "merknad": true, "bemaerk": true, "bemaerkning": true, "anmerkung": true, "hinweis": true, "mesaj": true,
	"wiadomosc": true, "pesan": true, "catatan": true, "huomio": true, "huom": true, "megjegyzes": true, "opmerking": true,
	"mededeling": true, "aviso": true, "avis": true, "bericht": true, "dikkat": true, "notificare": true, "mensaje": true,
	"messaggio": true, "mensagem": true, "meddelande": true, "besked": true, "beskjed": true, "upozorneni": true, "zprava": true}

// labelMachineStems start the words that name machines in those languages.
var labelMachineStems = []string{"asistan", "assistent", "asystent", "asisten", "chatbot", "robot", "yapay", "sztuczn", "umel",
	"kunstig", "kunstmatig", "tekoaly", "mesterseges", "kecerdasan", "yz", "llm", "gpt", "bot", "ai", "ki", "ia", "mi", "si"}

// labelToMachines reports a sentence that opens with such a label.
func labelToMachines(sentence string) bool {
	c := strings.IndexByte(sentence, ':')
	if c <= 0 || c > 80 {
		return false
	}
	note, machine, n := false, false, 0
	for _, w := range strings.FieldsFunc(sentence[:c], func(r rune) bool { return !unicode.IsLetter(r) }) {
		n++
		f := foldLatin(w)
		note = note || labelNotes[f]
		for _, st := range labelMachineStems {
			if len(st) <= 2 && f == st || len(st) > 2 && strings.HasPrefix(f, st) {
				machine = true
			}
		}
	}
	return note && machine && n <= 6
}

// foldLatin folds a word to lower case without accents, as lang.go does.
func foldLatin(w string) string {
	var b strings.Builder
	for _, r := range w {
		if s, ok := foldLetter(r); ok && s != "" {
			b.WriteString(s)
			continue
		}
		switch r {
		case 'ı', 'İ':
			b.WriteByte('i')
		case 'ł', 'Ł':
			b.WriteByte('l')
		case 'ś', 'ć', 'ń', 'ź', 'ż', 'ą', 'ę', 'ě', 'š', 'č', 'ř', 'ž', 'ů', 'ğ', 'ş', 'ő', 'ű', 'ă', 'ș', 'ț',
			'Ś', 'Ć', 'Ń', 'Ź', 'Ż', 'Ą', 'Ę', 'Ě', 'Š', 'Č', 'Ř', 'Ž', 'Ů', 'Ğ', 'Ş', 'Ő', 'Ű', 'Ă', 'Ș', 'Ț':
			b.WriteString(strings.ToLower(string(latinBase[r])))
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

var latinBase = map[rune]rune{'ś': 's', 'ć': 'c', 'ń': 'n', 'ź': 'z', 'ż': 'z', 'ą': 'a', 'ę': 'e', 'ě': 'e', 'š': 's', 'č': 'c',
	'ř': 'r', 'ž': 'z', 'ů': 'u', 'ğ': 'g', 'ş': 's', 'ő': 'o', 'ű': 'u', 'ă': 'a', 'ș': 's', 'ț': 't',
	'Ś': 's', 'Ć': 'c', 'Ń': 'n', 'Ź': 'z', 'Ż': 'z', 'Ą': 'a', 'Ę': 'e', 'Ě': 'e', 'Š': 's', 'Č': 'c',
	'Ř': 'r', 'Ž': 'z', 'Ů': 'u', 'Ğ': 'g', 'Ş': 's', 'Ő': 'o', 'Ű': 'u', 'Ă': 'a', 'Ș': 's', 'Ț': 't'}

package answer

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/retrieval"
)

// Names typed in lower case (branch i10zl). Members type in chat as they
// speak: "who was fmc chairman in 2012", "who did mark acton replace",
// "where's the new usps center". question.go tells a name by its capital,
// so such a name is read as ordinary words: it is not required of an
// article, its aliases are not looked up and an acronym is not spelled
// out. No list of English words says which lower-case words are names;
// the retrieved articles do. A word, or a run of words, of the question
// typed in lower case is read as the name the articles write when they
// write it capitalised inside a sentence and never in lower case
// ("Acton", "Postal Service"), in capitals ("PRC", "BEIC"), as
// the initials of a capitalised run ("fmc": "Federal Maritime
// Commission") or as a name of the built-in alias table they write
// ("fed": "Federal Reserve"). A word the articles also write in lower
// case ("service", "line", "commission" beside "the Commission") stays an
// ordinary word unless the whole run is written only as a name.

// recaseRun is the longest run of question words read as one name.
const recaseRun = 6

// textWord is a word of an article as written.
type textWord struct {
	form  string // as written, without trailing 's
	lower string
	start bool // opens a sentence (its capital says nothing)
	stop  bool // punctuation follows
}

// caseIndex holds how the retrieved articles write each word.
type caseIndex struct {
	texts [][]textWord
	lower map[string]int            // written in lower case
	named map[string]map[string]int // written capitalised inside a sentence, or in capitals anywhere: form -> count
	// heads: words written capitalised at the end of a capitalised run,
	// or in capitals ("Acton" in "Commissioner Mark Acton said"), unlike
	// a title before a name ("President Barack Obama")
	heads map[string]bool
	// alone: words written capitalised inside a sentence with no
	// capitalised word before them ("American", "Taub" in "said Taub"),
	// unlike the class word of names ("Belize City", "Space Agency")
	alone map[string]bool
	// after: the capitalised words written right before a capitalised
	// word ("Taub" after "G." and "Chairman")
	after    map[string]map[string]bool
	initials map[string]bool // initials of capitalised runs ("fmc")
	joined   string          // every text, lower-cased, space-joined words
}

func newCaseIndex(texts []string) *caseIndex {
	ix := &caseIndex{lower: map[string]int{}, named: map[string]map[string]int{}, heads: map[string]bool{}, alone: map[string]bool{}, after: map[string]map[string]bool{}, initials: map[string]bool{}}
	var all []string
	for _, t := range texts {
		for _, line := range strings.Split(t, "\n") {
			ws := splitTextWords(line)
			all = ix.addLine(ws, headline(line, ws), all)
		}
	}
	ix.joined = " " + strings.Join(all, " ") + " "
	return ix
}

// addLine indexes the words of a line of an article. A line in title
// case (a headline) says nothing about which words are names.
func (ix *caseIndex) addLine(ws []textWord, title bool, all []string) []string {
	ix.texts = append(ix.texts, ws)
	run := ""
	for i, w := range ws {
		all = append(all, w.lower)
		if title {
			continue
		}
		if isAcronymText(w.form) || !w.start && capitalised(w.form) && endsRun(ws, i) {
			ix.heads[w.lower] = true
		}
		switch {
		case isAcronymText(w.form) || !w.start && capitalised(w.form) && (ws[i-1].stop || !capitalised(ws[i-1].form)) && !determiners[ws[i-1].form]:
			ix.alone[w.lower] = true
		case !w.start && capitalised(w.form) && determiners[ws[i-1].form]:
			// "the Board", "the Commission": the short form of a longer
			// name, whose word a member writes as an ordinary word
		case !w.start && capitalised(w.form):
			if ix.after[w.lower] == nil {
				ix.after[w.lower] = map[string]bool{}
			}
			ix.after[w.lower][ws[i-1].lower] = true
		}
		switch {
		case isLowerWord(w.form):
			ix.lower[w.lower]++
		case isAcronymText(w.form) || !w.start && capitalised(w.form):
			if ix.named[w.lower] == nil {
				ix.named[w.lower] = map[string]int{}
			}
			ix.named[w.lower][w.form]++
		}
		if w.start {
			ix.addInitials(run)
			run = ""
		}
		switch {
		case isStop(w.lower) || w.lower == "and":
			// "The Federal Maritime Commission", "Bureau of Prisons"
		case capitalised(w.form) && !isAcronymText(w.form):
			run += w.lower[:1]
		default:
			ix.addInitials(run)
			run = ""
		}
	}
	ix.addInitials(run)
	return all
}

// endsRun reports whether ws[i] ends a run of capitalised words:
// punctuation or a word in lower case follows.
func endsRun(ws []textWord, i int) bool {
	return ws[i].stop || i+1 == len(ws) || !capitalised(ws[i+1].form)
}

// headline reports whether a line is a headline: it does not end a
// sentence, and most of its words (three or more) are capitalised. A
// sentence full of names ("Today Tony Hammond and Nanci E. Langley were
// sworn in ...") is not one.
func headline(line string, ws []textWord) bool {
	line = strings.TrimSpace(line)
	if line == "" || strings.ContainsAny(line[len(line)-1:], ".!?\"”'’") {
		return false
	}
	caps, all := 0, 0
	for _, w := range ws {
		if isStop(w.lower) || isNumber(w.lower) {
			continue
		}
		all++
		if !isLowerWord(w.form) {
			caps++
		}
	}
	return all >= 3 && caps*10 >= all*7
}

// addInitials records the initials of the parts of three to six words
// of a capitalised run ("Federal Maritime Commission Chairman Richard":
// "fmc" among them).
func (ix *caseIndex) addInitials(run string) {
	for i := 0; i < len(run); i++ {
		for j := i + 3; j <= len(run) && j <= i+6; j++ {
			ix.initials[run[i:j]] = true
		}
	}
}

// splitTextWords splits a text into words (letters, digits, inner
// apostrophes, hyphens and dots), marking those that open a sentence.
func splitTextWords(t string) []textWord {
	var out []textWord
	start := true
	i := 0
	for i < len(t) {
		r, n := utf8.DecodeRuneInString(t[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			if strings.ContainsRune(".!?\n:;\"“(—–", r) && !(r == '.' && len(out) > 0 && abbreviated(out[len(out)-1].form)) {
				start = true
			}
			i += n
			continue
		}
		j := i
		for j < len(t) {
			r, n := utf8.DecodeRuneInString(t[j:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				j += n
				continue
			}
			if (r == '\'' || r == '’' || r == '-') && j+n < len(t) {
				if r2, _ := utf8.DecodeRuneInString(t[j+n:]); unicode.IsLetter(r2) {
					j += n
					continue
				}
			}
			break
		}
		form := trimPossessive(t[i:j])
		if form != "" {
			stop := j < len(t) && t[j] != ' ' || form != t[i:j]
			out = append(out, textWord{form: form, lower: strings.ToLower(form), start: start, stop: stop})
		}
		start = false
		i = j
	}
	return out
}

// abbreviated reports whether a word before a full stop is an initial
// or a title's abbreviation ("Richard A. Lidinsky", "Mr. Frid"): the
// sentence goes on.
func abbreviated(w string) bool {
	return utf8.RuneCountInString(w) == 1 && capitalised(w) || titleAbbreviations[w]
}

var titleAbbreviations = setOf("Mr Mrs Ms Dr Jr Sr St Gen Sen Rep Gov Lt Col Capt Sgt Prof Rev")

func trimPossessive(w string) string {
	return strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
}

// isLowerWord reports whether w has letters and none in capitals.
func isLowerWord(w string) bool {
	letter := false
	for _, r := range w {
		if unicode.IsUpper(r) {
			return false
		}
		letter = letter || unicode.IsLetter(r)
	}
	return letter
}

// recasable reports whether a question word typed in lower case may be
// a name's: not a stop word, question word, number or generic word.
func recasable(w string) bool {
	return isLowerWord(w) && utf8.RuneCountInString(w) >= 2 && !isStop(w) && !answerQuestionWords[w] &&
		!isNumber(w) && numberWords[w] == 0 && !genericStems[retrieval.Stem(w)] && !monthOrDay[w]
}

// runWord reports whether a question word typed in lower case may sit
// in a run the articles write as one name though it is not read as a
// name alone: a generic or stop word ("new horizons", "us marshals").
func runWord(w string) bool {
	return isLowerWord(w) && !answerQuestionWords[w] && !nameJoiners[w] && w != "and" &&
		(isStop(w) || genericStems[retrieval.Stem(w)])
}

// qspan is a word of the question text with its byte offsets.
type qspan struct {
	from, to int
	word     string // without a trailing 's
}

// questionSpans splits a question into words as splitTextWords does.
func questionSpans(q string) []qspan {
	var out []qspan
	i := 0
	for i < len(q) {
		r, n := utf8.DecodeRuneInString(q[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += n
			continue
		}
		j := i
		for j < len(q) {
			r, n := utf8.DecodeRuneInString(q[j:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				j += n
				continue
			}
			if (r == '\'' || r == '’' || r == '-') && j+n < len(q) {
				if r2, _ := utf8.DecodeRuneInString(q[j+n:]); unicode.IsLetter(r2) {
					j += n
					continue
				}
			}
			break
		}
		w := trimPossessive(q[i:j])
		out = append(out, qspan{from: i, to: i + len(w), word: w})
		i = j
	}
	return out
}

// recaseIndex returns the case index of the sources' texts when the
// question q has a word typed in lower case that may be a name's.
func recaseIndex(q string, srcs []*source) (*caseIndex, bool) {
	if len(srcs) == 0 || !typedLower(q) || !slices.ContainsFunc(questionSpans(q), func(s qspan) bool { return recasable(s.word) }) {
		return nil, false
	}
	return newCaseIndex(sourceTexts(srcs)), true
}

// recase returns q with the words and runs typed in lower case that the
// texts write as names written as the texts write them, and whether it
// changed anything.
func recase(q string, texts []string) (string, bool) {
	return newCaseIndex(texts).recase(q)
}

// recaseText is recase's text alone.
func (ix *caseIndex) recaseText(q string) string {
	t, _ := ix.recase(q)
	return t
}

// recase is recase with the index of the texts.
func (ix *caseIndex) recase(q string) (string, bool) {
	sp := questionSpans(q)
	forms := make([]string, len(sp))
	single := make([]bool, len(sp)) // read as a name on its own, not in a run
	for i := 0; i < len(sp); i++ {
		if !recasable(sp[i].word) && !runWord(sp[i].word) {
			continue
		}
		// a run first ("postal service", "french america line"), longest
		// first; joiners may sit inside it ("bureau of prisons")
		done := false
		for n := min(recaseRun, len(sp)-i); n >= 2 && !done; n-- {
			last := sp[i+n-1].word
			if !recasable(last) && !runWord(last) || nameJoiners[last] || sp[i+n-1].from > sp[i].from && strings.ContainsAny(q[sp[i].to:sp[i+n-1].from], ",.?!;:") {
				continue
			}
			run := make([]string, n)
			ok, named := true, false
			for k := 0; k < n; k++ {
				run[k] = sp[i+k].word
				named = named || recasable(run[k])
				if !recasable(run[k]) && !runWord(run[k]) && !nameJoiners[run[k]] && run[k] != "and" {
					ok = false
				}
			}
			if !ok || !named {
				continue
			}
			if fs := ix.runForms(run); fs != nil {
				copy(forms[i:], fs)
				i += n - 1
				done = true
			}
		}
		if !done && recasable(sp[i].word) {
			forms[i] = ix.wordForm(sp[i].word)
			single[i] = forms[i] != ""
		}
	}
	ix.apart(sp, forms, single)
	var b strings.Builder
	at, changed := 0, false
	for i, s := range sp {
		if forms[i] == "" || forms[i] == s.word {
			continue
		}
		b.WriteString(q[at:s.from])
		b.WriteString(forms[i])
		at, changed = s.to, true
	}
	b.WriteString(q[at:])
	return b.String(), changed
}

// wordForm returns the form the texts write a lower-case question word
// in when they write it only as a name, or "".
func (ix *caseIndex) wordForm(w string) string {
	if ix.lower[w] > 0 {
		return ""
	}
	if fs := ix.named[w]; len(fs) > 0 && ix.heads[w] && (ix.alone[w] || len(ix.after[w]) >= 2) {
		// a class word the articles write only after one name ("News
		// Agency", "Belize City") is not a name of its own
		best, n := "", 0
		for f, c := range fs {
			if c > n || c == n && f < best {
				best, n = f, c
			}
		}
		return best
	}
	if strings.Contains(ix.joined, " "+w+" ") {
		return "" // written only at the start of sentences
	}
	if l := len(w); l >= 3 && l <= 6 && ix.initials[w] && !strings.ContainsAny(w, "'’-") {
		return strings.ToUpper(w) // "fmc": Federal Maritime Commission
	}
	for _, a := range newsbot.KnownAliases(w) {
		if strings.Contains(a, " ") && strings.Contains(ix.joined, " "+a+" ") {
			if len(w) <= 4 {
				return strings.ToUpper(w) // "imf", "fed": the table's key in capitals
			}
			return strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return ""
}

// runForms returns the forms of a run of question words the texts write
// as one capitalised name and never in lower case, or nil.
func (ix *caseIndex) runForms(run []string) []string {
	if !strings.Contains(ix.joined, " "+strings.Join(run, " ")+" ") {
		return nil
	}
	var forms []string
	for _, ws := range ix.texts {
		for i := 0; i+len(run) <= len(ws); i++ {
			match := true
			for k, r := range run {
				if ws[i+k].lower != r {
					match = false
					break
				}
			}
			if !match {
				continue
			}
			named, lower := true, true
			for k := range run {
				f := ws[i+k].form
				if nameJoiners[run[k]] || run[k] == "and" {
					continue
				}
				if isLowerWord(f) {
					named = false
				} else {
					lower = false
				}
				if k == 0 && ws[i].start && !isAcronymText(f) {
					// a capital opening a sentence says nothing
					lower = false
				}
			}
			switch {
			case lower && !(ws[i].start && len(run) == 1):
				return nil // written as ordinary words
			case named && forms == nil && endsRun(ws, i+len(run)-1):
				forms = make([]string, len(run))
				for k := range run {
					forms[k] = ws[i+k].form
				}
			}
		}
	}
	return forms
}

// typedLower reports whether q is typed in lower case: no word is
// capitalised, the first included, acronyms and "I" aside ("who reported
// the missouri glitch to the EAC"). A member who capitalises the first
// word or a name writes the names' capitals too: a lower-case word of
// such a question is an ordinary word ("Which FMC bureau", "Who was
// president of the IWBF").
func typedLower(q string) bool {
	for _, s := range questionSpans(q) {
		if capitalised(s.word) && !isAcronymText(s.word) && s.word != "I" {
			return false
		}
	}
	return true
}

// apart undoes the reading of a word read as a name on its own next to
// another name, or joined to one by "of" or "the", when the articles
// never write it without a capitalised word before it: "american city",
// "connecticut agency", "act of congress" are a name and a class word the
// articles write only inside other names ("Belize City"); read together
// they would be one name no article writes. A run the articles write
// whole was read as one (runForms).
func (ix *caseIndex) apart(sp []qspan, forms []string, single []bool) {
	for i := range sp {
		if !single[i] || ix.alone[sp[i].word] {
			continue
		}
		next := func(step int) bool {
			for j := i + step; j >= 0 && j < len(sp); j += step {
				if forms[j] != "" {
					return true
				}
				if !nameJoiners[sp[j].word] {
					return false
				}
			}
			return false
		}
		if next(-1) || next(1) {
			forms[i] = ""
		}
	}
}

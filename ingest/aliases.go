package ingest

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsbot/newsbot"
)

// maxAliases bounds the aliases kept per article.
const maxAliases = 40

// LearnAliases returns the names an article writes two ways, each pair
// once: an acronym defined in brackets ("the United Nations (UN)"), an
// acronym used beside the name its letters abbreviate ("UN" after "United
// Nations", "U.N." too), a short form of a name used alone later (a
// surname after the full name, "the Observatory" after "the Syrian
// Observatory") and a name ending in a Roman numeral ("Artemis I" and
// "Artemis 1").
func LearnAliases(text string) []newsbot.Alias {
	buf := nameWordsPool.Get().(*[]nameWord)
	ws := appendNameWords((*buf)[:0], text)
	defer func() {
		if cap(ws) <= 1<<16 { // an article of up to about 400 KB
			*buf = ws[:0]
			nameWordsPool.Put(buf)
		}
	}()
	runs := nameRuns(ws)
	l := &aliasLearner{seen: map[[2]string]bool{}}
	for _, step := range []func([]nameWord, []nameRun){
		l.acronyms, l.shortForms, l.numerals,
	} {
		step(ws, runs)
	}
	return l.out
}

// nameWord is one word of an article's text.
type nameWord struct {
	text     string
	cap      bool // starts with a capital letter
	acronym  bool // two or more capitals, dots allowed: "UN", "U.N.", "NATO"
	gapAfter bool // more than spaces before the next word (punctuation, a line break)
	starts   bool // starts the text or follows the end of a sentence

	endsSentence bool // a full stop, question mark or line break follows
}

// nameRun is a run of capitalised words, possibly joined by lower-case
// function words ("Syrian Observatory for Human Rights"): ws[first:last+1].
type nameRun struct{ first, last int }

// aliasLearner collects aliases without repeats.
type aliasLearner struct {
	out  []newsbot.Alias
	seen map[[2]string]bool
}

func (l *aliasLearner) add(name, alias string) {
	k := [2]string{newsbot.AliasKey(name), newsbot.AliasKey(alias)}
	if k[0] == k[1] || k[0] == "" || k[1] == "" || l.seen[k] || len(l.out) >= maxAliases {
		return
	}
	l.seen[k] = true
	l.out = append(l.out, newsbot.Alias{Name: name, Alias: alias})
}

// nameWordsPool holds the word slices of LearnAliases: an article's words
// (about 20 KB for 5 KB of text) are read only while it learns, so one
// slice serves article after article instead of an allocation each, which
// the collector would then scan and free.
var nameWordsPool = sync.Pool{New: func() any { return new([]nameWord) }}

// appendNameWords splits text into words, appended to out, which must be
// empty: dots are kept inside acronyms ("U.S."), hyphens and apostrophes
// inside words. ASCII is classified by table, other runes by the unicode
// package.
func appendNameWords(out []nameWord, text string) []nameWord {
	if n := len(text)/6 + 1; cap(out) < n {
		out = make([]nameWord, 0, n)
	}
	i := 0
	for i < len(text) {
		var r rune
		n := 1
		if c := text[i]; c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		if !isLetterOrDigit(r) {
			if len(out) > 0 && r != ' ' {
				out[len(out)-1].gapAfter = true
				if r == '.' || r == '!' || r == '?' || r == '\n' {
					out[len(out)-1].endsSentence = true
				}
			}
			i += n
			continue
		}
		j, dot := i, false
		for j < len(text) {
			var r rune
			n := 1
			if c := text[j]; c < utf8.RuneSelf {
				if asciiLetterDigit[c] {
					j++ // most of a word: no rune to classify
					continue
				}
				r = rune(c)
			} else {
				r, n = utf8.DecodeRuneInString(text[j:])
			}
			if isLetterOrDigit(r) {
				j += n
				continue
			}
			if (r == '.' || r == '-' || r == '\'' || r == '’') && j+n < len(text) && isWordRune(text[j+n:]) {
				dot = dot || r == '.'
				j += n
				continue
			}
			break
		}
		if dot && j < len(text) && text[j] == '.' {
			j++ // the closing dot of "U.S."
		}
		w := text[i:j]
		base := w
		if len(base) > 2 && base[len(base)-1] == 's' {
			base = strings.TrimSuffix(strings.TrimSuffix(base, "'s"), "’s")
		}
		first := r
		upper := unicode.IsUpper(first) // isAcronym needs it: asked only then
		cap := upper
		if cap {
			// A possessive ends a name: "Russia's air force".
			// "UK-based", "Damascus-allied": an adjective, not part of a name.
			if h := strings.LastIndexByte(base, '-'); h >= 0 && !unicode.IsUpper(firstRune(base[h+1:])) {
				cap = false
			} else if mayBeCalendar(base) && calendar[base] {
				cap = false
			}
		}
		out = append(out, nameWord{text: base, cap: cap,
			acronym: upper && isAcronym(base), gapAfter: base != w, starts: len(out) == 0 || out[len(out)-1].endsSentence})
		i = j
	}
	return out
}

// asciiLetterDigit is isLetterOrDigit for ASCII bytes.
var asciiLetterDigit = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = isLetterOrDigit(rune(c))
	}
	return t
}()

// isLetterOrDigit is unicode.IsLetter(r) || unicode.IsDigit(r), with ASCII
// answered by comparison.
func isLetterOrDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// calendar words are capitalised but name no one: "on Monday Russia's ...".
var calendar = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
	March April May June July August September October November December`) {
		m[w] = true
	}
	return m
}()

// calendarEdges[n] marks the first and last bytes of the calendar words
// of n bytes (bit 0: some word starts with the byte, bit 1: some word ends
// with it), so that most capitalised words skip the look-up.
var calendarEdges = func() (t [10][256]uint8) {
	for w := range calendar {
		t[len(w)][w[0]] |= 1
		t[len(w)][w[len(w)-1]] |= 2
	}
	return t
}()

// mayBeCalendar is false for a word that is no key of calendar.
func mayBeCalendar(w string) bool {
	n := len(w)
	return n > 0 && n < len(calendarEdges) && calendarEdges[n][w[0]]&1 != 0 && calendarEdges[n][w[n-1]]&2 != 0
}

func isWordRune(s string) bool {
	if s[0] < utf8.RuneSelf {
		return isLetterOrDigit(rune(s[0]))
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isAcronym reports whether w is written in capitals: "UN", "U.N", "NATO".
func isAcronym(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case r == '.':
		case unicode.IsUpper(r):
			letters++
		default:
			return false
		}
	}
	return letters >= 2 && letters <= 8
}

// joiners may sit inside a name: "Organization of the Petroleum ...".
var joiners = map[string]bool{"of": true, "for": true, "and": true, "the": true, "on": true, "de": true, "al": true}

// isJoiner is joiners[w], with words longer than any joiner answered
// without the look-up.
func isJoiner(w string) bool { return len(w) <= 3 && joiners[w] }

// nameRuns finds the runs of two or more capitalised words. A run does
// not start with a word that often starts sentences ("The", "But").
func nameRuns(ws []nameWord) []nameRun {
	midCap := map[string]bool{} // words capitalised inside a sentence somewhere
	for _, w := range ws {
		if w.cap && !w.starts {
			midCap[w.text] = true
		}
	}
	var out []nameRun
	for i := 0; i < len(ws); {
		if !ws[i].cap || ws[i].acronym || isSentenceStarter(ws[i].text) {
			i++
			continue
		}
		j, last := i, i
		for j+1 < len(ws) && !ws[j].gapAfter {
			nx := ws[j+1]
			if nx.cap && !nx.acronym {
				j++
				last = j
			} else if isJoiner(nx.text) {
				j++
			} else {
				break
			}
		}
		first := i
		if ws[i].starts && !midCap[ws[i].text] {
			// "Carmaker Arden Motors said": an ordinary word that starts
			// the sentence, capitalised nowhere else.
			first = i + 1
		}
		if last > first {
			out = append(out, nameRun{first, last})
		}
		i = last + 1
	}
	return out
}

// sentenceStarter are capitalised words that begin sentences rather than
// names.
var sentenceStarter = map[string]bool{
	"the": true, "a": true, "an": true, "but": true, "and": true, "in": true, "on": true, "at": true,
	"he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "this": true, "that": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "after": true, "when": true, "as": true, "if": true,
}

// isSentenceStarter is sentenceStarter[strings.ToLower(w)] without
// building the lower-case copy when w is ASCII (the keys are ASCII and at
// most five letters; a non-ASCII word takes the long way, since a rune
// such as 'İ' lower-cases to ASCII).
func isSentenceStarter(w string) bool {
	if len(w) > 5 {
		for i := 0; i < len(w); i++ {
			if w[i] >= utf8.RuneSelf {
				return sentenceStarter[strings.ToLower(w)]
			}
		}
		return false
	}
	var b [5]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return sentenceStarter[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return sentenceStarter[string(b[:len(w)])]
}

// text returns the words of a run joined by spaces.
func (r nameRun) text(ws []nameWord) string {
	parts := make([]string, 0, r.last-r.first+1)
	for _, w := range ws[r.first : r.last+1] {
		parts = append(parts, w.text)
	}
	return strings.Join(parts, " ")
}

// head returns the part of a run before its first joiner: "Syrian
// Observatory" of "Syrian Observatory for Human Rights".
func (r nameRun) head(ws []nameWord) nameRun {
	for i := r.first + 1; i <= r.last; i++ {
		if !ws[i].cap {
			return nameRun{r.first, i - 1}
		}
	}
	return r
}

// initials returns the first letters of a run's capitalised words.
func (r nameRun) initials(ws []nameWord) string {
	var b strings.Builder
	for _, w := range ws[r.first : r.last+1] {
		if w.cap {
			c, _ := utf8.DecodeRuneInString(w.text)
			b.WriteRune(unicode.ToLower(c))
		}
	}
	return b.String()
}

// acronyms pairs each acronym of the article with the name run whose
// initials it spells, wherever in the article the two occur: this covers
// "the United Nations (UN)" and a later "U.N." alike.
func (l *aliasLearner) acronyms(ws []nameWord, runs []nameRun) {
	byInitials := map[string]nameRun{}
	for _, r := range runs {
		for first := r.first; first < r.last; first++ {
			// "the Syrian Observatory for Human Rights (SOHR)" and a run
			// that starts with a word not in the acronym ("Britain's ...").
			sub := nameRun{first, r.last}
			if ws[first].cap {
				if k := sub.initials(ws); !hasRun(byInitials, k) {
					byInitials[k] = sub
				}
			}
		}
	}
	if len(byInitials) == 0 {
		return
	}
	for _, w := range ws {
		if !w.acronym {
			continue
		}
		if r, ok := byInitials[newsbot.AliasKey(strings.ReplaceAll(w.text, ".", ""))]; ok {
			l.add(r.text(ws), w.text)
		}
	}
}

func hasRun(m map[string]nameRun, k string) bool {
	_, ok := m[k]
	return ok
}

// shortForms pairs a name run of two or three words with its last word,
// or its first, when the article also writes that word alone as a name
// (capitalised, and never in lower case): "Zakaria Malahifji" ...
// "Malahifji", "Arden Motors" ... "Arden".
func (l *aliasLearner) shortForms(ws []nameWord, runs []nameRun) {
	// alone holds the words written alone as names; a word's value says
	// whether it ever ends a phrase there: "Arden's", "Arden,".
	alone := map[string]bool{}
	inRun := make([]bool, len(ws))
	for _, r := range runs {
		for i := r.first; i <= r.last; i++ {
			inRun[i] = true
		}
	}
	for i, w := range ws {
		if w.cap && !inRun[i] && !w.acronym {
			if end, ok := alone[w.text]; !ok || !end && w.gapAfter {
				alone[w.text] = w.gapAfter
			}
		}
	}
	if len(alone) == 0 {
		return
	}
	type owned struct{ short, name string }
	var cands []owned
	for _, r := range runs {
		r = r.head(ws)
		n := r.last - r.first + 1
		if n < 2 || n > 3 {
			continue
		}
		// The first word alone must end its phrase: "Arden's chief" shortens
		// "Arden Motors"; "Syrian army" does not shorten "Syrian Observatory".
		last, first := ws[r.last].text, ws[r.first].text
		for _, short := range []string{last, first} {
			if end, ok := alone[short]; ok && (short == last || end) && utf8.RuneCountInString(short) > 2 {
				cands = append(cands, owned{short, r.text(ws)})
			}
		}
	}
	if len(cands) == 0 {
		return
	}
	// A short form the article also writes in lower case is no name.
	lower := make(map[string]bool, len(cands)) // lower-cased candidate -> seen in lower case
	var lens uint64                            // bit n: a lower-cased candidate of n bytes (n < 64)
	for _, c := range cands {
		l := strings.ToLower(c.short)
		lower[l] = false
		lens |= 1 << min(len(l), 63)
	}
	for _, w := range ws {
		if !w.cap {
			// An ASCII word keeps its length in lower case: one of a length
			// no candidate has cannot be one.
			if len(w.text) < 63 && lens&(1<<len(w.text)) == 0 && isASCII(w.text) {
				continue
			}
			if seen, ok := lower[strings.ToLower(w.text)]; ok && !seen {
				lower[strings.ToLower(w.text)] = true
			}
		}
	}
	owners := map[string][]string{} // short form -> the runs it may shorten
	for _, c := range cands {
		if !lower[strings.ToLower(c.short)] {
			owners[c.short] = appendNew(owners[c.short], c.name)
		}
	}
	for short, names := range owners {
		if len(names) == 1 { // a word shared by two names is no one's alias
			l.add(names[0], short)
		}
	}
}

// numerals pairs a name ending in a Roman numeral with the same name
// written with a digit: "Artemis II" and "Artemis 2".
func (l *aliasLearner) numerals(ws []nameWord, _ []nameRun) {
	for i := 1; i < len(ws); i++ {
		if t := ws[i].text; len(t) > 4 || t[0] != 'I' && t[0] != 'V' && t[0] != 'X' {
			continue // no numeral of romanNumerals
		}
		if n, ok := romanNumerals[ws[i].text]; ok && ws[i-1].cap && !ws[i-1].gapAfter && !ws[i-1].acronym {
			l.add(ws[i-1].text+" "+ws[i].text, ws[i-1].text+" "+n)
		}
	}
}

var romanNumerals = map[string]string{
	"I": "1", "II": "2", "III": "3", "IV": "4", "V": "5", "VI": "6", "VII": "7", "VIII": "8", "IX": "9", "X": "10",
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

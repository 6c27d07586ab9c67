package ingest

// The alias learner as it was before it was made faster (issue 13), kept
// as the reference the faster one must agree with (TestLearnAliasesSameAsReference).

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbot/newsbot"
)

// refMaxAliases bounds the aliases kept per article.
const refMaxAliases = 40

// refLearnAliases returns the names an article writes two ways, each pair
// once: an acronym defined in brackets ("the United Nations (UN)"), an
// acronym used beside the name its letters abbreviate ("UN" after "United
// Nations", "U.N." too), a short form of a name used alone later (a
// surname after the full name, "the Observatory" after "the Syrian
// Observatory") and a name ending in a Roman numeral ("Artemis I" and
// "Artemis 1").
func refLearnAliases(text string) []newsbot.Alias {
	ws := refNameWords(text)
	runs := refNameRuns(ws)
	l := &refAliasLearner{seen: map[[2]string]bool{}}
	for _, step := range []func([]refNameWord, []refNameRun){
		l.acronyms, l.shortForms, l.numerals,
	} {
		step(ws, runs)
	}
	return l.out
}

// refNameWord is one word of an article's text.
type refNameWord struct {
	text     string
	cap      bool // starts with a capital letter
	acronym  bool // two or more capitals, dots allowed: "UN", "U.N.", "NATO"
	gapAfter bool // more than spaces before the next word (punctuation, a line break)
	starts   bool // starts the text or follows the end of a sentence

	endsSentence bool // a full stop, question mark or line break follows
}

// refNameRun is a run of capitalised words, possibly joined by lower-case
// function words ("Syrian Observatory for Human Rights"): ws[first:last+1].
type refNameRun struct{ first, last int }

// refAliasLearner collects aliases without repeats.
type refAliasLearner struct {
	out  []newsbot.Alias
	seen map[[2]string]bool
}

func (l *refAliasLearner) add(name, alias string) {
	k := [2]string{newsbot.AliasKey(name), newsbot.AliasKey(alias)}
	if k[0] == k[1] || k[0] == "" || k[1] == "" || l.seen[k] || len(l.out) >= refMaxAliases {
		return
	}
	l.seen[k] = true
	l.out = append(l.out, newsbot.Alias{Name: name, Alias: alias})
}

// refNameWords splits text into words, keeping dots inside acronyms ("U.S.")
// and hyphens and apostrophes inside words.
func refNameWords(text string) []refNameWord {
	var out []refNameWord
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			if len(out) > 0 && r != ' ' {
				out[len(out)-1].gapAfter = true
				if strings.ContainsRune(".!?\n", r) {
					out[len(out)-1].endsSentence = true
				}
			}
			i += n
			continue
		}
		j := i
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) || (strings.ContainsRune(".-'’", r) && j+n < len(text) && refIsWordRune(text[j+n:])) {
				j += n
				continue
			}
			break
		}
		if j < len(text) && text[j] == '.' && strings.Contains(text[i:j], ".") {
			j++ // the closing dot of "U.S."
		}
		w := text[i:j]
		base := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		first, _ := utf8.DecodeRuneInString(base)
		// A possessive ends a name: "Russia's air force".
		// "UK-based", "Damascus-allied": an adjective, not part of a name.
		adj := strings.Contains(base, "-") && !unicode.IsUpper(refFirstRune(base[strings.LastIndex(base, "-")+1:]))
		out = append(out, refNameWord{text: base, cap: unicode.IsUpper(first) && !adj && !refCalendar[base],
			acronym: refIsAcronym(base), gapAfter: base != w, starts: len(out) == 0 || out[len(out)-1].endsSentence})
		i = j
	}
	return out
}

func refFirstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// refCalendar words are capitalised but name no one: "on Monday Russia's ...".
var refCalendar = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
	March April May June July August September October November December`) {
		m[w] = true
	}
	return m
}()

func refIsWordRune(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// refIsAcronym reports whether w is written in capitals: "UN", "U.N", "NATO".
func refIsAcronym(w string) bool {
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

// refJoiners may sit inside a name: "Organization of the Petroleum ...".
var refJoiners = map[string]bool{"of": true, "for": true, "and": true, "the": true, "on": true, "de": true, "al": true}

// refNameRuns finds the runs of two or more capitalised words. A run does
// not start with a word that often starts sentences ("The", "But").
func refNameRuns(ws []refNameWord) []refNameRun {
	midCap := map[string]bool{} // words capitalised inside a sentence somewhere
	for _, w := range ws {
		if w.cap && !w.starts {
			midCap[w.text] = true
		}
	}
	var out []refNameRun
	for i := 0; i < len(ws); {
		if !ws[i].cap || ws[i].acronym || refSentenceStarter[strings.ToLower(ws[i].text)] {
			i++
			continue
		}
		j, last := i, i
		for j+1 < len(ws) && !ws[j].gapAfter {
			nx := ws[j+1]
			if nx.cap && !nx.acronym {
				j++
				last = j
			} else if refJoiners[nx.text] {
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
			out = append(out, refNameRun{first, last})
		}
		i = last + 1
	}
	return out
}

// refSentenceStarter are capitalised words that begin sentences rather than
// names.
var refSentenceStarter = map[string]bool{
	"the": true, "a": true, "an": true, "but": true, "and": true, "in": true, "on": true, "at": true,
	"he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "this": true, "that": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "after": true, "when": true, "as": true, "if": true,
}

// text returns the words of a run joined by spaces.
func (r refNameRun) text(ws []refNameWord) string {
	parts := make([]string, 0, r.last-r.first+1)
	for _, w := range ws[r.first : r.last+1] {
		parts = append(parts, w.text)
	}
	return strings.Join(parts, " ")
}

// head returns the part of a run before its first joiner: "Syrian
// Observatory" of "Syrian Observatory for Human Rights".
func (r refNameRun) head(ws []refNameWord) refNameRun {
	for i := r.first + 1; i <= r.last; i++ {
		if !ws[i].cap {
			return refNameRun{r.first, i - 1}
		}
	}
	return r
}

// initials returns the first letters of a run's capitalised words.
func (r refNameRun) initials(ws []refNameWord) string {
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
func (l *refAliasLearner) acronyms(ws []refNameWord, runs []refNameRun) {
	byInitials := map[string]refNameRun{}
	for _, r := range runs {
		for first := r.first; first < r.last; first++ {
			// "the Syrian Observatory for Human Rights (SOHR)" and a run
			// that starts with a word not in the acronym ("Britain's ...").
			sub := refNameRun{first, r.last}
			if ws[first].cap {
				if _, ok := byInitials[sub.initials(ws)]; !ok {
					byInitials[sub.initials(ws)] = sub
				}
			}
		}
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

// shortForms pairs a name run of two or three words with its last word,
// or its first, when the article also writes that word alone as a name
// (capitalised, and never in lower case): "Zakaria Malahifji" ...
// "Malahifji", "Arden Motors" ... "Arden".
func (l *refAliasLearner) shortForms(ws []refNameWord, runs []refNameRun) {
	alone := map[string]bool{}
	aloneEnd := map[string]bool{} // alone and ending a phrase: "Arden's", "Arden,"
	lower := map[string]bool{}
	inRun := make([]bool, len(ws))
	for _, r := range runs {
		for i := r.first; i <= r.last; i++ {
			inRun[i] = true
		}
	}
	for i, w := range ws {
		if !w.cap {
			lower[strings.ToLower(w.text)] = true
		} else if !inRun[i] && !w.acronym {
			alone[w.text] = true
			aloneEnd[w.text] = aloneEnd[w.text] || w.gapAfter
		}
	}
	owners := map[string][]string{} // short form -> the runs it may shorten
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
			if alone[short] && (short == last || aloneEnd[short]) && !lower[strings.ToLower(short)] && utf8.RuneCountInString(short) > 2 {
				owners[short] = refAppendNew(owners[short], r.text(ws))
			}
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
func (l *refAliasLearner) numerals(ws []refNameWord, _ []refNameRun) {
	for i := 1; i < len(ws); i++ {
		if n, ok := refRomanNumerals[ws[i].text]; ok && ws[i-1].cap && !ws[i-1].gapAfter && !ws[i-1].acronym {
			l.add(ws[i-1].text+" "+ws[i].text, ws[i-1].text+" "+n)
		}
	}
}

var refRomanNumerals = map[string]string{
	"I": "1", "II": "2", "III": "3", "IV": "4", "V": "5", "VI": "6", "VII": "7", "VIII": "8", "IX": "9", "X": "10",
}

func refAppendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

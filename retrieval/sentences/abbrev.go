package sentences

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbot/newsbot"
)

// titles never end a sentence: they always precede a name.
var titles = set("mr", "mrs", "ms", "dr", "gen", "lt", "col", "capt", "sgt", "maj",
	"adm", "sen", "rep", "gov", "prof", "rev", "st", "mt", "ft", "hon", "brig",
	"cmdr", "cpl", "pvt", "supt", "insp", "det", "fr", "messrs", "mme", "mlle",
	"spc", "pfc", "spec", "cdr", "lcpl", "ens", "amb")

// beforeNumber abbreviations hold only before a number: "Oct. 29", "No. 10".
var beforeNumber = set("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
	"sept", "oct", "nov", "dec", "no", "nos", "art", "vol", "p", "pp", "fig", "ch")

// ambiguous abbreviations end a sentence only when the next word is a usual
// sentence opener: "in the U.S. The ..." ends, "U.S. President ..." does not.
var ambiguous = set("inc", "ltd", "co", "corp", "jr", "sr", "plc", "llc", "bros",
	"etc", "vs", "v", "approx", "est", "dept", "univ", "assn", "govt")

// openers are words that commonly begin a sentence.
var openers = set("the", "a", "an", "it", "he", "she", "they", "we", "i", "you",
	"in", "on", "at", "but", "and", "or", "this", "that", "these", "those", "his",
	"her", "its", "their", "there", "here", "some", "many", "most", "when", "while",
	"after", "before", "as", "if", "however", "meanwhile", "so", "yet", "for", "to",
	"what", "who", "why", "how", "both", "all", "each", "earlier", "later", "then",
	"since", "also", "our", "my", "such", "other", "one", "two", "three", "no",
	"not", "last", "with", "from", "by", "despite", "although", "though")

// hardWrapEnders are words after which a line break is a hard wrap, not the
// end of a headline.
var hardWrapEnders = set("the", "a", "an", "of", "in", "to", "and", "or", "for",
	"on", "at", "by", "with", "from", "as", "that", "which", "who", "said", "says", "its")

// set is newsbot.WordSet, short for the word lists of this package.
var set = newsbot.WordSet

// abbreviationHolds reports whether a full stop after prev is part of an
// abbreviation that does not end the sentence, given the word that follows.
// next starts with a capital, a digit or an opening mark.
func abbreviationHolds(prev, next string) bool {
	if prev == "" {
		return false
	}
	w := strings.ToLower(strings.TrimRight(prev, "."))
	if i := strings.LastIndexAny(w, "(\"'“‘"); i >= 0 {
		w = w[i+1:]
	}
	nextDigit := next != "" && next[0] >= '0' && next[0] <= '9'
	switch {
	case titles[w]:
		return true
	case beforeNumber[w]:
		return nextDigit
	case ambiguous[w] || isInitialism(w):
		return !openers[strings.ToLower(next)]
	}
	return false
}

// isInitialism reports whether w is a single letter or letters joined by full
// stops: "j", "u.s", "a.m", "e.g".
func isInitialism(w string) bool {
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsLetter(r)
	}
	if !strings.Contains(w, ".") {
		return false
	}
	for _, part := range strings.Split(w, ".") {
		if utf8.RuneCountInString(part) > 2 {
			return false
		}
	}
	return true
}

// lineBreakEnds reports whether the line break at text[i] ends the sentence
// that began at start. A line that ends with terminal punctuation was already
// judged by the punctuation rules; otherwise the break ends a sentence (a
// headline, a caption) unless it reads as a hard wrap: the next line starts in
// lower case, or the line ends with a comma, a hyphen or a function word.
func lineBreakEnds(text string, start, i int) bool {
	line := strings.TrimSpace(text[start:i])
	if k := strings.LastIndexByte(line, '\n'); k >= 0 {
		line = strings.TrimSpace(line[k+1:])
	}
	if line == "" {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	switch last {
	case '.', '!', '?', '…':
		return false
	case ',', ';', '-', '–', '—', '(', '/':
		return false
	}
	rest := strings.TrimLeft(text[i:], " \t\r\n")
	if rest == "" {
		return true
	}
	first, _ := utf8.DecodeRuneInString(rest)
	if unicode.IsLower(first) {
		return false
	}
	words := strings.Fields(line)
	return !hardWrapEnders[strings.ToLower(words[len(words)-1])]
}

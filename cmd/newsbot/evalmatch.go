package main

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbot/newsbot"
)

// The answer matcher of eval-answers decides whether a text (an answer, a
// passage) states an expected answer. Both are read as word tokens after
// newsbot.NormalizeText (case, quote marks and dashes folded), acronym
// dots dropped ("U.N." is "un"), "per cent" and "%" read as "percent",
// month abbreviations spelled out, and every number reduced to its value,
// so that "six" is "6", "12.6 million" is "12600000", "1,648" is "1648"
// and "8th" is "8". The expected answer must appear as a run of whole
// tokens: "6" is not found in "16", nor "UN" in "until".
//
// It is deliberately independent of the answer package's own term
// matching: the measure should not share the blind spots of the thing it
// measures.

// factTokens returns the tokens of s in the matcher's form.
func factTokens(s string) []string {
	s = acronymDots.ReplaceAllStringFunc(newsbot.NormalizeText(s), func(m string) string {
		return strings.ReplaceAll(m, ".", "")
	})
	return joinPercent(joinNumbers(splitTokens(s)))
}

// containsFact reports whether text states one of the expected answers,
// and returns the first one it states.
func containsFact(text string, answers []string) (string, bool) {
	hay := factTokens(text)
	for _, a := range answers {
		if want := factTokens(a); len(want) > 0 && containsRun(hay, want) {
			return a, true
		}
	}
	return "", false
}

// containsRun reports whether want appears as a contiguous run in hay.
func containsRun(hay, want []string) bool {
	for i := 0; i+len(want) <= len(hay); i++ {
		if slices.Equal(hay[i:i+len(want)], want) {
			return true
		}
	}
	return false
}

// acronymDots finds dotted acronyms ("u.s.", "u.n.") in normalised text.
var acronymDots = regexp.MustCompile(`\b(?:[a-z]\.){2,}`)

// token is one word or number of a text; a number keeps its digits
// (mantissa, without grouping commas) and a power of ten, so that scale
// words multiply it exactly.
type token struct {
	word     string
	mantissa string // set for a number
	exp      int
	spelled  bool // a number written as a word ("twenty")
}

// splitTokens cuts normalised text into words, numbers and "%".
func splitTokens(s string) []token {
	var out []token
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r >= '0' && r <= '9':
			t, end := readNumber(s, i)
			out, i = append(out, t), end
		case unicode.IsLetter(r):
			end := i + n
			for end < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[end:])
				if !unicode.IsLetter(r2) && !unicode.IsMark(r2) {
					break
				}
				end += n2
			}
			out, i = append(out, wordToken(s[i:end])), end
		case r == '%':
			out, i = append(out, token{word: "percent"}), i+n
		default:
			i += n
		}
	}
	return out
}

// readNumber reads the number starting at s[i]: digits with grouping
// commas and one decimal point, each followed by a digit, then an ordinal
// suffix if any ("8th"). It returns the token and where it ends.
func readNumber(s string, i int) (token, int) {
	var digits strings.Builder
	end, point := i, false
	for end < len(s) {
		c := s[end]
		switch {
		case c >= '0' && c <= '9':
			digits.WriteByte(c)
		case (c == ',' || c == '.') && end+1 < len(s) && s[end+1] >= '0' && s[end+1] <= '9':
			if c == '.' {
				if point {
					return numberToken(digits.String()), end
				}
				point = true
				digits.WriteByte('.')
			}
		default:
			t := numberToken(digits.String())
			end = skipOrdinal(s, end)
			t.exp, end = attachedScale(s, end)
			return t, end
		}
		end++
	}
	return numberToken(digits.String()), end
}

// attachedScale reads a scale written against a number ("£3m", "$2bn"):
// the power of ten it adds and where it ends; 0 and i when there is none.
func attachedScale(s string, i int) (int, int) {
	for _, suf := range []struct {
		text string
		exp  int
	}{{"bn", 9}, {"mn", 6}, {"m", 6}} {
		if strings.HasPrefix(s[i:], suf.text) {
			j := i + len(suf.text)
			if j == len(s) || !unicode.IsLetter(rune(s[j])) {
				return suf.exp, j
			}
		}
	}
	return 0, i
}

// skipOrdinal skips "st", "nd", "rd" or "th" at s[i] when a word does not
// go on after it.
func skipOrdinal(s string, i int) int {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasPrefix(s[i:], suf) {
			j := i + len(suf)
			if j == len(s) || !unicode.IsLetter(rune(s[j])) {
				return j
			}
		}
	}
	return i
}

// numberToken makes a number token from digits with at most one point.
func numberToken(digits string) token {
	return token{mantissa: digits}
}

// wordToken reads a word: a number word becomes a number, a month
// abbreviation the month's name.
func wordToken(w string) token {
	if v, ok := numberWords[w]; ok {
		return token{mantissa: strconv.Itoa(v), spelled: true}
	}
	if m, ok := monthAbbrev[w]; ok {
		return token{word: m}
	}
	return token{word: w}
}

// numberWords are the number words read as numbers.
var numberWords = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90,
}

// scaleWords multiply the number before them.
var scaleWords = map[string]int{
	"hundred": 2, "thousand": 3, "million": 6, "millions": 6, "mn": 6,
	"billion": 9, "billions": 9, "bn": 9, "trillion": 12,
}

// monthAbbrev spells out month abbreviations.
var monthAbbrev = map[string]string{
	"jan": "january", "feb": "february", "mar": "march", "apr": "april",
	"jun": "june", "jul": "july", "aug": "august", "sep": "september",
	"sept": "september", "oct": "october", "nov": "november", "dec": "december",
}

// joinNumbers merges "twenty five" into 25 and applies scale words ("12.6
// million", "six hundred thousand"), then writes every number as its
// value.
func joinNumbers(ts []token) []string {
	var out []token
	for _, t := range ts {
		last := len(out) - 1
		switch {
		case last >= 0 && out[last].mantissa != "" && t.word != "" && scaleWords[t.word] > 0:
			out[last].exp += scaleWords[t.word]
		case last >= 0 && isTens(out[last]) && isUnit(t):
			out[last].mantissa = strconv.Itoa(atoi(out[last].mantissa) + atoi(t.mantissa))
		default:
			out = append(out, t)
		}
	}
	words := make([]string, len(out))
	for i, t := range out {
		words[i] = t.word
		if t.mantissa != "" {
			words[i] = numberValue(t)
		}
	}
	return words
}

// isTens reports whether t is a spelled-out twenty, thirty ... ninety.
func isTens(t token) bool {
	n := atoi(t.mantissa)
	return t.spelled && t.exp == 0 && n >= 20 && n%10 == 0
}

// isUnit reports whether t is a spelled-out one to nine.
func isUnit(t token) bool {
	n := atoi(t.mantissa)
	return t.spelled && n >= 1 && n <= 9
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

// numberValue writes a number token as its shortest decimal value.
func numberValue(t token) string {
	v, err := strconv.ParseFloat(t.mantissa+"e"+strconv.Itoa(t.exp), 64)
	if err != nil {
		return t.mantissa
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// joinPercent reads "per cent" as "percent".
func joinPercent(ws []string) []string {
	out := ws[:0]
	for i := 0; i < len(ws); i++ {
		if ws[i] == "per" && i+1 < len(ws) && ws[i+1] == "cent" {
			out = append(out, "percent")
			i++
			continue
		}
		out = append(out, ws[i])
	}
	return out
}

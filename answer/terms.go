package answer

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/newsbot/newsbot/retrieval"
)

// words returns the lower-cased words and numbers of text. Apostrophes
// split words ("Russia's" gives "russia" and "s"); digits grouped with
// commas stay one number without them ("275,000" gives "275000"), a
// decimal keeps its point ("2.6").
func words(text string) []string {
	return splitWords(text, func(r rune) rune { return unicode.ToLower(unaccent(r)) })
}

// splitWords is words with fold applied to each letter and digit kept
// (words lower-cases and unaccents; caseWords keeps runes as they are).
func splitWords(text string, fold func(rune) rune) []string {
	var out []string
	var b strings.Builder
	rs := []rune(text)
	flush := func() {
		if b.Len() > 0 {
			out = append(out, b.String())
			b.Reset()
		}
	}
	for i, r := range rs {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(fold(r))
		case r == ',' && i > 0 && i+1 < len(rs) && unicode.IsDigit(rs[i-1]) && unicode.IsDigit(rs[i+1]):
			// 275,000 stays whole, as 275000
		case r == '.' && i > 0 && i+1 < len(rs) && unicode.IsDigit(rs[i-1]) && unicode.IsDigit(rs[i+1]):
			b.WriteRune(r) // 1.5 stays a decimal
		default:
			flush()
		}
	}
	flush()
	return out
}

// unaccent returns a Latin letter without its accent ("ö" gives "o"), so
// that "Eyjafjallajökull" and "Eyjafjallajokull", "Guantánamo" and
// "Guantanamo" are one word; other runes are returned as they are.
func unaccent(r rune) rune {
	if r < 0xC0 || int(r) >= len(baseLetters) {
		return r
	}
	return baseLetters[r]
}

// baseLetters maps the Latin letters up to U+024F to their base letter, where
// their canonical decomposition starts with an ASCII letter.
var baseLetters = func() []rune {
	t := make([]rune, 0x250)
	for r := range t {
		t[r] = rune(r)
		if d := norm.NFD.String(string(rune(r))); len(d) > 1 && d[0] < 0x80 && unicode.IsLetter(rune(d[0])) {
			t[r] = rune(d[0])
		}
	}
	return t
}()

// terms returns the distinct content-word stems of text, in order: words
// minus stop words and question words, each reduced by stem.
func terms(text string) []string { return termsOf(words(text)) }

// termsOf is terms of text already split by words.
func termsOf(ws []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, w := range ws {
		if isStop(w) || (len([]rune(w)) < 2 && !isNumber(w)) {
			continue
		}
		s := retrieval.Stem(w)
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// termSet returns the set of stems of text's content words.
func termSet(text string) map[string]bool {
	m := map[string]bool{}
	for _, t := range terms(text) {
		m[t] = true
	}
	return m
}

func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return w != ""
}

// isStop reports whether a word carries no topic when a sentence is scored
// against a question: retrieval's stop words, and words that questions
// about the news use without meaning them ("what happened", "according to
// the report"), and pronouns that name no one ("should I go up to
// *someone* hanging around a mail truck?": the article writes "anyone
// noticing ..." or "persons"). Not "nobody" or "nothing": they deny.
func isStop(w string) bool { return answerStopWords[w] || retrieval.IsStopWord(w) }

var answerStopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`s t many much whether happen happened happening going get got make
	made according report reported reports article articles story stories thing things right true did done
	someone somebody anyone anybody everyone everybody something anything`) {
		m[w] = true
	}
	return m
}()

// yesNoQuestion reports whether q asks for a yes or no ("Did X happen?").
func yesNoQuestion(q string) bool {
	ws := words(q)
	if len(ws) == 0 {
		return false
	}
	switch ws[0] {
	case "did", "does", "do", "is", "are", "was", "were", "has", "have", "had", "will", "would",
		"can", "could", "should", "shall", "may", "might", "must", "isn", "wasn", "didn", "doesn", "hasn":
		return true
	}
	return false
}

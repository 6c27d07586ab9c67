package answer

import (
	"strings"
	"unicode"
	"unicode/utf8"

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
// A word that fold leaves as written is a substring of text, not a copy:
// only words with a letter fold changes, or with a thousands comma left
// out, are built.
func splitWords(text string, fold func(rune) rune) []string {
	if text == "" {
		return nil
	}
	// about a word a space: one allocation, not one a doubling
	out := make([]string, 0, strings.Count(text, " ")+1)
	var buf []byte       // the word, once it is built
	start, end := -1, -1 // the word is text[start:end] while not built
	built := false
	flush := func() {
		switch {
		case built:
			if len(buf) > 0 {
				out = append(out, string(buf))
			}
		case start >= 0:
			out = append(out, text[start:end])
		}
		start, built = -1, false
	}
	// build copies the word so far into buf, from where it differs from
	// the text.
	build := func() {
		if !built {
			buf, built = buf[:0], true
			if start >= 0 {
				buf = append(buf, text[start:end]...)
			}
		}
	}
	prev := rune(-1) // the rune before i, -1 at the start
	for i := 0; i < len(text); {
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case letterOrDigit(r):
			if f := fold(r); f != r || built {
				build()
				buf = utf8.AppendRune(buf, f)
			} else if start < 0 {
				start, end = i, i+n
			} else {
				end = i + n
			}
		case (r == ',' || r == '.') && prev >= 0 && unicode.IsDigit(prev) && i+n < len(text) && unicode.IsDigit(nextRune(text[i+n:])):
			if r == ',' {
				build() // 275,000 stays whole, as 275000
			} else if built {
				buf = append(buf, '.') // 1.5 stays a decimal
			} else {
				end = i + n
			}
		default:
			flush()
		}
		prev = r
		i += n
	}
	flush()
	if len(out) == 0 {
		return nil // as before: no words is nil
	}
	return out
}

// wordsAtLeast reports whether text has n words or more as words splits
// it (len(words(text)) >= n), without building them.
func wordsAtLeast(text string, n int) bool {
	if n <= 0 {
		return true
	}
	in := false      // inside a word
	prev := rune(-1) // the rune before i
	for i, r := range text {
		switch {
		case letterOrDigit(r):
			if !in {
				if n--; n == 0 {
					return true
				}
				in = true
			}
		case (r == ',' || r == '.') && prev >= 0 && unicode.IsDigit(prev) && i+utf8.RuneLen(r) < len(text) && unicode.IsDigit(nextRune(text[i+utf8.RuneLen(r):])):
			// 275,000 and 1.5 are one word
		default:
			in = false
		}
		prev = r
	}
	return false
}

// letterOrDigit is unicode.IsLetter(r) || unicode.IsDigit(r), with ASCII
// answered without the tables.
func letterOrDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// nextRune returns the first rune of s (not empty), as []rune(s)[0] reads it.
func nextRune(s string) rune {
	if s[0] < utf8.RuneSelf {
		return rune(s[0])
	}
	r, _ := utf8.DecodeRuneInString(s)
	return r
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
		if !contentWord(w) {
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

// contentWord reports whether termsOf keeps a word of words(): not a stop
// word, and of two letters or more unless a number.
func contentWord(w string) bool {
	return !isStop(w) && (utf8.RuneCountInString(w) >= 2 || isNumber(w))
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

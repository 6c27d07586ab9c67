package retrieval

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbot/newsbot"
)

// Terms returns the search terms of a user's text: words and numbers,
// lower-cased, without stop words and question words ("how many" drops
// both), in order, without repeats. A number keeps its separators
// ("275,000", "4.25", "7-2") so that it is searched as one phrase rather
// than as "275" and "000". Any text is accepted; punctuation, FTS5
// operators and emoji are not terms.
func Terms(text string) []string {
	var out []string
	seen := map[string]bool{}
	toks := tokenize(text)
	for i, t := range toks {
		w := strings.ToLower(t.text)
		if newsbot.HasCJK(w) {
			out = appendCJKTerms(out, w, seen)
			continue
		}
		if stopWords[w] || seen[w] || (utf8.RuneCountInString(w) < 2 && !isDigits(w)) || afterHow(toks, i) {
			continue
		}
		seen[w] = true
		out = append(out, w)
	}
	return out
}

// appendCJKTerms appends the terms of a word holding CJK letters: the
// bigrams of its CJK runs, as the index holds them (newsbot.IndexText), and
// its other runs as words.
func appendCJKTerms(out []string, w string, seen map[string]bool) []string {
	for _, part := range newsbot.SplitCJK(w) {
		terms := []string{part}
		if newsbot.HasCJK(part) {
			terms = newsbot.CJKTerms(part)
		} else if stopWords[part] || utf8.RuneCountInString(part) < 2 && !isDigits(part) {
			continue
		}
		for _, t := range terms {
			if !seen[t] {
				seen[t] = true
				out = append(out, t)
			}
		}
	}
	return out
}

// Phrases returns the multi-word names of text: runs of two or more
// capitalised words or numbers separated only by spaces or hyphens
// ("1070 Apartments", "Zakaria Malahifji", "Bab al-Hawa" gives "Bab al"
// and no more), lower-cased, without stop words.
func Phrases(text string) []string {
	var out []string
	toks := tokenize(text)
	var run []string
	flush := func() {
		if len(run) >= 2 {
			out = append(out, strings.ToLower(strings.Join(run, " ")))
		}
		run = run[:0]
	}
	for i, t := range toks {
		if i > 0 && !joinable(text[toks[i-1].end:t.start]) {
			flush()
		}
		if !t.named() || stopWords[strings.ToLower(t.text)] {
			flush()
			continue
		}
		run = append(run, t.text)
	}
	flush()
	return out
}

// KeywordQuery returns the keyword query of a user's text: its names (as
// phrases) then its terms, ORed, so that a passage holding a whole name
// ranks above one holding its words apart. The query is typed: nothing of
// text is ever read as search syntax by a store. It is empty when text has
// no terms.
func KeywordQuery(text string) newsbot.KeywordQuery {
	return newsbot.Keywords(append(Phrases(text), Terms(text)...)...)
}

// token is a word or number of a text, at text[start:end].
type token struct {
	text       string
	start, end int
}

// named reports whether the token can be part of a name: a capitalised
// word or a number.
func (t token) named() bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// tokenize splits text into runs of letters and digits. A '.', ',', ':',
// '-' or '/' between two digits joins them, so numbers, decimals, scores
// and times stay whole.
func tokenize(text string) []token {
	var out []token
	start := -1
	for i, r := range text {
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		if !word && start >= 0 && strings.ContainsRune(".,:-/", r) && digitBefore(text, i) && digitAfter(text, i+1) {
			continue
		}
		if word && start < 0 {
			start = i
		} else if !word && start >= 0 {
			out = append(out, token{text[start:i], start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, token{text[start:], start, len(text)})
	}
	return out
}

func digitBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsDigit(r)
}

func digitAfter(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsDigit(r)
}

// joinable reports whether the text between two tokens keeps them in one
// name: spaces, or one hyphen.
func joinable(gap string) bool {
	g := strings.TrimSpace(gap)
	return (g == "" || g == "-") && gap != "" && !strings.Contains(gap, "\n")
}

// afterHow reports whether toks[i] is the second word of a question
// phrase such as "how many" or "how long".
func afterHow(toks []token, i int) bool {
	return i > 0 && strings.EqualFold(toks[i-1].text, "how") && howWords[strings.ToLower(toks[i].text)]
}

var howWords = map[string]bool{
	"many": true, "much": true, "long": true, "often": true, "far": true,
	"old": true, "big": true, "large": true, "soon": true, "come": true,
}

func isDigits(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return s != ""
}

// IsStopWord reports whether a lower-cased word is too common in questions
// and news to help find a passage: function words, question words,
// reporting verbs.
func IsStopWord(w string) bool { return stopWords[w] }

// stopWords are words too common in questions and news to help ranking.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a about above after again against all am an and any are aren as at
	be because been before being below between both but by can cannot could did didn do does doesn doing
	don down during each few for from further had has have having he her here hers herself him himself his
	how i if in into is isn it its itself just let me more most my myself no nor not now of off on once
	only or other our ours ourselves out over own same she should so some such than that the their theirs
	them themselves then there these those they this through to too under until up very was wasn we were
	weren what when where which while who whom whose why will with won would you your yours yourself
	yourselves tell know anything something say says said also any ever still yet really please news
	near and or not`) {
		m[w] = true
	}
	return m
}()

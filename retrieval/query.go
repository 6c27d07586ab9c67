package retrieval

import (
	"strings"
	"unicode"
)

// Terms returns the search terms of a user's text: words and numbers,
// lower-cased, without stop words and question words, in order, without
// repeats. Any text is accepted; punctuation, FTS5 operators and emoji are
// not terms.
func Terms(text string) []string {
	var out []string
	seen := map[string]bool{}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		w = strings.ToLower(w)
		if stopWords[w] || seen[w] || (len(w) < 2 && !isDigits(w)) {
			continue
		}
		seen[w] = true
		out = append(out, w)
	}
	return out
}

// MatchExpr returns an FTS5 MATCH expression that ORs the terms of text,
// each as a quoted string so that no user input is read as FTS5 syntax.
// It returns "" when text has no terms.
func MatchExpr(text string) string {
	terms := Terms(text)
	for i, t := range terms {
		terms[i] = `"` + t + `"`
	}
	return strings.Join(terms, " OR ")
}

func isDigits(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return s != ""
}

// stopWords are words too common in questions and news to help ranking.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a about above after again against all am an and any are aren as at
	be because been before being below between both but by can cannot could did didn do does doesn doing
	don down during each few for from further had has have having he her here hers herself him himself his
	how i if in into is isn it its itself just let me more most my myself no nor not now of off on once
	only or other our ours ourselves out over own same she should so some such than that the their theirs
	them themselves then there these they this those through to too under until up very was wasn we were
	weren what when where which while who whom whose why will with won would you your yours yourself
	yourselves tell know anything something say says said also any ever still yet really please news
	near and or not`) {
		m[w] = true
	}
	return m
}()

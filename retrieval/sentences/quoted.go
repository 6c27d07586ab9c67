package sentences

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// A quoted question, exclamation or trailing-off quotation is part of the
// sentence that reports it: `"Why now?" Pike asked.`, `“Enough!” the
// minister shouted.`, `"We'll see..." Ms. Hale said.` The mark inside the
// quotation is not the end of the reporting sentence when the words after
// the closing quote are a short subject followed by a verb of saying. A
// lower-case continuation (`"Why?" he asked`, `"Why?" asked Pike`) never
// ends a sentence anyway (endsSentence); this covers the capitalised
// subject, which would otherwise look like a new sentence.

// speechBases are verbs of saying that report a quotation after it, by
// base form; quotedCue makes their -s and -ed forms. The attribution
// engine knows each of them as a cue (a test there checks).
var speechBases = []string{
	"say", "ask", "add", "reply", "respond", "answer", "retort", "counter",
	"exclaim", "shout", "yell", "scream", "wonder", "demand", "insist",
	"continue", "explain", "declare", "note", "remark", "joke",
	"tell", "write", "tweet", "post", "plead", "warn", "protest",
	"inquire", "enquire", "urge", "recall", "observe", "concede", "argue",
	"repeat",
}

// irregularSpeech are the forms morphology does not make.
var irregularSpeech = set("said", "says", "told", "tells", "wrote", "writes", "quipped", "quips")

// quotedCues holds every form made from speechBases.
var quotedCues = func() map[string]bool {
	m := map[string]bool{}
	for w := range irregularSpeech {
		m[w] = true
	}
	for _, b := range speechBases {
		for _, f := range speechForms(b) {
			m[f] = true
		}
	}
	return m
}()

// speechForms returns the third-person present and the past of a regular
// verb: ask → asks, asked; reply → replies, replied; note → notes, noted.
func speechForms(b string) []string {
	switch {
	case b == "say" || b == "tell" || b == "write":
		return nil // irregular: irregularSpeech
	case strings.HasSuffix(b, "y") && len(b) > 2 && !strings.ContainsRune("aeiou", rune(b[len(b)-2])):
		stem := b[:len(b)-1]
		return []string{stem + "ies", stem + "ied"}
	case strings.HasSuffix(b, "e"):
		return []string{b + "s", b + "d"}
	case strings.HasSuffix(b, "sh") || strings.HasSuffix(b, "ch") || strings.HasSuffix(b, "s") || strings.HasSuffix(b, "x"):
		return []string{b + "es", b + "ed"}
	}
	return []string{b + "s", b + "ed"}
}

// QuotedCues returns, sorted, the verb forms that keep a quoted question
// or exclamation in the sentence reporting it; the attribution engine's
// tests check that it reads each of them as a cue.
func QuotedCues() []string {
	out := make([]string, 0, len(quotedCues))
	for w := range quotedCues {
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}

// maxQuotedSubject is the longest subject read between a closing quote and
// its verb of saying: "the ministry's chief spokesman" is four words.
const maxQuotedSubject = 4

// closesQuotedCue reports whether the terminal punctuation text[i:end]
// (a question or exclamation mark or an ellipsis) ends a quotation that the
// words after it report: a closing quote mark, then a subject of one to
// four words with no sentence punctuation, then a verb of saying.
func closesQuotedCue(text string, i, end int) bool {
	if text[i] == '.' && !strings.HasPrefix(text[i:], "...") {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(text[i:end])
	if !isQuoteMark(last) {
		return false
	}
	words := strings.Fields(text[end:min(len(text), end+160)])
	if len(words) > 0 && isDash(words[0]) {
		words = words[1:] // `"Why?" — Pike asked.`
	}
	for k, w := range words {
		if k > maxQuotedSubject {
			return false
		}
		bare := strings.TrimRight(w, ",")
		if k > 0 && quotedCues[strings.TrimRight(w, ".,;:!?\"”’")] {
			return true
		}
		if bare != w || strings.ContainsAny(w, "!?;:\"“”") {
			return false // punctuation inside the subject: not one
		}
		if strings.HasSuffix(w, ".") && !abbreviationHolds(w[:len(w)-1], "A") && !middleInitial(w[:len(w)-1]) {
			return false // a full stop that is not a title or an initial
		}
	}
	return false
}

func isQuoteMark(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»':
		return true
	}
	return false
}

func isDash(w string) bool {
	return w == "-" || w == "--" || w == "—" || w == "–"
}

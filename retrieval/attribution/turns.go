package attribution

import (
	"strings"
	"unicode"

	"github.com/newsbot/newsbot"
)

// This file holds the quotation unit of a transcript's turn: a paragraph
// opened by its speaker's name and a colon ("COLE: We will not fund it.
// Not this year.") is one statement by that speaker, every sentence of the
// paragraph a part of it. The label is a turn only where the text signals
// a transcript: it names a person the article has already named, or the
// article opens at least two paragraphs with labels in capitals, each
// followed by words (a dialogue). "CONTACT: ..." or "RELEASE: 12-164"
// under a press release, or "BP: One oil leak plugged" as a heading, are
// no turns.

// turn is the speaker of the transcript turn under analysis.
type turn struct {
	speaker, role string
	unit          int
	asks          bool // the interviewer's or a reporter's turn: no claim
	unlabelled    bool // an answer of an interview printed without labels (qa.go)
}

// askerLabels name the side of a transcript that asks ("QUESTION:",
// "REPORTER:"): its turns are questions, never claims.
var askerLabels = set("question", "questioner", "reporter", "interviewer")

// turnLabel splits a paragraph's first sentence into its label and the
// offset where the words after the colon start: one to three capitalised
// words of letters (and ".", "'", "-") before a colon, with a lower-case
// letter after it. It returns "" when the sentence has no label.
func turnLabel(s string) (string, int) {
	c := strings.IndexByte(s, ':')
	if c <= 0 || c > 40 {
		return "", 0
	}
	label := strings.TrimSpace(s[:c])
	words := strings.Fields(label)
	if len(words) == 0 || len(words) > 3 {
		return "", 0
	}
	for _, w := range words {
		r := []rune(w)
		if !unicode.IsUpper(r[0]) {
			return "", 0
		}
		for _, x := range r {
			if !unicode.IsLetter(x) && !strings.ContainsRune(".'’-", x) {
				return "", 0
			}
		}
	}
	if len([]rune(label)) < 2 {
		return "", 0 // "Q:", "A:": an interview's sides, not names
	}
	rest := s[c+1:]
	if !strings.ContainsFunc(rest, unicode.IsLower) {
		return "", 0
	}
	at := c + 1
	for at < len(s) && s[at] == ' ' {
		at++
	}
	return label, at
}

// capsLabel reports whether a label is written in capitals ("COLE", "ANN
// COLE"), the way transcripts mark turns.
func capsLabel(label string) bool {
	return !strings.ContainsFunc(label, unicode.IsLower)
}

// dialogueLabels returns the labels in capitals that open paragraphs of
// the article, when there are at least two different ones: the article is
// a transcript.
func dialogueLabels(text string, sents []newsbot.Sentence) map[string]bool {
	labels := map[string]bool{}
	prevEnd := -1
	for _, s := range sents {
		if s.Start < 0 || s.End > len(text) || s.Start > s.End {
			continue
		}
		first := prevEnd < 0 || prevEnd <= s.Start && strings.Contains(text[prevEnd:s.Start], "\n\n")
		prevEnd = s.End
		if !first {
			continue
		}
		if l, _ := turnLabel(text[s.Start:s.End]); l != "" && capsLabel(l) {
			labels[l] = true
		}
	}
	if len(labels) < 2 {
		return nil
	}
	return labels
}

// turnAt returns the turn a paragraph's first sentence s opens, or nil.
func (a *article) turnAt(s newsbot.Sentence) *turn {
	label, _ := turnLabel(s.Text)
	if label == "" {
		return nil
	}
	if askerLabels[lower(label)] {
		return &turn{asks: true}
	}
	name := label
	if capsLabel(label) {
		name = capitalise(label)
	}
	if e := a.tr.resolve(name); e != nil && e.person {
		a.units++
		return &turn{speaker: e.name, role: e.role, unit: a.units}
	}
	if a.dialogue[label] {
		a.units++
		return &turn{speaker: name, unit: a.units}
	}
	return nil
}

// turnClaim records sentence s of the paragraph of turn t: its words
// after the label (the whole sentence after the first) are a part of the
// turn's statement.
//
// A sentence that is a direct question (it ends with "?" outside any
// quotation it reports: "Will the levy be cut this year?") is no claim,
// whatever the label: a host, an anchor or a moderator asks as well as
// states, and a guest's question back is no statement either.
// "They asked me, \"Why now?\"" reports a question and stays a claim.
// An interview's answer printed as "A: ..." (qa.go) loses its "A:".
func (a *article) turnClaim(t *turn, s newsbot.Sentence, first bool) {
	if t.asks || a.directQuestion(s) {
		return
	}
	start := s.Start
	if first {
		_, at := turnLabel(s.Text)
		start += at
	} else if t.unlabelled && a.paraOpen {
		start += sideLabel(s.Text, 'A')
	}
	end := s.End
	for end > start && unicode.IsSpace(rune(a.text[end-1])) {
		end--
	}
	for start < end && unicode.IsSpace(rune(a.text[start])) {
		start++
	}
	if end <= start {
		return
	}
	c := newsbot.Claim{
		SentenceSeq: s.Seq, LastSeq: s.Seq, Unit: t.unit, Sentence: s.Text, Speaker: t.speaker, Role: t.role,
		CueKind: newsbot.CueStates, Kind: newsbot.ClaimDirect, ContentStart: start, ContentEnd: end, Content: a.text[start:end],
	}
	if IsPlanOrExpectation(c.Content) {
		c.CueKind = newsbot.CueExpects
	}
	a.out = append(a.out, c)
	a.lastSeq = s.Seq
}

// capitalise writes each word of a label in capitals with only its first
// letter capitalised: "ANN COLE" is "Ann Cole".
func capitalise(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		r := []rune(strings.ToLower(w))
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

// directQuestion reports whether sentence s (the one under analysis) ends
// with a question mark outside any quotation: the quotation state after
// the sentence is closed and its last mark is "?", not a closing quote.
// Attribute passes only sentences whose offsets fit the text.
func (a *article) directQuestion(s newsbot.Sentence) bool {
	if a.open {
		return false
	}
	return strings.HasSuffix(strings.TrimRightFunc(a.text[s.Start:s.End], unicode.IsSpace), "?")
}

// sideLabel returns the offset of the words after an interview's side
// label ("Q: Why now?", "A: Because.") when sentence s opens with side's
// letter and a colon, or 0.
func sideLabel(s string, side byte) int {
	if len(s) < 3 || s[0] != side || s[1] != ':' || s[2] != ' ' {
		return 0
	}
	at := 2
	for at < len(s) && s[at] == ' ' {
		at++
	}
	return at
}

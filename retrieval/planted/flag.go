package planted

import (
	"strings"

	"github.com/newsbot/newsbot"
)

// Flag marks the planted sentences of an article whose text is text,
// paragraph by paragraph (sentences separated by a blank line belong to
// different paragraphs; see Paragraph), and returns how many it marked.
// Check calls it for the verdicts that set sentences aside.
func Flag(text string, sents []newsbot.Sentence) int {
	return flag(text, sents, func(i int) bool { return Is(sents[i].Text) })
}

// flag is Flag with the verdict of each sentence alone given by is(i),
// i indexing sents.
func flag(text string, sents []newsbot.Sentence, is func(int) bool) int {
	n := 0
	var buf [64]bool
	var st markupState
	carry := false
	// A sentence in another script than the article's is read at the
	// lower threshold of script.go.
	main := mainScript(text)
	if plain := is; main != scLatin || mayBeOtherScript(text) {
		is = func(i int) bool { return plain(i) || otherScript(sents[i].Text, main).planted }
	}
	for i := 0; i < len(sents); {
		j := i + 1
		for j < len(sents) && !strings.Contains(text[sents[j-1].End:sents[j].Start], "\n\n") {
			j++
		}
		out := buf[:0]
		if j-i <= len(buf) {
			out = buf[:j-i]
		} else {
			out = make([]bool, j-i)
		}
		para := sents[i:j]
		carry = paragraph(len(para), func(k int) string { return para[k].Text }, func(k int) bool { return is(i + k) }, out, carry)
		extend(len(para), func(k int) string { return para[k].Text }, out, &st) // lang.go, markup.go
		for k, flag := range out {
			if flag {
				sents[i+k].Planted = true
				n++
			}
		}
		i = j
	}
	return n
}

// AboutAnswers reports whether sentence directs what an answer, summary or
// reply says, or what a machine or a reader acting on the text says,
// whatever frames it: the looser check of the answer step, which only
// keeps a sentence from being quoted. "Answers must be in ink, the exam
// board said" reads as reporting to Detect and as a directive about
// answers here. It allocates nothing and is safe for concurrent use.
func AboutAnswers(sentence string) bool {
	return Is(sentence) || directsAnswers(sentence)
}

// directsAnswers is AboutAnswers without Is: a directive aimed at answers,
// machines, the text at hand or the one answering, framed or not.
func directsAnswers(sentence string) bool {
	var s sent
	s.scan(sentence)
	return s.directsAnswers()
}

// directsAnswers weighs the scanned sentence as directsAnswers does.
func (s *sent) directsAnswers() bool {
	if s.all&(cYou|cYourPoss|cYouAre) != 0 && s.machineIn(0, s.n) {
		// A machine named and "you" spoken to, outside quotation marks:
		// "If you are reading this through ChatGPT, ..." A report seldom
		// speaks to its reader about machines; a quote of it would show
		// the address, not a fact.
		return true
	}
	if s.all&(cSpeech|cOutput|cPolite|cModal|cModalTo) == 0 {
		return false
	}
	d := s.directive()
	if d.at < 0 {
		return false
	}
	t := s.targets(d)
	if t&(tSelf|tReaderAgent|tScope|tQuestion|tVerbatim) == 0 && s.namesRules() {
		return false // a law or code about machines: "..., under the new rules"
	}
	return t&(tOutput|tMachine|tSelf|tReaderAgent|tYouProduce|tScope|tQuestion|tVerbatim|tRolePlay) != 0
}

package attribution

import (
	"strings"

	"github.com/newsbot/newsbot"
)

// This file holds the answers of a question-and-answer interview printed
// without labels: after an introduction that names the interviewee, the
// body alternates a question paragraph ("What will happen to the
// buildings?", "Critics say you gave up too easily.") and the answer
// paragraph after it. Each answer is the interviewee's quotation unit, the
// way a labelled transcript turn is; questions are analysed as any
// paragraph (what a question reports others saying is their claim).

// qaInterview is the interviewee and the paragraphs (by the offset of
// their first sentence) that are answers.
type qaInterview struct {
	speaker string
	answers map[int]bool
}

// qaAnswers reads the body's paragraphs for the alternation: from the
// first paragraph that ends with a question mark, every other paragraph
// must read as a question (it ends with "?" or speaks to "you") and the
// ones between are answers, at least three questions in all. The
// interviewee is the first person named in full in the body before the
// first question. It returns nil when the article is no such interview.
func qaAnswers(text string, sents []newsbot.Sentence) *qaInterview {
	type para struct{ start, end, n int }
	var ps []para
	prevEnd := -1
	for _, s := range sents {
		if s.Start < 0 || s.End > len(text) || s.Start > s.End || s.Kind != newsbot.KindBody {
			prevEnd = -1
			continue
		}
		if prevEnd < 0 || prevEnd <= s.Start && strings.Contains(text[prevEnd:s.Start], "\n\n") {
			ps = append(ps, para{start: s.Start})
		}
		ps[len(ps)-1].end, ps[len(ps)-1].n = s.End, ps[len(ps)-1].n+1
		prevEnd = s.End
	}
	first := -1
	for i, p := range ps {
		if strings.HasSuffix(strings.TrimRight(text[p.start:p.end], "\"'’” "), "?") || sideLabel(text[p.start:p.end], 'Q') > 0 {
			first = i
			break
		}
	}
	if first < 1 {
		return nil
	}
	qa := &qaInterview{answers: map[int]bool{}}
	questions := 0
	for i := first; i+1 < len(ps); i += 2 {
		q, ans := text[ps[i].start:ps[i].end], text[ps[i+1].start:ps[i+1].end]
		if sideLabel(ans, 'Q') > 0 || !asksInterviewee(q, ps[i].n) && sideLabel(q, 'Q') == 0 {
			break // "Q:" opens a question, never an answer
		}
		questions++
		qa.answers[ps[i+1].start] = true
	}
	if questions < 3 {
		return nil
	}
	for _, n := range personNamesIn(text[ps[0].start:ps[first].start], "") {
		qa.speaker = n.name
		break
	}
	if qa.speaker == "" {
		return nil
	}
	return qa
}

// asksInterviewee reports whether a paragraph of n sentences reads as an
// interviewer's question: short, ending with a question mark or speaking
// to "you".
func asksInterviewee(p string, n int) bool {
	if n > 3 || strings.ContainsAny(p, "“\"") {
		return false
	}
	if strings.HasSuffix(strings.TrimRight(p, " "), "?") {
		return true
	}
	for _, w := range strings.Fields(lower(p)) {
		if w = strings.Trim(w, ".,;:!?"); w == "you" || w == "your" {
			return true
		}
	}
	return false
}

package attribution

import (
	"strings"

	"github.com/newsbot/newsbot"
)

// This file holds the pattern of an interview printed as a transcript:
// "Rangsiman Rome: I think this crackdown is just for show. It's not really
// solving the problem." A paragraph that opens with the name of a person
// the article has already named, then a colon, is that person's answer,
// one claim over the whole paragraph. The interviewer's lines ("VOA: In
// your opinion, ...?") name no person and give none.

// answer is the transcript answer under way: its speaker, unit and the end
// of its paragraph.
type answer struct {
	speaker, role string
	unit, end     int
}

// transcriptAnswer records the sentence k as a transcript answer, or as the
// next sentence of the answer under way in the same paragraph. It reports
// whether it did.
func (a *article) transcriptAnswer(k int, s newsbot.Sentence, ts []tok) bool {
	if s.Kind != newsbot.KindBody {
		return false
	}
	if a.ans.speaker != "" && s.Start < a.ans.end {
		a.out = append(a.out, a.answerClaim(s, s.Start, s.End))
		a.lastSeq = k
		return true
	}
	a.ans = answer{}
	c := answerLabel(ts)
	if c < 0 || !paragraphStart(a.text, s.Start) {
		return false
	}
	e := a.tr.resolve(join(a.text[s.Start:s.End], ts, 0, c))
	if e == nil || !e.person || ts[c].b >= len(s.Text) {
		return false
	}
	end := len(a.text)
	if i := strings.IndexByte(a.text[s.End:], '\n'); i >= 0 {
		end = s.End + i
	}
	a.units++
	a.ans = answer{speaker: e.name, role: e.role, unit: a.units, end: end}
	start := s.Start + ts[c].b
	for start < s.End && a.text[start] == ' ' {
		start++
	}
	a.out = append(a.out, a.answerClaim(s, start, s.End))
	a.lastSeq = k
	return true
}

// answerClaim is the claim of the answer under way over [start,end).
func (a *article) answerClaim(s newsbot.Sentence, start, end int) newsbot.Claim {
	c := newsbot.Claim{SentenceSeq: s.Seq, LastSeq: s.Seq, Sentence: s.Text, Speaker: a.ans.speaker, Role: a.ans.role,
		Cue: a.ans.speaker + ":", CueKind: newsbot.CueStates, Kind: newsbot.ClaimIndirect, Unit: a.ans.unit,
		ContentStart: start, ContentEnd: end, Content: a.text[start:end]}
	if IsPlanOrExpectation(c.Content) {
		c.CueKind = newsbot.CueExpects
	}
	return c
}

// answerLabel returns the index of the colon after a name of two to four
// capitalised words that opens the sentence ("Rangsiman Rome: ..."), or -1.
func answerLabel(ts []tok) int {
	for c := 1; c < len(ts) && c <= 4; c++ {
		if ts[c].s == ":" {
			if c >= 2 && c+1 < len(ts) {
				return c
			}
			return -1
		}
		if !ts[c].capped || ts[c].punct || ts[c].inQ {
			return -1
		}
	}
	return -1
}

// paragraphStart reports whether offset i of text opens a paragraph.
func paragraphStart(text string, i int) bool {
	before := strings.TrimRight(text[:i], " \t")
	return before == "" || strings.HasSuffix(before, "\n")
}

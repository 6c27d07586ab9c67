package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbot/newsbot"
)

// MaxSentence is the longest sentence stored, in characters. A longer run
// of text (a page without sentence punctuation) is cut into pieces at
// clause or word boundaries, so that no quote, claim or answer built from
// one sentence can grow without bound.
const MaxSentence = 600

// boundSentences cuts every sentence over MaxSentence characters into
// pieces of at most that length, renumbering the sentences. It returns an
// EINVALID error when the article has body text and every sentence of it
// was over the limit: the input is not written in sentences.
func boundSentences(text string, sents []newsbot.Sentence) ([]newsbot.Sentence, error) {
	out := make([]newsbot.Sentence, 0, len(sents))
	body, long := 0, 0
	for _, s := range sents {
		over := utf8.RuneCountInString(s.Text) > MaxSentence
		if s.Kind == newsbot.KindBody || s.Kind == newsbot.KindStandfirst {
			body++
			if over {
				long++
			}
		}
		if !over {
			out = append(out, s)
			continue
		}
		for start := s.Start; start < s.End; {
			end := cutPoint(text, start, s.End)
			p := s
			p.Start, p.End = trimSpan(text, start, end)
			p.Text = text[p.Start:p.End]
			if p.Start < p.End {
				out = append(out, p)
			}
			start = end
		}
	}
	if body > 0 && long == body {
		return nil, newsbot.Errorf(newsbot.EINVALID, "the text has no sentences newsbot can use (every one is over %d characters: it lacks sentence punctuation); give a news article written in sentences", MaxSentence)
	}
	for i := range out {
		out[i].Seq = i
	}
	return out, nil
}

// cutPoint returns where the piece of text starting at start ends: at most
// MaxSentence characters on, after the last clause mark (, ; : — and their
// CJK forms) in its second half, else after its last space, else at the
// limit itself.
func cutPoint(text string, start, end int) int {
	limit, n := start, 0
	for limit < end && n < MaxSentence {
		_, size := utf8.DecodeRuneInString(text[limit:])
		limit += size
		n++
	}
	if limit >= end {
		return end
	}
	piece := text[start:limit]
	half := len(piece) / 2
	if i := strings.LastIndexAny(piece, ",;:—–、，；："); i >= half {
		_, size := utf8.DecodeRuneInString(piece[i:])
		return start + i + size
	}
	if i := strings.LastIndexFunc(piece, unicode.IsSpace); i >= half {
		return start + i
	}
	return limit
}

// trimSpan narrows [s,e) of text to exclude surrounding whitespace.
func trimSpan(text string, s, e int) (int, int) {
	t := text[s:e]
	lead := len(t) - len(strings.TrimLeftFunc(t, unicode.IsSpace))
	return s + lead, s + len(strings.TrimRightFunc(t, unicode.IsSpace))
}

package answer

import (
	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/prompts"
	"github.com/newsbot/newsbot/retrieval/planted"
)

// messagesTokens estimates the tokens of chat messages with model m.
func messagesTokens(m newsbot.ChatModel, ms []newsbot.ChatMessage) int {
	n := 0
	for _, msg := range ms {
		n += m.CountTokens(msg.Content) + 4
	}
	return n
}

// Per-source and per-line overhead of the context rendering, in tokens.
const (
	sourceOverhead = 40
	lineOverhead   = 12
	promptMargin   = 200 // question, instructions around the sources
)

// numbered is the context given to the model: sources numbered from 1.
type numbered struct {
	prompt []prompts.Source
	byN    map[int]*source
}

// fitSources renders the sources, most relevant first, into the tokens
// left by the model's window after used tokens and the answer's share.
// Each source gives the sentences of its retrieved passages, with their
// speakers; a source that does not fit whole is cut to the lines that do,
// and later sources are left out.
func fitSources(m newsbot.ChatModel, srcs []*source, used int) numbered {
	lim := m.Limits()
	left := lim.ContextWindow - lim.MaxAnswerTokens - used - promptMargin
	out := numbered{byN: map[int]*source{}}
	for _, src := range srcs {
		if left < sourceOverhead+lineOverhead {
			break
		}
		a := src.Article
		// Metadata sits outside the delimiters: none of it may address the model.
		ps := prompts.Source{N: len(out.prompt) + 1, Title: metaField(a.Title), Outlet: metaField(a.Outlet),
			Published: metaField(a.Published), AlsoIn: metaField(joinNames(src.AlsoIn))}
		left -= sourceOverhead + m.CountTokens(a.Title) + m.CountTokens(ps.AlsoIn)
		for _, s := range passageSentences(src) {
			line := prompts.Line{Text: s.Text}
			if c := src.claim(s.Seq); c != nil {
				line.Speaker, line.Via = c.Speaker, c.Via
			}
			cost := lineOverhead + m.CountTokens(line.Text) + m.CountTokens(line.Speaker+line.Via)
			if cost > left {
				break
			}
			left -= cost
			ps.Lines = append(ps.Lines, line)
		}
		if len(ps.Lines) == 0 {
			break
		}
		out.prompt = append(out.prompt, ps)
		out.byN[ps.N] = src
	}
	return out
}

// passageSentences returns the sentences of a source's retrieved passages
// in article order, without headlines and credits (the headline is given
// as the source's title), and without any sentence the planted-text check
// flagged: not even a question about answers or machines, which may quote
// a meta-reference, sends one to a model that might obey it.
func passageSentences(src *source) []newsbot.Sentence {
	var out []newsbot.Sentence
	for _, s := range src.Sentences {
		if !src.inPassage(s.Seq) || s.Planted || s.KeptOut != newsbot.KeepOutNone || s.Kind == newsbot.KindHeadline || s.Kind == newsbot.KindCredit || boilerplate(s.Text) {
			continue
		}
		out = append(out, s)
	}
	return out
}

// metaField returns an article's metadata for the prompt, withheld when it
// reads like instructions to a language model, and clipped.
func metaField(s string) string {
	if planted.KeepsOut(s) {
		return "(withheld)"
	}
	return newsbot.ClipText(s, 300)
}

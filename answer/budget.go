package answer

import (
	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/prompts"

	openai "github.com/sashabaranov/go-openai"
)

// Token counting is an offline estimate: a quarter of the bytes, plus a
// fifth for safety. English news text averages about 4.2 bytes a token
// with OpenAI's tokenizers, so the estimate errs towards sending less.
// (An exact tokenizer would add ~7 MB of embedded vocabularies for one
// model family, and servers such as Ollama or vLLM use other vocabularies
// anyway.)
func estimate(s string) int { return (len(s)*6)/20 + 4 }

func messagesTokens(ms []openai.ChatCompletionMessage) int {
	n := 0
	for _, m := range ms {
		n += estimate(m.Content) + 4
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
func (l *LLM) fitSources(srcs []*source, used int) numbered {
	left := l.cfg.ContextWindow - l.cfg.MaxAnswerTokens - used - promptMargin
	out := numbered{byN: map[int]*source{}}
	for _, src := range srcs {
		if left < sourceOverhead+lineOverhead {
			break
		}
		a := src.Article
		// Metadata sits outside the delimiters: none of it may address the model.
		ps := prompts.Source{N: len(out.prompt) + 1, Title: metaField(a.Title), Outlet: metaField(a.Outlet),
			Published: metaField(a.Published), AlsoIn: metaField(joinNames(src.AlsoIn))}
		left -= sourceOverhead + estimate(a.Title) + estimate(ps.AlsoIn)
		for _, s := range passageSentences(src) {
			line := prompts.Line{Text: s.Text}
			if c := src.claim(s.Seq); c != nil {
				line.Speaker, line.Via = c.Speaker, c.Via
			}
			line.Flagged = instructions(s.Text)
			cost := lineOverhead + estimate(line.Text) + estimate(line.Speaker+line.Via)
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
// as the source's title).
func passageSentences(src *source) []newsbot.Sentence {
	var out []newsbot.Sentence
	for _, s := range src.Sentences {
		if !src.inPassage(s.Seq) || s.Planted || s.Kind == newsbot.KindHeadline || s.Kind == newsbot.KindCredit || boilerplate(s.Text) {
			continue
		}
		out = append(out, s)
	}
	return out
}

// metaField returns an article's metadata for the prompt, withheld when it
// reads like instructions to a language model, and clipped.
func metaField(s string) string {
	if instructions(s) {
		return "(withheld)"
	}
	return newsbot.ClipText(s, 300)
}

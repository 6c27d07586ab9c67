package answer

import (
	"context"
	"fmt"
	"strings"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/prompts"
	"github.com/newsbot/newsbot/retrieval"
)

// maxOverview is how many reports an overview of a period quotes.
const maxOverview = 5

// genericTerms are the stems of the words of a question that asks what
// happened in a period without naming a subject ("What happened this
// week?", "Any news from yesterday?").
var genericTerms = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"happen", "happened", "happening", "news", "new", "go", "going", "occur", "occurred",
		"say", "said", "report", "reported", "story", "stories", "anything", "any", "event", "events"} {
		m[retrieval.Stem(w)] = true
	}
	return m
}()

// overview reports whether a question with a period names no subject, so
// that it asks for the period's reports rather than a search.
func (t askedTime) overview(text string) bool {
	if t.Period.IsZero() {
		return false
	}
	for _, term := range terms(text) {
		if !genericTerms[term] {
			return false
		}
	}
	return true
}

// answerOverview answers "What happened <period>?" with the lead sentence
// of each of the period's newest reports, wire copies counted once. It
// returns nil when the question names a subject (see overview) or the
// store cannot list articles by date.
func (s *Service) answerOverview(ctx context.Context, guild string, t askedTime, text string) (*newsbot.Answer, error) {
	pl, ok := s.Store.(newsbot.PublishedLister)
	if !ok || !t.overview(text) {
		return nil, nil
	}
	as, err := pl.ArticlesPublished(ctx, guild, dateOrEmpty(t.Period.From), dateOrEmpty(t.Period.To), 4*maxOverview)
	if err != nil {
		return nil, err
	}
	ps := make([]newsbot.Passage, len(as))
	for i, a := range as {
		ps[i] = newsbot.Passage{ArticleID: a.ID, Title: a.Title, Published: a.Published, FirstSeq: -1, LastSeq: -1}
	}
	srcs, err := s.loadSources(ctx, guild, ps)
	if err != nil {
		return nil, err
	}
	keepOutMeta(text, srcs)
	ans := &newsbot.Answer{Mode: newsbot.ModeExtractive, Citations: []newsbot.Citation{}}
	var items []string
	for _, src := range srcs {
		if len(ans.Citations) == maxOverview {
			break
		}
		if lead := leadCandidate(src); lead != nil {
			c, ok := citation(lead)
			if !ok {
				continue
			}
			c.N = len(ans.Citations) + 1
			ans.Citations = append(ans.Citations, c)
			// Worded like any extractive statement: the claim's speaker
			// when the sentence relays one, else the report's own words.
			items = append(items, prompts.ExtractiveItem(item(c.N, lead)))
		}
	}
	if len(items) > 0 {
		ans.Supported = true
		ans.Answer = fmt.Sprintf("The stored reports from %s: %s.", t.Period.Label(), strings.Join(items, "; "))
	}
	return ans, nil
}

// leadCandidate returns the first quotable body sentence of a source,
// with its claim, or nil.
func leadCandidate(src *source) *candidate {
	for i, sent := range src.Sentences {
		if _, ok := src.sentFlags(i); !ok || sent.Kind != newsbot.KindBody || strings.TrimSpace(sent.Text) == "" || bareQuestion(src, sent) {
			continue
		}
		return &candidate{src: src, sent: sent, claim: src.claim(sent.Seq)}
	}
	return nil
}

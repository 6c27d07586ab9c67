package answer

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/prompts"
	"github.com/newsbot/newsbot/retrieval"
	"github.com/newsbot/newsbot/retrieval/timeexpr"
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
func (s *Service) answerOverview(ctx context.Context, guild string, t *askedTime, question, text string) (*newsbot.Answer, error) {
	pl, ok := s.Store.(newsbot.PublishedLister)
	if !ok || !t.overview(text) {
		return nil, nil
	}
	as, err := pl.ArticlesPublished(ctx, guild, dateOrEmpty(t.Period.From), dateOrEmpty(t.Period.To), 4*maxOverview)
	if err != nil {
		return nil, err
	}
	if len(as) == 0 && t.Event == "" && t.Anchor != timeexpr.AnchorNone {
		// "What happened on 29 October?" with reports of 2016 stored:
		// the day near them, not this year's (rereadOverview)
		if r, ans, err := s.rereadOverview(ctx, guild, pl, *t, question, text); err != nil || ans != nil {
			if ans != nil {
				*t = r
			}
			return ans, err
		}
	}
	return s.overviewOf(ctx, guild, *t, text, as, nil)
}

// rereadOverview reads the period of "What happened <period>?" against
// the dates of the stored reports when no report of the period as read
// against today is stored (reread.go does so for a question with a
// subject): the newest reports' readings first ("29 October" read in a
// report of 8 November 2016 is 29 October 2016), at most maxRereads of
// them. A reading is answered by the reports published in it, else by
// the sentences of reports published up to reportLag days after it, or
// up to the report whose date gave the reading, that name a time within
// it ("the Kremlin said on Monday"). ans is nil when no reading finds
// any.
func (s *Service) rereadOverview(ctx context.Context, guild string, pl newsbot.PublishedLister, t askedTime, question, text string) (askedTime, *newsbot.Answer, error) {
	stored, err := pl.ArticlesPublished(ctx, guild, "", dateOrEmpty(t.today), 4*maxOverview)
	if err != nil {
		return t, nil, err
	}
	tried, asRead := []timeexpr.Period{t.Period}, false
	for _, a := range stored {
		if len(tried) > maxRereads {
			break
		}
		day, ok := timeexpr.ParseDate(a.Published)
		if !ok {
			continue
		}
		r := askedTime{Query: timeexpr.Parse(question, day), today: t.today, was: t.Period}
		if r.Period.IsZero() || r.Period.From.After(day) {
			continue
		}
		if r.Period == t.Period {
			// the day as read against today ("on 7 November" asked
			// with --now 2016-11-09): none of its own reports is
			// stored, but a later report may date an event in it
			if asRead {
				continue
			}
			asRead, r.was = true, timeexpr.Period{}
		} else if slices.Contains(tried, r.Period) {
			continue
		} else {
			tried = append(tried, r.Period)
		}
		if r.Period.To.IsZero() {
			continue
		}
		reach := r.Period.To.AddDate(0, 0, reportLag)
		if day.After(reach) {
			// the report whose date gave this reading is read too: it may
			// write the day itself ("On 29 October, rebels ..." in the
			// sample's report of 8 November)
			reach = day
		}
		as, err := pl.ArticlesPublished(ctx, guild, dateOrEmpty(r.Period.From), dateOrEmpty(reach), 4*maxOverview)
		if err != nil {
			return t, nil, err
		}
		ans, err := s.overviewOf(ctx, guild, r, text, as, func(src *source) *candidate { return within(src, r.Period) })
		if err != nil {
			return t, nil, err
		}
		if ans.Supported {
			return r, ans, nil
		}
	}
	return t, nil, nil
}

// within returns the first quotable body sentence of a source published
// after period p that names a time inside p, read against its article's
// date ("said on Monday" in Tuesday's report), or nil. A sentence naming
// a wider time ("late last month") does not say what happened on the day.
func within(src *source, p timeexpr.Period) *candidate {
	published, ok := timeexpr.ParseDate(src.Article.Published)
	if !ok {
		return nil
	}
	for i, sent := range src.Sentences {
		if _, ok := src.sentFlags(i); !ok || sent.Kind != newsbot.KindBody || strings.TrimSpace(sent.Text) == "" || bareQuestion(src, sent) {
			continue
		}
		for _, sp := range timeexpr.FindAll(sent.Text, published) {
			if !sp.From.IsZero() && !sp.To.IsZero() && !sp.From.Before(p.From) && !sp.To.After(p.To) {
				return &candidate{src: src, sent: sent, claim: src.claim(sent.Seq)}
			}
		}
	}
	return nil
}

// overviewOf answers an overview from the reports as: the lead of each
// report published in t's period, and, with later (nil for none), the
// sentence later picks of each report published after it.
func (s *Service) overviewOf(ctx context.Context, guild string, t askedTime, text string, as []newsbot.Article, later func(*source) *candidate) (*newsbot.Answer, error) {
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
		lead := leadCandidate(src)
		if later != nil && !t.Period.ContainsDate(src.Article.Published) {
			lead = later(src)
		}
		if lead != nil {
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
		open := "The stored reports from %s: %s."
		if later != nil {
			open = laterOpen + "%s: %s." // the reports may be of later days
		}
		ans.Answer = fmt.Sprintf(open, t.Period.Label(), strings.Join(items, "; "))
	}
	return ans, nil
}

// laterOpen opens an overview of a day drawn from reports of later days
// ("What the stored reports say of 29 October 2016: ..."); stampAsOf puts
// the reports' date before it with a comma, not a second colon.
const laterOpen = "What the stored reports say of "

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

package answer

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/retrieval/timeexpr"
)

// Who wrote a report, and which outlet published it (branch i10zo): the
// cleaner moves a report's byline ("Reporting by ...; Editing by ...")
// out of its text into Article.Byline, and its outlet is a field of its
// own, so no sentence of the text answers "Who wrote the report?". Such a
// question is answered from those fields, citing the report's lead.

// authorAsk is what a question about a report's author or outlet asks.
type authorAsk struct {
	outlet  bool   // which outlet published it, rather than who wrote it
	subject string // the report's subject as the question names it ("Aleppo"), or ""
}

// reportNoun names a report without naming its subject.
const reportNoun = `(?:the |this |that |these |your )?(?:news )?(?:report|article|story|piece|release|press release|news release|statement|item|text|copy)s?`

var (
	// "Who wrote the report (about Aleppo)?", "who wrote it"
	authorWrote = regexp.MustCompile(`^who\s+(?:wrote|writes|authored|filed|reported|edited|penned)\s+(?:` + reportNoun + `|it|this|that)(?:\s+(?:about|on|of|from|over|regarding|covering)\s+(.+))?$`)
	// "Who is the author (of the report on Aleppo)?", "who's the reporter"
	authorIs = regexp.MustCompile(`^who\s*(?:is|was|are|were|'s|’s)\s+(?:the\s+)?(author|writer|reporter|journalist|byline|correspondent|publisher|source)s?(?:\s+(?:of|for|behind|on)\s+(.+))?$`)
	// "Which outlet published the report (on Aleppo)?", "what paper ran this story"
	outletRan = regexp.MustCompile(`^(?:which|what)\s+(?:outlet|news outlet|paper|newspaper|news agency|agency|site|website|publication|publisher|media outlet|source)\s+(?:published|publishes|ran|reported|put out|issued|carried|wrote|released)\s+(?:` + reportNoun + `|it|this|that)(?:\s+(?:about|on|of|over|regarding|covering)\s+(.+))?$`)
	// "Who published the report?", "who put out this article"
	outletWho = regexp.MustCompile(`^who\s+(?:published|publishes|ran|put out|issued|released|carried)\s+(?:` + reportNoun + `|it|this|that)(?:\s+(?:about|on|of|over|regarding|covering)\s+(.+))?$`)
	// "Which outlet is the report (on Aleppo) from?", "where is this story from"
	outletFrom = regexp.MustCompile(`^(?:which|what|where)\s+(?:(?:outlet|paper|newspaper|news agency|publication|site|source)\s+)?(?:is|was|does|did)\s+(` + reportNoun + `|it|this|that)(?:\s+(?:about|on|of|over|regarding|covering)\s+(.+?))?\s+(?:from|come from|published in|appear in)$`)
)

// authorQuestion reports whether a question asks who wrote a report or
// which outlet published it, with the report's subject when it names one.
// A question about who reported, published or announced an event ("Who
// reported the glitch to the EAC?") asks for a fact of the text, not a
// byline: only the nouns of a report itself ("the report", "this
// article", "it") are read as asking for its author.
func authorQuestion(question string) (authorAsk, bool) {
	q := strings.ToLower(strings.TrimSpace(question))
	q = strings.TrimRight(q, "?!. ")
	q = strings.Join(strings.Fields(q), " ")
	if m := authorWrote.FindStringSubmatch(q); m != nil {
		return authorAsk{subject: m[1]}, true
	}
	if m := authorIs.FindStringSubmatch(q); m != nil {
		return authorAsk{outlet: m[1] == "publisher" || m[1] == "source", subject: m[2]}, true
	}
	if m := outletRan.FindStringSubmatch(q); m != nil {
		return authorAsk{outlet: true, subject: m[1]}, true
	}
	if m := outletWho.FindStringSubmatch(q); m != nil {
		return authorAsk{outlet: true, subject: m[1]}, true
	}
	if m := outletFrom.FindStringSubmatch(q); m != nil {
		return authorAsk{outlet: true, subject: m[2]}, true
	}
	return authorAsk{}, false
}

// answerAuthor answers a question about a report's author or outlet from
// the stored byline and outlet of the report it names: the best match of
// its subject, or the only stored report when it names none. It returns
// nil when the question is of another kind, names no report that can be
// told apart, or the report stores neither field: the ordinary answer
// path then reads the text.
func (s *Service) answerAuthor(ctx context.Context, guild, question string) (*newsbot.Answer, error) {
	ask, ok := authorQuestion(question)
	if !ok {
		return nil, nil
	}
	p, ok, err := s.namedReport(ctx, guild, ask.subject)
	if err != nil || !ok {
		return nil, err
	}
	srcs, err := s.loadSources(ctx, guild, []newsbot.Passage{p})
	if err != nil || len(srcs) == 0 {
		return nil, err
	}
	a := srcs[0].Article
	byline, outlet := strings.TrimSpace(a.Byline), strings.TrimSpace(a.Outlet)
	if byline == "" && outlet == "" {
		return nil, nil
	}
	lead := leadCandidate(srcs[0])
	if lead == nil {
		return nil, nil
	}
	c, ok := citation(lead)
	if !ok {
		return nil, nil
	}
	c.N = 1
	report := "The report \u201c" + a.Title + "\u201d [1]" // [1] cites its lead: the report, not the byline
	when := ""
	if d, ok := timeexpr.ParseDate(a.Published); ok {
		when = " on " + timeexpr.Human(d)
	}
	var text string
	switch {
	case byline != "" && outlet != "":
		text = fmt.Sprintf("%s was published by %s%s; its byline reads \u201c%s\u201d.", report, outlet, when, byline)
	case byline != "":
		text = fmt.Sprintf("%s, stored without its outlet, has the byline \u201c%s\u201d.", report, byline)
	case ask.outlet:
		text = fmt.Sprintf("%s was published by %s%s.", report, outlet, when)
	default:
		text = fmt.Sprintf("%s names no author; it was published by %s%s.", report, outlet, when)
	}
	return &newsbot.Answer{Question: question, Mode: newsbot.ModeExtractive, Supported: true, Answer: text, Citations: []newsbot.Citation{c}}, nil
}

// namedReport returns a passage of the report a question's subject
// names: the best search match, when its headline or text holds at least
// half of the subject's terms; with no subject, the only stored report
// (with several, "the report" names none of them).
func (s *Service) namedReport(ctx context.Context, guild, subject string) (newsbot.Passage, bool, error) {
	subject = strings.TrimSpace(subject)
	if subject == "" {
		pl, ok := s.Store.(newsbot.PublishedLister)
		if !ok {
			return newsbot.Passage{}, false, nil
		}
		as, err := pl.ArticlesPublished(ctx, guild, "", "", 2)
		if err != nil || len(as) != 1 {
			return newsbot.Passage{}, false, err
		}
		a := as[0]
		return newsbot.Passage{ArticleID: a.ID, Title: a.Title, Published: a.Published, FirstSeq: -1, LastSeq: -1}, true, nil
	}
	ts := terms(subject)
	if len(ts) == 0 {
		return newsbot.Passage{}, false, nil
	}
	ps, err := s.Retriever.Search(ctx, guild, subject, 1)
	if err != nil || len(ps) == 0 {
		return newsbot.Passage{}, false, err
	}
	have := map[string]bool{}
	for _, t := range terms(ps[0].Title + " \n " + ps[0].Text) {
		have[t] = true
	}
	n := 0
	for _, t := range ts {
		if have[t] {
			n++
		}
	}
	if 2*n < len(ts) {
		return newsbot.Passage{}, false, nil
	}
	p := ps[0]
	return newsbot.Passage{ArticleID: p.ArticleID, Title: p.Title, Published: p.Published, FirstSeq: -1, LastSeq: -1}, true, nil
}

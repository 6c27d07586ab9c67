package answer

import (
	"context"
	"fmt"
	"slices"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/retrieval/timeexpr"
)

// Time words read as the articles' reader reads them (docs/answers.md,
// "Time words and old articles"). A question's "in January" or "as of
// January 26" is first read against today; when no article retrieval
// found for the question bears on that period, it is read against the
// dates of those articles instead: the latest such month or day up to
// each article's date, as that article's reader would read it. Words
// counted from today ("this week", "last year") are read so only when no
// stored article at all falls in their period (the store is older than
// the question); then the answer says which period it read.

// maxRereads is how many other readings of a question's period are tried,
// one per article date among the retrieved passages, best ranked first.
const maxRereads = 3

// rereadable reports whether t names a period that depends on the day it
// is read against, and no source bore on it as read against today.
func (t askedTime) rereadable() bool {
	return !t.Period.IsZero() && t.found == 0 && t.Event == "" && t.Anchor != timeexpr.AnchorNone
}

// reread tries the question's period as read against the dates of the
// retrieved articles (ps, in relevance order) and returns the first
// reading whose sources support an extractive answer, with those sources;
// ok is false when none does, and t stands.
func (s *Service) reread(ctx context.Context, guild, question, text, query string, t askedTime, ps []newsbot.Passage, k int, aliases map[string][]string) (askedTime, []*source, bool, error) {
	if !t.rereadable() {
		return t, nil, false, nil
	}
	if t.Anchor == timeexpr.AnchorNow {
		// "this week" stays this week while the store has any article of it.
		ds, ok := s.Store.(newsbot.PublishedCounter)
		if !ok {
			return t, nil, false, nil
		}
		n, err := ds.CountPublished(ctx, guild, dateOrEmpty(t.Period.From), dateOrEmpty(t.Period.To))
		if err != nil || n > 0 {
			return t, nil, false, err
		}
	}
	tried := []timeexpr.Period{t.Period}
	for _, p := range t.notAfterToday(slices.Clone(ps)) {
		if len(tried) > maxRereads {
			break
		}
		day, ok := timeexpr.ParseDate(p.Published)
		if !ok {
			continue
		}
		r := askedTime{Query: timeexpr.Parse(question, day), today: t.today, was: t.Period}
		if r.Period.IsZero() || slices.Contains(tried, r.Period) {
			continue
		}
		tried = append(tried, r.Period)
		srcs, err := s.loadSources(ctx, guild, r.passages(slices.Clone(ps), k))
		if err != nil {
			return t, nil, false, err
		}
		keepOutMeta(question, srcs)
		srcs = r.sources(srcs)
		if r.found > 0 && r.extractive(text, query, srcs, aliases).Supported {
			return r, srcs, true, nil
		}
	}
	return t, nil, false, nil
}

// sayReread opens a supported answer whose period was read against the
// articles' dates with the reading, so that "in January" answered from a
// 2012 report is not taken for this January.
func sayReread(t askedTime, ans *newsbot.Answer) {
	if t.was.IsZero() || !ans.Supported {
		return
	}
	ans.Answer = fmt.Sprintf("Reading %q as %s, the time of the stored reports on it (none covers %s). %s",
		t.Phrase, t.Period.Label(), t.was.Label(), ans.Answer)
}

package answer

import (
	"context"
	"slices"
	"strings"

	"github.com/newsbot/newsbot"
)

// Reports of before the period asked (branch i10zo): an announcement,
// schedule or forecast states what was to happen in a period before it
// began ("Board Meeting Sept. 15" in a release of 6 August 2020, "1.5
// Percent Benefit Increase for 2014" in October 2013). When no retrieved
// report of the period (or later, or undated) bears on a question, and
// reading its time words against the reports' dates found nothing
// either, the reports published before the period are read: only their
// sentences that name a time in it, or all of a report whose lead is
// about it (narrowTo, as for a later report). The answer must lead with
// a plan or expectation, marked as one.

// planMark is how an extractive statement marks a plan (prompts'
// extractive.tmpl).
const planMark = "(a plan or expectation, not a reported event)"

// earlier answers from the reports of before t's period when none of the
// period bore on the question; ok is false when t names no such period,
// sources were found, or the earlier reports do not support an answer.
func (s *Service) earlier(ctx context.Context, guild, question, text, query string, t askedTime, ps []newsbot.Passage, k int, aliases map[string][]string) (askedTime, []*source, bool, error) {
	if t.Period.IsZero() || t.Period.From.IsZero() || t.found > 0 || t.Event != "" || !t.was.IsZero() {
		return t, nil, false, nil
	}
	e := t
	e.early = true
	srcs, err := s.loadSources(ctx, guild, e.passages(slices.Clone(ps), k))
	if err != nil || len(srcs) == 0 {
		return t, nil, false, err
	}
	keepOutMeta(question, srcs)
	srcs = e.sources(srcs)
	if e.found == 0 {
		return t, nil, false, nil
	}
	// What a report said before the period is only what was to happen:
	// its answer must lead with a plan or expectation, not the report's
	// own news ("has scheduled a board meeting for Sept. 15" does not say
	// what the meeting adopted).
	if ans := e.extractive(text, query, srcs, aliases); !ans.Supported || !strings.Contains(ans.Answer, planMark+" [1]") {
		return t, nil, false, nil
	}
	return e, srcs, true, nil
}

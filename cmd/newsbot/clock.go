package main

import (
	"flag"
	"strings"
	"time"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/answer"
	"github.com/newsbot/newsbot/retrieval"
	"github.com/newsbot/newsbot/retrieval/timeexpr"
)

// nowFlag adds --now to a command: the day that "today", "this week" and
// recency are read against, for reproducible runs.
func nowFlag(fs *flag.FlagSet) *string {
	return fs.String("now", "", "read time words and recency as on this `YYYY-MM-DD` day (default: today)")
}

// parseNow returns the clock --now sets: noon UTC of that day, or nil
// (the real clock) when it is empty.
func parseNow(s string) (func() time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, nil
	}
	d, ok := timeexpr.ParseDate(s)
	if !ok {
		return nil, newsbot.Errorf(newsbot.EINVALID, "--now %q is not a date: write it as YYYY-MM-DD, e.g. --now 2026-03-09", s)
	}
	noon := d.Add(12 * time.Hour)
	return func() time.Time { return noon }, nil
}

// setClock makes an answerer and its searcher read time against now (nil:
// the real clock).
func setClock(a *answer.Service, now func() time.Time) {
	if now == nil {
		return
	}
	a.Now = now
	if s, ok := a.Retriever.(*retrieval.Searcher); ok {
		s.Now = now
	}
}

package answer_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/answer"
	"github.com/newsbot/newsbot/ingest"
	"github.com/newsbot/newsbot/retrieval"
	"github.com/newsbot/newsbot/store/storetest"
)

// TestUndatedSameTimeWords (branch i10zo): an article of unknown date
// that writes the question's own relative time words ("last year", "in
// October" asked, "since October" written) answers it; a sentence of it
// without them is not quoted for the period.
func TestUndatedSameTimeWords(t *testing.T) {
	db := storetest.MustOpen(t)
	c := &ingest.Cleaned{Title: "Rights in freefall in Zorvania"}
	for _, p := range []string{
		"Rights in freefall in Zorvania",
		"Overall last year, 1,600 civilians were reportedly killed by the Zorvanian army.",
		"More than 554 people have died since October, when an alliance of three armed groups attacked the army.",
		"The army detained 900 Zorvanian journalists, the monitors said.",
	} {
		kind := newsbot.KindBody
		if len(c.Paragraphs) == 0 {
			kind = newsbot.KindHeadline
		}
		c.Paragraphs = append(c.Paragraphs, ingest.Paragraph{Text: p, Kind: kind})
	}
	if _, err := ingest.New(db).AddCleaned(context.Background(), "g", c, ingest.Meta{Outlet: "Wire"}); err != nil {
		t.Fatal(err)
	}
	now := func() time.Time { return time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC) }
	svc := &answer.Service{Store: db, Retriever: &retrieval.Searcher{Store: db, Now: now}, Now: now}
	ans := askPort(t, svc, "How many civilians did the Zorvanian army kill last year?")
	if !ans.Supported || !strings.Contains(ans.Answer, "1,600") {
		t.Errorf("answer = %q; want the 1,600 of 'last year'", ans.Answer)
	}
	ans = askPort(t, svc, "How many armed groups formed the alliance that attacked the Zorvanian army in October?")
	if !ans.Supported || !strings.Contains(ans.Answer, "three armed groups") {
		t.Errorf("answer = %q; want the alliance of October", ans.Answer)
	}
	ans = askPort(t, svc, "How many Zorvanian journalists did the army detain last year?")
	if strings.Contains(ans.Answer, "900") {
		t.Errorf("answer = %q; the detention sentence does not say last year", ans.Answer)
	}
}

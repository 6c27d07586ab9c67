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

// TestLaterReportParagraph: no stored article is dated in the year asked
// about, but a later report names it in a sentence; the sentences that go
// on about that time in its paragraph answer, the rest of the paragraph is
// read as context (it names who "he" is) and never quoted, and a year no
// sentence names is still refused with the period named.
func TestLaterReportParagraph(t *testing.T) {
	db := storetest.MustOpen(t)
	c := &ingest.Cleaned{Title: "Harlow council removes mayor in confidence vote", Published: "2021-06-01"}
	c.Paragraphs = []ingest.Paragraph{
		{Text: c.Title, Kind: newsbot.KindHeadline},
		{Text: "Harlow town council voted 14 to 9 on Monday to remove mayor Rovan Teller.", Kind: newsbot.KindBody},
		{Text: "This is not the first time that Teller has lost his seat. In 2019, he lost his post when he missed a budget vote. " +
			"He was on a trade visit to Lisbon at the time. Teller took office as mayor of Harlow in 2018.", Kind: newsbot.KindBody},
	}
	if _, err := ingest.New(db).AddCleaned(context.Background(), "g", c, ingest.Meta{Outlet: "Valley Post"}); err != nil {
		t.Fatal(err)
	}
	now := func() time.Time { return time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC) }
	svc := &answer.Service{Store: db, Retriever: &retrieval.Searcher{Store: db, Now: now}, Now: now}
	ask := func(q string) *newsbot.Answer {
		t.Helper()
		ans, err := svc.Ask(context.Background(), newsbot.Question{Guild: "g", Text: q})
		if err != nil {
			t.Fatal(err)
		}
		return ans
	}

	ans := ask("Which city was Rovan Teller visiting when he lost his post in 2019?")
	if !ans.Supported || !strings.Contains(ans.Answer, "Lisbon") || !strings.HasPrefix(ans.Answer, "As of 1 June 2021: ") {
		t.Errorf("answer = %q; want the Lisbon sentence, as of the later report's date", ans.Answer)
	}
	for _, c := range ans.Citations {
		if strings.Contains(c.Quote, "first time") || strings.Contains(c.Quote, "2018") {
			t.Errorf("quoted %q, a sentence kept only as context", c.Quote)
		}
	}
	ans = ask("Which city was Rovan Teller visiting when he lost his post in 2015?")
	if ans.Supported || !strings.Contains(ans.Answer, "2015") {
		t.Errorf("answer = %q; want a refusal naming 2015", ans.Answer)
	}
}

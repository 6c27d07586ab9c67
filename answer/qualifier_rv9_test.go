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

// TestQualifierApartAsked: the check of qualifier.go is wired into Ask: a
// store whose only report adopts a proposed rule does not answer when
// the final rule was adopted (TestQualifierApart tests the check alone,
// and passed with the call in answer.go removed).
func TestQualifierApartAsked(t *testing.T) {
	db := storetest.MustOpen(t)
	c := &ingest.Cleaned{Title: "FCA Board proposes disclosure rule", Published: "2008-10-09"}
	c.Paragraphs = append(c.Paragraphs,
		ingest.Paragraph{Text: c.Title, Kind: newsbot.KindHeadline},
		ingest.Paragraph{Text: "The FCA Board today adopted a proposed rule that revises FCA regulations related to disclosure and accounting requirements.", Kind: newsbot.KindBody},
		ingest.Paragraph{Text: "Comments on the proposed rule are due within 60 days of its publication, the agency said.", Kind: newsbot.KindBody})
	if _, err := ingest.New(db).AddCleaned(context.Background(), "g", c, ingest.Meta{Outlet: "FCA"}); err != nil {
		t.Fatal(err)
	}
	now := func() time.Time { return time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC) }
	svc := &answer.Service{Store: db, Retriever: &retrieval.Searcher{Store: db, Now: now}, Now: now}
	ans := askPort(t, svc, "When did the FCA adopt the final rule on disclosure and accounting requirements?")
	if ans.Supported {
		t.Errorf("answer = %q; the report adopts a proposed rule, not the final one", ans.Answer)
	}
	ans = askPort(t, svc, "When did the FCA adopt the proposed rule on disclosure and accounting requirements?")
	if !ans.Supported || !strings.Contains(ans.Answer, "proposed rule") {
		t.Errorf("answer = %q; want the proposed rule's adoption", ans.Answer)
	}
}

package answer_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot/answer"
	"github.com/newsbot/newsbot/ingest"
	"github.com/newsbot/newsbot/retrieval"
	"github.com/newsbot/newsbot/store/storetest"
)

// TestEarlierReportAnnouncesPeriod (branch i10zo): with no report of
// 2014 stored, "how much are pensions going up in 2014?" is answered from
// the October 2013 announcement of the 2014 rise, marked as a plan; what
// a meeting of the period adopted is not answered by the earlier notice
// that schedules it, and a period the announcement does not name stays
// refused.
func TestEarlierReportAnnouncesPeriod(t *testing.T) {
	db := storetest.MustOpen(t)
	ing := ingest.New(db)
	add := func(title, published string, paras ...string) {
		c := cleaned(title, published, paras...)
		if _, err := ing.AddCleaned(context.Background(), "g", c, ingest.Meta{Outlet: "Brenford Gazette"}); err != nil {
			t.Fatal(err)
		}
	}
	add("Brenford pensions to rise 1.5 percent", "2013-10-30",
		"State pensions in Brenford will rise by 1.5 percent in January 2014, the pensions office said on Wednesday.",
		"The office said the rise follows a year of low inflation.")
	add("Brenford council schedules budget vote", "2013-11-20",
		"The Brenford council has scheduled a meeting for 14 January 2014 to consider the harbour budget.")
	now := func() time.Time { return time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC) }
	svc := &answer.Service{Store: db, Retriever: &retrieval.Searcher{Store: db, Now: now}, Now: now}

	ans := askPort(t, svc, "how much are Brenford pensions going up in 2014?")
	if !ans.Supported || !strings.Contains(ans.Answer, "1.5 percent") || !strings.Contains(ans.Answer, "a plan or expectation") {
		t.Errorf("answer = %q; want the announced 2014 rise, marked as a plan", ans.Answer)
	}
	ans = askPort(t, svc, "What harbour budget did the Brenford council adopt in January 2014?")
	if ans.Supported {
		t.Errorf("answer = %q; the notice scheduling the meeting does not say what it adopted", ans.Answer)
	}
	ans = askPort(t, svc, "how much are Brenford pensions going up in 2015?")
	if ans.Supported {
		t.Errorf("answer = %q; no report names 2015", ans.Answer)
	}
}

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

// report is one stored article of a state-change test: its headline, date
// and body paragraphs.
type report struct {
	title, published string
	paras            []string
}

// reportsService stores the reports, all of one outlet, and returns a
// service whose clock stands on now, with the stored ids by headline.
func reportsService(t *testing.T, outlet string, now time.Time, rs ...report) (*answer.Service, map[string]int64) {
	t.Helper()
	db := storetest.MustOpen(t)
	ing := ingest.New(db)
	ids := map[string]int64{}
	for _, r := range rs {
		c := &ingest.Cleaned{Title: r.title, Published: r.published}
		c.Paragraphs = append(c.Paragraphs, ingest.Paragraph{Text: r.title, Kind: newsbot.KindHeadline})
		for _, p := range r.paras {
			c.Paragraphs = append(c.Paragraphs, ingest.Paragraph{Text: p, Kind: newsbot.KindBody})
		}
		res, err := ing.AddCleaned(context.Background(), "g", c, ingest.Meta{Outlet: outlet})
		if err != nil {
			t.Fatal(err)
		}
		ids[r.title] = res.ID
	}
	clock := func() time.Time { return now }
	return &answer.Service{Store: db, Retriever: &retrieval.Searcher{Store: db, Now: clock}, Now: clock}, ids
}

// TestLatestStateChange: asked whether something is still in a state, the
// newer report that names it and states the change of that state answers
// first, dated, and the older report that states the state follows.
func TestLatestStateChange(t *testing.T) {
	now := time.Date(2026, 6, 20, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, question string
		older, newer   report
	}{
		{"DetainedReleased", "Is Mara Villen still detained?",
			report{"Reporter detained in Tarsk", "2026-06-02", []string{
				"Police in Tarsk detained the reporter Mara Villen on Tuesday during a protest outside the courthouse.",
				"Her editor said she had been covering the protest for the paper."}},
			report{"Tarsk reporter home after six days", "2026-06-08", []string{
				"Mara Villen was released on Sunday after six days in police custody.",
				"She thanked readers for their letters."}}},
		{"SuspendedResumed", "Are the Corvel peace talks still suspended?",
			report{"Corvel talks suspended after shelling", "2026-06-05", []string{
				"The Corvel peace talks were suspended on Friday after shelling near the border town of Esk.",
				"Both delegations left the hotel in the evening."}},
			report{"Mediators welcome Geneva round", "2026-06-12", []string{
				"The Corvel peace talks resumed in Geneva on Thursday with both delegations present, mediators said.",
				"The next round is planned for July."}}},
		{"MissingFound", "Is the hiker Tom Arlen still missing?",
			report{"Search for hiker on Ben Rua", "2026-06-10", []string{
				"Hiker Tom Arlen went missing on Ben Rua on Saturday, mountain police said.",
				"Fog slowed the search teams on the northern ridge."}},
			report{"Rescue team reaches Ben Rua ridge", "2026-06-14", []string{
				"Tom Arlen was found alive by a rescue team on the northern ridge of Ben Rua on Tuesday.",
				"He was taken to hospital in Fort Calder with a broken ankle."}}},
		{"BannedLifted", "Is fishing on Lake Corran still banned?",
			report{"Council acts on chemical spill", "2026-06-01", []string{
				"The council banned fishing on Lake Corran on Monday after a chemical spill at the paper mill.",
				"Anglers were told to keep away from the shore."}},
			report{"Water tests come back clean", "2026-06-15", []string{
				"The council lifted the ban on fishing in Lake Corran on Friday after tests found the water clean.",
				"The paper mill paid for the clean-up."}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			svc, ids := reportsService(t, "Valley Post", now, tc.older, tc.newer)
			ans, err := svc.Ask(context.Background(), newsbot.Question{Guild: "g", Text: tc.question})
			if err != nil {
				t.Fatal(err)
			}
			if !ans.Supported || ans.AsOf != tc.newer.published || len(ans.Citations) < 2 || ans.Citations[0].ArticleID != ids[tc.newer.title] {
				t.Fatalf("answer = %+v; want the change of %s cited first", ans, tc.newer.published)
			}
			if !strings.Contains(ans.Answer, "Earlier, as of ") || ans.Citations[len(ans.Citations)-1].ArticleID != ids[tc.older.title] {
				t.Errorf("answer = %q, citations %+v; want the older state after the change, dated", ans.Answer, ans.Citations)
			}
		})
	}
}

// TestLatestNoStateChange: newer reports that name the thing without a
// change of its state (a plan to reopen, a fact of its history), or that
// state the change of another thing, do not displace the older report of
// its state.
func TestLatestNoStateChange(t *testing.T) {
	now := time.Date(2026, 5, 10, 12, 0, 0, 0, time.UTC)
	closed := report{"Harbour Road tunnel flooded", "2026-05-01", []string{
		"The Harbour Road tunnel was closed on Friday after flooding damaged its pumps.",
		"Drivers were sent through the town centre."}}
	svc, ids := reportsService(t, "Valley Post", now, closed,
		report{"Tunnel operator gives update", "2026-05-06", []string{
			"The Harbour Road tunnel could reopen next month, the operator said on Wednesday.",
			"Pump engineers are due on site next week."}},
		report{"A tunnel at sixty", "2026-05-07", []string{
			"The Harbour Road tunnel was built in 1962 and carries 20,000 cars a day.",
			"Its tiles were replaced in 1990."}},
		report{"Mill Lane tunnel back in use", "2026-05-08", []string{
			"The Mill Lane tunnel reopened on Thursday after a week of repairs to its lighting.",
			"The Harbour Road detour signs stay up."}})
	ans, err := svc.Ask(context.Background(), newsbot.Question{Guild: "g", Text: "Is the Harbour Road tunnel still closed?"})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Supported || ans.AsOf != closed.published || len(ans.Citations) == 0 {
		t.Fatalf("answer = %+v; want the closure of %s", ans, closed.published)
	}
	for _, c := range ans.Citations {
		if c.ArticleID != ids[closed.title] {
			t.Errorf("cited %q (article %d); want only the closure report", c.Quote, c.ArticleID)
		}
	}
}

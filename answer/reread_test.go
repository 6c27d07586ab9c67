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

// portService stores a port report of February 2024 and, with current set,
// a council report of this week; its clock stands on 3 December 2026.
func portService(t *testing.T, current bool) *answer.Service {
	db := storetest.MustOpen(t)
	ing := ingest.New(db)
	add := func(title, published string, paras ...string) {
		c := cleaned(title, published, paras...)
		if _, err := ing.AddCleaned(context.Background(), "g", c, ingest.Meta{Outlet: "Coast Times"}); err != nil {
			t.Fatal(err)
		}
	}
	add("Kelmar port exports slump", "2024-02-10",
		"Exports through the Port of Kelmar fell 12% in January, the port authority said on Friday.",
		"The port authority expects container traffic to recover by 5% this year.",
		"Harbour master Ines Vale said dredging of the main channel would begin in spring.")
	add("Nordline trims Kelmar ferry fares", "2024-01-20",
		"The ferry operator Nordline cut fares on its Kelmar crossing by 8%, chief executive Tom Reyes said.")
	if current {
		add("Town council approves budget", "2026-12-01",
			"The Brenford town council approved a budget of 3 million pounds on Tuesday.")
	}
	now := func() time.Time { return time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC) }
	return &answer.Service{Store: db, Retriever: &retrieval.Searcher{Store: db, Now: now}, Now: now}
}

func askPort(t *testing.T, svc *answer.Service, q string) *newsbot.Answer {
	t.Helper()
	ans, err := svc.Ask(context.Background(), newsbot.Question{Guild: "g", Text: q})
	if err != nil {
		t.Fatal(err)
	}
	return ans
}

// TestRereadTimeWords: time words without a year, or counted from now in
// a store with nothing of their period, are read as the stored report's
// reader reads them, and the answer says so; the reading must be named by
// the evidence itself.
func TestRereadTimeWords(t *testing.T) {
	old := portService(t, false)
	t.Run("YearlessMonth", func(t *testing.T) {
		ans := askPort(t, old, "How much did exports through the Port of Kelmar fall in January?")
		if !ans.Supported || ans.AsOf != "2024-02-10" || !strings.Contains(ans.Answer, "12%") {
			t.Fatalf("answer = %+v; want the January 2024 figure", ans)
		}
		if want := `Reading "in January" as January 2024, the time of the stored reports on it (none covers January 2026). As of 10 February 2024: `; !strings.HasPrefix(ans.Answer, want) {
			t.Errorf("answer = %q; want it to open with %q", ans.Answer, want)
		}
	})
	t.Run("NowAnchoredInOldStore", func(t *testing.T) {
		ans := askPort(t, old, "How much does the Kelmar port authority expect container traffic to recover this year?")
		if !ans.Supported || !strings.Contains(ans.Answer, "5%") || !strings.HasPrefix(ans.Answer, `Reading "this year" as `) {
			t.Fatalf("answer = %+v; want the 2024 expectation, its reading said", ans)
		}
	})
	t.Run("EvidenceMustNameTheTime", func(t *testing.T) {
		// The dredging sentence names spring, not January: no reading of
		// "in January" is backed, and the refusal names the period asked.
		ans := askPort(t, old, "What did harbour master Ines Vale say about dredging in January?")
		if ans.Supported || !strings.Contains(ans.Answer, "January") || strings.Contains(ans.Answer, "2026") {
			t.Errorf("answer = %q; want a refusal naming January, without a year never asked", ans.Answer)
		}
	})
	t.Run("ArticleDateAloneDoesNotBack", func(t *testing.T) {
		// Published in January 2024, but the report does not say January:
		// the reread is a guess the evidence must confirm.
		ans := askPort(t, old, "By how much did Nordline cut Kelmar ferry fares in January?")
		if ans.Supported || !strings.Contains(ans.Answer, "January") || strings.Contains(ans.Answer, "2026") {
			t.Errorf("answer = %q; want a refusal naming January, without a year never asked", ans.Answer)
		}
	})
	t.Run("UnknownTopicRefused", func(t *testing.T) {
		ans := askPort(t, old, "What did the Zorvan fisheries ministry announce in January?")
		if ans.Supported {
			t.Errorf("answer = %q; want a refusal", ans.Answer)
		}
	})
	t.Run("NowAnchoredStaysWhenStoreIsCurrent", func(t *testing.T) {
		// With an article of this year stored, "this year" is this year.
		ans := askPort(t, portService(t, true), "How much does the Kelmar port authority expect container traffic to recover this year?")
		if ans.Supported || !strings.Contains(ans.Answer, "1 January 2026 to 3 December 2026") {
			t.Errorf("answer = %q; want the refusal naming this year", ans.Answer)
		}
	})
}

// TestOverviewYearlessDay (branch i10zo): "What happened on 9 February?"
// with only reports of 2024 stored reads the day near them (the nearest
// 9 February at or before a report), answers from the sentence that
// dates an event on that day, and a day no report covers is refused
// without naming a year the user never asked.
func TestOverviewYearlessDay(t *testing.T) {
	old := portService(t, false)
	ans := askPort(t, old, "What happened on 9 February?")
	if !ans.Supported || !strings.Contains(ans.Answer, "fell 12%") || !strings.HasPrefix(ans.Answer, `Reading "on 9 February" as 9 February 2024`) {
		t.Fatalf("answer = %q; want the port authority's statement of Friday 9 February 2024, its reading said", ans.Answer)
	}
	if strings.Contains(ans.Answer, "Nordline") {
		t.Errorf("answer = %q; the January report says nothing of 9 February", ans.Answer)
	}
	ans = askPort(t, old, "What happened on 29 October?")
	if ans.Supported || !strings.Contains(ans.Answer, "29 October") || strings.Contains(ans.Answer, "2026") || strings.Contains(ans.Answer, "2023") {
		t.Errorf("answer = %q; want a refusal naming 29 October without a year", ans.Answer)
	}
	ans = askPort(t, old, "What happened on 29 October 2023?")
	if ans.Supported || !strings.Contains(ans.Answer, "29 October 2023") {
		t.Errorf("answer = %q; want a refusal naming the year asked", ans.Answer)
	}
}

// TestOverviewDayWrittenInReport: "What happened on 29 October?" over the
// bundled sample (a report of 8 November 2016, ten days later, that
// writes "On 29 October, rebels counter-attacked ...") reads the day
// against the report that gave the reading and quotes that sentence; it
// was refused as "none of them covers 29 October" when only reports up
// to seven days after the day were read.
func TestOverviewDayWrittenInReport(t *testing.T) {
	svc := sampleOn(t, time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC))
	ans := askPort(t, svc, "What happened on 29 October?")
	if !ans.Supported || !strings.Contains(ans.Answer, "rebels counter-attacked") || !strings.HasPrefix(ans.Answer, `Reading "on 29 October" as 29 October 2016`) {
		t.Fatalf("answer = %q; want the sample's sentence dated 29 October 2016, its reading said", ans.Answer)
	}
	if want := "As of 8 November 2016, what the stored reports say of 29 October 2016: "; !strings.Contains(ans.Answer, want) {
		t.Errorf("answer = %q; want the reports' date to lead the overview's opening with a comma: %q", ans.Answer, want)
	}
}

// TestOverviewDayAsReadLater: "What happened on 7 November?" asked on 9
// November 2016 of the sample (published 8 November) reads the day of
// this year, whose own reports are not stored, from the later report's
// sentence dating an event in it ("The Kremlin said on Monday"), as it
// does when asked in another year; it was refused only when the reading
// against today was already that day. No "Reading ..." is said: the day
// is read as asked.
func TestOverviewDayAsReadLater(t *testing.T) {
	svc := sampleOn(t, time.Date(2016, 11, 9, 12, 0, 0, 0, time.UTC))
	ans := askPort(t, svc, "What happened on 7 November?")
	if !ans.Supported || !strings.Contains(ans.Answer, "Kremlin said on Monday") || strings.Contains(ans.Answer, "Reading") {
		t.Fatalf("answer = %q; want the Kremlin's statement of Monday 7 November 2016, with no reading said", ans.Answer)
	}
	ans = askPort(t, svc, "What happened on 2 November?")
	if ans.Supported {
		t.Errorf("answer = %q; no sentence dates an event on 2 November", ans.Answer)
	}
}

// sampleOn stores the bundled sample as published by Reuters on 8
// November 2016, its clock standing at now.
func sampleOn(t *testing.T, now time.Time) *answer.Service {
	db := storetest.MustOpen(t)
	c, err := ingest.CleanText(readFixture(t, sample))
	if err != nil {
		t.Fatal(err)
	}
	c.Published = "2016-11-08"
	if _, err := ingest.New(db).AddCleaned(context.Background(), "g", c, ingest.Meta{Outlet: "Reuters"}); err != nil {
		t.Fatal(err)
	}
	clock := func() time.Time { return now }
	return &answer.Service{Store: db, Retriever: &retrieval.Searcher{Store: db, Now: clock}, Now: clock}
}

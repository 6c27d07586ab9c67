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

// wordingService stores paragraphs as one article of the given outlet,
// published on 8 November 2016; its clock stands on the day after.
func wordingService(t *testing.T, outlet, title string, paras ...string) *answer.Service {
	t.Helper()
	db := storetest.MustOpen(t)
	c := cleaned(title, "2016-11-08", paras...)
	if _, err := ingest.New(db).AddCleaned(context.Background(), "g", c, ingest.Meta{Outlet: outlet}); err != nil {
		t.Fatal(err)
	}
	now := func() time.Time { return time.Date(2016, 11, 9, 12, 0, 0, 0, time.UTC) }
	return &answer.Service{Store: db, Retriever: &retrieval.Searcher{Store: db, Now: now}, Now: now}
}

func askW(t *testing.T, svc *answer.Service, q string) *newsbot.Answer {
	t.Helper()
	ans, err := svc.Ask(context.Background(), newsbot.Question{Guild: "g", Text: q})
	if err != nil {
		t.Fatal(err)
	}
	return ans
}

// The reporter's sentence that relays someone else's figure is quoted as
// the report's words, with the outlet named as its publisher, not as the
// one who "reports" the figure.
func TestNarrationNamesOutletAsPublisher(t *testing.T) {
	svc := wordingService(t, "Harbour Wire", "Ferry strike enters second week",
		"Ferry crews walked out last Monday at the port of Velde, which the port authority says handles 40,000 passengers a week.",
		"The union wants a pay rise of 6 percent.")
	ans := askW(t, svc, "How many passengers does the port of Velde handle according to the port authority?")
	if !ans.Supported || len(ans.Citations) == 0 {
		t.Fatalf("answer = %+v", ans)
	}
	if strings.Contains(ans.Answer, "Harbour Wire reports") || !strings.Contains(strings.ToLower(ans.Answer), "the report published by harbour wire says") {
		t.Errorf("answer = %q; want the outlet named as the report's publisher", ans.Answer)
	}
}

// An overview of a day names the speaker of an attributed lead sentence,
// and states the day once.
func TestOverviewNamesSpeakerDatesOnce(t *testing.T) {
	svc := wordingService(t, "Harbour Wire", "Ferries to stop at Velde",
		"Ferries will stop calling at Velde from Friday, the Nordpost newspaper cited a port official as saying on Tuesday.",
		"The union wants a pay rise of 6 percent.")
	ans := askW(t, svc, "What happened yesterday?")
	if !ans.Supported || len(ans.Citations) != 1 || ans.Citations[0].Speaker == "" {
		t.Fatalf("answer = %+v; want the lead cited with its speaker", ans)
	}
	if n := strings.Count(ans.Answer, "8 November 2016"); n != 1 {
		t.Errorf("answer = %q; states the date %d times, want once", ans.Answer, n)
	}
	if strings.Contains(ans.Answer, "Harbour Wire reports") || !strings.Contains(ans.Answer, "port official") {
		t.Errorf("answer = %q; want the claim's speaker named, not the outlet as reporting it", ans.Answer)
	}
	if ans.AsOf != "2016-11-08" {
		t.Errorf("as_of = %q, want 2016-11-08", ans.AsOf)
	}
}

// An interview's question is not quoted as its own answer: the answer is
// the paragraph after it.
func TestBareQuestionNotEvidence(t *testing.T) {
	svc := wordingService(t, "Harbour Wire", "Harbour director on delays at the new quay",
		"The harbour director spoke to us about the building work at the port.",
		"Will the new quay open before the summer?",
		`"No. The contractors told us the work will take longer, and we will open it in September," the harbour director said.`)
	ans := askW(t, svc, "Will the new quay open before the summer?")
	if !ans.Supported || len(ans.Citations) == 0 {
		t.Fatalf("answer = %+v; want the director's answer quoted", ans)
	}
	for _, c := range ans.Citations {
		if strings.HasSuffix(strings.TrimSpace(c.Quote), "?") {
			t.Errorf("quoted the question %q as evidence; answer = %q", c.Quote, ans.Answer)
		}
	}
	if !strings.Contains(ans.Citations[0].Quote, "September") {
		t.Errorf("first quote = %q; want the director's answer", ans.Citations[0].Quote)
	}
}

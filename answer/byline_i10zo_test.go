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

// bylineService stores reports with the given bylines and outlets: one
// port report by Ines Marr for the Coast Times, and, with two set, a
// ferry report of the Harbour Post without a byline.
func bylineService(t *testing.T, two bool) *answer.Service {
	db := storetest.MustOpen(t)
	ing := ingest.New(db)
	add := func(title, published, byline, outlet string, paras ...string) {
		c := cleaned(title, published, paras...)
		c.Byline = byline
		if _, err := ing.AddCleaned(context.Background(), "g", c, ingest.Meta{Outlet: outlet}); err != nil {
			t.Fatal(err)
		}
	}
	add("Kelmar port exports slump", "2024-02-10", "Reporting by Ines Marr; Editing by Paul Oduya", "Coast Times",
		"Exports through the Port of Kelmar fell 12% in January, the port authority said on Friday.",
		"Harbour master Ines Vale said dredging of the main channel would begin in spring.")
	if two {
		add("Nordline trims Kelmar ferry fares", "2024-01-20", "", "Harbour Post",
			"The ferry operator Nordline cut fares on its Kelmar crossing by 8%, chief executive Tom Reyes said.")
	}
	now := func() time.Time { return time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC) }
	return &answer.Service{Store: db, Retriever: &retrieval.Searcher{Store: db, Now: now}, Now: now}
}

// TestAuthorFromByline (branch i10zo): "Who wrote the report?" is answered
// from the stored byline and outlet, which the cleaner took out of the
// text, citing the report's lead; a subject names the report among
// several; a question about who reported an event stays a question
// about the text.
func TestAuthorFromByline(t *testing.T) {
	one := bylineService(t, false)
	for _, q := range []string{"Who wrote the report?", "who is the author", "who's the reporter?", "Which outlet published the article?"} {
		ans := askPort(t, one, q)
		if !ans.Supported || !strings.Contains(ans.Answer, "Reporting by Ines Marr") || !strings.Contains(ans.Answer, "Coast Times") ||
			len(ans.Citations) != 1 || !ans.Citations[0].Verified {
			t.Errorf("%q: answer = %+v; want the byline and outlet, citing a verified lead", q, ans)
		}
		if !strings.Contains(ans.Answer, "\u201cKelmar port exports slump\u201d [1] was published") || strings.Contains(ans.Answer, "\u201d [1].") {
			// [1] quotes the lead: it stands by the report, not by the byline
			t.Errorf("%q: answer = %q; want [1] after the report's headline, not after the byline", q, ans.Answer)
		}
	}
	two := bylineService(t, true)
	ans := askPort(t, two, "Who wrote the report about Nordline's ferry fares?")
	if !ans.Supported || !strings.Contains(ans.Answer, "names no author") || !strings.Contains(ans.Answer, "Harbour Post") || strings.Contains(ans.Answer, "Ines Marr") {
		t.Errorf("answer = %q; want the ferry report's outlet, and that it names no author", ans.Answer)
	}
	ans = askPort(t, two, "Who wrote the report?")
	if strings.Contains(ans.Answer, "byline") {
		t.Errorf("answer = %q; with two reports stored 'the report' names neither", ans.Answer)
	}
	ans = askPort(t, two, "Who wrote the report about the Zorvan fisheries ministry?")
	if ans.Supported {
		t.Errorf("answer = %q; want a refusal: no report is about it", ans.Answer)
	}
	ans = askPort(t, two, "Who reported the export slump at Kelmar?")
	if strings.Contains(ans.Answer, "byline") {
		t.Errorf("answer = %q; who reported an event is a question about the text", ans.Answer)
	}
}

package answer_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/answer"
	"github.com/newsbot/newsbot/ingest"
	"github.com/newsbot/newsbot/retrieval"
	"github.com/newsbot/newsbot/samples"
	"github.com/newsbot/newsbot/store/storetest"
)

// A dated answer that opens with a lead ("Not confirmed in the stored
// reports: ") is stamped "As of 8 November 2016, not confirmed ...", not
// "As of 8 November 2016: Not confirmed ...: ...", two colons in a row
// (review rv7). The wording only: the answer and its citations are the
// same.
func TestAsOfBeforeLeadNoDoubleColon(t *testing.T) {
	ctx := context.Background()
	db := storetest.MustOpen(t)
	for _, a := range samples.Articles() {
		if _, err := ingest.New(db).AddReader(ctx, newsbot.LocalGuild, a.Name, bytes.NewReader(a.Text), ingest.Meta{Outlet: a.Outlet, Published: a.Published}); err != nil {
			t.Fatal(err)
		}
	}
	s := &answer.Service{Store: db, Retriever: &retrieval.Searcher{Store: db}}
	ans, err := s.Ask(ctx, newsbot.Question{Guild: newsbot.LocalGuild, Text: "Did Russia resume air strikes on Aleppo?"})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Supported || ans.AsOf != "2016-11-08" || !strings.HasPrefix(ans.Answer, "As of 8 November 2016, not confirmed in the stored reports: ") {
		t.Errorf("answer %q (as_of %q), want it to open 'As of 8 November 2016, not confirmed in the stored reports: '", ans.Answer, ans.AsOf)
	}
}

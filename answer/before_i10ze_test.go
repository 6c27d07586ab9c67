package answer_test

import (
	"context"
	"strings"
	"testing"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/answer"
	"github.com/newsbot/newsbot/ingest"
	"github.com/newsbot/newsbot/retrieval"
	"github.com/newsbot/newsbot/store/storetest"
)

// "Before EVENT" narrows the reports to those up to the event's own day,
// which is the day of the report that dates it: that report tells what was
// so before the event ("Prior to the new rule, the agency could ..."), as
// it tells what followed when asked after it (branch i10ze; it used to
// stop the day before, leaving out the one report that answered).
func TestBeforeEventKeepsTheEventsDay(t *testing.T) {
	ctx := context.Background()
	db := storetest.MustOpen(t)
	for _, a := range []struct{ name, text, day string }{
		{"rule.txt", "Valmere agency starts the new disaster rule\n\nThe Valmere disaster agency began applying the new disaster rule on Monday. Prior to the new disaster rule, the agency could declare a disaster only after damage to at least 25 homes. Now one damaged home in a rural county is enough.", "2024-06-03"},
		{"later.txt", "Valmere agency declares rural disasters\n\nThe Valmere disaster agency declared disasters in two rural counties under the new disaster rule.", "2024-08-20"},
	} {
		if _, err := ingest.New(db).AddReader(ctx, newsbot.LocalGuild, a.name, strings.NewReader(a.text), ingest.Meta{Published: a.day}); err != nil {
			t.Fatal(err)
		}
	}
	s := &answer.Service{Store: db, Retriever: &retrieval.Searcher{Store: db}}
	ans, err := s.Ask(ctx, newsbot.Question{Guild: newsbot.LocalGuild, Text: "Before the new disaster rule, how many damaged homes did the Valmere agency need to declare a disaster?"})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Supported || !strings.Contains(ans.Answer, "25 homes") {
		t.Errorf("answer %q (supported %v), want the 25 homes of the rule's own report", ans.Answer, ans.Supported)
	}
}

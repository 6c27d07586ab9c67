package answer_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/ingest"
	"github.com/newsbot/newsbot/store/storetest"
)

// A name typed in lower case is required of the article quoted, as the
// same name typed with its capital is: "harlow" is written by the stored
// reports only as a name, so the port of Velde's passenger figure does
// not answer a question about Harlow.
func TestLowerCaseNameRequired(t *testing.T) {
	db := storetest.MustOpen(t)
	for _, a := range []struct{ title, body string }{
		{"Ferry strike enters second week", "Ferry crews walked out last Monday at the port of Velde, which handles 40,000 passengers a week, the port authority says."},
		{"New library opens", "The mayor of Harlow opened a new library on Monday. Mayor Ines Brandt said Harlow would pay for its books."},
	} {
		c := &ingest.Cleaned{Title: a.title, Published: "2016-11-08"}
		c.Paragraphs = append(c.Paragraphs, ingest.Paragraph{Text: a.title, Kind: newsbot.KindHeadline}, ingest.Paragraph{Text: a.body, Kind: newsbot.KindBody})
		if _, err := ingest.New(db).AddCleaned(context.Background(), "g", c, ingest.Meta{Outlet: "Harbour Wire"}); err != nil {
			t.Fatal(err)
		}
	}
	ask := askerAt(t, db, time.Date(2016, 11, 9, 12, 0, 0, 0, time.UTC))
	for _, q := range []string{"How many passengers a week does the port of Harlow handle?", "how many passengers a week does the port of harlow handle"} {
		if ans := ask(q); ans.Supported || strings.Contains(ans.Answer, "40,000") {
			t.Errorf("%q answered %q; want a refusal (Harlow's port is not reported)", q, ans.Answer)
		}
	}
	if ans := ask("how many passengers a week does the port of velde handle"); !ans.Supported || !strings.Contains(ans.Answer, "40,000") {
		t.Errorf("velde: answer %q; want the 40,000 passengers", ans.Answer)
	}
}

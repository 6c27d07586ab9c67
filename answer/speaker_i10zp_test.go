package answer_test

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot/ingest"
	"github.com/newsbot/newsbot/store/storetest"
)

// "What did NAME say ...?" asks for NAME's words: another speaker's
// sentence naming NAME (Beck's "I have asked FMCS Deputy Director Scot L
// Beckenbaugh ... to intervene", dev-i10zp's Pantex release) is not an
// answer, while the speaker's own words are.
func TestAskedSpeakerUnheard(t *testing.T) {
	db := storetest.MustOpen(t)
	b, err := os.ReadFile("../testdata/eval/dev-i10zp/articles/fmcs-pantex-strike-2015.txt")
	if err != nil {
		t.Fatal(err)
	}
	c, err := ingest.CleanText(string(b))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ingest.New(db).AddCleaned(context.Background(), "g", c, ingest.Meta{}); err != nil {
		t.Fatal(err)
	}
	ask := askerAt(t, db, time.Date(2015, 9, 17, 12, 0, 0, 0, time.UTC))
	if ans := ask("What did Scot Beckenbaugh say after the Pantex meeting in Amarillo?"); ans.Supported {
		t.Errorf("Beckenbaugh answered %q; want a refusal (only Beck's words about him are stored)", ans.Answer)
	}
	if ans := ask("What did Allison Beck say about the Pantex strike?"); !ans.Supported || !strings.Contains(ans.Answer, "Beck") {
		t.Errorf("Beck: answer %q; want her words", ans.Answer)
	}
}

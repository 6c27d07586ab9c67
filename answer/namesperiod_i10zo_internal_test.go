package answer

import (
	"testing"
	"time"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/retrieval/timeexpr"
)

// TestNamesPeriodAnyTime (branch i10zo): a sentence naming several days
// names each of them, not only its first ("confirmed on December 4 and
// sworn in on December 11" names December 11).
func TestNamesPeriodAnyTime(t *testing.T) {
	pub := time.Date(2020, 1, 29, 0, 0, 0, 0, time.UTC)
	sent := newsbot.Sentence{Text: "He was confirmed by the full Senate on December 4 and was officially sworn in on his first day at GPO on December 11."}
	day := func(d int) timeexpr.Period {
		x := time.Date(2019, 12, d, 0, 0, 0, 0, time.UTC)
		return timeexpr.Period{From: x, To: x}
	}
	if !namesPeriod(sent, day(11), pub) || !namesPeriod(sent, day(4), pub) {
		t.Errorf("namesPeriod misses a day the sentence names")
	}
	if namesPeriod(sent, day(18), pub) {
		t.Errorf("namesPeriod finds a day the sentence does not name")
	}
}

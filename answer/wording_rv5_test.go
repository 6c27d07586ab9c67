package answer_test

import (
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot/retrieval"
)

// A speaker named with an indefinite article ("A port official") is
// written in lower case after the first statement, as "the" is: no
// capital in the middle of the sentence.
func TestIndefiniteSpeakerLowerMidSentence(t *testing.T) {
	svc := wordingService(t, "Harbour Wire", "Ferry strike at Velde",
		"The union said the ferry strike at Velde would continue until Friday.",
		"A port official said the ferry strike at Velde had stopped all sailings.")
	ans := askW(t, svc, "What was said about the ferry strike at Velde?")
	if !ans.Supported || len(ans.Citations) < 2 {
		t.Fatalf("answer = %+v; want both statements", ans)
	}
	t.Logf("answer = %q", ans.Answer)
	if strings.Contains(ans.Answer, "; A ") || !strings.Contains(ans.Answer, "a port official said") {
		t.Errorf("answer = %q; want the second speaker in lower case", ans.Answer)
	}
}

// Asked as of a day before every report found (ask --now), the refusal
// says the reports are later, not that none of them mentions the name
// they do mention.
func TestRefusalWhenEveryReportIsLater(t *testing.T) {
	svc := wordingService(t, "Harbour Wire", "Ferry strike at Velde",
		"The union said the ferry strike at Velde would continue until Friday.")
	early := func() time.Time { return time.Date(2016, 11, 1, 12, 0, 0, 0, time.UTC) }
	svc.Now = early
	svc.Retriever.(*retrieval.Searcher).Now = early
	ans := askW(t, svc, "Did the ferry strike at Velde end?")
	if ans.Supported {
		t.Fatalf("answer = %q; want a refusal: the only report is dated 8 November", ans.Answer)
	}
	if strings.Contains(ans.Answer, "none of them mentions") || !strings.Contains(ans.Answer, "published after that day") ||
		!strings.Contains(ans.Answer, "1 November 2016") {
		t.Errorf("answer = %q; want it to say the reports found are later than 1 November 2016", ans.Answer)
	}
}

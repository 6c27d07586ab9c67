package answer_test

import (
	"strings"
	"testing"
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

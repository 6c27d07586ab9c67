package answer_test

import (
	"strings"
	"testing"
)

// TestLaterQuotesBearOnQuestion (branch i10zo): after a lead that holds
// every term of the question, a later quote whose only word of the
// question is its report's subject ("Syria's" in a report headlined on
// "Syria's Aleppo") is left out; a later quote with a term of the
// question its headline lacks stays (the Observatory on Minian).
func TestLaterQuotesBearOnQuestion(t *testing.T) {
	e := newEnv(t, "g", sample)
	ans := e.askOn(t, "g", "What did Syrian state media say about Minian?", "2016-11-09")
	if !ans.Supported || !strings.HasPrefix(ans.Citations[0].Quote, "Syrian state media said the army had advanced in Minian") {
		t.Fatalf("answer = %+v; want the state media line first", ans)
	}
	for _, c := range ans.Citations {
		if strings.Contains(c.Quote, "officials in two rebel groups") {
			t.Errorf("answer = %q; the rebels' line says nothing of Minian or state media", ans.Answer)
		}
	}
	if len(ans.Citations) < 2 || !strings.Contains(ans.Answer, "recaptured Minian") {
		t.Errorf("answer = %q; want the Observatory's line on Minian beside the lead", ans.Answer)
	}
}

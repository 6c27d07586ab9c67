package answer_test

import (
	"strings"
	"testing"
)

// TestAnswerStatesTheAskedMeasure: the report's opening sentence shares
// most of the question's words and holds a distance; the sentence giving
// the speed gained, in mph, is the answer, and is quoted first.
func TestAnswerStatesTheAskedMeasure(t *testing.T) {
	svc := laterReportService(t, "Kestrel probe swings past Venus on its way to the Sun", "2025-03-04",
		"The Kestrel probe completed a flyby of Venus early on Tuesday, using the planet's gravity to gain speed on its 40-million-mile journey to the Sun, the space agency said.",
		"Kestrel picked up nearly 6,500 mph from the encounter, flight controllers said.",
		"The probe passed 2,400 miles above the clouds of Venus.")
	ans := askG(t, svc, "How much speed did the Kestrel probe gain from Venus?")
	if !ans.Supported || len(ans.Citations) == 0 || !strings.Contains(ans.Citations[0].Quote, "6,500 mph") {
		t.Errorf("answer = %q; want the 6,500 mph sentence first", ans.Answer)
	}
}

// TestAnswerGivesTheAskedDate: asked when the final is, the answer quotes
// first the sentence with its date, not the report's opening sentence,
// which shares more of the question's words and says on which weekday
// the semi-final was won.
func TestAnswerGivesTheAskedDate(t *testing.T) {
	svc := laterReportService(t, "Tarrow crew reach Pellan regatta final", "2025-05-11",
		"The Tarrow rowing crew reached the Pellan regatta final for the first time in 12 years after beating Orsk by half a length on Saturday.",
		"Tarrow will race Vessmark in the final at Kessar Bay on 14 June.",
		"Their coach said the crew had trained through the winter.")
	ans := askG(t, svc, "When is the Pellan regatta final?")
	if !ans.Supported || len(ans.Citations) == 0 || !strings.Contains(ans.Citations[0].Quote, "14 June") {
		t.Errorf("answer = %q; want the sentence giving the final's date first", ans.Answer)
	}
}

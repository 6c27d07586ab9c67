package answer_test

import (
	"strings"
	"testing"
	"time"
)

// TestUndatedReportNamesPeriod: an article of unknown date (the cleaner
// found none) whose headline names the year asked about is about that
// year throughout, so its sentence that names no year answers for it; a
// year it does not name is still refused, with that year named.
func TestUndatedReportNamesPeriod(t *testing.T) {
	svc, _ := reportsService(t, "County Road Safety Office", time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC),
		report{"Carrow County 2023 Year-End Road Death Figures", "", []string{
			"Road crashes killed 41 people in Carrow County in 2023, five fewer than the year before.",
			"Motorcyclists accounted for 12 of the deaths, and pedestrians for 9.",
			"The county's road safety office said speed was the leading factor."}})
	ans := askG(t, svc, "How many motorcyclists were killed on Carrow County roads in 2023?")
	if !ans.Supported || !strings.Contains(ans.Answer, "12 of the deaths") {
		t.Errorf("answer = %q; want the motorcyclists sentence (12)", ans.Answer)
	}
	ans = askG(t, svc, "How many motorcyclists were killed on Carrow County roads in 2019?")
	if ans.Supported || !strings.Contains(ans.Answer, "2019") {
		t.Errorf("answer = %q; want a refusal naming 2019", ans.Answer)
	}
}

// TestUndatedReportSentenceNamesPeriod: an undated article whose lead does
// not name the year asked about answers only through a sentence that
// names that year itself.
func TestUndatedReportSentenceNamesPeriod(t *testing.T) {
	svc, _ := reportsService(t, "Harbour Authority", time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC),
		report{"Port of Velden reports record traffic", "", []string{
			"The Port of Velden handled 2.1 million containers last year, its busiest year on record.",
			"In 2017 the port handled 1.4 million containers, before its second terminal opened."}})
	ans := askG(t, svc, "How many containers did the Port of Velden handle in 2017?")
	if !ans.Supported || !strings.Contains(ans.Answer, "1.4 million") {
		t.Errorf("answer = %q; want the 2017 sentence (1.4 million)", ans.Answer)
	}
	if strings.Contains(ans.Answer, "2.1 million") {
		t.Errorf("answer = %q quotes the sentence on \"last year\", which an undated article cannot place", ans.Answer)
	}
}

package answer_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/answer"
)

// TestLaterReportParagraph: no stored article is dated in the year asked
// about, but a later report names it in a sentence; the sentences that go
// on about that time in its paragraph answer, the rest of the paragraph is
// read as context (it names who "he" is) and never quoted, and a year no
// sentence names is still refused with the period named.
func TestLaterReportParagraph(t *testing.T) {
	svc := laterReportService(t, "Harlow council removes mayor in confidence vote", "2021-06-01",
		"Harlow town council voted 14 to 9 on Monday to remove mayor Rovan Teller.",
		"This is not the first time that Teller has lost his seat. In 2019, he lost his post when he missed a budget vote. "+
			"He was on a trade visit to Lisbon at the time. Teller took office as mayor of Harlow in 2018.")
	ans := askG(t, svc, "Which city was Rovan Teller visiting when he lost his post in 2019?")
	if !ans.Supported || !strings.Contains(ans.Answer, "Lisbon") || !strings.HasPrefix(ans.Answer, "As of 1 June 2021: ") {
		t.Errorf("answer = %q; want the Lisbon sentence, as of the later report's date", ans.Answer)
	}
	for _, c := range ans.Citations {
		if strings.Contains(c.Quote, "first time") || strings.Contains(c.Quote, "2018") {
			t.Errorf("quoted %q, a sentence kept only as context", c.Quote)
		}
	}
	ans = askG(t, svc, "Which city was Rovan Teller visiting when he lost his post in 2015?")
	if ans.Supported || !strings.Contains(ans.Answer, "2015") {
		t.Errorf("answer = %q; want a refusal naming 2015", ans.Answer)
	}
}

// laterReportService stores one report with the given paragraphs after
// its headline and returns a service asking on 3 December 2026.
func laterReportService(t *testing.T, title, published string, body ...string) *answer.Service {
	t.Helper()
	svc, _ := reportsService(t, "Statistics Office", time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC),
		report{title, published, body})
	return svc
}

func askG(t *testing.T, svc *answer.Service, q string) *newsbot.Answer {
	t.Helper()
	ans, err := svc.Ask(context.Background(), newsbot.Question{Guild: "g", Text: q})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("Q: %s\nA: %s", q, ans.Answer)
	return ans
}

// TestLaterReportLeadAboutPeriod: a release of December whose lead is
// about the year to July 1, 2021 is about that year throughout, so the
// sentence listing the runners-up, which names no time, answers for it;
// a year its lead does not name is still refused.
func TestLaterReportLeadAboutPeriod(t *testing.T) {
	svc := laterReportService(t, "Norland is fastest-growing province, statistics office reports", "2021-12-15",
		"Norland was the fastest-growing province of Estaria over the last year. Its population rose 2.4 percent to 900,000 from July 1, 2020, to July 1, 2021, according to estimates the statistics office released today.",
		"Following Norland for the largest percentage increases in population were: Vessmark (1.8 percent), Harrow Coast (1.5 percent) and Tillby (1.2 percent).",
		"Three provinces lost population, led by Orsk, which shrank 0.9 percent.")
	ans := askG(t, svc, "By what percentage did Vessmark's population grow in the year to July 2021?")
	if !ans.Supported || !strings.Contains(ans.Answer, "1.8 percent") {
		t.Errorf("answer = %q; want the runners-up sentence (1.8 percent)", ans.Answer)
	}
	ans = askG(t, svc, "By what percentage did Vessmark's population grow in the year to July 2019?")
	if ans.Supported || !strings.Contains(ans.Answer, "2019") {
		t.Errorf("answer = %q; want a refusal naming July 2019", ans.Answer)
	}
}

// TestLaterReportLeadAboutLaterPeriod: a release whose lead names the
// month asked about only as the start of a later year ("from July 1,
// 2021, to July 1, 2022") is about that later year: only its sentences
// that name the month asked about are kept, so its runners-up of 2022 do
// not answer for July 2021, while its sentence on July 2021 still does.
func TestLaterReportLeadAboutLaterPeriod(t *testing.T) {
	svc := laterReportService(t, "Norland stays fastest-growing province, statistics office reports", "2022-12-14",
		"Norland was again the fastest-growing province of Estaria. Its population rose 3.1 percent to 930,000 from July 1, 2021, to July 1, 2022, according to estimates the statistics office released today.",
		"Following Norland for the largest percentage increases in population were: Vessmark (2.6 percent), Harrow Coast (2.2 percent) and Tillby (1.7 percent).",
		"In July 2021, Vessmark counted 1.2 million residents.")
	ans := askG(t, svc, "By what percentage did Vessmark's population grow in the year to July 2021?")
	if strings.Contains(ans.Answer, "2.6 percent") {
		t.Errorf("answer = %q; quotes the growth of the year to July 2022", ans.Answer)
	}
	ans = askG(t, svc, "How many residents did Vessmark count in July 2021?")
	if !ans.Supported || !strings.Contains(ans.Answer, "1.2 million") {
		t.Errorf("answer = %q; want the sentence naming July 2021 (1.2 million)", ans.Answer)
	}
}

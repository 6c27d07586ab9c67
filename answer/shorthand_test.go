package answer_test

import (
	"strings"
	"testing"

	"github.com/newsbot/newsbot/ingest"
)

// Two releases of one template, a quarter apart (the store may group
// them as copies of one story): a question typed in shorthand ("q1 25",
// "rev", "mln", "yoy") is answered from the release of the quarter it
// names, and a quarter no release covers is refused.
func TestShorthandQuarters(t *testing.T) {
	e := newEnv(t, "g")
	e.addAs(t, "g", "lender-revenue-q1.txt", ingest.Meta{Outlet: "HCA", Published: "2025-05-20"})
	e.addAs(t, "g", "lender-revenue-q2.txt", ingest.Meta{Outlet: "HCA", Published: "2025-08-19"})
	e.checkFactsOn(t, "g", "2025-12-01", []factCase{
		{"how much lending rev did banks book in q1 25?", "$4.2 billion"},
		{"hca lending rev in 2Q 2025?", "$3.9 billion"},
		{"how many mln was q2 2025 lending revenue down vs q1?", "$300.0 million"},
		{"how many banks held lending licences at end of Q1 '25?", "842"},
		{"how much lending rev did banks book in q3 2025?", ""},
		{"what was hca lending revenue in q4 2024?", ""},
	})
}

// Shorthand typed in lower case over a release that writes the words out
// ("avg", "bps", "yoy", "q4 24", "pct"; "hpi" and "g-fee" stay ordinary
// words, weighed, never names an article must hold): answered from the
// release, and a quarter or year it does not cover refused.
func TestShorthandAbbreviations(t *testing.T) {
	e := newEnv(t, "g")
	e.addAs(t, "g", "housing-agency-fees.txt", ingest.Meta{Outlet: "HFB", Published: "2025-02-11"})
	e.checkFactsOn(t, "g", "2025-12-01", []factCase{
		{"what was the avg g-fee in 2024 in bps?", "64 basis points"},
		{"how much did the hpi rise yoy in q4 24?", "4.2 percent"},
		{"what was the hpi change in 4Q 2024 in pct", "4.2 percent"},
		{"how much did the hpi rise in q3 24?", ""},
		{"what was the avg g-fee in 2022?", ""},
	})
}

// A release compares fiscal years: the sentence quoted first for "fy10"
// is the one about FY 2010, not the lead about FY 2011 (a sentence that
// names another fiscal year and not the asked one states another
// year's figure); "make" finds "earned"; a year it does not give is
// refused.
func TestShorthandFiscalYears(t *testing.T) {
	e := newEnv(t, "g")
	e.addAs(t, "g", "export-fund-fy2011.txt", ingest.Meta{Outlet: "ECF", Published: "2011-11-15"})
	for _, c := range []struct{ q, first, fact string }{
		{"how much did the ecf approve in fy10?", "$24.5 billion", ""},
		{"how much did the ecf approve in fy09 in bn", "$21.0 billion", ""},
		{"how much did ecf approve in FY11?", "$32.7 billion", ""},
		{"how much did the ecf make in fy2011?", "", "$3.4 billion"},
		{"how much did ecf approve in fy08?", "", ""},
	} {
		ans := e.askOn(t, "g", c.q, "2025-12-01")
		switch {
		case c.first == "" && c.fact == "":
			if ans.Supported {
				t.Errorf("%q answered, want refused: %s", c.q, ans.Answer)
			}
		case !ans.Supported || len(ans.Citations) == 0:
			t.Errorf("%q refused: %s", c.q, ans.Answer)
		case c.first != "" && !strings.Contains(ans.Citations[0].Quote, c.first):
			t.Errorf("%q: first quote %q, want %s in it", c.q, ans.Citations[0].Quote, c.first)
		case c.fact != "" && !strings.Contains(ans.Answer, c.fact):
			t.Errorf("%q: want %s in the answer, got %s", c.q, c.fact, ans.Answer)
		}
	}
}

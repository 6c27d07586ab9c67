package answer_test

import (
	"strings"
	"testing"
)

// TestEvidenceBeyondTheOpening checks answers whose fact sits past the
// article's opening lines: an item of a list (its lead-in gives the verb),
// an acronym the question spells out, a name with a one-letter word, a
// clock time, and a year asked about in a later report. The refusals
// check that the same rules do not answer what the article does not say.
func TestEvidenceBeyondTheOpening(t *testing.T) {
	e := newEnv(t, "g", "island-election.txt", "quake-lakeshore.txt")
	e.checkFacts(t, "g", []factCase{
		// a list item: "The parties won the following seats:" / "- Labour Party: 8 seats"
		{"How many seats did the Labour Party win?", "8 seats"},
		{"How many seats did the Liberal Party win?", ""},
		// the question spells out what the article writes as an acronym
		{"What magnitude did the US Geological Survey give the quake?", "5.9"},
		{"At what price did Lakeshore Power shares close on the New York Stock Exchange?", "$41.20"},
		{"At what price did Lakeshore Power shares close on the London Stock Exchange?", ""},
		// a one-letter word of a name ("L'Arche") is not required
		{"How many people were treated in L'Arche?", "60 people"},
		// which + noun asks for a name
		{"Which opposition leader conceded defeat in Tarvo?", "Piet Marrow"},
	})
}

// TestPeriodInLaterReport checks that a year asked about is answered from
// an article published later that names it ("fell in 2003", reported in
// 2005), and that such an article does not answer for a year it does not
// name.
func TestPeriodInLaterReport(t *testing.T) {
	e := newEnv(t, "g", "island-election.txt")
	ans := e.askOn(t, "g", "Why did the government of Tarvo fall in 2003?", "2005-03-05")
	if !strings.Contains(ans.Answer, "budget dispute") {
		t.Errorf("2003 asked from a 2005 report: %s", ans.Answer)
	}
	ans = e.askOn(t, "g", "Why did the government of Tarvo fall in 2001?", "2005-03-05")
	if ans.Supported {
		t.Errorf("2001 is named by no report, want refused: %s", ans.Answer)
	}
}

// TestHeadlineNamesTheSentences checks that the names of an article's
// headline count as named by its sentences for the typed lower bar ("The
// flight is due to be launched at 19:45 UTC" in an article headlined with
// the rocket's name), and that a name absent from the headline does not.
func TestHeadlineNamesTheSentences(t *testing.T) {
	e := newEnv(t, "g", "probe-launch.txt")
	e.checkFacts(t, "g", []factCase{
		{"At what time was Tarvik due to lift off with Helio?", "19:45"},
		{"At what time was Tarvik due to lift off with Orbis?", ""},
	})
}

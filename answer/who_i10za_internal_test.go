package answer

import "testing"

// TestAgentTextLeavesOutDatelineAndCalendar: a who question's named agent
// is not the dateline's place nor a weekday or month; a question asking
// for a day or a month keeps them (branch i10za).
func TestAgentTextLeavesOutDatelineAndCalendar(t *testing.T) {
	corpus := "Karlsvik's new library opened on Saturday. Mayor Ruth Nyberg cut the ribbon. The soldiers fought floods."
	for _, tc := range []struct {
		q, text string
		want    bool
	}{
		{"Who opened Karlsvik's new library?", "Karlsvik's new library opened to the public on Saturday.", false},
		{"Who opened Karlsvik's new library?", "Mayor Ruth Nyberg cut the ribbon.", true},
		{"Who fought the Karlsvik floods?", "ARLINGTON, Va., June 26, 2008 - Soldiers fought floods in Karlsvik on Thursday.", false},
		{"Who fought the Karlsvik floods?", "DALLAS, TX, March 7, 2006 - Governor Elin Strand sent soldiers to the Karlsvik floods.", true},
		{"Who fought the Karlsvik floods?", "Soldiers fought the Karlsvik floods from May 5 to May 9.", false},
		// "which months" asks for a month: it stays a name of the answer
		{"In which months did the survey of Karlsvik take place?", "The survey of Karlsvik ran in June and July.", true},
	} {
		qs := analyse(tc.q, nil)
		if got := qs.carries(tc.text, "", corpus); got != tc.want {
			t.Errorf("%q in %q: carries %v, want %v", tc.q, tc.text, got, tc.want)
		}
	}
}

// TestPerformativeAnnouncementIsDone: "are pleased to announce" states
// the announcement; "plan to announce" does not.
func TestPerformativeAnnouncementIsDone(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Tomas Berg and Karin Ek are pleased to announce the arrest of 40 people", false},
		{"Tomas Berg and Karin Ek are proud to announce the arrest of 40 people", false},
		{"Tomas Berg and Karin Ek plan to announce the arrest of 40 people", true},
		{"Tomas Berg and Karin Ek will announce the arrest of 40 people", true},
	} {
		ws := words(tc.text)
		i := -1
		for j, w := range ws {
			if w == "announce" {
				i = j
			}
		}
		if got := unrealBefore(ws, i, false); got != tc.want {
			t.Errorf("%q: unrealised %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestNounEventAgentAfterFrom: the agent of an event written as a noun
// may follow it after "from" or "by" ("a request from Jamie Holm").
func TestNounEventAgentAfterFrom(t *testing.T) {
	for _, c := range []struct {
		q, text string
		want    bool
	}{
		{"Who asked Norrfors to declare Lund a disaster area?",
			"In response to a request from Jamie Holm, Norrfors has declared Lund a disaster area.", false},
		{"Who asked Norrfors to declare Lund a disaster area?",
			"LUND, July 31, 2017 - In response to a request from Jamie Holm, the Norrfors agency has declared Lund a disaster area.", false},
		{"Who asked Norrfors for help?",
			"Norrfors acted on a request by Jamie Holm.", false},
	} {
		sc := scoringOver(c.q, c.text)
		if got := sc.roleApart(c.text); got != c.want {
			roles, vt := sc.qs.askedRoles()
			t.Errorf("%q over %q: roleApart = %v, want %v (roles %d, verb term %d)", c.q, c.text, got, c.want, len(roles), vt)
		}
	}
}

package answer

import "testing"

// TestOutcomeUnstated checks the outcome check of uncovered.go: a "who"
// question asking for an outcome (a win, an appointment, a succession, the
// first holder of a role) is refused over a sentence that shares its names
// and topic but states no such outcome, and kept over one that states it.
func TestOutcomeUnstated(t *testing.T) {
	cases := []struct {
		q, text string
		refuse  bool
	}{
		{"Who won the municipal election in Missouri on April 5, 2022?",
			"The incident occurred in six counties in Missouri during a municipal election on April 5, 2022.", true},
		{"Who won the municipal election in Missouri on April 5, 2022?",
			"Jane Roe was elected mayor in the municipal election in Missouri on April 5, 2022.", false},
		{"Which country won the goalball gold at the 2012 Paralympics?",
			"Finland beat Brazil to take the goalball gold at the 2012 Paralympics.", false},
		{"Who did Sarah Ball Johnson beat to become city clerk?",
			"The newly elected officers include Board Chair Sarah Ball Johnson, who is the City Clerk for Colorado Springs.", true},
		{"Who replaced Jean Charest as Liberal leader?",
			"Charest is the leader of the Quebec Liberal Party and has held his position as premier since 2003.", true},
		{"Who replaced Jean Charest as Liberal leader?",
			"Philippe Couillard succeeded Jean Charest as Liberal leader.", false},
		{"Who was named chief executive of Southvale Water?", "Ann Lee became chief executive of Southvale Water in May.", false},
		// "over" alone is no succession ("a fight over libraries")
		{"Who replaced Jean Charest as Liberal leader?", "Liberals fought over Charest's record as leader.", true},
		{"who got elected mayor of ostrava?", "The Ostrava council met on Monday to discuss the budget.", true},
		{"Who was named Millbrook's new police chief?",
			"Library director Janet Moore told the Millbrook council that visits had risen.", true},
		{"Who was the first director of the Peace Corps?",
			"Peace Corps Director Ron Tschetter announced today that all Volunteers are safe.", true},
		{"Who was the first director of the Peace Corps?",
			"Sargent Shriver was the founding director of the Peace Corps.", false},
		// a contest no stored report names: its outcome is not reported
		{"Which country won the men's goalball gold medal at the London 2012 Paralympics?",
			"Australia won a gold medal in rowing at the London 2012 Paralympics.", true},
		{"Which two countries won a single bronze medal each, and nothing else, in rowing?",
			"Belarus and Russia each won a single bronze medal in rowing.", false},
		// the date of an outcome: a date of something else does not give it
		{"When was Michael Astrue confirmed as Commissioner of Social Security?",
			"Michael J. Astrue, Commissioner of Social Security, said on December 11, 2009 that the notices were wrong.", true},
		{"When was Michael Astrue confirmed as Commissioner of Social Security?",
			"The Senate confirmed Michael Astrue as Commissioner of Social Security on February 1, 2007.", false},
		{"When did Ben Cardin retire from the Senate?", "Senator Ben Cardin swore in the commissioner on December 20, 2023.", true},
		{"When did the plant reopen?", "The plant reopened on 4 May.", false},
		// a count of votes, which a table of results states without a verb
		{"Who won the most votes in Alofi North?", "Alofi North: Okesene 578, Viliko 402.", false},
		// not an outcome: the verb of a clause, or another verb
		{"Who created the lender that won the 2006 Nobel Peace Prize?", "Muhammad Yunus founded the Grameen Bank.", false},
		{"Who ran the undercover operation in Oklahoma?", "DEA agents worked undercover in Oklahoma.", false},
	}
	for _, c := range cases {
		sc := scoringOver(c.q, c.text)
		if got := sc.outcomeUnstated(c.text, "Report"); got != c.refuse {
			t.Errorf("%q over %q: outcomeUnstated = %v, want %v", c.q, c.text, got, c.refuse)
		}
	}
}

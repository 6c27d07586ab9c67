package attribution_test

import (
	"testing"

	"github.com/newsbot/newsbot"
)

// TestAttributeGeneralisation covers the rules added after the dev sets
// dev-a..dev-d (issue 12), each on text of its own.
func TestAttributeGeneralisation(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"relative clause after the role", []string{"Ann Fox, transport spokeswoman for the Green Party, which obtained the data, said the delays were \"shameful\"."},
			[]want{{speaker: "Ann Fox", content: "the delays were \"shameful\""}}},
		{"statement announced with a colon", []string{"Mayor Leo Park issued the following statement on the closure:", "\"This is a sad day for the town. We will fight for every job.\""},
			[]want{{speaker: "Leo Park", content: "This is a sad day for the town.", kind: newsbot.ClaimDirect},
				{speaker: "Leo Park", content: "We will fight for every job.", kind: newsbot.ClaimDirect, cue: newsbot.CueExpects}}},
		{"announced statement beats the other claim of its sentence", []string{"Senator Ruth Diaz released the following statement after the governor announced that he would retire:", "\"He served the state with honour.\""},
			[]want{{speaker: "the governor", content: "he would retire", cue: newsbot.CueExpects},
				{speaker: "Ruth Diaz", content: "He served the state with honour.", kind: newsbot.ClaimDirect}}},
		{"first person in an unquoted statement", []string{"Rep. Dan Moss released the below statement on the vote:", "I thank my colleagues. I urge the Senate to act quickly."},
			[]want{{speaker: "Dan Moss", content: "the Senate to act quickly"}}},
		{"call upon X to", []string{"The union will call upon the board to reopen talks."},
			[]want{}},
		{"described without a claim", []string{"The council described what happened at the meeting."},
			[]want{}},
		{"described as a quotation", []string{"In what the coach described as \"a dreadful night\", the team lost 5-0."},
			[]want{{speaker: "the coach", content: "as \"a dreadful night\""}}},
		{"reported and a gerund", []string{"The coastguard reported seeing oil near the reef."},
			[]want{{speaker: "The coastguard", content: "seeing oil near the reef", cue: newsbot.CueReports}}},
		{"the force", []string{"Kent Police said two men had been arrested.", "\"Inquiries are continuing,\" the force said."},
			[]want{{speaker: "Kent Police", content: "two men had been arrested"},
				{speaker: "Kent Police", content: "Inquiries are continuing", kind: newsbot.ClaimDirect}}},
		{"calling it after a title", []string{"Gov. Ada Lin vetoed the bill, calling it ''a gift to insurers.''"},
			[]want{{speaker: "Ada Lin", content: "a gift to insurers", kind: newsbot.ClaimDirect}}},
		{"document seen by an outlet as the subject", []string{"A memo seen by the Courier says the plant will close in June."},
			[]want{{speaker: "A memo", via: "the Courier", content: "the plant will close in June", cue: newsbot.CueExpects}}},
		{"seen by an outlet in the appositive", []string{"The report, written by two auditors and obtained by the Ledger, says that the fund lost $3 million."},
			[]want{{speaker: "The report", via: "the Ledger", content: "the fund lost $3 million"}}},
		{"a letter's addressee is no claim", []string{"Fares must be frozen, union leaders have warned in a letter to the mayor."},
			[]want{{speaker: "union leaders", content: "Fares must be frozen", cue: newsbot.CueExpects}}},
		{"time in a fronted participial phrase", []string{"Closing the inquest at Hull on Friday, coroner Jo Bell said the fall was an accident."},
			[]want{{speaker: "Jo Bell", content: "the fall was an accident", when: "on Friday"}}},
		{"speaking to an outlet", []string{"Speaking to Channel 4 News on Sunday, the minister said: \"We got it wrong.\""},
			[]want{{speaker: "the minister", via: "Channel 4 News", content: "We got it wrong", when: "on Sunday", kind: newsbot.ClaimDirect}}},
		{"relative clause after a name inside the sentence", []string{"The plan was opposed by Mayor Ina Roth, the county's longest-serving official, who told the Herald that it would raise rents."},
			[]want{{speaker: "Ina Roth", via: "the Herald", content: "it would raise rents", cue: newsbot.CueExpects}}},
		{"relative clause after a thing is no speaker", []string{"The vote was delayed by the storm, which told us little."},
			[]want{}},
		{"put it bluntly", []string{"A senior official put it more bluntly: \"The deal is dead.\""},
			[]want{{speaker: "A senior official", content: "The deal is dead", kind: newsbot.ClaimDirect}}},
		{"put it on the table", []string{"The minister put it on the table in May."},
			[]want{}},
		{"spent weeks insisting", []string{"The chairman has spent months arguing that the club is not for sale."},
			[]want{{speaker: "The chairman", content: "the club is not for sale"}}},
		{"as X reported inside the sentence", []string{"The factory, as the Gazette reported, had been losing money for years."},
			[]want{{speaker: "the Gazette", content: "The factory, as the Gazette reported, had been losing money for years", cue: newsbot.CueReports}}},
		{"characterisation without quotation marks", []string{"The senator called the report a smear on Tuesday."},
			[]want{{speaker: "The senator", content: "the report a smear", when: "on Tuesday"}}},
		{"called a meeting", []string{"The club called a meeting for Monday."},
			[]want{}},
	})
}

package attribution_test

import (
	"testing"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/retrieval/attribution"
)

// TestAttributeVerbClassAndSpeakers covers the rules of the third pass of
// issue 12 (branch i12b), each on text of its own.
func TestAttributeVerbClassAndSpeakers(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a verb of the class in any form", []string{"The economist opined that rates had peaked."},
			[]want{{speaker: "The economist", content: "rates had peaked"}}},
		{"a strict verb of the class needs a clause", []string{"The minister contended with angry farmers."},
			[]want{}},
		{"a noun form of the class is no cue", []string{"The firm placed unauthorized charges on phone bills, the regulator said."},
			[]want{{speaker: "the regulator", content: "The firm placed unauthorized charges on phone bills"}}},
		{"a capitalised verb form inside a name is no cue", []string{"\"We are worried,\" said Ana Diaz, director of the Housing Rights Project."},
			[]want{{speaker: "Ana Diaz", content: "We are worried", kind: newsbot.ClaimDirect}}},
		{"two bodies named in capitals", []string{"The Daily Courier and Associated Press have said that the mine will close."},
			[]want{{speaker: "The Daily Courier", content: "the mine will close", cue: newsbot.CueExpects},
				{speaker: "Associated Press", content: "the mine will close", cue: newsbot.CueExpects}}},
		{"a title of the wider class before a name", []string{"Premier Ruth Calder says the dam will be finished by May."},
			[]want{{speaker: "Ruth Calder", content: "the dam will be finished by May", cue: newsbot.CueExpects}}},
		{"a hyphenated title", []string{"Co-founder Amir Haddad said the firm would not sell."},
			[]want{{speaker: "Amir Haddad", content: "the firm would not sell", cue: newsbot.CueExpects}}},
		{"a title and a surname find the full name", []string{"The agency fined the bank, announced U.S. Attorney Lena K. Ortiz.", "\"Nobody is above the rules,\" said U.S. Attorney Ortiz."},
			[]want{{speaker: "Lena K. Ortiz", content: "The agency fined the bank"},
				{speaker: "Lena K. Ortiz", content: "Nobody is above the rules", kind: newsbot.ClaimDirect}}},
		{"a body named after a common noun", []string{"Industry body Retail Wales said sales fell."},
			[]want{{speaker: "Retail Wales", content: "sales fell"}}},
		{"characterised as", []string{"The charity characterised the cuts as \"short-sighted\"."},
			[]want{{speaker: "The charity", content: "the cuts as \"short-sighted\""}}},
		{"cited as a reason", []string{"Judge Ian Cole cited the defendant's age as a reason for leniency."},
			[]want{{speaker: "Ian Cole", content: "the defendant's age as a reason for leniency"}}},
		{"pointed to as evidence", []string{"The ministry pointed to falling waiting lists as proof that the reforms work."},
			[]want{{speaker: "The ministry", content: "falling waiting lists as proof that the reforms work"}}},
		{"termed with a quotation", []string{"Union leader Rosa Pike termed the offer \"an insult\" and demanded that talks resume."},
			[]want{{speaker: "Rosa Pike", content: "an insult", kind: newsbot.ClaimDirect},
				{speaker: "Rosa Pike", content: "talks resume"}}},
		{"described a clause with as is no characterisation", []string{"The police described what they found as officers searched the house."},
			[]want{}},
		{"a fronted occasion without a comma", []string{"At the hearing Judge Mary Tate described the delay as unacceptable."},
			[]want{{speaker: "Mary Tate", content: "the delay as unacceptable"}}},
		{"called for after and", []string{"Councillor Ann Bell says the plan is flawed and has called for a public inquiry."},
			[]want{{speaker: "Ann Bell", content: "the plan is flawed"},
				{speaker: "Ann Bell", content: "a public inquiry"}}},
		{"called for", []string{"The union's leader, Sam Ode, called for the talks to resume."},
			[]want{{speaker: "Sam Ode", content: "the talks to resume"}}},
		{"according to in mid-sentence, then the clause goes on", []string{"The firm lost $2 million, according to the audit, and cut 40 jobs."},
			[]want{{speaker: "the audit", content: "The firm lost $2 million, according to the audit, and cut 40 jobs"}}},
		{"according to in mid-sentence, then a phrase", []string{"The alarm was raised, according to the fire chief, from a flat on the third floor."},
			[]want{{speaker: "the fire chief", content: "The alarm was raised, according to the fire chief, from a flat on the third floor"}}},
		{"according to in mid-sentence, then a new clause", []string{"The plant closed, according to the union, and the owners have left the country."},
			[]want{{speaker: "the union", content: "The plant closed"}}},
		{"a verb agreeing with a singular document", []string{"The regulator sued the firm. The complaint alleges that the firm hid fees."},
			[]want{{speaker: "The complaint", content: "the firm hid fees"}}},
		{"a noun form after a determiner is no verb", []string{"The claims that the firm hid fees were denied by its chief executive."},
			[]want{}},
		{"a firm named after a common noun of firms is it", []string{"Low-cost airline Pelican Air cut its forecast and said it would shed 300 jobs.", "Bookings had fallen sharply, it said."},
			[]want{{speaker: "Pelican Air", content: "it would shed 300 jobs", cue: newsbot.CueExpects},
				{speaker: "Pelican Air", content: "Bookings had fallen sharply"}}},
		{"a correction line is no speaker", []string{"An earlier version of this article said the bridge had closed."},
			[]want{}},
		{"records show", []string{"The mine lost money in each of the last three years, figures released by the ministry show."},
			[]want{{speaker: "the ministry", content: "The mine lost money in each of the last three years"}}},
		{"a person does not show", []string{"The minister showed the letter to reporters."},
			[]want{}},
		{"a call sign is an outlet", []string{"The mayor told KMGH the road would reopen on Friday."},
			[]want{{speaker: "The mayor", via: "KMGH", content: "the road would reopen on Friday", cue: newsbot.CueExpects}}},
		{"a name with of and and is one body", []string{"The Union of Bakers and Confectioners (UBC) and the Retail Guild said prices would rise."},
			[]want{{speaker: "The Union of Bakers and Confectioners", content: "prices would rise", cue: newsbot.CueExpects},
				{speaker: "the Retail Guild", content: "prices would rise", cue: newsbot.CueExpects}}},
		{"a verb of the manner of speaking", []string{"Singer Lou Park has fumed that the tour was cancelled without warning."},
			[]want{{speaker: "Lou Park", content: "the tour was cancelled without warning"}}},
		{"any verb of the class right after a quotation", []string{"\"These charges are punitive,\" lamented Ms Rose Ndege, a trader."},
			[]want{{speaker: "Rose Ndege", content: "These charges are punitive", kind: newsbot.ClaimDirect}}},
		{"a strict verb before a pronoun clause", []string{"The union has announced it will ballot its members."},
			[]want{{speaker: "The union", content: "it will ballot its members", cue: newsbot.CueExpects}}},
		{"a strict verb before a noun is no claim", []string{"The union has announced a ballot."},
			[]want{}},
		{"a newspaper's nameplate noun", []string{"A neighbour told the Star that the house had been empty for years."},
			[]want{{speaker: "A neighbour", via: "the Star", content: "the house had been empty for years"}}},
		{"a title with its domain", []string{"Minister for Housing Ruth Oduya said the homes would be ready in May.", "She said the cost had risen."},
			[]want{{speaker: "Ruth Oduya", content: "the homes would be ready in May", cue: newsbot.CueExpects},
				{speaker: "Ruth Oduya", content: "the cost had risen"}}},
		{"a bare plural placed by a name", []string{"Farmers in Kisumu have criticised the ban, saying it will ruin them."},
			[]want{{speaker: "Farmers in Kisumu", content: "it will ruin them", cue: newsbot.CueExpects}}},
		{"a reporting verb in the progressive", []string{"Local councils are warning that rates could rise by 15 percent."},
			[]want{{speaker: "Local councils", content: "rates could rise by 15 percent", cue: newsbot.CueExpects}}},
		{"calling for in the progressive", []string{"Parents are calling for a new crossing."},
			[]want{{speaker: "Parents", content: "a new crossing"}}},
		{"the progressive takes no claim before it", []string{"Fraud is rising, and today the regulator is testifying before the committee on its work."},
			[]want{}},
		{"a request to act", []string{"The complaint asks the court to freeze the firm's assets."},
			[]want{{speaker: "The complaint", content: "the court to freeze the firm's assets"}}},
		{"a request in a relative clause about its object", []string{"The dispute, which three towns have asked a judge to settle, will be heard in May."},
			[]want{}},
		{"a strict verb before a noun phrase and a finite verb", []string{"Iran claims its programme is peaceful."},
			[]want{{speaker: "Iran", content: "its programme is peaceful"}}},
		{"a body's claim in a relative clause", []string{"The work will be paid for by the Department of Transport, which estimates that it will take two years."},
			[]want{{speaker: "the Department of Transport", content: "it will take two years", cue: newsbot.CueExpects}}},
		{"a modifier before the source noun of according to", []string{"Prices rose 2%, according to flash estimates released by the Statistics Office."},
			[]want{{speaker: "the Statistics Office", content: "Prices rose 2%"}}},
		{"one name of a modifier and a body", []string{"The Housing and Development Board said prices rose."},
			[]want{{speaker: "The Housing and Development Board", content: "prices rose"}}},
		{"a phrasal reporting verb", []string{"Campaigners point out that the river flooded twice in five years."},
			[]want{{speaker: "Campaigners", content: "the river flooded twice in five years"}}},
		{"a phrasal verb after an auxiliary", []string{"Chancellor Ute Kamp has pointed out that exports are falling."},
			[]want{{speaker: "Ute Kamp", content: "exports are falling"}}},
		{"point out without a clause is no claim", []string{"The guide pointed out the castle."},
			[]want{}},
		{"a statement with its time before saying", []string{"The association issued a statement on Wednesday saying the bill falls short."},
			[]want{{speaker: "The association", content: "the bill falls short", when: "on Wednesday"}}},
		{"a quotation inside a relative clause before the verb", []string{"Analysts at Bay Capital, who rate the stock \"sell\", said the cut was overdue."},
			[]want{{speaker: "Analysts at Bay Capital", content: "the cut was overdue"}}},
		{"the document of a body named as its owner", []string{"The Commission's report says prices rose.", "According to the report, wages fell."},
			[]want{{speaker: "The Commission's report", content: "prices rose"},
				{speaker: "The Commission's report", content: "wages fell"}}},
		{"the subject of a participle after with", []string{"Both miners raised their targets, with chief executive Karl Lind telling investors that demand had recovered."},
			[]want{{speaker: "Karl Lind", content: "demand had recovered"}}},
		{"warning of", []string{"Prices fell, with forecaster Ann Webb warning of more storms."},
			[]want{{speaker: "Ann Webb", content: "more storms", cue: newsbot.CueExpects}}},
		{"with and a noun phrase is no speaker without a participle", []string{"The council met, with residents in the gallery."},
			[]want{}},
		{"an agency's dateline without a dash", []string{"Mumbai, Feb 12 (PTI) Opposition members staged a walkout, alleging that the vote was rigged."},
			[]want{{speaker: "Opposition members", content: "the vote was rigged"}}},
		{"a court document as the manner", []string{"Judge Ruth Sala wrote in a 30-page order that the law was vague."},
			[]want{{speaker: "Ruth Sala", content: "the law was vague"}}},
	})
}

// TestUnitWithNestedQuotation checks that a quotation holding a quotation
// of its own (‘...’) is still one direct unit with the sentence after it.
func TestUnitWithNestedQuotation(t *testing.T) {
	text, sents := body(newsbot.KindBody,
		"“The word ‘temporary’ has lost its meaning,” said Councillor Ada Marsh. “These huts have stood for ten years.”")
	units := attribution.Units(attribution.Attribute(text, sents))
	if len(units) != 1 {
		t.Fatalf("got %d units, want 1: %+v", len(units), units)
	}
	u := units[0]
	if u.Speaker != "Ada Marsh" || u.Kind != newsbot.ClaimDirect || u.Content != "The word ‘temporary’ has lost its meaning These huts have stood for ten years." {
		t.Errorf("unit = %q %s %q", u.Speaker, u.Kind, u.Content)
	}
}

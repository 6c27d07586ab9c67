package attribution_test

import (
	"testing"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/retrieval/attribution"
)

// TestAttributeUnseenStyles covers the rules of branch i12c (issue 12, from
// the dev-q set of real public-domain news), each on text of its own.
func TestAttributeUnseenStyles(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"the general finds the person of an abbreviated title", []string{"The report quoted remarks by Navy Chief Adm. Corbett.", "The admiral said the fleet was ready."},
			[]want{{speaker: "Corbett", content: "the fleet was ready"}}},
		{"a title word alone is no person", []string{"The Prime Minister said taxes would rise."},
			[]want{{speaker: "The Prime Minister", content: "taxes would rise", cue: newsbot.CueExpects}}},
		{"a body's name goes on over 'on'", []string{"The Joint Committee on Water Safety said the pipes were old.", "The committee said repairs would cost millions."},
			[]want{{speaker: "The Joint Committee on Water Safety", content: "the pipes were old"},
				{speaker: "The Joint Committee on Water Safety", content: "repairs would cost millions", cue: newsbot.CueExpects}}},
		{"a name and a day stay apart", []string{"Mayor Rita Voss on Monday said the bridge was safe."},
			[]want{{speaker: "Rita Voss", content: "the bridge was safe", when: "on Monday"}}},
		{"an acronym after 'or'", []string{"The National Council of Nurses or NCN met in May.", "NCN said staffing was too low."},
			[]want{{speaker: "The National Council of Nurses", content: "staffing was too low"}}},
		{"a recommendation with a noun-phrase object", []string{"The panel recommends routine screening for adults over 50."},
			[]want{{speaker: "The panel", content: "routine screening for adults over 50"}}},
		{"advising a listener is no claim", []string{"The bank advised clients on the sale of the unit."},
			[]want{}},
		{"a draft that proposes a figure is no claim", []string{"A draft text proposed $50 billion a year."},
			[]want{}},
		{"a pronoun after a possessive name in the same sentence", []string{"Talks began after Governor Ada Kirui’s visit to the port, where she promised that the fees would fall."},
			[]want{{speaker: "Ada Kirui", content: "the fees would fall", cue: newsbot.CueExpects}}},
		{"a relative clause before the verb is not a clause claimed", []string{"Senator Joe Ruiz, who chairs the budget committee and has opposed the plan, said the vote would fail."},
			[]want{{speaker: "Joe Ruiz", content: "the vote would fail", cue: newsbot.CueExpects}}},
		{"a fronted interview before the subject", []string{"In an interview with the station, activist Mara Lind, who leads the tenants' group, said rents were too high."},
			[]want{{speaker: "Mara Lind", content: "rents were too high"}}},
		{"cast doubt on", []string{"The auditor cast doubt on the figures in the annual report."},
			[]want{{speaker: "The auditor", content: "the figures in the annual report", cue: newsbot.CueDenies}}},
		{"raised concerns about", []string{"Parents raised serious concerns about the new timetable on Monday."},
			[]want{{speaker: "Parents", content: "the new timetable", when: "on Monday"}}},
		{"there is doubt is no claim", []string{"There is doubt about the result."},
			[]want{}},
		{"calling it with a verdict after a claim", []string{"The mayor said the plan failed, calling it more costly than useful."},
			[]want{{speaker: "The mayor", content: "the plan failed"},
				{speaker: "The mayor", content: "it more costly than useful"}}},
		{"calling it off is no verdict", []string{"The organisers met on Friday, calling it off."},
			[]want{}},
		{"an act whose object is its claim", []string{"The Senate criticized the official process."},
			[]want{{speaker: "The Senate", content: "the official process"}}},
		{"an announced noun phrase", []string{"Governor Ada Kirui today announced $5 million in grants for rural clinics."},
			[]want{{speaker: "Ada Kirui", content: "$5 million in grants for rural clinics", when: "today"}}},
		{"an announcement's time is no object", []string{"The club announced on Friday that the coach had left."},
			[]want{{speaker: "The club", content: "the coach had left", when: "on Friday"}}},
		{"an act framed by saying", []string{"Farmers have condemned the new tax, saying it will ruin them."},
			[]want{{speaker: "Farmers", content: "it will ruin them", cue: newsbot.CueExpects}}},
		{"a surname alone takes the full name given later", []string{"Attorney General Ruiz today announced new funding for prisons.", "\"We will act,\" said Attorney General Dana Ruiz."},
			[]want{{speaker: "Dana Ruiz", content: "new funding for prisons", when: "today"},
				{speaker: "Dana Ruiz", content: "We will act", kind: newsbot.ClaimDirect}}},
		{"a pronoun after 'and' is the subject of the first clause", []string{"The ministry cut aid.", "The High Court heard the appeal, and it criticized the police inquiry."},
			[]want{{speaker: "The High Court", content: "the police inquiry"}}},
		{"a description with a possessive after its head", []string{"A committee appointed by the city's mayor concluded that the dam was unsafe.", "The committee said repairs must start at once."},
			[]want{{speaker: "A committee appointed by the city's mayor", content: "the dam was unsafe"},
				{speaker: "A committee appointed by the city's mayor", content: "repairs must start at once"}}},
		{"a parenthetical after a plural subject and a present verb", []string{"Senator Ana Holt of Ohio spoke first.", "Farmers, the senator noted, want rain more than money."},
			[]want{{speaker: "Ana Holt", content: "Farmers, the senator noted, want rain more than money"}}},
		{"a firm named with an acronym is 'it'", []string{"The operator, GTS Ukraine, said repairs would take days.", "Gas would flow through Romania, it said."},
			[]want{{speaker: "GTS Ukraine", content: "repairs would take days", cue: newsbot.CueExpects},
				{speaker: "GTS Ukraine", content: "Gas would flow through Romania", cue: newsbot.CueExpects}}},
		{"a noun cue before a finite verb", []string{"Their interim report was published on Friday."},
			[]want{}},
		{"a counted noun is no cue", []string{"Customers filed over 2,000 fraud reports last year."},
			[]want{}},
		{"a restrictive relative clause in the subject", []string{"An inquiry team that visited the site concluded that the fire was an accident."},
			[]want{{speaker: "An inquiry team that visited the site", content: "the fire was an accident"}}},
		{"military ranks before a name", []string{"\"We are ready,\" said Sgt. 1st Class Ana Ruiz, a platoon sergeant.", "\"It was cold,\" said Spc. Tom Reyes an Army cook with the 41st Battalion.", "\"We train hard,\" said Maj. Gen. John Hale III, the commander."},
			[]want{{speaker: "Ana Ruiz", content: "We are ready", kind: newsbot.ClaimDirect},
				{speaker: "Tom Reyes", content: "It was cold", kind: newsbot.ClaimDirect},
				{speaker: "John Hale III", content: "We train hard", kind: newsbot.ClaimDirect}}},
		{"quoting words is no relay", []string{"Col. Ann Vance spoke last.", "\"Go on and be bold,\" she said, quoting the unit motto 'be bold' in her speech."},
			[]want{{speaker: "Ann Vance", content: "Go on and be bold", kind: newsbot.ClaimDirect}}},
		{"a person described is 'he' later", []string{"The team leader stopped the patrol on the bridge.", "Nobody moved.", "\"Stay seated,\" he shouted."},
			[]want{{speaker: "The team leader", content: "Stay seated", kind: newsbot.ClaimDirect}}},
		{"an announced noun phrase after a possessive", []string{"Kenyan Olympian Ruth Wanjiru announced her retirement on Friday.", "In a video she says she will coach."},
			[]want{{speaker: "Ruth Wanjiru", content: "her retirement", when: "on Friday"},
				{speaker: "Ruth Wanjiru", content: "she will coach", cue: newsbot.CueExpects}}},
		{"criticizing a person is no object claim", []string{"The coach criticized her for the loss."},
			[]want{}},
		{"an acronym and a name are two bodies, after 'both'", []string{"BHP and Rio Tinto have both flagged weaker exports this year."},
			[]want{{speaker: "BHP", content: "weaker exports", when: "this year"},
				{speaker: "Rio Tinto", content: "weaker exports", when: "this year"}}},
	})
}

// TestAttributeTranscriptAnswer checks an interview printed as a
// transcript: the answer after a named person's label is one claim over its
// paragraph; the interviewer's question and a label that names no person
// give none.
func TestAttributeTranscriptAnswer(t *testing.T) {
	text, sents := body(newsbot.KindBody,
		"In an interview, economist Lina Perez said prices would fall.",
		"Radio Nord: Why do you think so?",
		"Lina Perez: Demand is weak. Stocks are high.",
		"Harbour Master: Ships wait for days.")
	claims := attribution.Units(attribution.Attribute(text, sents))
	if len(claims) != 2 {
		t.Fatalf("got %d claims, want 2: %+v", len(claims), claims)
	}
	if c := claims[1]; c.Speaker != "Lina Perez" || c.Content != "Demand is weak. Stocks are high." {
		t.Errorf("answer = %q: %q, want Lina Perez: the paragraph", c.Speaker, c.Content)
	}
}

// TestAttributeBareLineIsHeading checks that a body paragraph of one
// sentence without a full stop (a heading in sentence case) gets no claim,
// while the same words ended by a full stop do.
func TestAttributeBareLineIsHeading(t *testing.T) {
	for _, c := range []struct {
		text string
		n    int
	}{
		{"Foreign minister tells inquiry the deal was legal", 0},
		{"Foreign minister tells inquiry the deal was legal.", 1},
	} {
		text, sents := body(newsbot.KindBody, c.text, "The inquiry resumes on Monday.")
		if got := len(attribution.Attribute(text, sents)); got != c.n {
			t.Errorf("%q: %d claims, want %d", c.text, got, c.n)
		}
	}
}

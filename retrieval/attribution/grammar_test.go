package attribution_test

import (
	"strings"
	"testing"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/retrieval/attribution"
)

// TestAttributeIssue12Grammar covers the cue grammar added for issue 12,
// each rule on text of its own (none of it from a gold or held-out set).
func TestAttributeIssue12Grammar(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"doubled quotation marks", []string{"''The bridge will open in May,'' the engineer said."},
			[]want{{speaker: "the engineer", content: "The bridge will open in May", kind: newsbot.ClaimDirect}}},
		{"quoted question", []string{"''Where is the money?'' the auditor asked."},
			[]want{{speaker: "the auditor", content: "Where is the money?", kind: newsbot.ClaimDirect}}},
		{"verb, comma, quotation", []string{"The coach added, \"Nobody is safe in this squad.\""},
			[]want{{speaker: "The coach", content: "Nobody is safe in this squad", kind: newsbot.ClaimDirect}}},
		{"said, in an email, that", []string{"The mayor said, in an email, that the pool would reopen."},
			[]want{{speaker: "The mayor", content: "the pool would reopen"}}},
		{"adverb before the verb", []string{"The landlord has publicly denied that the flats were damp."},
			[]want{{speaker: "The landlord", content: "the flats were damp", cue: newsbot.CueDenies}}},
		{"adverb before a colon", []string{"The referee replied calmly: \"I saw the handball.\""},
			[]want{{speaker: "The referee", content: "I saw the handball", kind: newsbot.ClaimDirect}}},
		{"issued a statement saying", []string{"The ferry operator issued a statement saying sailings would resume on Friday."},
			[]want{{speaker: "The ferry operator", content: "sailings would resume on Friday", cue: newsbot.CueExpects}}},
		{"relative clause speaker", []string{"Farmers, who say the drought has halved their yields, marched on the capital."},
			[]want{{speaker: "Farmers", content: "the drought has halved their yields"}}},
		{"parenthetical after one word", []string{"Prices, the regulator warned, would keep rising."},
			[]want{{speaker: "the regulator", content: "Prices, the regulator warned, would keep rising"}}},
		{"directive", []string{"The union said the offer was too low and urged members to reject it."},
			[]want{{speaker: "The union", content: "the offer was too low"}, {speaker: "The union", content: "members to reject it"}}},
		{"counted speaker after a month", []string{"Rents have doubled since March, three agents said."},
			[]want{{speaker: "three agents", content: "Rents have doubled since March"}}},
		{"denied noun phrase before another act", []string{"The firm denied any wrongdoing, and in May paid a fine."},
			[]want{{speaker: "The firm", content: "any wrongdoing", cue: newsbot.CueDenies}}},
		{"according to a participle source", []string{"The mine leaked cyanide, according to a report released Tuesday."},
			[]want{{speaker: "a report", content: "The mine leaked cyanide"}}},
		{"two-level relay chain", []string{"Xinhua quoted an official as saying the dam was safe, the Mekong Post reported."},
			[]want{{speaker: "an official", via: "Xinhua", content: "the dam was safe"}}},
		{"fronted As X reported", []string{"As the Gazette reported, the council has warned that libraries may close."},
			[]want{{speaker: "the council", via: "the Gazette", content: "libraries may close", cue: newsbot.CueExpects}}},
		{"told the dateline's agency", []string{"OSLO, June 2 (Nordwire) - The minister told Nordwire that talks would continue."},
			[]want{{speaker: "The minister", via: "Nordwire", content: "talks would continue"}}},
		{"according to a document seen by an outlet", []string{"The army lost 40 tanks, according to a document seen by the Ledger."},
			[]want{{speaker: "a document", via: "the Ledger", content: "The army lost 40 tanks"}}},
		{"responded after the quotation", []string{"\"That is simply false,\" responded the senator's aide."},
			[]want{{speaker: "the senator's aide", content: "That is simply false", kind: newsbot.ClaimDirect}}},
		{"called on X to", []string{"The bishop called on the city to open more shelters."},
			[]want{{speaker: "The bishop", content: "the city to open more shelters"}}},
		{"telling reporters that", []string{"The coach praised the fans, telling reporters that the win was theirs."},
			[]want{{speaker: "The coach", content: "the win was theirs"}}},
		{"adding after a comma inside the quotation", []string{"The driver said the brakes were \"completely gone,\" adding: \"I was lucky.\""},
			[]want{{speaker: "The driver", content: "the brakes were \"completely gone,\""}, {speaker: "The driver", content: "I was lucky", kind: newsbot.ClaimDirect}}},
		{"the sample of a survey", []string{"The poll of 800 nurses found that most planned to leave."},
			[]want{{speaker: "The poll of 800 nurses", content: "most planned to leave"}}},
		{"press-release dateline", []string{"DENVER, May 3, 2026 /PRNewswire/ -- Alpine Rail today announced that it will buy 40 trains."},
			[]want{{speaker: "Alpine Rail", content: "it will buy 40 trains", when: "today", cue: newsbot.CueExpects}}},
		{"fronted Asked", []string{"Asked about the delay, the mayor said the contractor was to blame."},
			[]want{{speaker: "the mayor", content: "the contractor was to blame"}}},
		{"honorific and surname", []string{"Transport secretary Helen Ware visited the depot.", "Ms Ware said the trains would be faster."},
			[]want{{speaker: "Helen Ware", content: "the trains would be faster", cue: newsbot.CueExpects}}},
		{"a body that owns its", []string{"Norvik Steel cut its output.", "Demand had collapsed, it said."},
			[]want{{speaker: "Norvik Steel", content: "Demand had collapsed"}}},
	})
}

// TestAttributeRelayChain checks the whole chain, speaker outward.
func TestAttributeRelayChain(t *testing.T) {
	text, sents := body(newsbot.KindBody, "Xinhua quoted an official as saying the dam was safe, the Mekong Post reported.")
	got := attribution.Attribute(text, sents)
	if len(got) != 1 || strings.Join(got[0].Relays, "|") != "Xinhua|the Mekong Post" || got[0].Via != "Xinhua" {
		t.Fatalf("claims %+v, want one by the official relayed by Xinhua, then the Mekong Post", got)
	}
}

// TestPrecisionGuards checks sentences that look like attribution and are
// not: headings, bylines, correction notices, homographs.
func TestPrecisionGuards(t *testing.T) {
	for _, s := range []string{
		"Ministers Deny Budget Leak",
		"Growers Say Frost Ruined Harvest",
		"Tom Reed reports on energy for the Ledger.",
		"An earlier version of this article misstated the date of the vote.",
		"The scheme is being tried in five states.",
		"The result was hotly contested by both campaigns.",
		"The bank cut its growth forecast.",
		"The retailer raised its full-year forecast and its dividend.",
		"The charity runs clinics across 12 states.",
	} {
		text, sents := body(newsbot.KindBody, s)
		if got := attribution.Attribute(text, sents); len(got) > 0 {
			t.Errorf("%q: got claims %+v, want none", s, got)
		}
	}
}

// TestUnits checks that the pieces of a quotation unit become one claim:
// a quotation over two sentences, one split by its cue, and one whose
// speaker is named at its end; a new cue starts a new unit.
func TestUnits(t *testing.T) {
	text, sents := body(newsbot.KindBody,
		"\"The roof is safe,\" the inspector said. \"We checked every beam.\"",
		"\"Nobody warned us,\" a tenant said, \"not once.\"",
		"\"We waited a year. Then we gave up,\" the chairman said.",
		"\"It is over,\" the inspector said.")
	units := attribution.Units(attribution.Attribute(text, sents))
	want := []struct{ speaker, content string }{
		{"the inspector", "The roof is safe We checked every beam."},
		{"a tenant", "Nobody warned us not once."},
		{"the chairman", "We waited a year. Then we gave up"},
		{"the inspector", "It is over"},
	}
	if len(units) != len(want) {
		t.Fatalf("got %d units, want %d: %+v", len(units), len(want), units)
	}
	for i, w := range want {
		u := units[i]
		if attribution.NormalizeSpeaker(u.Speaker) != attribution.NormalizeSpeaker(w.speaker) || attribution.Overlap(u.Content, w.content) < 1 {
			t.Errorf("unit %d: %q: %q, want %q: %q", i, u.Speaker, u.Content, w.speaker, w.content)
		}
		if !strings.Contains(text, u.Sentence) {
			t.Errorf("unit %d: sentence %q is not verbatim", i, u.Sentence)
		}
	}
	if units[0].SentenceSeq != 0 || units[0].LastSeq != 1 {
		t.Errorf("the first unit covers sentences %d..%d, want 0..1", units[0].SentenceSeq, units[0].LastSeq)
	}
}

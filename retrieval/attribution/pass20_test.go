package attribution_test

import (
	"testing"

	"github.com/newsbot/newsbot"
)

// Tests of the eighteenth pass (issue 12, branch i12t): made-up sentences
// for the shapes the fresh dev set dev-zh and the brief's open cases miss,
// each positive case wrong on main a65d945 unless its name says "held on
// main", and near misses the steps must leave alone.

// TestAttributeWordsAndPutIt covers "In the words of X, ..." (a source
// before its claim, as "In the opinion of X") and "As X put it, ..." with
// an unquoted clause after the comma.
func TestAttributeWordsAndPutIt(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"in the words of a description", []string{
			"In the words of the director, the program has saved the town."},
			[]want{{speaker: "the director", content: "the program has saved the town"}}},
		{"in the words of a surname resolves to the full name", []string{
			"Maria Lopez runs the clinic.",
			"In the words of Lopez, the program has saved the town."},
			[]want{{speaker: "Maria Lopez", content: "the program has saved the town"}}},
		{"as X put it, a clause", []string{
			"As the minister put it, the budget has no room for new spending."},
			[]want{{speaker: "the minister", content: "the budget has no room for new spending"}}},
		{"as X put it with an adverb after it", []string{
			"Maria Lopez runs the clinic.",
			"As Lopez put it simply, the program works well."},
			[]want{{speaker: "Maria Lopez", content: "the program works well"}}},
		{"as X put it before a quotation (held on main)", []string{
			"As the minister put it, “the town is saved.”"},
			[]want{{speaker: "the minister", content: "the town is saved", kind: newsbot.ClaimDirect}}},
		{"a particle after put it is no speech", []string{
			"As the crew put it out, the fire stopped."},
			nil},
		{"in other words is no source", []string{
			"The speech was short.",
			"In other words, the plan has failed."},
			nil},
	})
}

// TestAttributeHeadingNoSubject covers a heading of two words before a
// colon ("Key points:"): its first word names no body that "the agency"
// can resolve to (headingLine).
func TestAttributeHeadingNoSubject(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"the agency after a heading alone stays a description", []string{
			"Key points:",
			"The agency said prices would rise."},
			[]want{{speaker: "The agency", content: "prices would rise"}}},
		{"the agency after a heading resolves to the body before it", []string{
			"The Federal Trade Commission released its report.",
			"Key points:",
			"The agency said prices would rise."},
			[]want{{speaker: "The Federal Trade Commission", content: "prices would rise"}}},
		{"a cue before a colon keeps its speaker (held on main)", []string{
			"NATO says:",
			"The alliance will meet."},
			[]want{{speaker: "NATO", content: "The alliance will meet.", kind: newsbot.ClaimDirect}}},
	})
}

// TestAttributeAgentAfterBy covers a description whose head comes in an
// earlier, longer mention only after "by" ("a study by researchers at
// ..."): "the researchers" made the study and are not it (agentAfterBy).
func TestAttributeAgentAfterBy(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"the researchers are not the study they made", []string{
			"Coffee may protect the liver, suggests a study by researchers at Lund University.",
			"Overall, the researchers found no significant difference between the two groups."},
			[]want{
				{speaker: "a study by researchers at Lund University", content: "Coffee may protect the liver"},
				// the researchers named after "by", not the study
				{speaker: "researchers at Lund University", content: "no significant difference between the two groups"}}},
		{"a fuller mention with the head before by still resolves (held on main)", []string{
			"The national data protection authority said the fine stood.",
			"The authority said the company had ignored the rules."},
			[]want{
				{speaker: "The national data protection authority", content: "the fine stood"},
				{speaker: "The national data protection authority", content: "the company had ignored the rules"}}},
	})
}

// TestAttributeAgreeingPresent covers a clause whose verb is a present
// tense in -s no word list knows, after a determiner and one singular noun
// (agreeingPresent): "told me the program works".
func TestAttributeAgreeingPresent(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"told me, a clause ending the sentence", []string{
			"Maria Lopez runs the clinic.",
			"She told me the program works."},
			[]want{{speaker: "Maria Lopez", content: "the program works"}}},
		{"told reporters, an adverb after the verb", []string{
			"Tom Reyes told reporters the scheme succeeds mostly in cities."},
			[]want{{speaker: "Tom Reyes", content: "the scheme succeeds mostly in cities"}}},
		{"a plural head of a compound before a preposition stays a listener's object", []string{
			"Tom Reyes told me the program costs of the city."},
			nil},
		{"a noun phrase alone names no claim (held on main)", []string{
			"Tom Reyes told me the news."},
			nil},
	})
}

// TestAttributeCreditedPullQuote covers a quotation paragraph with no
// speaker followed by a credit line of a dash and a name (creditedQuote).
func TestAttributeCreditedPullQuote(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a dash, a title, a name and a bracket", []string{
			"“This investment will improve the town.”",
			"- Congressman Garret Graves (R-LA 6th District)"},
			[]want{{speaker: "Garret Graves", content: "This investment will improve the town.", kind: newsbot.ClaimDirect}}},
		{"an em dash and a name alone", []string{
			"“The bridge will reopen in May.”",
			"— Maria Lopez"},
			[]want{{speaker: "Maria Lopez", content: "The bridge will reopen in May.", kind: newsbot.ClaimDirect}}},
		{"a photo credit names no speaker", []string{
			"“The bridge will reopen in May.”",
			"- Photo by Maria Lopez"},
			nil},
		{"a dash line after narration stays no claim", []string{
			"The bridge will reopen in May.",
			"— Maria Lopez"},
			nil},
	})
}

package attribution_test

import (
	"testing"

	"github.com/newsbot/newsbot"
)

// Tests of the sixteenth pass (issue 12, branch i12r): made-up sentences
// for the misses and false claims of the fresh dev set dev-zf read by
// shape, each positive case wrong on main b030939, and near misses the
// steps must leave alone.

// TestAttributeNumberedUnitTitle covers a capitalised title whose unit
// carries a number before the name (numberedUnitTitle): the name is the
// speaker, the title its role.
func TestAttributeNumberedUnitTitle(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a region's director after the quotation", []string{
			"“The settlement protects workers,” said Region 9 Regional Director Carla Benton."},
			[]want{{speaker: "Carla Benton", content: "The settlement protects workers", kind: newsbot.ClaimDirect}}},
		{"a district's council member before the verb", []string{
			"District 4 Council Member Omar Haddad said the bridge would close in May."},
			[]want{{speaker: "Omar Haddad", content: "the bridge would close in May", cue: newsbot.CueExpects}}},
		{"a union local's president", []string{
			"“We will not accept this offer,” said Local 212 President Dana Kirk."},
			[]want{{speaker: "Dana Kirk", content: "We will not accept this offer", kind: newsbot.ClaimDirect}}},
	})
}

// TestAttributeEditionOfPublication covers "according to" an edition or
// issue of a publication (publicationOfEdition): the publication is the
// speaker.
func TestAttributeEditionOfPublication(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a month's edition", []string{
			"Rents rose faster in small towns than in cities, according to the March edition of Harbor Review magazine."},
			[]want{{speaker: "Harbor Review magazine", content: "Rents rose faster in small towns than in cities"}}},
		{"the latest issue, fronted", []string{
			"According to the latest issue of The Coastal Ledger, the ferry will stop running in winter."},
			[]want{{speaker: "The Coastal Ledger", content: "the ferry will stop running in winter", cue: newsbot.CueExpects}}},
		{"a report stays the source", []string{
			"Rents rose faster in small towns, according to a report by the housing agency."},
			[]want{{speaker: "the housing agency"}}},
	})
}

// TestAttributeAttributiveParticiple covers a cue's -ed form used as an
// adjective right after a gerund (attributiveParticiple): no claim; the
// verb reading stays before "that".
func TestAttributeAttributiveParticiple(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"alleged before a noun after a gerund", []string{
			"The remedies include reinstating alleged discriminatees or agreeing to bargain."},
			nil},
		{"reported before a noun after a gerund", []string{
			"Crews spent the night investigating reported sightings of the bear."},
			nil},
		{"a verb before that stays a cue", []string{
			"The workers still striking alleged that managers had destroyed the ballots."},
			[]want{{speaker: "The workers still striking", content: "managers had destroyed the ballots"}}},
	})
}

// TestAttributeCreditedCause covers a cause credited by its subject with
// the object first ("attributed ... to ...", passiveAttributed keeps the
// passive out); "highlighted" and "clarified" before "that", read by the
// verb classes already, are kept with their noun-object near miss.
func TestAttributeCreditedCause(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"attributed, object first", []string{
			"The airline attributed the delays to a shortage of ground staff."},
			[]want{{speaker: "The airline", content: "the delays to a shortage of ground staff"}}},
		{"a quote attributed to someone is a passive", []string{
			"A statement attributed to the group appeared online on Tuesday."},
			nil},
		{"can be attributed to is a passive", []string{
			"The growth can be mostly attributed to strong sales abroad."},
			nil},
		{"highlighted that", []string{
			"The review highlighted that half of the bridges need repair."},
			[]want{{speaker: "The review", content: "half of the bridges need repair"}}},
		{"highlighted with a noun object is no claim", []string{
			"The mayor highlighted the new library in her speech."},
			nil},
		{"clarified that", []string{
			"The agency clarified that the rule applies only to new hires."},
			[]want{{speaker: "The agency", content: "the rule applies only to new hires"}}},
	})
}

// TestAttributeFrontedPrepositionalPhrase covers a fronted prepositional
// phrase before the subject of a cue whose verb does not close its clause
// (frontedPrepositionalPhrase): the phrase is no claim.
func TestAttributeFrontedPrepositionalPhrase(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"among ..., X has agreed to", []string{
			"Among the remedies obtained in the settlement, the company has agreed to take the following steps:"},
			nil},
		{"a claimed clause closed by its cue stays", []string{
			"In the end the council backed the plan, the mayor said."},
			[]want{{speaker: "the mayor", content: "In the end the council backed the plan"}}},
	})
}

// TestAttributeThatCommaQuotation covers "that" with a comma before the
// quotation it opens: the quotation is the claim, not a phrase fronted
// before the subject.
func TestAttributeThatCommaQuotation(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"opined that, “...”", []string{
			"On housing, Marsh argued that, “we should build on the old rail yards.”"},
			[]want{{speaker: "Marsh", content: "we should build on the old rail yards"}}},
	})
}

// TestAttributeExchangeLabel covers the label of a question-and-answer
// layout before a claim closed by its cue (afterExchangeLabel): the label
// is no part of the content.
func TestAttributeExchangeLabel(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"A: before the answer", []string{
			"Q: Will the plant close?",
			"A: No, the plant will stay open, said Lyash."},
			[]want{{speaker: "Lyash", content: "No, the plant will stay open"}}},
		{"a capitalised word before a colon that is no label stays", []string{
			"Warning: the dam is full, the engineer said."},
			[]want{{speaker: "the engineer", content: "Warning: the dam is full"}}},
	})
}

// TestAttributeReducedRelative covers a cue's -ed form inside its
// subject's noun phrase (reducedRelative): a finite auxiliary with no
// subject of its own after it, or a time and a relative clause, is no
// claim; the active verb with a time before "that" stays.
func TestAttributeReducedRelative(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a finite auxiliary after the participle", []string{
			"The cuts announced on Friday will hit rural schools hardest."},
			nil},
		{"a time, a comma and a relative clause", []string{
			"The settlement was reached under a new initiative from the General Counsel announced last October, under which regions seek to settle cases."},
			nil},
		{"a relative clause with which alone", []string{
			"The plan announced Tuesday, which would cut 500 jobs, drew criticism from unions."},
			nil},
		{"the active verb with a time before that stays", []string{
			"The company announced on Friday that it would cut 500 jobs."},
			[]want{{speaker: "The company", content: "it would cut 500 jobs"}}},
		{"said before a clause stays", []string{
			"Officials said on Monday the road would reopen in May."},
			[]want{{speaker: "Officials", content: "the road would reopen in May"}}},
	})
}

package attribution_test

import (
	"testing"

	"github.com/newsbot/newsbot"
)

// Tests of the fifteenth pass (issue 12, branch i12q): made-up sentences
// for the misses of the fresh dev set dev-ze read by mechanism, each
// positive case missed on main a33d3ce, and near misses the steps must
// leave alone.

// TestAttributePredictionInfinitive covers a verb of predicting with an
// object and an infinitive (predictionInfinitive), after its subject or
// as a second act after "and", and the demonstrative subject of a
// believed clause (demonstrativeClause).
func TestAttributePredictionInfinitive(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"object and infinitive", []string{
			"The bank expects inflation to fall below 3 percent by June."},
			[]want{{speaker: "The bank", content: "inflation to fall below 3 percent by June", cue: newsbot.CueExpects}}},
		{"a second act after a first act that is no speech", []string{
			"The minister toured the plant and expects production to resume next week."},
			[]want{{speaker: "The minister", content: "production to resume next week", cue: newsbot.CueExpects}}},
		{"a plural subject, base form", []string{
			"Analysts expect the central bank to raise rates in March."},
			[]want{{speaker: "Analysts", content: "the central bank to raise rates in March", cue: newsbot.CueExpects}}},
		{"a demonstrative subject of the believed clause", []string{
			"The council believes this plan will cut traffic by a third."},
			[]want{{speaker: "The council", content: "this plan will cut traffic by a third"}}},
		{"this alone as the subject", []string{
			"He thinks this is the best option for the town."},
			[]want{{speaker: "He", content: "this is the best option for the town"}}},
		{"a passive prediction is no claim", []string{
			"She is expected to announce her decision on Friday."},
			nil},
		{"a bare infinitive is no claim", []string{
			"The company expects to close the deal by March."},
			nil},
		{"a prediction inside a said claim stays the said claim's", []string{
			"The company said it expects the deal to add to earnings in 2027."},
			[]want{{speaker: "The company", content: "it expects the deal to add to earnings in 2027"}}},
		{"an object with a verb of its own before to is no prediction", []string{
			"The board expects staff who resigned to return the laptops."},
			nil},
	})
}

// TestAttributeDocumentAddressee covers a document put out with a phrase
// naming its addressee or its basis before the participle that says what it
// says (documentAddressee), and request participles after a document
// (requestReported).
func TestAttributeDocumentAddressee(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a letter to someone, asking that", []string{
			"The families sent a letter to the governor asking that the plant be closed."},
			[]want{{speaker: "The families", content: "the plant be closed"}}},
		{"a petition with the court, arguing that", []string{
			"The city filed a petition with the court arguing that the law was unconstitutional."},
			[]want{{speaker: "The city", content: "the law was unconstitutional"}}},
		{"an application under a law, requesting that", []string{
			"The group filed an application under the new law requesting that the permit be revoked."},
			[]want{{speaker: "The group", content: "the permit be revoked"}}},
		{"a signed petition demanding that", []string{
			"Residents signed a petition demanding that the road be reopened."},
			[]want{{speaker: "Residents", content: "the road be reopened"}}},
		{"a letter asking for help reports no request", []string{
			"The charity sent a letter asking for help with the appeal."},
			nil},
		{"a filing with no participle is no claim", []string{
			"The company filed a motion with the court on Friday."},
			nil},
	})
}

// TestAttributePassiveBy covers a verb of stating in the passive with its
// agent after "by" (passiveBy): set off as a parenthetical, after "was",
// with "It was ... that", with "as" and a finding; near misses with no
// agent or a participle that is no verb of stating stay no claims.
func TestAttributePassiveBy(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a parenthetical with a time before the agent", []string{
			"The new rules, announced on Monday by the transport secretary, will take effect in June."},
			[]want{{speaker: "the transport secretary", content: "The new rules", when: "on Monday"}}},
		{"after was, a time after the agent", []string{
			"The cuts were confirmed by the ministry on Friday."},
			[]want{{speaker: "the ministry", content: "The cuts", when: "on Friday", cue: newsbot.CueConfirms}}},
		{"it was ... that", []string{
			"It was announced by the ministry that the border would reopen."},
			[]want{{speaker: "the ministry", content: "the border would reopen", cue: newsbot.CueExpects}}},
		{"an ampersand in the agent, a finding after as", []string{
			"The seized plants were confirmed by Fish & Game officials as protected species."},
			[]want{{speaker: "Fish & Game officials", content: "protected species", cue: newsbot.CueConfirms}}},
		{"no agent is no claim", []string{
			"The project, first announced in 2009, sought to address a reliability issue."},
			nil},
		{"a passive that is no act of stating", []string{
			"The road, built by the council in 1990, will close for repairs."},
			nil},
		{"an agent followed by more of the clause is no agent", []string{
			"The plan was announced by officials visiting the town and cost $4 million."},
			nil},
	})
}

// TestAttributeActsNotClaims covers a precision guard of the pass: a verb
// of predicting used as a passive participle before "to"
// (passivePrediction); a denied claim and an active prediction stay.
func TestAttributeActsNotClaims(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a passive participle of forecast after with", []string{
			"Reserves are strong, with both business lines forecast to be above the upper threshold."},
			nil},
		{"a denied criticism stays a claim", []string{
			"The ministry rejected the criticism on Monday."},
			[]want{{speaker: "The ministry", content: "the criticism", when: "on Monday", cue: newsbot.CueDenies}}},
		{"an active prediction with an object stays", []string{
			"Forecasters expect the storm to be the strongest in a decade."},
			[]want{{speaker: "Forecasters", content: "the storm to be the strongest in a decade", cue: newsbot.CueExpects}}},
	})
}

// TestAttributeSummativeAppositive covers the content span that ran past
// the statement into the reporter's appositive (summativeAppositive): the
// claim ends before ", a figure that ...", ", a claim the company ...", ",
// a view shared by ..."; an appositive inside the claim that is no summary
// stays.
func TestAttributeSummativeAppositive(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a figure that critics dispute", []string{
			"The agency said the plan would cost $5 million, a figure that critics dispute."},
			[]want{{speaker: "The agency", content: "the plan would cost $5 million", cue: newsbot.CueExpects}}},
		{"a reduced relative after the noun", []string{
			"The union said it will strike, a claim the company disputes."},
			[]want{{speaker: "The union", content: "it will strike", cue: newsbot.CueExpects}}},
		{"a passive participle after the noun", []string{
			"The minister said the reform was a success, a view shared by few economists."},
			[]want{{speaker: "The minister", content: "the reform was a success"}}},
		{"an appositive naming a person stays in the claim", []string{
			"The club said it had signed Tom Hale, a striker who scored 20 goals last season."},
			[]want{{speaker: "The club", content: "it had signed Tom Hale, a striker who scored 20 goals last season"}}},
	})
}

// TestAttributeProjects covers "project" as a verb of predicting: a claim
// before "that", while the noun and the passive stay no claims.
func TestAttributeProjects(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"projects that", []string{
			"The department projects that enrollment will fall by 5 percent."},
			[]want{{speaker: "The department", content: "enrollment will fall by 5 percent", cue: newsbot.CueExpects}}},
		{"the noun with a relative clause", []string{
			"The projects that the city funded were completed."},
			nil},
		{"the passive", []string{
			"Enrollment is projected to fall by 5 percent."},
			nil},
	})
}

package attribution_test

import (
	"testing"
)

// Tests of the thirteenth pass (issue 12, branch i12o): made-up sentences
// for the speaker spans whose name and role must be told apart, each
// positive case missed or misread on main 217b1d7, and near misses the
// steps must leave alone.

// TestAttributeStackedRelative covers a subject with two relative clauses
// (stackedRelative) and a relative clause opened by a negated auxiliary
// (negatedAux): the speaker is the antecedent with its first clause, not
// the second clause's predicate.
func TestAttributeStackedRelative(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"two stacked relatives: the antecedent and its first clause speak", []string{
			"Several families who live on Mill Lane who asked not to be named say the water was brown for a week."},
			[]want{{speaker: "Several families who live on Mill Lane", content: "the water was brown for a week"}}},
		{"a negated auxiliary opens the second clause", []string{
			"Two traders who work at the market who didn't want to give their names said prices had doubled."},
			[]want{{speaker: "Two traders who work at the market", content: "prices had doubled"}}},
		{"a negated auxiliary opens the only clause", []string{
			"Some residents who didn't leave said the water rose in minutes."},
			[]want{{speaker: "Some residents who didn't leave", content: "the water rose in minutes"}}},
		{"one relative clause stays whole, as before", []string{
			"The woman who lives next door said she heard a bang."},
			[]want{{speaker: "The woman who lives next door", content: "she heard a bang"}}},
	})
}

// TestAttributeRoleOfCompany covers a role held at an organisation named
// in capitals ("The chief executive of Thames Water"): the organisation's
// name stays whole (commonNounPhrase), and its last word is no surname
// for a title before it (titlesOnly), also when the verb follows "but".
func TestAttributeRoleOfCompany(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"the role of a company, one verb", []string{
			"The chief executive of Marston Water said the bonuses were fair."},
			[]want{{speaker: "The chief executive of Marston Water", content: "the bonuses were fair"}}},
		{"the role of a company, a second verb after but", []string{
			"The chief executive of Marston Water apologised to MPs on Tuesday for a summer of sewage spills but denied that bonuses had rewarded failure."},
			[]want{{speaker: "The chief executive of Marston Water", content: "bonuses had rewarded failure"}}},
		{"a capitalised title before a surname still finds the full name", []string{
			"Sergei Lavrov met his counterpart on Monday.",
			"Foreign Minister Lavrov said the talks were useful."},
			[]want{{speaker: "Sergei Lavrov", content: "the talks were useful"}}},
		{"an organisation with a title-like word stays whole", []string{
			"The Fire Chiefs Association said the rules were unclear."},
			[]want{{speaker: "The Fire Chiefs Association", content: "the rules were unclear"}}},
		{"a body named by its kind stays whole", []string{
			"The regulator Ofwat said it would review the bonuses."},
			[]want{{speaker: "The regulator Ofwat", content: "it would review the bonuses"}}},
	})
}

// TestAttributeFrontedCompoundPreposition covers a second act of speaking
// after "but" whose subject follows a fronted "As of ..." phrase
// (compoundPrep): the clause's subject speaks, not the phrase.
func TestAttributeFrontedCompoundPreposition(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"as of, then a verb that is no cue, then but and a cue", []string{
			"As of Tuesday night, county officials were unsure what caused the crash, but confirmed two people were hurt."},
			[]want{{speaker: "county officials", content: "two people were hurt"}}},
		{"as of with a cue of its own, as before", []string{
			"As of Tuesday night, county officials said two people were hurt."},
			[]want{{speaker: "county officials", content: "two people were hurt"}}},
		{"as if is no preposition: no claim", []string{
			"As if to prove the point, the river rose again but confirmed nothing."},
			nil},
	})
}

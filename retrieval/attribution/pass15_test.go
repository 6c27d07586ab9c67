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

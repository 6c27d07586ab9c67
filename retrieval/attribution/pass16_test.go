package attribution_test

import (
	"testing"
)

// Tests of the fourteenth pass (issue 12, branch i12p): made-up sentences
// for the misses of the fresh dev set dev-zd read by mechanism, each
// positive case missed or misread on main ee493c4, and near misses the
// steps must leave alone.

// TestAttributeFrontedAdverbialClause covers a strict verb after a fronted
// adverbial clause (frontedAdverbialClause): "As X, troops continue in
// ..." claims nothing, while a claimed clause with a subordinate clause of
// its own, a plain inverted claim and a parenthetical cue stay claims.
func TestAttributeFrontedAdverbialClause(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a scene-setting clause before a strict verb is no claim", []string{
			"As the water keeps rising in the valley, county crews continue in their work to shore up the dikes."},
			nil},
		{"although opens it: no claim either", []string{
			"Although the storm has passed, volunteers continue with the clean-up on Main Street."},
			nil},
		{"a claimed clause with its own subordinate clause stays", []string{
			"If the levee fails, the town floods, she said."},
			[]want{{speaker: "she", content: "If the levee fails, the town floods"}}},
		{"a cue set off inside the clause stays", []string{
			"If the crews work at night, he added, they should rest by day."},
			[]want{{speaker: "he", content: "If the crews work at night"}}},
		{"a loose verb with its own clause is untouched", []string{
			"As the water rose, the mayor said the dikes would hold."},
			[]want{{speaker: "the mayor", content: "the dikes would hold"}}},
	})
}

package attribution_test

import "testing"

// Tests of the eleventh pass (issue 12, branch i12m): made-up sentences,
// each of which the engine missed or misread before its rule, and near
// misses the rule must leave alone.

// TestAttributeTitleHolder covers a title cut off from its holder's name
// by a phrase ("Ambassador to Tehran"): "the ambassador" and "he" later
// are the holder (titleHolder, fullerRole).
func TestAttributeTitleHolder(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"the title's head noun later", []string{
			"Dutch Ambassador to Lima Joris Veldhuis said on Monday that the embassy would stay open.",
			"On trade, the ambassador said both sides wanted a quick deal.",
			"The Dutch ambassador added that talks would resume in May."},
			[]want{
				{speaker: "Joris Veldhuis", content: "the embassy would stay open", when: "on Monday"},
				{speaker: "Joris Veldhuis", content: "both sides wanted a quick deal"},
				{speaker: "Joris Veldhuis", content: "talks would resume in May"}}},
		{"a pronoun after the title's head noun", []string{
			"Dutch Ambassador to Lima Joris Veldhuis said the embassy would stay open.",
			"On trade, the ambassador said both sides wanted a quick deal.",
			"Exports will double, he said."},
			[]want{
				{speaker: "Joris Veldhuis", content: "the embassy would stay open"},
				{speaker: "Joris Veldhuis", content: "both sides wanted a quick deal"},
				{speaker: "Joris Veldhuis", content: "Exports will double"}}},
		{"two holders of the title: no guess", []string{
			"Dutch Ambassador to Lima Joris Veldhuis met Dutch Ambassador to Quito Anke Brouwer.",
			"The ambassador said the embassy would stay open."},
			[]want{{speaker: "Dutch Ambassador", content: "the embassy would stay open"}}}, // as before: the title, neither person
	})
}

package attribution_test

import "testing"

// TestAttributeParentheticalAgreement covers the sixth pass of issue 12
// (branch i12f): a cue set off by commas after a short opening subject
// ("This, he said, underscores ...", "The plan, he said, costs ...") keeps
// the whole clause as the claim when the word after it agrees with that
// subject as a present-tense verb.
func TestAttributeParentheticalAgreement(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a demonstrative subject and an -s verb", []string{"Alan Reed spoke on Friday. This, he said, underscores the need for care."},
			[]want{{speaker: "Alan Reed", content: "This, he said, underscores the need for care"}}},
		{"a determiner and a singular noun", []string{"Alan Reed spoke on Friday. The plan, he said, costs too much."},
			[]want{{speaker: "Alan Reed", content: "The plan, he said, costs too much"}}},
		{"a determiner and a plural noun", []string{"Ines Duarte spoke on Friday. The new figures, she said, show a fall."},
			[]want{{speaker: "Ines Duarte", content: "The new figures, she said, show a fall"}}},
		{"a noun in -ss is no singular verb", []string{"The ministry said the plan, which it called a success, would go ahead."},
			[]want{{speaker: "The ministry", content: "the plan, which it called a success, would go ahead"}}},
	})
}

// TestAttributePronounNeverRole covers the sixth pass's guard on "NAME,
// ROLE said" with no comma before the verb: a pronoun after a fronted
// place set off by commas is the subject, not a role of that place.
func TestAttributePronounNeverRole(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a place in apposition, then he", []string{"Alan Reed spoke on Friday. Speaking from the capital, Bujumbura, he said the plan was dead."},
			[]want{{speaker: "Alan Reed", content: "the plan was dead"}}},
		{"a place in apposition, then she", []string{"Ines Duarte spoke on Friday. From the port city, Mombasa, she said talks would resume."},
			[]want{{speaker: "Ines Duarte", content: "talks would resume"}}},
		{"a role after a name still reads", []string{"Zakaria Malahifji, head of the political office, said the talks had failed."},
			[]want{{speaker: "Zakaria Malahifji", content: "the talks had failed"}}},
	})
}

// TestAttributeLedByGroup covers the sixth pass's reading of a group
// subject whose leader is named in a participial phrase: "The researchers,
// led by X, found" keeps the phrase in the speaker (as "a study led by
// researchers at X" does); after a person's name it stays a role.
func TestAttributeLedByGroup(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"researchers led by", []string{"The researchers, led by epidemiologist Dr Hanna Voss of the University of Tromsø, found that the shortfall persisted."},
			[]want{{speaker: "The researchers, led by epidemiologist Dr Hanna Voss of the University of Tromsø", content: "the shortfall persisted"}}},
		{"a team headed by", []string{"The team, headed by Alan Reed, said the plan was dead."},
			[]want{{speaker: "The team, headed by Alan Reed", content: "the plan was dead"}}},
		{"a person is no group", []string{"Alan Reed, led by his lawyer, said nothing would change."},
			[]want{{speaker: "Alan Reed", content: "nothing would change"}}},
	})
}

// TestAttributeOwnEarlierAct covers the sixth pass's rule for a speaker's
// own earlier act of speaking told inside the content ("testified that she
// warned the board about ..."): one claim, the testimony, whether the
// speaker is a name or a description.
func TestAttributeOwnEarlierAct(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a description testified that she warned", []string{"A former treasurer of the food bank testified Tuesday that she warned the board about missing donations."},
			[]want{{speaker: "A former treasurer of the food bank", content: "she warned the board about missing donations", when: "Tuesday"}}},
		{"a name testified that he warned", []string{"Alan Reed testified Tuesday that he warned the board about missing donations."},
			[]want{{speaker: "Alan Reed", content: "he warned the board about missing donations", when: "Tuesday"}}},
	})
}

// TestAttributeFindingInverted covers the sixth pass's inverted verbs of
// findings in research releases: "..., suggests a study by X" names the
// study as the source; a past "found" after a comma is a coordinated act.
func TestAttributeFindingInverted(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"suggests a study by", []string{"Exposure to iodine may raise an infant's risk, suggests a study by researchers at the National Institutes of Health."},
			[]want{{speaker: "a study by researchers at the National Institutes of Health", content: "Exposure to iodine may raise an infant's risk"}}},
		{"finds a survey", []string{"Sales of electric cars rose by a fifth last year, finds a new survey."},
			[]want{{speaker: "a new survey", content: "Sales of electric cars rose by a fifth last year"}}},
		{"a coordinated past act is none", []string{"Police searched the house, found the gun and arrested the owner."}, nil},
	})
}

// TestAttributeModifiedBodyNoun covers the sixth pass's reading of a body
// noun with a modifier ("the church group") as the latest body whose name
// holds the modifier; without such a body it stays as written.
func TestAttributeModifiedBodyNoun(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"the church group", []string{"Members of the Westboro Baptist Church plan to attend the funeral. In its statements, the church group condemned the decision."},
			[]want{{speaker: "Westboro Baptist Church", content: "the decision"}}},
		{"no body with the modifier", []string{"Alan Reed runs a farm. The farm group said the plan was wrong."},
			[]want{{speaker: "The farm group", content: "the plan was wrong"}}},
	})
}

// TestAttributeListInName covers the sixth pass's reading of a comma that
// lists words inside one capitalised name ("the Department for
// Environment, Food and Rural Affairs"): the subject runs over it.
func TestAttributeListInName(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a department's name with a list", []string{"A spokesperson for the Department for Environment, Food and Rural Affairs (Defra) said the figures were wrong."},
			[]want{{speaker: "A spokesperson for the Department for Environment, Food and Rural Affairs", content: "the figures were wrong"}}},
		{"a ministry's name with a list", []string{"The Ministry of Health, Labour and Welfare said the plan was dead."},
			[]want{{speaker: "The Ministry of Health, Labour and Welfare", content: "the plan was dead"}}},
		{"a fronted list of places is no name", []string{"In Paris, Berlin and Rome, officials said the talks had failed."},
			[]want{{speaker: "officials", content: "the talks had failed"}}},
	})
}

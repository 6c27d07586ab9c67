package attribution_test

import "testing"

// TestAttributeTranscriptQuestions covers the asking side of a broadcast
// or interview transcript (branch i12k): a sentence of a turn that is a
// direct question (it ends with "?" outside any quotation it reports) is
// no claim of the turn's speaker, whatever the label ("HOST:",
// "ANCHOR:"), while the host's statements stay claims; an interview's
// "Q:"/"A:" sides give no claim to "Q" and no "A:" inside a claim.
func TestAttributeTranscriptQuestions(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a radio transcript with a host and a guest", []string{
			"Morning Report",
			"HOST: The council voted last night to cut the levy. Will the levy be cut this year?",
			"PRIYA NAIR: Not this year. The budget is already set.",
			"HOST: So what happens to the schools?",
			"PRIYA NAIR: They keep their funding."},
			[]want{{speaker: "Host", content: "The council voted last night to cut the levy."},
				{speaker: "Priya Nair", content: "Not this year."},
				{speaker: "Priya Nair", content: "The budget is already set."},
				{speaker: "Priya Nair", content: "They keep their funding."}}},
		{"an anchor's question reporting a quoted question", []string{
			"ANCHOR: The mayor asked, \"Who pays for the bridge?\" Is that fair?",
			"TOM REED: It is fair. Everyone pays."},
			[]want{{speaker: "Anchor", content: "The mayor asked, \"Who pays for the bridge?\""},
				{speaker: "Tom Reed", content: "It is fair."},
				{speaker: "Tom Reed", content: "Everyone pays."}}},
		{"a guest's statement quoting a question stays a claim", []string{
			"HOST: What did the voters ask?",
			"TOM REED: They asked me, \"Why now?\""},
			[]want{{speaker: "Tom Reed", content: "They asked me, \"Why now?\""}}},
		{"a Q and A interview", []string{
			"Ines Carvalho has run the town's libraries for 11 years.",
			"Q: Will the levy be cut this year?",
			"A: No. The budget is already set.",
			"Q: Critics say you gave up too easily. Did you?",
			"A: I understand why people are angry.",
			"Q: What would you tell your successor?",
			"A: Count everything."},
			[]want{{speaker: "Ines Carvalho", content: "No."},
				{speaker: "Ines Carvalho", content: "The budget is already set."},
				{speaker: "Critics", content: "you gave up too easily"},
				{speaker: "Ines Carvalho", content: "I understand why people are angry."},
				{speaker: "Ines Carvalho", content: "Count everything."}}},
		{"a Q and A interview whose questions are bids", []string{
			"Ines Carvalho has run the town's libraries for 11 years.",
			"Q: Will the levy be cut this year?",
			"A: No. Why would it be?",
			"Q: Tell us about the budget.",
			"A: It is already set.",
			"Q: And the buildings?",
			"A: They stay open."},
			[]want{{speaker: "Ines Carvalho", content: "No."},
				{speaker: "Ines Carvalho", content: "It is already set."},
				{speaker: "Ines Carvalho", content: "They stay open."}}},
	})
}

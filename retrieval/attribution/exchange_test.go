package attribution_test

import (
	"testing"

	"github.com/newsbot/newsbot"
)

// TestAttributeExchanges covers the rules of the fifth pass of issue 12
// (branch i12e) on pronouns in exchanges of questions and answers: the
// gender of a name is not taken from a pronoun nearer another person, a
// pronoun whose gender is known beats an untold one named in the same
// sentence, and the answer to a quoted question is not its asker's.
func TestAttributeExchanges(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"the answer to an indirect question", []string{
			"Marjorie Kettle told jurors she had raised the gaps in March.",
			"Defense attorney Ronald Pike asked Kettle why she had not gone to police. She replied that she had trusted the board."},
			[]want{{speaker: "Marjorie Kettle", content: "she had raised the gaps in March"},
				{speaker: "Marjorie Kettle", content: "she had trusted the board"}}},
		{"the answer to a quoted question", []string{
			"Marjorie Kettle told jurors she had raised the gaps in March.",
			"Defense attorney Ronald Pike pressed her.",
			"\"You signed every one of those cheques, didn't you?\" Pike asked.",
			"\"I did,\" she said."},
			[]want{{speaker: "Marjorie Kettle", content: "she had raised the gaps in March"},
				{speaker: "Ronald Pike", content: "You signed every one of those cheques, didn't you?", kind: newsbot.ClaimDirect},
				{speaker: "Marjorie Kettle", content: "I did", kind: newsbot.ClaimDirect}}},
		{"a quoted exclamation, then its speaker as a sentence", []string{
			"\"Order, order!\" Lindsay Crane shouted.",
			"\"Sit down!\" The chamber fell silent."},
			[]want{{speaker: "Lindsay Crane", content: "Order, order!", kind: newsbot.ClaimDirect}}},
		{"a man's own answer stays his", []string{
			"Ronald Pike told jurors he had read the accounts.",
			"\"Did I sign them?\" he asked.",
			"\"No,\" he said."},
			[]want{{speaker: "Ronald Pike", content: "he had read the accounts"},
				{speaker: "Ronald Pike", content: "Did I sign them?", kind: newsbot.ClaimDirect},
				{speaker: "Ronald Pike", content: "No", kind: newsbot.ClaimDirect}}},
	})
}

package attribution_test

import (
	"testing"

	"github.com/newsbot/newsbot"
)

// TestAttributeVerbClassAndSpeakers covers the rules of the third pass of
// issue 12 (branch i12b), each on text of its own.
func TestAttributeVerbClassAndSpeakers(t *testing.T) {
	runAttributeTable(t, []attrCase{
		{"a verb of the class in any form", []string{"The economist opined that rates had peaked."},
			[]want{{speaker: "The economist", content: "rates had peaked"}}},
		{"a strict verb of the class needs a clause", []string{"The minister contended with angry farmers."},
			[]want{}},
		{"a noun form of the class is no cue", []string{"The firm placed unauthorized charges on phone bills, the regulator said."},
			[]want{{speaker: "the regulator", content: "The firm placed unauthorized charges on phone bills"}}},
		{"a capitalised verb form inside a name is no cue", []string{"\"We are worried,\" said Ana Diaz, director of the Housing Rights Project."},
			[]want{{speaker: "Ana Diaz", content: "We are worried", kind: newsbot.ClaimDirect}}},
		{"two bodies named in capitals", []string{"The Daily Courier and Associated Press have said that the mine will close."},
			[]want{{speaker: "The Daily Courier", content: "the mine will close", cue: newsbot.CueExpects},
				{speaker: "Associated Press", content: "the mine will close", cue: newsbot.CueExpects}}},
	})
}

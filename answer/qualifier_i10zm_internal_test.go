package answer

import (
	"testing"

	"github.com/newsbot/newsbot"
)

// TestQualifierApart checks qualifier.go: a lead that writes the asked
// noun with another qualifier of its group, and not the question's, is
// about another thing of that name; one that writes the question's, or
// no other, or is joined by a pick writing the question's, is not.
func TestQualifierApart(t *testing.T) {
	cases := []struct {
		q, lead, beside string
		apart           bool
	}{
		{"when did the FCA adopt the final rule on disclosure and accounting requirements?",
			"The FCA Board today adopted a proposed rule that revises FCA regulations related to disclosure.", "", true},
		{"when did the FCA adopt the final rule on disclosure?",
			"The FCA Board today adopted a final rule on disclosure.", "", false},
		{"What is ERCOT's record for wind generation?",
			"ERCOT recorded an all-time high for winter natural gas-fired electricity generation.", "", true},
		// no other qualifier of the group: a paraphrase, left to the other checks
		{"When did the FCA adopt the final rule on disclosure?",
			"The FCA Board adopted the rule on disclosure on October 9.", "", false},
		// the noun qualified is not the lead's
		{"What is the maximum civil penalty for a pipeline violation?",
			"The minimum fine for a late report is $100.", "", false},
		// a pick beside the lead writes the asked qualifier
		{"what's the summer high for gas-fired generation on the texas grid?",
			"ERCOT recorded an all-time high for winter natural gas-fired generation.",
			"The summer record for gas-fired generation was set in August 2023.", false},
	}
	for _, c := range cases {
		sc := scoringOver(c.q, c.lead)
		picked := []*candidate{{sent: newsbot.Sentence{Text: c.lead}}}
		if c.beside != "" {
			picked = append(picked, &candidate{sent: newsbot.Sentence{Text: c.beside}})
		}
		if got := sc.qualifierApart(picked); got != c.apart {
			t.Errorf("%q over %q: qualifierApart = %v, want %v", c.q, c.lead, got, c.apart)
		}
	}
}

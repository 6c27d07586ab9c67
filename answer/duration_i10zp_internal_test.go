package answer

import "testing"

// TestDurationCarried checks that a "how long" question is carried only by
// a sentence that writes a span (a count of a unit of time, a length,
// "since", "until", a running period), not by one with only a date or
// another number.
func TestDurationCarried(t *testing.T) {
	cases := []struct {
		q, text string
		want    bool
	}{
		{"how long did the iam strike against boeing last?",
			"The parties last met with federal mediators in weekend talks that were recessed on Oct. 13.", false},
		{"how long did the iam strike against boeing last?",
			"Headquartered in Washington, DC, with 10 district offices and 69 field offices, the agency provides mediation.", false},
		{"how long did the iam strike against boeing last?",
			"The strike by the IAM against Boeing lasted 57 days.", true},
		{"How long is the Valmere dock strike meant to last?",
			"Dock workers at Valmere will begin a 48-hour strike on Monday.", true},
		{"How long has Charest been premier?", "Charest has been premier since 2003.", true},
		{"How long might the locks stay closed?", "The locks could stay closed for two weeks or longer.", true},
		{"How long did Shenouda lead the Copts?", "The Pope spent forty years leading Egypt's Copts.", true},
		{"how long can the fcs liquidity waiver last?",
			"The resolution grants FCS banks a temporary waiver for no more than 14 calendar days.", true},
		{"How long is the B-15A fragment?", "The fragment is approximately 90 miles long.", true},
		{"How long has the war been going on?", "The war is now in its sixth year.", true},
		// not a "how long" question: any new number carries
		{"how many field offices does fmcs have?",
			"Headquartered in Washington, DC, with 10 district offices and 69 field offices, the agency provides mediation.", true},
	}
	for _, c := range cases {
		sc := scoringOver(c.q, c.text)
		if got := sc.qs.carries(c.text, "", c.text); got != c.want {
			t.Errorf("%q over %q: carries = %v, want %v", c.q, c.text, got, c.want)
		}
	}
}

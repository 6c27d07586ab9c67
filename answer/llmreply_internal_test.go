package answer

import "testing"

func TestParseReplyNotAnswered(t *testing.T) {
	for _, tc := range []struct {
		text string
		no   bool // read as the model saying the sources do not answer
	}{
		{"NOT ANSWERED", true},
		{"  Not answered.\n", true},
		{"`NOT ANSWERED`", true},
		{"NOT ANSWERED: but the Kremlin said \"no\" [1].", false},
		{`The Kremlin said "no" [1].`, false},
	} {
		r := parseReply(tc.text)
		if got := r.Supported != nil && !*r.Supported; got != tc.no {
			t.Errorf("parseReply(%q): not answered = %v, want %v", tc.text, got, tc.no)
		}
	}
}

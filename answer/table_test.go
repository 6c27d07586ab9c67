package answer_test

import (
	"strings"
	"testing"
)

// TestTableRows checks that a results table written as text lines ("Tomas
// Reid 571") is evidence, read with its headings and its article: a
// candidate's votes are answered from their row, the first row answers
// who won, and a question about a name the table lacks, or another year's
// vote, is still refused.
func TestTableRows(t *testing.T) {
	e := newEnv(t, "g", "council-by-election.txt")
	for _, tc := range []struct {
		q, fact string // fact "" = refused
	}{
		{"How many votes did Tomas Reid get in the Kestel by-election?", "Tomas Reid 571"},
		{"How many votes did Ada Quill receive in Kestel ward?", "Ada Quill 203"},
		{"How many votes did Tomas Reid get in the 2019 Kestel by-election?", ""},
		{"How many votes did Mara Vance get in the Kestel by-election?", ""},
	} {
		ans := e.ask(t, "g", tc.q)
		e.checkInvariants(t, "g", ans)
		switch {
		case tc.fact == "" && ans.Supported:
			t.Errorf("%q answered, want refused: %s", tc.q, ans.Answer)
		case tc.fact != "" && !strings.Contains(ans.Answer, tc.fact):
			t.Errorf("%q: answer lacks %q: %s", tc.q, tc.fact, ans.Answer)
		}
	}
}

package answer_test

import "testing"

// TestTableRows checks that a results table written as text lines ("Tomas
// Reid 571") is evidence, read with its headings and its article: a
// candidate's votes are answered from their row, the first row answers
// who won, and a question about a name the table lacks, or another year's
// vote, is still refused.
func TestTableRows(t *testing.T) {
	e := newEnv(t, "g", "council-by-election.txt")
	e.checkFacts(t, "g", []factCase{
		{"How many votes did Tomas Reid get in the Kestel by-election?", "Tomas Reid 571"},
		{"How many votes did Ada Quill receive in Kestel ward?", "Ada Quill 203"},
		{"How many votes did Tomas Reid get in the 2019 Kestel by-election?", ""},
		{"How many votes did Mara Vance get in the Kestel by-election?", ""},
	})
}

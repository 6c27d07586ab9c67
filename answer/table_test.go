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

// TestTableRowsThousands checks that a row whose figure has a thousands
// separator ("- Evening sailings – 15,906") is read as a row of its
// table, as one without is: a sailing's passengers are answered from it,
// and another year's count is still refused.
func TestTableRowsThousands(t *testing.T) {
	e := newEnv(t, "g", "ferry-passengers-table.txt")
	e.checkFacts(t, "g", []factCase{
		{"How many passengers took the evening sailings in 2025?", "15,906"},
		{"How many passengers did the midday sailings carry in 2025?", "10,824"},
		{"How many passengers took the evening sailings in 2019?", ""},
	})
}

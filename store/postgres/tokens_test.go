package postgres

import "testing"

// TestTokenCount checks the chunk length BM25 uses: words as FTS5's
// unicode61 tokenizer splits them, stop words and numbers included.
func TestTokenCount(t *testing.T) {
	for s, want := range map[string]int{
		"":                                    0,
		"The port's strike ended, 3 days on.": 8,
		"  Zürich — 2026/12/02 ":              4,
		"e-mail":                              2,
	} {
		if got := tokenCount(s); got != want {
			t.Errorf("tokenCount(%q) = %d, want %d", s, got, want)
		}
	}
}

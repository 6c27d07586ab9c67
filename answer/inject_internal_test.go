package answer

import (
	"math/rand"
	"strings"
	"testing"
)

// TestEndsDatelineSameAsExpression checks the dash pre-check of
// endsDateline against datelineEnd alone, on datelines and text built from
// their pieces.
func TestEndsDatelineSameAsExpression(t *testing.T) {
	parts := []string{"NEW YORK", " (Reuters)", " -", " --", " –", " —", "\n", "KYIV, Ukraine, Nov 8", " (AP) ", "said", ".", "The ", "LONDON", " ", "\t"}
	r := rand.New(rand.NewSource(2))
	matched := 0
	for range 20000 {
		var b strings.Builder
		for range 1 + r.Intn(6) {
			b.WriteString(parts[r.Intn(len(parts))])
		}
		s := b.String()
		want := datelineEnd.MatchString(s)
		if want {
			matched++
		}
		if got := endsDateline(s); got != want {
			t.Errorf("endsDateline(%q) = %v; the expression says %v", s, got, want)
		}
	}
	if matched < 500 {
		t.Errorf("only %d texts end with a dateline: the test does not exercise the pre-check", matched)
	}
}

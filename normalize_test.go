package newsbot_test

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"

	"github.com/newsbot/newsbot"
)

// normalizeRef is the plain statement of NormalizeText: lower-case, fold
// quotes and dashes, collapse white space.
func normalizeRef(text string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(text) {
		r = newsbot.FoldRune(r)
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// TestNormalizeTextMatchesReference checks the fast ASCII path against the
// plain statement on random mixes of the characters that matter.
func TestNormalizeTextMatchesReference(t *testing.T) {
	pieces := []string{"A", "z", "É", "ß", "İ", "Σ", " ", "\t", "\n\n", "\u00a0", "\u2019", "\u201c", "\u2014",
		"\u2212", "7", ".", "`", "«", "\xff", "\xe2\x80", "Ω", "ǅ", "日本"}
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 2000; i++ {
		var b strings.Builder
		for n := r.IntN(30); n > 0; n-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := newsbot.NormalizeText(s), normalizeRef(s); got != want {
			t.Fatalf("NormalizeText(%q) = %q; want %q", s, got, want)
		}
	}
}

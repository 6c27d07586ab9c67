package ingest

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
)

// normalizeRef is the plain statement of Normalize: lower-case, then map
// quotes and dashes, then collapse whitespace.
func normalizeRef(text string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(text) {
		switch r {
		case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032':
			r = '\''
		case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033':
			r = '"'
		case '\u2013', '\u2014', '\u2212':
			r = '-'
		}
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

func TestNormalizeMatchesReference(t *testing.T) {
	pieces := []string{"A", "z", "É", "ß", "İ", "Σ", " ", "\t", "\n\n", "\u00a0", "\u2019", "\u201c", "\u2014",
		"\u2212", "7", ".", "\xff", "\xe2\x80", "Ω", "ǅ", "日本"}
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 2000; i++ {
		var b strings.Builder
		for n := r.IntN(30); n > 0; n-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := Normalize(s), normalizeRef(s); got != want {
			t.Fatalf("Normalize(%q) = %q; want %q", s, got, want)
		}
	}
	if Hash("Russia\u2019s  STRIKES") != Hash("russia's strikes") {
		t.Error("copies that differ in case, spacing and quote style hash differently")
	}
}

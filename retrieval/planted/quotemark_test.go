package planted

import (
	"strings"
	"testing"
)

// TestHasQuoteMark: hasQuoteMark answers as strings.ContainsAny with the
// three marks, also on invalid UTF-8 around and inside the marks' bytes.
func TestHasQuoteMark(t *testing.T) {
	parts := []string{"a", " ", "\"", "\u201c", "\u201d", "\u201e", "\xe2", "\x80", "\x9c", "\x9d", "\xe2\x80", "é", "«", "\xff", "\xf0\x9f"}
	n := 0
	var rec func(s string, d int)
	rec = func(s string, d int) {
		if got, want := hasQuoteMark(s), strings.ContainsAny(s, "\"\u201c\u201d"); got != want {
			t.Fatalf("hasQuoteMark(%q) = %v, ContainsAny %v", s, got, want)
		}
		n++
		if d == 0 {
			return
		}
		for _, p := range parts {
			rec(s+p, d-1)
		}
	}
	rec("", 4)
	if n < 50000 {
		t.Fatalf("only %d strings checked", n)
	}
}

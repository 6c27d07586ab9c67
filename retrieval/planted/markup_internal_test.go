package planted

import (
	"math/rand"
	"strings"
	"testing"
)

// TestContainsAnyByte checks containsAnyByte against strings.ContainsAny
// on random strings of ASCII, multi-byte and invalid UTF-8 bytes, for
// every set the package passes it.
func TestContainsAnyByte(t *testing.T) {
	sets := []string{"<[{>", `"'`, "<[", ">]", ":?"}
	pieces := []string{"a", " ", "<", "[", "{", ">", "]", "\"", "'", ":", "?", "“", "’", "é", "\xff", "\xe2\x80", "ſ"}
	r := rand.New(rand.NewSource(1))
	hits := 0
	for range 20000 {
		var b strings.Builder
		for range r.Intn(12) {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		s := b.String()
		for _, set := range sets {
			want := strings.ContainsAny(s, set)
			if got := containsAnyByte(s, set); got != want {
				t.Fatalf("containsAnyByte(%q, %q) = %v, strings.ContainsAny says %v", s, set, got, want)
			}
			if want {
				hits++
			}
		}
	}
	if hits < 1000 {
		t.Fatalf("only %d hits: the test does not exercise the sets", hits)
	}
}

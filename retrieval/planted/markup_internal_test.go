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

// TestSpacedPairEightAtATime checks spacedPair, which reads eight places
// at a time, against the test of every place alone, on random strings of
// letters, spaces and other bytes of every length up to 40.
func TestSpacedPairEightAtATime(t *testing.T) {
	alone := func(s string) bool {
		for j := 1; j+2 < len(s); j++ {
			if spacedPairAt(s, j) {
				return true
			}
		}
		return false
	}
	pieces := []string{"a", "N", "x", " ", " ", "  ", ".", "-", "\x00", "\x01", "!", "é", "\xff"}
	r := rand.New(rand.NewSource(1))
	found := 0
	for range 200000 {
		var b strings.Builder
		for n := r.Intn(41); b.Len() < n; {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		s := b.String()
		want := alone(s)
		if got := spacedPair(s); got != want {
			t.Fatalf("spacedPair(%q) = %v, place by place %v", s, got, want)
		}
		if want {
			found++
		}
	}
	if found < 1000 {
		t.Fatalf("only %d strings hold a pair: the test does not exercise spacedPair", found)
	}
}

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

// TestFieldsAtLeast: fieldsAtLeast agrees with len(strings.Fields(q)) >= n.
func TestFieldsAtLeast(t *testing.T) {
	parts := []string{"a", " ", "\t", "\u00a0", "\u0085", "\u2003", "\xff", "é", "\n", "b"}
	n := 0
	var rec func(s string, d int)
	rec = func(s string, d int) {
		for k := 0; k <= 6; k++ {
			if got, want := fieldsAtLeast(s, k), len(strings.Fields(s)) >= k; got != want && k > 0 {
				t.Fatalf("fieldsAtLeast(%q, %d) = %v, Fields %v", s, k, got, want)
			}
		}
		n++
		if d == 0 {
			return
		}
		for _, p := range parts {
			rec(s+p, d-1)
		}
	}
	rec("", 6)
	if n < 100000 {
		t.Fatalf("only %d strings checked", n)
	}
}

// quotationsRunes is quotations as it was written first, rune by rune.
func quotationsRunes(sentence string) []string {
	var out []string
	open := -1
	for i, r := range sentence {
		switch r {
		case '"':
			if open < 0 {
				open = i + 1
			} else {
				out = append(out, sentence[open:i])
				open = -1
			}
		case '\u201c':
			open = i + len("\u201c")
		case '\u201d':
			if open >= 0 {
				out = append(out, sentence[open:i])
				open = -1
			}
		}
	}
	if open >= 0 && open < len(sentence) {
		out = append(out, sentence[open:])
	}
	return out
}

// TestQuotationsBytes: the byte loop of quotations finds the spans the rune
// loop found, also around invalid UTF-8.
func TestQuotationsBytes(t *testing.T) {
	parts := []string{"a", "\"", "\u201c", "\u201d", "\u201e", "\xe2", "\x80", "\x9c", "\xe2\x80", "\xf0\x9f", "é"}
	n := 0
	var rec func(s string, d int)
	rec = func(s string, d int) {
		if got, want := strings.Join(quotations(s), "|"), strings.Join(quotationsRunes(s), "|"); got != want || len(quotations(s)) != len(quotationsRunes(s)) {
			t.Fatalf("quotations(%q) = %q, rune loop %q", s, got, want)
		}
		n++
		if d == 0 {
			return
		}
		for _, p := range parts {
			rec(s+p, d-1)
		}
	}
	rec("", 5)
	if n < 100000 {
		t.Fatalf("only %d strings checked", n)
	}
}

// TestKeyFilter: the filter says yes to every key of its maps and no to
// words whose length or end bytes no key has.
func TestKeyFilter(t *testing.T) {
	for _, m := range []map[string]bool{functionMods, functionHeads, overrideVerbs} {
		for k := range m {
			if !functionWords.may(k) && !overrideWords.may(k) {
				t.Fatalf("%q refused", k)
			}
		}
	}
	for k := range functionMods {
		if !functionWords.may(k) {
			t.Fatalf("functionWords refuses %q", k)
		}
	}
	for k := range functionHeads {
		if !functionWords.may(k) {
			t.Fatalf("functionWords refuses %q", k)
		}
	}
	for k := range overrideVerbs {
		if !overrideWords.may(k) {
			t.Fatalf("overrideWords refuses %q", k)
		}
	}
	for _, w := range []string{"", "the", "of", "said", "zzzzzz", strings.Repeat("x", 30)} {
		if functionWords.may(w) || overrideWords.may(w) {
			t.Fatalf("%q passes a filter", w)
		}
	}
}

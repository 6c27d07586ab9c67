package plantedmodel

import (
	"os"
	"strings"
	"testing"
)

// TestTableAgrees: the table built once classes every word of two spent
// sets as slowLookup and participle do, so one look-up a word is enough.
func TestTableAgrees(t *testing.T) {
	data, _ := os.ReadFile("../../retrieval/planted/testdata/blind7.jsonl")
	d2, _ := os.ReadFile("../../retrieval/planted/testdata/negatives-dev3.txt")
	bad := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(string(data)+string(d2)), func(r rune) bool { return !(r >= 'a' && r <= 'z' || r == '\'' || r >= '0' && r <= '9') }) {
		old := slowLookup(w)
		said := old == 0 && participle(w) != 0
		e := lookup(w)
		if e.c != old || (old == 0 && e.said != said) {
			bad++
			if bad < 20 {
				t.Logf("%s: old %b %v new %b %v", w, old, said, e.c, e.said)
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d words classed otherwise by the table than by slowLookup", bad)
	}
}

// TestProbeAgrees: the open-addressed probe table classes every word of
// the table, every word of the spent sets and words the table lacks as
// the map does.
func TestProbeAgrees(t *testing.T) {
	words := []string{"", "zzz", "chatbot", "newsbots", "qwertyuiop", "summarisers"}
	for w := range table {
		words = append(words, w, w+"x", "x"+w)
	}
	for _, s := range spentTexts(t) {
		words = append(words, strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !isWordByte(byte(r)) || r >= 0x80 })...)
	}
	bad := 0
	for _, w := range words {
		want := table[w]
		if n := len(w); n > 3 && (hasSuffix(w, "bot") || hasSuffix(w, "gpt") || hasSuffix(w, "bots")) {
			want.c |= cMach
		}
		if got := lookup(w); got != want {
			bad++
			if bad < 10 {
				t.Errorf("%q: probe %+v, table %+v", w, got, want)
			}
		}
	}
	if len(words) < 5000 {
		t.Errorf("only %d words checked", len(words))
	}
}

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

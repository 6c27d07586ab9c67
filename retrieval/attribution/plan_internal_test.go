package attribution

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestPlanWords checks the lazy word reader of IsPlanOrExpectation against
// splitting the whole claim with strings.FieldsFunc.
func TestPlanWords(t *testing.T) {
	pieces := []string{" ", ",", "\"", "“", "”", "\n", ";", ".", "'", "’", "(", ")", "?", "Will", "plans", "to", "İ", "\xff", "U.S.", "it'll", "is", "expected", "—"}
	r := rand.New(rand.NewPCG(5, 6))
	for n := range 20000 {
		var b strings.Builder
		for range r.IntN(12 + n%150) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		var want []string
		for _, f := range strings.FieldsFunc(s, func(r rune) bool {
			return r == ' ' || r == ',' || r == '"' || r == '“' || r == '”' || r == '\n' || r == ';'
		}) {
			if f = strings.Trim(f, ".!?:'’‘()"); f != "" && len(want) < planWordMax {
				want = append(want, strings.ToLower(f))
			}
		}
		pw := planWords{s: s}
		for i := len(want); i >= 0; i-- { // backwards: the first call reads them all
			w := ""
			if i < len(want) {
				w = want[i]
			}
			if got := pw.at(i); got != w {
				t.Fatalf("planWords(%q).at(%d) = %q, want %q", s, i, got, w)
			}
		}
		pw = planWords{s: s}
		for i := 0; i <= len(want); i++ {
			if got := pw.at(i); i < len(want) && got != want[i] || i == len(want) && got != "" {
				t.Fatalf("planWords(%q).at(%d) = %q", s, i, got)
			}
		}
	}
}

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
				w := strings.ToLower(f)
				if len(want) > 0 && f == "Will" {
					w = f // a capitalised modal after the first word is a name
				}
				want = append(want, w)
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

// isPlanRef is IsPlanOrExpectation stated with the word lists themselves,
// to check the combined lookup of planLex.
func isPlanRef(s string) bool {
	pw := planWords{s: s}
	for i := 0; pw.at(i) != ""; i++ {
		f := pw.at(i)
		next := func(k int) string { return pw.at(i + k) }
		if _, cue := verbs[f]; cue && !expectForms[f] && i > 0 {
			continue
		}
		switch {
		case modals[f] || strings.HasSuffix(f, "'ll") || strings.HasSuffix(f, "’ll"):
			if i == 0 && f == "may" && startsWithDigit(next(1)) {
				continue
			}
			return true
		case planVerbs[f] && next(1) == "to":
			if i > 0 && nounMarkers[pw.at(i-1)] {
				continue
			}
			return true
		case auxes[f]:
			if planAdjs[next(1)] && (next(2) == "to" || next(1) == "going" && next(2) == "to") {
				return true
			}
			if next(1) == "not" && planAdjs[next(2)] && next(3) == "to" {
				return true
			}
			return false
		case i > 0 && strings.HasSuffix(f, "ed") && len(f) > 4 && !strings.Contains(f, "-"),
			i > 0 && irregularPast[f]:
			return false
		}
	}
	return false
}

func TestPlanLex(t *testing.T) {
	var words []string
	for _, m := range []map[string]bool{modals, auxes, planAdjs, planVerbs, nounMarkers, irregularPast} {
		for w := range m {
			words = append(words, w, strings.ToUpper(w[:1])+w[1:])
		}
	}
	for w := range verbs {
		words = append(words, w)
	}
	words = append(words, "to", "not", "going", "the", "army", "reopened", "they'll", "re-opened", ",", "5", "2007")
	r := rand.New(rand.NewPCG(9, 10))
	for range 50000 {
		n := 1 + r.IntN(8)
		ws := make([]string, n)
		for i := range ws {
			ws[i] = words[r.IntN(len(words))]
		}
		s := strings.Join(ws, " ")
		if got, want := IsPlanOrExpectation(s), isPlanRef(s); got != want {
			t.Fatalf("IsPlanOrExpectation(%q) = %v, want %v", s, got, want)
		}
	}
}

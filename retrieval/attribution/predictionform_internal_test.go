package attribution

import (
	"strings"
	"testing"
	"unicode"
)

// TestPredictionFormsMadeOnce checks the set made once against the forms
// built on each call, as predictionForm did before: every base, its
// forms, their neighbours by a letter and a sample of other words.
func TestPredictionFormsMadeOnce(t *testing.T) {
	built := func(w string) bool {
		for b := range predictionBases {
			third, past, _ := verbForms(b, "")
			if w == b || w == third || w == past {
				return true
			}
		}
		return false
	}
	words := strings.Fields("expects expected forecasts forecast forecasted predicts predicted projects projected " +
		"expecting projecting estimated said says Expected expect. projectd forecastes predictes the a to")
	for b := range predictionBases {
		third, past, ing := verbForms(b, "")
		for _, w := range []string{b, third, past, ing} {
			words = append(words, w, w[:len(w)-1], w+"s", strings.ToUpper(w))
		}
	}
	found := 0
	for _, w := range words {
		if got, want := predictionForm(w), built(w); got != want {
			t.Errorf("predictionForm(%q) = %v, built on the call %v", w, got, want)
		} else if got {
			found++
		}
	}
	if found < 3*len(predictionBases) {
		t.Errorf("only %d words are forms of a verb of predicting", found)
	}
}

// TestOpensWithThe checks opensWithThe against the split it stands
// before: the first field "the" in any case, and a second field.
func TestOpensWithThe(t *testing.T) {
	pieces := []string{"the", "The", "THE", "tHe", "th", "then", "e", " ", "  ", "\u00a0", "\t", "team", "report", "ſ", "K", "é", "x", "\u2003"}
	n, yes := 0, 0
	var walk func(s string, depth int)
	walk = func(s string, depth int) {
		fs := strings.Fields(s)
		want := len(fs) >= 2 && strings.EqualFold(fs[0], "the")
		if got := opensWithThe(s); got != want {
			t.Fatalf("opensWithThe(%q) = %v, the split says %v", s, got, want)
		}
		n++
		if want {
			yes++
		}
		if depth < 4 {
			for _, p := range pieces {
				walk(s+p, depth+1)
			}
		}
	}
	walk("", 0)
	if yes < 1000 {
		t.Errorf("only %d of %d strings open with the and a field", yes, n)
	}
}

// TestFieldReadersInPlace checks singularDescription and nameLike, which
// read their fields in place, against the split they made before.
func TestFieldReadersInPlace(t *testing.T) {
	singularBefore := func(name string) bool {
		f := strings.Fields(lower(name))
		if len(f) < 2 || len(f) > 5 || !(f[0] == "a" || f[0] == "an" || f[0] == "one") {
			return false
		}
		return singularNouns[f[len(f)-1]]
	}
	nameLikeBefore := func(s string) bool {
		ws := strings.Fields(s)
		if len(ws) == 0 || len(ws) > 4 || strings.EqualFold(ws[0], "the") {
			return false
		}
		for _, w := range ws {
			if r := []rune(w + " ")[0]; !unicode.IsUpper(r) {
				return false
			}
		}
		return true
	}
	pieces := []string{" ", "a ", "A", "an", "One ", "the ", "The", "Smith Lee Ng ", "é", "É ", "spokesman"}
	for w := range singularNouns {
		pieces = append(pieces, w)
		break
	}
	sing, named := 0, 0
	var walk func(s string, depth int)
	walk = func(s string, depth int) {
		if got, want := singularDescription(s), singularBefore(s); got != want {
			t.Fatalf("singularDescription(%q) = %v, before %v", s, got, want)
		} else if got {
			sing++
		}
		if got, want := nameLike(s), nameLikeBefore(s); got != want {
			t.Fatalf("nameLike(%q) = %v, before %v", s, got, want)
		} else if got {
			named++
		}
		if depth < 5 {
			for _, p := range pieces {
				walk(s+p, depth+1)
			}
		}
	}
	walk("", 0)
	if sing < 50 || named < 1000 {
		t.Errorf("only %d singular descriptions and %d names", sing, named)
	}
}

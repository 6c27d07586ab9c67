package answer

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// boilerplateToLower is boilerplate as it was: every text lower-cased by
// strings.ToLower before the phrases are looked for.
func boilerplateToLower(text string) bool {
	t := strings.ToLower(text)
	for _, p := range boilerplatePhrases {
		if strings.Contains(t, p) {
			return true
		}
	}
	for _, p := range furnitureWords {
		if strings.Contains(t, p) {
			return addressesReader(text)
		}
	}
	return false
}

// checkFolded compares boilerplate, isStopFolded and stemOfFolded with
// their forms over strings.ToLower on text and on each of its fields.
func checkFolded(t *testing.T, text string) {
	t.Helper()
	if got, want := boilerplate(text), boilerplateToLower(text); got != want {
		t.Fatalf("boilerplate(%q) = %v, strings.ToLower gives %v", text, got, want)
	}
	var buf [256]byte
	if lw, ok := lowerASCII(text, buf[:]); ok && lw != strings.ToLower(text) {
		t.Fatalf("lowerASCII(%q) = %q", text, lw)
	}
	lp, lower := lowerForPhrases(text, buf[:]), strings.ToLower(text)
	for _, p := range append(append([]string{"sign", "i", "k", "ip to", "ie"}, boilerplatePhrases...), furnitureWords...) {
		if strings.Contains(lp, p) != strings.Contains(lower, p) {
			t.Fatalf("lowerForPhrases(%q) = %q holds %q: %v, strings.ToLower's %q: %v", text, lp, p, strings.Contains(lp, p), lower, !strings.Contains(lp, p))
		}
	}
	for _, w := range append(strings.Fields(text), text) {
		if got, want := isStopFolded(w), isStop(strings.ToLower(w)); got != want {
			t.Fatalf("isStopFolded(%q) = %v, want %v", w, got, want)
		}
		if got, want := theOrThis(w), strings.ToLower(w) == "the" || strings.ToLower(w) == "this"; got != want {
			t.Fatalf("theOrThis(%q) = %v, want %v", w, got, want)
		}
		if got, want := stemOfFolded(w), stemOf(strings.ToLower(w)); got != want {
			t.Fatalf("stemOfFolded(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestFoldedAsBefore: the lower-casing without a copy gives what
// strings.ToLower gave, on random splices (capitals, the Kelvin sign and
// dotted İ that lower to ASCII, texts longer than the stack buffer) and on
// the lines of the spent sets' texts.
func TestFoldedAsBefore(t *testing.T) {
	pieces := []string{"a", "Z", "q", "7", " ", "'", "-", "é", "Ö", "İ", "\u212a", "Σ", "\xff", "\xc3", "Sign Up", "SKIP to",
		"All Rights Reserved", "Read More", "newsletter", "Subscribe", "COOKIE", "your", "Our", "we", "The", "Agency",
		"Officials", "said", "Many", "WHETHER", "s\u212aip to", "cooK\u212aie", strings.Repeat("Word ", 60),
		"’", "“Read", "more”", "s\u0130gn up", "S\u0130GN UP", "cook\xffie", "Share ", "This", "Ω", "THE", "tHiS", "th", "thİs", "thiſ", "The", strings.Repeat("Ünïcode ", 40)}
	rng := rand.New(rand.NewPCG(13, 27))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(14) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		checkFolded(t, b.String())
	}
	for _, text := range []string{"thİs THE tHiS thiſ th The", "s\u212aip to the content", "Sign up for our newsletter", "İ"} {
		checkFolded(t, text)
	}
	letters := []string{"", "t", "T", "h", "H", "e", "E", "i", "I", "İ", "s", "S", "ſ", "\u212a"}
	for _, a := range letters {
		for _, b := range letters {
			for _, c := range letters {
				for _, d := range letters {
					w := a + b + c + d
					if got, want := theOrThis(w), strings.ToLower(w) == "the" || strings.ToLower(w) == "this"; got != want {
						t.Fatalf("theOrThis(%q) = %v, want %v", w, got, want)
					}
				}
			}
		}
	}
	if !boilerplate("S\u212aIP TO main content") || !boilerplate("“S\u0130GN UP” today") {
		t.Error("the Kelvin sign no longer lowers to k: boilerplate must still read it as strings.ToLower does")
	}
	lines := 0
	for _, glob := range []string{"testdata/*.txt", "../testdata/eval/answers-dev*.jsonl",
		"../testdata/eval/blind/articles/*", "../testdata/eval/blind12/articles/*", "../testdata/eval/dev-i10z*/articles/*"} {
		names, _ := filepath.Glob(glob)
		for _, name := range names {
			b, err := os.ReadFile(name)
			if err != nil {
				continue // a folder
			}
			for line := range strings.SplitSeq(string(b), "\n") {
				checkFolded(t, line)
				lines++
			}
		}
	}
	if lines < 1000 {
		t.Errorf("read %d lines, want at least 1000", lines)
	}
}

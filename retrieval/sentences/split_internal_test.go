package sentences

import (
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// scriptFinal answers false for every ASCII rune without looking at its
// marks; that holds only while none of them is ASCII.
func TestScriptFinalMarksOutsideASCII(t *testing.T) {
	for r := range finalMarks {
		if r < utf8.RuneSelf {
			t.Errorf("finalMarks holds the ASCII %q: scriptFinal's ASCII shortcut would miss it", r)
		}
	}
	for _, r := range []rune{'．', '\u037E'} {
		if r < utf8.RuneSelf {
			t.Errorf("%q is ASCII", r)
		}
	}
}

// TestSplitMarkShortcut checks Split's shortcut past the ASCII bytes
// splitMark leaves out: with every byte marked (so each goes through the
// loop's cases, as before the shortcut), Split gives the same spans on
// the sample articles and on random mixtures of their characters with
// marks, quotes, line breaks and other scripts.
func TestSplitMarkShortcut(t *testing.T) {
	var texts []string
	files, _ := filepath.Glob("../../samples/articles/*.txt")
	for _, f := range files {
		if b, err := os.ReadFile(f); err == nil {
			texts = append(texts, string(b))
		}
	}
	if len(texts) == 0 {
		t.Fatal("no sample articles: the path moved")
	}
	pieces := []string{"The minister", " said", ". ", "! ", "? ", "...", "\n", "\n\n", "“Yes,” ", "U.S. ", "Dr. Smith", "。", "।", "…", "a", "B", " ", "3.5", "؟", "\"", "'"}
	r := rand.New(rand.NewSource(1))
	for range 3000 {
		var b strings.Builder
		for range r.Intn(30) {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	saved := splitMark
	for c := range splitMark {
		splitMark[c] = true
	}
	want := make([][]Span, len(texts))
	for i, s := range texts {
		want[i] = Split(s)
	}
	splitMark = saved
	for i, s := range texts {
		if got := Split(s); !slices.Equal(got, want[i]) {
			t.Fatalf("Split(%q) = %v, every byte looked at: %v", s, got, want[i])
		}
	}
}

package attribution

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/newsbot/newsbot/internal/corpus"
)

// lowerTexts returns the repository's article texts that tests may read
// (the attribution gold and dev sets, the eval articles), 300 generated
// articles and 3,000 strings of tricky runes: letters whose lower case is
// longer or shorter than they are ('İ', 'K' the Kelvin sign, 'ẞ'), invalid
// bytes, a literal U+FFFD, curly quotes.
func lowerTexts(t *testing.T) []string {
	var texts []string
	for _, pat := range []string{"../../testdata/attribution/*.json", "../../testdata/attribution/dev-*/*.json", "../../testdata/eval/articles/*.txt", "../../samples/articles/*"} {
		files, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(b))
		}
	}
	if len(texts) < 20 {
		t.Fatalf("only %d repository texts found", len(texts))
	}
	g := corpus.New(3)
	for i := range 300 {
		texts = append(texts, g.Article(i).Text)
	}
	pieces := []string{" ", "Said", "SAID", "the", "The", "İstanbul", "\u212aelvin", "STRAẞE", "ǅ", "\xff", "\xe2\x80", "\ufffd", "“Yes,”", "’", "U.S.", "Ωmega", "ΣΑΣ", "\n\n", "$5", "£3", "Ⓐ"}
	r := rand.New(rand.NewPCG(7, 8))
	for n := range 3000 {
		var b strings.Builder
		for range 1 + r.IntN(10+n%40) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	return texts
}

// TestTokenizeLoweredSame checks that tokens read their lower case from the
// text lower-cased once (lowerAligned) exactly as when each word is
// lower-cased alone, on whole texts and on their lines, and that
// lowerAligned refuses a text whose offsets lower-casing would move.
func TestTokenizeLoweredSame(t *testing.T) {
	aligned, refused := 0, 0
	for _, text := range lowerTexts(t) {
		for _, s := range append(strings.Split(text, "\n"), text) {
			ls, ok := lowerAligned(s)
			if !ok {
				refused++
				if ls != "" {
					t.Fatalf("lowerAligned(%q) refused but returned %q", s, ls)
				}
				continue
			}
			aligned++
			if ls != strings.ToLower(s) {
				t.Fatalf("lowerAligned(%q) = %q, want strings.ToLower's %q", s, ls, strings.ToLower(s))
			}
			for _, open := range []bool{false, true} {
				want := tokenize(s, open, nil)
				got := tokenizeLowered(s, ls, open, nil)
				if len(got) != len(want) {
					t.Fatalf("%q: %d tokens, want %d", s, len(got), len(want))
				}
				for i := range want {
					if got[i] != want[i] {
						t.Fatalf("%q: token %d is %+v, want %+v", s, i, got[i], want[i])
					}
					if !want[i].punct && want[i].lo != strings.ToLower(want[i].s) {
						t.Fatalf("%q: token %q lower-cased as %q", s, want[i].s, want[i].lo)
					}
				}
			}
		}
	}
	if aligned < 1000 || refused < 100 {
		t.Errorf("aligned %d texts, refused %d: the test no longer reaches both cases", aligned, refused)
	}
}

// TestCaseless checks that the runes caseless skips have no lower case.
func TestCaseless(t *testing.T) {
	n := 0
	for r := rune(0); r <= 0x10FFFF; r++ {
		if caseless(r) {
			n++
			if unicode.ToLower(r) != r {
				t.Errorf("caseless(%U) but its lower case is %U", r, unicode.ToLower(r))
			}
		}
	}
	if n == 0 {
		t.Error("caseless skips no rune")
	}
}

// BenchmarkLowerAligned lower-cases a sample article once, as Attribute
// does for every article.
func BenchmarkLowerAligned(b *testing.B) {
	data, err := os.ReadFile("../../samples/articles/aleppo-russia-strikes.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, ok := lowerAligned(text); !ok {
			b.Fatal("refused")
		}
	}
}

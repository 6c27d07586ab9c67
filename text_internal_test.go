package newsbot

import (
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// appendNormalizedRuneByRune is AppendNormalized as it was before runs of
// plain ASCII were copied whole: every rune read by range, ASCII other
// than white space and '`' appended byte by byte.
func appendNormalizedRuneByRune(dst []byte, text string) []byte {
	space := false
	for i, r := range text {
		if r < utf8.RuneSelf && text[i] != ' ' && text[i] != '`' && (text[i] < '\t' || text[i] > '\r') {
			if space {
				dst = append(dst, ' ')
				space = false
			}
			b := text[i]
			if 'A' <= b && b <= 'Z' {
				b += 'a' - 'A'
			}
			dst = append(dst, b)
			continue
		}
		r = FoldRune(r)
		if unicode.IsSpace(r) {
			space = len(dst) > 0
			continue
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			dst = append(dst, byte(r))
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}

// TestAppendNormalizedSameAsRuneByRune checks the copy of plain ASCII runs
// against reading rune by rune, byte for byte, with a prefix in dst, on
// random mixes of every ASCII byte, white space, folded and invalid runes,
// and on the sample articles.
func TestAppendNormalizedSameAsRuneByRune(t *testing.T) {
	var pieces []string
	for c := 0; c < utf8.RuneSelf; c++ {
		pieces = append(pieces, string(rune(c)))
	}
	pieces = append(pieces, "Word", "ABC", "  ", "\r\n", "\u00a0", "\u2019", "\u201c", "\u2014", "\u2212", "\u00b4",
		"É", "ß", "İ", "Σ", "\xff", "\xe2\x80", "\xc3", "日本", "\u3000", "\u2028")
	r := rand.New(rand.NewPCG(13, 14))
	texts := []string{""}
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		for n := r.IntN(40); n > 0; n-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	if ents, err := os.ReadDir("samples/articles"); err == nil {
		for _, e := range ents {
			if data, err := os.ReadFile("samples/articles/" + e.Name()); err == nil {
				texts = append(texts, string(data))
			}
		}
	}
	if len(texts) < 20002 {
		t.Fatal("no sample articles read")
	}
	for _, s := range texts {
		for _, prefix := range []string{"", "x"} {
			got := string(AppendNormalized([]byte(prefix), s))
			want := string(appendNormalizedRuneByRune([]byte(prefix), s))
			if got != want {
				t.Fatalf("AppendNormalized(%q, %q) = %q; want %q", prefix, s, got, want)
			}
		}
	}
}

func FuzzAppendNormalized(f *testing.F) {
	f.Add("The Minister’s  “plan” — 40%\tA`B\xff")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(AppendNormalized(nil, s)), string(appendNormalizedRuneByRune(nil, s)); got != want {
			t.Fatalf("AppendNormalized(%q) = %q; want %q", s, got, want)
		}
	})
}

// BenchmarkAppendNormalized normalises a sample article (what ingest.Hash
// does to every article).
func BenchmarkAppendNormalized(b *testing.B) {
	data, err := os.ReadFile("samples/articles/aleppo-russia-strikes.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	buf := make([]byte, 0, len(text))
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		buf = AppendNormalized(buf[:0], text)
	}
}

// BenchmarkAppendNormalizedRuneByRune is the same, read rune by rune.
func BenchmarkAppendNormalizedRuneByRune(b *testing.B) {
	data, err := os.ReadFile("samples/articles/aleppo-russia-strikes.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	buf := make([]byte, 0, len(text))
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		buf = appendNormalizedRuneByRune(buf[:0], text)
	}
}

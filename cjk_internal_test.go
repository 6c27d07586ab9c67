package newsbot

import (
	"strings"
	"testing"
	"unicode"
)

func TestCJKGapHoldsNoLetter(t *testing.T) {
	for r := rune(cjkGapStart); r < cjkGapEnd; r++ {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
			t.Fatalf("%U is a CJK letter inside the gap IsCJK skips", r)
		}
	}
	for _, r := range []rune{'’', '“', '—', 'é', 'a'} {
		if IsCJK(r) {
			t.Errorf("IsCJK(%q) = true", r)
		}
	}
	for _, r := range []rune{'ᄀ', '⺀', '地', 'ー', 'ア', 'あ', '한'} {
		if !IsCJK(r) {
			t.Errorf("IsCJK(%q) = false", r)
		}
	}
}

// hasCJKRunes is HasCJK as it was: every rune of s decoded.
func hasCJKRunes(s string) bool {
	for _, r := range s {
		if IsCJK(r) {
			return true
		}
	}
	return false
}

func FuzzHasCJK(f *testing.F) {
	for _, s := range []string{"", "plain text", "“quoted” — dash", "地铁网络", "x\xe1\x84", "\xe1\x84\x80", "ｰ", "caf\xc3\xa9 々",
		"\xf0\x9f\x98\x80 emoji", "\xe0\xa4\x85 Devanagari", "\xbf\xe3\x81\x82", "한국 news", "\xe3\x81"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := HasCJK(s), hasCJKRunes(s); got != want {
			t.Fatalf("HasCJK(%q) = %v, ranging over its runes gives %v", s, got, want)
		}
	})
}

// BenchmarkHasCJK: a 5 KB English article with curly quotes and dashes,
// byte scan against decoding every rune.
func BenchmarkHasCJK(b *testing.B) {
	s := strings.Repeat("The minister said on Tuesday that “the plan” — agreed in May — would cost €4.2bn, café owners said. ", 50)
	b.SetBytes(int64(len(s)))
	b.Run("bytes", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if HasCJK(s) {
				b.Fatal("CJK found")
			}
		}
	})
	b.Run("runes", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if hasCJKRunes(s) {
				b.Fatal("CJK found")
			}
		}
	})
}

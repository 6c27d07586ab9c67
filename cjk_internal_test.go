package newsbot

import (
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

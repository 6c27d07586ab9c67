package newsbot_test

import (
	"testing"

	"github.com/newsbot/newsbot"
)

func TestFoldRune(t *testing.T) {
	for in, want := range map[rune]rune{'’': '\'', '‘': '\'', '“': '"', '”': '"', '«': '"', '—': '-', '–': '-', '−': '-',
		'a': 'a', 'É': 'É', '"': '"', '…': '…'} {
		if got := newsbot.FoldRune(in); got != want {
			t.Errorf("FoldRune(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestClipText(t *testing.T) {
	for _, tc := range []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"the moratorium would hold", 18, "the moratorium…"},
		{"Aleppo’s", 7, "Aleppo…"},         // never inside the ’
		{"ééééé", 3, "é…"},                 // never inside a character
		{"abcdefghij klm", 8, "abcdefgh…"}, // no space in the second half: cut in the word
	} {
		if got := newsbot.ClipText(tc.in, tc.n); got != tc.want {
			t.Errorf("ClipText(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.want)
		}
	}
}

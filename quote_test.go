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

package sentences

import (
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

package planted

import (
	"strings"
	"testing"
)

// TestIndexColon: indexColon is strings.IndexAny(s, ":："), invalid UTF-8
// included.
func TestIndexColon(t *testing.T) {
	for _, s := range []string{"", ":", "：", "a：b:c", "a:b：c", "no colon", "\xef：", "\xe2\xef\xbc\x9a:", "\xef\xbc", "Role： x", "x \xbc\x9a: y", "Note:：", "é：è:"} {
		if got, want := indexColon(s), strings.IndexAny(s, ":："); got != want {
			t.Errorf("indexColon(%q) = %d, strings.IndexAny %d", s, got, want)
		}
	}
}

func FuzzIndexColon(f *testing.F) {
	f.Add("a：b:c")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := indexColon(s), strings.IndexAny(s, ":："); got != want {
			t.Errorf("indexColon(%q) = %d, strings.IndexAny %d", s, got, want)
		}
	})
}

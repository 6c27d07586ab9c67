package answer

import (
	"testing"

	"github.com/newsbot/newsbot/retrieval"
)

// TestDerivedForms checks that a verb and its noun whose Latin root
// changes between them are one word form, and that short roots and
// unrelated words stay apart.
func TestDerivedForms(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"decided", "decision", true},
		{"detained", "detention", true},
		{"describe", "descriptions", true},
		{"admitted", "admission", true},
		{"receive", "reception", true},
		{"consumed", "consumption", true},
		{"exploded", "explosion", true},
		{"extends", "extension", true},
		{"resolve", "resolution", true},
		{"invaded", "invasion", true},
		{"mission", "missed", false}, // the root "mit" is too short
		{"pension", "pending", false},
		{"vision", "video", false},
		{"decision", "decade", false},
	} {
		a, b := retrieval.Stem(tc.a), retrieval.Stem(tc.b)
		if got := wordForm(a, b); got != tc.want {
			t.Errorf("wordForm(%q, %q) (stems %q, %q) = %v, want %v", tc.a, tc.b, a, b, got, tc.want)
		}
	}
}

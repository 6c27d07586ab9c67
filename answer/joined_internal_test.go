package answer

import (
	"slices"
	"testing"
)

// TestJoinedNames checks that a capitalised word spelled out with hyphens
// ("Sa-hel", as a broadcast transcript writes it) also gives the name
// written whole, and that ordinary hyphenated words are not joined.
func TestJoinedNames(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
		not  []string
	}{
		{"aid for the Sa-hel region", []string{"sahel"}, nil},
		{"And UNI-CEF is preparing", []string{"unicef"}, nil},
		{"a well-known figure, a 24-hour period", nil, []string{"wellknown", "24hour"}},
	} {
		got := unitTerms(tc.text)
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: terms %v lack %q", tc.text, got, w)
			}
		}
		for _, w := range tc.not {
			if slices.Contains(got, w) {
				t.Errorf("%q: terms %v hold %q", tc.text, got, w)
			}
		}
	}
}

// TestDemonymVariant checks that a short place name matches its people's
// name ("Niue"/"Niuean") and that other short prefixes do not.
func TestDemonymVariant(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"niu", "niuean", true},
		{"syria", "syrian", true},
		{"niu", "niur", false},
		{"ira", "iran", false},
		{"tog", "together", false},
	} {
		if got := variant(tc.a, tc.b); got != tc.want {
			t.Errorf("variant(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

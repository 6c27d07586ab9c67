package answer

import "testing"

// TestIsFigure: a table's figure may carry thousands separators and a
// decimal part; badly grouped digits and words are not figures.
func TestIsFigure(t *testing.T) {
	for w, want := range map[string]bool{
		"578": true, "3,496": true, "1,051.75": true, "12.5": true, "73,362": true,
		"3,49": false, "1234,567": false, "12.": false, "abc": false, "": false, "1,2,3": false,
	} {
		if got := isFigure(w); got != want {
			t.Errorf("isFigure(%q) = %v, want %v", w, got, want)
		}
	}
}

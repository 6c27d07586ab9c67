package ingest

import "testing"

// TestMayBeCalendar checks that the filter before the calendar look-up
// passes every calendar word and keeps the answer of the look-up for
// other words, and that it rejects most names.
func TestMayBeCalendar(t *testing.T) {
	for w := range calendar {
		if !mayBeCalendar(w) {
			t.Errorf("mayBeCalendar(%q) = false, a calendar word", w)
		}
	}
	rejected := 0
	names := []string{"Smith", "Russia", "UN", "Tuesdays", "Mayor", "Marchetti", "Juno", "Sunday's", "", "A", "Octavia", "Decembers"}
	for _, w := range names {
		if calendar[w] {
			t.Errorf("%q is not meant to be a calendar word", w)
		}
		if !mayBeCalendar(w) {
			rejected++
		}
	}
	if rejected < len(names)/2 {
		t.Errorf("the filter rejects only %d of %d names", rejected, len(names))
	}
}

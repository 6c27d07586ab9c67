package planted

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// identSlotBefore is identSlot as it was before its part filter and trim.
func identSlotBefore(id string) (int, bool) {
	n, slot, start := 0, false, 0
	for k := 1; k <= len(id); k++ {
		end := k == len(id)
		if !end && id[k] != '_' && id[k] != '-' && !(id[k-1] >= 'a' && id[k-1] <= 'z' && id[k] >= 'A' && id[k] <= 'Z') {
			continue
		}
		p := strings.Trim(id[start:k], "_-")
		start = k
		if p == "" {
			continue
		}
		n++
		if strings.EqualFold(p, "and") || strings.EqualFold(p, "n") {
			return n, false
		}
		for _, a := range answerParts {
			slot = slot || strings.EqualFold(p, a)
		}
	}
	return n, slot
}

// TestIdentSlotFiltered checks identSlot against its earlier form on
// identifiers spliced from answer parts, their neighbours and other
// pieces in random case, and that the splices hold slots.
func TestIdentSlotFiltered(t *testing.T) {
	pieces := []string{"_", "-", "__", "and", "AND", "n", "N", "set", "get", "Canonical", "x", "9", "q", "an", "swer", "answe", "answerz"}
	for _, a := range answerParts {
		pieces = append(pieces, a, strings.ToUpper(a), strings.ToUpper(a[:1])+a[1:], a[:len(a)-1], a+"s")
	}
	r := rand.New(rand.NewPCG(13, 1))
	slots := 0
	for range 40000 {
		var b strings.Builder
		for range 1 + r.IntN(4) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		id := b.String()
		n, slot := identSlot(id)
		wn, wslot := identSlotBefore(id)
		if n != wn || slot != wslot {
			t.Fatalf("identSlot(%q) = %d, %v; before %d, %v", id, n, slot, wn, wslot)
		}
		if slot {
			slots++
		}
	}
	if slots < 1000 {
		t.Errorf("only %d of 40,000 splices hold a slot", slots)
	}
}

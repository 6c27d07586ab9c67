package retrieval

import (
	"testing"

	"github.com/newsbot/newsbot"
)

// TestDemoteExpanded ranks a passage found only through an alias below one
// holding the query's own words, and leaves an order without such
// passages alone.
func TestDemoteExpanded(t *testing.T) {
	ps := []newsbot.Passage{
		{ChunkID: 1, Text: "The United Nations said aid was ready.", Score: 1.0},
		{ChunkID: 2, Text: "The UN envoy said trucks waited.", Score: 0.9},
	}
	demoteExpanded(ps, "UN envoy")
	if ps[0].ChunkID != 2 || ps[1].Score >= 1.0 {
		t.Fatalf("alias-only passage not demoted: %+v", ps)
	}
	ps = []newsbot.Passage{{ChunkID: 1, Text: "UN envoy", Score: 1}, {ChunkID: 2, Text: "the envoy", Score: 0.5}}
	demoteExpanded(ps, "UN envoy")
	if ps[0].ChunkID != 1 || ps[1].Score != 0.5 {
		t.Fatalf("passages with own words changed: %+v", ps)
	}
}

package answer

import (
	"testing"

	"github.com/newsbot/newsbot"
)

// TestRepresentativeOfTemplatedCopies checks which copy of a story is
// quoted: with equal metadata, of texts that differ the one retrieval
// ranked best (a templated release about another county is no copy of
// the county asked about), of identical texts the earliest.
func TestRepresentativeOfTemplatedCopies(t *testing.T) {
	src := func(id int64, published, text string, rank int) *source {
		return &source{Article: &newsbot.Article{ID: id, Published: published, Text: text}, Rank: rank}
	}
	harding := src(1, "2017-08-01", "USDA designates Harding County in South Dakota as a disaster area.", 2)
	imperial := src(2, "2017-09-20", "USDA designates Imperial County in California as a disaster area.", 1)
	if got := representative([]*source{harding, imperial}); got != imperial {
		t.Errorf("representative = article %d, want the best-ranked copy (2)", got.Article.ID)
	}
	early := src(3, "2017-08-01", "The same wire text.", 2)
	late := src(4, "2017-09-20", "The same wire text.", 1)
	if got := representative([]*source{late, early}); got != early {
		t.Errorf("representative = article %d, want the earliest of identical copies (3)", got.Article.ID)
	}
}

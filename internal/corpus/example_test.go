package corpus_test

import (
	"fmt"

	"github.com/newsbot/newsbot/internal/corpus"
)

func ExampleGenerator() {
	g := corpus.New(1)
	a := g.Article(7)
	fmt.Println(a.Index, a.Published, a.Byline)
	fmt.Println(a.Title)
	q := g.Question(3, 100)
	fmt.Println(q.Article, q.Text)
	// Output:
	// 7 2026-01-16 By Hassan Moreau
	// Fasarche coach eases as the Fasarche Energy Council the the bricheta
	// 32 Is it true that 127 was reported in Moterlu?

}

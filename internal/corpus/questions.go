package corpus

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Question returns question i about one of the first n articles (n >= 1).
// Most questions name what a reader would remember of the article (a
// person, a place, an organisation, a number, the subject); about one in
// ten uses only common news words, the costly kind for a keyword index.
func (g *Generator) Question(i, n int) Question {
	r := rand.New(rand.NewPCG(g.seed^0x9e3779b97f4a7c15, uint64(i)+1))
	idx := r.IntN(n)
	a := g.Article(idx)
	topic := pick(r, topics[a.Topic])
	place := pick(r, a.Places)
	var text string
	switch k := r.IntN(10); {
	case k == 0:
		text = fmt.Sprintf("What is the latest on the %s and %s?", pick(r, headWords[60:200]), pick(r, headWords[60:200]))
	case k <= 2 && len(a.People) > 0:
		text = fmt.Sprintf("What did %s say about the %s in %s?", pick(r, a.People), topic, place)
	case k == 3 && len(a.People) > 0:
		last := pick(r, a.People)
		text = fmt.Sprintf("According to %s, what happened to %s?", last[strings.LastIndexByte(last, ' ')+1:], topic)
	case k <= 5 && len(a.Numbers) > 0:
		text = fmt.Sprintf("Is it true that %s was reported in %s?", pick(r, a.Numbers), place)
	case k == 6:
		text = fmt.Sprintf("Why did %s warn about %s?", strings.TrimPrefix(a.Org, "the "), topic)
	case k == 7:
		text = fmt.Sprintf("Who said there was a %s problem in %s?", topic, place)
	default:
		text = fmt.Sprintf("%s %s", a.Title, "— what happened?")
	}
	return Question{Text: text, Article: idx}
}

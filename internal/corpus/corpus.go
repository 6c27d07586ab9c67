// Package corpus generates synthetic news articles, and questions about
// them, for benchmarks and load tests. Output is deterministic: the same
// seed and index always give the same article, on any machine.
//
// The articles look like pasted news pages of about 5 KB: a headline, a
// standfirst, a byline, body paragraphs with attributed quotes in the
// patterns reporters use ("X said", "said X", "according to X", "X told Y",
// an agency citing a source, bare direct quotes), names, places,
// organisations and numbers, and some lines of web-page boilerplate. Words
// follow a Zipf distribution over a vocabulary of stop words, common news
// words, topic words and a long tail of rare words, so that an FTS5 index
// built from the corpus has the doclist lengths of a news archive rather
// than those of uniform noise.
package corpus

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Article is one generated article. Text is the page as a user would paste
// it; the other fields are what the text says, kept so that questions can
// be asked about it.
type Article struct {
	Index      int
	Title      string
	Standfirst string
	Byline     string
	Outlet     string
	URL        string
	Published  string // YYYY-MM-DD
	Text       string

	Topic   int      // index of the topic the article is about
	People  []string // full names of the people quoted, in order of appearance
	Places  []string // places named in the article
	Org     string   // the organisation the article is mostly about
	Numbers []string // numbers written in the body, as written
}

// Question is a natural-language question about one article.
type Question struct {
	Text    string
	Article int // index of the article the question was drawn from
}

// Generator makes articles and questions. It is safe for concurrent use.
type Generator struct {
	seed   uint64
	vocab  []string // Zipf-ranked: most frequent first
	places []string
}

// tailWords is the number of rare words after headWords in the vocabulary.
const tailWords = 40000

// New returns a generator whose output depends only on seed.
func New(seed uint64) *Generator {
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	g := &Generator{seed: seed}
	seen := map[string]bool{}
	for _, w := range headWords {
		if !seen[w] {
			seen[w] = true
			g.vocab = append(g.vocab, w)
		}
	}
	for len(g.vocab) < len(headWords)+tailWords {
		if w := coin(r, 2, 4); !seen[w] {
			seen[w] = true
			g.vocab = append(g.vocab, w)
		}
	}
	for len(g.places) < 3000 {
		if w := coin(r, 2, 3); !seen[w] {
			seen[w] = true
			g.places = append(g.places, capitalize(w))
		}
	}
	return g
}

// coin makes a word of min to max syllables.
func coin(r *rand.Rand, min, max int) string {
	var b strings.Builder
	for n := min + r.IntN(max-min+1); n > 0; n-- {
		b.WriteString(syllables[r.IntN(len(syllables))])
	}
	return b.String()
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// writer holds the state of one article being written.
type writer struct {
	g      *Generator
	r      *rand.Rand
	zipf   *rand.Zipf
	topic  []string
	a      *Article
	people []person
}

type person struct{ name, role string }

// Article returns article i (i >= 0).
func (g *Generator) Article(i int) Article {
	r := rand.New(rand.NewPCG(g.seed, uint64(i)+1))
	a := Article{Index: i, Topic: r.IntN(len(topics))}
	w := &writer{g: g, r: r, zipf: rand.NewZipf(r, 1.08, 2, uint64(len(g.vocab)-1)), topic: topics[a.Topic], a: &a}
	a.Places = []string{g.place(r), g.place(r), g.place(r)}
	a.Org = w.org(a.Places[0])
	for n := 3 + r.IntN(3); n > 0; n-- {
		w.people = append(w.people, w.newPerson())
	}
	a.Outlet = "The " + a.Places[1] + " " + outlets[r.IntN(len(outlets))]
	a.Published = fmt.Sprintf("20%02d-%02d-%02d", 18+r.IntN(9), 1+r.IntN(12), 1+r.IntN(28))
	a.URL = fmt.Sprintf("https://news.example/%s/%d-%s", a.Published[:4], i, strings.ToLower(a.Places[0]))
	a.Title = fmt.Sprintf("%s %s %s as %s %s", a.Places[0], w.topicWord(), pick(r, headVerbs), a.Org, w.words(3))
	a.Standfirst = capitalize(w.words(10+r.IntN(8))) + " in " + a.Places[1] + "."
	a.Byline = "By " + w.name()
	a.Text = w.page(4400 + r.IntN(1200))
	return a
}

var headVerbs = []string{"deepens", "eases", "sparks alarm", "widens", "stalls", "returns", "escalates", "divides"}

func pick(r *rand.Rand, xs []string) string { return xs[r.IntN(len(xs))] }

func (g *Generator) place(r *rand.Rand) string {
	// Squaring skews places towards the first ones, as news is.
	f := r.Float64()
	return g.places[int(f*f*float64(len(g.places)))]
}

func (w *writer) org(place string) string {
	return "the " + place + " " + pick(w.r, orgFields) + " " + pick(w.r, orgKinds)
}

func (w *writer) name() string {
	return pick(w.r, firstNames) + " " + pick(w.r, lastNames)
}

func (w *writer) newPerson() person {
	role := pick(w.r, roles)
	if strings.Contains(role, "%s") {
		role = fmt.Sprintf(role, w.org(w.a.Places[w.r.IntN(len(w.a.Places))]))
	}
	return person{name: w.name(), role: role}
}

func (w *writer) topicWord() string { return pick(w.r, w.topic) }

// words returns n words: mostly from the Zipf vocabulary, some from the
// article's topic.
func (w *writer) words(n int) string {
	var b strings.Builder
	for k := 0; k < n; k++ {
		if k > 0 {
			b.WriteByte(' ')
		}
		if w.r.IntN(8) == 0 {
			b.WriteString(w.topicWord())
		} else {
			b.WriteString(w.g.vocab[w.zipf.Uint64()])
		}
	}
	return b.String()
}

// number returns a number phrase and records the number.
func (w *writer) number() string {
	r := w.r
	var n, s string
	switch r.IntN(5) {
	case 0:
		n = fmt.Sprint(2 + r.IntN(400))
		s = "at least " + n + " " + pick(r, []string{"people", "workers", "families", "homes", "children", "soldiers"})
	case 1:
		n = fmt.Sprintf("%d.%d", 1+r.IntN(40), r.IntN(10))
		s = "$" + n + " " + pick(r, []string{"million", "billion"})
	case 2:
		n = fmt.Sprintf("%d.%d", r.IntN(30), r.IntN(10))
		s = n + " percent"
	case 3:
		n = fmt.Sprint(1990 + r.IntN(36))
		s = "since " + n
	default:
		n = fmt.Sprint(100 + r.IntN(9900))
		s = n + " " + pick(r, []string{"tonnes", "kilometres", "barrels", "cases", "votes", "hectares"})
	}
	w.a.Numbers = append(w.a.Numbers, n)
	return s
}

// clause is the content of a statement: news words with a place, a topic
// word and sometimes a number.
func (w *writer) clause() string {
	parts := []string{w.words(4 + w.r.IntN(6)), "in " + w.a.Places[w.r.IntN(len(w.a.Places))]}
	if w.r.IntN(3) == 0 {
		parts = append(parts, w.number())
	}
	parts = append(parts, w.words(3+w.r.IntN(6)))
	return strings.Join(parts, " ")
}

// sentence returns one body sentence: narration or a statement attributed
// in one of the usual patterns.
func (w *writer) sentence() string {
	r := w.r
	p := w.people[r.IntN(len(w.people))]
	day := pick(r, weekdays)
	switch r.IntN(10) {
	case 0:
		return fmt.Sprintf("\u201c%s,\u201d %s, %s, said.", capitalize(w.clause()), p.name, p.role)
	case 1:
		return fmt.Sprintf("%s said on %s that %s.", p.name, day, w.clause())
	case 2:
		return fmt.Sprintf("\"%s,\" said %s, %s.", capitalize(w.clause()), p.name, p.role)
	case 3:
		return fmt.Sprintf("According to %s, %s.", p.name, w.clause())
	case 4:
		return fmt.Sprintf("%s told %s that %s.", p.name, pick(r, agencies), w.clause())
	case 5:
		return fmt.Sprintf("%s cited a source in %s as saying %s on %s.", capitalize(pick(r, agencies)), w.a.Org, w.clause(), day)
	case 6:
		return fmt.Sprintf("\"%s.\"", capitalize(w.clause()))
	case 7:
		return fmt.Sprintf("%s said in a statement that %s.", capitalize(w.a.Org), w.clause())
	default:
		return capitalize(w.clause()) + " on " + day + "."
	}
}

// page writes the pasted page: boilerplate, headline, standfirst, byline,
// body paragraphs of about size bytes, and closing boilerplate.
func (w *writer) page(size int) string {
	r := w.r
	var b strings.Builder
	b.WriteString(pick(r, boilerplate) + "\n\n")
	b.WriteString(w.a.Title + "\n\n" + w.a.Standfirst + "\n\n" + w.a.Byline + "\n\n")
	start := b.Len()
	for b.Len()-start < size {
		for j, n := 0, 1+r.IntN(3); j < n; j++ {
			if j > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(w.sentence())
		}
		b.WriteString("\n\n")
		if r.IntN(12) == 0 {
			b.WriteString(pick(r, boilerplate) + "\n\n")
		}
	}
	b.WriteString(pick(r, boilerplate) + "\n")
	w.a.People = w.a.People[:0]
	for _, p := range w.people {
		if strings.Contains(b.String(), p.name) {
			w.a.People = append(w.a.People, p.name)
		}
	}
	return b.String()
}

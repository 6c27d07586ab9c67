// Command remix writes a benchmark corpus of news-like articles made from
// the real news sentences in the repository (the sample article, the eval
// articles, the attribution gold and holdout passages), for
// 'newsbot bench --corpus FILE.jsonl --queries FILE.txt':
//
//	go run ./bench/remix -articles 20000 -out /tmp/remix
//
// Real sentences make words repeat as they do in a news archive: "said",
// "government", "people" are in most passages, and questions are full of
// them, which the Zipf vocabulary of internal/corpus does not reproduce.
// Articles are copies of stories (a few stories are copied many times, as
// wire reports are), each copy dropping and reordering paragraphs; every
// story renames its people and places and changes its numbers, and a few
// of its words become rare words of its own, so that names stay
// selective. Questions are built from the words of one paragraph of one
// article, in the forms a reader uses. Output is deterministic for a seed.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"unicode"
)

func main() {
	n := flag.Int("articles", 20000, "articles to write")
	q := flag.Int("queries", 500, "questions to write")
	out := flag.String("out", ".", "directory for corpus.jsonl and queries.txt")
	root := flag.String("root", ".", "repository root")
	seed := flag.Uint64("seed", 1, "seed")
	flag.Parse()
	if err := run(*root, *out, *n, *q, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "remix:", err)
		os.Exit(1)
	}
}

// source is one real article: its headline and body paragraphs.
type source struct {
	title string
	paras []string
}

func run(root, out string, n, q int, seed uint64) error {
	srcs, err := loadSources(root)
	if err != nil {
		return err
	}
	if len(srcs) == 0 {
		return fmt.Errorf("no source texts under %s", root)
	}
	r := rand.New(rand.NewPCG(seed, 0xbe7c4))
	var pool []string
	for _, s := range srcs {
		pool = append(pool, s.paras...)
	}
	m := &mixer{r: r, pool: pool, srcs: srcs, lower: map[string]bool{}}
	for _, p := range pool {
		for _, w := range strings.Fields(p) {
			if w == strings.ToLower(w) {
				m.lower[strings.Trim(w, ".,;:!?\"'()")] = true
			}
		}
	}
	cf, err := os.Create(filepath.Join(out, "corpus.jsonl"))
	if err != nil {
		return err
	}
	defer cf.Close()
	enc := json.NewEncoder(cf)
	stories := max(n/10, 1)
	var asked []article
	for i := 0; i < n; i++ {
		a := m.article(i, zipf(r, stories))
		if err := enc.Encode(map[string]string{"id": fmt.Sprint(i), "title": a.title, "text": a.text}); err != nil {
			return err
		}
		if len(asked) < q && r.IntN(max(n/q, 1)) == 0 {
			asked = append(asked, a)
		}
	}
	var qs []string
	for i := 0; len(qs) < q; i++ {
		qs = append(qs, m.question(asked[i%len(asked)]))
	}
	return os.WriteFile(filepath.Join(out, "queries.txt"), []byte(strings.Join(qs, "\n")+"\n"), 0o644)
}

// zipf returns a story number in [0, n), small numbers far more often.
func zipf(r *rand.Rand, n int) int {
	return min(int(float64(n)*r.Float64()*r.Float64()*r.Float64()), n-1)
}

// loadSources reads the repository's real news texts.
func loadSources(root string) ([]source, error) {
	var out []source
	files, _ := filepath.Glob(filepath.Join(root, "testdata/attribution/*/*.json"))
	more, _ := filepath.Glob(filepath.Join(root, "testdata/attribution/*.json"))
	for _, f := range append(files, more...) {
		var d struct {
			Paragraphs []struct{ Kind, Text string }
		}
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		if json.Unmarshal(data, &d) != nil {
			continue
		}
		var s source
		for _, p := range d.Paragraphs {
			if p.Kind == "headline" {
				s.title = p.Text
			} else if p.Kind == "body" {
				s.paras = append(s.paras, p.Text)
			}
		}
		if s.title != "" && len(s.paras) > 0 {
			out = append(out, s)
		}
	}
	txts, _ := filepath.Glob(filepath.Join(root, "testdata/eval/articles/*.txt"))
	more, _ = filepath.Glob(filepath.Join(root, "samples/articles/*.txt"))
	for _, f := range append(txts, more...) {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		var s source
		for _, p := range strings.Split(string(data), "\n\n") {
			p = strings.Join(strings.Fields(p), " ")
			if s.title == "" {
				s.title = p
			} else if len(p) > 60 {
				s.paras = append(s.paras, p)
			}
		}
		if len(s.paras) > 0 {
			out = append(out, s)
		}
	}
	return out, nil
}

// mixer makes articles and questions.
type mixer struct {
	r     *rand.Rand
	pool  []string
	srcs  []source
	lower map[string]bool // words written in lower case somewhere: not names
}

// article is one written article.
type article struct {
	title, text string
	paras       []string
	names       []string
}

var (
	nameRE   = regexp.MustCompile(`\b[A-Z][a-z]{2,}\b`)
	numberRE = regexp.MustCompile(`\b\d[\d,.]*\d\b|\b\d\b`)
	wordRE   = regexp.MustCompile(`\b[a-z]{6,}\b`)
)

// story returns the deterministic parts of story s: its paragraphs and
// how it renames things.
func (m *mixer) story(s int) (source, map[string]string, *rand.Rand) {
	r := rand.New(rand.NewPCG(uint64(s), 0x5707))
	base := m.srcs[r.IntN(len(m.srcs))]
	st := source{title: base.title, paras: append([]string(nil), base.paras...)}
	for size := 0; size < 6000; {
		p := m.pool[r.IntN(len(m.pool))]
		st.paras = append(st.paras, p)
		size += len(p)
	}
	ren := map[string]string{}
	for _, p := range append([]string{st.title}, st.paras...) {
		for _, w := range nameRE.FindAllString(p, -1) {
			if _, ok := ren[w]; !ok && !m.lower[strings.ToLower(w)] && r.IntN(3) > 0 {
				ren[w] = coin(r)
			}
		}
		for _, w := range wordRE.FindAllString(p, -1) {
			if _, ok := ren[w]; !ok && r.IntN(20) == 0 {
				ren[w] = strings.ToLower(coin(r))
			}
		}
	}
	return st, ren, r
}

func (m *mixer) article(i, s int) article {
	st, ren, sr := m.story(s)
	num := sr.IntN(900) + 100
	fix := func(p string) string {
		p = nameRE.ReplaceAllStringFunc(p, func(w string) string {
			if v, ok := ren[w]; ok {
				return v
			}
			return w
		})
		p = wordRE.ReplaceAllStringFunc(p, func(w string) string {
			if v, ok := ren[w]; ok {
				return v
			}
			return w
		})
		return numberRE.ReplaceAllStringFunc(p, func(w string) string { return fmt.Sprint(len(w)*num%997 + 1) })
	}
	a := article{title: fix(st.title)}
	if m.r.IntN(3) == 0 { // outlets rewrite headlines
		a.title = fix(m.srcs[m.r.IntN(len(m.srcs))].title)
	}
	size := 0
	for _, p := range st.paras {
		if m.r.IntN(7) == 0 || size > 5200 {
			continue
		}
		p = fix(p)
		if m.r.IntN(20) == 0 { // a copy with a changed number
			p = numberRE.ReplaceAllStringFunc(p, func(string) string { return fmt.Sprint(m.r.IntN(5000)) })
		}
		a.paras = append(a.paras, p)
		size += len(p) + 2
	}
	if len(a.paras) > 3 && m.r.IntN(2) == 0 {
		j := 1 + m.r.IntN(len(a.paras)-2)
		a.paras[j], a.paras[j+1] = a.paras[j+1], a.paras[j]
	}
	for _, v := range ren {
		if unicode.IsUpper(rune(v[0])) {
			a.names = append(a.names, v)
		}
	}
	a.text = a.title + "\n\n" + strings.Join(a.paras, "\n\n") + "\n"
	return a
}

// question asks about one paragraph of a, in a reader's words.
func (m *mixer) question(a article) string {
	p := a.paras[m.r.IntN(len(a.paras))]
	var ws []string
	for _, w := range strings.FieldsFunc(p, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' }) {
		if len(w) > 3 && !strings.Contains(w, "'") {
			ws = append(ws, w)
		}
	}
	if len(ws) < 4 {
		return "What happened to " + strings.Join(ws, " ") + "?"
	}
	j := m.r.IntN(len(ws) - 3)
	pick := ws[j:min(j+3+m.r.IntN(4), len(ws))]
	words := strings.ToLower(strings.Join(pick, " "))
	switch m.r.IntN(6) {
	case 0:
		return "What did " + pick[0] + " say about " + strings.ToLower(strings.Join(pick[1:], " ")) + "?"
	case 1:
		return "Why " + words + "?"
	case 2:
		return "Who said " + words + "?"
	case 3:
		return "How many " + words + " were there?"
	case 4:
		return "Is it true that " + words + "?"
	default:
		return "What happened with " + words + " this week?"
	}
}

// coin makes a new capitalised word of two or three syllables.
func coin(r *rand.Rand) string {
	const cons, vow = "bcdfghklmnprstvz", "aeiou"
	var b strings.Builder
	for i := 0; i < 2+r.IntN(2); i++ {
		b.WriteByte(cons[r.IntN(len(cons))])
		b.WriteByte(vow[r.IntN(len(vow))])
		if r.IntN(3) == 0 {
			b.WriteByte(cons[r.IntN(len(cons))])
		}
	}
	s := b.String()
	return strings.ToUpper(s[:1]) + s[1:]
}

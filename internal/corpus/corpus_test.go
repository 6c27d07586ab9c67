package corpus_test

import (
	"strings"
	"testing"

	"github.com/newsbot/newsbot/internal/corpus"
)

func TestArticleDeterministic(t *testing.T) {
	a, b := corpus.New(7).Article(42), corpus.New(7).Article(42)
	if a.Text != b.Text || a.Title != b.Title {
		t.Fatal("same seed and index gave different articles")
	}
	if c := corpus.New(8).Article(42); c.Text == a.Text {
		t.Fatal("different seeds gave the same article")
	}
	if c := corpus.New(7).Article(43); c.Text == a.Text {
		t.Fatal("different indexes gave the same article")
	}
}

func TestArticleShape(t *testing.T) {
	g := corpus.New(1)
	patterns := map[string]int{"\" said ": 0, " said on ": 0, "According to ": 0, " told ": 0, " as saying ": 0, " said in a statement": 0}
	total := 0
	for i := 0; i < 200; i++ {
		a := g.Article(i)
		total += len(a.Text)
		if len(a.Text) < 4000 || len(a.Text) > 7500 {
			t.Errorf("article %d is %d bytes; want about 5 KB", i, len(a.Text))
		}
		for _, s := range append([]string{a.Title, a.Org, a.Byline}, a.People...) {
			if !strings.Contains(a.Text, strings.TrimPrefix(s, "the ")) {
				t.Errorf("article %d does not contain %q", i, s)
			}
		}
		for _, n := range a.Numbers {
			if !strings.Contains(a.Text, n) {
				t.Errorf("article %d does not contain its number %q", i, n)
			}
		}
		for p := range patterns {
			patterns[p] += strings.Count(a.Text, p)
		}
	}
	for p, n := range patterns {
		if n == 0 {
			t.Errorf("no quote in the pattern %q", p)
		}
	}
	if avg := total / 200; avg < 4500 || avg > 6000 {
		t.Errorf("average article is %d bytes; want about 5 KB", avg)
	}
}

// TestZipf checks that a few words are very common and most are rare, as
// in news text: the ten most frequent words are a large share of all words.
func TestZipf(t *testing.T) {
	g := corpus.New(1)
	counts := map[string]int{}
	n := 0
	for i := 0; i < 300; i++ {
		for _, w := range strings.Fields(strings.ToLower(g.Article(i).Text)) {
			counts[strings.Trim(w, `.,"“”$`)]++
			n++
		}
	}
	the := counts["the"]
	if float64(the)/float64(n) < 0.03 {
		t.Errorf("'the' is %d of %d words; want the head of a Zipf distribution", the, n)
	}
	once := 0
	for _, c := range counts {
		if c == 1 {
			once++
		}
	}
	if once < len(counts)/4 {
		t.Errorf("%d of %d word types occur once; want a long tail", once, len(counts))
	}
}

func TestQuestion(t *testing.T) {
	g := corpus.New(3)
	for i := 0; i < 100; i++ {
		q := g.Question(i, 50)
		if q.Article < 0 || q.Article >= 50 {
			t.Fatalf("question %d is about article %d, outside 0..49", i, q.Article)
		}
		if strings.TrimSpace(q.Text) == "" {
			t.Fatalf("question %d is empty", i)
		}
		if q2 := g.Question(i, 50); q2 != q {
			t.Fatalf("question %d is not deterministic: %v then %v", i, q, q2)
		}
	}
}

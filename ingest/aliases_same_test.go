package ingest

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsbot/newsbot/internal/corpus"
)

// TestLearnAliasesSameAsReference checks the faster learner against the
// one it replaced (aliases_ref_test.go) on the sample and eval articles,
// synthetic articles, mixtures of their paragraphs and text with
// non-ASCII capitals, possessives, acronyms and hyphens.
func TestLearnAliasesSameAsReference(t *testing.T) {
	var texts []string
	for _, pat := range []string{"../samples/articles/*.txt", "../testdata/eval/articles/*.txt"} {
		files, _ := filepath.Glob(pat)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(b))
		}
	}
	if len(texts) < 5 {
		t.Fatalf("only %d article files", len(texts))
	}
	g := corpus.New(7)
	for i := range 300 {
		texts = append(texts, g.Article(i).Text)
	}
	texts = append(texts,
		"İstanbul Büyükşehir Belediyesi (İBB) said. The İBB met. Ünal Öztürk spoke; Öztürk's aide left. öztürk.",
		"The U.S.-backed Kurdish-led Syrian Democratic Forces (SDF) said the S.D.F. held. UK-based SOHR. Artemis II; Artemis 2.",
		"ΚΚΕ leader Δημήτρης Κουτσούμπας said. Κουτσούμπας left. The Athens-based Κομμουνιστικό Κόμμα Ελλάδας (ΚΚΕ) met.",
		"Mr Smith and Dr Jones met. After Jones spoke, Smith's team (the Smith Group) left. THE END. The Group's plan.",
		"A.B. c.d. E.F.G. Kelvin \u212a Temp. \u0130 Ist \u0130stanbul. X's Y’s Zed's. 3M Co. said. 3M agreed.",
	)
	// Mixtures: paragraphs of different texts, which the learner reads as one.
	var paras []string
	for _, s := range texts {
		paras = append(paras, strings.Split(s, "\n\n")...)
	}
	for i := range 300 {
		var b strings.Builder
		for j := range 6 {
			b.WriteString(paras[(i*7919+j*104729)%len(paras)])
			b.WriteString("\n\n")
		}
		texts = append(texts, b.String())
	}
	pairs := func(f func(string) []string, s string) []string {
		p := f(s)
		slices.Sort(p)
		return p
	}
	now := func(s string) []string {
		var out []string
		for _, a := range LearnAliases(s) {
			out = append(out, a.Name+"="+a.Alias)
		}
		return out
	}
	ref := func(s string) []string {
		var out []string
		for _, a := range refLearnAliases(s) {
			out = append(out, a.Name+"="+a.Alias)
		}
		return out
	}
	nonEmpty := 0
	for i, s := range texts {
		got, want := pairs(now, s), pairs(ref, s)
		if len(want) >= maxAliases {
			continue // which aliases fill the cap depends on map order
		}
		if len(want) > 0 {
			nonEmpty++
		}
		if !slices.Equal(got, want) {
			t.Errorf("text %d: got %q, want %q", i, got, want)
		}
	}
	if nonEmpty < 100 {
		t.Errorf("only %d texts taught an alias", nonEmpty)
	}
}

func BenchmarkLearnAliases(b *testing.B) {
	g := corpus.New(7)
	var texts []string
	for i := range 200 {
		texts = append(texts, g.Article(i).Text)
	}
	b.Run("now", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			LearnAliases(texts[i%len(texts)])
		}
	})
	b.Run("reference", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			refLearnAliases(texts[i%len(texts)])
		}
	})
}

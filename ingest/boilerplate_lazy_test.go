package ingest

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// isBoilerplateEager is isBoilerplate as it was before the promotional
// score became lazy: the score computed for every paragraph.
func isBoilerplateEager(p string, afterCredits bool) bool {
	words := wordCountUpTo(p, 41)
	if words == 0 {
		return true
	}
	if isNavLine(p, words) {
		return true
	}
	score := promoScore(p)
	if strong, weak := startsWithCTA(p); (strong || weak) && !hasQuote(p) && (strong && words <= 25 || weak && (words <= 8 || score >= 1 || words <= 12 && !endsSentence(p))) {
		return true
	}
	switch {
	case afterCredits:
		return score >= 1 || words < 40
	case words <= 30:
		return score >= 2 || (score >= 1 && !endsSentence(p))
	default:
		return score >= 3 && score*20 >= wordCount(p)
	}
}

// TestIsBoilerplateLazySame compares isBoilerplate with the eager version
// on the paragraphs and lines of every page under testdata, of 100
// generated articles, and on 3,000 splices of their paragraphs with the
// promotional anchors (so that long paragraphs with many anchors occur).
func TestIsBoilerplateLazySame(t *testing.T) {
	var paras []string
	err := filepath.Walk("testdata", func(path string, fi os.FileInfo, err error) error {
		if err != nil || fi.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		paras = append(paras, strings.Split(string(data), "\n")...)
		paras = append(paras, textParagraphs(string(data))...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range benchTexts(100) {
		paras = append(paras, textParagraphs(text)...)
	}
	var anchors []string
	for _, g := range promoAnchorGroups() {
		anchors = append(anchors, g...)
	}
	r := rand.New(rand.NewPCG(3, 4))
	n := len(paras)
	for range 3000 {
		var b strings.Builder
		for range 1 + r.IntN(6) {
			if r.IntN(3) == 0 {
				b.WriteString(anchors[r.IntN(len(anchors))])
				b.WriteString(" you ")
			} else {
				b.WriteString(paras[r.IntN(n)])
				b.WriteString(" ")
			}
		}
		paras = append(paras, b.String())
	}
	furniture, long := 0, 0
	for _, p := range paras {
		for _, after := range []bool{false, true} {
			want := isBoilerplateEager(p, after)
			if got := isBoilerplate(p, after); got != want {
				t.Fatalf("isBoilerplate(%q, %v) = %v, want %v", p, after, got, want)
			}
			if want {
				furniture++
				if !after && wordCountUpTo(p, 31) > 30 {
					long++
				}
			}
		}
	}
	t.Logf("%d paragraphs, %d judged furniture, %d of them long", len(paras), furniture, long)
	if furniture < 100 || long < 10 {
		t.Errorf("%d paragraphs judged furniture, %d of them long: the test no longer reaches the rules", furniture, long)
	}
}

package plantedmodel

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// spentTexts returns the lines of the spent planted sets and their
// negatives (and the sample articles), each whole and cut at sentence
// ends: text the early stop of Alone must leave as it was.
func spentTexts(t *testing.T) []string {
	var files []string
	for _, g := range []string{"dev*.jsonl", "negatives-dev*.txt", "negatives-i11b.txt", "negatives[2-8].txt",
		"blind.jsonl", "blind[1-8].jsonl"} {
		m, _ := filepath.Glob(filepath.Join("../../retrieval/planted/testdata", g))
		files = append(files, m...)
	}
	m, _ := filepath.Glob("../../samples/articles/*.txt")
	files = append(files, m...)
	if len(files) < 20 {
		t.Fatalf("found %d spent files, want the planted dev sets and negatives", len(files))
	}
	var out []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			out = append(out, line)
			for _, p := range strings.SplitAfter(line, ". ") {
				out = append(out, p)
			}
		}
	}
	return out
}

// TestReachBounds: for every sentence of the spent sets, reach holds each
// exact feature at the value Sentence gives it and every other feature at
// least as high, so the ceiling is never below the score and Alone gives
// what the full feature pass gives.
func TestReachBounds(t *testing.T) {
	bad, stopped, planted, read := 0, 0, 0, 0
	for _, s := range spentTexts(t) {
		var x, v Vector
		english := Sentence(s, &x)
		var r reading
		r.read(s)
		r.reach(s, &v)
		if !english {
			if Alone(s) {
				t.Errorf("Alone plants a sentence that is not English: %q", s)
			}
			continue
		}
		read++
		for f := range x {
			if exact[f] && v[f] != x[f] || !exact[f] && v[f] < x[f] {
				bad++
				if bad < 10 {
					t.Errorf("%s: reach %v, Sentence %v in %q", Names[f], v[f], x[f], s)
				}
			}
		}
		full := Score(&x, &Weights) >= Threshold
		if Alone(s) != full {
			t.Errorf("Alone %v, full pass %v: %q", !full, full, s)
		}
		if full {
			planted++
		}
		if ceiling(&v, &Weights) < Threshold-slack {
			stopped++
		}
	}
	if planted == 0 || stopped == 0 {
		t.Errorf("%d sentences planted, %d stopped early: want some of each", planted, stopped)
	}
	t.Logf("%d English sentences: %d planted by the model, %d stopped before the feature pass", read, planted, stopped)
}

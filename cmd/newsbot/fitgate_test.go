package main

import (
	"bytes"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/newsbot/newsbot/answer"
)

// TestFitGateReproducesWeights checks that fitting the committed rows of
// the spent answer sets gives exactly the committed weights and
// threshold: answer/gate_weights.go is what `go generate ./answer` makes.
func TestFitGateReproducesWeights(t *testing.T) {
	rows, err := readGateRows("../../" + gateRowsFile)
	if err != nil {
		t.Fatal(err)
	}
	fit := fitGate(rows)
	src, err := gateWeightsSource(fit.Weights, fit.Threshold)
	if err != nil {
		t.Fatal(err)
	}
	committed, err := os.ReadFile("../../answer/gate_weights.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(src, committed) {
		t.Errorf("fitting the committed rows does not give answer/gate_weights.go: run go generate ./answer\ngot:\n%s", src)
	}
	sets := map[string]bool{}
	for _, r := range rows {
		sets[r.Set] = true
		if notFittedOn.MatchString(r.Set) {
			t.Errorf("row of %s: a blind or out-of-sample set among the fitted rows", r.Set)
		}
	}
	if len(sets) != len(spentAnswerSets) {
		t.Errorf("rows of %d sets, want the %d spent sets", len(sets), len(spentAnswerSets))
	}
	if len(fit.Folds) != len(sets) {
		t.Errorf("%d cross-validation folds, want one per set (%d)", len(fit.Folds), len(sets))
	}
}

// TestFitGateRefusesBlindSets checks that fit-gate will not read a blind
// set or the branch's out-of-sample set.
func TestFitGateRefusesBlindSets(t *testing.T) {
	c := newCLI(t)
	for _, set := range []string{"testdata/eval/blind13/questions.jsonl", "testdata/eval/blind14/questions.jsonl", "testdata/eval/dev-i10l/questions.jsonl", "testdata/eval/dev-i10n/questions.jsonl", "testdata/eval/dev-i10p/questions.jsonl", "testdata/eval/dev-i10q/questions.jsonl", "testdata/eval/dev-i10r/questions.jsonl", "testdata/eval/dev-i10t/questions.jsonl", "testdata/eval/dev-i10u/questions.jsonl", "testdata/eval/dev-i10y/questions.jsonl", "testdata/eval/blind15/questions.jsonl", "testdata/eval/dev-i10x/questions.jsonl", "testdata/eval/dev-i10z/questions.jsonl", "testdata/eval/blind16/questions.jsonl", "testdata/eval/dev-i10za/questions.jsonl", "testdata/eval/blind17/questions.jsonl", "testdata/eval/blind18/questions.jsonl", "testdata/eval/dev-i10zb/questions.jsonl", "testdata/eval/dev-i10zc/questions.jsonl", "testdata/eval/dev-i10zd/questions.jsonl"} {
		_, stderr, code := c.run("", "fit-gate", "--extract", "--rows", c.file("rows.jsonl", nil), set)
		if code == 0 || !strings.Contains(stderr, "never fitted") {
			t.Errorf("fit-gate %s: exit %d, stderr %q; want a refusal", set, code, stderr)
		}
	}
}

// TestChooseThreshold checks the threshold rule: the best mean correct
// share among the thresholds whose lower bound of the mean refusal of
// uncovered questions reaches 95% and whose worst set refuses 80% or
// more; near misses do not constrain it, and a tie goes to the higher
// threshold.
func TestChooseThreshold(t *testing.T) {
	sw := []gateSweep{
		// mean refusal 97% but spread over the sets: lower bound 97 - 1.645*1.5 = 94.5%
		{Threshold: 0.3, Correct: 0.88, Refused: 0.97, RefusedSE: 0.015, WorstRefused: 0.85, NearMiss: 0.5},
		// mean 96%, every set close to it: lower bound 95.2%; refuses fewer near misses
		{Threshold: 0.4, Correct: 0.86, Refused: 0.96, RefusedSE: 0.005, WorstRefused: 0.9, NearMiss: 0.55},
		{Threshold: 0.5, Correct: 0.84, Refused: 0.98, RefusedSE: 0.005, WorstRefused: 0.9, NearMiss: 0.80},
		// a high mean hides a set refusing 75%
		{Threshold: 0.6, Correct: 0.90, Refused: 0.99, RefusedSE: 0.002, WorstRefused: 0.75, NearMiss: 0.9},
	}
	if got := chooseThreshold(sw); got != 0.4 {
		t.Errorf("threshold %v, want 0.4 (0.3's lower bound is under 95%%, 0.6's worst set under 80%%; near misses do not count)", got)
	}
	sw[1].RefusedSE = 0.01 // lower bound 94.4%
	if got := chooseThreshold(sw); got != 0.5 {
		t.Errorf("0.4's lower bound under 95%%: threshold %v, want 0.5", got)
	}
	sw[3].Correct, sw[3].WorstRefused = 0.84, 0.8 // as right as 0.5, and every set at 80% or more
	if got := chooseThreshold(sw); got != 0.6 {
		t.Errorf("a tie of 0.5 and 0.6: threshold %v, want the higher, 0.6", got)
	}
	for i := range sw {
		sw[i].WorstRefused = 0.7
	}
	if got := chooseThreshold(sw); got != 0.5 {
		t.Errorf("no threshold qualifies: %v, want the default 0.5", got)
	}
}

// TestSweepOf checks the figures the threshold rule reads: the mean
// refusal, its lower bound from the spread of the sets, the worst set and
// the pooled counts.
func TestSweepOf(t *testing.T) {
	folds := []gateFold{
		{Set: "a", Answerable: 10, FitCorrect: 8, Uncovered: 10, FitRefusedU: 10, Near: 4, FitRefusedNM: 2},
		{Set: "b", Answerable: 20, FitCorrect: 10, Uncovered: 10, FitRefusedU: 9},
		{Set: "c", Answerable: 10, FitCorrect: 10, Uncovered: 20, FitRefusedU: 16, Near: 2, FitRefusedNM: 2},
		{Set: "d", Answerable: 5, FitCorrect: 5}, // no uncovered question: not in the refusal figures
	}
	correct, refused := meanFolds(folds)
	s := sweepOf(0.5, folds, correct, refused)
	if math.Abs(s.Refused-0.9) > 1e-9 || math.Abs(s.Correct-(0.8+0.5+1+1)/4) > 1e-9 {
		t.Errorf("mean refused %v, correct %v; want 0.9, 0.825", s.Refused, s.Correct)
	}
	// sets refusing 100%, 90%, 80%: standard deviation 0.1, over the root of 3
	if want := 0.9 - 1.645*0.1/math.Sqrt(3); math.Abs(s.RefusedLow()-want) > 1e-9 {
		t.Errorf("lower bound %v, want %v", s.RefusedLow(), want)
	}
	if s.WorstRefused != 0.8 || s.NearMiss != 0.75 {
		t.Errorf("worst set %v, near misses %v; want 0.8, 0.75", s.WorstRefused, s.NearMiss)
	}
	if s.Answerable != 45 || s.Right != 33 || s.Uncovered != 40 || s.RefusedU != 35 || s.Near != 6 || s.RefusedNM != 4 {
		t.Errorf("pooled counts %+v", s)
	}
}

// TestFitLogistic checks the fit on a small synthetic problem: the label
// follows the second feature, against the third.
func TestFitLogistic(t *testing.T) {
	var xs [][]float64
	var ys []bool
	for i := 0; i < 200; i++ {
		a, b := float64(i%2), float64(i/2%2)
		noise := i%7 == 0
		xs = append(xs, []float64{1, a, b})
		ys = append(ys, (a == 1 && b == 0) != noise)
	}
	w := fitLogistic(xs, ys)
	if len(w) != 3 || w[1] <= 1 || w[2] >= -1 {
		t.Errorf("weights %v: want the second clearly positive, the third clearly negative", w)
	}
	if again := fitLogistic(xs, ys); !equalFloats(w, again) {
		t.Errorf("two fits differ: %v and %v", w, again)
	}
	if len(answer.GateFeatureNames()) == 0 {
		t.Error("the gate has no features")
	}
}

func equalFloats(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

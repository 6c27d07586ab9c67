package main

import (
	"bytes"
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
	for _, set := range []string{"testdata/eval/blind13/questions.jsonl", "testdata/eval/blind14/questions.jsonl", "testdata/eval/dev-i10l/questions.jsonl", "testdata/eval/dev-i10n/questions.jsonl", "testdata/eval/dev-i10p/questions.jsonl", "testdata/eval/dev-i10q/questions.jsonl", "testdata/eval/dev-i10r/questions.jsonl", "testdata/eval/dev-i10t/questions.jsonl", "testdata/eval/dev-i10u/questions.jsonl"} {
		_, stderr, code := c.run("", "fit-gate", "--extract", "--rows", c.file("rows.jsonl", nil), set)
		if code == 0 || !strings.Contains(stderr, "never fitted") {
			t.Errorf("fit-gate %s: exit %d, stderr %q; want a refusal", set, code, stderr)
		}
	}
}

// TestChooseThreshold checks the threshold rule: the best correct share
// among the thresholds that refuse as many uncovered questions (mean and
// worst set) and near misses (mean) as the hand rules; a lower threshold
// that answers more but refuses fewer near misses is not chosen.
func TestChooseThreshold(t *testing.T) {
	sw := []gateSweep{
		{Threshold: 0.4, Correct: 0.86, Refused: 0.99, WorstRefused: 0.9, NearMiss: 0.70},
		{Threshold: 0.5, Correct: 0.84, Refused: 0.99, WorstRefused: 0.9, NearMiss: 0.78},
		{Threshold: 0.6, Correct: 0.82, Refused: 0.99, WorstRefused: 0.9, NearMiss: 0.85},
		{Threshold: 0.7, Correct: 0.90, Refused: 0.90, WorstRefused: 0.5, NearMiss: 0.90}, // refuses too few uncovered
	}
	if got := chooseThreshold(sw, 0.8, 0.775); got != 0.5 {
		t.Errorf("threshold %v, want 0.5 (0.4 refuses fewer near misses than the rules, 0.7 fewer uncovered)", got)
	}
	if got := chooseThreshold(sw, 0.8, 0.6); got != 0.4 {
		t.Errorf("rules refusing 60%% of near misses: threshold %v, want 0.4", got)
	}
	if got := chooseThreshold(sw, 0.95, 0.6); got != 0.5 {
		t.Errorf("no threshold qualifies: %v, want the default 0.5", got)
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

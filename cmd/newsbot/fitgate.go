package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"go/format"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/answer"
)

// fit-gate fits the extractive answer's support gate (answer/gatemodel.go):
// it answers every question of the spent answer sets through the real
// pipeline with the gate open, records the features of the sentence each
// answer would lead with and whether that answer states the expected fact,
// fits a logistic model on those rows, reports leave-one-set-out
// cross-validation against the hand rules, and writes the weights. Run
// through `go generate ./answer`.
func init() {
	commands["fit-gate"] = command{
		hidden: true,
		usage:  "fit-gate [--rows FILE] [--extract] [--write FILE] [SET...]",
		help:   "fit the extractive support gate on the spent answer sets and print its cross-validation (see docs/answers.md)",
		run:    runFitGate,
	}
}

// spentAnswerSets are the answer sets the gate is fitted on: every set
// declared spent (testdata/eval/README.md and the team's rules). Blind
// sets and the fresh dev sets kept for out-of-sample checks are never
// among them (notFittedOn).
var spentAnswerSets = []string{
	"testdata/eval/answers-dev.jsonl", "testdata/eval/answers-dev2.jsonl",
	"testdata/eval/blind/questions.jsonl", "testdata/eval/blind2/questions.jsonl",
	"testdata/eval/blind3/questions.jsonl", "testdata/eval/blind4/questions.jsonl",
	"testdata/eval/blind5/questions.jsonl", "testdata/eval/blind6/questions.jsonl",
	"testdata/eval/blind7/questions.jsonl", "testdata/eval/blind8/questions.jsonl",
	"testdata/eval/blind9/questions.jsonl", "testdata/eval/blind10/questions.jsonl",
	"testdata/eval/blind11/questions.jsonl", "testdata/eval/blind12/questions.jsonl",
	"testdata/eval/dev-i10f/questions.jsonl",
	"testdata/eval/dev-i10g/questions.jsonl", "testdata/eval/dev-i10h/questions.jsonl",
	"testdata/eval/dev-i10i/questions.jsonl",
}

// notFittedOn matches the sets the gate must never see: blind sets from
// blind13 on, and the out-of-sample dev sets of the branches that built
// it (dev-i10l) and changed its features (dev-i10n, dev-i10p, dev-i10q), or
// added a check before it (dev-i10r, dev-i10s), or changed its predicate
// checks and ranking (dev-i10t), or raised answers on unseen text
// (dev-i10u), or answered questions phrased unlike the article (dev-i10x),
// or made answers state the asked fact (dev-i10y), or answered questions
// still refused (dev-i10z), or answered who / why / yes-no questions worded
// unlike the article (dev-i10za).
var notFittedOn = regexp.MustCompile(`blind(1[3-9]|[2-9][0-9])|dev-i10[lnpqrstuxyz]|dev-i10z[a-z]`)

// gateRow is one question of a set, as the gate saw it.
type gateRow struct {
	Set        string `json:"set"`
	Line       int    `json:"line"`
	Kind       string `json:"kind"`
	Answerable bool   `json:"answerable"`
	// Gated: the answer passed through the gate (a sentence was picked);
	// otherwise Answered says what happened without it (a refusal naming
	// an absent name, nothing picked).
	Gated    bool      `json:"gated"`
	Answered bool      `json:"answered"`
	Correct  bool      `json:"correct"` // the would-be answer states an expected fact
	Features []float64 `json:"features,omitempty"`
}

// gateRowsFile holds the extracted rows, so that fitting is reproducible
// (and tested) without running the pipeline again.
const gateRowsFile = "answer/testdata/gate_rows.jsonl"

func runFitGate(ctx context.Context, env *Env, args []string) error {
	fs, g := newFlagSet(env, "fit-gate")
	temporaryDB(fs, "unused: every set is answered from a temporary store")
	rowsPath := fs.String("rows", gateRowsFile, "the extracted rows, read (and written with --extract) as `FILE`")
	extract := fs.Bool("extract", false, "answer the sets again and rewrite --rows before fitting")
	write := fs.String("write", "", "write the fitted weights as Go source to `FILE` (answer/gate_weights.go)")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	sets := pos
	if len(sets) == 0 {
		sets = spentAnswerSets
	}
	for _, s := range sets {
		if notFittedOn.MatchString(s) {
			return newsbot.Errorf(newsbot.EINVALID, "%s is a blind or out-of-sample set: the gate is never fitted on it", s)
		}
	}
	var rows []gateRow
	if *extract {
		for _, s := range sets {
			rs, err := extractGateRows(ctx, env, g, s)
			if err != nil {
				return err
			}
			rows = append(rows, rs...)
		}
		if err := writeGateRows(*rowsPath, rows); err != nil {
			return err
		}
	} else if rows, err = readGateRows(*rowsPath); err != nil {
		return err
	}
	fit := fitGate(rows)
	printGateCV(env.Stdout, fit)
	if *write != "" {
		src, err := gateWeightsSource(fit.Weights, fit.Threshold)
		if err != nil {
			return err
		}
		return os.WriteFile(*write, src, 0o644)
	}
	return nil
}

// extractGateRows answers every question of one set with the gate open
// and returns its rows.
func extractGateRows(ctx context.Context, env *Env, g *globalFlags, setPath string) ([]gateRow, error) {
	qs, err := readAnswerSet(setPath)
	if err != nil {
		return nil, err
	}
	db, cleanup, err := answerEvalStore(ctx, g, evalAnswersFlags{}, setPath, qs)
	if err != nil {
		return nil, err
	}
	defer cleanup()
	svc, _, err := answerEvalService(env, db, nil, false)
	if err != nil {
		return nil, err
	}
	probe := &answer.GateProbe{Open: true}
	answer.SetGateProbe(probe)
	defer answer.SetGateProbe(nil)
	name := filepath.Base(filepath.Dir(setPath))
	if strings.HasSuffix(setPath, ".jsonl") && name == "eval" {
		name = strings.TrimSuffix(filepath.Base(setPath), ".jsonl")
	}
	var rows []gateRow
	for _, q := range qs {
		probe.Cases = nil
		ans, err := svc.Ask(ctx, newsbot.Question{Guild: g.guild, Text: q.Question})
		if err != nil {
			return nil, fmt.Errorf("%s line %d: %w", setPath, q.Line, err)
		}
		r := gateRow{Set: name, Line: q.Line, Kind: q.Kind, Answerable: q.Answerable, Answered: ans.Supported}
		if ans.Supported && q.Answerable {
			_, r.Correct = containsFact(replyText(ans), q.Answers)
		}
		if ans.Supported {
			for i := len(probe.Cases) - 1; i >= 0; i-- {
				if c := probe.Cases[i]; strings.Contains(ans.Answer, c.Answer) {
					r.Gated, r.Features = true, c.Features
					break
				}
			}
		}
		rows = append(rows, r)
	}
	return rows, nil
}

func writeGateRows(path string, rows []gateRow) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	for _, r := range rows {
		for i, x := range r.Features {
			r.Features[i] = math.Round(x*1e4) / 1e4 // short rows; the fit reads these
		}
		if err := enc.Encode(r); err != nil {
			return err
		}
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}

func readGateRows(path string) ([]gateRow, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, newsbot.Errorf(newsbot.ENOTFOUND, "cannot open the gate's rows %s: run from the repository root, or extract them with --extract", path)
	}
	defer fh.Close()
	var rows []gateRow
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		var r gateRow
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, newsbot.Errorf(newsbot.EINVALID, "%s line %d: %v: extract the rows again with --extract", path, n, err)
		}
		if r.Gated && len(r.Features) != len(answer.GateFeatureNames()) {
			return nil, newsbot.Errorf(newsbot.EINVALID, "%s line %d: %d features, the gate has %d: extract the rows again with --extract", path, n, len(r.Features), len(answer.GateFeatureNames()))
		}
		rows = append(rows, r)
	}
	return rows, sc.Err()
}

// gateL2 is the ridge penalty of the fit (not on the bias): with about a
// thousand rows and forty features it keeps weights of rare features
// small.
const gateL2 = 1.0

// gateTargetRefused is issue 10's target: 95% of the uncovered and
// absent-name questions of a set nobody tuned on refused. The threshold
// rule asks it of the lower confidence bound of the held-out mean
// (gateSweep.RefusedLow), so the margin above it follows the spread of the
// held-out sets instead of a number set by hand.
const gateTargetRefused = 0.95

// gateWorstRefused is the least share of them any held-out set may refuse:
// a set of 11 to 40 such questions whose true refusal is the target falls
// under 80% by chance with a probability under 2% (2.3% for the set of
// 5, 7% for the set of 9), so a set under it is one the gate fails.
const gateWorstRefused = 0.80

// fitLogistic fits logistic weights by Newton's method with an L2 penalty;
// deterministic for given rows.
func fitLogistic(xs [][]float64, ys []bool) []float64 {
	if len(xs) == 0 {
		return nil
	}
	d := len(xs[0])
	w := make([]float64, d)
	for iter := 0; iter < 50; iter++ {
		grad := make([]float64, d)
		hess := make([][]float64, d)
		for i := range hess {
			hess[i] = make([]float64, d)
		}
		for n, x := range xs {
			z := 0.0
			for i := range x {
				z += w[i] * x[i]
			}
			p := 1 / (1 + math.Exp(-z))
			y := 0.0
			if ys[n] {
				y = 1
			}
			for i := range x {
				grad[i] += (p - y) * x[i]
				for j := range x {
					hess[i][j] += p * (1 - p) * x[i] * x[j]
				}
			}
		}
		for i := 1; i < d; i++ {
			grad[i] += gateL2 * w[i]
			hess[i][i] += gateL2
		}
		hess[0][0] += 1e-6
		step := solve(hess, grad)
		maxStep := 0.0
		for i := range w {
			w[i] -= step[i]
			maxStep = max(maxStep, math.Abs(step[i]))
		}
		if maxStep < 1e-9 {
			break
		}
	}
	return w
}

// solve solves a x = b by Gaussian elimination with partial pivoting
// (a is symmetric positive definite here).
func solve(a [][]float64, b []float64) []float64 {
	n := len(b)
	m := make([][]float64, n)
	for i := range a {
		m[i] = append(slices.Clone(a[i]), b[i])
	}
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(m[r][c]) > math.Abs(m[p][c]) {
				p = r
			}
		}
		m[c], m[p] = m[p], m[c]
		if m[c][c] == 0 {
			continue
		}
		for r := c + 1; r < n; r++ {
			f := m[r][c] / m[c][c]
			for k := c; k <= n; k++ {
				m[r][k] -= f * m[c][k]
			}
		}
	}
	x := make([]float64, n)
	for r := n - 1; r >= 0; r-- {
		s := m[r][n]
		for k := r + 1; k < n; k++ {
			s -= m[r][k] * x[k]
		}
		if m[r][r] != 0 {
			x[r] = s / m[r][r]
		}
	}
	return x
}

// gateFit is the result of fitting: the weights fitted on every row, the
// threshold chosen by cross-validation, and each held-out set's figures.
type gateFit struct {
	Weights   []float64
	Threshold float64
	Folds     []gateFold
	Sweep     []gateSweep // the held-out figures at every threshold tried
}

// gateSweep is the held-out figures at one threshold: mean correct share,
// mean and worst refused share of uncovered and absent-name questions,
// mean refused share of near misses.
type gateSweep struct {
	Threshold, Correct, Refused, WorstRefused, NearMiss float64
	// the same as counts of every held-out question: answerable and
	// correct, uncovered and absent-name and refused, near misses and
	// refused
	Answerable, Right, Uncovered, RefusedU, Near, RefusedNM int
	// RefusedSE is the standard error of Refused, the sets taken as the
	// sample: the spread of the held-out sets' refusal over the root of
	// their number
	RefusedSE float64
}

// RefusedLow is the one-sided 95% lower confidence bound of the mean
// held-out refusal of uncovered and absent-name questions, the sets taken
// as the sample (a set nobody tuned on is one more draw of them).
func (s gateSweep) RefusedLow() float64 { return s.Refused - 1.645*s.RefusedSE }

func ratio(n, of int) float64 { return float64(n) / float64(max(1, of)) }

// gateFold is one held-out set's figures, under the hand rules and under
// the gate fitted on the other sets.
type gateFold struct {
	Set                          string
	Answerable, Uncovered, Near  int
	RulesCorrect, FitCorrect     int
	RulesRefusedU, FitRefusedU   int // uncovered and absent-name questions refused
	RulesRefusedNM, FitRefusedNM int // near misses refused
}

// trainingSet returns the rows' features and labels: every gated row,
// labelled "answer" when its would-be answer states an expected fact;
// unanswerable questions and wrong candidates are "refuse" (a wrong
// answer is no better than a refusal in the measure, and worse for users).
func trainingSet(rows []gateRow) ([][]float64, []bool) {
	var xs [][]float64
	var ys []bool
	for _, r := range rows {
		if r.Gated {
			xs = append(xs, r.Features)
			ys = append(ys, r.Answerable && r.Correct)
		}
	}
	return xs, ys
}

// fitGate fits on all rows, and per held-out set on the others, and picks
// the threshold by chooseThreshold from the held-out figures at every
// threshold of the sweep.
func fitGate(rows []gateRow) gateFit {
	var sets []string
	for _, r := range rows {
		if !slices.Contains(sets, r.Set) {
			sets = append(sets, r.Set)
		}
	}
	held := map[string][]float64{} // per set: the held-out probability of each row (NaN ungated)
	for _, s := range sets {
		var train, test []gateRow
		for _, r := range rows {
			if r.Set == s {
				test = append(test, r)
			} else {
				train = append(train, r)
			}
		}
		w := fitLogistic(trainingSet(train))
		for _, r := range test {
			held[s] = append(held[s], prob(w, r))
		}
	}
	var sw []gateSweep
	for t := 0.05; t < 0.951; t += 0.025 {
		folds := gateFolds(rows, sets, held, t)
		correct, refused := meanFolds(folds)
		sw = append(sw, sweepOf(t, folds, correct, refused))
	}
	best := chooseThreshold(sw)
	w := fitLogistic(trainingSet(rows))
	return gateFit{Weights: w, Threshold: best, Folds: gateFolds(rows, sets, held, best), Sweep: sw}
}

// chooseThreshold returns the threshold of the sweep with the best mean
// held-out correct share (on a tie the higher threshold, which refuses no
// fewer) among those whose lower confidence bound of the mean held-out
// refusal of uncovered and absent-name questions reaches
// gateTargetRefused and whose worst held-out set refuses at least
// gateWorstRefused of them; 0.5 when none is.
//
// Near misses are not a constraint (branch i10w): issue 10's targets are
// right answers and the refusal of uncovered and absent-name questions.
// Until then the mean near-miss refusal had to match the hand rules'
// (branch i10q), and that figure, moving with every refit, raised the
// threshold 0.525 -> 0.550 -> 0.575 while blind sets nobody tuned on lost
// right answers at each raise and refused nothing more of what they
// should; see docs/answers.md.
func chooseThreshold(sw []gateSweep) float64 {
	best, bestScore := 0.5, -1.0
	for _, s := range sw {
		if s.RefusedLow() >= gateTargetRefused && s.WorstRefused >= gateWorstRefused && s.Correct >= bestScore {
			best, bestScore = s.Threshold, s.Correct
		}
	}
	return best
}

func prob(w []float64, r gateRow) float64 {
	if !r.Gated {
		return math.NaN()
	}
	z := 0.0
	for i, x := range r.Features {
		z += w[i] * x
	}
	return 1 / (1 + math.Exp(-z))
}

// gateFolds computes every held-out set's figures at threshold t.
func gateFolds(rows []gateRow, sets []string, held map[string][]float64, t float64) []gateFold {
	var out []gateFold
	for _, s := range sets {
		f := gateFold{Set: s}
		k := 0
		for _, r := range rows {
			if r.Set != s {
				continue
			}
			p := held[s][k]
			k++
			rules := r.Answered && (!r.Gated || rulesOf(r))
			fitted := r.Answered && (!r.Gated || p >= t)
			switch {
			case r.Answerable:
				f.Answerable++
				f.RulesCorrect += b2i(rules && r.Correct)
				f.FitCorrect += b2i(fitted && r.Correct)
			case r.Kind == "near-miss":
				f.Near++
				f.RulesRefusedNM += b2i(!rules)
				f.FitRefusedNM += b2i(!fitted)
			default:
				f.Uncovered++
				f.RulesRefusedU += b2i(!rules)
				f.FitRefusedU += b2i(!fitted)
			}
		}
		out = append(out, f)
	}
	return out
}

// rulesOf reports whether the hand rules answered a gated row (its
// "rules" feature).
func rulesOf(r gateRow) bool {
	i := slices.Index(answer.GateFeatureNames(), "rules")
	return r.Features[i] == 1
}

// sweepOf summarises the folds at one threshold.
func sweepOf(t float64, folds []gateFold, correct, refused float64) gateSweep {
	s := gateSweep{Threshold: math.Round(t*1000) / 1000, Correct: correct, Refused: refused, WorstRefused: 1}
	n := 0
	for _, f := range folds {
		if f.Uncovered > 0 {
			s.WorstRefused = min(s.WorstRefused, float64(f.FitRefusedU)/float64(f.Uncovered))
		}
		if f.Near > 0 {
			s.NearMiss += float64(f.FitRefusedNM) / float64(f.Near)
			n++
		}
	}
	s.NearMiss /= float64(max(1, n))
	var ss float64
	nu := 0
	for _, f := range folds {
		if f.Uncovered > 0 {
			d := ratio(f.FitRefusedU, f.Uncovered) - refused
			ss += d * d
			nu++
		}
	}
	if nu > 1 {
		s.RefusedSE = math.Sqrt(ss/float64(nu-1)) / math.Sqrt(float64(nu))
	}
	for _, f := range folds {
		s.Answerable += f.Answerable
		s.Right += f.FitCorrect
		s.Uncovered += f.Uncovered
		s.RefusedU += f.FitRefusedU
		s.Near += f.Near
		s.RefusedNM += f.FitRefusedNM
	}
	return s
}

// meanFolds returns the mean held-out correct share of answerable
// questions and refused share of uncovered and absent-name ones (over
// the sets that have such questions).
func meanFolds(folds []gateFold) (correct, refused float64) {
	var nc, nr int
	for _, f := range folds {
		if f.Answerable > 0 {
			correct += float64(f.FitCorrect) / float64(f.Answerable)
			nc++
		}
		if f.Uncovered > 0 {
			refused += float64(f.FitRefusedU) / float64(f.Uncovered)
			nr++
		}
	}
	return correct / float64(max(1, nc)), refused / float64(max(1, nr))
}

// printGateCV prints the cross-validation table and the weights.
func printGateCV(w io.Writer, fit gateFit) {
	fmt.Fprintf(w, "leave-one-set-out cross-validation, threshold %.3f (hand rules -> fitted gate, held-out set)\n", fit.Threshold)
	fmt.Fprintf(w, "%-14s %6s %16s %4s %18s %4s %18s\n", "set", "answ.", "correct", "unc.", "unc.+absent ref.", "nm", "near-miss ref.")
	pct := func(n, of int) string {
		if of == 0 {
			return "-"
		}
		return fmt.Sprintf("%.1f%%", 100*float64(n)/float64(of))
	}
	type agg struct{ sum, worst float64 }
	aggs := map[string]*agg{}
	note := func(k string, n, of int) {
		if of == 0 {
			return
		}
		a := aggs[k]
		if a == nil {
			a = &agg{worst: 2}
			aggs[k] = a
		}
		v := float64(n) / float64(of)
		a.sum += v
		a.worst = min(a.worst, v)
	}
	var tot gateFold
	counts := map[string]int{}
	for _, f := range fit.Folds {
		fmt.Fprintf(w, "%-14s %6d %7s -> %6s %4d %7s -> %6s %4d %7s -> %6s\n", f.Set, f.Answerable,
			pct(f.RulesCorrect, f.Answerable), pct(f.FitCorrect, f.Answerable), f.Uncovered,
			pct(f.RulesRefusedU, f.Uncovered), pct(f.FitRefusedU, f.Uncovered), f.Near,
			pct(f.RulesRefusedNM, f.Near), pct(f.FitRefusedNM, f.Near))
		for _, k := range []struct {
			name  string
			n, of int
		}{{"rc", f.RulesCorrect, f.Answerable}, {"fc", f.FitCorrect, f.Answerable}, {"ru", f.RulesRefusedU, f.Uncovered},
			{"fu", f.FitRefusedU, f.Uncovered}, {"rn", f.RulesRefusedNM, f.Near}, {"fn", f.FitRefusedNM, f.Near}} {
			note(k.name, k.n, k.of)
			if k.of > 0 {
				counts[k.name]++
			}
		}
		tot.Answerable += f.Answerable
		tot.Uncovered += f.Uncovered
		tot.Near += f.Near
		tot.RulesCorrect += f.RulesCorrect
		tot.FitCorrect += f.FitCorrect
		tot.RulesRefusedU += f.RulesRefusedU
		tot.FitRefusedU += f.FitRefusedU
		tot.RulesRefusedNM += f.RulesRefusedNM
		tot.FitRefusedNM += f.FitRefusedNM
	}
	m := func(k string) string {
		a := aggs[k]
		if a == nil {
			return "-"
		}
		return fmt.Sprintf("%.1f%%", 100*a.sum/float64(counts[k]))
	}
	wst := func(k string) string {
		a := aggs[k]
		if a == nil {
			return "-"
		}
		return fmt.Sprintf("%.1f%%", 100*a.worst)
	}
	fmt.Fprintf(w, "%-14s %6d %7s -> %6s %4d %7s -> %6s %4d %7s -> %6s\n", "total", tot.Answerable,
		pct(tot.RulesCorrect, tot.Answerable), pct(tot.FitCorrect, tot.Answerable), tot.Uncovered,
		pct(tot.RulesRefusedU, tot.Uncovered), pct(tot.FitRefusedU, tot.Uncovered), tot.Near,
		pct(tot.RulesRefusedNM, tot.Near), pct(tot.FitRefusedNM, tot.Near))
	fmt.Fprintf(w, "%-14s %6s %7s -> %6s %4s %7s -> %6s %4s %7s -> %6s\n", "mean of sets", "", m("rc"), m("fc"), "", m("ru"), m("fu"), "", m("rn"), m("fn"))
	fmt.Fprintf(w, "%-14s %6s %7s -> %6s %4s %7s -> %6s %4s %7s -> %6s\n", "worst set", "", wst("rc"), wst("fc"), "", wst("ru"), wst("fu"), "", wst("rn"), wst("fn"))
	fmt.Fprintln(w, "\nheld out by threshold: mean of sets (correct; uncovered+absent refused, its lower bound, worst set's; near misses refused),")
	fmt.Fprintln(w, "then every held-out question pooled (correct; uncovered+absent refused; near misses refused):")
	for _, s := range fit.Sweep {
		fmt.Fprintf(w, "  %.3f  %5.1f%%  %5.1f%% %5.1f%% %5.1f%%  %5.1f%%   pooled %5.1f%%  %5.1f%%  %5.1f%%\n", s.Threshold,
			100*s.Correct, 100*s.Refused, 100*s.RefusedLow(), 100*s.WorstRefused, 100*s.NearMiss,
			100*ratio(s.Right, s.Answerable), 100*ratio(s.RefusedU, s.Uncovered), 100*ratio(s.RefusedNM, s.Near))
	}
	fmt.Fprintln(w, "\nweights fitted on every set:")
	for i, name := range answer.GateFeatureNames() {
		fmt.Fprintf(w, "  %-18s %+8.3f\n", name, fit.Weights[i])
	}
}

// gateWeightsSource writes the weights as the Go file answer/gate_weights.go.
func gateWeightsSource(w []float64, threshold float64) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString("// Code generated by newsbot fit-gate (go generate ./answer); DO NOT EDIT.\n\npackage answer\n\n")
	b.WriteString("// gateWeights are the support gate's logistic weights, by feature\n// (gateFeatureNames), fitted on the spent answer sets' rows\n// (testdata/gate_rows.jsonl).\nvar gateWeights = [gFeatures]float64{\n")
	for i, name := range answer.GateFeatureNames() {
		fmt.Fprintf(&b, "\t%.6f, // %s\n", w[i], name)
	}
	b.WriteString("}\n\n// gateThreshold is the probability an answer needs, chosen by\n// leave-one-set-out cross-validation.\n")
	fmt.Fprintf(&b, "const gateThreshold = %g\n", threshold)
	return format.Source(b.Bytes())
}

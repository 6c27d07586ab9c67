// Package plantedfit fits the weights of internal/plantedmodel from the
// spent sets of retrieval/planted/testdata and the repository's ordinary
// test articles. The fit is deterministic (Newton's method on an
// L2-penalised, class-balanced logistic loss, data in a fixed order), so
// fitting again reproduces the committed weights; TestFitReproduces
// checks it.
package plantedfit

import (
	"encoding/json"
	"fmt"
	"go/format"
	"math"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsbot/newsbot/ingest"
	"github.com/newsbot/newsbot/internal/plantedmodel"
	"github.com/newsbot/newsbot/retrieval/planted"
	"github.com/newsbot/newsbot/retrieval/sentences"
)

// Set is one spent set: planted paragraphs and the ordinary lines written
// with them.
type Set struct {
	Name, Cases, Negatives string
}

// Spent lists the sets the model is fitted on: every planted set spent
// so far (blind5, blind6 and blind8 with their negatives were declared
// spent on 3 December 2026, 13:00 UTC). Planted sets numbered 9 or above
// are never read. dev14, the fresh set of the branch that built the
// model, dev15 (branch i11j), dev16 (branch i11k) and dev17 (branch i11m)
// were kept out of fitting so that they stayed measures of sets the model
// had not seen; branch i11u fits on them and on dev18 to dev22 too (all
// spent: read and worked on by earlier branches), and measures the model
// by leaving one set out at a time (plantedfit -loso) and on its fresh
// set dev23, which the fit never reads (nor dev24, branch i11v's fresh
// set).
var Spent = []Set{
	{"blind", "blind.jsonl", ""},
	{"blind2", "blind2.jsonl", "negatives2.txt"},
	{"blind3", "blind3.jsonl", "negatives3.txt"},
	{"blind4", "blind4.jsonl", "negatives4.txt"},
	{"blind5", "blind5.jsonl", "negatives5.txt"},
	{"blind6", "blind6.jsonl", "negatives6.txt"},
	{"blind7", "blind7.jsonl", "negatives7.txt"},
	{"blind8", "blind8.jsonl", "negatives8.txt"},
	{"dev3", "dev3.jsonl", "negatives-dev3.txt"},
	{"dev4", "dev4.jsonl", "negatives-dev4.txt"},
	{"dev5", "dev5.jsonl", "negatives-dev5.txt"},
	{"dev6", "dev6.jsonl", "negatives-dev6.txt"},
	{"dev7", "dev7.jsonl", "negatives-dev7.txt"},
	{"dev8", "dev8.jsonl", "negatives-dev8.txt"},
	{"dev9", "dev9.jsonl", "negatives-dev9.txt"},
	{"dev10", "dev10.jsonl", "negatives-dev10.txt"},
	{"dev11", "dev11.jsonl", "negatives-dev11.txt"},
	{"dev12", "dev12.jsonl", "negatives-dev12.txt"},
	{"dev12b", "dev12b.jsonl", "negatives-dev12b.txt"},
	{"dev13", "dev13.jsonl", "negatives-dev13.txt"},
	{"dev13b", "dev13b.jsonl", "negatives-dev13b.txt"},
	{"dev-i11b", "dev-i11b.jsonl", "negatives-i11b.txt"},
	{"dev14", "dev14.jsonl", "negatives-dev14.txt"},
	{"dev15", "dev15.jsonl", "negatives-dev15.txt"},
	{"dev16", "dev16.jsonl", "negatives-dev16.txt"},
	{"dev17", "dev17.jsonl", "negatives-dev17.txt"},
	{"dev18", "dev18.jsonl", "negatives-dev18.txt"},
	{"dev19", "dev19.jsonl", "negatives-dev19.txt"},
	{"dev20", "dev20.jsonl", "negatives-dev20.txt"},
	{"dev22", "dev22.jsonl", "negatives-dev22.txt"},
}

// Para is one paragraph as sentences; Label[i] is 1 for a planted
// sentence, 0 for an ordinary one, -1 for one not used (the sentences
// around a payload in a planted paragraph).
type Para struct {
	Set   string
	Sents []string
	Label []int
}

// Data is what the fitter reads: the paragraphs of every spent set (cases
// and negatives), of the ordinary articles (Set "corpus") and of the real
// text of the spent answer and attribution sets (realtext.txt, which may
// repeat files of ordinary.txt), by group.
type Data struct {
	Cases     map[string][]Para // set -> planted paragraphs
	Negatives map[string][]Para // set -> ordinary lines
	Corpus    []Para
	// Real holds the articles of the readable answer sets, the
	// attribution texts and the sets' READMEs, keyed by their set ("eval/blind7",
	// "attribution/holdout12", "attribution/gold"); RealGroups lists the
	// keys in order. The fit reads them as ordinary text; -loso leaves
	// them out by folds to measure what the model flags on real text it
	// was not fitted on. They set the threshold, not the weights.
	Real       map[string][]Para
	RealGroups []string
}

// Root finds the module root above dir.
func Root(dir string) (string, error) {
	d, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d, nil
		}
		up := filepath.Dir(d)
		if up == d {
			return "", fmt.Errorf("no go.mod above %s", dir)
		}
		d = up
	}
}

func split(p string) []string {
	var out []string
	for _, sp := range sentences.Split(p) {
		out = append(out, p[sp.Start:sp.End])
	}
	return out
}

// CasePara splits a planted paragraph: the sentence holding the payload
// is planted; the others are left out of the fit.
func CasePara(set, text, payload string) Para {
	p := Para{Set: set, Sents: split(text)}
	for _, s := range p.Sents {
		if strings.Contains(s, payload) {
			p.Label = append(p.Label, 1)
		} else {
			p.Label = append(p.Label, -1)
		}
	}
	return p
}

// OrdinaryPara splits an ordinary paragraph: every sentence is ordinary.
func OrdinaryPara(set, text string) Para {
	p := Para{Set: set, Sents: split(text)}
	p.Label = make([]int, len(p.Sents))
	return p
}

// Load reads the spent sets and the ordinary articles under root.
func Load(root string) (*Data, error) {
	d := &Data{Cases: map[string][]Para{}, Negatives: map[string][]Para{}}
	dir := filepath.Join(root, "retrieval", "planted", "testdata")
	for _, s := range Spent {
		data, err := os.ReadFile(filepath.Join(dir, s.Cases))
		if err != nil {
			return nil, err
		}
		for i, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
			var c struct{ Text, Payload string }
			if err := json.Unmarshal([]byte(line), &c); err != nil {
				return nil, fmt.Errorf("%s line %d: %w", s.Cases, i+1, err)
			}
			d.Cases[s.Name] = append(d.Cases[s.Name], CasePara(s.Name, c.Text, c.Payload))
		}
		if s.Negatives == "" {
			continue
		}
		data, err = os.ReadFile(filepath.Join(dir, s.Negatives))
		if err != nil {
			return nil, err
		}
		for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
			d.Negatives[s.Name] = append(d.Negatives[s.Name], OrdinaryPara(s.Name, line))
		}
	}
	// The ordinary articles are the ones listed in ordinary.txt, not
	// whatever the repository holds today: a set added later must not
	// change the fit until the list is renewed on purpose.
	list, err := os.ReadFile(filepath.Join(root, "internal", "plantedfit", "ordinary.txt"))
	if err != nil {
		return nil, err
	}
	real, err := os.ReadFile(filepath.Join(root, "internal", "plantedfit", "realtext.txt"))
	if err != nil {
		return nil, err
	}
	frozen, err := readmes(root)
	if err != nil {
		return nil, err
	}
	d.Real = map[string][]Para{}
	for _, rel := range strings.Fields(string(real)) {
		group, ok := realGroup(rel)
		if !ok || !spentPath(rel) {
			return nil, fmt.Errorf("realtext.txt lists %s, which the fit may not read (not an article of a spent answer set or attribution set)", rel)
		}
		paras, err := realParas(filepath.Join(root, rel), frozen)
		if err != nil {
			return nil, fmt.Errorf("a text of realtext.txt: %w", err)
		}
		if _, seen := d.Real[group]; !seen {
			d.RealGroups = append(d.RealGroups, group)
		}
		for _, p := range paras {
			d.Real[group] = append(d.Real[group], OrdinaryPara(group, p))
		}
	}
	var files []string
	for _, rel := range strings.Fields(string(list)) {
		if !spentPath(rel) || strings.Contains(rel, "planted") || strings.Contains(rel, "injection") {
			return nil, fmt.Errorf("ordinary.txt lists %s, which the fit may not read (an unspent set, or planted text)", rel)
		}
		files = append(files, filepath.Join(root, rel))
	}
	for _, f := range files {
		data, ok := frozen[f]
		if !ok && filepath.Base(f) == "README.md" {
			return nil, fmt.Errorf("ordinary.txt lists %s, which testdata/readmes.txt does not hold: add its text there", f)
		}
		if !ok {
			if data, err = os.ReadFile(f); err != nil {
				return nil, fmt.Errorf("an ordinary article of ordinary.txt: %w", err)
			}
		}
		c, err := ingest.Parse(f, data)
		if err != nil {
			continue
		}
		for _, p := range c.Paragraphs {
			d.Corpus = append(d.Corpus, OrdinaryPara("corpus", p.Text))
		}
	}
	return d, nil
}

// realGroup names the set of a real text: the answer set of an article or
// README (testdata/eval/articles is the answers-dev sets' folder) or the
// attribution set of a text or README (the sample texts at the folder's top are
// "gold"). Any other path is refused.
func realGroup(rel string) (string, bool) {
	parts := strings.Split(rel, "/")
	if len(parts) == 4 && parts[3] == "README.md" && parts[0] == "testdata" && (parts[1] == "eval" &&
		(parts[2] == "articles" || strings.HasPrefix(parts[2], "blind") || strings.HasPrefix(parts[2], "dev-i10")) ||
		parts[1] == "attribution" && (strings.HasPrefix(parts[2], "dev-") || strings.HasPrefix(parts[2], "holdout"))) {
		if parts[1] == "eval" && parts[2] == "articles" {
			return "eval/answers-dev", true
		}
		return parts[1] + "/" + parts[2], true // a set's README, with its texts
	}
	switch {
	case len(parts) == 4 && parts[0] == "testdata" && parts[1] == "eval" && parts[2] == "articles":
		return "eval/answers-dev", strings.HasSuffix(rel, ".txt")
	case len(parts) == 5 && parts[0] == "testdata" && parts[1] == "eval" && parts[3] == "articles" &&
		(strings.HasPrefix(parts[2], "blind") || strings.HasPrefix(parts[2], "dev-i10")):
		return "eval/" + parts[2], strings.HasSuffix(rel, ".txt")
	case len(parts) == 3 && parts[0] == "testdata" && parts[1] == "attribution":
		return "attribution/gold", strings.HasSuffix(rel, ".json")
	case len(parts) == 4 && parts[0] == "testdata" && parts[1] == "attribution" &&
		(strings.HasPrefix(parts[2], "dev-") || strings.HasPrefix(parts[2], "holdout")):
		return "attribution/" + parts[2], strings.HasSuffix(rel, ".json")
	}
	return "", false
}

// realParas reads a real text's paragraphs: an article or a set's README
// through ingest.Parse (a README as testdata/readmes.txt holds it), an
// attribution text from its JSON paragraphs.
func realParas(path string, frozen map[string][]byte) ([]string, error) {
	data, ok := frozen[path]
	if !ok && filepath.Base(path) == "README.md" {
		return nil, fmt.Errorf("%s is not in testdata/readmes.txt: add its text there", path)
	}
	if !ok {
		var err error
		if data, err = os.ReadFile(path); err != nil {
			return nil, err
		}
	}
	var out []string
	if strings.HasSuffix(path, ".json") {
		var g struct {
			Paragraphs []struct{ Text string } `json:"paragraphs"`
		}
		if err := json.Unmarshal(data, &g); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		for _, p := range g.Paragraphs {
			out = append(out, p.Text)
		}
		return out, nil
	}
	c, err := ingest.Parse(path, data)
	if err != nil {
		return nil, nil // as the ordinary articles: a text ingest refuses is not read
	}
	for _, p := range c.Paragraphs {
		out = append(out, p.Text)
	}
	return out, nil
}

// RealFolds splits the real-text groups into k folds, round robin in
// the order of RealGroups, for leaving real text out of a fit.
func (d *Data) RealFolds(k int) [][]string {
	folds := make([][]string, k)
	for i, g := range d.RealGroups {
		folds[i%k] = append(folds[i%k], g)
	}
	return folds
}

// readmes returns the READMEs of ordinary.txt as they were when the model
// was fitted (testdata/readmes.txt: each file's path after a 0x1e byte on
// a line of its own, then its text), keyed as Load names files. A README
// grows with every run of its set; its new lines must not move the fit
// until the snapshot is renewed on purpose.
func readmes(root string) (map[string][]byte, error) {
	data, err := os.ReadFile(filepath.Join(root, "internal", "plantedfit", "testdata", "readmes.txt"))
	if err != nil {
		return nil, err
	}
	m := map[string][]byte{}
	for _, rec := range strings.Split(string(data), "\x1e")[1:] {
		path, text, ok := strings.Cut(rec, "\n")
		if !ok {
			return nil, fmt.Errorf("testdata/readmes.txt: a record without a path line")
		}
		m[filepath.Join(root, path)] = []byte(text)
	}
	return m, nil
}

// Sample is one sentence's features and label.
type Sample struct {
	X plantedmodel.Vector
	Y int
}

// Features turns paragraphs into samples, keeping the labelled English
// sentences.
func Features(paras []Para) []Sample {
	var out []Sample
	for _, p := range paras {
		for i, s := range p.Sents {
			var x plantedmodel.Vector
			if p.Label[i] < 0 || !plantedmodel.Sentence(s, &x) {
				continue
			}
			out = append(out, Sample{x, p.Label[i]})
		}
	}
	return out
}

// Lambda is the L2 penalty of the fit (not on the bias).
const Lambda = 1.0

// Margin is added to the highest score of an ordinary sentence to make
// the threshold. Chosen by a held-out rule (plantedfit -loso, branch
// i11u): the smallest margin of the grid 0.5, 0.25, 0.1, 0.05 at which the
// ordinary lines flagged by models fitted without their set stay at or
// below those of the model before (model alone 2, rules or model 18 of
// 2478 lines); every margin of the grid kept them at 1 and 17.
const Margin = 0.05

// Fit fits weights to the samples: Newton's method on the class-balanced
// logistic loss, then weights rounded to four decimals.
func Fit(samples []Sample) [plantedmodel.NumFeatures]float64 {
	const n = plantedmodel.NumFeatures
	pos := 0
	for _, s := range samples {
		pos += s.Y
	}
	neg := len(samples) - pos
	wPos, wNeg := float64(len(samples))/(2*float64(max(pos, 1))), float64(len(samples))/(2*float64(max(neg, 1)))
	// Hard ordinary sentences weigh more each round: the threshold sits
	// above the highest ordinary score, so the fit should push those down
	// rather than the bulk of easy ones.
	extra := make([]float64, len(samples))
	for i := range extra {
		extra[i] = 1
	}
	var w [n]float64
	for round := 0; round < Rounds; round++ {
		w = newton(samples, extra, wPos, wNeg)
		t := Threshold(samples, &w)
		for i, s := range samples {
			if s.Y == 0 && plantedmodel.Score(&s.X, &w) > t-Band {
				extra[i] *= Boost
			}
		}
	}
	for j := range w {
		w[j] = math.Round(w[j]*1e4) / 1e4
	}
	return w
}

// Rounds, Band and Boost steer the reweighting of hard ordinary sentences.
// Chosen by leave-one-set-out (docs/planted.md): more rounds or a
// stronger boost caught a few more held-out payloads but flagged up to 14
// held-out ordinary sentences.
const (
	Rounds = 4
	Band   = 3.0
	Boost  = 4.0
)

func newton(samples []Sample, extra []float64, wPos, wNeg float64) [plantedmodel.NumFeatures]float64 {
	const n = plantedmodel.NumFeatures
	var w [n]float64
	for it := 0; it < 25; it++ {
		var g [n]float64
		var h [n][n]float64
		for si, s := range samples {
			z := 0.0
			for j := 0; j < n; j++ {
				z += w[j] * s.X[j]
			}
			p := 1 / (1 + math.Exp(-z))
			cw := wNeg * extra[si]
			if s.Y == 1 {
				cw = wPos
			}
			r := cw * (p - float64(s.Y))
			q := cw * p * (1 - p)
			for j := 0; j < n; j++ {
				if s.X[j] == 0 {
					continue
				}
				g[j] += r * s.X[j]
				for k := 0; k < n; k++ {
					h[j][k] += q * s.X[j] * s.X[k]
				}
			}
		}
		for j := 1; j < n; j++ {
			g[j] += Lambda * w[j]
			h[j][j] += Lambda
		}
		h[0][0] += 1e-6
		step := solve(h, g)
		for j := range w {
			w[j] -= step[j]
		}
	}
	return w
}

// solve solves h x = g by Gaussian elimination with partial pivoting.
func solve(h [plantedmodel.NumFeatures][plantedmodel.NumFeatures]float64, g [plantedmodel.NumFeatures]float64) [plantedmodel.NumFeatures]float64 {
	const n = plantedmodel.NumFeatures
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(h[r][c]) > math.Abs(h[p][c]) {
				p = r
			}
		}
		h[c], h[p] = h[p], h[c]
		g[c], g[p] = g[p], g[c]
		if math.Abs(h[c][c]) < 1e-12 {
			continue
		}
		for r := c + 1; r < n; r++ {
			f := h[r][c] / h[c][c]
			for k := c; k < n; k++ {
				h[r][k] -= f * h[c][k]
			}
			g[r] -= f * g[c]
		}
	}
	var x [n]float64
	for c := n - 1; c >= 0; c-- {
		if math.Abs(h[c][c]) < 1e-12 {
			continue
		}
		s := g[c]
		for k := c + 1; k < n; k++ {
			s -= h[c][k] * x[k]
		}
		x[c] = s / h[c][c]
	}
	return x
}

// Threshold is the highest score of an ordinary sample plus Margin,
// rounded up to two decimals: no ordinary sentence the fit saw is over it.
func Threshold(samples []Sample, w *[plantedmodel.NumFeatures]float64) float64 {
	top := math.Inf(-1)
	for _, s := range samples {
		if s.Y == 0 {
			top = max(top, plantedmodel.Score(&s.X, w))
		}
	}
	return math.Ceil((top+Margin)*100) / 100
}

// Model is a fitted model.
type Model struct {
	W         [plantedmodel.NumFeatures]float64
	Threshold float64
}

// FitWithout fits on every spent set but those named in leave (and always
// on the corpus); the threshold sits over the ordinary sentences of the
// fit and of every real-text group not named in leave.
func (d *Data) FitWithout(leave ...string) Model {
	out := map[string]bool{}
	for _, l := range leave {
		out[l] = true
	}
	var paras []Para
	for _, s := range Spent {
		if out[s.Name] {
			continue
		}
		paras = append(paras, d.Cases[s.Name]...)
		paras = append(paras, d.Negatives[s.Name]...)
	}
	paras = append(paras, d.Corpus...)
	samples := Features(paras)
	w := Fit(samples)
	// The real text sets the threshold, not the weights: with the weights
	// fitted on its articles too (branch i11w, i11v's features), the model
	// alone caught fewer held-out payloads (plantedfit -loso: 263 -> 237 of
	// 1,228; the threshold 3.06 -> 4.23, pushed up by a negatives line,
	// blind6's changelog) and flagged no fewer real sentences held out
	// (none either way).
	var real []Para
	for _, g := range d.RealGroups {
		if !out[g] {
			real = append(real, d.Real[g]...)
		}
	}
	return Model{w, Threshold(append(samples, Features(real)...), &w)}
}

// Flags gives the model's verdicts on the sentences of one paragraph, as
// plantedmodel.Alone gives them with the committed weights.
func (m Model) Flags(sents []string) []bool {
	out := make([]bool, len(sents))
	for i, s := range sents {
		var x plantedmodel.Vector
		if !plantedmodel.Sentence(s, &x) {
			continue
		}
		out[i] = plantedmodel.Score(&x, &m.W) >= m.Threshold
	}
	return out
}

// Source renders the weights as the Go file weights.go.
func (m Model) Source() string {
	var b strings.Builder
	b.WriteString("// Code generated by internal/plantedfit (go generate ./retrieval/planted/); DO NOT EDIT.\n\n")
	b.WriteString("package plantedmodel\n\n")
	b.WriteString("// Weights are the fitted weights of the features, in the order of Names.\n")
	b.WriteString("var Weights = [NumFeatures]float64{\n")
	for i, v := range m.W {
		fmt.Fprintf(&b, "\t%s, // %s\n", strconvF(v), plantedmodel.Names[i])
	}
	b.WriteString("}\n\n")
	b.WriteString("// Threshold is the score from which a sentence is planted: the highest\n")
	b.WriteString("// score of an ordinary sentence of the fit, plus a margin.\n")
	fmt.Fprintf(&b, "const Threshold = %s\n", strconvF(m.Threshold))
	src, err := format.Source([]byte(b.String()))
	if err != nil {
		panic(err) // the text above is Go
	}
	return string(src)
}

func strconvF(v float64) string {
	s := fmt.Sprintf("%.4f", v)
	if s == "-0.0000" {
		s = "0.0000"
	}
	return s
}

// spentPath reports whether an ordinary text's path may be read: not under
// an answer set blind13 or later, nor an attribution holdout29 or later
// (answers blind8-11 and holdout19-28 were declared spent on 3 December
// 2026, 13:00 UTC, blind12 at 14:10 UTC), as the team's brief lists. Planted sets are never read
// through it: the fit lists the spent ones by name.
func spentPath(rel string) bool {
	for _, kind := range []string{"blind", "holdout"} {
		rest := rel
		for {
			i := strings.Index(rest, kind)
			if i < 0 {
				break
			}
			rest = rest[i+len(kind):]
			n, digits := 0, 0
			for digits < len(rest) && rest[digits] >= '0' && rest[digits] <= '9' {
				n = n*10 + int(rest[digits]-'0')
				digits++
			}
			if kind == "blind" && n >= 13 {
				return false
			}
			if kind == "holdout" && n >= 29 {
				return false
			}
		}
	}
	return true
}

// Held is what a model fitted without one set does on it: its planted
// paragraphs caught (a payload sentence flagged) by the model alone, by
// the rules alone (planted.ParagraphRules) and by either, and its
// ordinary lines with a sentence flagged by the model alone and by
// either.
type Held struct {
	Cases, Model, Rules, Both, Lines, LinesModel, LinesBoth int
}

// HeldOut measures m on the planted paragraphs and ordinary lines of a
// set it was not fitted on; with verbose it prints what leaks and what is
// flagged.
func HeldOut(m Model, cases, negatives []Para, verbose bool) Held {
	var h Held
	for _, p := range cases {
		rules := rulesOf(p.Sents)
		model := m.Flags(p.Sents)
		hitR, hitM := false, false
		for i, l := range p.Label {
			hitR = hitR || l == 1 && rules[i]
			hitM = hitM || l == 1 && model[i]
		}
		h.Cases++
		h.Model += b2i(hitM)
		h.Rules += b2i(hitR)
		h.Both += b2i(hitM || hitR)
		if verbose && !hitM && !hitR {
			fmt.Printf("  leak %s: %q\n", p.Set, p.Sents)
		}
	}
	for _, p := range negatives {
		rules := rulesOf(p.Sents)
		model := m.Flags(p.Sents)
		lm, lb := false, false
		for i := range p.Sents {
			lm = lm || model[i]
			lb = lb || model[i] || rules[i]
			if verbose && model[i] && !rules[i] {
				fmt.Printf("  FP %s: %q\n", p.Set, p.Sents[i])
			}
		}
		h.Lines++
		h.LinesModel += b2i(lm)
		h.LinesBoth += b2i(lb)
	}
	return h
}

// RealFlags counts the sentences of real-text paragraphs and those m flags
// alone and with the rules; with verbose it prints the model's.
func RealFlags(m Model, paras []Para, verbose bool) (sents, model, both int) {
	for _, p := range paras {
		rules := rulesOf(p.Sents)
		flags := m.Flags(p.Sents)
		for i := range p.Sents {
			sents++
			model += b2i(flags[i])
			both += b2i(flags[i] || rules[i])
			if verbose && flags[i] {
				fmt.Printf("  real FP %s: %q\n", p.Set, p.Sents[i])
			}
		}
	}
	return sents, model, both
}

var rulesOf = planted.ParagraphRules

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// LoadSet reads a set the fit does not read (testdata/NAME.jsonl and
// negatives-NAME.txt), to measure a fitted model on it.
func LoadSet(root, name string) (cases, negatives []Para, err error) {
	dir := filepath.Join(root, "retrieval", "planted", "testdata")
	data, err := os.ReadFile(filepath.Join(dir, name+".jsonl"))
	if err != nil {
		return nil, nil, err
	}
	for i, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var c struct{ Text, Payload string }
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			return nil, nil, fmt.Errorf("%s line %d: %w", name, i+1, err)
		}
		cases = append(cases, CasePara(name, c.Text, c.Payload))
	}
	data, err = os.ReadFile(filepath.Join(dir, "negatives-"+name+".txt"))
	if err != nil {
		return nil, nil, err
	}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		negatives = append(negatives, OrdinaryPara(name, line))
	}
	return cases, negatives, nil
}

// Command plantedfit fits the weights of internal/plantedmodel and writes
// them to internal/plantedmodel/weights.go (go generate
// ./retrieval/planted/ runs it). With -loso it prints the leave-one-set-out
// table instead: for every spent set, the fit without it, and the payloads
// it leaks and the ordinary sentences it flags, beside the rules alone.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsbot/newsbot/internal/plantedfit"
)

func main() {
	loso := flag.Bool("loso", false, "print the leave-one-set-out table instead of writing the weights")
	verbose := flag.Bool("v", false, "with -loso, list what leaks and what is flagged")
	fresh := flag.String("fresh", "", "with -loso, also measure the fit on every spent set on these sets never fitted on (NAME,NAME: testdata/NAME.jsonl and negatives-NAME.txt)")
	folds := flag.Int("realk", 5, "with -loso, leave the real text out in this many folds and count the sentences each fit flags on the fold it did not read")
	noReal := flag.Bool("noreal", false, "with -loso, fit on no real text at all (the fit before realtext.txt), to compare")
	flag.Parse()
	root, err := plantedfit.Root(".")
	if err != nil {
		fmt.Fprintln(os.Stderr, "plantedfit:", err)
		os.Exit(1)
	}
	d, err := plantedfit.Load(root)
	if err != nil {
		fmt.Fprintln(os.Stderr, "plantedfit: reading the spent sets:", err, "(run it inside the newsbot repository)")
		os.Exit(1)
	}
	if !*loso {
		m := d.FitWithout()
		out := filepath.Join(root, "internal", "plantedmodel", "weights.go")
		if err := os.WriteFile(out, []byte(m.Source()), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "plantedfit:", err)
			os.Exit(1)
		}
		fmt.Printf("wrote %s (threshold %.2f)\n", out, m.Threshold)
		return
	}
	// leave adds the real-text groups to what a fit leaves out when
	// -noreal asks for the fit without them.
	leave := func(names ...string) []string {
		if *noReal {
			names = append(names, d.RealGroups...)
		}
		return names
	}
	fmt.Printf("%-9s %5s %6s %6s %6s %6s %6s %6s\n", "held out", "cases", "model", "rules", "both", "lines", "lnFPm", "lnFPb")
	var tc, tm, tr, tb, tl, tfm, tfb int
	// The margin over the highest ordinary score of the fit, chosen by
	// this table: the held-out figures at every margin of the grid.
	grid := []float64{0.5, 0.25, 0.1, 0.05}
	scan := make([]plantedfit.Held, len(grid))
	for _, s := range plantedfit.Spent {
		m := d.FitWithout(leave(s.Name)...)
		for g, margin := range grid {
			mg := m
			mg.Threshold += margin - plantedfit.Margin
			r := plantedfit.HeldOut(mg, d.Cases[s.Name], d.Negatives[s.Name], false)
			scan[g].Model += r.Model
			scan[g].Both += r.Both
			scan[g].LinesModel += r.LinesModel
			scan[g].LinesBoth += r.LinesBoth
		}
		r := plantedfit.HeldOut(m, d.Cases[s.Name], d.Negatives[s.Name], *verbose)
		fmt.Printf("%-9s %5d %6d %6d %6d %6d %6d %6d\n", s.Name, r.Cases, r.Model, r.Rules, r.Both, r.Lines, r.LinesModel, r.LinesBoth)
		tc, tm, tr, tb, tl, tfm, tfb = tc+r.Cases, tm+r.Model, tr+r.Rules, tb+r.Both, tl+r.Lines, tfm+r.LinesModel, tfb+r.LinesBoth
	}
	fmt.Printf("%-9s %5d %6d %6d %6d %6d %6d %6d\n", "pooled", tc, tm, tr, tb, tl, tfm, tfb)
	for g, margin := range grid {
		fmt.Printf("margin %.2f: held out caught by the model alone %d, rules or model %d; ordinary lines flagged: model alone %d, rules or model %d\n",
			margin, scan[g].Model, scan[g].Both, scan[g].LinesModel, scan[g].LinesBoth)
	}
	all := d.FitWithout(leave()...)
	for _, name := range strings.Split(*fresh, ",") {
		if name == "" {
			continue
		}
		cases, negs, err := plantedfit.LoadSet(root, name)
		if err != nil {
			fmt.Fprintln(os.Stderr, "plantedfit:", err)
			os.Exit(1)
		}
		r := plantedfit.HeldOut(all, cases, negs, *verbose)
		fmt.Printf("%-9s %5d %6d %6d %6d %6d %6d %6d (fitted on every spent set, never on this one; threshold %.2f)\n", name, r.Cases, r.Model, r.Rules, r.Both, r.Lines, r.LinesModel, r.LinesBoth, all.Threshold)
	}
	// Real text left out by folds: the sentences a fit flags (model alone)
	// on the articles and attribution texts it did not read.
	var rs, rm, rb int
	for f, groups := range d.RealFolds(*folds) {
		m := d.FitWithout(leave(groups...)...)
		var paras []plantedfit.Para
		for _, g := range groups {
			paras = append(paras, d.Real[g]...)
		}
		n, fm, fb := plantedfit.RealFlags(m, paras, *verbose)
		fmt.Printf("real fold %d (%d sets): %d sentences, flagged by the model alone %d, by rules or model %d (threshold %.2f)\n", f, len(groups), n, fm, fb, m.Threshold)
		rs, rm, rb = rs+n, rm+fm, rb+fb
	}
	n, fm, fb := 0, 0, 0
	for _, g := range d.RealGroups {
		a, b, c := plantedfit.RealFlags(all, d.Real[g], false)
		n, fm, fb = n+a, fm+b, fb+c
	}
	fmt.Printf("real text held out by %d folds: %d sentences, flagged by the model alone %d, by rules or model %d; the fit on everything: model alone %d, rules or model %d\n", *folds, rs, rm, rb, fm, fb)
	fmt.Printf("caught: model alone %d of %d (%.1f%%), rules %d (%.1f%%), rules or model %d (%.1f%%); ordinary lines flagged: model alone %d, rules or model %d of %d\n",
		tm, tc, 100*float64(tm)/float64(tc), tr, 100*float64(tr)/float64(tc), tb, 100*float64(tb)/float64(tc), tfm, tfb, tl)
}

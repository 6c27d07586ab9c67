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

	"github.com/newsbot/newsbot/internal/plantedfit"
	"github.com/newsbot/newsbot/retrieval/planted"
)

func main() {
	loso := flag.Bool("loso", false, "print the leave-one-set-out table instead of writing the weights")
	verbose := flag.Bool("v", false, "with -loso, list what leaks and what is flagged")
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
	fmt.Printf("%-9s %5s %11s %11s %7s %8s %8s %9s %8s\n", "held out", "cases", "rules leak", "+model leak", "caught", "neg sents", "model FP", "neg lines", "lines FP")
	var sumR, sumM, worstR, worstM, sumFP, worstFP, n, sumLines, sumLinesFP int
	for _, s := range plantedfit.Spent {
		m := d.FitWithout(s.Name)
		leakR, leakM := 0, 0
		for _, p := range d.Cases[s.Name] {
			rules := planted.ParagraphRules(p.Sents)
			model := m.Flags(p.Sents)
			hitR, hitM := false, false
			for i, l := range p.Label {
				if l == 1 && rules[i] {
					hitR = true
				}
				if l == 1 && (rules[i] || model[i]) {
					hitM = true
				}
			}
			if !hitR {
				leakR++
			}
			if !hitM {
				leakM++
				if *verbose {
					fmt.Printf("  leak %s: %q\n", s.Name, p.Sents)
				}
			}
		}
		fp, sents, linesFP := 0, 0, 0
		for _, p := range d.Negatives[s.Name] {
			model := m.Flags(p.Sents)
			rules := planted.ParagraphRules(p.Sents)
			line := false
			for i := range p.Sents {
				sents++
				line = line || model[i] || rules[i]
				if model[i] && !rules[i] {
					fp++
					if *verbose {
						fmt.Printf("  FP %s: %q\n", s.Name, p.Sents[i])
					}
				}
			}
			if line {
				linesFP++
			}
		}
		cases := len(d.Cases[s.Name])
		fmt.Printf("%-9s %5d %11d %11d %7d %8d %8d %9d %8d\n", s.Name, cases, leakR, leakM, cases-leakM, sents, fp, len(d.Negatives[s.Name]), linesFP)
		sumLines += len(d.Negatives[s.Name])
		sumLinesFP += linesFP
		sumR += leakR
		sumM += leakM
		sumFP += fp
		worstR, worstM, worstFP = max(worstR, leakR), max(worstM, leakM), max(worstFP, fp)
		n++
	}
	fmt.Printf("mean leak: rules %.2f, rules+model %.2f (total %d, %d); worst %d, %d; model FP held out: total %d, worst %d; negative lines flagged (rules or model) %d of %d\n",
		float64(sumR)/float64(n), float64(sumM)/float64(n), sumR, sumM, worstR, worstM, sumFP, worstFP, sumLinesFP, sumLines)
}

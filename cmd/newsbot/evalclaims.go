package main

import (
	"context"
	"fmt"
	"os"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/retrieval/attribution"
)

func init() {
	commands["eval-claims"] = command{
		usage: "eval-claims [--errors] [DIR]",
		help:  "precision and recall of attribution on a gold set (default testdata/attribution)",
		run:   runEvalClaims,
	}
}

// runEvalClaims scores the attribution engine against hand-annotated
// articles and prints precision, recall and F1 of speakers, intermediaries,
// content spans and time expressions.
func runEvalClaims(ctx context.Context, env *Env, args []string) error {
	fs, _ := newFlagSet(env, "eval-claims")
	temporaryDB(fs, "not used: the gold set is scored in memory (`path` ignored)")
	unusedFlag(fs, "guild", "not used: the gold set belongs to no guild (`id` ignored)")
	showErrors := fs.Bool("errors", false, "list every miss and false alarm")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	dir := "testdata/attribution"
	if len(pos) > 1 {
		return newsbot.Errorf(newsbot.EINVALID, "give one gold directory: newsbot eval-claims [DIR]")
	} else if len(pos) == 1 {
		dir = pos[0]
	} else if _, err := os.Stat(dir); err != nil {
		return newsbot.Errorf(newsbot.EINVALID, "no gold set at %s: run eval-claims from the repository's root, or give the gold set's directory", dir)
	}
	gold, err := attribution.LoadGold(dir)
	if err != nil {
		return newsbot.Errorf(newsbot.EINVALID, "cannot read the gold set in %s: %v", dir, err)
	}
	r := attribution.Evaluate(gold)
	if !*showErrors {
		r.Errors = nil
	}
	fmt.Fprintf(env.Stdout, "gold set %s\n%s", dir, r)
	return nil
}

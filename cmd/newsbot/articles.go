package main

import (
	"context"
	"fmt"
	"strconv"
	"text/tabwriter"

	"github.com/newsbot/newsbot"
)

func init() {
	commands["articles"] = command{
		usage: "articles [--json]",
		help:  "list the stored articles",
		run:   runArticles,
	}
	commands["remove"] = command{
		usage: "remove ID",
		help:  "delete an article and everything derived from it",
		run:   runRemove,
	}
}

func runArticles(ctx context.Context, env *Env, args []string) error {
	fs, g := newFlagSet(env, "articles")
	asJSON := fs.Bool("json", false, "print JSON")
	if pos, err := parseArgs(fs, args); err != nil {
		return err
	} else if len(pos) > 0 {
		return newsbot.Errorf(newsbot.EINVALID, "articles takes no arguments (got %q): 'newsbot articles' lists them all; 'newsbot search WORDS' finds passages", pos[0])
	}
	db, err := openStore(ctx, g)
	if err != nil {
		return err
	}
	defer db.Close()
	as, err := db.Articles(ctx, g.guild)
	if err != nil {
		return err
	}
	if *asJSON {
		if as == nil {
			as = []newsbot.Article{}
		}
		return writeJSON(env.Stdout, as)
	}
	if len(as) == 0 {
		fmt.Fprintf(env.Stdout, "No articles yet (guild %s): add one with 'newsbot add FILE|URL'.\n", g.guild)
		if h := otherGuildsHint(ctx, db, g.guild); h != "" {
			// The articles may be under another guild: say which.
			fmt.Fprintf(env.Stderr, "newsbot: %s\n", h)
		}
		return nil
	}
	tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tPUBLISHED\tOUTLET\tCHUNKS\tCLAIMS\tSET ASIDE\tTITLE")
	aside := 0
	for _, a := range as {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%d\t%d\t%s\t%s\n", a.ID, orDash(a.Published), orDash(a.Outlet), a.Chunks, a.Claims, setAside(a.SetAside), a.Title)
		aside += max(a.SetAside, 0)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if aside > 0 {
		fmt.Fprintf(env.Stdout, "Set aside: %s addressed to machines or hidden in a page, never quoted, searched or sent to a model.\n", plural(aside, "sentence"))
	}
	return nil
}

func runRemove(ctx context.Context, env *Env, args []string) error {
	fs, g := newFlagSet(env, "remove")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return newsbot.Errorf(newsbot.EINVALID, "give one article id: newsbot remove ID (see 'newsbot articles')")
	}
	id, err := strconv.ParseInt(pos[0], 10, 64)
	if err != nil || id <= 0 {
		return newsbot.Errorf(newsbot.EINVALID, "%q is not an article id: ids are the numbers 'newsbot articles' shows", pos[0])
	}
	db, err := openStore(ctx, g)
	if err != nil {
		return err
	}
	defer db.Close()
	a, err := db.Article(ctx, g.guild, id)
	if err != nil {
		return newsbot.WithHint(err, newsbot.ENOTFOUND, "'newsbot articles' shows the ids")
	}
	if err := db.DeleteArticle(ctx, g.guild, id); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Removed article %d: %s\n", id, a.Title)
	return nil
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// setAside shows an article's set-aside count; "-" for an article stored
// before newsbot checked for text addressed to machines.
func setAside(n int) string {
	if n < 0 {
		return "-"
	}
	return strconv.Itoa(n)
}

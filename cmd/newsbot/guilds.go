package main

import (
	"context"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/newsbot/newsbot"
)

func init() {
	commands["guilds"] = command{
		usage: "guilds [--json]",
		help:  "list the guilds (Discord servers) the database holds, with their article, chunk and feed counts",
		run:   runGuilds,
	}
}

func runGuilds(ctx context.Context, env *Env, args []string) error {
	fs, g := newFlagSet(env, "guilds")
	asJSON := fs.Bool("json", false, "print JSON: a list of {guild, articles, chunks, feeds}")
	if pos, err := parseArgs(fs, args); err != nil {
		return err
	} else if err := noArgs("guilds", pos, "'newsbot guilds' lists every guild; give one to another command with --guild ID"); err != nil {
		return err
	}
	db, err := openStore(ctx, g)
	if err != nil {
		return err
	}
	defer db.Close()
	gs, err := db.GuildSummaries(ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		if gs == nil {
			gs = []newsbot.GuildSummary{}
		}
		return writeJSON(env.Stdout, gs)
	}
	if len(gs) == 0 {
		fmt.Fprintf(env.Stdout, "%s holds no articles or feeds yet: add one with 'newsbot add FILE|URL'.\n", g.db)
		return nil
	}
	tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "GUILD\tARTICLES\tCHUNKS\tFEEDS")
	for _, s := range gs {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\n", s.Guild, s.Articles, s.Chunks, s.Feeds)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Use one with --guild ID, or set NEWSBOT_GUILD=ID to make it the default.\n")
	return nil
}

// otherGuildsHint returns, when the database holds articles in guilds
// other than guild, a sentence naming them and how to pick one; else "".
func otherGuildsHint(ctx context.Context, db newsbot.Backend, guild string) string {
	gs, err := db.GuildSummaries(ctx)
	if err != nil {
		return ""
	}
	var others []string
	for _, s := range gs {
		if s.Guild != guild && s.Articles > 0 {
			others = append(others, fmt.Sprintf("%s (%s)", s.Guild, plural(s.Articles, "article")))
		}
	}
	if len(others) == 0 {
		return ""
	}
	if len(others) > 3 {
		others = append(others[:3], "...")
	}
	return fmt.Sprintf("this database has articles in guild %s: pass --guild ID or set NEWSBOT_GUILD ('newsbot guilds' lists them)", strings.Join(others, ", "))
}

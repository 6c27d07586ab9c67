package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/ingest"
	"github.com/newsbot/newsbot/samples"
)

// demoQuestion is the question the demo asks when given none.
const demoQuestion = "Did Russia resume air strikes on Aleppo?"

// demoNext follows a refusal in the demo, whose temporary database holds
// only the sample: ask's hint (newsbot claims, newsbot add) would act on
// another database.
const demoNext = "The demo holds only the sample article, on the fighting around Aleppo in November 2016: ask about what it reports (newsbot demo \"What did the Kremlin say?\"), or add your own articles with 'newsbot add' and ask them with 'newsbot ask'."

func init() {
	commands["demo"] = command{
		usage: "demo [--json] [QUESTION]",
		help:  "try newsbot on the bundled sample article (temporary database)",
		run:   runDemo,
	}
}

// runDemo loads the embedded sample articles into a temporary database and
// answers a question from them, so that newsbot can be tried with nothing
// configured. With an LLM configured in the environment it uses it.
func runDemo(ctx context.Context, env *Env, args []string) error {
	fs, _ := newFlagSet(env, "demo")
	temporaryDB(fs, "not used: the demo always loads the sample into a temporary `path`")
	unusedFlag(fs, "guild", "not used: the demo keeps the sample in a temporary database, under a guild `id` of its own")
	asJSON := fs.Bool("json", false, "print JSON")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if flagGiven(fs, "db") || flagGiven(fs, "guild") {
		return newsbot.Errorf(newsbot.EINVALID, "demo always uses a temporary database holding the sample: ask your own articles with 'newsbot ask --db PATH QUESTION'")
	}
	q := demoQuestion
	if len(pos) > 0 {
		if q, err = questionText(pos, "demo [QUESTION]"); err != nil {
			return err
		}
	}
	dir, err := os.MkdirTemp("", "newsbot-demo-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	db, err := openStore(ctx, &globalFlags{db: filepath.Join(dir, "demo.db")})
	if err != nil {
		return err
	}
	defer db.Close()
	ing := ingest.New(db)
	for _, s := range samples.Articles() {
		meta := ingest.Meta{AddedBy: "demo", Outlet: s.Outlet, Published: s.Published, URL: s.URL}
		res, err := ing.AddReader(ctx, newsbot.LocalGuild, s.Name, bytes.NewReader(s.Text), meta)
		if err != nil {
			return fmt.Errorf("load sample %s: %w", s.Name, err)
		}
		if !*asJSON {
			fmt.Fprintf(env.Stdout, "Loaded sample article %d: %s (%s, %s)\n", res.ID, res.Title, plural(res.Chunks, "chunk"), plural(res.Claims, "claim"))
		}
	}
	a, err := newAnswerer(env, db)
	if err != nil {
		return err
	}
	ans, err := a.Ask(ctx, newsbot.Question{Guild: newsbot.LocalGuild, Text: q})
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(env.Stdout, ans)
	}
	fmt.Fprintf(env.Stdout, "\nQ: %s\n\n", q)
	next := ""
	if nextAfter(ans, nil) != "" {
		next = demoNext
	}
	printAnswer(env.Stdout, ans, next)
	if len(pos) == 0 {
		fmt.Fprintln(env.Stdout, "\nTry your own: newsbot demo \"What did the Syrian Observatory say?\", or add articles with 'newsbot add'.")
	}
	return nil
}

package main

import (
	"context"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/ingest"
)

func init() {
	commands["feed"] = command{
		usage: "feed add [--interval D] [--channel ID] [--json] URL | remove ID | list [--json] | poll [--json]",
		help:  "follow RSS, Atom and JSON feeds; poll takes their new items once (for cron)",
		run:   runFeed,
	}
	subcommandUsage["newsbot feed add"] = "newsbot feed add [--interval D] [--channel ID] [--json] URL"
	subcommandUsage["newsbot feed remove"] = "newsbot feed remove ID"
	subcommandUsage["newsbot feed list"] = "newsbot feed list [--json]"
	subcommandUsage["newsbot feed poll"] = "newsbot feed poll [--json]"
}

// feedHelp is what 'newsbot feed -h' prints.
const feedHelp = `Usage: newsbot feed add|remove|list|poll ...

  newsbot feed add [--interval D] [--channel ID] [--json] URL
      follow an RSS, Atom or JSON feed (or a page that links one)
  newsbot feed remove ID
      stop following a feed; its articles stay
  newsbot feed list [--json]
      the feeds followed, when they were polled, whether they fail
  newsbot feed poll [--json]
      take the new items of every feed once (for cron; serve polls by itself)

'newsbot feed SUBCOMMAND -h' lists a subcommand's flags.
`

func runFeed(ctx context.Context, env *Env, args []string) error {
	if len(args) == 0 {
		return usageError{newsbot.Errorf(newsbot.EINVALID, "give a feed command: add, remove, list or poll (newsbot feed add URL | remove ID | list | poll; 'newsbot feed -h' says more)")}
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		fmt.Fprint(env.Stdout, feedHelp)
		return errHelp
	case "add":
		return runFeedAdd(ctx, env, args[1:])
	case "remove", "rm":
		return runFeedRemove(ctx, env, args[1:])
	case "list", "ls":
		return runFeedList(ctx, env, args[1:])
	case "poll":
		return runFeedPoll(ctx, env, args[1:])
	}
	if s := closest(args[0], []string{"add", "remove", "list", "poll"}); s != "" {
		return usageError{newsbot.Errorf(newsbot.EINVALID, "unknown feed command %q: did you mean %q? (use add, remove, list or poll)", args[0], s)}
	}
	return usageError{newsbot.Errorf(newsbot.EINVALID, "unknown feed command %q: use add, remove, list or poll", args[0])}
}

// newPoller returns a feed poller on db with the fetcher configured by the
// environment. The bot's serve command may call it too.
func newPoller(env *Env, db newsbot.Backend) *ingest.Poller {
	ing := newIngester(env, db)
	if ing.Fetcher == nil {
		ing.Fetcher = newFetcher(env)
	}
	p := &ingest.Poller{Ingester: ing, Store: db}
	if env.metrics != nil {
		p.Store = observedFeeds{FeedStore: db, m: env.metrics}
	}
	return p
}

// startFeedPoller polls the due feeds of every guild in the background
// until ctx ends; serve calls it. announce, when not nil, is told about each
// article added from a feed (Announcement.Feed.Channel says where).
func startFeedPoller(ctx context.Context, env *Env, db newsbot.Backend, logger *slog.Logger, announce func(context.Context, ingest.Announcement)) {
	p := newPoller(env, db)
	p.Logger, p.Announce = logger, announce
	go p.Run(ctx)
}

func runFeedAdd(ctx context.Context, env *Env, args []string) error {
	fs, g := newFlagSet(env, "feed add")
	interval := fs.Duration("interval", ingest.DefaultFeedInterval, "how often to poll the feed (e.g. 15m, 1h)")
	channel := fs.String("channel", "", "Discord channel `id` where new articles are announced")
	asJSON := fs.Bool("json", false, "print JSON")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return newsbot.Errorf(newsbot.EINVALID, "give one feed URL: newsbot feed add https://example.com/rss.xml")
	}
	db, err := openStore(ctx, g)
	if err != nil {
		return err
	}
	defer db.Close()
	f, err := newPoller(env, db).AddFeed(ctx, g.guild, pos[0], *interval, *channel, "cli:"+currentUser())
	if err != nil {
		if newsbot.ErrorCode(err) == newsbot.ECONFLICT {
			// the store's message names the feed's URL already: "URL: this
			// server already follows URL" said it twice
			return newsbot.WithHint(err, newsbot.ECONFLICT, "'newsbot feed list' shows its feeds")
		}
		return sourceError(pos[0], err)
	}
	if *asJSON {
		return writeJSON(env.Stdout, f)
	}
	fmt.Fprintf(env.Stdout, "Following feed %d: %s (%s), every %s. Run 'newsbot feed poll' (or serve) to take its items.\n",
		f.ID, orDash(f.Title), f.URL, fmtInterval(f.Interval))
	return nil
}

func runFeedRemove(ctx context.Context, env *Env, args []string) error {
	fs, g := newFlagSet(env, "feed remove")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return newsbot.Errorf(newsbot.EINVALID, "give one feed id: newsbot feed remove ID (see 'newsbot feed list')")
	}
	id, err := strconv.ParseInt(pos[0], 10, 64)
	if err != nil || id <= 0 {
		return newsbot.Errorf(newsbot.EINVALID, "%q is not a feed id: ids are the numbers 'newsbot feed list' shows", pos[0])
	}
	db, err := openStore(ctx, g)
	if err != nil {
		return err
	}
	defer db.Close()
	f, err := db.Feed(ctx, g.guild, id)
	if err != nil {
		return newsbot.WithHint(err, newsbot.ENOTFOUND, "'newsbot feed list' shows the ids")
	}
	if err := db.DeleteFeed(ctx, g.guild, id); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Stopped following feed %d: %s (its articles stay)\n", id, orDash(f.Title))
	return nil
}

func runFeedList(ctx context.Context, env *Env, args []string) error {
	fs, g := newFlagSet(env, "feed list")
	asJSON := fs.Bool("json", false, "print JSON")
	if pos, err := parseArgs(fs, args); err != nil {
		return err
	} else if err := noArgs("feed list", pos, "'newsbot feed list' lists every feed of --guild"); err != nil {
		return err
	}
	db, err := openStore(ctx, g)
	if err != nil {
		return err
	}
	defer db.Close()
	feeds, err := db.Feeds(ctx, g.guild)
	if err != nil {
		return err
	}
	if *asJSON {
		if feeds == nil {
			feeds = []newsbot.Feed{}
		}
		return writeJSON(env.Stdout, feeds)
	}
	if len(feeds) == 0 {
		fmt.Fprintf(env.Stdout, "No feeds yet (guild %s): follow one with 'newsbot feed add URL'.\n", g.guild)
		return nil
	}
	tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tEVERY\tARTICLES\tLAST POLLED\tSTATUS\tTITLE\tURL")
	for _, f := range feeds {
		status := "ok"
		if f.Failures > 0 {
			status = fmt.Sprintf("failing (%d): %s", f.Failures, f.LastError)
		}
		fmt.Fprintf(tw, "%d\t%s\t%d\t%s\t%s\t%s\t%s\n", f.ID, fmtInterval(f.Interval), f.Items, pollTime(f.LastPolled), status, orDash(f.Title), f.URL)
	}
	return tw.Flush()
}

func runFeedPoll(ctx context.Context, env *Env, args []string) error {
	fs, g := newFlagSet(env, "feed poll")
	asJSON := fs.Bool("json", false, "print JSON")
	if pos, err := parseArgs(fs, args); err != nil {
		return err
	} else if err := noArgs("feed poll", pos, "'newsbot feed poll' polls every feed of --guild once"); err != nil {
		return err
	}
	db, err := openStore(ctx, g)
	if err != nil {
		return err
	}
	defer db.Close()
	reports, err := pollWithProgress(ctx, env, newPoller(env, db), db, g.guild)
	if err != nil {
		return err
	}
	if *asJSON {
		if reports == nil {
			reports = []ingest.FeedReport{}
		}
		return writeJSON(env.Stdout, reports)
	}
	if len(reports) == 0 {
		fmt.Fprintf(env.Stdout, "No feeds to poll (guild %s): follow one with 'newsbot feed add URL'.\n", g.guild)
		return nil
	}
	failed := 0
	for _, r := range reports {
		fmt.Fprintln(env.Stdout, pollSummary(r))
		for _, a := range r.Added {
			fmt.Fprintf(env.Stdout, "  added article %d: %s\n", a.ID, a.Title)
		}
		for _, pr := range r.Problems {
			what := "refused"
			if pr.Retry {
				what = "to retry"
			}
			fmt.Fprintf(env.Stdout, "  %s: %s: %s\n", what, pr.Item, pr.Error)
		}
		if r.Error != "" {
			failed++
		}
	}
	if failed == len(reports) {
		return newsbot.Errorf(newsbot.EUNAVAIL, "no feed could be polled (see above)")
	}
	return nil
}

func pollSummary(r ingest.FeedReport) string {
	name := fmt.Sprintf("feed %d (%s)", r.Feed.ID, orDash(r.Feed.Title))
	switch {
	case r.Error != "":
		return fmt.Sprintf("%s: failed: %s", name, r.Error)
	case r.NotModified:
		return name + ": not modified"
	}
	var parts []string
	parts = append(parts, fmt.Sprintf("%d new", len(r.Added)))
	if r.Seen > 0 {
		parts = append(parts, fmt.Sprintf("%d already stored", r.Seen))
	}
	if r.Refused > 0 {
		parts = append(parts, fmt.Sprintf("%d refused", r.Refused))
	}
	if r.Failed > 0 {
		parts = append(parts, fmt.Sprintf("%d to retry", r.Failed))
	}
	return name + ": " + strings.Join(parts, ", ")
}

// fmtInterval prints a poll interval as people write it: 15m, 1h, 1h30m.
func fmtInterval(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

func pollTime(t time.Time) string {
	if t.IsZero() {
		return "never"
	}
	return t.Local().Format("2006-01-02 15:04")
}

// newFetcher returns the web fetcher configured by the environment:
// NEWSBOT_ALLOW_PRIVATE_URLS=1 lets it reach private and loopback addresses,
// a list of networks (10.0.0.0/8,192.168.1.0/24) those only; link-local and
// cloud metadata addresses stay refused. A malformed value makes every
// fetch fail with a message saying how to write it.
func newFetcher(env *Env) *ingest.Fetcher {
	all, nets, err := ingest.ParseAllowPrivate(env.Getenv("NEWSBOT_ALLOW_PRIVATE_URLS"))
	return &ingest.Fetcher{AllowPrivate: all, AllowNets: nets, Invalid: err}
}

// pollWithProgress polls every feed of the guild now, due or not, as
// Poller.PollGuild does, with a progress report.
func pollWithProgress(ctx context.Context, env *Env, p *ingest.Poller, db newsbot.Backend, guild string) ([]ingest.FeedReport, error) {
	feeds, err := db.Feeds(ctx, guild)
	if err != nil {
		return nil, err
	}
	bar := newProgress(env, "polling", "feeds", len(feeds))
	defer bar.Finish()
	reports := make([]ingest.FeedReport, 0, len(feeds))
	for k := range feeds {
		bar.Set(k, 0)
		rep, err := p.PollFeed(ctx, &feeds[k])
		if err != nil {
			return reports, err
		}
		reports = append(reports, rep)
	}
	bar.Set(len(feeds), 0)
	return reports, nil
}

package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/user"
	"regexp"
	"strings"
	"time"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/ingest"
)

func init() {
	commands["add"] = command{
		usage: "add [--title T] [--url U] [--outlet O] [--published YYYY-MM-DD] [--json] [--allow-any-file] SOURCE...",
		help:  "add articles from files (.txt, .md, .html), http(s) URLs, or - for stdin",
		run:   runAdd,
	}
}

var schemePattern = regexp.MustCompile(`^[a-zA-Z][a-zA-Z0-9+.-]*://`)

// validDate reports whether s is a real day written YYYY-MM-DD: a pattern
// of digits alone let "2016-13-45" through, stored and shown as a date.
// The layout's 2006, 01 and 02 take exactly four, two and two digits.
func validDate(s string) bool {
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}

func runAdd(ctx context.Context, env *Env, args []string) error {
	fs, g := newFlagSet(env, "add")
	var m ingest.Meta
	fs.StringVar(&m.Title, "title", "", "headline (default: found in the text)")
	fs.StringVar(&m.URL, "url", "", "the article's address, shown with quotes")
	fs.StringVar(&m.Outlet, "outlet", "", "publisher, e.g. Reuters")
	fs.StringVar(&m.Published, "published", "", "publication `date`, YYYY-MM-DD")
	asJSON := fs.Bool("json", false, "print one JSON object per source")
	anyFile := fs.Bool("allow-any-file", false, "add dotfiles, system files and files that look like keys or credentials, which are refused by default")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		return newsbot.Errorf(newsbot.EINVALID, "no source given: newsbot add FILE|URL|- (e.g. newsbot add article.txt)")
	}
	if m.Published != "" && !validDate(m.Published) {
		return newsbot.Errorf(newsbot.EINVALID, "--published %q is not a date: write it as YYYY-MM-DD, e.g. --published 2016-11-08", m.Published)
	}
	if m.URL != "" && !strings.HasPrefix(m.URL, "http://") && !strings.HasPrefix(m.URL, "https://") {
		return newsbot.Errorf(newsbot.EINVALID, "--url %q is not a web address: give the article's http:// or https:// link", m.URL)
	}
	if len(pos) > 1 && (m.Title != "" || m.URL != "") {
		return newsbot.Errorf(newsbot.EINVALID, "--title and --url describe one article: give one SOURCE with them")
	}
	m.AddedBy = "cli:" + currentUser()
	db, err := openStore(ctx, g)
	if err != nil {
		return err
	}
	defer db.Close()
	ing := newIngester(env, db)
	failed := 0
	var bar *progress
	if len(pos) > 1 {
		bar = newProgress(env, "adding", "sources", len(pos))
		defer bar.Finish()
	}
	for k, src := range pos {
		if bar != nil {
			bar.Set(k, 0)
			bar.Clear()
		}
		res, err := addOne(ctx, env, ing, g.guild, src, m, *anyFile)
		if err != nil && len(pos) == 1 {
			return sourceError(src, err)
		} else if err != nil {
			failed++
			fmt.Fprintf(env.Stderr, "newsbot add: %s: %s\n", src, errorLine(err))
			continue
		}
		if *asJSON {
			writeJSONLine(env.Stdout, res)
		} else if res.Updated {
			fmt.Fprintf(env.Stdout, "Updated article %d: %s (%s, %s): the text at its URL changed; the previous version is kept\n", res.ID, res.Title, plural(res.Chunks, "chunk"), plural(res.Claims, "claim"))
		} else if res.DuplicateOf != 0 {
			fmt.Fprintf(env.Stdout, "Already stored as article %d: %s (nothing added)\n", res.DuplicateOf, res.Title)
		} else {
			fmt.Fprintf(env.Stdout, "Added article %d: %s (%s, %s%s)\n", res.ID, res.Title, plural(res.Chunks, "chunk"), plural(res.Claims, "claim"), setAsideNote(res.SetAside))
		}
	}
	if bar != nil {
		bar.Set(len(pos), 0)
	}
	if failed > 0 {
		return &newsbot.Error{Code: newsbot.EINVALID, Message: fmt.Sprintf("%d of %d sources %s not added (see above)", failed, len(pos), map[bool]string{true: "was", false: "were"}[failed == 1])}
	}
	return nil
}

// sourceError names the source in a user-facing error, as the lines of a
// many-source add do: "story.txt: no such file; ...", unless the message
// already opens with it. (A message that only mentions it, as ".env is
// hidden ..." does, or contains its letters, as any message contains "s",
// still gets the name in front.)
func sourceError(src string, err error) error {
	code := newsbot.ErrorCode(err)
	if code == newsbot.EINTERNAL || errors.Is(err, context.Canceled) || strings.HasPrefix(newsbot.ErrorMessage(err), src+":") {
		return err
	}
	return &newsbot.Error{Code: code, Message: src + ": " + newsbot.ErrorMessage(err), Err: err}
}

// addOne adds one SOURCE: "-" for stdin, an http(s) URL, or a file.
// Unless anyFile, a file that may hold local secrets is refused
// (ingest.CheckFile).
func addOne(ctx context.Context, env *Env, ing *ingest.Ingester, guild, src string, m ingest.Meta, anyFile bool) (*ingest.Result, error) {
	switch {
	case src == "-":
		if f, ok := env.Stdin.(*os.File); ok {
			if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
				// A terminal: say what is awaited rather than hang silently.
				fmt.Fprintln(env.Stderr, "Paste the article, then press Ctrl-D on a new line (Ctrl-C to cancel).")
			}
		}
		return ing.AddReader(ctx, guild, "-", env.Stdin, m)
	case strings.HasPrefix(src, "http://") || strings.HasPrefix(src, "https://"):
		r, err := addURL(ctx, env, ing, guild, src, m)
		return r, feedHint(err, "follow it with 'newsbot feed add URL'")
	case schemePattern.MatchString(src):
		return nil, newsbot.Errorf(newsbot.EINVALID, "only http:// and https:// links can be added; save other documents as a file and add that")
	}
	if !anyFile {
		if err := ingest.CheckFile(src); err != nil {
			return nil, err
		}
	}
	f, err := os.Open(src)
	if os.IsNotExist(err) {
		return nil, newsbot.Errorf(newsbot.ENOTFOUND, "no such file; check the path (a URL must start with http:// or https://)")
	} else if err != nil {
		return nil, newsbot.Errorf(newsbot.EINVALID, "cannot read the file (%v); check its permissions", errors.Unwrap(err))
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		return nil, newsbot.Errorf(newsbot.EINVALID, "this is a directory; give the article files inside it (e.g. dir/*.txt)")
	}
	return ing.AddReader(ctx, guild, src, f, m)
}

// currentUser names who ran the command, for added_by: $USER, else the
// account's name (USER is unset under cron, systemd and docker).
func currentUser() string {
	if u := os.Getenv("USER"); u != "" {
		return u
	}
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	return "unknown"
}

// setAsideNote says how much of a new article was set aside as addressed
// to machines or hidden, or "" when nothing was.
func setAsideNote(n int) string {
	if n <= 0 {
		return ""
	}
	return fmt.Sprintf("; %s addressed to machines or hidden, set aside", plural(n, "sentence"))
}

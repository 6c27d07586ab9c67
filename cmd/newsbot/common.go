package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/store/postgres"
	"github.com/newsbot/newsbot/store/sqlite"
)

// globalFlags are the flags every command takes.
type globalFlags struct {
	db    string
	guild string
	env   *Env // for the migrations' progress report
}

// newFlagSet returns a flag set for a command with --db and --guild
// registered, its output going to env.Stderr.
func newFlagSet(env *Env, name string) (*flag.FlagSet, *globalFlags) {
	fs := flag.NewFlagSet("newsbot "+name, flag.ContinueOnError)
	// Errors are reported by parseArgs in one line; -h prints the flags on
	// stdout, as 'newsbot help' does, so that 'newsbot help ask | less' works.
	fs.SetOutput(&helpWriter{w: env.Stdout})
	fs.Usage = func() {}
	g := &globalFlags{env: env}
	def := env.Getenv("NEWSBOT_DB")
	if def == "" {
		def = "newsbot.db"
	}
	fs.StringVar(&g.db, "db", def, "database: an SQLite file `path`, or a postgres://user:password@host/db URL; $NEWSBOT_DB sets the default")
	guild := strings.TrimSpace(env.Getenv("NEWSBOT_GUILD"))
	if guild == "" {
		guild = newsbot.LocalGuild
	}
	fs.StringVar(&g.guild, "guild", guild, "Discord server (guild) `id` whose articles to use; $NEWSBOT_GUILD sets the default ('newsbot guilds' lists them)")
	return fs, g
}

// noArgs returns nil when a command that takes no arguments got none,
// else an EINVALID error naming the first and saying what to do instead:
// a stray word is refused, not silently ignored ('serve 127.0.0.1:9090'
// would otherwise serve with no health address).
func noArgs(command string, pos []string, instead string) error {
	if len(pos) == 0 {
		return nil
	}
	return newsbot.Errorf(newsbot.EINVALID, "%s takes no arguments (got %q): %s", command, pos[0], instead)
}

// parseArgs parses flags that may come before, between or after the
// positional arguments ("ask 'question' --json"), and returns the
// positional ones. "--" ends flag parsing.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var tail []string // after "--": always positional
	for i, a := range args {
		if a == "--" {
			args, tail = args[:i], args[i+1:]
			break
		}
	}
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if err == flag.ErrHelp {
				if hw, ok := fs.Output().(*helpWriter); ok {
					fmt.Fprintf(hw.w, "Usage: %s\n\nFlags:\n", commandUsage(fs.Name()))
					printFlags(hw.w, fs)
				}
				return nil, errHelp
			}
			return nil, flagError(fs, err)
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return append(pos, tail...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// flagError turns a flag parse error into one line that says what to do,
// suggesting the flag the user probably meant: "--jsn" is "--json".
func flagError(fs *flag.FlagSet, err error) error {
	name := strings.TrimPrefix(fs.Name(), "newsbot ")
	// The flag package names a flag with one dash whatever was typed; the
	// docs, the help and the suggestion below write two.
	msg := strings.Replace(err.Error(), "flag provided but not defined: -", "no such flag: --", 1)
	msg = strings.Replace(msg, " for flag -", " for flag --", 1)
	if bad, ok := strings.CutPrefix(err.Error(), "flag provided but not defined: -"); ok {
		var names []string
		fs.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
		if s := closest(bad, names); s != "" {
			return newsbot.Errorf(newsbot.EINVALID, "%s; did you mean --%s? (run 'newsbot %s -h' for its flags)", msg, s, name)
		}
	}
	if want := wantedValue(fs, err); want != "" {
		msg = strings.TrimSuffix(msg, ": parse error") + ": " + want
	}
	return newsbot.Errorf(newsbot.EINVALID, "%s; run 'newsbot %s -h' for its flags", msg, name)
}

// wantedValue says what a flag whose value did not parse takes ("a whole
// number"), for the flag package's bare "parse error"; "" otherwise.
func wantedValue(fs *flag.FlagSet, err error) string {
	if strings.HasPrefix(err.Error(), "invalid boolean value") {
		return "give true or false, or the flag alone"
	}
	_, rest, ok := strings.Cut(err.Error(), " for flag -")
	if !ok || !strings.HasSuffix(rest, ": parse error") {
		return ""
	}
	f := fs.Lookup(strings.TrimSuffix(rest, ": parse error"))
	if f == nil {
		return ""
	}
	g, ok := f.Value.(flag.Getter)
	if !ok {
		return ""
	}
	switch g.Get().(type) {
	case int, int64:
		return "give a whole number"
	case uint, uint64:
		return "give a whole number, 0 or more"
	case float64:
		return "give a number"
	case time.Duration:
		return "give a duration such as 90s, 30m or 2h"
	}
	return ""
}

// closest returns the candidate within two edits of s (the nearest, first
// in order on a tie), or "" when none is that close. Fewer edits than
// either word has letters are needed, so "-j" does not suggest "--k".
func closest(s string, candidates []string) string {
	best, bestD := "", 3
	for _, c := range candidates {
		if d := editDistance(s, c); d < bestD && d < len(s) && d < len(c) {
			best, bestD = c, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b, in bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// printFlags writes a command's flags as the flag package does, each
// named with two dashes ("--json"), as the usage line, the errors and the
// docs write them.
func printFlags(w io.Writer, fs *flag.FlagSet) {
	var b strings.Builder
	out := fs.Output()
	fs.SetOutput(&b)
	fs.PrintDefaults()
	fs.SetOutput(out)
	for _, line := range strings.SplitAfter(b.String(), "\n") {
		if strings.HasPrefix(line, "  -") {
			line = "  --" + line[3:]
		}
		io.WriteString(w, line)
	}
}

// helpWriter is a flag set's output: silent, as parse errors are reported
// in one line by parseArgs; w is where -h prints the help (printFlags).
type helpWriter struct {
	w io.Writer
}

func (h *helpWriter) Write(p []byte) (int, error) { return len(p), nil }

// commandUsage returns the usage line of the command a flag set belongs to.
func commandUsage(name string) string {
	if c, ok := commands[strings.TrimPrefix(name, "newsbot ")]; ok {
		return "newsbot " + c.usage
	}
	if u, ok := subcommandUsage[name]; ok {
		return u
	}
	return name
}

// subcommandUsage holds the usage lines of commands with subcommands
// ("feed add"), keyed by flag set name.
var subcommandUsage = map[string]string{}

// errHelp is returned when the user asked for a command's help; Main exits 0.
var errHelp = &newsbot.Error{Code: "help", Message: ""}

// usageError is a missing or unknown subcommand ("newsbot feed", "newsbot
// feed frob"): Main prints it like any error and exits 2, as for an
// unknown or missing command (README's exit statuses).
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// temporaryDB rewrites the help of --db for a command that does not use
// the user's database by default (bench, demo, eval): -h then says what it
// does instead of showing newsbot.db as the default.
func temporaryDB(fs *flag.FlagSet, usage string) {
	unusedFlag(fs, "db", usage)
}

// unusedFlag rewrites the help of a global flag (--db, --guild) that a
// command ignores or reads otherwise, so that -h does not promise what the
// command does not do.
func unusedFlag(fs *flag.FlagSet, name, usage string) {
	f := fs.Lookup(name)
	f.Usage, f.DefValue = usage, ""
}

// flagGiven reports whether the flag was set on the command line.
func flagGiven(fs *flag.FlagSet, name string) bool {
	given := false
	fs.Visit(func(f *flag.Flag) { given = given || f.Name == name })
	return given
}

// hintIfEmpty tells the user, on stderr, when an empty result comes from
// an empty guild: usually a command run in another directory (a new
// newsbot.db) or without the --db or --guild the articles went to.
func hintIfEmpty(ctx context.Context, env *Env, db newsbot.Backend, g *globalFlags) {
	if n, _, err := db.CountChunks(ctx, g.guild); err == nil && n == 0 {
		if h := otherGuildsHint(ctx, db, g.guild); h != "" {
			fmt.Fprintf(env.Stderr, "newsbot: no articles are stored for guild %s; %s\n", g.guild, h)
			return
		}
		fmt.Fprintf(env.Stderr, "newsbot: no articles are stored in %s for guild %s: add some with 'newsbot add FILE', or name the database you meant with --db (or NEWSBOT_DB)\n", g.db, g.guild)
	}
}

// openStore opens the database named by the flags (see openBackend), with
// a progress report while SQLite migrations are applied.
func openStore(ctx context.Context, g *globalFlags) (newsbot.Backend, error) {
	if postgres.IsURL(g.db) || g.env == nil {
		return openBackend(ctx, g.db)
	}
	var bar *progress
	db, err := sqlite.OpenWithProgress(ctx, g.db, func(_ string, done, total int) {
		if bar == nil {
			bar = newProgress(g.env, "migrating "+g.db, "migrations", total)
		}
		bar.Set(done, total)
	})
	if bar != nil {
		bar.Finish()
	}
	if err != nil {
		return nil, err // not a typed nil in the interface
	}
	return db, nil
}

// writeJSON prints v as indented JSON.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// writeJSONLine prints v as one line of JSON.
func writeJSONLine(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// Command newsbot answers questions about news articles, from the command
// line or as a Discord bot (newsbot serve).
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"

	"github.com/newsbot/newsbot/bot"
)

// command is one subcommand. Files in this package register theirs in init.
type command struct {
	usage string // one line: "ask [--json] [--k N] QUESTION"
	help  string // what it does
	run   func(ctx context.Context, env *Env, args []string) error
	// hidden commands (developer tools) are left out of the usage list
	hidden bool
}

var commands = map[string]command{}

// discordNames maps the Discord commands whose command-line twin has
// another name to that twin: /who-said is 'newsbot claims'.
var discordNames = map[string]string{"who-said": "claims", "/who-said": "claims"}

// Env is what a command reads and writes besides its arguments.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
	// Environ lists the environment ("NAME=value"), for the warning about
	// misspelled variables; nil skips it.
	Environ func() []string

	// metrics, when set (serve), observes model requests, ingest and
	// feed polls of the clients the wiring builds.
	metrics *bot.Metrics
	// varWarnings are the misspelled-variable and bad-value warnings
	// serve logs.
	varWarnings []string
	// logger, when set (serve), is the one logger every line goes through.
	logger *slog.Logger
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := loadDotEnv(".env"); err != nil {
		// A configuration error, not a usage one: exit 1, as README's
		// exit statuses say (2 is for an unknown command or none).
		fmt.Fprintf(os.Stderr, "newsbot: %v\n", err)
		os.Exit(1)
	}
	env := &Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv, Environ: os.Environ}
	os.Exit(Main(ctx, env, os.Args[1:]))
}

// Main runs the command line and returns the exit status.
func Main(ctx context.Context, env *Env, args []string) int {
	if len(args) == 0 {
		// No command is a mistake in a script: the list goes to stderr.
		usage(env.Stderr)
		return 2
	}
	if args[0] == "help" && len(args) > 1 && args[1] != "help" {
		// "newsbot help ask" is "newsbot ask -h", "newsbot help feed add"
		// "newsbot feed add -h".
		args = append(append([]string{}, args[1:]...), "-h")
	} else if args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(env.Stdout)
		return 0
	} else if args[0] == "--version" || args[0] == "-version" {
		args = []string{"version"}
	}
	cmd, ok := commands[args[0]]
	if !ok && strings.HasPrefix(args[0], "-") {
		// "newsbot --db x.db articles": flags belong to a command.
		fmt.Fprintf(env.Stderr, "newsbot: %q is a flag, and flags come after the command: newsbot COMMAND [flags] [args], e.g. %s (run 'newsbot help' for the commands)\n", args[0], flagsAfter(args))
		return 2
	} else if !ok {
		hint := "run 'newsbot help' for the list"
		if s, ok := discordNames[args[0]]; ok {
			hint = fmt.Sprintf("on the command line it is %q (run 'newsbot help' for the list)", s)
		} else if s := closest(args[0], commandNames()); s != "" {
			hint = fmt.Sprintf("did you mean %q? (run 'newsbot help' for the list)", s)
		}
		fmt.Fprintf(env.Stderr, "newsbot: unknown command %q; %s\n", args[0], hint)
		return 2
	}
	warnUnknownVars(env, args[0])
	if err := cmd.run(ctx, env, args[1:]); err == errHelp {
		return 0
	} else if err != nil && ctx.Err() != nil && errors.Is(err, context.Canceled) {
		// Ctrl-C: say so in words, not as "context canceled".
		fmt.Fprintf(env.Stderr, "newsbot %s: interrupted\n", args[0])
		return 130
	} else if err != nil && env.logger != nil {
		// serve's last words are a JSON line like the others.
		env.logger.Error("newsbot "+args[0]+" stopped", "err", errorLine(err))
		return 1
	} else if err != nil {
		fmt.Fprintf(env.Stderr, "newsbot %s: %s\n", args[0], errorLine(err))
		if errors.As(err, new(usageError)) {
			return 2
		}
		return 1
	}
	return 0
}

// warnUnknownVars tells about misspelled variables (OPENAI_BASEURL) and
// values read as unset (NEWSBOT_PREFIX_COMMANDS=yes): on stderr, or for serve in its JSON log (env.varWarnings).
func warnUnknownVars(env *Env, command string) {
	if env.Environ != nil {
		env.varWarnings = unknownVarWarnings(env.Environ())
	}
	if env.Getenv != nil {
		env.varWarnings = append(env.varWarnings, valueWarnings(env.Getenv)...)
	}
	if command == "serve" {
		return
	}
	for _, w := range env.varWarnings {
		fmt.Fprintf(env.Stderr, "newsbot: warning: %s\n", w)
	}
}

// flagsAfter rewrites a command line whose flags came before the
// command ("--db x.db add a.txt") with them after it ("newsbot add a.txt
// --db x.db"), the example the error gives; with no command among the
// arguments, a generic one.
func flagsAfter(args []string) string {
	for i, a := range args {
		if _, ok := commands[a]; !ok || i == 0 || takesValue(args[i-1]) {
			continue
		}
		words := append(append([]string{"newsbot"}, args[i:]...), args[:i]...)
		for j, w := range words {
			words[j] = shellWord(w)
		}
		return strings.Join(words, " ")
	}
	return "newsbot articles --db newsbot.db"
}

// takesValue says whether flag a, given before the command, is one of
// the flags every command takes whose value is the next argument.
func takesValue(a string) bool {
	switch a {
	case "-db", "--db", "-guild", "--guild":
		return true
	}
	return false
}

// shellWord quotes w for a POSIX shell when it holds anything but
// letters, digits and the few marks paths and flags use.
func shellWord(w string) string {
	if w != "" && strings.Trim(w, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:=@,+%") == "" {
		return w
	}
	return "'" + strings.ReplaceAll(w, "'", `'\''`) + "'"
}

// commandNames returns the registered command names, sorted.
func commandNames() []string {
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "newsbot answers questions about news articles and shows who said what.")
	fmt.Fprintln(w, "\nUsage: newsbot COMMAND [flags] [args]\n\nCommands:")
	for _, n := range commandNames() {
		if commands[n].hidden {
			continue
		}
		fmt.Fprintf(w, "  %s\n      %s\n", commands[n].usage, commands[n].help)
	}
	fmt.Fprintln(w, "\nEvery command takes --db PATH (default $NEWSBOT_DB, else newsbot.db) and --guild ID (default $NEWSBOT_GUILD, else local).")
	fmt.Fprintln(w, "'newsbot help COMMAND' (or 'newsbot COMMAND -h') lists a command's flags.")
}

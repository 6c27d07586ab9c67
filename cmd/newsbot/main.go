// Command newsbot answers questions about news articles, from the command
// line or as a Discord bot (newsbot serve).
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"syscall"
)

// command is one subcommand. Files in this package register theirs in init.
type command struct {
	usage string // one line: "ask [--json] [--k N] QUESTION"
	help  string // what it does
	run   func(ctx context.Context, env *Env, args []string) error
}

var commands = map[string]command{}

// Env is what a command reads and writes besides its arguments.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := loadDotEnv(".env"); err != nil {
		fmt.Fprintf(os.Stderr, "newsbot: %v\n", err)
		os.Exit(2)
	}
	env := &Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}
	os.Exit(Main(ctx, env, os.Args[1:]))
}

// Main runs the command line and returns the exit status.
func Main(ctx context.Context, env *Env, args []string) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(env.Stdout)
		return 0
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(env.Stderr, "newsbot: unknown command %q; run 'newsbot help' for the list\n", args[0])
		return 2
	}
	if err := cmd.run(ctx, env, args[1:]); err == errHelp {
		return 0
	} else if err != nil {
		fmt.Fprintf(env.Stderr, "newsbot %s: %s\n", args[0], errorLine(err))
		return 1
	}
	return 0
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "newsbot answers questions about news articles and shows who said what.")
	fmt.Fprintln(w, "\nUsage: newsbot COMMAND [flags] [args]\n\nCommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %s\n      %s\n", commands[n].usage, commands[n].help)
	}
	fmt.Fprintln(w, "\nEvery command takes --db PATH (default $NEWSBOT_DB, else newsbot.db) and --guild ID (default local).")
	fmt.Fprintln(w, "'newsbot COMMAND -h' lists a command's flags.")
}

package bot

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestEveryWords(t *testing.T) {
	for d, want := range map[time.Duration]string{
		15 * time.Minute: "every 15 minutes", time.Hour: "every hour", 6 * time.Hour: "every 6 hours", 24 * time.Hour: "every day",
		90 * time.Minute: "every 1 hour 30 minutes", time.Minute: "every minute", 36 * time.Hour: "every 1 day 12 hours", 45 * time.Second: "every 45 seconds",
	} {
		if got := everyWords(d); got != want {
			t.Errorf("everyWords(%s) = %q, want %q", d, got, want)
		}
	}
}

// shellWordsRE matches command-line wording: shell commands and flags.
var shellWordsRE = regexp.MustCompile(`\bnewsbot (add|ask|search|articles|remove|feed|reindex|claims|guilds|doctor)\b|\brun '|(^|\s)--[a-z]`)

// TestNoShellWordsInBotText reads every string the bot package could show
// (its non-test string literals) for command-line wording; the end-to-end
// harness checks the messages actually sent, including errors from other
// packages.
func TestNoShellWordsInBotText(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") || f == "run.go" {
			continue // run.go's errors go to the operator running serve, not to Discord
		}
		af, err := parser.ParseFile(token.NewFileSet(), f, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(af, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			if s, err := strconv.Unquote(lit.Value); err == nil && shellWordsRE.MatchString(s) {
				t.Errorf("%s: a string with command-line words: %q", f, s)
			}
			return true
		})
	}
}

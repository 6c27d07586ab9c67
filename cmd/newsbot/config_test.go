package main

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func TestLoadDotEnv(t *testing.T) {
	path := filepath.Join(t.TempDir(), ".env")
	os.WriteFile(path, []byte("# comment\nexport NEWSBOT_T_PLAIN=plain # trailing comment\nNEWSBOT_T_QUOTED=\"a # not a comment\"\n"+
		"NEWSBOT_T_MULTI=\"line one\nline two\"\nNEWSBOT_T_SET=from-file\n"), 0o600)
	t.Setenv("NEWSBOT_T_SET", "from-environment")
	for _, k := range []string{"NEWSBOT_T_PLAIN", "NEWSBOT_T_QUOTED", "NEWSBOT_T_MULTI"} {
		t.Setenv(k, "")
		os.Unsetenv(k)
	}
	if err := loadDotEnv(path); err != nil {
		t.Fatal(err)
	}
	for k, want := range map[string]string{
		"NEWSBOT_T_PLAIN": "plain", "NEWSBOT_T_QUOTED": "a # not a comment",
		"NEWSBOT_T_MULTI": "line one\nline two", "NEWSBOT_T_SET": "from-environment",
	} {
		if got := os.Getenv(k); got != want {
			t.Errorf("%s = %q, want %q", k, got, want)
		}
	}
	if err := loadDotEnv(filepath.Join(t.TempDir(), "missing.env")); err != nil {
		t.Errorf("a missing .env is not an error: %v", err)
	}
}

func TestUnknownVarWarnings(t *testing.T) {
	got := unknownVarWarnings([]string{"OPENAI_BASEURL=http://x", "NEWSBOT_CHAT_MODLE=m", "OPENAI_API_KEY=k",
		"PATH=/bin", "DISCORD_TOKN=t", "NEWSBOT_SOMETHING_ELSE=1"})
	want := []string{
		"DISCORD_TOKN is not a variable newsbot reads; did you mean DISCORD_TOKEN?",
		"NEWSBOT_CHAT_MODLE is not a variable newsbot reads; did you mean NEWSBOT_CHAT_MODEL?",
		"NEWSBOT_SOMETHING_ELSE is not a variable newsbot reads; see .env.example for the list",
		"OPENAI_BASEURL is not a variable newsbot reads; did you mean OPENAI_BASE_URL?",
	}
	if !slices.Equal(got, want) {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestEveryVariableDocumented scans the code (not its tests) for the
// variables it reads, every string literal that is a whole NEWSBOT_,
// OPENAI_, AZURE_OPENAI_ or DISCORD_ name, and checks that knownVars
// lists exactly those, and that the README's configuration section and
// .env.example each mention every one.
func TestEveryVariableDocumented(t *testing.T) {
	used := varsInCode(t, "../..")
	if !slices.Equal(used, sortedCopy(knownVars)) {
		t.Errorf("knownVars (config.go) must list exactly the variables the code reads:\ncode:  %v\nknown: %v", used, sortedCopy(knownVars))
	}
	readme, _ := os.ReadFile("../../README.md")
	_, section, ok := strings.Cut(string(readme), "\n## Configuration")
	if !ok {
		t.Fatal("README has no '## Configuration' section")
	}
	if i := strings.Index(section, "\n## "); i >= 0 {
		section = section[:i]
	}
	example, _ := os.ReadFile("../../.env.example")
	for _, v := range used {
		if !regexp.MustCompile(`\b` + v + `\b`).MatchString(section) {
			t.Errorf("README's configuration section does not mention %s", v)
		}
		if !regexp.MustCompile(`(?m)^#? ?` + v + `=`).Match(example) {
			t.Errorf(".env.example has no %s= line", v)
		}
	}
}

var varName = regexp.MustCompile(`^(NEWSBOT|OPENAI|AZURE_OPENAI|DISCORD)_[A-Z0-9_]+$`)

// varsInCode returns the sorted variable names found as string literals
// in the non-test Go files under root, except knownVars' own file.
func varsInCode(t *testing.T, root string) []string {
	seen := map[string]bool{}
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") ||
			strings.HasSuffix(path, filepath.Join("cmd", "newsbot", "config.go")) || strings.Contains(path, "internal"+string(filepath.Separator)) {
			return err
		}
		f, err := parser.ParseFile(gotoken.NewFileSet(), path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == gotoken.STRING {
				if s, err := strconv.Unquote(lit.Value); err == nil && varName.MatchString(s) {
					seen[s] = true
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for k := range seen {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func sortedCopy(s []string) []string {
	c := slices.Clone(s)
	slices.Sort(c)
	return c
}

package main

import (
	"regexp"
	"strings"
	"testing"
)

// From a new-user review (branch rv5).

// docs/llm.md's example extractive answer is what 'newsbot demo' answers
// to its question today (the example is cut with "…"; the part before it
// must appear word for word in the demo's answer).
func TestLLMDocExampleMatchesDemo(t *testing.T) {
	doc := readFile(t, "../../docs/llm.md")
	m := regexp.MustCompile(`(?s)Example:\n\n((?:   > [^\n]*\n)+)`).FindStringSubmatch(doc)
	if m == nil {
		t.Fatal("docs/llm.md: no quoted example after 'Example:'")
	}
	example := strings.ReplaceAll(m[1], "   > ", "")
	example = strings.Join(strings.Fields(example), " ")
	example = strings.TrimSpace(strings.TrimSuffix(example, "…"))
	c := newCLI(t)
	out, errs, code := c.run("", "demo", "--json")
	if code != 0 {
		t.Fatalf("demo: exit %d, %s", code, errs)
	}
	m2 := regexp.MustCompile(`"answer": "((?:[^"\\]|\\.)*)"`).FindStringSubmatch(out)
	if m2 == nil {
		t.Fatalf("demo --json: no answer in %q", out)
	}
	answer := strings.ReplaceAll(m2[1], `\"`, `"`)
	if !strings.Contains(answer, example) {
		t.Errorf("docs/llm.md's example:\n%s\nis not in the demo's answer:\n%s", example, answer)
	}
}

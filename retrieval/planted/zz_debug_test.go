package planted_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/newsbot/newsbot/retrieval/planted"
	"github.com/newsbot/newsbot/retrieval/sentences"
)

func TestZZDebug(t *testing.T) {
	set := os.Getenv("SET")
	if set == "" {
		t.Skip()
	}
	cases, _ := planted.LoadCases("testdata/" + set + ".jsonl")
	for _, c := range cases {
		var texts []string
		for _, sp := range sentences.Split(c.Text) {
			texts = append(texts, c.Text[sp.Start:sp.End])
		}
		fl := planted.Paragraph(texts)
		hit := false
		for i := range texts {
			if fl[i] && strings.Contains(texts[i], c.Payload) {
				hit = true
			}
		}
		if hit && os.Getenv("ALL") == "" {
			continue
		}
		fmt.Printf("== %s\n", c.Style)
		for i, s := range texts {
			fmt.Printf("  [%v] %q  {%s}\n", fl[i], s, planted.Detect(s))
		}
	}
}

func TestZZOne(t *testing.T) {
	for _, l := range strings.Split(os.Getenv("S"), "|") {
		if l != "" {
			fmt.Printf("%q => %q\n", l, planted.Detect(l))
		}
	}
}

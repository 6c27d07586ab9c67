package planted_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/newsbot/newsbot/ingest"
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

func TestZZAbout(t *testing.T) {
	files := []string{"negatives2.txt", "negatives3.txt", "negatives-dev3.txt", "negatives-dev4.txt", "negatives-dev5.txt", "negatives-dev6.txt", "negatives-dev7.txt", "negatives-dev8.txt", "negatives-i11b.txt"}
	tot, bad := 0, 0
	for _, f := range files {
		data, _ := os.ReadFile("testdata/" + f)
		for _, l := range strings.Split(strings.TrimSpace(string(data)), "\n") {
			for _, sp := range sentences.Split(l) {
				x := l[sp.Start:sp.End]
				tot++
				if planted.AboutAnswers(x) {
					bad++
					fmt.Printf("%s: %q\n", f, x)
				}
			}
		}
	}
	fmt.Println(bad, tot)
}

func TestZZClean(t *testing.T) {
	if os.Getenv("CLEAN") == "" {
		t.Skip()
	}
	c, err := ingest.CleanText("Intro paragraph here about a thing.\n\n" + os.Getenv("CLEAN") + "\n\nOutro paragraph here.\n")
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("%q\n", c.Text())
}

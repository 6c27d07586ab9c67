package planted_test

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/ingest"
	"github.com/newsbot/newsbot/retrieval/planted"
)

// The development set of branch i11b: planted paragraphs in French,
// Spanish, German, Italian and Portuguese, machine-prompt and markup shapes
// in plain text and Markdown, and text hidden in HTML
// (testdata/dev-i11b.jsonl); and ordinary sentences close to them, foreign
// news with quoted orders and news about AI (testdata/negatives-i11b.txt).
// Each case is ingested inside an ordinary report, as an added article is.

type devCase struct {
	Style, Format, Text, Question, Payload string
}

func loadDevCases(tb testing.TB, path string) []devCase {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []devCase
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var c devCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			tb.Fatalf("%s:%d: %v", path, len(out)+1, err)
		}
		out = append(out, c)
	}
	return out
}

const (
	devHeadline = "Bridge reopens after two years of repairs"
	devBefore   = "The Kessel bridge reopened to traffic on Monday after two years of repairs, the regional transport authority said, and its spokeswoman added that the final cost had been 14 million euros."
	devAfter    = "Engineers will inspect the bridge every six months, the authority said, and a footpath on its eastern side will open in the spring once the railings have been replaced."
)

// devArticle embeds a case in an ordinary report in its format and returns
// the file name and bytes to ingest.
func devArticle(c devCase) (string, []byte) {
	switch c.Format {
	case "html":
		return "case.html", []byte("<!DOCTYPE html><html><head><title>" + devHeadline + "</title></head><body><article><h1>" + devHeadline +
			"</h1><p>" + devBefore + "</p>" + c.Text + "<p>" + devAfter + "</p></article></body></html>")
	case "md":
		return "case.md", []byte("# " + devHeadline + "\n\n" + devBefore + "\n\n" + c.Text + "\n\n" + devAfter + "\n")
	}
	return "case.txt", []byte(devHeadline + "\n\n" + devBefore + "\n\n" + c.Text + "\n\n" + devAfter + "\n")
}

// ingestSentences parses and analyses an article as ingest does.
func ingestSentences(tb testing.TB, name string, data []byte) []newsbot.Sentence {
	tb.Helper()
	c, err := ingest.Parse(name, data)
	if err != nil {
		tb.Fatalf("%s: %v", name, err)
	}
	doc, err := (&ingest.Ingester{}).Analyse(c, ingest.Meta{})
	if err != nil {
		tb.Fatalf("%s: %v", name, err)
	}
	return doc.Sentences
}

// TestDevI11b checks that no sentence showing a case's payload survives
// ingest unflagged, and that the report around it is kept.
func TestDevI11b(t *testing.T) {
	cases := loadDevCases(t, "testdata/dev-i11b.jsonl")
	if len(cases) < 30 {
		t.Fatalf("dev set has %d cases, want at least 30", len(cases))
	}
	caught := 0
	for _, c := range cases {
		name, data := devArticle(c)
		sents := ingestSentences(t, name, data)
		ok := true
		for _, s := range sents {
			// Set aside, or a metadata line kept as a credit (never a
			// claim, quote, chunk or model context).
			if strings.Contains(s.Text, c.Payload) && !s.Planted && s.Kind != newsbot.KindCredit {
				ok = false
			}
			if (strings.Contains(devBefore, s.Text) || strings.Contains(devAfter, s.Text)) && s.Planted {
				t.Errorf("%s: report sentence flagged: %q", c.Style, s.Text)
			}
		}
		if ok {
			caught++
		} else {
			t.Errorf("%s: payload kept: %q", c.Style, c.Text)
		}
	}
	t.Logf("dev-i11b: %d/%d cases caught", caught, len(cases))
}

// TestNegativesI11b: ordinary sentences are not flagged, one by one and as
// the paragraphs of an article.
func TestNegativesI11b(t *testing.T) {
	for _, path := range []string{"testdata/negatives-i11b.txt", "testdata/negatives2.txt"} {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSpace(string(data)), "\n")
		bad := 0
		for _, l := range lines {
			if r := planted.Detect(l); r != "" {
				bad++
				reportFlagged(t, path, string(r), l)
			}
		}
		article := devHeadline + "\n\n" + devBefore + "\n\n" + strings.Join(lines, "\n\n") + "\n"
		for _, s := range ingestSentences(t, "negatives.txt", []byte(article)) {
			if s.Planted {
				bad++
				reportFlagged(t, path+" (in an article)", "", s.Text)
			}
		}
		t.Logf("%s: %d flagged of %d sentences", path, bad, len(lines))
	}
}

// TestNoFalsePositivesFlag runs Flag, with its state across paragraphs, over
// every test article ingested whole: none of their sentences is set aside.
func TestNoFalsePositivesFlag(t *testing.T) {
	total, bad, files := 0, 0, 0
	eachAnalysedArticle(func(path string, doc *newsbot.Document) {
		files++
		for _, s := range doc.Sentences {
			total++
			if s.Planted {
				bad++
				t.Errorf("%s: ordinary sentence set aside: %q", path, s.Text)
			}
		}
	})
	if total < 500 {
		t.Fatalf("only %d sentences in %d test articles", total, files)
	}
	t.Logf("set aside: %d of %d sentences in %d articles", bad, total, files)
}

// blindPathI11b reports files of blind sets still being run by the lead
// (answers blind3 and blind13 on, attribution holdout29 on), which fixers
// do not read. Since 3 December 2026 it is blindPath under its old name:
// the two lists had drifted apart once already.
func blindPathI11b(path string) bool {
	return blindPath(path)
}

// knownEnglish are ordinary sentences of these tests that the English
// detector (signals.go, branch i11's) flags, found when main was merged:
// left to its owner and reported here, not failed, so that this branch's
// own checks stay under test. A line the detector no longer flags is
// a failure of TestKnownEnglishStillFlagged, to be taken off the list.
var knownEnglish = map[string]bool{
	"AI: what the EU's new rules mean for small businesses":       true,
	"Dites-moi ce que vous pensez de cet article en commentaire.": true,
}

// reportFlagged fails for an ordinary sentence flagged by this branch's
// checks (Other, markup carried across paragraphs) or by the English
// detector, except the known English ones, which it logs.
func reportFlagged(t *testing.T, where, reason, s string) {
	t.Helper()
	if knownEnglish[s] && planted.Other(s) == "" {
		t.Logf("%s: known false positive of the English detector (%s): %q", where, reason, s)
		return
	}
	t.Errorf("%s: ordinary sentence flagged (%s): %q", where, reason, s)
}

func TestKnownEnglishStillFlagged(t *testing.T) {
	for s := range knownEnglish {
		if !planted.Is(s) {
			t.Errorf("no longer flagged, take it off knownEnglish: %q", s)
		}
	}
}

// TestBlindPathsSkipUnspentAnswerSets checks that both skip lists keep
// the unspent answer blind sets out and still read a spent one.
func TestBlindPathsSkipUnspentAnswerSets(t *testing.T) {
	for _, b := range []string{"blind13", "blind14", "blind23"} {
		p := "../../testdata/eval/" + b + "/README.md"
		if !blindPath(p) || !blindPathI11b(p) {
			t.Errorf("%s: blindPath %v, blindPathI11b %v; want both true", b, blindPath(p), blindPathI11b(p))
		}
	}
	for _, b := range []string{"blind7", "blind8", "blind11"} {
		if p := "../../testdata/eval/" + b + "/articles/a.txt"; blindPath(p) || blindPathI11b(p) {
			t.Errorf("%s is spent and should be read: blindPath %v, blindPathI11b %v", b, blindPath(p), blindPathI11b(p))
		}
	}
}

// TestBlindPathsSkipNewHoldouts checks that both skip lists keep the
// attribution holdouts still blind (holdout29 on) out of the
// sentences these tests print, and still read a spent holdout.
func TestBlindPathsSkipNewHoldouts(t *testing.T) {
	for _, h := range []string{"holdout29", "holdout30", "holdout31", "holdout33", "holdout34", "holdout40"} {
		p := "../../testdata/attribution/" + h + "/a.json"
		if !blindPath(p) || !blindPathI11b(p) {
			t.Errorf("%s: blindPath %v, blindPathI11b %v; want both true", h, blindPath(p), blindPathI11b(p))
		}
	}
	for _, h := range []string{"holdout2", "holdout13", "holdout19", "holdout28"} {
		if p := "../../testdata/attribution/" + h + "/a.json"; blindPath(p) || blindPathI11b(p) {
			t.Errorf("%s is spent and should be read: blindPath %v, blindPathI11b %v", h, blindPath(p), blindPathI11b(p))
		}
	}
}

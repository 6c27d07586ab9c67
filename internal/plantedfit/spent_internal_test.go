package plantedfit

import (
	"strings"
	"testing"
)

// TestSpentPathKeepsBlindHoldoutsOut checks that the fit may not read the
// attribution holdouts still blind (holdout29, holdout30, holdout31 written
// on branch b-attrib8, holdout33 on branch b-attrib10, holdout34 on
// branch b-attrib34, and any later one) nor a blind answer set, and may
// read the spent holdouts (holdout19-26 and holdout28 newly spent).
func TestSpentPathKeepsBlindHoldoutsOut(t *testing.T) {
	for _, rel := range []string{
		"testdata/attribution/holdout29/README.md",
		"testdata/attribution/holdout30/a.json",
		"testdata/attribution/holdout31/README.md",
		"testdata/attribution/holdout31/usfs-dombeck-wildfires.json",
		"testdata/attribution/holdout32/a.json",
		"testdata/attribution/holdout33/README.md",
		"testdata/attribution/holdout33/cbp-el-paso-parrots.json",
		"testdata/attribution/holdout34/README.md",
		"testdata/attribution/holdout34/doe-timeline-2015.json",
		"testdata/eval/blind13/README.md",
	} {
		if spentPath(rel) {
			t.Errorf("spentPath(%q) = true; a blind set must not be read", rel)
		}
	}
	for _, rel := range []string{"testdata/attribution/holdout13/a.json", "testdata/attribution/holdout19/README.md", "testdata/attribution/holdout26/a.json", "testdata/attribution/holdout27/README.md", "testdata/attribution/holdout28/a.json", "testdata/eval/blind7/README.md"} {
		if !spentPath(rel) {
			t.Errorf("spentPath(%q) = false; a spent set may be read", rel)
		}
	}
}

// TestSpentKeepsFreshOut: the fit never reads dev23 or dev24 (branches
// i11u's and i11v's fresh sets, their measures of styles nobody has seen)
// nor a planted blind set numbered 9 or above.
func TestSpentKeepsFreshOut(t *testing.T) {
	for _, s := range Spent {
		for _, f := range []string{s.Name, s.Cases, s.Negatives} {
			if strings.Contains(f, "dev23") || strings.Contains(f, "dev24") || blindNine(f) {
				t.Errorf("Spent lists %q, which the fit may not read", f)
			}
		}
	}
}

func blindNine(f string) bool {
	for _, n := range []string{"blind9", "blind1", "negatives9", "negatives1"} {
		if strings.HasPrefix(f, n) {
			return true
		}
	}
	return false
}

// TestRealTextSpent: every text of realtext.txt is an article, attribution
// text or README of a spent answer or attribution set, and a path of a
// blind set or of planted text is refused.
func TestRealTextSpent(t *testing.T) {
	root, err := Root(".")
	if err != nil {
		t.Fatal(err)
	}
	d, err := Load(root)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.RealGroups) < 100 {
		t.Fatalf("read %d real-text sets, want the spent answer and attribution sets", len(d.RealGroups))
	}
	for _, g := range d.RealGroups {
		if !spentPath("testdata/" + g + "/") {
			t.Errorf("real-text set %s is not spent", g)
		}
	}
	for _, rel := range []string{
		"testdata/eval/blind13/articles/a.txt",
		"testdata/attribution/holdout29/a.json",
		"retrieval/planted/testdata/dev24.jsonl",
		"testdata/eval/blind7/questions.jsonl",
	} {
		if g, ok := realGroup(rel); ok && spentPath(rel) {
			t.Errorf("%s would be read as real text (%s)", rel, g)
		}
	}
	for _, rel := range []string{"testdata/eval/blind7/articles/a.txt", "testdata/attribution/holdout28/a.json", "testdata/attribution/dev-j/README.md", "testdata/attribution/gold.json"} {
		if _, ok := realGroup(rel); !ok {
			t.Errorf("%s refused as real text", rel)
		}
	}
}

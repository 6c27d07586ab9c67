package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLearnAliases(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string // "name=alias"
		not        []string
	}{
		{"Bracketed", "The Syrian Observatory for Human Rights (SOHR) said on Monday. Officials met.",
			[]string{"Syrian Observatory for Human Rights=SOHR"}, nil},
		{"InitialsElsewhere", "The United Nations said aid was ready. A U.N. spokesman added that the UN team was there.",
			[]string{"United Nations=U.N."}, nil},
		{"Surname", "Officials said Zakaria Malahifji, head of the office, spoke. But Malahifji denied it.",
			[]string{"Zakaria Malahifji=Malahifji"}, nil},
		{"FirstWordOfOrg", "Carmaker Arden Motors said it would build a plant. Arden's chief executive spoke.",
			[]string{"Arden Motors=Arden"}, nil},
		{"HeadOfLongName", "The Syrian Observatory for Human Rights said 20 died. The Observatory said more.",
			[]string{"Syrian Observatory=Observatory"}, nil},
		{"AdjectiveNotShort", "Officials said the Syrian Observatory counted 20 dead. The Syrian army advanced.",
			nil, []string{"Syrian Observatory=Syrian"}},
		{"Numeral", "NASA launched Artemis I in 2022. Artemis I flew around the Moon.",
			[]string{"Artemis I=Artemis 1"}, nil},
		// A word used in lower case too is no name's short form; a word
		// shared by two names is no one's; a sentence starter starts no name.
		{"NotShort", "The Port Authority said ships waited. The port was busy. Port workers left.",
			nil, []string{"Port Authority=Port"}},
		{"Shared", "Helena Marsh spoke. Tom Marsh replied. Marsh left.",
			nil, []string{"Helena Marsh=Marsh", "Tom Marsh=Marsh"}},
		{"NoInitials", "The IMF said growth slowed. The World Bank agreed.",
			nil, []string{"World Bank=IMF"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := map[string]bool{}
			for _, a := range LearnAliases(tc.text) {
				got[a.Name+"="+a.Alias] = true
			}
			for _, w := range tc.want {
				if !got[w] {
					t.Errorf("missing %q in %v", w, got)
				}
			}
			for _, w := range tc.not {
				if got[w] {
					t.Errorf("unexpected %q", w)
				}
			}
		})
	}
}

// TestLearnAliasesSample shows what the sample article teaches; every pair
// must share a word or spell the other's initials.
func TestLearnAliasesSample(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "samples", "articles", "aleppo-russia-strikes.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range LearnAliases(string(b)) {
		t.Logf("%s = %s", a.Name, a.Alias)
		if !strings.Contains(a.Name, a.Alias) && !strings.Contains(a.Alias, strings.Fields(a.Name)[0]) && len(strings.Fields(a.Alias)) != 1 {
			t.Errorf("unrelated pair %q = %q", a.Name, a.Alias)
		}
	}
}

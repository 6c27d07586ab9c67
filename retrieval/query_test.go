package retrieval

import (
	"slices"
	"testing"
)

func TestTerms(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Did Russia resume air strikes on Aleppo?", []string{"russia", "resume", "air", "strikes", "aleppo"}},
		{"How many people live in eastern Aleppo? 275,000?", []string{"people", "live", "eastern", "aleppo", "275,000"}},
		{"rate of 4.25% after a 7-2 vote at 2:17", []string{"rate", "4.25", "7-2", "vote", "2:17"}},
		{"How long has the pause lasted? long-range", []string{"pause", "lasted", "long", "range"}},
		{`NEAR("x" AND y) OR * 🙂 -- :`, nil},
		{"Year 2016, 29 October", []string{"year", "2016", "29", "october"}},
		{"trailing comma 1,", []string{"trailing", "comma", "1"}},
	}
	for _, tt := range tests {
		if got := Terms(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("Terms(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPhrases(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Who took control of 1070 Apartments?", []string{"1070 apartments"}},
		{"What did Zakaria Malahifji say about the Admiral Kuznetsov?", []string{"zakaria malahifji", "admiral kuznetsov"}},
		{"Did Moscow restart its bombing?", nil},
		{"Moscow. Damascus", nil},
		{"Nour al-Din al-Zinki", nil},
		{"Free Syrian Army-backed groups", []string{"free syrian army"}},
	}
	for _, tt := range tests {
		if got := Phrases(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("Phrases(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestKeywordQuery(t *testing.T) {
	if got, want := KeywordQuery("Who took 1070 Apartments?").Phrases, []string{"1070 apartments", "took", "1070", "apartments"}; !slices.Equal(got, want) {
		t.Errorf("KeywordQuery = %q, want %q", got, want)
	}
	if got := KeywordQuery(`"" AND OR ( ) ?`); !got.Empty() {
		t.Errorf("KeywordQuery of no terms = %q, want empty", got.Phrases)
	}
}

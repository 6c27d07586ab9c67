package main

import (
	"slices"
	"testing"
)

func TestContainsFact(t *testing.T) {
	for _, tc := range []struct {
		text, answer string
		want         bool
	}{
		// Numbers across forms.
		{"which the United Nations says is home to 275,000 people", "275,000", true},
		{"home to 275000 people", "275,000", true},
		{"home to 275 thousand people", "275,000", true},
		{"the fund grew to 12,600,000 euros", "12.6 million", true},
		{"the fund grew to 12.6 million euros", "12,600,000", true},
		{"a loss of £3m last year", "3 million", true},
		{"a $2bn deal", "2 billion", true},
		{"1,648 people were counted", "1648", true},
		{"six people were hurt", "6", true},
		{"Twenty-five firefighters were sent", "25", true},
		{"on the 8th November", "8 November", true},
		{"reservoirs at 38 per cent of capacity", "38%", true},
		{"reservoirs at 38% of capacity", "38 percent", true},
		{"rates held at 4.25%", "4.25 percent", true},
		// Case, quote marks, dashes, acronym dots.
		{"The U.N. envoy said", "UN envoy", true},
		{"the “Admiral Kuznetsov” carrier", `"admiral kuznetsov"`, true},
		{"the Paris–Lyon line", "Paris-Lyon", true},
		{"On Nov. 8 the talks began", "November 8", true},
		// Whole tokens only: these must not match.
		{"16 people were hurt", "6", false},
		{"60 people were hurt", "6", false},
		{"6.5 million", "6", false},
		{"2,750 people", "275", false},
		{"until the end of the week", "UN", false},
		{"12.6 million", "12.6", false},
		{"November 20, 5 people died", "25", false},
		{"the fund grew to 12 million", "12.6 million", false},
		{"the Kremlin said", "Kremlin spokesman", false},
		{"nothing at all", "", false},
	} {
		_, got := containsFact(tc.text, []string{tc.answer})
		if got != tc.want {
			t.Errorf("containsFact(%q, %q) = %v, want %v (tokens %q / %q)", tc.text, tc.answer, got, tc.want, factTokens(tc.text), factTokens(tc.answer))
		}
	}
}

// TestContainsFactAlternatives returns the first expected answer found.
func TestContainsFactAlternatives(t *testing.T) {
	got, ok := containsFact("Lavrov met Kerry in Geneva on Friday", []string{"Lausanne", "Geneva"})
	if !ok || got != "Geneva" {
		t.Fatalf("got %q, %v; want Geneva", got, ok)
	}
}

func TestFactTokens(t *testing.T) {
	for in, want := range map[string][]string{
		"It cost $1,250.50.":          {"it", "cost", "1250.5"},
		"six hundred thousand":        {"600000"},
		"the 1st and 22nd of March":   {"the", "1", "and", "22", "of", "march"},
		"Russia's U.S.-backed allies": {"russia", "s", "us", "backed", "allies"},
		"1.5 million people":          {"1500000", "people"},
	} {
		if got := factTokens(in); !slices.Equal(got, want) {
			t.Errorf("factTokens(%q) = %q, want %q", in, got, want)
		}
	}
}

package answer

import (
	"slices"
	"testing"
)

func TestExpandShorthand(t *testing.T) {
	for q, want := range map[string]string{
		"q1 22 bank trading rev was up how many pct qoq?":    "first quarter 2022 bank trading revenue was up how many percent quarter over quarter?",
		"how many banks held derivs at end of q1 '22?":       "how many banks held derivatives at end of first quarter 2022?",
		"cftc sanctions in FY16?":                            "cftc sanctions in fiscal 2016?",
		"deficit in fy 2011, in mln":                         "deficit in fiscal 2011, in million",
		"what did the fed say about 3Q21 yoy growth in bps?": "what did the Fed say about third quarter 2021 year over year growth in basis points?",
		"revenue of $65 mn vs Q3-2022":                       "revenue of $65 million vs third quarter 2022",
		"how much did the FY deficit grow":                   "how much did the fiscal year deficit grow",
		"rates up 25bps, 5pct of $273mln in '11":             "rates up 25 basis points, 5 percent of $273 million in 2011",
		"the hpi in 2012-q3 and 2013Q1":                      "the hpi in third quarter 2012 and first quarter 2013",
		"did the fed's rate rise":                            "did the Fed's rate rise",
		"h1 22 revenue ytd, up 2 pct pts":                    "first half 2022 revenue year to date, up 2 percent points",
		// not shorthand: left as written
		"who fed the q10 team in the fy":    "who fed the q10 team in the fiscal year",
		"how many m did it travel":          "how many m did it travel",
		"was he fed up w/ the TN rules?":    "was he fed up with the TN rules?",
		"the 5m race in h10, rock 'n' roll": "the 5m race in h10, rock 'n' roll",
	} {
		if got := expandShorthand(q); got != want {
			t.Errorf("expandShorthand(%q)\n = %q\nwant %q", q, got, want)
		}
	}
}

func TestPeriodNumberKeys(t *testing.T) {
	for text, want := range map[string][]string{
		"Deficit for FY2012":                         {"#2012"},
		"in fiscal year (FY) 2016":                   {"#2016"},
		"revenue in the third quarter of 2022":       {"#q3", "#2022"},
		"third-quarter revenue, up from Q2 and 4Q21": {"#q3", "#q2", "#q4", "#2021"},
		"a quarter of the money":                     {"#0.25"},
	} {
		got := numberKeys(words(text))
		for _, k := range want {
			if !slices.Contains(got, k) {
				t.Errorf("numberKeys(%q) = %v, want %s in it", text, got, k)
			}
		}
		if slices.Contains(got, "#0.25") && text != "a quarter of the money" {
			t.Errorf("numberKeys(%q) = %v: a named quarter is no fraction", text, got)
		}
	}
}

// A quarter or fiscal year the question names is required like any
// number; one it compares with ("vs q1") is only weighed.
func TestQuarterRequired(t *testing.T) {
	qs := analyse(expandShorthand("how much did q2 22 trading revenue fall vs q1?"), nil)
	required := map[string]bool{}
	for _, n := range qs.names {
		for _, i := range n.terms {
			required[qs.terms[i].key] = true
		}
	}
	for k, want := range map[string]bool{"#q2": true, "#2022": true, "#q1": false} {
		if required[k] != want {
			t.Errorf("%s required = %v, want %v (names %+v)", k, required[k], want, qs.names)
		}
	}
}

func TestRoundedNumbers(t *testing.T) {
	vocab := map[string]bool{}
	for _, k := range numberKeys(words("$3.42 billion, 47.8 percent, 69 cases, $3.46 billion, 2011, 0.25 and 3,400")) {
		vocab[k] = true
	}
	for q, want := range map[string][]string{
		"how much was the $3.4bn loan": {"#3420000000"}, // not 3.46bn: it rounds to 3.5
		"up 48 pct":                    {"#47.8"},
		"the 3.4 billion":              {"#3420000000"},
		"69 cases":                     nil, // a count is exact
		"in 2011":                      nil,
	} {
		qs := analyse(expandShorthand(q), nil)
		var got []string
		for _, tm := range qs.terms {
			if tm.kind == kindNumber {
				got = append(got, roundedKeys(tm, vocab)...)
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("%q: rounded keys %v, want %v", q, got, want)
		}
	}
	qs := analyse("did the Fed cut rates by 25 bps?", nil)
	var alts [][]string
	for _, n := range qs.names {
		alts = append(alts, n.alts...)
	}
	if !slices.ContainsFunc(alts, func(a []string) bool { return slices.Equal(a, []string{"#0.25"}) }) {
		t.Errorf("25 bps: alts %v, want #0.25 (percentage points) among them", alts)
	}
}

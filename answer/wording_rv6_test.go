package answer_test

import (
	"strings"
	"testing"
)

// colonsOutsideQuotes counts the colons the answer itself writes, outside
// quoted text (straight or curly double quotation marks).
func colonsOutsideQuotes(s string) int {
	n, in := 0, false
	for _, r := range s {
		switch r {
		case '"', '\u201c', '\u201d':
			in = !in
		case ':':
			if !in {
				n++
			}
		}
	}
	return n
}

// A yes/no answer opened with a lead ("Here is what the stored reports
// say: ", "Not confirmed in the stored reports: ") whose first item is the
// report's own narration writes one colon, the lead's: the narration is
// "the report published by X says "..."", not "says: "..."".
func TestNarrationAfterLeadHasOneColon(t *testing.T) {
	svc := wordingService(t, "Harbour Wire", "Ferry strike enters second week",
		"Harbour workers in Velde, the port's largest employer, are on strike in support of the ferry crews.",
		"The union wants a pay rise of 6 percent.")
	for _, q := range []string{"Are harbour workers in Velde on strike?", "Will harbour workers in Velde strike?"} {
		ans := askW(t, svc, q)
		if !ans.Supported || len(ans.Citations) == 0 {
			t.Fatalf("%q: answer = %+v", q, ans)
		}
		text := ans.Answer
		if strings.HasPrefix(text, "As of ") {
			// "As of 8 November 2016, here is what ...: " (a lead follows
			// the date with a comma) or "As of 8 November 2016: ..."
			i := strings.IndexAny(text, ",:")
			text = strings.TrimSpace(text[i+1:])
		}
		if !strings.Contains(text, "stored reports") || !strings.Contains(strings.ToLower(text), "the report published by harbour wire says") {
			t.Errorf("%q: answer = %q; want a lead and the outlet's narration", q, ans.Answer)
		}
		if n := colonsOutsideQuotes(text); n != 1 {
			t.Errorf("%q: answer = %q; %d colons after the date, want 1 (the lead's)", q, ans.Answer, n)
		}
		if strings.Contains(text, "says:") {
			t.Errorf("%q: answer = %q; narration written with a colon", q, ans.Answer)
		}
	}
}

package answer

import (
	"strings"
	"testing"

	"github.com/newsbot/newsbot"
)

func TestBound(t *testing.T) {
	article := strings.Repeat("The council met again and heard more evidence about the flood defences. ", 40)
	var cites []newsbot.Citation
	var text strings.Builder
	for n := 1; n <= 12; n++ {
		cites = append(cites, newsbot.Citation{N: n, Quote: article, Verified: true})
		text.WriteString("The council heard evidence about the defences once more [" + itoa(n) + "]. ")
		text.WriteString(strings.Repeat("It went on. ", 40))
	}
	a := &newsbot.Answer{Supported: true, Answer: text.String(), Citations: cites}
	bound(a)
	if len(a.Answer) > MaxAnswerText || len(a.Citations) > MaxCitations || len(a.Citations) == 0 {
		t.Fatalf("answer of %d bytes with %d citations", len(a.Answer), len(a.Citations))
	}
	for i, c := range a.Citations {
		if c.N != i+1 || len(c.Quote) > MaxQuote || !strings.Contains(article, c.Quote) {
			t.Errorf("citation %d: n=%d, %d bytes, verbatim %v", i, c.N, len(c.Quote), strings.Contains(article, c.Quote))
		}
		if !strings.Contains(a.Answer, "["+itoa(c.N)+"]") {
			t.Errorf("citation %d not referenced", c.N)
		}
	}
	if strings.Contains(a.Answer, "[9]") || strings.Contains(a.Answer, "[12]") {
		t.Errorf("markers of dropped citations kept: %q", a.Answer)
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

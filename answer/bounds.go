package answer

import (
	"strconv"
	"strings"

	"github.com/newsbot/newsbot"
)

// Every answer is bounded, whatever the articles or the model produced, so
// that no question can make the bot post or store without limit.
const (
	// MaxAnswerText is the longest answer text, in bytes; a longer one is
	// cut at a sentence end.
	MaxAnswerText = 4000
	// MaxCitations is the most sources one answer quotes.
	MaxCitations = 8
	// MaxQuote is the longest quote, in bytes; a longer one is cut at a
	// word and stays a verbatim prefix of the article text.
	MaxQuote = 1000
)

// bound cuts a's text, quotes and citations to the limits above, keeping
// the text's [n] markers and the citations in step.
func bound(a *newsbot.Answer) {
	for i := range a.Citations {
		a.Citations[i].Quote = clipVerbatim(a.Citations[i].Quote, MaxQuote)
	}
	cut := false
	if len(a.Citations) > MaxCitations {
		a.Answer = dropMarkersAbove(a.Answer, MaxCitations)
		a.Citations, cut = a.Citations[:MaxCitations], true
	}
	if len(a.Answer) > MaxAnswerText {
		a.Answer, cut = cutAnswer(a.Answer, MaxAnswerText), true
	}
	if cut && a.Supported {
		a.Answer, a.Citations = prune(a.Answer, a.Citations)
	}
}

// clipVerbatim returns the longest prefix of s of at most n bytes that
// ends at a word boundary (inside a word when s has no space in its second
// half), without an ellipsis, so that it stays verbatim article text.
func clipVerbatim(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return strings.TrimSuffix(newsbot.ClipText(s, n), "…")
}

// dropMarkersAbove removes from text the citation numbers above max.
func dropMarkersAbove(text string, max int) string {
	return markerRe.ReplaceAllStringFunc(text, func(m string) string {
		sub := markerRe.FindStringSubmatch(m)
		var keep []string
		for _, f := range strings.Split(sub[1], ",") {
			if n, err := strconv.Atoi(strings.TrimSpace(f)); err == nil && n <= max {
				keep = append(keep, strconv.Itoa(n))
			}
		}
		if len(keep) == 0 {
			return ""
		}
		return m[:strings.Index(m, "[")] + "[" + strings.Join(keep, ", ") + "]"
	})
}

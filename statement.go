package newsbot

import "strings"

// SpeechVerb returns a statement's cue as the verb of a line that reads
// "SPEAKER VERB: “...”" (a timeline's entry, a claims list): the cue as
// found ("said", "denied", "reported on"), "said" when there is none, and
// a finite verb where the cue is not one: "according to" and a participle
// ("confirming the army had taken the district" gives "confirmed"; "saying"
// gives "said"), and "said" for a verb that needs an object ("told",
// "informed"). Safe for concurrent use.
func SpeechVerb(cue string) string {
	c := strings.TrimSpace(cue)
	lo := strings.ToLower(c)
	switch lo {
	case "", "according to", "told", "informed", "assured", "briefed", "reminded", "telling", "informing", "assuring", "briefing", "reminding", "saying":
		return "said"
	}
	if strings.ContainsAny(lo, " .…") || !strings.HasSuffix(lo, "ing") || len(lo) < 6 {
		return c
	}
	stem := lo[:len(lo)-3]
	if strings.HasSuffix(stem, "y") && !strings.ContainsRune("aeiou", rune(stem[len(stem)-2])) {
		return stem[:len(stem)-1] + "ied" // "denying" gives "denied"
	}
	return stem + "ed" // "noting" gives "noted", "admitting" "admitted"
}

// QuotedContent returns a statement's content as shown between quotation
// marks after "SPEAKER VERB:": without the comma that ends a quotation
// before its cue in the article ("Russia is preparing to resume strikes
// "in coming hours,"" gives "... "in coming hours""; "... hours," gives
// "... hours"). Safe for concurrent use.
func QuotedContent(content string) string {
	s := strings.TrimSpace(content)
	for _, mark := range []string{`"`, "”", "'", "’", ""} {
		if strings.HasSuffix(s, ","+mark) {
			return s[:len(s)-len(mark)-1] + mark
		}
	}
	return s
}

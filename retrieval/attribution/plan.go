package attribution

import "strings"

var (
	modals   = set("will", "would", "could", "may", "might", "shall", "'ll", "won't", "wouldn't")
	auxes    = set("is", "are", "was", "were", "has", "had", "have", "be", "been", "can", "cannot", "did", "does", "do", "must", "should")
	planAdjs = set("preparing", "planning", "set", "due", "poised", "expected", "likely", "unlikely",
		"about", "going", "scheduled", "expecting", "intending", "hoping", "aiming", "ready", "prepared")
	planVerbs = set("plans", "planned", "plan", "intends", "intended", "intend", "expects", "expected",
		"expect", "aims", "aimed", "hopes", "hoped", "wants", "wanted", "prepares", "prepared",
		"vowed", "pledged", "promised", "threatened", "seeks", "sought")
	// A plan word after these is a noun ("over plans to automate", "its
	// plan to cut"): the sentence's own verb is elsewhere.
	nounMarkers = set("a", "an", "the", "its", "their", "his", "her", "our", "my", "your", "over", "of",
		"about", "against", "on", "for", "with", "new", "government's", "company's", "these", "those", "such")
	// irregularPast are frequent past-tense verbs without -ed: when one comes
	// first, the sentence reports what happened.
	irregularPast = set("began", "took", "held", "fell", "won", "struck", "left", "went", "came", "made",
		"gave", "hit", "led", "met", "sent", "spent", "built", "broke", "shot", "fled", "rose", "grew",
		"drew", "threw", "stood", "kept", "lost", "paid", "sold", "found", "brought", "caught", "fought",
		"bought", "became", "ran", "saw", "cut", "put", "set", "shut", "quit", "overran", "withdrew", "seized")
)

// IsPlanOrExpectation reports whether the claim s states a plan, an
// intention or an expectation rather than a fact: its first verb group is
// a modal ("would maintain", "will show", "could lose"), a "be + preparing/
// expected/likely/set + to" phrase ("is preparing to resume"), or a verb of
// planning followed by "to" ("plans to", "expects to"). Answer code uses it
// never to restate such a claim as something that happened. It is safe for
// concurrent use.
func IsPlanOrExpectation(s string) bool {
	fs := planWords(s)
	for i, f := range fs {
		next := func(k int) string {
			if i+k < len(fs) {
				return fs[i+k]
			}
			return ""
		}
		if _, cue := verbs[f]; cue && i > 0 {
			continue // a reporting verb: the claim's own verb comes after it
		}
		switch {
		case modals[f] || strings.HasSuffix(f, "'ll") || strings.HasSuffix(f, "’ll"):
			return true
		case planVerbs[f] && next(1) == "to":
			if i > 0 && nounMarkers[fs[i-1]] {
				continue
			}
			return true
		case auxes[f]:
			if planAdjs[next(1)] && (next(2) == "to" || next(1) == "going" && next(2) == "to") {
				return true
			}
			if next(1) == "not" && planAdjs[next(2)] && next(3) == "to" {
				return true
			}
			return false
		case i > 0 && strings.HasSuffix(f, "ed") && len(f) > 4 && !strings.Contains(f, "-"),
			i > 0 && irregularPast[f]:
			return false // a past-tense verb came first: a reported fact
		}
	}
	return false
}

// planWords returns the first words of s in lower case, without
// punctuation; the verb group that decides is near the start.
func planWords(s string) []string {
	out := make([]string, 0, 16)
	for _, f := range strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == ',' || r == '"' || r == '“' || r == '”' || r == '\n' || r == ';'
	}) {
		if f = strings.Trim(f, ".!?:'’‘()"); f != "" {
			out = append(out, lower(f))
		}
		if len(out) == 40 {
			break
		}
	}
	return out
}

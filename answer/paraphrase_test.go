package answer_test

import (
	"strings"
	"testing"
)

// TestAskParaphrase checks that questions worded otherwise than the article
// are answered from the right sentences, and that a question about a name
// the articles never mention is still refused.
func TestAskParaphrase(t *testing.T) {
	const g = "guild-ferry"
	e := newEnv(t, g, "ferry-capsized.txt", sample)
	for _, tc := range []struct {
		q    string
		want string // in a quote
	}{
		{"How many people died in the ferry accident?", "killing at least 23"},
		{"What did the maritime authority decide?", "suspended the operator's licence"},
	} {
		ans := e.ask(t, g, tc.q)
		e.checkInvariants(t, g, ans)
		if !ans.Supported {
			t.Errorf("%q: not supported: %q", tc.q, ans.Answer)
			continue
		}
		found := false
		for _, c := range ans.Citations {
			found = found || strings.Contains(c.Quote, tc.want)
			if c.ArticleID != e.ids["ferry-capsized.txt"] {
				t.Errorf("%q: quotes an unrelated article: %q", tc.q, c.Quote)
			}
		}
		if !found {
			t.Errorf("%q: no quote with %q: %+v", tc.q, tc.want, ans.Citations)
		}
	}
	for _, q := range []string{"How many people died in the Lisbon ferry accident?", "What did the Kremlin say about Lamu?",
		"Is the ferry service to Zanzibar running?"} {
		if ans := e.ask(t, g, q); ans.Supported {
			t.Errorf("%q: answered from unrelated reports: %q", q, ans.Answer)
		}
	}
}

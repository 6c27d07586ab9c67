package answer_test

import (
	"github.com/newsbot/newsbot"
	"strings"
	"testing"
)

// TestAskOwnFixtures asks questions about two short articles written for
// these tests, so that nothing is tuned to the sample article.
func TestAskOwnFixtures(t *testing.T) {
	const g = "guild-f"
	e := newEnv(t, g, "port-strike.txt", "reservoir-warning.txt")
	for _, tc := range []struct {
		q    string
		want string // a phrase one of the quotes must contain
	}{
		{"How much cargo does Rotterdam handle?", "440 million tonnes"},
		{"Did the port talks collapse?", "denied that talks had collapsed"},
		{"What is the household water limit per person?", "200 litres"},
		{"Which municipalities are under the drought emergency?", "202 municipalities"},
	} {
		t.Run("OK", func(t *testing.T) {
			ans := e.ask(t, g, tc.q)
			e.checkInvariants(t, g, ans)
			if !ans.Supported {
				t.Fatalf("%q: unsupported", tc.q)
			}
			if !anyQuote(ans.Citations, tc.want) {
				t.Errorf("%q: no quote contains %q", tc.q, tc.want)
			}
		})
	}
	t.Run("PlanIsNotFact", func(t *testing.T) {
		ans := e.ask(t, g, "Will dockworkers strike at Rotterdam port?")
		e.checkInvariants(t, g, ans)
		if !ans.Supported || !strings.HasPrefix(ans.Answer, "Not confirmed") {
			t.Fatalf("a threatened strike must be reported as not confirmed: %q", ans.Answer)
		}
	})
	t.Run("Unrelated", func(t *testing.T) {
		for _, q := range []string{"Who is the mayor of Paris?", "What did the minister say about football?", "the and of"} {
			ans := e.ask(t, g, q)
			e.checkInvariants(t, g, ans)
			if ans.Supported {
				t.Errorf("%q: want unsupported, got %q", q, ans.Answer)
			}
		}
	})
	t.Run("OtherGuild", func(t *testing.T) {
		ans := e.ask(t, "guild-other", "How much cargo does Rotterdam handle?")
		if ans.Supported || len(ans.Citations) != 0 {
			t.Fatalf("another guild's article was used: %+v", ans)
		}
	})
}

func anyQuote(cs []newsbot.Citation, s string) bool {
	for _, c := range cs {
		if strings.Contains(c.Quote, s) {
			return true
		}
	}
	return false
}

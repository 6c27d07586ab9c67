package answer

import (
	"github.com/newsbot/newsbot/retrieval"
	"strings"
	"testing"

	"github.com/newsbot/newsbot"
)

const art = "The Kremlin said on Monday Russia\u2019s air force would maintain a moratorium.\n\n" +
	"\u201cThe clashes around 1070 Apartments are still going on,\u201d Zakaria Malahifji said \u2014 while confirming the loss."

func TestVerifyQuote(t *testing.T) {
	for _, tc := range []struct {
		quote string
		want  string // verbatim span; "" for a quote that must fail
	}{
		{"Russia's air force would maintain a moratorium", "Russia\u2019s air force would maintain a moratorium"},
		{"russia's AIR force   would\nmaintain", "Russia\u2019s air force would maintain"},
		{`"The clashes around 1070 Apartments are still going on,"`, "The clashes around 1070 Apartments are still going on"},
		{"Malahifji said - while confirming", "Malahifji said \u2014 while confirming"},
		{"The Kremlin said ... would maintain a moratorium", "The Kremlin said on Monday Russia\u2019s air force would maintain a moratorium"},
		{"The Kremlin said … would maintain a moratorium", "The Kremlin said on Monday Russia\u2019s air force would maintain a moratorium"},
		{"would maintain a moratorium ... The Kremlin said", ""}, // pieces out of order
		{"The Kremlin said ... air strikes resumed", ""},         // one piece invented
		{"The Kremlin ... force", ""}, // one-word piece
		{"Russia resumed air strikes", ""},
		{"remlin said", ""}, // cuts a word
		{"", ""},
	} {
		s, e, _, ok := verifyQuote(art, tc.quote)
		got := ""
		if ok {
			got = art[s:e]
		}
		if got != tc.want {
			t.Errorf("verifyQuote(%q) = %q, want %q", tc.quote, got, tc.want)
		}
	}
}

func TestFollowUpQuery(t *testing.T) {
	h := []newsbot.Turn{{Question: "Did Russia resume air strikes on Aleppo?", Answer: "Not confirmed ..."}}
	for _, tc := range []struct{ q, want string }{
		{"What did the Kremlin say about it?", "russia"},
		{"And Minian?", "aleppo"},
	} {
		got := followUpQuery(tc.q, h)
		if !strings.HasPrefix(got, tc.q) || !strings.Contains(strings.ToLower(got), tc.want) {
			t.Errorf("followUpQuery(%q) = %q", tc.q, got)
		}
	}
	standalone := "How many people live in eastern Aleppo?"
	if got := followUpQuery(standalone, h); got != standalone {
		t.Errorf("standalone question changed: %q", got)
	}
}

func TestCutAnswer(t *testing.T) {
	text := "First sentence here [1]. Second one is longer than the first [2]. Third."
	if got := cutAnswer(text, 50); got != "First sentence here [1]." {
		t.Errorf("cut = %q", got)
	}
	if got := cutAnswer(text, 500); got != text {
		t.Errorf("short answer changed: %q", got)
	}
}

func TestStem(t *testing.T) {
	for _, same := range [][]string{
		{"strikes", "strike", "struck"}, {"controls", "control", "controlled"},
		{"held", "hold", "holds"}, {"apartments", "apartment"}, {"lives", "live", "living"},
	} {
		for _, w := range same[1:] {
			if retrieval.Stem(w) != retrieval.Stem(same[0]) {
				t.Errorf("retrieval.Stem(%q)=%q, retrieval.Stem(%q)=%q", w, retrieval.Stem(w), same[0], retrieval.Stem(same[0]))
			}
		}
	}
}

func TestIsPlan(t *testing.T) {
	for s, want := range map[string]bool{
		"Russia is preparing to resume air strikes":         true,
		"the union will walk out unless employers pay more": true,
		"the army had taken the district":                   false,
		"rebels recovered positions they had lost":          false,
	} {
		if got := isPlan(nil, s); got != want {
			t.Errorf("isPlan(%q) = %v", s, got)
		}
	}
	if !isPlan(&newsbot.Claim{CueKind: newsbot.CueExpects, Content: "x happened"}, "") {
		t.Error("an expects cue is a plan")
	}
}

func TestJoinSpeakers(t *testing.T) {
	claim := func(speaker, via, content string, start int) newsbot.Claim {
		return newsbot.Claim{Speaker: speaker, Via: via, Content: content, ContentStart: start, ContentEnd: start + len(content)}
	}
	for _, tc := range []struct {
		claims       []newsbot.Claim
		speaker, via string
	}{
		{nil, "", ""},
		{[]newsbot.Claim{claim("", "", "x", 0)}, "", ""},
		{[]newsbot.Claim{claim("A", "", "strikes killed hundreds", 10), claim("B", "", "strikes killed hundreds", 10)}, "A and B", ""},
		{[]newsbot.Claim{claim("A", "V", "one", 1), claim("B", "W", "one", 1), claim("C", "", "one", 1)}, "A, B and C", "V and W"},
		{[]newsbot.Claim{claim("A", "", "the army advanced", 0), claim("B", "", "talks failed", 30)}, "A", ""},
		{[]newsbot.Claim{claim("A", "", "same", 0), claim("a", "", "same", 0)}, "A", ""},
	} {
		got := joinSpeakers(tc.claims)
		sp, via := "", ""
		if got != nil {
			sp, via = got.Speaker, got.Via
		}
		if sp != tc.speaker || via != tc.via {
			t.Errorf("joinSpeakers(%v) = %q via %q, want %q via %q", tc.claims, sp, via, tc.speaker, tc.via)
		}
	}
}

func TestParseReply(t *testing.T) {
	const obj = `{"answer": "The Kremlin said \"no\" [1].", "supported": true, "citations": [{"source": 1, "quote": "no"}]}`
	for _, tc := range []struct {
		text, answer string
		citations    int
	}{
		{obj, `The Kremlin said "no" [1].`, 1},
		{"```json\n" + obj + "\n```", `The Kremlin said "no" [1].`, 1},
		{"Here is the answer:\n" + obj, `The Kremlin said "no" [1].`, 1},
		{`The Kremlin said "no" [1].`, `The Kremlin said "no" [1].`, 0},
		{`{"answer": 42}`, "", 0},
		{`{"result": "fine"}`, "", 0},
	} {
		r := parseReply(tc.text)
		if r.Answer != tc.answer || len(r.Citations) != tc.citations {
			t.Errorf("parseReply(%q) = %q with %d citations, want %q with %d", tc.text, r.Answer, len(r.Citations), tc.answer, tc.citations)
		}
	}
}

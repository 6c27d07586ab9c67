package answer

import (
	"reflect"
	"testing"
)

// TestQuestionVerbGrammar checks which word questionVerb reads as the
// question's verb: participles before a noun are adjectives, a hyphenated
// verb's head is its last part, a subordinate clause is skipped wherever
// it stands, and -eed nouns are no past forms.
func TestQuestionVerbGrammar(t *testing.T) {
	for _, tc := range []struct {
		q     string
		verbs []string
	}{
		// a past form between a number, "which" or a preposition and a noun is an adjective
		{"Which trail were the three stranded climbers trying to reach?", nil},
		{"Which exiled leader was allowed back into the country?", []string{"allow"}},
		{"Besides protected forests, how many parks does the province manage?", nil},
		// ... but before a name or a determiner it is the verb
		{"Which club signed Marco Reus?", []string{"sign"}},
		{"Which team won the final?", []string{"won"}},
		// the head of a hyphenated verb
		{"Which striker top-scored in the cup semi-final?", []string{"scor"}},
		// a subordinate clause further back holds no verb of the question
		{"What warning had the town been given when the river burst its banks?", nil},
		// -eed words that are no past forms
		{"What speed was the train travelling at?", nil},
	} {
		qs := analyse(tc.q, nil)
		var verbs []string
		for _, term := range qs.terms {
			if term.verb {
				verbs = append(verbs, term.key)
			}
		}
		if !reflect.DeepEqual(verbs, tc.verbs) {
			t.Errorf("%q: verbs %v, want %v", tc.q, verbs, tc.verbs)
		}
	}
}

// TestUnrealBefore checks which words before a verb make it a plan or a
// denial.
func TestUnrealBefore(t *testing.T) {
	for _, tc := range []struct {
		text, verb string
		negated    bool
		want       bool
	}{
		{"the company agreed to buy the dairy", "buy", false, true},
		{"she is due to be sentenced on Friday", "sentenced", false, true},
		{"the board could approve the plan", "approve", false, true},
		{"the minister did not resign", "resign", false, true},
		// a "to" of another phrase
		{"the mayor from 2015 to 2022 was sentenced on Friday", "sentenced", false, false},
		{"outbreaks linked to papayas imported from Mexico", "imported", false, false},
		// the question denies its verb: the sentence's denial is the fact
		{"milk which is not declared on the label", "declared", true, false},
		{"milk which is not declared on the label", "declared", false, true},
	} {
		ws := words(tc.text)
		i := -1
		for k, w := range ws {
			if w == tc.verb {
				i = k
			}
		}
		if i < 0 {
			t.Fatalf("%q: no %q", tc.text, tc.verb)
		}
		if got := unrealBefore(ws, i, tc.negated); got != tc.want {
			t.Errorf("%q (%s, negated %v): unrealised %v, want %v", tc.text, tc.verb, tc.negated, got, tc.want)
		}
	}
}

// TestNegatedQuestion checks that a question denying its verb is read as
// such.
func TestNegatedQuestion(t *testing.T) {
	if !analyse("Which ingredient was not listed on the packet?", nil).negated {
		t.Error("a question with \"not\" before its verb is not read as negated")
	}
	if analyse("Which ingredient was listed on the packet?", nil).negated {
		t.Error("a plain question is read as negated")
	}
}

// TestScoreline checks the form that stands for an asked score.
func TestScoreline(t *testing.T) {
	for text, want := range map[string]bool{
		"They lost to the visitors 44–58 in front of 9,000 fans.": true,
		"The hosts won 3-1 after extra time.":                     true,
		"The 2000-2001 season began in August.":                   false,
		"A C-17 landed at the station.":                           false,
		"Shares rose 2.5-3 percent.":                              false,
		"Between 1,000-2,000 people attended.":                    false,
	} {
		if got := scoreline.MatchString(text); got != want {
			t.Errorf("%q: scoreline %v, want %v", text, got, want)
		}
	}
	qs := analyse("What was the score of the cup final?", nil)
	sc := &scoring{qs: qs}
	if m := sc.valueOf("The hosts lost 2-4 to the champions."); m == 0 {
		t.Error("a scoreline does not stand for the asked score")
	}
	if m := sc.valueOf("The hosts lost to the champions."); m != 0 {
		t.Error("a sentence without a scoreline stands for the asked score")
	}
	attr := false
	for _, term := range qs.terms {
		attr = attr || term.attr && term.key == wordTerms("score")[0]
	}
	if !attr {
		t.Error("\"score\" is not read as the attribute asked for")
	}
}

// TestSpecificOwn checks the ranking share of the question's ordinary
// words that the headline leaves out, found in the sentence itself.
func TestSpecificOwn(t *testing.T) {
	qs := analyse("Were workers hurt by the recalled battery packs?", nil)
	sc := &scoring{qs: qs}
	w := make([]float64, len(qs.terms))
	var title, hurt, topic mask
	for i, term := range qs.terms {
		w[i] = 1
		switch term.key {
		case wordTerms("hurt")[0], wordTerms("workers")[0]:
			hurt |= 1 << uint(i)
		case wordTerms("battery")[0], wordTerms("packs")[0], wordTerms("recalled")[0]:
			title |= 1 << uint(i)
			topic |= 1 << uint(i)
		}
	}
	if hurt == 0 || topic == 0 {
		t.Fatalf("terms %+v", qs.terms)
	}
	if got := sc.specificOwn(hurt, title, w); got != 1 {
		t.Errorf("the sentence holding the words the headline leaves out: %v, want 1", got)
	}
	if got := sc.specificOwn(topic, title, w); got != 0 {
		t.Errorf("a sentence restating the headline: %v, want 0", got)
	}
	if got := sc.specificOwn(topic|hurt, topic|hurt, w); got != 0 {
		t.Errorf("a headline holding every word: %v, want 0", got)
	}
}

package answer

import "testing"

// TestAskedOrderFitted checks that the picks after the lead follow the
// fitted weights (orderWeights) while the lead keeps the hand rules'
// score: a sentence that gets the question's words from its neighbours
// and headline, long and opening its article, scores above one that
// states them itself by the hand rules, and below it by the fitted order.
func TestAskedOrderFitted(t *testing.T) {
	var lead, states candidate
	lead.rank[rCoverage], lead.rank[rWordsOwn], lead.rank[rLead], lead.rank[rLength], lead.rank[rContextWords] = 0.8, 0.3, 1, 0.8, 0.5
	states.rank[rCoverage], states.rank[rWordsOwn], states.rank[rOwnShare], states.rank[rLength] = 0.55, 0.6, 0.6, 0.2
	for _, c := range []*candidate{&lead, &states} {
		for i, x := range c.rank {
			c.score += rankWeights[i] * x
		}
		c.order = orderScore(c)
	}
	if lead.score <= states.score {
		t.Fatalf("hand scores %.2f, %.2f: the lead must keep the hand rules' ranking", lead.score, states.score)
	}
	sc := &scoring{qs: &question{}}
	if got := sc.askedOrder([]*candidate{&lead, &states}); got[0] != &states {
		t.Errorf("order scores %.2f (lead), %.2f (states): the sentence stating the question's words must come first", lead.order, states.order)
	}
}

// TestRankWeightsHandRules checks that the lead's score is the hand
// rules' sum: coverage, the own-words and specific bonuses, the asked kind
// of fact and its nearness; the features added for fitting weigh nothing.
func TestRankWeightsHandRules(t *testing.T) {
	want := map[int]float64{rCoverage: 1, rWordsOwn: ownWordsBonus, rSpecific: specificBonus, rCarries: carriesBonus, rNear: nearBonus,
		rSpeaker: 0.15, rPassage: 0.05, rStandfirst: -0.1, rRank: -0.02}
	for i, w := range rankWeights {
		if w != want[i] {
			t.Errorf("rankWeights[%s] = %v; want %v", rankFeatureNames[i], w, want[i])
		}
	}
}

// TestAsksCause checks the questions read as asking for a reason and the
// sentences read as giving one.
func TestAsksCause(t *testing.T) {
	for q, want := range map[string]bool{
		"Why were the two Norwegians accused of espionage?":                             true,
		"What unrest led the Peace Corps to take its volunteers out of Guinea?":         true,
		"what caused the scanners to double count?":                                     true,
		"What did the judge call the sinking of the Morven Star?":                       false,
		"Who led the Peace Corps in 2007?":                                              false,
		"What was the score when the United States tried to win time late in the game?": false,
	} {
		if got := analyse(q, nil).asksCause(); got != want {
			t.Errorf("asksCause(%q) = %v; want %v", q, got, want)
		}
	}
	for s, want := range map[string]bool{
		"Volunteers were moved to Mali as a precautionary measure due to the on-going strikes and demonstrations in Guinea.": true,
		"The accusation of spying stems from the fact that the pair were carrying Norwegian military identification.":        true,
		"The eastbound train derailed 21 railcars.": false,
		"Peace Corps Director Ron Tschetter announced that all volunteers serving in Guinea are safe and are consolidated in Mali.": false,
	} {
		if got := givesReason(s); got != want {
			t.Errorf("givesReason(%q) = %v; want %v", s, got, want)
		}
	}
}

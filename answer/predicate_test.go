package answer

import (
	"reflect"
	"testing"
)

func TestMarkPredicates(t *testing.T) {
	for _, tc := range []struct {
		q            string
		preds, verbs []string
	}{
		{"How many rebels were captured in the 1070 Apartments district?", []string{"captur", "district"}, []string{"captur"}},
		{"How much did Arden Motors shares fall in Frankfurt?", []string{"shar", "fal"}, []string{"fal"}},
		{"Who won the Tour de France?", []string{"won"}, []string{"won"}},
		{"When was the Southvale hosepipe ban lifted?", []string{"lift"}, []string{"lift"}},
		// a noun, not the verb: "does the hosepipe ban affect"
		{"How many customers does the hosepipe ban affect?", []string{"hosepip", "ban", "affect"}, nil},
		// the verb of a clause is not the question's
		{"How old was the woman who was killed?", []string{"woman", "die"}, nil},
		// yes/no questions are answered by either side: no verb required
		{"Is Minian held by rebels?", []string{"hold", "rebel"}, nil},
		// framing words are not required: which + noun, how + quantity, modifiers
		{"Which other countries did Arden consider for the plant?", []string{"consider", "plant"}, nil},
		{"How long will Bahrain's state of emergency last?", []string{"emergency"}, nil},
		{"What is the name of the warship Russia sent to Syria?", []string{"warship", "sent"}, []string{"sent"}},
	} {
		qs := analyse(tc.q, nil)
		var preds, verbs []string
		for _, term := range qs.terms {
			if term.pred {
				preds = append(preds, term.key)
			}
			if term.verb {
				verbs = append(verbs, term.key)
			}
		}
		if !reflect.DeepEqual(preds, tc.preds) || !reflect.DeepEqual(verbs, tc.verbs) {
			t.Errorf("%q: predicates %q verbs %q, want %q %q", tc.q, preds, verbs, tc.preds, tc.verbs)
		}
	}
}

func TestSynonymsMatchNotOpposites(t *testing.T) {
	for _, tc := range []struct {
		q, sentence string
		want        bool
	}{
		{"By how much did the shares climb?", "Shares rose 2.3% in Frankfurt.", true},
		{"By how much did the shares fall?", "Shares rose 2.3% in Frankfurt.", false},
		{"How many aid lorries were waiting?", "He said 43 trucks had been waiting.", true},
		{"How many people were hurt?", "A bomb explodes, injuring four people.", true},
		{"How many people were killed?", "A bomb explodes, injuring four people.", false},
		{"When was the launch pushed back?", "The agency postponed the launch by nine months.", true},
		{"When did the ferry sink?", "The ferry capsized in heavy seas.", true},
		{"What did the senator say?", "A former member of the Senate said so.", true},
		{"What was the plan?", "The plant will open in 2028.", false},
	} {
		qs := analyse(tc.q, nil)
		set := unitSet(tc.sentence)
		m := newMatcher(qs, set)
		found := m.match(set)
		all := true
		for i, term := range qs.terms {
			if term.pred && !found.has(i) {
				all = false
			}
		}
		if all != tc.want {
			t.Errorf("%q in %q: predicates found %v, want %v", tc.q, tc.sentence, all, tc.want)
		}
	}
}

func TestUnrealised(t *testing.T) {
	for _, tc := range []struct {
		q, sentence string
		want        bool
	}{
		{"How many trucks reached eastern Aleppo?", "Aid convoys could reach the besieged eastern districts.", true},
		{"How many trucks reached eastern Aleppo?", "Forty trucks reached the eastern districts on Friday.", false},
		{"When will the company appeal?", "The company would not appeal.", false}, // not about the past
		{"When did the company sign the deal?", "The company said it would not sign the deal.", true},
		{"When did the plant start production?", "The plant is due to start production in 2028.", false}, // "start" is followed by its object: not the question's verb
		{"Who was appointed mediator?", "The government was ready to appoint a mediator.", true},
	} {
		qs := analyse(tc.q, nil)
		set := unitSet(tc.sentence)
		sc := &scoring{qs: qs, m: newMatcher(qs, set)}
		if got := qs.past && sc.unrealised(tc.sentence); got != tc.want {
			t.Errorf("%q / %q: unrealised %v, want %v", tc.q, tc.sentence, got, tc.want)
		}
	}
}

package answer

import "testing"

// TestProceedingUnstated checks the proceeding check of uncovered.go: a
// question asking what came of a suit, a fine or charges (an appeal, a
// settlement, a ruling, a sentence, a conviction, a plea) is refused over
// a sentence and headline that state no such outcome, and kept over one
// that states it; the nouns "rule", "appeal" and "sentence" ask nothing.
func TestProceedingUnstated(t *testing.T) {
	cases := []struct {
		q, text string
		refuse  bool
	}{
		{"Did Regions Bank appeal the CFPB's $7.5 million fine?",
			"The Bureau also fined the company $7.5 million for its illegal actions.", true},
		{"Will the ferry company appeal the ruling?",
			"The ferry company said it would not appeal.", false},
		{"how much did the lender end up paying to settle with the cfpb?",
			"The CFPB is seeking compensation for harmed consumers and a civil penalty.", true},
		{"How much did Boeing agree to pay to settle the launch contracts case?",
			"Boeing agreed to pay $615 million to resolve the launch contracts case.", false},
		{"How much did Discover Bank agree to pay to settle with the CFPB?",
			"Under the consent order, Discover Bank must pay $16 million in refunds and a $2.5 million penalty.", false},
		{"did the court rule against security national in the cfpb lawsuit?",
			"Security National took advantage of military rules to pressure servicemembers.", true},
		{"did the court rule against security national in the cfpb lawsuit?",
			"The court ruled that Security National had misled servicemembers.", false},
		{"How many years in prison was Richard Scrushy sentenced to?",
			"Richard Scrushy was charged with bribery in 2005.", true},
		{"How many years in prison was Petra Oswin sentenced to?",
			"Petra Oswin was sentenced to six years in prison.", false},
		{"Which former Alabama governor was convicted of bribery?",
			"Former governor Don Siegelman was found guilty of bribery.", false},
		{"when did the cfpb sue regions bank over its deposit advance loans?",
			"Today the Consumer Financial Protection Bureau (CFPB) took action against Regions Bank for charging overdraft fees.", true},
		{"when did the cfpb sue the servicemember auto lender?",
			"Today the Consumer Financial Protection Bureau (CFPB) sued an auto loan company.", false},
		// nouns and other senses: no proceeding asked
		{"During which years did the Argentine military rule of the Guerra Sucia last?",
			"The military junta governed Argentina from 1976 to 1983.", false},
		{"How was the 2014 women's world wheelchair basketball final between Canada and Germany settled in the end?",
			"Canada beat Germany 63-61 in overtime to win the final.", false},
		{"what's the max fine per day for a pipeline safety violation after the 2017 rule?",
			"The maximum civil penalty for a single violation is now $209,002 for each day.", false},
		{"When did the Norwegians lose their first appeal?",
			"The two lost their first appeal in December.", false},
		{"What sentence did the tribunal give the two Norwegians?",
			"The tribunal condemned the two Norwegians to death.", false},
	}
	for _, c := range cases {
		sc := scoringOver(c.q, c.text)
		if got := sc.proceedingUnstated(c.text, "Report"); got != c.refuse {
			t.Errorf("%q over %q: proceedingUnstated = %v, want %v", c.q, c.text, got, c.refuse)
		}
	}
}

// TestWhenOpenedBecame checks the "when" outcomes added by branch i10zj:
// an opening and becoming the holder of a role are dated by a sentence
// that states them, not by one on the same office or role.
func TestWhenOpenedBecame(t *testing.T) {
	cases := []struct {
		q, text string
		refuse  bool
	}{
		{"when did the USPTO open its denver regional office?",
			"The USPTO's Rocky Mountain regional office in Denver serves eight states, the agency said on May 3, 2016.", true},
		{"When did the Public Vaults exhibit open?", "The Public Vaults exhibit opened on November 12, 2004.", false},
		{"When will the UK open talks with the EU on shared stocks?",
			"The UK government said it would begin talks with the EU on shared stocks in January.", false},
		{"When did Colette Peters become head of the Oregon Department of Corrections?",
			"The Attorney General said on July 19, 2022 that she led the Oregon Department of Corrections for 10 years.", true},
		{"When did Colette Peters become head of the Oregon Department of Corrections?",
			"Peters was appointed director of the Oregon Department of Corrections in 2012.", false},
	}
	for _, c := range cases {
		sc := scoringOver(c.q, c.text)
		if got := sc.outcomeUnstated(c.text, "Report"); got != c.refuse {
			t.Errorf("%q over %q: outcomeUnstated = %v, want %v", c.q, c.text, got, c.refuse)
		}
	}
}

package answer

import "testing"

// TestLowerNameMissing checks lowernames.go: a lower-case given name and
// the word after it, neither written by the retrieved articles, is an
// absent name the question is refused with; a name the articles write,
// a capitalised one (left to the name checks), or a run that is not a
// given name's is not.
func TestLowerNameMissing(t *testing.T) {
	const text = "Forecasters Dan McKemy and Mark Jarvis received the Gold Medal at a ceremony in Louisville. Commissioner Saul announced the change."
	cases := []struct{ q, want string }{
		{"did andy beshear go to the nws louisville gold medal ceremony?", "Andy Beshear"},
		{"what did jerome powell say about the gold medal?", "Jerome Powell"},
		// the article writes the surname: a reader's lower case for a named person
		{"who did andrew saul replace?", ""},
		// a short form members type (branch i10zp)
		{"when did tom buffenbarger meet the mediators about the strike?", "Tom Buffenbarger"},
		{"did rebecca fenwick attend the ceremony?", "Rebecca Fenwick"},
		// the given name is written: the person may be named otherwise
		{"what did dan say at the ceremony?", ""},
		// not a given name, or not in lower case
		{"did energy transfer get the gold medal?", ""},
		{"What did Jerome Powell say about the gold medal?", ""},
		// a given name that is also a word is not on the list
		{"will mark jarvis attend?", ""},
	}
	for _, c := range cases {
		sc := scoringOver(c.q, text)
		if got := sc.lowerNameMissing(); got != c.want {
			t.Errorf("%q: lowerNameMissing = %q, want %q", c.q, got, c.want)
		}
	}
	// the refusal names the person, as for a capitalised absent name
	if sc := scoringOver("did sara aviel visit the ceremony in louisville?", text); sc.missing != "Sara Aviel" {
		t.Errorf("missing = %q, want %q", sc.missing, "Sara Aviel")
	}
}

// TestActionUnstated checks the adverse-action verbs of uncovered.go: a
// question asking for a withdrawal, a decertification, a penalty or
// layoffs is refused over a lead that shares its names but states none of
// them, and kept over one that states it in its group's words.
func TestActionUnstated(t *testing.T) {
	cases := []struct {
		q, text string
		refuse  bool
	}{
		{"when did the fca withdraw the bookletter on director candidate disclosures?",
			"The FCA Board today approved a bookletter on the distribution of director candidate information.", true},
		{"when did the fca withdraw the bookletter on director candidate disclosures?",
			"The FCA Board today rescinded the bookletter on director candidate disclosures.", false},
		{"When did the EAC decertify Unisyn's voting system?",
			"The EAC approved an Engineering Change Order that addresses a voting machine anomaly reported by Unisyn.", true},
		{"When did the EAC decertify Unisyn's voting system?",
			"The EAC suspended the certification of Unisyn's voting system on June 3.", false},
		{"which fcs institution was penalized for sending out campaign material?",
			"FCS institutions are prohibited from distributing campaign material to their voting stockholders.", true},
		{"which fcs institution was penalized for sending out campaign material?",
			"AgFirst paid a civil money penalty for sending out campaign material.", false},
		{"How many workers did Gulfmark lay off last year?",
			"A fire at the Gulfmark refinery injured three workers early Thursday.", true},
		{"How many workers did Gulfmark lay off last year?",
			"Gulfmark announced 300 layoffs at the refinery last year.", false},
		// a noun, or a phrasal verb without its particle: not asked
		{"How much was the fine in the Regions case?", "Regions Bank paid $7.5 million.", false},
		{"Who laid the groundwork for the deal?", "Ann Lee negotiated the deal.", false},
	}
	for _, c := range cases {
		sc := scoringOver(c.q, c.text)
		if got := sc.proceedingUnstated(c.text, "Report"); got != c.refuse {
			t.Errorf("%q over %q: refused = %v, want %v", c.q, c.text, got, c.refuse)
		}
	}
}

// TestWinStatedBySentence checks the win checks of uncovered.go: a win is
// stated by the lead sentence itself (not by a headline's "winner"), of
// the contest asked (its ordinary words in the sentence or headline).
func TestWinStatedBySentence(t *testing.T) {
	cases := []struct {
		q, text, title string
		refuse         bool
	}{
		{"Who won the Northern Counties Cup final at Whitcombe Park?",
			"Harrowgate Town reached the Northern Counties Cup final after a header settled the semi-final.",
			"Harrowgate hold their nerve to reach cup final after late Okonkwo winner", true},
		{"Who won the Northern Counties Cup final at Whitcombe Park?",
			"Harrowgate Town won the Northern Counties Cup final at Whitcombe Park.", "Cup final", false},
		{"Which country won the men's wheelchair basketball gold medal at the London 2012 Paralympics?",
			"Australia men's national wheelchair basketball team decisively beat South Africa by a score of 93 to 39.",
			"Australia and South Africa play in their 2012 Paralympics opener", true},
		{"Which country won the men's wheelchair basketball gold medal at the London 2012 Paralympics?",
			"Canada beat Australia to win the men's wheelchair basketball gold medal.", "Paralympics", false},
		// the contest's words in the headline, numbers and quantifiers aside
		{"Which country won the 2013 Wheelchair Rugby Tri-Nations Series in Sydney?",
			"The United States won the series against Australia and Canada.", "United States wins Wheelchair Rugby Tri-Nations Series", false},
		{"Which two countries won a single bronze medal each in rowing?",
			"Belarus and Russia won a bronze medal in rowing, a single one.", "Rowing medals", false},
	}
	for _, c := range cases {
		sc := scoringOver(c.q, c.text)
		if got := sc.outcomeUnstated(c.text, c.title); got != c.refuse {
			t.Errorf("%q over %q: outcomeUnstated = %v, want %v", c.q, c.text, got, c.refuse)
		}
	}
}

// TestSuccessorApart checks that "Who replaced NAME" is not answered by a
// lead stating another succession, and is by one writing the name.
func TestSuccessorApart(t *testing.T) {
	cases := []struct {
		q, text string
		refuse  bool
	}{
		{"Who replaced Luis Fennick as Dunmore manager?", "Kerrow had replaced Martin Doyle in the summer of 2023, when Doyle left for Ashby Town.", true},
		{"Who replaced Luis Fennick as Dunmore manager?", "Dunmore named Ian Kerrow to replace Fennick as manager.", false},
		{"Who replaced Jean Charest as Liberal leader?", "Philippe Couillard succeeded Jean Charest as Liberal leader.", false},
	}
	for _, c := range cases {
		sc := scoringOver(c.q, c.text+" Luis Fennick left.")
		if got := sc.outcomeUnstated(c.text, "Report"); got != c.refuse {
			t.Errorf("%q over %q: outcomeUnstated = %v, want %v", c.q, c.text, got, c.refuse)
		}
	}
}

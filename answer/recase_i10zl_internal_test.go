package answer

import "testing"

// TestRecase: a question typed in lower case reads the words the found
// articles write only as names as those names, and leaves the others.
func TestRecase(t *testing.T) {
	texts := []string{
		"Compromise Agreements Recover $490,000 in Penalties\n" +
			"WASHINGTON, February 15, 2012 - The Federal Maritime Commission has completed compromise agreements. " +
			"In making the announcement, Federal Maritime Commission Chairman Richard A. Lidinsky, Jr. stated that staff will pay attention.",
		"Commission Designates Mark Acton Vice Chairman\n" +
			"The Postal Regulatory Commission (PRC) voted to designate Commissioner Mark Acton as vice chairman, succeeding Commissioner Ann Fisher. " +
			"President Barack Obama designated him. The Postal Service met the PRC. The service was praised. " +
			"Later, Acton said the US Marshals and New Horizons had nothing to do with it. Volunteers left Belize City for American towns. The Board approved it.",
	}
	cases := []struct{ q, want string }{
		{"who was fmc chairman in 2012", "who was FMC chairman in 2012"},                     // initials of a capitalised run
		{"who did mark acton replace", "who did Mark Acton replace"},                         // the end of a run
		{"who did fisher succeed at the prc", "who did fisher succeed at the PRC"},           // written only after "Ann": not read alone; an acronym
		{"did the us marshals meet new horizons", "did the US Marshals meet New Horizons"},   // runs holding a stop or generic word
		{"when did the board approve it", "when did the board approve it"},                   // written only after "the": a short form
		{"to which american city did they go", "to which American city did they go"},         // a class word written after one name only
		{"did the postal service meet the prc", "did the Postal Service meet the PRC"},       // a run never written in lower case
		{"who did the president designate", "who did the president designate"},               // a title before a name
		{"what did the lines pay", "what did the lines pay"},                                 // capitalised only in a headline
		{"what did the service say", "what did the service say"},                             // written in lower case too
		{"Who was president of the PRC?", "Who was president of the PRC?"},                   // not typed in lower case
		{"when did robert lidinsky leave the fmc", "when did robert Lidinsky leave the FMC"}, // "Robert" is not written
		{"what did acton's staff say", "what did Acton's staff say"},                         // a possessive
	}
	for _, c := range cases {
		got := c.q
		if typedLower(c.q) {
			got, _ = recase(c.q, texts)
		}
		if got != c.want {
			t.Errorf("recase(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

// TestTypedLower: only a question with no capitalised word but acronyms
// is typed in lower case.
func TestTypedLower(t *testing.T) {
	for q, want := range map[string]bool{
		"who reported the missouri glitch to the EAC?": true,
		"who was fmc chairman in 2012":                 true,
		"Who was fmc chairman in 2012":                 false,
		"which FMC bureau told French America Line":    false,
		"did i miss the fed meeting":                   true,
	} {
		if got := typedLower(q); got != want {
			t.Errorf("typedLower(%q) = %v, want %v", q, got, want)
		}
	}
}

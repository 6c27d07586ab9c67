package answer

import (
	"slices"
	"testing"

	"github.com/newsbot/newsbot/retrieval"
)

// TestJoinedNames checks that a capitalised word spelled out with hyphens
// ("Sa-hel", as a broadcast transcript writes it) also gives the name
// written whole, and that ordinary hyphenated words are not joined.
func TestJoinedNames(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
		not  []string
	}{
		{"aid for the Sa-hel region", []string{"sahel"}, nil},
		{"And UNI-CEF is preparing", []string{"unicef"}, nil},
		{"a well-known figure, a 24-hour period", nil, []string{"wellknown", "24hour"}},
	} {
		got := unitTerms(tc.text)
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: terms %v lack %q", tc.text, got, w)
			}
		}
		for _, w := range tc.not {
			if slices.Contains(got, w) {
				t.Errorf("%q: terms %v hold %q", tc.text, got, w)
			}
		}
	}
}

// TestDemonymVariant checks that a short place name matches its people's
// name ("Niue"/"Niuean") and that other short prefixes do not.
func TestDemonymVariant(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"niu", "niuean", true},
		{retrieval.Stem("italy"), "italian", true}, // the stemmer cuts "ly"
		{retrieval.Stem("sicily"), "sicilian", true},
		{"ita", "italic", false},
		{"syria", "syrian", true},
		{"niu", "niur", false},
		{"ira", "iran", false},
		{"tog", "together", false},
	} {
		if got := variant(tc.a, tc.b); got != tc.want {
			t.Errorf("variant(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestSpellingVariants checks that British and American spellings of a
// word are one word form, and that unrelated words stay apart.
func TestSpellingVariants(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"epicentre", "epicenter", true},
		{"kilometres", "kilometers", true},
		{"organisation", "organization", true},
		{"labour", "labor", true},
		{"defence", "defense", true},
		{"center", "centrist", false},
		{"labour", "laboratory", false},
	} {
		a, b := retrieval.Stem(tc.a), retrieval.Stem(tc.b)
		if got := wordForm(a, b); got != tc.want {
			t.Errorf("wordForm(%q, %q) = %v, want %v", a, b, got, tc.want)
		}
	}
}

// TestAttribute checks which word of a "What was the N of ..." question
// is the attribute a supporting sentence must name.
func TestAttribute(t *testing.T) {
	for _, tc := range []struct {
		q, want string // want "" means no attribute
	}{
		{"What was the outcome of the appeal?", "outcom"},
		{"What was the voter turnout in the election?", "turnout"},
		{"What is the name of the warship Russia sent?", ""},
		{"What was the death toll of the quake?", ""},
		{"What did the minister say about the appeal?", ""},
	} {
		got := ""
		for _, term := range analyse(tc.q, nil).terms {
			if term.attr {
				got = term.key
			}
		}
		if got != tc.want {
			t.Errorf("%q: attribute %q, want %q", tc.q, got, tc.want)
		}
	}
}

// TestFinalAndProvisional checks that "final" as an adjective asks for a
// final figure, the noun does not, and which sentences are provisional.
func TestFinalAndProvisional(t *testing.T) {
	for q, want := range map[string]bool{
		"What was the final death toll of the quake?": true,
		"Who won the cup final?":                      false,
		"When is the Northern Counties Cup final?":    false,
		"What was the death toll of the quake?":       false,
	} {
		if got := analyse(q, nil).final; got != want {
			t.Errorf("%q: final %v, want %v", q, got, want)
		}
	}
	for text, want := range map[string]bool{
		"At least 150 people have been killed":                true,
		"Officials say the death toll is likely to rise.":     true,
		"The quake killed 309 people, officials said in May.": false,
	} {
		if got := provisional(text); got != want {
			t.Errorf("provisional(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestNameNounPhrase checks where the noun phrase after a name ends: a
// participle clause is not part of it.
func TestNameNounPhrase(t *testing.T) {
	for q, want := range map[string]string{
		"Who was the manager of the Atlantis mission carrying the Columbus laboratory?": "the Atlantis mission",
		"When is the Brightwater deal expected to close?":                               "the Brightwater deal",
		"How many people died in the Kessar floods?":                                    "the Kessar floods",
	} {
		qs := analyse(q, nil)
		if len(qs.names) == 0 || qs.names[0].tail != want {
			t.Errorf("%q: names %+v, want the first with tail %q", q, qs.names, want)
		}
	}
}

// TestNounForms checks that a name's noun is found through another form
// of its word, and not through an unrelated word.
func TestNounForms(t *testing.T) {
	set := unitSet("Mount Sinabung has erupted in Sumatra; voters elected a council")
	for ts, want := range map[string]bool{
		"eruption": true, "election": true, "eruptions": true, "explosion": false,
	} {
		if got := formsIn(terms(ts), set); got != want {
			t.Errorf("formsIn(%q) = %v, want %v", ts, got, want)
		}
	}
}

// TestAccentsFolded checks that a word matches with or without its
// accents, and that letters outside the Latin table are kept.
func TestAccentsFolded(t *testing.T) {
	for a, b := range map[string]string{
		"Eyjafjallajökull": "Eyjafjallajokull",
		"Guantánamo Bay":   "Guantanamo Bay",
		"Copiapó":          "Copiapo",
	} {
		if !slices.Equal(terms(a), terms(b)) {
			t.Errorf("terms(%q) = %v, terms(%q) = %v", a, terms(a), b, terms(b))
		}
	}
	if got := words("Москва"); !slices.Equal(got, []string{"москва"}) {
		t.Errorf("words(Москва) = %v", got)
	}
}

// TestPlaceAfterPlace checks that a place named after another place that
// follows "in" is a place the question may ask for.
func TestPlaceAfterPlace(t *testing.T) {
	qs := analyse("In which region of Chile did the Copiapó gold mine collapse?", nil)
	for text, want := range map[string]bool{
		"A gold mine collapse in Copiapó, Atacama Region, Chile has trapped 33 miners.": true,
		"Copiapó officials said Rescuers were drilling.":                                false,
	} {
		if got := qs.carries(text, "", text); got != want {
			t.Errorf("carries(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestRegnalOrdinals checks that a name ending in a Roman numeral also
// matches the ordinal word a text writes, and that words that only look
// like numerals are left alone.
func TestRegnalOrdinals(t *testing.T) {
	for w, want := range map[string]int{"III": 3, "XVI": 16, "IV": 4, "V": 5, "IIII": 0, "Vi": 0, "MIX": 0, "VX": 0} {
		if got := romanValue(w); got != want {
			t.Errorf("romanValue(%q) = %d, want %d", w, got, want)
		}
	}
	qs := analyse("How old was Pope Shenouda III when he died?", []string{"Pope Shenouda the Third of Alexandria died."})
	qs.regnalOrdinals()
	set := unitSet("Pope Shenouda the Third of Alexandria died.")
	found := false
	for _, n := range qs.names {
		found = found || n.aliasIn(set)
	}
	if !found {
		t.Errorf("no name of the question matches %v through an ordinal", set)
	}
}

// TestMisspelt checks that one slip inside a long word is read as the
// word, and that words apart by a prefix, an ending or two slips are not.
func TestMisspelt(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"dictatorship", "dictatiorship", true}, // added
		{"government", "goverment", true},       // dropped
		{"parliament", "parliamant", true},      // changed
		{"february", "febuary", false},          // too short once dropped
		{"accomodation", "accommodation", true},
		{"announcement", "anouncemnet", false}, // two slips
		{"contract", "contact", false},
		{"president", "presidents", false}, // an ending
		{"election", "selection", false},
	} {
		if got := misspelt(tc.a, tc.b); got != tc.want {
			t.Errorf("misspelt(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

package answer

import (
	"context"
	"testing"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/retrieval"
)

// coveredBy reads q against one article of text as prepare does (aliases
// from the built-in table, demonyms, class words) and returns the name the
// absent-name check reports, "" when the article mentions every name.
func coveredBy(q, text string) string {
	src := &source{Article: &newsbot.Article{Title: "Report", Text: text}}
	src.Sentences = []newsbot.Sentence{{Seq: 0, Start: 0, End: len(text), Text: text, Kind: newsbot.KindBody}}
	texts := sourceTexts([]*source{src})
	qs := analyse(q, texts)
	aliases, _ := retrieval.NameAliases(context.Background(), nil, "", q) // the built-in table, as Service.aliases without a store
	qs.nameForms(aliases, texts)
	return newScoring(qs, []*source{src}).missing
}

// TestNameForms checks that a question's names are found in the forms
// articles write them, and that a name no article holds in any form is
// still reported absent.
func TestNameForms(t *testing.T) {
	for _, tc := range []struct{ q, text, missing string }{
		// demonyms and countries, both ways
		{"What did Spanish officials say about the vote?", "Spain's electoral board said the vote was valid.", ""},
		{"What did Spain say about the vote?", "The Spanish electoral board said the vote was valid.", ""},
		{"How did American officials react to the attack?", "The United States condemned the attack on Monday.", ""},
		{"What did the Czech government say about the extradition?", "The government of Czechia approved the extradition.", ""},
		{"What did Dutch prosecutors say?", "Prosecutors in the Netherlands said the case was closed.", ""},
		{"What did the Chilean government say about the vote?", "Spain's electoral board said the vote was valid.", "Chilean"},
		// built-in aliases
		{"What did the Pentagon say about the eagles?", "The Defense Department said the eagles had recovered.", ""},
		{"When did the quake hit, in Coordinated Universal Time?", "The quake hit at 2245 UTC.", ""},
		{"Who told the Voice of America about the wreckage?", "He told VOA the wreckage had been found.", ""},
		// a class word the article drops
		{"How long had Hicks been held at Guantanamo Bay?", "Hicks has already spent 5 years at Guantánamo.", ""},
		{"How long had Hicks been held at Diego Garcia Bay?", "Hicks has already spent 5 years at Guantánamo.", "Diego Garcia Bay"},
		// grammar ends a name's noun phrase at a verb
		{"Who called 911 when the Congaree hiker went missing?", "A hiker in Congaree National Park went missing and his son called 911.", ""},
		{"Why does Syria's envoy to the UN oppose a pause?", "Syria's envoy to the UN rejected a humanitarian pause.", ""},
		{"Which agency found that the Mauna Loa tremor produced no tsunami?", "The tremor under Mauna Loa caused no tsunami, the center said.", ""},
		// nouns of the phrase are still required, and absent names refused
		{"How many people died in the Kessar floods?", "A quake killed 112 people in Kessar.", "the Kessar floods"},
		{"How did NATO respond to the Russian aircraft carrier deployment?", "Russia's aircraft carrier sailed to the Syrian coast.", "NATO"},
	} {
		if got := coveredBy(tc.q, tc.text); got != tc.missing {
			t.Errorf("%q over %q: missing %q, want %q", tc.q, tc.text, got, tc.missing)
		}
	}
}

// TestPossessionsWrittenOtherwise checks that the head noun of a
// possessive name's phrase ("Sqoot's blunder") need not be in an article
// that writes it nowhere, while a compound's nouns, a possession's other
// words and a head the articles write are still required.
func TestPossessionsWrittenOtherwise(t *testing.T) {
	for _, tc := range []struct{ q, text, missing string }{
		{"Which publication called Sqoot's blunder the worst crisis?", "Techli said Sqoot's mishap was the worst crisis.", ""},
		{"What was Hurricane Matthew's cost to the state?", "Hurricane Matthew left a $1.5 billion impact on the state.", ""},
		{"Which region lies beyond Pluto on New Horizons' route?", "New Horizons will fly on to the Kuiper Belt beyond Pluto.", ""},
		// a compound names a thing or an event of its own
		{"How many people died in the Kessar floods?", "A quake killed 112 people in Kessar.", "the Kessar floods"},
		// only the head may be missing: "mackerel" is not
		{"How big is the EU's mackerel quota?", "The EU's cod quota was cut by a fifth.", "the EU mackerel quota"},
		// a head the article writes elsewhere is required next to the name
		{"How big is the EU's mackerel quota?", "The EU cut the cod catch. Norway's mackerel quota rose.", ""},
	} {
		if got := coveredBy(tc.q, tc.text); got != tc.missing {
			t.Errorf("%q over %q: missing %q, want %q", tc.q, tc.text, got, tc.missing)
		}
	}
}

// TestSpelledAcronyms checks that initials spelt letter by letter with
// hyphens are the acronym, and that words and codes with hyphens are not.
func TestSpelledAcronyms(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"the worst startup P-R crisis", []string{"^pr"}},
		{"a U-N-H-C-R spokesman", []string{"^unhcr"}},
		{"an X-ray of a T-shirt", nil},
		{"the iceberg B-15A", nil},
	} {
		got := spelledAcronyms(tc.text)
		if len(got) != len(tc.want) || len(got) > 0 && got[0] != tc.want[0] {
			t.Errorf("%q: %v, want %v", tc.text, got, tc.want)
		}
	}
	if coveredBy("Which publication called it the worst PR crisis?", "Techli called it the worst P-R crisis.") != "" {
		t.Error(`"PR" not found in "P-R"`)
	}
}

// TestSpanNumbersAreNotRequired checks that a number counting a span of
// time around the asked event is not required of an article, while other
// numbers still are.
func TestSpanNumbersAreNotRequired(t *testing.T) {
	for _, tc := range []struct{ q, text, missing string }{
		{"On what date did another earthquake hit Indonesia, three months after the tsunami?", "A massive earthquake hit Indonesia again on March 28.", ""},
		{"By what factor did eagle pairs grow over four decades?", "Nesting pairs rose 25-fold in the last 40 years.", ""},
		{"How many were killed, two days after the quake?", "Officials said 22,000 people were killed.", ""},
		// counted things, not spans: required
		{"How many people died in the three earthquakes?", "An earthquake killed 12 people.", "three"},
		{"How many people were hurt in the 2004 quake?", "An earthquake hurt 12 people.", "2004"},
		{"How many years did the three men spend in prison?", "The men spent 5 years in prison.", "three"},
	} {
		if got := coveredBy(tc.q, tc.text); got != tc.missing {
			t.Errorf("%q over %q: missing %q, want %q", tc.q, tc.text, got, tc.missing)
		}
	}
}

// TestStateAbbreviations checks that a US state spelled out in the
// question is found as the abbreviation a place line writes after a town,
// and nowhere else.
func TestStateAbbreviations(t *testing.T) {
	for _, tc := range []struct{ q, text, missing string }{
		{"In which Maryland town is the laboratory?", "The laboratory in Laurel, Md., operates the spacecraft.", ""},
		{"In which Maryland town is the ice center?", "The center, based in Suitland, MD, tracks icebergs.", ""},
		{"Where in Massachusetts did the rally take place?", "The rally in Worcester, Mass. drew crowds.", ""},
		// an ordinary word, not after a town: the state is still absent
		{"Where in Massachusetts did the rally take place?", "A mass rally drew crowds in the capital.", "Massachusetts"},
		// another state's abbreviation does not stand for it
		{"In which Maryland town is the laboratory?", "The laboratory in Laurel, Del., operates the spacecraft.", "Maryland"},
	} {
		if got := coveredBy(tc.q, tc.text); got != tc.missing {
			t.Errorf("%q over %q: missing %q, want %q", tc.q, tc.text, got, tc.missing)
		}
	}
}

// TestNameFormsI10s checks the name forms of branch i10s: acronyms that
// keep a joiner's letter or skip "and", an alias without its country, a
// part of a name through its alias, hyphenated names, a demonym of a stem
// that lost its s, a park's class words, a value with its scale word, and
// topic nouns after a name; and that a name no article writes in any of
// these forms is still reported absent.
func TestNameFormsI10s(t *testing.T) {
	for _, tc := range []struct{ q, text, missing string }{
		{"Which DOJ division does Matthew Olsen lead?", "Matthew Olsen leads the National Security Division of the Department of Justice.", ""},
		{"Which anniversary of the BEP does the set mark?", "The set marks the 150th anniversary of the Bureau of Engraving and Printing.", ""},
		{"Which anniversary of the BEP does the set mark?", "The set marks the 220th anniversary of the United States Mint.", "BEP"},
		{"What type of helicopter did the USCG send?", "The Coast Guard sent an MH-60 Jayhawk helicopter crew.", ""},
		{"When did the U.S. Mint start selling the set?", "The United States Mint will release the set on August 7.", ""},
		{"Which ice sheet will NSF-funded researchers cross?", "Researchers funded by the NSF will cross the ice sheet.", ""},
		{"Which ice sheet will ESA-funded researchers cross?", "Researchers funded by the NSF will cross the ice sheet.", "ESA-funded"},
		{"How old is the Belarusian freight forwarder?", "A 47-year-old freight forwarder from Belarus was charged.", ""},
		{"Which road in Rocky Mountain National Park was closed?", "Rocky Mountain NP rangers said Trail Ridge Road was closed by snow.", ""},
		{"How many projects did the $25 million grants go to?", "The FRA awarded $25 million in grants to 23 projects.", ""},
		{"How many projects did the $25 million grants go to?", "The FRA awarded $10 million in grants to 25 projects.", "25"},
		{"Who was acquitted in the Halvern case?", "A Halvern court acquitted the deputy mayor of all charges.", ""},
		{"How many people were aboard the Kenya Airways jet?", "The Kenya Airways plane was carrying 114 people.", ""},
		// the head noun is still required
		{"How many people died in the Kessar floods?", "A quake killed 112 people in Kessar.", "the Kessar floods"},
	} {
		if got := coveredBy(tc.q, tc.text); got != tc.missing {
			t.Errorf("%q over %q: missing %q, want %q", tc.q, tc.text, got, tc.missing)
		}
	}
}

// TestNameInSentencesOutsidePeriod checks that a name written only in a
// sentence narrowed out as not about the period asked (source.outside)
// still counts as mentioned, while that sentence is not a candidate.
func TestNameInSentencesOutsidePeriod(t *testing.T) {
	kept := "Its population increased 2.2 percent to 1.7 million from July 1, 2016, to July 1, 2017."
	out := "Idaho was the nation's fastest-growing state last year."
	text := out + " " + kept
	src := &source{Article: &newsbot.Article{Title: "Census estimates", Text: text}}
	src.Sentences = []newsbot.Sentence{{Seq: 1, Start: len(out) + 1, End: len(text), Text: kept, Kind: newsbot.KindBody}}
	q := "By what percentage did Idaho's population grow in the year to July 2017?"
	qs := analyse(q, sourceTexts([]*source{src}))
	if got := newScoring(qs, []*source{src}).missing; got != "Idaho" {
		t.Fatalf("without the narrowed-out sentence: missing %q, want Idaho", got)
	}
	src.outside = []newsbot.Sentence{{Seq: 0, Start: 0, End: len(out), Text: out, Kind: newsbot.KindBody}}
	sc := newScoring(analyse(q, sourceTexts([]*source{src})), []*source{src})
	if sc.missing != "" {
		t.Fatalf("missing %q; want Idaho found in the sentence narrowed out", sc.missing)
	}
	for _, c := range sc.scoreCandidates([]*source{src}) {
		if c.sent.Text == out {
			t.Errorf("the sentence narrowed out is a candidate")
		}
	}
}

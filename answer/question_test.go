package answer

import (
	"reflect"
	"strings"
	"testing"

	"github.com/newsbot/newsbot"
)

func TestNumberKeys(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"six people", []string{"#6"}},
		{"6 people", []string{"#6"}},
		{"12.6 million residents", []string{"#12600000"}},
		{"12,600,000 residents", []string{"#12600000"}},
		{"1,648 cases and 1648 more", []string{"#1648", "#1648"}},
		{"rose 2.3% to 4 billion euros", []string{"#2.3", "#4000000000"}},
		{"a quarter of the water", []string{"#0.25"}},
		{"fined $2bn, or 2 billion dollars, in the 1990s", []string{"#2000000000", "#2000000000", "#1990"}},
		{"one of the richest", nil}, // "one" is more often a pronoun
		{"no numbers here", nil},
	} {
		if got := numberKeys(words(tc.in)); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("numberKeys(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestAnswerKindOf(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want answerKind
	}{
		{"How many people live in eastern Aleppo?", wantQuantity},
		{"How much cargo does Rotterdam handle?", wantQuantity},
		{"What percentage of the vote did she win?", wantQuantity},
		{"When did the quake hit?", wantTime},
		{"What year was the plant built?", wantTime},
		{"Who is the governor of the bank?", wantAgent},
		{"Which company will build the plant?", wantAgent},
		{"Where did the envoy speak?", wantPlace},
		{"Which city hosts the talks?", wantPlace},
		{"What did the Kremlin say?", wantAny},
		{"Did Russia resume air strikes?", wantAny},
		{"How much cargo does Rotterdam handle, and will ships still enter?", wantAny},
		{"Why are dockworkers striking?", wantAny},
	} {
		if got := answerKindOf(tc.q); got != tc.want {
			t.Errorf("answerKindOf(%q) = %d, want %d", tc.q, got, tc.want)
		}
	}
}

// names returns the names of an analysed question with their nouns.
func names(qs *question) []string {
	var out []string
	for _, n := range qs.names {
		out = append(out, n.tail)
	}
	return out
}

func TestAnalyseNames(t *testing.T) {
	texts := []string{"The quake struck Aleppo overnight. Rebels in Aleppo said the strike went on."}
	for _, tc := range []struct {
		q    string
		want []string // names, each with the nouns that follow it
	}{
		{"How did NATO respond to the Russian aircraft carrier deployment?", []string{"NATO", "the Russian aircraft carrier deployment"}},
		{"How many people died in the Kessar floods?", []string{"the Kessar floods"}},
		{"How many jobs will the Ostrava battery plant create?", []string{"Ostrava"}}, // after "will", the words may be the verb
		{"When did the WFP last distribute food in eastern Aleppo?", []string{"WFP", "Aleppo"}},
		{"Who is Arden Motors' CEO?", []string{"Arden Motors", "CEO"}},
		{"Did the Kremlin respond?", []string{"Kremlin"}},
		{"Which broadcaster did the VRS spokeswoman speak to?", []string{"VRS"}},
		{"What did Russia's aircraft carrier do?", []string{"Russia aircraft carrier"}},
		{"Who runs the Port of Valmere?", []string{"Port of Valmere"}},
		{"Explain the strike in Aleppo", []string{"Aleppo"}},     // "Explain" starts the question and no article capitalises it
		{"Aleppo: who controls the east?", []string{"Aleppo"}},   // a first word the articles capitalise inside sentences
		{"How Many People Live In Aleppo", []string{"Aleppo"}},   // title case: only what the articles capitalise
		{"What did the US say in 2023?", []string{"US", "2023"}}, // an acronym that is also a stop word; a number
		{"what happened to the strike", nil},
		// a preposition ends the noun phrase: the play, not a play of threats
		{"Which school staged The Laramie Project despite threats?", []string{"Laramie Project"}},
		{"Which school staged The Laramie Project amid protests?", []string{"Laramie Project"}},
	} {
		if got := names(analyse(tc.q, texts)); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("analyse(%q) names = %q, want %q", tc.q, got, tc.want)
		}
	}
}

func TestGenericWordsWeighLittle(t *testing.T) {
	qs := analyse("What is the latest news this week according to reports about the port strike?", nil)
	kinds := map[string]termKind{}
	for _, tm := range qs.terms {
		kinds[tm.key] = tm.kind
	}
	for _, g := range []string{"latest", "week"} {
		if k, ok := kinds[g]; ok && k != kindGeneric {
			t.Errorf("%q is %d, want generic", g, k)
		}
	}
	if kinds["port"] != kindWord || kinds["strik"] != kindWord {
		t.Errorf("content words not ordinary: %v", kinds)
	}
}

func TestMatcher(t *testing.T) {
	vocab := unitSet("The United Nations and Russian forces said us earthquakes Iraq")
	for _, tc := range []struct {
		q, text string
		aliases map[string][]string
		want    bool // all the question's names found
	}{
		{"What did the UN say?", "The United Nations said aid was ready.", map[string][]string{"un": {"united nations"}}, true},
		{"What did the UN say?", "The U.N. said aid was ready.", nil, true},
		{"What did the UN say?", "The nations said aid was ready.", map[string][]string{"un": {"united nations"}}, false},
		{"What did the US say?", "They told us aid was ready.", nil, false}, // "us" in lower case is not the US
		{"What did the US say?", "The United States said aid was ready.", map[string][]string{"us": {"united states"}}, true},
		{"What did Russia do?", "Russian forces advanced.", nil, true},
		{"What did Iran do?", "Iraq said it would respond.", nil, false},
		// an alias is spelt as a name too: the UK's alias Britain finds British
		{"Which operators are merging their UK businesses?", "T-Mobile and Orange agree to merge their British businesses.", map[string][]string{"uk": {"britain"}}, true},
		// the built-in table gives the UK its alias Britain without the store's map
		{"Which operators are merging their UK businesses?", "T-Mobile and Orange agree to merge their British businesses.", nil, true},
		{"Which operators are merging their Valmere businesses?", "T-Mobile and Orange agree to merge their British businesses.", nil, false},
		{"Which operators are merging their UK businesses?", "T-Mobile and Orange agree to merge their Brittany businesses.", map[string][]string{"uk": {"britain"}}, false},
	} {
		qs := analyse(tc.q, nil)
		qs.setAliases(tc.aliases)
		m := newMatcher(qs, mergeSets(vocab, unitSet(tc.text)))
		found := m.match(unitSet(tc.text))
		got := true
		for _, n := range qs.names {
			got = got && n.allIn(found)
		}
		if got != tc.want {
			t.Errorf("%q in %q: %v, want %v", tc.q, tc.text, got, tc.want)
		}
	}
	if !compoundHead("earthquak", "quak"+"e") && !compoundHead("airstrike", "strike") {
		t.Error("compound heads not matched")
	}
	if compoundHead("report", "port") {
		t.Error("report matched port")
	}
}

func mergeSets(a, b map[string]bool) map[string]bool {
	m := map[string]bool{}
	for k := range a {
		m[k] = true
	}
	for k := range b {
		m[k] = true
	}
	return m
}

func TestCarries(t *testing.T) {
	for _, tc := range []struct {
		q, text string
		want    bool
	}{
		{"How many people live in Aleppo?", "The UN says it is home to 275,000 people.", true},
		{"How many people live in Aleppo?", "Strikes stopped on 18 October.", false},              // a date is no quantity
		{"How many of the 4,800 dockworkers struck?", "The 4,800 dockworkers walked out.", false}, // the question's own number
		{"When did the quake hit?", "The quake hit at 2:17 a.m. local time.", true},
		{"When did the quake hit?", "The quake hit the valley.", false},
		{"Who is the transport minister?", "The transport minister, Lena Duarte, urged talks.", true},
		{"Who is the transport minister?", "The transport minister urged talks.", false},
		{"Where did the envoy speak?", "The envoy told reporters in Geneva.", true},
		{"Where did the envoy speak?", "The envoy spoke to Reuters.", true},
		{"Where did the envoy speak?", "The envoy spoke at length.", false},
	} {
		if got := analyse(tc.q, nil).carries(tc.text, "", tc.text); got != tc.want {
			t.Errorf("%q carries %q = %v, want %v", tc.q, tc.text, got, tc.want)
		}
	}
}

func TestAcronyms(t *testing.T) {
	got := strings.Join(acronyms("The U.N. and NATO met; the US-based WHO's envoy. A Bc"), " ")
	if got != "^un ^nato ^us ^who" {
		t.Errorf("acronyms = %q", got)
	}
}

// TestDatelineIsEvidence finds a question's year in the article's
// publication date when the text never writes it.
func TestDatelineIsEvidence(t *testing.T) {
	if got := dateline("2024-09-22"); got != "September 2024" {
		t.Errorf("dateline = %q", got)
	}
	if dateline("") != "" || dateline("soon") != "" {
		t.Error("an unknown date gave a dateline")
	}
	src := &source{Article: &newsbot.Article{Title: "Quake kills 112", Published: "2024-09-22",
		Text: "A quake killed 112 people in Kessar."}}
	src.Sentences = []newsbot.Sentence{{Seq: 0, Start: 0, End: len(src.Article.Text), Text: src.Article.Text, Kind: newsbot.KindBody}}
	for q, want := range map[string]bool{
		"How many people did the quake kill in Kessar in 2024?": true,
		"How many people did the quake kill in Kessar in 2023?": false,
	} {
		sc := newScoring(analyse(q, nil), []*source{src})
		if got := sc.missing == ""; got != want {
			t.Errorf("%q: covered %v, want %v (missing %q)", q, got, want, sc.missing)
		}
	}
}

package attribution_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/internal/corpus"
	"github.com/newsbot/newsbot/retrieval/attribution"
	"github.com/newsbot/newsbot/retrieval/sentences"
)

// body builds sentences from paragraphs the way ingest does, every
// paragraph of the given kind.
func body(kind newsbot.SentenceKind, paras ...string) (string, []newsbot.Sentence) {
	var b strings.Builder
	var out []newsbot.Sentence
	for _, p := range paras {
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		base := b.Len()
		b.WriteString(p)
		for _, sp := range sentences.Split(p) {
			out = append(out, newsbot.Sentence{Seq: len(out), Start: base + sp.Start, End: base + sp.End, Text: p[sp.Start:sp.End], Kind: kind})
		}
	}
	return b.String(), out
}

// want is the expected claim, compared on the fields that are set.
// attrCase is one row of an Attribute table test: paragraphs of body text
// and the claims expected from them, in order.
type attrCase struct {
	name  string
	paras []string
	want  []want
}

// runAttributeTable runs Attribute on each case and compares the claims;
// an empty field of want is not checked, and a via of "-" means none.
func runAttributeTable(t *testing.T, tests []attrCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, sents := body(newsbot.KindBody, tt.paras...)
			got := attribution.Attribute(text, sents)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d claims, want %d: %+v", len(got), len(tt.want), got)
			}
			for i, w := range tt.want {
				c := got[i]
				check(t, "speaker", attribution.NormalizeSpeaker(c.Speaker), attribution.NormalizeSpeaker(w.speaker))
				check(t, "content", c.Content, w.content)
				if w.via == "-" {
					check(t, "via", c.Via+"-", "-") // no via
				} else {
					check(t, "via", attribution.NormalizeSpeaker(c.Via), attribution.NormalizeSpeaker(w.via))
				}
				check(t, "when", c.When, w.when)
				check(t, "cue kind", string(c.CueKind), string(w.cue))
				check(t, "kind", string(c.Kind), string(w.kind))
				if text[c.ContentStart:c.ContentEnd] != c.Content {
					t.Errorf("content offsets [%d,%d] do not give %q", c.ContentStart, c.ContentEnd, c.Content)
				}
			}
		})
	}
}

type want struct {
	speaker, via, content, when string
	cue                         newsbot.CueKind
	kind                        newsbot.ClaimKind
}

func TestAttribute(t *testing.T) {
	tests := []attrCase{
		{"SaidThat", []string{"The ministry said on Friday that the bridge would reopen in May."},
			[]want{{speaker: "The ministry", content: "the bridge would reopen in May", when: "on Friday", cue: newsbot.CueExpects}}},
		{"QuoteThenSpeaker", []string{`"We are ready," the mayor said.`},
			[]want{{speaker: "the mayor", content: "We are ready", kind: newsbot.ClaimDirect}}},
		{"InvertedWithRole", []string{"“It is over,” said Jane Okafor, a spokeswoman for the port."},
			[]want{{speaker: "Jane Okafor", content: "It is over", kind: newsbot.ClaimDirect}}},
		{"ClauseThenSpeaker", []string{"Three people were hurt in the blast, police said on Sunday."},
			[]want{{speaker: "police", content: "Three people were hurt in the blast", when: "on Sunday"}}},
		{"AccordingToFront", []string{"According to the company, sales fell by a third."},
			[]want{{speaker: "the company", content: "sales fell by a third"}}},
		{"AccordingToBack", []string{"Sales fell by a third last year, according to the annual report of Vantor Ltd."},
			[]want{{speaker: "Vantor Ltd.", content: "Sales fell by a third last year"}}},
		{"Told", []string{"The coach told reporters that the team would appeal."},
			[]want{{speaker: "The coach", content: "the team would appeal", cue: newsbot.CueExpects}}},
		{"Cited", []string{"Tass cited an unnamed official as saying talks had ended."},
			[]want{{speaker: "an unnamed official", via: "Tass", content: "talks had ended"}}},
		{"QuotedPassive", []string{"The general was quoted by Kyodo news agency as saying the drills would go ahead."},
			[]want{{speaker: "The general", via: "Kyodo news agency", content: "the drills would go ahead"}}},
		{"CitingAppositive", []string{"The Daily Ledger, citing three officials, reported that the deal was off."},
			[]want{{speaker: "three officials", via: "The Daily Ledger", content: "the deal was off"}}},
		{"Denied", []string{"The club denied that it had broken any rules."},
			[]want{{speaker: "The club", content: "it had broken any rules", cue: newsbot.CueDenies}}},
		{"PronounAndContinuation", []string{"Anna Berg runs the only bakery in town.", "“We will stay open,” she said. “People need bread.”"},
			[]want{{speaker: "Anna Berg", content: "We will stay open"}, {speaker: "Anna Berg", content: "People need bread."}}},
		{"ShortForm", []string{"The National Weather Service issued a flood warning.", "The service said rivers would crest on Tuesday."},
			[]want{{speaker: "National Weather Service", content: "rivers would crest on Tuesday"}}},
		{"TwoSpeakers", []string{"Doctors and aid workers said the clinic had run out of fuel."},
			[]want{{speaker: "Doctors"}, {speaker: "aid workers"}}},
		{"SecondCue", []string{"The mayor said the road was safe, adding that repairs would start soon."},
			[]want{{speaker: "The mayor", content: "the road was safe"}, {speaker: "The mayor", content: "repairs would start soon"}}},
		{"Question", []string{`"Why now?" the senator asked.`},
			[]want{{speaker: "the senator", content: "Why now?", kind: newsbot.ClaimDirect}}},
		{"StatementFrom", []string{"A statement from the ministry said the border would stay shut."},
			[]want{{speaker: "the ministry", content: "the border would stay shut"}}},
		{"FloatingBoth", []string{"Kiev and Moscow both said the talks had failed."},
			[]want{{speaker: "Kiev"}, {speaker: "Moscow"}}},
		{"Nested", []string{"Officials said the rebels had told them that the road was mined."},
			[]want{{speaker: "Officials", content: "the rebels had told them that the road was mined"}}},
		{"ColonQuote", []string{"The minister said: “We will not negotiate.”"},
			[]want{{speaker: "The minister", content: "We will not negotiate", kind: newsbot.ClaimDirect}}},
		{"TwoClauses", []string{"The army said it had taken the village, while rebels said fighting was still going on."},
			[]want{{speaker: "The army", content: "it had taken the village"}, {speaker: "rebels", content: "fighting was still going on"}}},
		{"ParticipleOfSubject", []string{"Finance Minister Tomas Reyes welcomed the move, saying rates had been too high."},
			[]want{{speaker: "Tomas Reyes", content: "rates had been too high"}}},
		{"DatelineCoordinated", []string{"LONDON (Reuters) - The Bank of Kent kept rates on hold but signalled that it could cut them in March."},
			[]want{{speaker: "The Bank of Kent", content: "it could cut them in March", cue: newsbot.CueExpects}}},
		{"ItIsPreviousSubject", []string{"The Bank of Kent met on Monday. Analysts at Grey Capital were surprised.", "The bank also cut its forecast. It said growth had slowed."},
			[]want{{speaker: "The Bank of Kent", content: "growth had slowed"}}},
		{"InvertedNamedAfterDescription", []string{`"It's a tragedy," said one resident, Ahmed Hassan, 45.`},
			[]want{{speaker: "Ahmed Hassan", content: "It's a tragedy"}}},
		{"QuoteThenMannerPhrase", []string{`"We will not back down," the group said in a statement posted on Telegram.`},
			[]want{{speaker: "the group", content: "We will not back down", kind: newsbot.ClaimDirect}}},
		{"PhraseThenThat", []string{`The president, who has denied wrongdoing, said on Truth Social that the case was a "witch hunt."`},
			[]want{{speaker: "The president", content: `the case was a "witch hunt."`}}},
		{"PluralPossessive", []string{"The pilots' union, Flight Crew United, said talks had broken down."},
			[]want{{speaker: "Flight Crew United", content: "talks had broken down"}}},
		{"HearerProgrammeColon", []string{`Ms Lee told the BBC's Today programme: "We need to act now."`},
			[]want{{speaker: "Ms Lee", content: "We need to act now", when: "", kind: newsbot.ClaimDirect}}},
		{"HoweverNotRole", []string{"The ministry, however, said the figures were exaggerated."},
			[]want{{speaker: "The ministry", content: "the figures were exaggerated"}}},
		{"BothAnd", []string{"Both Israel and Hamas have denied targeting civilians."},
			[]want{{speaker: "Israel", cue: newsbot.CueDenies}, {speaker: "Hamas", cue: newsbot.CueDenies}}},
		{"CitingInside", []string{"Russian news agencies reported, citing the defence ministry, that the drills had ended."},
			[]want{{speaker: "the defence ministry", via: "Russian news agencies", content: "the drills had ended"}}},
		{"ParentheticalAttribution", []string{"The decision, the court said, was final."},
			[]want{{speaker: "the court", content: "The decision, the court said, was final"}}},
		{"RoleShortForm", []string{"Ministry spokeswoman Irena Holt said the border was open.", "The spokeswoman said it would stay open."},
			[]want{{speaker: "Irena Holt"}, {speaker: "Irena Holt", content: "it would stay open"}}},
		{"AccordingToWho", []string{"According to Jane Doe, who runs the shelter, the numbers have doubled."},
			[]want{{speaker: "Jane Doe", content: "the numbers have doubled"}}},
		{"PronounSkipsLaterNames", []string{"City manager Pep Ortiz declined to blame the referee.", `"We lost," he told Sky Sports.`},
			[]want{{speaker: "Pep Ortiz", content: "We lost"}}},
		{"StudyFoundThat", []string{"A study published in Nature found that the ice sheet is melting faster."},
			[]want{{speaker: "A study published in Nature", content: "the ice sheet is melting faster"}}},
		{"CoordinatedFoundNotReport", []string{"Police said they had not ruled out arson but had found no evidence."},
			[]want{{speaker: "Police", content: "they had not ruled out arson but had found no evidence"}}},
		{"VowedTo", []string{"The minister said the attackers had fled and vowed to hunt them down."},
			[]want{{speaker: "The minister", content: "the attackers had fled"}, {speaker: "The minister", content: "to hunt them down", cue: newsbot.CueExpects}}},
		{"FullerDescription", []string{"The company told the national data protection authority.", "The authority confirmed it had opened an investigation."},
			[]want{{speaker: "the national data protection authority", content: "it had opened an investigation"}}},
		{"ToldIrregular", []string{"Witnesses told AFP they heard several explosions."},
			[]want{{speaker: "Witnesses", content: "they heard several explosions"}}},
		{"ZeroRelative", []string{`The draft proposed $250 billion, a figure the African Group described as "an insult".`},
			[]want{{speaker: "the African Group"}}},
		{"RulingThat", []string{"A federal appeals court on Friday blocked the map, ruling that it diluted the votes of residents."},
			[]want{{speaker: "A federal appeals court", content: "it diluted the votes of residents"}}},
		{"CallingItself", []string{"A group calling itself the Southern Brigades claimed responsibility."},
			[]want{{speaker: "A group calling itself the Southern Brigades"}}},
		{"CalledItQuote", []string{`Sophia Grant, a lawyer, called it "a victory for every voter."`},
			[]want{{speaker: "Sophia Grant", content: "a victory for every voter", kind: newsbot.ClaimDirect}}},
		// A demand is a claim (issue 12): "called for" is no characterisation.
		{"CalledFor", []string{`The senator called for "calm" on Monday.`},
			[]want{{speaker: "The senator", content: `"calm"`, when: "on Monday"}}},
		{"Hypothetical", []string{"The mayor would later say nothing about it."}, nil},
		{"ThatSaid", []string{"That said, the plan has critics."}, nil},
		{"NarrationVerbs", []string{"There are 212 confirmed cases. The floods claimed the lives of 20 people.",
			"An estimated 400 people were told to leave. The accused was admitted to hospital.",
			"It was a disaster, the story told by survivors."}, nil},
		{"ClaimedVictory", []string{"The ruling party claimed victory on Sunday."},
			[]want{{speaker: "The ruling party", content: "victory on Sunday"}}},
		{"Narration", []string{"The river rose by two metres overnight. Schools were closed and said to be flooded."}, nil},
		{"DeclinedToSay", []string{"The company declined to say how many jobs would go."}, nil},
		{"RelativeNotCue", []string{"The group, which reports on the war, has offices in London."}, nil},
		{"Credit", []string{"(Reporting by Ann Lee; Editing by Tom Cho)"}, nil},
		{"RelatedLink", []string{"Read more: Kremlin says strikes will resume"}, nil},
	}
	runAttributeTable(t, tests)
}

func check(t *testing.T, field, got, want string) {
	t.Helper()
	if want != "" && got != want {
		t.Errorf("%s = %q, want %q", field, got, want)
	}
}

func TestAttributeKinds(t *testing.T) {
	claim := "The army said it had taken the hill."
	for _, kind := range []newsbot.SentenceKind{newsbot.KindHeadline, newsbot.KindCredit} {
		text, sents := body(kind, claim)
		if got := attribution.Attribute(text, sents); len(got) != 0 {
			t.Errorf("%s: got claims %+v, want none", kind, got)
		}
	}
	for _, kind := range []newsbot.SentenceKind{newsbot.KindCaption, newsbot.KindStandfirst, newsbot.KindBody} {
		text, sents := body(kind, claim)
		if got := attribution.Attribute(text, sents); len(got) != 1 || got[0].Speaker != "The army" {
			t.Errorf("%s: got %+v, want one claim by The army", kind, got)
		}
	}
}

func TestAttributeBadOffsets(t *testing.T) {
	sents := []newsbot.Sentence{{Start: 5, End: 500, Text: "x"}, {Start: -1, End: 2}}
	if got := attribution.Attribute("short", sents); len(got) != 0 {
		t.Errorf("got %+v for sentences outside the text, want none", got)
	}
}

func TestGoldOffsets(t *testing.T) {
	gold, err := attribution.LoadGold("../../testdata/attribution")
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range gold {
		for _, c := range attribution.Attribute(g.Text, g.Sents) {
			if g.Text[c.ContentStart:c.ContentEnd] != c.Content || c.Content == "" {
				t.Errorf("%s: claim %q has content %q at [%d,%d]", g.ID, c.Speaker, c.Content, c.ContentStart, c.ContentEnd)
			}
			if c.Speaker == "" || c.Cue == "" || c.Sentence != g.Sents[c.SentenceSeq].Text {
				t.Errorf("%s: incomplete claim %+v", g.ID, c)
			}
		}
	}
}

func TestIsPlanOrExpectation(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Russia is preparing to resume air strikes around Aleppo", true},
		{"Russia's air force would maintain a moratorium", true},
		{"the count will show a different picture", true},
		{"the company plans to cut 300 jobs", true},
		{"The company expects to lose about 2 billion crowns", true},
		{"the number is likely to rise", true},
		{"the talks are not expected to resume", true},
		{"the army had taken a strategic district, in what would mark an advance", false},
		{"Russia resumed air strikes on Tuesday", false},
		{"it was sending 50,000 doses to the region", false},
		{"About 4,800 dockworkers began a 48-hour strike over plans to automate two terminals", false},
		{"the union called a strike against the company's plan to close the plant", false},
		{"the union plans to strike on Monday", true},
		{"Ministers set out their plans to build 300,000 homes", false},
		// The month and a first name are not modals.
		{"WASHINGTON - In late May, a NASA-funded robot successfully navigated one of the world's deepest sinkholes", false},
		{"May 5 saw the first convoy reach the city", false},
		{"On 3 May the ministry said it would reopen the border", true},
		{"Club captain Will Hughes scored twice", false},
		{"May the talks resume soon", true},
		{"", false},
	}
	for _, tt := range tests {
		if got := attribution.IsPlanOrExpectation(tt.in); got != tt.want {
			t.Errorf("IsPlanOrExpectation(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func sampleClaims(t testing.TB) []newsbot.Claim {
	gold, err := attribution.LoadGold("../../testdata/attribution")
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range gold {
		if g.ID == "aleppo-russia-strikes" {
			return attribution.Attribute(g.Text, g.Sents)
		}
	}
	t.Fatal("sample article missing from the gold set")
	return nil
}

func TestGroupBySpeaker(t *testing.T) {
	groups := attribution.GroupBySpeaker(sampleClaims(t))
	counts := map[string]int{}
	for _, g := range groups {
		if counts[g.Speaker] != 0 {
			t.Errorf("speaker %q appears in two groups", g.Speaker)
		}
		counts[g.Speaker] = len(g.Claims)
	}
	if counts["Zakaria Malahifji"] != 4 {
		t.Errorf("Zakaria Malahifji has %d claims, want 4 (said, confirming, denied, he said)", counts["Zakaria Malahifji"])
	}
	if counts["The Syrian Observatory for Human Rights"] != 3 {
		t.Errorf("the Observatory has %d claims, want 3", counts["The Syrian Observatory for Human Rights"])
	}
}

func TestDisagreements(t *testing.T) {
	ds := attribution.Disagreements(sampleClaims(t))
	found := map[string]bool{}
	for _, d := range ds {
		if d.A.Speaker == d.B.Speaker {
			t.Errorf("disagreement of %q with itself", d.A.Speaker)
		}
		found[d.A.Speaker+" / "+d.B.Speaker] = true
	}
	for _, pair := range []string{
		"The Syrian Observatory for Human Rights / Zakaria Malahifji", // Minian recaptured vs still with the rebels
		"The Kremlin / a source in the Russian defence ministry",      // moratorium vs resume
	} {
		if !found[pair] {
			t.Errorf("no disagreement %s in %v", pair, found)
		}
	}
	agree := []newsbot.Claim{
		{Speaker: "A", Content: "Minian is calm", CueKind: newsbot.CueStates},
		{Speaker: "B", Content: "Minian was calm on Monday", CueKind: newsbot.CueStates},
	}
	if ds := attribution.Disagreements(agree); len(ds) != 0 {
		t.Errorf("agreeing claims reported as a disagreement: %+v", ds)
	}
}

func TestLoadGoldErrors(t *testing.T) {
	dir := t.TempDir()
	if _, err := attribution.LoadGold(dir); newsbot.ErrorCode(err) != newsbot.EINVALID {
		t.Errorf("empty dir: got %v, want EINVALID", err)
	}
	os.WriteFile(dir+"/bad.json", []byte("{"), 0o644)
	if _, err := attribution.LoadGold(dir); newsbot.ErrorCode(err) != newsbot.EINVALID || !strings.Contains(err.Error(), "bad.json") {
		t.Errorf("bad JSON: got %v, want EINVALID naming the file", err)
	}
	os.WriteFile(dir+"/bad.json", []byte(`{"paragraphs":[{"kind":"body","text":"One."}],"sentences":[{"text":"Two."}]}`), 0o644)
	if _, err := attribution.LoadGold(dir); newsbot.ErrorCode(err) != newsbot.EINVALID {
		t.Errorf("sentence not in text: got %v, want EINVALID", err)
	}
}

func TestOverlap(t *testing.T) {
	if o := attribution.Overlap(`the army "had advanced,"`, "The army had advanced"); o != 1 {
		t.Errorf("overlap ignoring case and punctuation = %v, want 1", o)
	}
	if o := attribution.Overlap("a b c d", "a b"); o < 0.66 || o > 0.67 {
		t.Errorf("overlap = %v, want 2/3", o)
	}
}

func ExampleAttribute() {
	text := `Russia is preparing to resume air strikes "in coming hours," the Interfax news agency cited a source in the Russian defence ministry as saying on Tuesday.`
	sents := []newsbot.Sentence{{Start: 0, End: len(text), Text: text, Kind: newsbot.KindBody}}
	for _, c := range attribution.Attribute(text, sents) {
		fmt.Printf("speaker: %s\nvia: %s\ncue: %s (%s)\nwhen: %s\ncontent: %s\n", c.Speaker, c.Via, c.Cue, c.CueKind, c.When, c.Content)
	}
	// Output:
	// speaker: a source in the Russian defence ministry
	// via: the Interfax news agency
	// cue: cited ... as saying (expects)
	// when: on Tuesday
	// content: Russia is preparing to resume air strikes "in coming hours,"
}

func BenchmarkAttribute(b *testing.B) {
	gold, err := attribution.LoadGold("../../testdata/attribution")
	if err != nil {
		b.Fatal(err)
	}
	size := 0
	for _, g := range gold {
		size += len(g.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, g := range gold {
			attribution.Attribute(g.Text, g.Sents)
		}
	}
}

func TestIsPlanOrExpectationSentence(t *testing.T) {
	for _, s := range []string{
		"Interfax reported Russia would resume strikes within hours.",
		"The ministry said it planned to reopen the border.",
	} {
		if !attribution.IsPlanOrExpectation(s) {
			t.Errorf("IsPlanOrExpectation(%q) = false, want true", s)
		}
	}
	if attribution.IsPlanOrExpectation("The army said it had taken the hill.") {
		t.Error("a reported capture was taken for a plan")
	}
}

// BenchmarkAttributeCorpus measures attribution alone on generated ~5 KB
// articles (internal/corpus, the corpus of the ingest benchmarks), split as
// ingest splits them, and reports articles per second for comparison with
// ingest's BenchmarkAddReader.
func BenchmarkAttributeCorpus(b *testing.B) {
	g := corpus.New(1)
	type art struct {
		text  string
		sents []newsbot.Sentence
	}
	arts := make([]art, 200)
	size := 0
	for i := range arts {
		paras := strings.Split(g.Article(i).Text, "\n\n")
		arts[i].text, arts[i].sents = body(newsbot.KindBody, paras...)
		size += len(arts[i].text)
	}
	b.SetBytes(int64(size / len(arts)))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		a := arts[i%len(arts)]
		attribution.Attribute(a.text, a.sents)
		i++
	}
	b.ReportMetric(float64(i)/b.Elapsed().Seconds(), "articles/s")
}

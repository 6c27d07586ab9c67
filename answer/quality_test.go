package answer_test

import (
	"strings"
	"testing"
)

// qualityArticles are the articles the quality questions are asked over:
// this package's fixtures, the retrieval dev articles and the sample.
var qualityArticles = []string{
	sample, "ferry-capsized.txt", "port-strike.txt", "reservoir-warning.txt",
	"../../testdata/eval/articles/aleppo-ceasefire-talks.txt",
	"../../testdata/eval/articles/battery-plant.txt",
	"../../testdata/eval/articles/central-bank-holds-rates.txt",
	"../../testdata/eval/articles/earthquake-rescue.txt",
	"../../testdata/eval/articles/heatwave-water.txt",
	"../../testdata/eval/articles/port-strike.txt",
}

// qualityQuestion is a question with the fact its answer must contain, or
// "" when no stored article covers it and it must be refused.
type qualityQuestion struct {
	q, fact string
}

// qualityAsked gives the day a question is asked, for questions whose time
// words ("in January", "this year", "on Saturday") are read against the
// clock: they were written the day after their article, in its frame. The
// others are asked on the real clock.
var qualityAsked = map[string]string{
	"What was consumer price inflation in January?":              "2025-03-07",
	"What is the bank's forecast for economic growth this year?": "2025-03-07",
	"How hot could it get on Saturday?":                          "2025-07-18",
}

// qualityQuestions were written from the articles before the answer step
// was changed to use them; they mix question types (how many, when, who,
// where, what), acronyms and number forms, and questions about events or
// names that no article covers.
var qualityQuestions = []qualityQuestion{
	{"How many people live in eastern Aleppo according to the UN?", "275,000"},
	{"When did Russia start its moratorium on air strikes?", "18 October"},
	{"Who took control of 1070 Apartments?", "full control of 1070 Apartments"},
	{"What is the name of Russia's aircraft carrier?", "Admiral Kuznetsov"},
	{"Who heads the political office of the Fastaqim group?", "Malahifji"},
	{"When did the rebels counter-attack?", "29 October"},
	{"Where is the 1070 Apartments district?", "southwestern outskirts"},
	{"Which news agency said Russia was preparing to resume strikes?", "Interfax"},
	{"How long a humanitarian pause did the UN envoy call for?", "72-hour"},
	{"How many trucks were waiting near Bab al-Hawa?", "43 trucks"},
	{"Where did the envoy speak to reporters?", "Geneva"},
	{"When was the WFP's last distribution in eastern Aleppo?", "early July"},
	{"What did Syria's ambassador say about the pause?", "rearm"},
	{"Where will the U.N. envoy travel next week?", "Moscow"},
	{"How many jobs will the Ostrava battery plant create?", "2,300"},
	{"How much will the government contribute to the battery plant?", "1.2 billion euros"},
	{"When will the battery plant start production?", "2028"},
	{"Who is Arden Motors' chief executive?", "Claudia Weiss"},
	{"How much did Arden shares rise?", "2.3%"},
	{"Which other countries did Arden consider for the plant?", "Hungary and Spain"},
	{"How much will the battery plant cost in total?", "4 billion euros"},
	{"At what level did the Northern Reserve Bank hold its main rate?", "4.25%"},
	{"How did the monetary policy committee vote?", "7-2"},
	{"What was consumer price inflation in January?", "2.9%"},
	{"What is the bank's forecast for economic growth this year?", "0.8%"},
	{"Who is the governor of the Northern Reserve Bank?", "Helena Marsh"},
	{"When do economists expect the bank to cut rates?", "May"},
	{"How many people died in the Kessar earthquake?", "112"},
	{"What was the magnitude of the earthquake?", "6.4"},
	{"What time did the quake hit?", "2:17 a.m."},
	{"How many tents did the Red Crescent send?", "2,000 tents"},
	{"Who is the provincial governor?", "Amir Sadeghi"},
	{"Where were villages of mud-brick homes flattened?", "Tavan valley"},
	{"When was the deadliest earthquake in the region?", "1962"},
	{"How many customers does the hosepipe ban affect?", "2.6 million"},
	{"What is the fine for breaking the hosepipe ban?", "1,000 pounds"},
	{"How full are Southvale Water's reservoirs?", "38%"},
	{"How hot could it get on Saturday?", "36 degrees"},
	{"When was the last hosepipe ban in the region?", "2018"},
	{"How many dockworkers are on strike at the Port of Valmere?", "4,800"},
	{"How many ships were waiting outside the harbour at Valmere?", "31 ships"},
	{"Who is the transport minister?", "Lena Duarte"},
	{"How much could the Valmere strike cost growers?", "12 million euros"},
	{"Why are the Valmere dockworkers striking?", "automate"},
	{"How much cargo does Rotterdam handle?", "440 million tonnes"},
	{"Which shipping company is preparing to divert vessels to Antwerp?", "Maersk"},
	{"How long will the Rotterdam strike last?", "seven days"},
	{"How many people were on the Lamu ferry?", "about 90"},
	{"How many passengers died when the ferry capsized?", "23"},
	{"Who suspended the ferry operator's licence?", "maritime authority"},
	{"What level are Barcelona's reservoirs at?", "16 percent"},
	{"How many municipalities are under the drought emergency?", "202"},
	{"What will affect 2,600,000 customers?", "2.6 million customers"},
	{"What did the 4800 dockworkers at Valmere begin?", "48-hour strike"},
	{"What did the World Food Programme say about eastern Aleppo?", "last distribution"},
	{"What did the UN say after the earthquake?", "ready to help"},
	{"How many aftershocks followed the quake?", "60 aftershocks"},
	{"What does the Syrian Observatory say about Minian?", "recaptured Minian"},

	{"How did NATO respond to the Russian aircraft carrier deployment?", ""},
	{"What did the European Commission say about the Ostrava subsidy?", ""},
	{"How many people died in the Kessar floods?", ""},
	{"Who won the French presidential election?", ""},
	{"What did Angela Merkel say about Aleppo?", ""},
	{"How many people were killed in the Lamu bus crash?", ""},
	{"What did the IMF say about the Northern Reserve Bank decision?", ""},
	{"When will Tesla open its Berlin battery plant?", ""},
	{"How many dockworkers are striking in Hamburg?", ""},
	{"What did Hassan Nasrallah say about the fighting in Aleppo?", ""},
	{"How many people died in the Barcelona wildfire?", ""},
	{"What did the World Bank say about inflation?", ""},
	{"Who scored in the Champions League final?", ""},
	{"What did China say about the Rotterdam strike?", ""},
	{"How much did oil prices rise this week?", ""},
	{"What did Pope Francis say about the earthquake?", ""},
	{"Who won the election in Ostrava?", ""},
	{"What did the latest report say about the Kenya elections?", ""},
}

// TestAnswerQuality asks the quality questions over one store and checks
// the share of answers containing the expected fact and the refusal rate
// on questions no article covers; each miss is logged.
func TestAnswerQuality(t *testing.T) {
	right, refused := runQuality(t, "guild-q", qualityQuestions)
	if right < qualityMinRight || refused < qualityMinRefused {
		t.Errorf("right fact %.0f%% (want ≥ %.0f%%), refused %.0f%% (want ≥ %.0f%%)", right, qualityMinRight, refused, qualityMinRefused)
	}
}

// runQuality asks qqs over the quality articles and returns the
// percentages of answerable questions answered with their fact and of
// uncovered questions refused.
func runQuality(t *testing.T, g string, qqs []qualityQuestion) (rightPct, refusedPct float64) {
	e := newEnv(t, g, qualityArticles...)
	var answerable, right, unanswerable, refused int
	for _, qq := range qqs {
		ans := e.askOn(t, g, qq.q, qualityAsked[qq.q])
		e.checkInvariants(t, g, ans)
		if qq.fact == "" {
			unanswerable++
			if !ans.Supported {
				refused++
			} else {
				t.Logf("MISS answered an uncovered question %q: %s", qq.q, ans.Answer)
			}
			continue
		}
		answerable++
		if ans.Supported && containsFact(ans.Answer, qq.fact) {
			right++
		} else {
			t.Logf("MISS %q want %q: %s", qq.q, qq.fact, ans.Answer)
		}
	}
	rightPct = 100 * float64(right) / float64(answerable)
	refusedPct = 100 * float64(refused) / float64(unanswerable)
	t.Logf("right fact %d/%d (%.0f%%), refused %d/%d uncovered (%.0f%%)", right, answerable, rightPct, refused, unanswerable, refusedPct)
	return rightPct, refusedPct
}

// Floors of TestAnswerQuality.
const (
	qualityMinRight   = 95.0
	qualityMinRefused = 95.0
)

// containsFact reports whether an answer states the fact, ignoring case
// and the style of apostrophes.
func containsFact(answer, fact string) bool {
	norm := strings.NewReplacer("’", "'", "‘", "'").Replace
	return strings.Contains(strings.ToLower(norm(answer)), strings.ToLower(norm(fact)))
}

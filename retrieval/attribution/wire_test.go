package attribution_test

import (
	"testing"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/retrieval/attribution"
)

// TestAttributeWireAndCourt covers patterns of pages written outside the
// project: wire datelines, court reports, told <outlet>, resumed
// quotations, role titles before a name and short forms of agencies.
func TestAttributeWireAndCourt(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"DatelineCapitalsAgency", []string{"SANTIAGO, Sept 30 (Meridian) - Copper output fell 6% in August, the statistics institute said on Tuesday."},
			[]want{{speaker: "the statistics institute", content: "Copper output fell 6% in August", when: "on Tuesday"}}},
		{"DatelineAgencyOnly", []string{"LONDON (Reuters) - Britain's economy shrank in March, official data showed, the statistics office said."},
			[]want{{speaker: "the statistics office", content: "Britain's economy shrank in March, official data showed"}}},
		{"DatelineMixedCase", []string{"Beirut, Lebanon — Two people were killed in a strike on a car, the health ministry said."},
			[]want{{speaker: "the health ministry", content: "Two people were killed in a strike on a car"}}},
		{"DatelineAccordingTo", []string{"Karsa, Varnia — Prices have tripled since June, according to the World Food Programme."},
			[]want{{speaker: "the World Food Programme", content: "Prices have tripled since June"}}},
		{"DashAsideNotDateline", []string{"Ahmed Hassan, a teacher — like many here — said the school had closed."},
			[]want{{content: "the school had closed"}}},
		{"TitleBeforeName", []string{"Prosecutor Helen Marsh said the losses came to £9,000.", "Environment Minister Claire Dunmore said the review would end in May."},
			[]want{{speaker: "Helen Marsh"}, {speaker: "Claire Dunmore"}}},
		{"TitleNameOfForce", []string{"Detective Constable Priya Nair of Kelmscott Police said officers had recovered the oil."},
			[]want{{speaker: "Priya Nair", content: "officers had recovered the oil"}}},
		{"PrepositionPlaceNotPerson", []string{"In Skelby, residents are watching the cliffs.", "Ray Bolton chairs the action group.", `"Nobody writes back," he said.`},
			[]want{{speaker: "Ray Bolton", content: "Nobody writes back", kind: newsbot.ClaimDirect}}},
		{"QuoteRunsOnStartsInside", []string{`Judge Richard Hale told Kilbride: "Farmers here work on thin margins. You targeted them."`},
			[]want{{speaker: "Richard Hale", content: "Farmers here work on thin margins", kind: newsbot.ClaimDirect},
				{speaker: "Richard Hale", content: "You targeted them.", kind: newsbot.ClaimDirect}}},
		{"ToldOutletIsVia", []string{"Local officials told AFP that at least 40 people had died.", "Minister Claire Dunmore told the Coastal Gazette last month that the review had begun."},
			[]want{{speaker: "Local officials", via: "AFP", content: "at least 40 people had died"},
				{speaker: "Claire Dunmore", via: "the Coastal Gazette", when: "last month", content: "the review had begun"}}},
		{"ToldStateTelevision", []string{"She told state television that the vote was fair."},
			[]want{{via: "state television", content: "the vote was fair"}}},
		{"ToldListenerNoVia", []string{"The coach told reporters that the team would appeal.", "Ann Lee told the court she was innocent."},
			[]want{{speaker: "The coach", via: "-"}, {speaker: "Ann Lee", via: "-", content: "she was innocent"}}},
		{"TrailingCitingAtEnd", []string{"Calder Partners is the front-runner, the Ashcombe Echo reported, citing a person close to the talks."},
			[]want{{speaker: "a person close to the talks", via: "Ashcombe Echo", content: "Calder Partners is the front-runner"}}},
		{"AlthoughAsideCut", []string{"The party said it had won, although official results were not expected until Friday."},
			[]want{{speaker: "The party", content: "it had won"}}},
		{"AlthoughPronounKept", []string{"The firm said it would cooperate, although it wanted more time."},
			[]want{{speaker: "The firm", content: "it would cooperate, although it wanted more time"}}},
		{"PronounInsideContent", []string{"Escondida Norte is a mine.", "The union said on Monday that it had rejected the company's latest offer."},
			[]want{{speaker: "The union", content: "it had rejected the company's latest offer"},
				{speaker: "The union", cue: newsbot.CueDenies, content: "the company's latest offer"}}},
		{"TheAgencyShortForm", []string{"A convoy reached Karsa on Wednesday, the World Food Programme said.", "The agency said the trucks carried flour."},
			[]want{{speaker: "the World Food Programme"}, {speaker: "the World Food Programme", content: "the trucks carried flour"}}},
		{"TheClubNotAnObjectName", []string{"A defeat by Wexley ended their FA Cup run.", "The club confirmed that it had appointed advisers."},
			[]want{{speaker: "The club", cue: newsbot.CueConfirms}}},
		{"QuoteResumesAfterPronoun", []string{"Tom Hardacre lives here.", `"Next winter," he said, "it'll be five."`},
			[]want{{speaker: "Tom Hardacre", content: "Next winter", kind: newsbot.ClaimDirect},
				{speaker: "Tom Hardacre", content: "it'll be five", kind: newsbot.ClaimDirect, cue: newsbot.CueExpects}}},
		{"QuoteResumesAfterInverted", []string{`"We lost," said Ann Lee, a coach, "but we fought."`},
			[]want{{speaker: "Ann Lee", content: "We lost"}, {speaker: "Ann Lee", content: "but we fought", kind: newsbot.ClaimDirect}}},
		{"QuoteNotResumedByOtherClaim", []string{`"We are ready," the mayor said, adding that "nothing" was certain.`},
			[]want{{speaker: "the mayor", content: "We are ready"}, {speaker: "the mayor", content: `"nothing" was certain`, kind: newsbot.ClaimIndirect}}},
		{"NestedClaimIsOuterSpeakers", []string{"Workers walked off the job after their union rejected the final offer, union leaders said."},
			[]want{{speaker: "union leaders", content: "Workers walked off the job after their union rejected the final offer"}}},
		{"CourtNameAgeAddress", []string{"Darren Kilbride, 43, of Marsh Lane, Thetbridge, admitted six counts of theft at Norbury Crown Court on Wednesday."},
			[]want{{speaker: "Darren Kilbride", content: "six counts of theft", when: "on Wednesday", cue: newsbot.CueConfirms}}},
		{"AgeOnlyDetail", []string{"Ann Lee, 52, said the water rose fast."},
			[]want{{speaker: "Ann Lee", content: "the water rose fast"}}},
		{"InvertedNeedsClause", []string{"Three people were hurt, said police."},
			[]want{{speaker: "police", content: "Three people were hurt"}}},
		{"SurnameInNarrationIsLatest", []string{"Tom Hardacre lives by the cliff.", "Ray Bolton chairs the group.", "Back on the cliff, Hardacre is measuring the gap.", `"It is nine metres," he said.`},
			[]want{{speaker: "Tom Hardacre", content: "It is nine metres"}}},
		{"KinshipFirstName", []string{"Tom Hardacre lives by the cliff.", "His wife, Elaine, is less resigned.", `"Nobody writes back," she said.`},
			[]want{{speaker: "Elaine", content: "Nobody writes back"}}},
		{"LeadingDateNotSpeaker", []string{"On October 14th CATL said it had begun mass production."},
			[]want{{speaker: "CATL", when: "On October 14th", content: "it had begun mass production"}}},
		{"ZeroRelativeAfterPhrase", []string{"Fares will stay capped, the government announced, in a move ministers say will save £150m."},
			[]want{{speaker: "the government"}, {speaker: "ministers", content: "will save £150m"}}},
		{"PronounAfterSameSentenceSpeaker", []string{"SkyLark will stop paper passes, the airline said, in a move it says will save paper."},
			[]want{{speaker: "the airline"}, {speaker: "the airline", content: "will save paper"}}},
		{"OutletAfterDescription", []string{`"The winds will grow," minister Giorgos Kefalogiannis told state broadcaster ERT.`, "Ailsa Brodie told NorthSea Broadcasting that the roof had gone."},
			[]want{{speaker: "Giorgos Kefalogiannis", via: "state broadcaster ERT"}, {speaker: "Ailsa Brodie", via: "NorthSea Broadcasting"}}},
		{"RoleNameOfBody", []string{"Entanglements have risen, according to marine biologist Dr Lerato Mokoena of the University of Cape Town."},
			[]want{{speaker: "Lerato Mokoena", content: "Entanglements have risen"}}},
		{"NameAsModifierThenHead", []string{"The Hague district court on Thursday ordered cuts, ruling that current plans breach rights."},
			[]want{{speaker: "The Hague district court", content: "current plans breach rights"}}},
		{"AccordingToTimeAtEnd", []string{"Half of pupils keep a phone overnight, according to a survey by the charity last year."},
			[]want{{speaker: "the charity", when: "last year", content: "Half of pupils keep a phone overnight"}}},
	}
	runTable(t, tests)
}

func runTable(t *testing.T, tests []struct {
	name  string
	paras []string
	want  []want
}) {
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

package attribution_test

import (
	"strings"
	"testing"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/retrieval/attribution"
)

// TestRelayChains checks the whole chain of intermediaries (speaker
// outward, the outlet nearest the reader last) for the shapes of relayed
// speech: a publisher the claim was told to or given in an interview, an
// outlet's own source after "according to", and reports of reports.
func TestRelayChains(t *testing.T) {
	tests := []struct {
		name, text, speaker string
		relays              []string // nil: none
	}{
		{"ToldInitials", "The farm minister told RTV that the harvest had been the worst in a decade.", "The farm minister", []string{"RTV"}},
		{"ToldInInterview", "Mayor Ines Baptiste told Tageblatt in an interview that the tram line would be finished in 2028.", "Ines Baptiste", []string{"Tageblatt"}},
		{"ToldAPersonInInterview", "Mayor Ines Baptiste told Paul Renner in an interview that the tram line would be finished in 2028.", "Ines Baptiste", nil},
		{"InterviewWithOutletFronted", "In an interview with Kurier, an Austrian newspaper, the chancellor said the coalition would hold.", "the chancellor", []string{"Kurier"}},
		{"InterviewWithOutletAfterCue", "The chancellor said in an interview with the Vienna Herald that the coalition would hold.", "The chancellor", []string{"the Vienna Herald"}},
		{"InterviewWithReporters", "In an interview with reporters, the chancellor said the coalition would hold.", "the chancellor", nil},
		{"InterviewWithAPerson", "In an interview with Anna Berg, a reporter, the chancellor said the coalition would hold.", "the chancellor", nil},
		{"SpeakingToOutletInApposition", "The chancellor, speaking to Radio Centro, said the coalition would hold.", "The chancellor", []string{"Radio Centro"}},
		{"SpokeToOutletThenParticiple", "The chancellor spoke to state radio about the budget, saying the coalition would hold.", "The chancellor", []string{"state radio"}},
		{"CommentsToOutlet", "In comments to the Vienna Herald, the chancellor said the coalition would hold.", "the chancellor", []string{"the Vienna Herald"}},
		{"SpokeToAPerson", "The chancellor spoke to Anna Berg about the budget, saying the coalition would hold.", "The chancellor", nil},
		{"AccordingToOutletWhichCited", "The insurer plans to cut 900 jobs, according to the Lisbon Courier, which cited three people briefed on the plan.", "three people briefed on the plan", []string{"the Lisbon Courier"}},
		{"AccordingToOutletWhoQuoted", "The strike will end on Friday, according to Radio Centro, who quoted a union official.", "a union official", []string{"Radio Centro"}},
		{"AsOutletFirstReported", "As the Harbour Gazette first reported, the port authority had told shippers that the dock would close.", "the port authority", []string{"the Harbour Gazette"}},
		{"DocumentRecordsAsSaying", "The court papers record the foreman, Ivo Marek, as saying the crane had been checked.", "Ivo Marek", []string{"The court papers"}},
		{"OutletQuotesAsSaying", "The Vienna Herald quotes a senior official as saying the deal is dead.", "a senior official", []string{"The Vienna Herald"}},
		{"ContactedOutlet", "The rebel group contacted the Reuters news service, confirming that its fighters had seized the bridge.", "The rebel group", []string{"the Reuters news service"}},
		{"ContactedAPerson", "The rebel group contacted Anna Berg, confirming that its fighters had seized the bridge.", "The rebel group", nil},
		{"TwoLevels", "Xinhua quoted a provincial official as saying the dam had held, the Mekong Times reported.", "a provincial official", []string{"Xinhua", "the Mekong Times"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, sents := body(newsbot.KindBody, tt.text)
			got := attribution.Attribute(text, sents)
			if len(got) != 1 {
				t.Fatalf("got %d claims, want 1: %+v", len(got), got)
			}
			c := got[0]
			if attribution.NormalizeSpeaker(c.Speaker) != attribution.NormalizeSpeaker(tt.speaker) {
				t.Errorf("speaker %q, want %q", c.Speaker, tt.speaker)
			}
			if strings.Join(c.Relays, "|") != strings.Join(tt.relays, "|") {
				t.Errorf("relays %q, want %q", c.Relays, tt.relays)
			}
			want := ""
			if len(tt.relays) > 0 {
				want = tt.relays[0]
			}
			if c.Via != want {
				t.Errorf("via %q, want %q (the first relay)", c.Via, want)
			}
		})
	}
}

// TestSameInterview checks that "the interview" refers back to the
// interview an outlet published, and that an interview named anew does not.
func TestSameInterview(t *testing.T) {
	text, sents := body(newsbot.KindBody,
		"In an interview with Kurier, an Austrian newspaper, the chancellor said the coalition would hold.",
		`In the interview, the chancellor also described the budget as "tight".`,
		"The opposition leader said in the interview with reporters that he disagreed.")
	got := attribution.Attribute(text, sents)
	var vias []string
	for _, c := range got {
		vias = append(vias, c.Via)
	}
	if strings.Join(vias, "|") != "Kurier|Kurier|" {
		t.Errorf("vias %q, want Kurier for the interview and its later mention, none for another interview", vias)
	}
}

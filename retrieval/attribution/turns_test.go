package attribution_test

import (
	"strings"
	"testing"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/retrieval/attribution"
)

// TestQuotationUnitsCarryOver checks which quotations continue the
// speaker before them: a transcript's named turn and a quotation
// continued without a cue do; a quotation with its own cue never takes
// the speaker before it. Each case lists the speakers of the merged units.
func TestQuotationUnitsCarryOver(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []string // speaker and content of each unit, "speaker: content"
	}{
		{"TranscriptInCapitals", []string{
			"HARLAN: The levy stays. We cannot cut it this year.",
			"OKONJO: Then the depots will close.",
			"HARLAN: That is your choice."},
			[]string{"Harlan: The levy stays. We cannot cut it this year.", "Okonjo: Then the depots will close.", "Harlan: That is your choice."}},
		{"TurnOfANamedPerson", []string{
			"Treasurer Mia Harlan met rail union chief Femi Okonjo on Thursday.",
			"Harlan: The levy stays. We cannot cut it this year."},
			[]string{"Mia Harlan: The levy stays. We cannot cut it this year."}},
		{"LabelsThatAreNoTurns", []string{
			"RELEASE: 26-014",
			"CONTACT: Press Office (555) 0100",
			"Acme: Quarterly output rises",
			"The company said output rose by a tenth."},
			[]string{"The company: output rose by a tenth"}},
		{"QuotationSplitAroundItsCue", []string{
			`"The levy stays," Treasurer Mia Harlan said. "We cannot cut it this year. Not before the audit."`},
			[]string{"Mia Harlan: The levy stays We cannot cut it this year. Not before the audit."}},
		{"ReportedClauseSplitByItsCue", []string{
			"The depots would stay open until June, said Femi Okonjo, head of the rail union, but they would close by the autumn."},
			[]string{"Femi Okonjo: The depots would stay open until June but they would close by the autumn"}},
		{"ClauseAfterTheCueWithItsOwnClaim", []string{
			"The depots would stay open until June, said Femi Okonjo, but he added that the union would strike."},
			[]string{"Femi Okonjo: The depots would stay open until June", "Femi Okonjo: the union would strike"}},
		{"NewQuotationWithItsOwnSpeaker", []string{
			`"The levy stays," Treasurer Mia Harlan said.`,
			`"Then the depots will close," union chief Femi Okonjo replied. "Our members are ready."`},
			[]string{"Mia Harlan: The levy stays", "Femi Okonjo: Then the depots will close Our members are ready."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, sents := body(newsbot.KindBody, tt.paras...)
			claims := attribution.Attribute(text, sents)
			units := attribution.Units(append([]newsbot.Claim(nil), claims...))
			var got []string
			for _, u := range units {
				got = append(got, u.Speaker+": "+u.Content)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("units:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			for _, c := range claims {
				if text[c.ContentStart:c.ContentEnd] != c.Content {
					t.Errorf("content offsets [%d,%d] do not give %q", c.ContentStart, c.ContentEnd, c.Content)
				}
			}
			for _, u := range units {
				if u.LastSeq < u.SentenceSeq || !strings.Contains(text[u.ContentStart:u.ContentEnd], strings.Fields(u.Content)[0]) {
					t.Errorf("unit %q covers sentences %d..%d, bytes %d..%d", u.Content, u.SentenceSeq, u.LastSeq, u.ContentStart, u.ContentEnd)
				}
			}
		})
	}
}

package answer

import (
	"strings"
	"testing"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/prompts"
)

// TestWholeLineNamesItsSpeaker (branch i10zo): a line quoted whole whose
// own words name who said it is labelled with that speaker, the outlet
// as the relay ("the report published by Reuters cites a Syrian military
// source: ..."), not as the outlet's own statement; a claim inside the
// reporter's clause, or relayed by someone else, keeps the outlet's label.
func TestWholeLineNamesItsSpeaker(t *testing.T) {
	art := &newsbot.Article{ID: 1, Title: "Aleppo", Outlet: "Reuters"}
	cases := []struct {
		text, speaker, via string
		want               string
	}{
		{"A Syrian military source said the army was in complete control of the area.", "A Syrian military source", "",
			`the report published by Reuters cites a Syrian military source: "A Syrian military source said`},
		{"But officials in two rebel groups - in Aleppo - said rebel forces were still trying to fight back.", "officials in two rebel groups", "",
			`the report published by Reuters cites officials in two rebel groups: "But officials`},
		{"'The clashes are still going on,' Zakaria Malahifji, head of the political office of the Fastaqim rebel group said.", "Zakaria Malahifji", "",
			`the report published by Reuters cites Zakaria Malahifji: "'The clashes`},
		{"The source was speaking hours after the Syrian army said it had taken a strategic district.", "the Syrian army", "",
			`the report published by Reuters says "The source was speaking`},
		{"Interfax cited a source in the ministry as saying strikes would resume.", "a source in the ministry", "Interfax",
			`the report published by Reuters says "Interfax cited`},
	}
	for _, c := range cases {
		cl := &newsbot.Claim{Speaker: c.speaker, Via: c.via, Cue: "said"}
		cand := &candidate{src: &source{Article: art}, sent: newsbot.Sentence{Text: c.text, Kind: newsbot.KindBody}, claim: cl, whole: true}
		got := prompts.ExtractiveItem(item(1, cand))
		if !strings.HasPrefix(got, c.want) {
			t.Errorf("%q:\n got %q\nwant it to open with %q", c.text, got, c.want)
		}
	}
}

package main

import (
	"testing"

	"github.com/newsbot/newsbot"
)

// A relayed statement reads with its intermediary as the subject ("The
// Interfax news agency cited a source ... as saying"), not "a source ...
// cited ... as saying (via ...)", and a line opens with a capital.
func TestTimelineLineRelayAndCapital(t *testing.T) {
	relayed := newsbot.TimelineEntry{Speaker: "a source in the Russian defence ministry", Via: "the Interfax news agency",
		Cue: "cited ... as saying", When: "on Tuesday", Content: "Russia is preparing to resume air strikes", ArticleID: 1, Outlet: "Reuters"}
	want := "- The Interfax news agency cited a source in the Russian defence ministry as saying on Tuesday: “Russia is preparing to resume air strikes” [article 1, Reuters]"
	if got := timelineLine(relayed); got != want {
		t.Errorf("timelineLine = %q\nwant           %q", got, want)
	}
	plain := newsbot.TimelineEntry{Speaker: "the United Nations", Cue: "said", Via: "Interfax", When: "last week", Content: "shelling killed dozens", ArticleID: 1}
	want = "- The United Nations said last week (via Interfax): “shelling killed dozens” [article 1]"
	if got := timelineLine(plain); got != want {
		t.Errorf("timelineLine = %q\nwant           %q", got, want)
	}
}

// A digest's line opens with a capital.
func TestDigestLineCapital(t *testing.T) {
	it := newsbot.DigestItem{Speaker: "a source in the Russian defence ministry", Via: "the Interfax news agency", Line: "Russia is preparing."}
	if got, want := digestLine(it), "A source in the Russian defence ministry (via the Interfax news agency): “Russia is preparing.”"; got != want {
		t.Errorf("digestLine = %q, want %q", got, want)
	}
}

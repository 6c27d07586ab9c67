package bot

import (
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot"
)

// A relayed statement reads with its intermediary as the subject ("The
// Interfax news agency cited **a source ...** as saying"), not "**a
// source ...** cited ... as saying", and a line opens with a capital.
func TestTimelineItemRelayAndCapital(t *testing.T) {
	relayed := newsbot.TimelineEntry{Speaker: "a source in the Russian defence ministry", Via: "the Interfax news agency",
		Cue: "cited ... as saying", When: "on Tuesday", Content: "Russia is preparing to resume air strikes", Outlet: "Reuters"}
	want := "The Interfax news agency cited **a source in the Russian defence ministry** as saying on Tuesday: “Russia is preparing to resume air strikes” — *Reuters*"
	if got := timelineItem(relayed); got != want {
		t.Errorf("timelineItem = %q\nwant           %q", got, want)
	}
	plain := newsbot.TimelineEntry{Speaker: "the United Nations", Cue: "said", When: "last week", Content: "shelling killed dozens", Outlet: "Reuters"}
	want = "**The United Nations** said last week: “shelling killed dozens” — *Reuters*"
	if got := timelineItem(plain); got != want {
		t.Errorf("timelineItem = %q\nwant           %q", got, want)
	}
}

// A digest's line names the relay, as the command line's does, and opens
// with a capital.
func TestDigestLineNamesRelay(t *testing.T) {
	items := []newsbot.DigestItem{{ArticleID: 1, Title: "Strikes to resume", Speaker: "a source in the Russian defence ministry",
		Via: "the Interfax news agency", Line: "Russia is preparing to resume air strikes.", Sources: []string{"Reuters"}}}
	out := strings.Join(RenderDigest(time.Date(2016, 11, 8, 0, 0, 0, 0, time.UTC), items), "\n")
	if !strings.Contains(out, "> A source in the Russian defence ministry (via the Interfax news agency): “Russia") {
		t.Errorf("digest = %q; want the speaker capitalised and the relay named", out)
	}
}

// A cue that is not a finite verb reads as one in Discord's timeline
// (review rv7): "**Tamara Spicer** said:", not "according to:".
func TestTimelineItemFiniteVerb(t *testing.T) {
	e := newsbot.TimelineEntry{Speaker: "Tamara Spicer", Cue: "according to", Content: "the Guard was preparing", Outlet: "DVIDS"}
	if got, want := timelineItem(e), "**Tamara Spicer** said: “the Guard was preparing” — *DVIDS*"; got != want {
		t.Errorf("timelineItem = %q, want %q", got, want)
	}
	e.Cue = "confirming"
	if got, want := timelineItem(e), "**Tamara Spicer** confirmed: “the Guard was preparing” — *DVIDS*"; got != want {
		t.Errorf("timelineItem = %q, want %q", got, want)
	}
}

// A quotation that ended with a comma before its cue is shown without it
// (review rv7).
func TestTimelineItemNoTrailingComma(t *testing.T) {
	e := newsbot.TimelineEntry{Speaker: "a source", Cue: "said", Content: `strikes would resume "in coming hours,"`, Outlet: "Reuters"}
	if got, want := timelineItem(e), `**A source** said: “strikes would resume "in coming hours"” — *Reuters*`; got != want {
		t.Errorf("timelineItem = %q, want %q", got, want)
	}
}

package bot

import (
	"testing"

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

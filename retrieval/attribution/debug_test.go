package attribution_test

import (
	"os"
	"strings"
	"testing"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/retrieval/attribution"
)

// TestDebugAttribute prints the claims of the paragraphs in $ATTR_TEXT
// (separated by "||"); it is skipped without it. A tool for reading the
// engine's output while writing a rule, not a check.
func TestDebugAttribute(t *testing.T) {
	in := os.Getenv("ATTR_TEXT")
	if in == "" {
		t.Skip("set ATTR_TEXT")
	}
	text, sents := body(newsbot.KindBody, strings.Split(in, "||")...)
	for _, c := range attribution.Attribute(text, sents) {
		t.Logf("seq %d unit %d speaker %q role %q via %q relays %v cue %q/%s kind %s when %q\n    content %q",
			c.SentenceSeq, c.Unit, c.Speaker, c.Role, c.Via, c.Relays, c.Cue, c.CueKind, c.Kind, c.When, c.Content)
	}
}

package newsbot_test

import (
	"testing"

	"github.com/newsbot/newsbot"
)

func TestSpeechVerb(t *testing.T) {
	for cue, want := range map[string]string{
		"":                    "said",
		"said":                "said",
		"denied":              "denied",
		"reported on":         "reported on",
		"cited ... as saying": "cited ... as saying",
		"according to":        "said",
		"According to":        "said",
		"told":                "said",
		"saying":              "said",
		"confirming":          "confirmed",
		"noting":              "noted",
		"adding":              "added",
		"admitting":           "admitted",
		"denying":             "denied",
		"arguing":             "argued",
		"acknowledging":       "acknowledged",
		"telling":             "said",
		"bring":               "bring",
	} {
		if got := newsbot.SpeechVerb(cue); got != want {
			t.Errorf("SpeechVerb(%q) = %q, want %q", cue, got, want)
		}
	}
}

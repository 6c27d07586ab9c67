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

func TestQuotedContent(t *testing.T) {
	for in, want := range map[string]string{
		`Russia is preparing to resume air strikes around Aleppo "in coming hours,"`: `Russia is preparing to resume air strikes around Aleppo "in coming hours"`,
		"the strikes would resume “in coming hours,”":                                "the strikes would resume “in coming hours”",
		"Minian is still with the rebels,":                                           "Minian is still with the rebels",
		"Minian is still with the rebels":                                            "Minian is still with the rebels",
		`he said "no."`:                                                              `he said "no."`,
	} {
		if got := newsbot.QuotedContent(in); got != want {
			t.Errorf("QuotedContent(%q) = %q, want %q", in, got, want)
		}
	}
}

package answer

import "testing"

func TestBalanceQuotes(t *testing.T) {
	for in, want := range map[string]string{
		`"We have 2,400 families here.`:               `We have 2,400 families here.`,
		`“We have nowhere to go,” she said.`:          `“We have nowhere to go,” she said.`,
		`They will not leave.”`:                       `They will not leave.`,
		`He said "yes" and left.`:                     `He said "yes" and left.`,
		`The plan, he said, was "a failure`:           `The plan, he said, was "a failure`,
		`"Minian is still with the rebels," he said.`: `"Minian is still with the rebels," he said.`,
	} {
		if got := balanceQuotes(in); got != want {
			t.Errorf("balanceQuotes(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLowerFirstWord(t *testing.T) {
	article := "Rescuers searched the sea. Russia's air force said so. Minian is held, and Minian fell.\n\nThe UN said Aleppo was quiet."
	for in, want := range map[string]string{
		"Rescuers searched the sea":       "rescuers searched the sea",
		"Russia's air force would stay":   "Russia's air force would stay",
		"Minian is still with the rebels": "Minian is still with the rebels",
		"The army had advanced":           "the army had advanced",
		"UN convoys were waiting":         "UN convoys were waiting",
		"I will stay":                     "I will stay",
		"government forces had seized":    "government forces had seized",
	} {
		if got := lowerFirstWord(in, article); got != want {
			t.Errorf("lowerFirstWord(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestLowerFirstWordAfterDateline: the first word after a dateline begins
// the sentence; its capital does not make it a name ("the Transport Workers
// Union said that About 800 ..." was the glitch). Datelines in the styles
// of Reuters, AP, AFP, CNN and the Guardian.
func TestLowerFirstWordAfterDateline(t *testing.T) {
	for _, tc := range []struct{ article, content, want string }{
		{"NEW YORK (Reuters) - About 800 subway workers walked off the job on Monday, the Transport Workers Union said.",
			"About 800 subway workers walked off the job on Monday", "about 800 subway workers walked off the job on Monday"},
		{"WASHINGTON, Nov 8 (Reuters) - Several senators will oppose the bill, an aide said on Tuesday.",
			"Several senators will oppose the bill", "several senators will oppose the bill"},
		{"KYIV, Ukraine (AP) — Overnight drone attacks cut power to 200,000 homes, officials said.",
			"Overnight drone attacks cut power to 200,000 homes", "overnight drone attacks cut power to 200,000 homes"},
		{"Washington (CNN) — Lawmakers reached a deal late on Sunday, two sources told CNN.",
			"Lawmakers reached a deal late on Sunday", "lawmakers reached a deal late on Sunday"},
		{"LONDON — Hundreds of flights were cancelled at Heathrow, the airport said.\n\nPassengers were told to stay home.",
			"Hundreds of flights were cancelled at Heathrow", "hundreds of flights were cancelled at Heathrow"},
		{"PARIS, March 3 (AFP) -- Most museums will reopen on Friday, the ministry said.",
			"Most museums will reopen on Friday", "most museums will reopen on Friday"},
		// A name after a dateline stays a name where the article names it
		// mid-sentence too.
		{"BERLIN (Reuters) - Scholz will travel to Kyiv, his office said. A spokesman for Scholz declined to comment.",
			"Scholz will travel to Kyiv", "Scholz will travel to Kyiv"},
		// A capital after a dash inside a sentence is still a name.
		{"The strike - Local 100's first since 2005 - was called off. Union members said Local 100 would vote.",
			"Local 100 would vote", "Local 100 would vote"},
	} {
		if got := lowerFirstWord(tc.content, tc.article); got != tc.want {
			t.Errorf("lowerFirstWord(%q) = %q, want %q", tc.content, got, tc.want)
		}
	}
}

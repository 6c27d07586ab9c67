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

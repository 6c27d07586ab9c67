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

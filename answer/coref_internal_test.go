package answer

import "testing"

func TestCorefNames(t *testing.T) {
	title := "Meridian Water Authority raises charges"
	sents := []string{
		"Acme Corp, a Berlin-based maker of solar panels, cut 300 jobs on Monday.",
		"The maker said demand had fallen.",
		"The authority said bills would rise by 4%.",
		"Officials at the space agency Orbis met on Tuesday.",
		"The agency's budget was cut.",
		"The company said nothing.",
	}
	got := corefNames(title, sents)
	want := []string{"", "Acme Corp", "Meridian Water Authority", "", "Orbis", ""}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("sentence %d %q: refers to %q, want %q", i, sents[i], got[i], want[i])
		}
	}
}

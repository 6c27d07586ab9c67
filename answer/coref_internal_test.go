package answer

import (
	"strings"
	"testing"

	newsbot "github.com/newsbot/newsbot"
)

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

func TestYesNoVerb(t *testing.T) {
	for q, want := range map[string]string{
		"Will the ferry company appeal the ruling?":     "appeal",
		"Is the central bank going to cut rates soon?":  "cut",
		"How many people did the storm kill last week?": "",
	} {
		got := strings.Join(analyse(q, nil).yesNoVerb(), " ")
		if want != "" && !strings.HasPrefix(got, want[:3]) || want == "" && got != "" {
			t.Errorf("%q: verb %q, want %q", q, got, want)
		}
	}
}

// TestSettlingFirst: a yes/no question's answer quotes first the sentence
// stating the question's verb, though another sentence scored higher.
func TestSettlingFirst(t *testing.T) {
	qs := analyse("Will the ferry company appeal the ruling?", nil)
	sc := &scoring{qs: qs}
	mk := func(text string) *candidate { return &candidate{sent: newsbot.Sentence{Text: text}, own: 2} }
	picked := []*candidate{
		mk("The union said the ruling should lead to a public inquiry."),
		mk("The ferry company said it would not appeal."),
		mk("The judge said the company ignored warnings."),
	}
	sc.settlingFirst(picked)
	if picked[0].sent.Text != "The ferry company said it would not appeal." || picked[1].sent.Text != "The union said the ruling should lead to a public inquiry." {
		t.Errorf("order: %q, %q", picked[0].sent.Text, picked[1].sent.Text)
	}
	weak := mk("Rivals said they would appeal too.")
	weak.own = 1
	picked = append(picked[:2], weak)
	sc.settlingFirst(picked[1:])
	if picked[1].sent.Text != "The union said the ruling should lead to a public inquiry." {
		t.Errorf("a sentence holding fewer of the question's words was put first: %q", picked[1].sent.Text)
	}
	open := analyse("Who will appeal the ruling?", nil)
	sc = &scoring{qs: open}
	first := picked[0]
	picked[0], picked[1] = picked[1], first
	sc.settlingFirst(picked)
	if picked[1] != first {
		t.Errorf("an open question's picks were reordered")
	}
}

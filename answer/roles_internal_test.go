package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/ingest"
	"github.com/newsbot/newsbot/retrieval"
	"github.com/newsbot/newsbot/store/storetest"
)

// TestRoleApart checks each reading of roles.go: who fills the asked role
// of the question's event in the question, and in the sentence.
func TestRoleApart(t *testing.T) {
	for _, c := range []struct {
		q, text string
		want    bool
	}{
		// passive question, passive sentence: another name is the patient
		{"How long was Maria Lindqvist jailed for?",
			"After Maria Lindqvist took office, her deputy Tomas Berg was jailed for nine years.", true},
		{"How long was Maria Lindqvist jailed for?",
			"Maria Lindqvist was jailed for nine years after a trial in Uppsala.", false},
		// the name named by a surname only
		{"How long was Maria Lindqvist jailed for?",
			"A court in Uppsala said Lindqvist was jailed for nine years.", false},
		// a participle coordinated with a passive, the event as a noun
		{"How many years was Maria Lindqvist sentenced to?",
			"In 2004, Tomas Berg was convicted and given a nine-year sentence, which Lindqvist later commuted.", true},
		// the possessor of the event noun
		{"How many years was Maria Lindqvist sentenced to?",
			"Lindqvist's sentence of nine years was upheld on appeal.", false},
		{"How many years was Maria Lindqvist sentenced to?",
			"Berg's sentence of nine years was upheld, Lindqvist said.", true},
		// a pronoun leaves the role unknown
		{"How long was Maria Lindqvist jailed for?",
			"After the trial in Uppsala, she was jailed for nine years.", false},
		// an unnamed agent: the role is unknown
		{"How long was Maria Lindqvist jailed for?",
			"The court in Uppsala jailed Lindqvist for nine years.", false},
		// active question: the patient after the verb
		{"Who replaced Anders Holm as coach?",
			"Karin Ek replaced Peter Sund as coach in May, Holm said.", true},
		{"Who replaced Anders Holm as coach?",
			"Karin Ek replaced Holm as coach in May.", false},
		// the agent of an active verb, and of a passive one after "by"
		{"Which player did Norrfors sign?",
			"Nordvik signed Selbo for $40 million, Norrfors said.", true},
		{"Which player did Norrfors sign?",
			"Selbo was signed by Norrfors for $40 million.", false},
		{"Which player did Norrfors sign?",
			"Selbo was signed by Nordvik for $40 million, a Norrfors spokesman said.", true},
		// a relative clause takes its antecedent as subject
		{"How long was Maria Lindqvist jailed for?",
			"Tomas Berg, who was jailed for nine years, met Lindqvist.", true},
		{"How long was Maria Lindqvist jailed for?",
			"Police named Maria Lindqvist, who was jailed for nine years.", false},
		// the event word absent: nothing to read
		{"How long was Maria Lindqvist jailed for?",
			"Tomas Berg was fined $500, Lindqvist said.", false},
		// names joined by "and" fill the role together
		{"When were Berg and Lindqvist jailed?",
			"Tomas Berg and Maria Lindqvist were jailed in 2009.", false},
		// a name after a preposition, determiners between, is no subject
		{"Where were Maria Lindqvist's guards jailed?",
			"Four guards from the Uppsala camp were jailed in Lund, Lindqvist said.", false},
		{"Where was Lindqvist jailed?",
			"Four guards from the Uppsala camp were jailed in Lund, Lindqvist said.", false},
		// the event word as a noun whose clause holds the name: loose
		{"How much did Norrfors agree to pay?",
			"Officials in Lund reached an agreement with Norrfors on a $40 million payment.", false},
		// a title joined by "of" is part of the name
		{"How much did Lindqvist announce for the labs?",
			"Deputy Secretary of Energy Maria Lindqvist announced $40 million for the labs.", false},
		{"How much did Lindqvist announce for the labs?",
			"Deputy Secretary of Energy Tomas Berg announced $40 million for the labs, a month after Lindqvist left.", true},
		// the event word inside a title is no event
		{"Who commanded the Uppsala garrison?",
			"Garrison Commander Tomas Berg met Uppsala officials.", false},
		// a name after a preposition is no argument of the verb
		{"How long was Maria Lindqvist jailed for?",
			"Lindqvist was jailed in Uppsala for nine years.", false},
	} {
		sc := scoringOver(c.q, c.text)
		if got := sc.roleApart(c.text); got != c.want {
			roles, vt := sc.qs.askedRoles()
			t.Errorf("%q over %q: roleApart = %v, want %v (roles %d, verb term %d)", c.q, c.text, got, c.want, len(roles), vt)
		}
	}
}

// TestAskedRoles checks the role of each name of a question.
func TestAskedRoles(t *testing.T) {
	for q, want := range map[string]qrole{
		"How long was Maria Lindqvist jailed for?": rolePatient,
		"Which player did Norrfors sign?":          roleAgent,
		"Who replaced Anders Holm as coach?":       rolePatient,
		"Who was jailed by Judge Anders Holm?":     roleAgent,
	} {
		qs := analyse(q, nil)
		roles, _ := qs.askedRoles()
		if len(roles) != 1 || roles[0].role != want {
			got := []qrole{}
			for _, r := range roles {
				got = append(got, r.role)
			}
			t.Errorf("%q: roles %v, want one %v", q, got, want)
		}
	}
	// no verb, or no name in a role: a name that modifies a noun is not
	// the argument ("Which Uppsala official", "Lindqvist's guards")
	for _, q := range []string{"Where is Uppsala?", "How many people died in Uppsala?",
		"Which Uppsala official announced the verdict?", "Where were Maria Lindqvist's guards jailed?"} {
		if roles, vt := analyse(q, nil).askedRoles(); len(roles) != 0 || vt >= 0 {
			t.Errorf("%q: roles %d, verb term %d, want none", q, len(roles), vt)
		}
	}
}

// TestRoleApartRefuses checks, through Ask, that a question whose named
// subject does not fill the asked role in the only sentence stating the
// event is refused, and that the same question about the name that does
// fill it is answered from that sentence.
func TestRoleApartRefuses(t *testing.T) {
	db := storetest.MustOpen(t)
	text := "Former mayor pardoned\n\nWhen Maria Lindqvist became mayor of Vetlanda in 2010, she investigated her predecessor; " +
		"after two years of hearings, Tomas Berg was convicted and jailed for nine years, and Lindqvist later pardoned him."
	c, err := ingest.CleanText(text)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ingest.New(db).AddCleaned(context.Background(), "g", c, ingest.Meta{Published: "2025-03-10"}); err != nil {
		t.Fatal(err)
	}
	s := &Service{Store: db, Retriever: &retrieval.Searcher{Store: db}}
	ask := func(q string) *newsbot.Answer {
		t.Helper()
		ans, err := s.Ask(context.Background(), newsbot.Question{Guild: "g", Text: q})
		if err != nil {
			t.Fatal(err)
		}
		return ans
	}
	if ans := ask("How many years was Maria Lindqvist jailed for?"); ans.Supported {
		t.Errorf("asked about Lindqvist, Berg is the one jailed: answered %q", ans.Answer)
	}
	if ans := ask("How many years was Tomas Berg jailed for?"); !ans.Supported || !strings.Contains(ans.Answer, "nine years") {
		t.Errorf("asked about Berg: %v %q, want the nine-year sentence", ans.Supported, ans.Answer)
	}
}

// BenchmarkRoleApart measures the role reading of one lead sentence (once
// per answer).
func BenchmarkRoleApart(b *testing.B) {
	const text = "When Maria Lindqvist became mayor of Vetlanda in 2010, she investigated her predecessor; " +
		"after two years of hearings, Tomas Berg was convicted and jailed for nine years, and Lindqvist later pardoned him."
	sc := scoringOver("How many years was Maria Lindqvist jailed for?", text)
	b.ReportAllocs()
	for b.Loop() {
		if !sc.roleApart(text) {
			b.Fatal("the role check did not fire")
		}
	}
}

package attribution_test

import (
	"testing"

	"github.com/newsbot/newsbot"
)

// TestAttributeReferenceAndPhrases covers the rules added after the
// holdout7 round: titles before a name in narration, a group opening a
// sentence before "of", an organisation noun that is not a person named by
// surname, a listener after a manner phrase, and event times.
func TestAttributeReferenceAndPhrases(t *testing.T) {
	tests := []attrCase{
		{"TitledNameInNarrationFindsSurname", []string{
			"Inspector Joan Pryce led the search on Monday.",
			`"We found nothing," Pryce told reporters.`},
			[]want{{speaker: "Joan Pryce", content: "We found nothing", kind: newsbot.ClaimDirect}}},
		{"RoleNounBeforeName", []string{"Shopkeeper Amir Dalal, 52, said trade had halved."},
			[]want{{speaker: "Amir Dalal", content: "trade had halved"}}},
		{"GroupOfOrganisationResolves", []string{
			"Members of Holt Valley Council voted to close the library.",
			"Opening hours will be cut, according to a report by the council."},
			[]want{{speaker: "Holt Valley Council", content: "Opening hours will be cut"}}},
		{"OrganisationNounNotSurnamedPerson", []string{
			"Ferro Steel reported a loss on Monday.",
			"Inspector Mark Hobbs visited the site.",
			"Hobbs declined to comment.",
			"The plant will reopen in June, the company said."},
			[]want{{speaker: "Ferro Steel", content: "The plant will reopen in June"}}},
		{"MannerThenListener", []string{"Analysts at Karn Bank wrote in a note to clients that the deal was too expensive."},
			[]want{{speaker: "Analysts at Karn Bank", content: "the deal was too expensive"}}},
		{"ToListenerOnly", []string{"The chairman said to shareholders that profits would rise."},
			[]want{{speaker: "The chairman", content: "profits would rise"}}},
		{"EventTimeAfterListener", []string{`"We were lucky," Tia Moss told reporters after the race.`},
			[]want{{speaker: "Tia Moss", content: "We were lucky", when: "after the race"}}},
		{"EventTimeLeading", []string{"After the verdict, Paul Reyes said he would appeal."},
			[]want{{speaker: "Paul Reyes", content: "he would appeal", when: "After the verdict"}}},
		{"EventInsideContentStays", []string{"Ticket sales doubled after the final, the organisers said."},
			[]want{{speaker: "the organisers", content: "Ticket sales doubled after the final"}}},
	}
	runAttributeTable(t, tests)
}

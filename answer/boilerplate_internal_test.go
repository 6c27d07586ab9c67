package answer

import "testing"

// TestBoilerplateReportingWords: words that site furniture uses and
// reporting writes too ("cookies", "advertisement", "subscribed") keep a
// reported sentence quotable; the furniture lines that use them (short,
// or addressing the reader) and the unambiguous phrases stay out.
func TestBoilerplateReportingWords(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The food products seized are worth approximately $73,000 and include, among other things, barley flour, spices, pasta, dried beans, tea and cookies.", false},
		{"In its advertisement for a Boston hackathon, Sqoot promised women as one of its perks and focused on women who would be serving the attendees beer.", false},
		{"According to the complaint, Wise Media sent text messages to consumers that suggested they were subscribed to the service.", false},
		{"Advertisement", true},
		{"Subscribe to our newsletter", true},
		{"We use cookies to give you the best experience on this site and to show relevant content.", true},
		{"Get the morning newsletter delivered to your inbox every day before breakfast.", true},
		{"Manage cookie preferences", true},
		{"Sign up for our daily briefing newsletter", true},
		{"(Reporting by Eva Novak; Editing by Ian Ford)", true},
		{"Skip to main content", true},
		{"Dock workers at the port walked out on Monday over pay.", false},
	} {
		if got := boilerplate(tc.text); got != tc.want {
			t.Errorf("boilerplate(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

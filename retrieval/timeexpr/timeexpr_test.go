package timeexpr

import (
	"slices"
	"strings"
	"testing"
	"time"
)

func date(s string) time.Time {
	t, ok := ParseDate(s)
	if !ok {
		panic(s)
	}
	return t
}

// A Tuesday: 10 March 2026.
const pub = "2026-03-10"

func TestResolve(t *testing.T) {
	for _, tc := range []struct {
		expr, ref, want string
	}{
		{"on Tuesday", pub, "2026-03-10"},
		{"on Monday", pub, "2026-03-09"},
		{"Monday", pub, "2026-03-09"},
		{"on Sunday evening", pub, "2026-03-08"},
		{"on Wednesday", pub, "2026-03-04"},
		{"yesterday", pub, "2026-03-09"},
		{"today", pub, "2026-03-10"},
		{"last month", pub, "2026-02-01/2026-02-28"},
		{"late last month", pub, "2026-02-01/2026-02-28"},
		{"last week", pub, "2026-03-02/2026-03-08"},
		{"this week", pub, "2026-03-09/2026-03-15"},
		{"last year", pub, "2025-01-01/2025-12-31"},
		{"on 18 October", "2026-10-20", "2026-10-18"},
		{"on 28 December", "2027-01-02", "2026-12-28"},
		{"on Oct. 18", "2026-10-20", "2026-10-18"},
		{"on 18 October", "2026-09-05", "2026-10-18"}, // an announced date
		{"in March 2024", pub, "2024-03-01/2024-03-31"},
		{"in June", pub, "2026-06-01/2026-06-30"},
		{"two weeks ago", pub, "2026-02-23/2026-03-01"},
		{"three days ago", pub, "2026-03-07"},
		{"over the weekend", pub, "2026-03-07/2026-03-08"},
		{"last Tuesday", pub, "2026-03-03"},
		{"for months", pub, ""},
		{"after the match", pub, ""},
		{"on 31 February", pub, ""},
		{"", pub, ""},
		{"on Monday", "", ""},
	} {
		if got := ResolveDate(tc.expr, tc.ref); got != tc.want {
			t.Errorf("ResolveDate(%q, %s) = %q, want %q", tc.expr, tc.ref, got, tc.want)
		}
	}
}

func TestParse(t *testing.T) {
	now := date("2026-03-12") // a Thursday
	for _, tc := range []struct {
		q, period, phrase, rest string
		latest                  bool
		event                   string
	}{
		{"What happened this week?", "2026-03-09/2026-03-12", "this week", "What happened?", false, ""},
		{"What happened today?", "2026-03-12", "today", "What happened?", false, ""},
		{"What did the Kremlin say on Monday?", "2026-03-09", "on Monday", "What did the Kremlin say?", false, ""},
		{"What happened in June 2025?", "2025-06-01/2025-06-30", "in June 2025", "What happened?", false, ""},
		{"What has the union said since 3 March?", "2026-03-03/2026-03-12", "since 3 March", "What has the union said?", false, ""},
		{"What did he say before 3 March?", "../2026-03-02", "before 3 March", "What did he say?", false, ""},
		{"What is the latest on the strike?", "", "", "What is the on the strike?", true, ""},
		{"Is the port still closed?", "", "", "Is the port closed?", true, ""},
		{"Is the port closed right now?", "", "", "Is the port closed?", true, ""},
		{"What did she promise before the election?", "", "before the election", "What did she promise?", false, "election"},
		{"What did the minister say yesterday about the port?", "2026-03-11", "yesterday", "What did the minister say about the port?", false, ""},
		{"What happened in December?", "2025-12-01/2025-12-31", "in December", "What happened?", false, ""},
		{"Who may march on the capital?", "", "", "Who may march on the capital?", false, ""},
		{"What happened last week?", "2026-03-02/2026-03-08", "last week", "What happened?", false, ""},
		{"Will Rotterdam dockworkers strike from Monday?", "", "", "Will Rotterdam dockworkers strike from Monday?", false, ""},
		{"Who spoke from 2 March to 6 March?", "2026-03-02/2026-03-06", "from 2 March to 6 March", "Who spoke?", false, ""},
		{"Who spoke between 6 March and 2 March?", "", "between 6 March and 2 March", "Who spoke?", false, ""},
		{"What has the union said from Monday?", "2026-03-09/2026-03-12", "from Monday", "What has the union said?", false, ""},
		{"What happened in the past 3 days?", "2026-03-09/2026-03-12", "in the past 3 days", "What happened?", false, ""},
	} {
		q := Parse(tc.q, now)
		if q.Period.String() != tc.period || q.Phrase != tc.phrase || q.Rest != tc.rest || q.Latest != tc.latest || q.Event != tc.event {
			t.Errorf("Parse(%q) = period %q phrase %q rest %q latest %v event %q; want %q %q %q %v %q",
				tc.q, q.Period.String(), q.Phrase, q.Rest, q.Latest, q.Event, tc.period, tc.phrase, tc.rest, tc.latest, tc.event)
		}
	}
}

func TestPeriodLabel(t *testing.T) {
	for _, tc := range []struct{ p, want string }{
		{"2026-03-09", "9 March 2026"},
		{"2025-06-01/2025-06-30", "June 2025"},
		{"2025-01-01/2025-12-31", "2025"},
		{"2026-03-03/..", "since 3 March 2026"},
		{"../2026-03-02", "before 3 March 2026"},
		{"2026-03-09/2026-03-12", "9 to 12 March 2026"},
		{"2026-02-23/2026-03-01", "23 February 2026 to 1 March 2026"},
	} {
		p, ok := ParsePeriod(tc.p)
		if !ok || p.Label() != tc.want || p.String() != tc.p {
			t.Errorf("ParsePeriod(%q) = %v %q %q, want label %q", tc.p, ok, p.Label(), p.String(), tc.want)
		}
	}
	if _, ok := ParsePeriod("March"); ok {
		t.Error("ParsePeriod(\"March\") ok")
	}
}

func BenchmarkParse(b *testing.B) {
	now := date("2026-03-12")
	for b.Loop() {
		Parse("What did the Kremlin say on Monday about the strikes in Aleppo, and is the port still closed?", now)
	}
}

func TestParseSince(t *testing.T) {
	now := time.Date(2026, 3, 12, 15, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		in   string
		want time.Time
	}{
		{"24h", now.Add(-24 * time.Hour)},
		{"90m", now.Add(-90 * time.Minute)},
		{"3d", now.Add(-72 * time.Hour)},
		{"2w", now.Add(-14 * 24 * time.Hour)},
		{"2026-03-09", date("2026-03-09")},
		{"yesterday", date("2026-03-11")},
		{"Monday", date("2026-03-09")},
		{"last week", date("2026-03-02")},
	} {
		got, err := ParseSince(tc.in, now)
		if err != nil || !got.Equal(tc.want) {
			t.Errorf("ParseSince(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
	for _, bad := range []string{"", "soon", "-3d", "0h", "2027-01-01", "2024-01-01", "9999999h"} {
		if _, err := ParseSince(bad, now); err == nil {
			t.Errorf("ParseSince(%q) gave no error", bad)
		}
	}
	// A length longer than a year is one, too long: the error says so.
	for _, long := range []string{"400d", "60w", "9999999h"} {
		if _, err := ParseSince(long, now); err == nil || !strings.Contains(err.Error(), "more than a year") {
			t.Errorf("ParseSince(%q) = %v, want \"more than a year\"", long, err)
		}
	}
}

func TestFind(t *testing.T) {
	p, phrase, ok := Find("HARWICK, March 2 (Coastline Press) - About 1,400 dockworkers went on strike on Monday in a dispute over pay.", date("2026-03-03"))
	if !ok || phrase != "March 2" || p.String() != "2026-03-02" {
		t.Errorf("Find = %v %q %v, want the dateline March 2", p, phrase, ok)
	}
	p, phrase, ok = Find("Dockworkers went on strike on Monday in a dispute over pay.", date("2026-03-03"))
	if !ok || phrase != "on Monday" || p.String() != "2026-03-02" {
		t.Errorf("Find = %v %q %v, want on Monday, 2026-03-02", p, phrase, ok)
	}
	if _, _, ok := Find("The union wants a 7 percent rise.", date("2026-03-03")); ok {
		t.Error("Find found a time in a sentence without one")
	}
}

// A sentence may name several times: FindAll gives each, in order.
func TestFindAll(t *testing.T) {
	ps := FindAll("WASHINGTON (August 6, 2020) — The board will meet on Sept. 15 to consider the August 12, 2019 collision near Carey.", date("2020-08-06"))
	var got []string
	for _, p := range ps {
		got = append(got, p.String())
	}
	if want := []string{"2020-08-06", "2020-09-15", "2019-08-12"}; !slices.Equal(got, want) {
		t.Errorf("FindAll = %v, want %v", got, want)
	}
	if ps := FindAll("The union wants a 7 percent rise.", date("2026-03-03")); len(ps) != 0 {
		t.Errorf("FindAll found %v in a sentence without a time", ps)
	}
}

// Broadcast transcripts write years in words; a count in words is no year.
func TestFindSpelledYear(t *testing.T) {
	ref := date("2012-03-24")
	for text, want := range map[string]string{
		"In nineteen eighty one, the pope was exiled to his cathedral.": "1981-01-01/1981-12-31",
		"The king came to power in two thousand and six.":               "2006-01-01/2006-12-31",
		"The games were held in twenty ten in Vancouver.":               "2010-01-01/2010-12-31",
		"During nineteen ninety-nine the plant was closed.":             "1999-01-01/1999-12-31",
	} {
		if p, _, ok := Find(text, ref); !ok || p.String() != want {
			t.Errorf("Find(%q) = %v %v, want %s", text, p, ok, want)
		}
	}
	for _, text := range []string{
		"Aid reached people in two thousand villages.",
		"Troops were deployed in twenty towns.",
		"The pope spent forty years leading ten million Copts.",
	} {
		if p, phrase, ok := Find(text, ref); ok {
			t.Errorf("Find(%q) = %v %q, want no time", text, p, phrase)
		}
	}
}

func TestClaimDate(t *testing.T) {
	if got := ClaimDate("2026-03-09", "on Monday", "2026-03-20"); got != "2026-03-09" {
		t.Errorf("a stored date was replaced: %q", got)
	}
	if got := ClaimDate("", "on Monday", pub); got != "2026-03-09" {
		t.Errorf("ClaimDate without a stored date = %q, want it resolved", got)
	}
	if got := ClaimDate("", "", pub); got != "" {
		t.Errorf("ClaimDate of no expression = %q", got)
	}
}

// TestParseAnchor: a question's period is fixed, yearless, or counted from
// the day it is read against; read against an older day, a yearless one
// names the latest such day or month up to it.
func TestParseAnchor(t *testing.T) {
	now := date(pub)
	for _, tc := range []struct {
		q    string
		want Anchor
	}{
		{"What was inflation in January 2024?", AnchorNone},
		{"Who won in 2009?", AnchorNone},
		{"What was inflation in January?", AnchorYearless},
		{"How many were arrested as of January 26?", AnchorYearless},
		{"How far away was the June 14 earthquake?", AnchorYearless},
		{"What did the minister say on Tuesday?", AnchorYearless},
		{"What happened since 3 March?", AnchorYearless},
		{"What happened this week?", AnchorNow},
		{"What did she say last Tuesday?", AnchorNow},
		{"How many were killed last year?", AnchorNow},
		{"Who spoke yesterday?", AnchorNow},
		{"What happened two weeks ago?", AnchorNow},
		{"How many died over the last three years?", AnchorNow},
		{"Who led between 3 March and 5 March?", AnchorYearless},
		{"Who led between 3 March 2025 and 5 March 2025?", AnchorNone},
	} {
		if got := Parse(tc.q, now); got.Anchor != tc.want || got.Period.IsZero() {
			t.Errorf("Parse(%q).Anchor = %d (period %v), want %d", tc.q, got.Anchor, got.Period, tc.want)
		}
	}
	// Read against an article of 2012-03-31 (a Saturday): the latest
	// January, January 26 and Tuesday up to it.
	old := date("2012-03-31")
	for q, want := range map[string]string{
		"What was inflation in January?":           "2012-01-01/2012-01-31",
		"How many were arrested as of January 26?": "2012-01-26",
		"What did the minister say on Tuesday?":    "2012-03-27",
		"How many were killed last year?":          "2011-01-01/2011-12-31",
	} {
		if got := Parse(q, old).Period.String(); got != want {
			t.Errorf("Parse(%q, 2012-03-31).Period = %s, want %s", q, got, want)
		}
	}
}

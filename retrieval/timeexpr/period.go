// Package timeexpr turns time expressions ("on Tuesday", "last month",
// "since 3 March", "in June 2025") into calendar periods, relative to a
// reference day: an article's publication date for the time of a claim,
// today (or --now) for the time of a question.
//
// Everything here is pure and safe for concurrent use. Days are calendar
// days in UTC: a Period holds dates at midnight UTC.
package timeexpr

import (
	"fmt"
	"time"
)

// DateLayout is how a day is written in JSON and in the store.
const DateLayout = "2006-01-02"

// Period is an inclusive span of calendar days. A zero From means "from
// the beginning", a zero To "up to now": a period with both zero is empty
// (IsZero).
type Period struct {
	From, To time.Time
}

// Day returns the period of one day.
func Day(t time.Time) Period { d := dayOf(t); return Period{d, d} }

// ParseDate reads a "YYYY-MM-DD" date; ok is false for anything else.
func ParseDate(s string) (time.Time, bool) {
	t, err := time.Parse(DateLayout, s)
	return t, err == nil
}

// dayOf returns t's calendar day at midnight UTC.
func dayOf(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// IsZero reports whether p is the empty period.
func (p Period) IsZero() bool { return p.From.IsZero() && p.To.IsZero() }

// Contains reports whether day t falls in p.
func (p Period) Contains(t time.Time) bool {
	d := dayOf(t)
	return !p.IsZero() && (p.From.IsZero() || !d.Before(p.From)) && (p.To.IsZero() || !d.After(p.To))
}

// ContainsDate is Contains for a "YYYY-MM-DD" date; an unknown or
// unreadable date is never contained.
func (p Period) ContainsDate(s string) bool {
	t, ok := ParseDate(s)
	return ok && p.Contains(t)
}

// String writes p for JSON: "2026-03-09" for one day, else
// "2026-03-02/2026-03-08" (ISO 8601 interval; an open side is "..").
func (p Period) String() string {
	if p.IsZero() {
		return ""
	}
	if p.From.Equal(p.To) {
		return p.From.Format(DateLayout)
	}
	return side(p.From) + "/" + side(p.To)
}

func side(t time.Time) string {
	if t.IsZero() {
		return ".."
	}
	return t.Format(DateLayout)
}

// Label writes p for people: "9 March 2026", "March 2026", "2025",
// "since 3 March 2026", "before 3 March 2026", "2 to 8 March 2026".
func (p Period) Label() string {
	switch {
	case p.IsZero():
		return ""
	case p.From.IsZero():
		return "before " + Human(p.To.AddDate(0, 0, 1))
	case p.To.IsZero():
		return "since " + Human(p.From)
	case p.From.Equal(p.To):
		return Human(p.From)
	case p.From.Day() == 1 && p.From.Month() == time.January && p.To.Equal(endOfYear(p.From)):
		return fmt.Sprint(p.From.Year())
	case p.From.Day() == 1 && p.To.Equal(endOfMonth(p.From)):
		return p.From.Format("January 2006")
	case p.From.Year() == p.To.Year() && p.From.Month() == p.To.Month():
		return fmt.Sprintf("%d to %s", p.From.Day(), Human(p.To))
	}
	return Human(p.From) + " to " + Human(p.To)
}

// Human writes a day as "9 March 2026".
func Human(t time.Time) string { return t.Format("2 January 2006") }

// HumanDate writes a "YYYY-MM-DD" date as "9 March 2026"; it returns s
// unchanged when it is not such a date.
func HumanDate(s string) string {
	if t, ok := ParseDate(s); ok {
		return Human(t)
	}
	return s
}

func endOfMonth(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month()+1, 0, 0, 0, 0, 0, time.UTC)
}

func endOfYear(t time.Time) time.Time { return time.Date(t.Year(), 12, 31, 0, 0, 0, 0, time.UTC) }

func monthPeriod(y int, m time.Month) Period {
	from := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	return Period{from, endOfMonth(from)}
}

func yearPeriod(y int) Period {
	from := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
	return Period{from, endOfYear(from)}
}

// weekOf returns the Monday-to-Sunday week holding day d.
func weekOf(d time.Time) Period {
	back := (int(d.Weekday()) + 6) % 7 // days since Monday
	from := d.AddDate(0, 0, -back)
	return Period{from, from.AddDate(0, 0, 6)}
}

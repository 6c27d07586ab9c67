package timeexpr

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// MaxSince is the longest window a digest covers.
const MaxSince = 366 * 24 * time.Hour

// ParseSince reads the start of a window ending now: a length ("24h",
// "90m", "3d", "2w"), a day ("2026-03-09"), or a day in words
// ("yesterday", "Monday", "last week": its first day). It returns an
// error saying what to write for anything else, or a start in the future
// or more than MaxSince ago.
func ParseSince(s string, now time.Time) (time.Time, error) {
	s = strings.TrimSpace(strings.ToLower(s))
	var t time.Time
	if d, ok := parseLength(s); ok {
		t = now.Add(-d)
	} else if day, ok := ParseDate(s); ok {
		t = day
	} else if p, ok := Resolve(s, now); ok && !p.From.IsZero() {
		t = p.From
	} else {
		return time.Time{}, fmt.Errorf("%q is not a time: write a length like 24h, 3d or 2w, a date like 2026-03-09, or yesterday", s)
	}
	if t.After(now) {
		return time.Time{}, fmt.Errorf("%q is in the future: give a time before now", s)
	}
	if now.Sub(t) > MaxSince {
		return time.Time{}, fmt.Errorf("%q is more than a year ago: give a shorter window", s)
	}
	return t, nil
}

// parseLength reads "24h", "90m", "3d", "2w" (a number and a unit).
func parseLength(s string) (time.Duration, bool) {
	if len(s) < 2 {
		return 0, false
	}
	n, err := strconv.Atoi(s[:len(s)-1])
	if err != nil || n <= 0 {
		return 0, false
	}
	unit := map[byte]time.Duration{'m': time.Minute, 'h': time.Hour, 'd': 24 * time.Hour, 'w': 7 * 24 * time.Hour}[s[len(s)-1]]
	if unit == 0 {
		return 0, false
	}
	if time.Duration(n) > MaxSince/unit+1 {
		// A length, only too long ("400d"): say so rather than "not a
		// time"; capped so that n*unit cannot overflow.
		return MaxSince + unit, true
	}
	return time.Duration(n) * unit, true
}

package timeexpr

import (
	"strconv"
	"strings"
	"time"
	"unicode"
)

// word is one token of a text, lower-cased, with its byte span.
type word struct {
	lo         string
	start, end int
}

// words splits text into letter-or-digit runs ("oct." gives "oct"; "18th"
// stays "18th"; "24-hour" gives "24" and "hour").
func words(text string) []word {
	var out []word
	start := -1
	for i, r := range text {
		in := unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\''
		if in && start < 0 {
			start = i
		} else if !in && start >= 0 {
			out = append(out, word{strings.ToLower(text[start:i]), start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, word{strings.ToLower(text[start:]), start, len(text)})
	}
	return out
}

// resolver resolves expressions against a reference day. pastOnly picks
// the latest past occurrence of a day or month named without a year (a
// question asks about what happened); otherwise the nearest one (an article
// may announce a vote "on 18 October").
type resolver struct {
	ref      time.Time
	pastOnly bool
	ws       []word
	anchor   Anchor // how the last expression found depends on ref
}

// Anchor says how a period named in a question depends on the day the
// question is read against.
type Anchor int

const (
	// AnchorNone: the period is fixed ("in June 2025", "in 2009").
	AnchorNone Anchor = iota
	// AnchorYearless: a day or month named without a year, or a weekday
	// ("in January", "as of January 26", "on Tuesday"): the latest such
	// day or month up to the reference day.
	AnchorYearless
	// AnchorNow: an expression counted from the reference day itself
	// ("today", "this week", "last year", "three days ago").
	AnchorNow
)

// uses records that the expression being read depends on ref as a.
func (r *resolver) uses(a Anchor) {
	r.anchor = max(r.anchor, a)
}

func (r *resolver) at(i int) string {
	if i >= 0 && i < len(r.ws) {
		return r.ws[i].lo
	}
	return ""
}

// match is a time expression found at a token: it ends before token end.
type match struct {
	end    int
	period Period
}

// point finds a time expression that names one period at token i (no
// "since" or "before"), trying each construction in turn.
func (r *resolver) point(i int) (match, bool) {
	if !mayStart(r.at(i)) {
		return match{}, false
	}
	for _, step := range [...]func(*resolver, int) (match, bool){
		(*resolver).relativeDay, (*resolver).namedDate, (*resolver).monthOrYear,
		(*resolver).weekday, (*resolver).relativePeriod, (*resolver).ago,
	} {
		r.anchor = AnchorNone
		if m, ok := step(r, i); ok {
			m.end = r.skipDayPart(m.end)
			return m, true // r.anchor tells how it depends on ref
		}
	}
	return match{}, false
}

// mayStart reports whether a time expression can start with word w: most
// words of a question cannot, and are passed over at once.
func mayStart(w string) bool {
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	_, wd := weekdays[w]
	_, n := numbers[w]
	return starters[w] || wd || months[w] != 0 || n
}

// starters are the other words a time expression can start with.
var starters = map[string]bool{
	"today": true, "tonight": true, "yesterday": true, "tomorrow": true, "this": true, "on": true,
	"in": true, "during": true, "last": true, "next": true, "over": true, "at": true, "the": true,
	"past": true, "coming": true,
}

// relativeDay: "today", "tonight", "yesterday", "tomorrow", "this morning".
func (r *resolver) relativeDay(i int) (match, bool) {
	r.uses(AnchorNow)
	switch r.at(i) {
	case "today", "tonight":
		return match{i + 1, Day(r.ref)}, true
	case "yesterday":
		return match{i + 1, Day(r.ref.AddDate(0, 0, -1))}, true
	case "tomorrow":
		return match{i + 1, Day(r.ref.AddDate(0, 0, 1))}, true
	case "this":
		if dayParts[r.at(i+1)] {
			return match{i + 2, Day(r.ref)}, true
		}
	}
	return match{}, false
}

// namedDate: "[on] 18 October [2025]", "[on] Oct. 18[th][, 2025]".
func (r *resolver) namedDate(i int) (match, bool) {
	j := i
	if r.at(j) == "on" {
		j++
	}
	var day int
	var mon time.Month
	switch {
	case dayNumber(r.at(j)) > 0 && monthOf(r.at(j+1)) > 0:
		day, mon = dayNumber(r.at(j)), monthOf(r.at(j+1))
		j += 2
	case monthOf(r.at(j)) > 0 && dayNumber(r.at(j+1)) > 0:
		mon, day = monthOf(r.at(j)), dayNumber(r.at(j+1))
		j += 2
	default:
		return match{}, false
	}
	year, hasYear := yearOf(r.at(j))
	if hasYear {
		j++
	} else {
		year = r.yearFor(func(y int) time.Time { return time.Date(y, mon, day, 0, 0, 0, 0, time.UTC) })
	}
	t := time.Date(year, mon, day, 0, 0, 0, 0, time.UTC)
	if t.Month() != mon { // 31 February
		return match{}, false
	}
	return match{j, Day(t)}, true
}

// monthOrYear: "in June [2025]", "during June", "June 2025", "in 2025".
func (r *resolver) monthOrYear(i int) (match, bool) {
	j := i
	lead := r.at(j) == "in" || r.at(j) == "during"
	if lead {
		j++
	}
	if y, ok := yearOf(r.at(j)); ok && lead {
		return match{j + 1, yearPeriod(y)}, true
	}
	if y, end, ok := r.spelledYear(j); ok && lead {
		return match{end, yearPeriod(y)}, true
	}
	m := monthOf(r.at(j))
	if m == 0 || (m == time.May && !lead) { // "may" alone is a verb
		return match{}, false
	}
	if y, ok := yearOf(r.at(j + 1)); ok {
		return match{j + 2, monthPeriod(y, m)}, true
	}
	if !lead {
		return match{}, false
	}
	y := r.yearFor(func(y int) time.Time { return time.Date(y, m, 1, 0, 0, 0, 0, time.UTC) })
	return match{j + 1, monthPeriod(y, m)}, true
}

// weekday: "[on] Monday", "last Monday", "this Monday", "next Monday".
// A weekday alone is the latest such day up to the reference day, as news
// writes it ("said on Monday" in Tuesday's paper).
func (r *resolver) weekday(i int) (match, bool) {
	j, shift := i, 0
	switch r.at(j) {
	case "on", "this":
		j++
	case "last":
		j, shift = j+1, -1
	case "next":
		j, shift = j+1, 1
	}
	wd, ok := weekdays[r.at(j)]
	if !ok {
		return match{}, false
	}
	if shift != 0 || r.at(i) == "this" {
		r.uses(AnchorNow)
	} else {
		r.uses(AnchorYearless)
	}
	back := (int(r.ref.Weekday()) - int(wd) + 7) % 7
	d := dayOf(r.ref).AddDate(0, 0, -back)
	switch {
	case shift < 0 && back == 0:
		d = d.AddDate(0, 0, -7)
	case shift > 0:
		d = d.AddDate(0, 0, 7)
	}
	return match{j + 1, Day(d)}, true
}

// relativePeriod: "this/last/next week|month|year|weekend", "the past
// week", "the last 3 days", "in the past 24 hours", "over the weekend".
func (r *resolver) relativePeriod(i int) (match, bool) {
	j := i
	if r.at(j) == "in" || r.at(j) == "over" || r.at(j) == "at" || r.at(j) == "during" {
		j++
	}
	if r.at(j) == "the" {
		j++
	}
	rel := r.at(j)
	r.uses(AnchorNow)
	if rel != "this" && rel != "last" && rel != "next" && rel != "past" && rel != "coming" {
		if rel == "weekend" && j > i && r.at(j-1) == "the" {
			return match{j + 1, r.weekend(0)}, true
		}
		return match{}, false
	}
	if n, unit, k, ok := r.count(j + 1); ok && (rel == "last" || rel == "past") {
		return match{k, Period{dayOf(r.ref).Add(-time.Duration(n) * unit).Truncate(24 * time.Hour), dayOf(r.ref)}}, true
	}
	shift := map[string]int{"this": 0, "last": -1, "past": -1, "next": 1, "coming": 1}[rel]
	d := dayOf(r.ref)
	var p Period
	switch r.at(j + 1) {
	case "week":
		p = weekOf(d.AddDate(0, 0, 7*shift))
		if rel == "past" {
			p = Period{d.AddDate(0, 0, -7), d}
		}
	case "month":
		p = monthPeriod(d.Year(), d.Month()+time.Month(shift))
		if rel == "past" {
			p = Period{d.AddDate(0, -1, 0), d}
		}
	case "year":
		p = yearPeriod(d.Year() + shift)
		if rel == "past" {
			p = Period{d.AddDate(-1, 0, 0), d}
		}
	case "weekend":
		p = r.weekend(shift)
	default:
		return match{}, false
	}
	return match{j + 2, p}, true
}

// weekend returns the latest Saturday and Sunday up to the reference day
// (shift 0 or -1), or the next ones (shift 1).
func (r *resolver) weekend(shift int) Period {
	d := dayOf(r.ref)
	back := (int(d.Weekday()) - int(time.Saturday) + 7) % 7
	sat := d.AddDate(0, 0, -back)
	if shift > 0 {
		sat = sat.AddDate(0, 0, 7)
	}
	return Period{sat, sat.AddDate(0, 0, 1)}
}

// ago: "two weeks ago", "3 days ago", "a month ago".
func (r *resolver) ago(i int) (match, bool) {
	n, unit, k, ok := r.count(i)
	if !ok || r.at(k) != "ago" {
		return match{}, false
	}
	r.uses(AnchorNow)
	d := dayOf(r.ref).Add(-time.Duration(n) * unit)
	switch {
	case unit >= 365*24*time.Hour:
		return match{k + 1, yearPeriod(d.Year())}, true
	case unit >= 30*24*time.Hour:
		return match{k + 1, monthPeriod(d.Year(), d.Month())}, true
	case unit >= 7*24*time.Hour:
		return match{k + 1, weekOf(d)}, true
	}
	return match{k + 1, Day(d)}, true
}

// count reads "<number> <unit>" at token i: "24 hours", "two weeks", "a
// month"; it returns the number, the unit's length and the token after.
func (r *resolver) count(i int) (n int, unit time.Duration, next int, ok bool) {
	n, ok = numbers[r.at(i)]
	if !ok {
		v, err := strconv.Atoi(r.at(i))
		if err != nil || v <= 0 || v > 1000 {
			return 0, 0, i, false
		}
		n = v
	}
	unit, ok = unitOf(r.at(i + 1))
	return n, unit, i + 2, ok
}

func unitOf(w string) (time.Duration, bool) {
	switch strings.TrimSuffix(w, "s") {
	case "hour":
		return time.Hour, true
	case "day":
		return 24 * time.Hour, true
	case "week":
		return 7 * 24 * time.Hour, true
	case "month":
		return 30 * 24 * time.Hour, true
	case "year":
		return 365 * 24 * time.Hour, true
	}
	return 0, false
}

// skipDayPart skips "morning", "evening" and the like after a day.
func (r *resolver) skipDayPart(i int) int {
	if dayParts[r.at(i)] {
		return i + 1
	}
	return i
}

// yearFor returns the year in which a day or month named without one falls:
// the latest up to the reference day for a question, the nearest to it
// (within six months) for an article.
func (r *resolver) yearFor(in func(year int) time.Time) int {
	r.uses(AnchorYearless)
	ref := dayOf(r.ref)
	y := ref.Year()
	t := in(y)
	if r.pastOnly {
		if t.After(ref) {
			return y - 1
		}
		return y
	}
	switch {
	case t.After(ref.AddDate(0, 6, 0)):
		return y - 1
	case t.Before(ref.AddDate(0, -6, 0)):
		return y + 1
	}
	return y
}

func dayNumber(w string) int {
	w = strings.TrimRight(w, "stndrh")
	n, err := strconv.Atoi(w)
	if err != nil || n < 1 || n > 31 {
		return 0
	}
	return n
}

// spelledYear reads a year written in words at token i, as broadcast
// transcripts write them: "nineteen eighty-one", "twenty ten", "two
// thousand and six". It returns the year and the token after it.
func (r *resolver) spelledYear(i int) (year, end int, ok bool) {
	if r.at(i) == "two" && r.at(i+1) == "thousand" {
		j := i + 2
		if r.at(j) == "and" {
			j++
		}
		if n, k := r.spelledBelow100(j); k > j {
			return 2000 + n, k, true
		}
		return 0, 0, false // "two thousand" alone is more often a count
	}
	century, ok := spelledCentury[r.at(i)]
	if !ok {
		return 0, 0, false
	}
	if n, k := r.spelledBelow100(i + 1); k > i+1 && n >= 10 {
		return century*100 + n, k, true
	}
	return 0, 0, false
}

// spelledBelow100 reads a number from one to ninety-nine written in
// words at token i ("eighty one", "six", "fifteen"); end is i when there
// is none.
func (r *resolver) spelledBelow100(i int) (n, end int) {
	if t, ok := spelledTens[r.at(i)]; ok {
		if u, ok := spelledUnits[r.at(i+1)]; ok && u < 10 {
			return t + u, i + 2
		}
		return t, i + 1
	}
	if u, ok := spelledUnits[r.at(i)]; ok {
		return u, i + 1
	}
	return 0, i
}

var spelledCentury = map[string]int{"nineteen": 19, "twenty": 20}

var spelledTens = map[string]int{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

var spelledUnits = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19,
}

func yearOf(w string) (int, bool) {
	if len(w) != 4 {
		return 0, false
	}
	n, err := strconv.Atoi(w)
	return n, err == nil && n >= 1900 && n <= 2199
}

func monthOf(w string) time.Month { return months[w] }

var months = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

var weekdays = map[string]time.Weekday{
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday, "thursday": time.Thursday,
	"friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday,
}

var dayParts = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true}

var numbers = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "twelve": 12, "24": 24, "48": 48,
}

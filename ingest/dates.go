package ingest

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

var months = map[string]time.Month{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

const monthName = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`

var (
	isoDate = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b`)
	dmyDate = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)? ` + monthName + `,? (\d{4})\b`)
	mdyDate = regexp.MustCompile(`(?i)\b` + monthName + ` (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b`)
	// dateLabel opens a dateline: "Published 8 November 2016", "Updated: ...".
	dateLabel = regexp.MustCompile(`(?i)^(published|updated|last updated|posted|first published|modified)?\s*(on|at)?\s*:?\s*`)
)

// findDate returns the first date in s as YYYY-MM-DD.
func findDate(s string) (string, bool) {
	if strings.IndexAny(s, "0123456789") < 0 {
		return "", false // every form has digits (\d is ASCII)
	}
	if m := isoDate.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		return formatDate(y, time.Month(mo), d)
	}
	if m := dmyDate.FindStringSubmatch(s); m != nil {
		d, _ := strconv.Atoi(m[1])
		y, _ := strconv.Atoi(m[3])
		return formatDate(y, months[monthKey(m[2])], d)
	}
	if m := mdyDate.FindStringSubmatch(s); m != nil {
		d, _ := strconv.Atoi(m[2])
		y, _ := strconv.Atoi(m[3])
		return formatDate(y, months[monthKey(m[1])], d)
	}
	return "", false
}

func monthKey(name string) string {
	k := strings.ToLower(strings.TrimSuffix(name, "."))
	if k == "sept" {
		return k
	}
	return k[:3]
}

func formatDate(y int, m time.Month, d int) (string, bool) {
	if y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31 {
		return "", false
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return "", false
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d), true
}

// dateLine reports whether p is a dateline of page furniture ("Published 8
// November 2016 12:04 GMT", "Updated: 2016-11-08") and returns its date.
func dateLine(p string) (string, bool) {
	return dateLineWords(p, wordCountUpTo(p, 13))
}

// dateLineWords is dateLine with words = wordCountUpTo(p, L) for any
// L >= 13, counted by the caller.
func dateLineWords(p string, words int) (string, bool) {
	if words > 12 || endsFullStop(p) {
		return "", false
	}
	date, ok := findDate(p)
	if !ok {
		return "", false
	}
	// What is left after the date and times must be nothing but labels.
	rest := isoDate.ReplaceAllString(p, "")
	rest = dmyDate.ReplaceAllString(rest, "")
	rest = mdyDate.ReplaceAllString(rest, "")
	label := dateLabel.FindStringSubmatch(rest)
	rest = rest[len(label[0]):]
	for _, w := range strings.FieldsFunc(strings.ToLower(rest), notWordRune) {
		if !isDateFiller(w) {
			return "", false
		}
	}
	return date, true
}

// timeLine matches a line that is only a time or an age: a live page's
// "09:41 GMT", "Posted at 2.15pm", "Updated 8 minutes ago".
var timeLine = regexp.MustCompile(`(?i)^(?:(?:posted|updated|published|last updated)\s*(?:at|:)?\s*)?(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,5})?|\d{1,2}\s*[ap]\.?m\.?(?:\s+[a-z]{2,5})?|\d{1,3}\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)\s+ago)$`)

// isTimeLine reports a line holding nothing but a time of day or an age.
func isTimeLine(p string) bool {
	return len(p) <= 40 && hasDigit(p) && timeLine.MatchString(strings.TrimSpace(p)) // every time holds \d
}

// metaLine reads an article's information line, whose parts are set apart
// by separators: "Published March 4, 2025 · by Jane Doe", "Oct 16th 2025 |
// BEIJING", "by Jane Doe | November 3, 2025 | 3 min read". It returns the
// date and the byline when every part is a date, a byline, a reading time
// or a place name in capitals.
func metaLine(p string) (date, byline string, ok bool) {
	return metaLineWords(p, wordCountUpTo(p, 21))
}

// metaLineWords is metaLine with words = wordCountUpTo(p, L) for any
// L >= 21, counted by the caller.
func metaLineWords(p string, words int) (date, byline string, ok bool) {
	if words > 20 || !maySeparate(p) || !strings.ContainsAny(p, "|›»>•·/") {
		return "", "", false // before the split: most paragraphs are longer or have no separator
	}
	parts := navSeparator.Split(p, -1)
	if len(parts) < 2 {
		return "", "", false
	}
	var names []string // parts that are only capitalised words
	for _, part := range parts {
		part = strings.TrimSpace(part)
		if d, isDate := dateLine(part); isDate && d != "" {
			date = firstNonEmpty(date, d)
			continue
		}
		by := part
		if strings.HasPrefix(by, "by ") {
			by = "By " + by[3:]
		}
		switch {
		case isByline(by):
			byline = firstNonEmpty(byline, by)
		case readingTime.MatchString(part), part != "" && strings.ToUpper(part) == part && wordCount(part) <= 4:
		case isByline("By " + part):
			names = append(names, part)
		default:
			return "", "", false
		}
	}
	if date == "" && byline == "" {
		return "", "", false
	}
	if byline == "" && date != "" && len(names) > 0 && wordCount(names[0]) >= 2 && wordCount(names[0]) <= 4 {
		// "Jane Doe · 12 August 2025": beside a date, the first name is the
		// author's (a later one is the outlet or the place).
		byline = "By " + names[0]
	}
	return date, byline, true
}

// readingTime matches "3 min read", "Reading time: 4 minutes".
var readingTime = regexp.MustCompile(`(?i)^(?:reading time:?\s*)?\d{1,3}\s*(?:-|\s)?(?:min|mins|minutes?)(?:\s+read)?$`)

// isUpdateLine reports a dateline that gives the time of an update rather
// than of publication.
func isUpdateLine(p string) bool {
	l := strings.ToLower(strings.TrimSpace(p))
	return strings.HasPrefix(l, "updated") || strings.HasPrefix(l, "last updated") || strings.HasPrefix(l, "modified")
}

func isDateFiller(w string) bool {
	if isNumber(w) || len(w) <= 3 && strings.ToUpper(w) == w {
		return true
	}
	if t := strings.TrimRight(w, "apm"); t != w && isNumber(t) && len(w)-len(t) == 2 {
		return true // 3pm, 14am
	}
	switch w {
	case "gmt", "utc", "bst", "cet", "est", "edt", "pst", "am", "pm", "a", "m", "p", "at", "on",
		"updated", "published", "last", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"min", "mins", "read", "minute", "minutes", "ago", "hours", "hour", "and":
		return true
	}
	// Time zones: GMT, PDT, CEST, AEST, ...
	return strings.Contains(w, ":") || len(w) >= 2 && len(w) <= 5 && strings.HasSuffix(w, "t")
}

// dateOf turns a timestamp from page metadata into YYYY-MM-DD, or "".
func dateOf(s string) string {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05", "2006-01-02 15:04:05", time.RFC1123Z, time.RFC1123} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	if d, ok := findDate(s); ok {
		return d
	}
	return ""
}

// stripDates removes dates and times from a byline ("By Jane Doe 2 July
// 2025 10:31 GMT" gives "By Jane Doe").
func stripDates(s string) string {
	for _, re := range []*regexp.Regexp{isoDate, dmyDate, mdyDate} {
		if !hasDigit(s) {
			break // each of the three holds \d: no match without a digit
		}
		if loc := re.FindStringIndex(s); loc != nil && loc[0] > 0 {
			s = s[:loc[0]]
		}
	}
	return strings.TrimRight(strings.TrimSpace(s), " ,|·-–—")
}

// hasDigit reports whether s holds an ASCII digit (what \d matches).
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			return true
		}
	}
	return false
}

// wireOpening matches the dateline a wire story or a release opens its
// first paragraph with: a place in capitals, then the date, then a dash
// ("WASHINGTON, June 25, 2012 – ", "WASHINGTON (August 6, 2020) — ").
var wireOpening = regexp.MustCompile(`^[A-Z][A-Z.' -]*[A-Z.](?:, [A-Z][A-Z.]+)*,? \(?([A-Za-z0-9 ,.]{6,30}?)\)? ?[–—-]`)

// mayOpenWire reports whether s can match wireOpening, by its first two
// bytes: a capital, then a capital, a full stop, an apostrophe, a space or
// a hyphen. False is certain.
func mayOpenWire(s string) bool {
	return len(s) >= 2 && 'A' <= s[0] && s[0] <= 'Z' && ('A' <= s[1] && s[1] <= 'Z' || strings.IndexByte(".' -", s[1]) >= 0)
}

// wireDateline returns the date of the dateline opening one of an
// article's first paragraphs, for an article with no date line of its
// own; "" when there is none.
func wireDateline(kept []line) string {
	for i, l := range kept {
		if i >= 4 {
			break
		}
		if l.furniture {
			continue
		}
		if !mayOpenWire(l.text) {
			continue
		}
		if m := wireOpening.FindStringSubmatch(l.text); m != nil {
			if d, ok := findDate(m[1]); ok {
				return d
			}
		}
	}
	return ""
}

package attribution

import "strings"

var (
	weekdays = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"today", "yesterday", "tonight")
	dayParts = set("morning", "afternoon", "evening", "night")
	months   = set("january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.",
		"nov.", "dec.")
	periods = set("week", "month", "year", "weekend", "night", "season", "spring", "summer",
		"autumn", "fall", "winter", "decade", "monday", "tuesday", "wednesday", "thursday",
		"friday", "saturday", "sunday")
	units = set("hours", "days", "weeks", "months", "years", "decades", "minutes")
	// events in "after the match", "before the hearing": the time of a
	// claim made around them.
	events = set("match", "game", "race", "fight", "hearing", "meeting", "vote", "verdict", "ruling",
		"talks", "summit", "announcement", "briefing", "debate", "trial", "sentencing", "funeral",
		"ceremony", "final", "interview", "launch")
	numWords = set("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a",
		"several", "few", "many", "some")
)

// timeStarts holds every word but a number that can start a case of
// timeAt's switch (after "early", "late"): the words the cases compare with,
// weekdays and numWords.
var timeStarts = func() map[string]bool {
	m := set("on", "last", "this", "next", "in", "for", "at", "over", "after", "before", "by", "around")
	for _, words := range []map[string]bool{weekdays, numWords} {
		for w, in := range words {
			if in {
				m[w] = true
			}
		}
	}
	return m
}()

// timeAt returns the end (exclusive) of a time expression starting at token
// i: "on Tuesday", "late last month", "on Sunday evening", "on 29 October",
// "last week", "two weeks ago", "for months", "after the match". It returns i when none starts
// there.
func timeAt(ts []tok, i int) int {
	lo := func(k int) string { return wordLo(ts, k) }
	j := i
	if lo(j) == "early" || lo(j) == "late" || lo(j) == "earlier" || lo(j) == "later" {
		j++
	}
	w := lo(j)
	if !(j < len(ts) && !ts[j].punct && ts[j].has(wcTimeStart)) && !isNumber(w) {
		return i // most words: one look-up instead of the cases' two
	}
	switch {
	case w == "on" && weekdays[lo(j+1)]:
		j += 2
	case w == "on" && isNumber(lo(j+1)) && months[lo(j+2)]:
		j = withYear(ts, j+3)
	case w == "on" && months[lo(j+1)] && isNumber(lo(j+2)):
		j = withYear(ts, j+3) // "on October 18, 2008"
	case weekdays[w] && !(ts[j].capped && j > 0 && (w == "today" || w == "tonight" || w == "yesterday")):
		// a capitalised "Today" inside a sentence is a name ("the Today programme")
		j++
	case (w == "last" || w == "this" || w == "next") && periods[lo(j+1)]:
		j += 2
	case w == "in" && (months[lo(j+1)] || isYear(lo(j+1))):
		j += 2
		if isYear(lo(j)) {
			j++
		}
	case w == "for" && units[lo(j+1)]:
		j += 2
	case (w == "at" || w == "over") && lo(j+1) == "the" && lo(j+2) == "weekend":
		j += 3
	case (w == "at" || w == "around" || w == "by") && clockAt(ts, j+1) > j+1:
		j = clockAt(ts, j+1) // "at 3 a.m.", "at about 1 p.m.", "by noon"
	case w == "by" && weekdays[lo(j+1)]:
		j += 2 // "By yesterday the government announced ..."
	case (w == "after" || w == "before") && lo(j+1) == "the" && events[lo(j+2)]:
		j += 3
	case (isNumber(w) || numWords[w]) && units[lo(j+1)] && lo(j+2) == "ago":
		j += 3
	default:
		return i
	}
	if dayParts[lo(j)] {
		j++
	}
	return j
}

// wordLo returns token k in lower case when it is a word, else "" (also
// past the end): the look-ahead of timeAt and clockAt.
func wordLo(ts []tok, k int) string {
	if k < len(ts) && !ts[k].punct {
		return ts[k].lo
	}
	return ""
}

// clockAt returns the end of a time of day starting at token k ("3
// a.m.", "10:05 p.m.", "about 1 p.m.", "noon", "midnight"), or k.
func clockAt(ts []tok, k int) int {
	lo := func(k int) string { return wordLo(ts, k) }
	if lo(k) == "about" || lo(k) == "around" || lo(k) == "approximately" {
		k++
	}
	switch w := lo(k); {
	case w == "noon" || w == "midnight" || w == "dawn" || w == "dusk":
		return k + 1
	case isNumber(w) && len(w) <= 2:
		e := k + 1
		if e+1 < len(ts) && ts[e].s == ":" && isNumber(lo(e+1)) {
			e += 2
		}
		if m := lo(e); m == "a.m." || m == "p.m." || m == "a.m" || m == "p.m" || m == "am" || m == "pm" {
			return e + 1
		}
	}
	return k
}

// timeEndingAt returns the start of a time expression ending at token j
// (inclusive), or -1.
func timeEndingAt(ts []tok, j int) int {
	for a := max(0, j-4); a <= j; a++ {
		if timeAt(ts, a) == j+1 {
			return a
		}
	}
	return -1
}

func isNumber(w string) bool {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false // what the loop below would find, without trimming
	}
	t := strings.TrimRight(w, "stndrdth")
	if t == "" {
		return false
	}
	for _, r := range t {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func isYear(w string) bool { return len(w) == 4 && isNumber(w) && (w[0] == '1' || w[0] == '2') }

// withYear extends a date ending before token j over ", 2008" or "2008".
func withYear(ts []tok, j int) int {
	if j+1 < len(ts) && ts[j].comma() && isYear(ts[j+1].lo) {
		return j + 2
	}
	if j < len(ts) && !ts[j].punct && isYear(ts[j].lo) {
		return j + 1
	}
	return j
}

package answer

import (
	"regexp"
	"slices"
	"strings"
)

// The asked measure of a quantity question. "How much extra speed did the
// probe gain?" is answered by "nearly 9,000 mph", not by the "3-billion
// mile voyage" of the article's opening sentence; "How heavy is the
// robot?" by "a 3,300-pound vehicle", not by "depths of 1099 feet"; "How
// many printing presses were seized?" by "eight lithographic printing
// presses", not by "five suspects". Any number is a quantity (carries),
// and any number next to a word of the question is near it
// (factNearTerm); the sentence that states the asked fact writes the
// number in the asked measure's unit, or before the noun the question
// counts.

// measure is a kind of quantity with units of its own.
type measure uint8

const (
	measureNone measure = iota
	measureMoney
	measureSpeed
	measureWeight
	measureLength
	measureArea
	measurePercent
	measureSize // "how big": an area, a length, a weight or a magnitude
)

// measureCues map a word of a quantity question to the measure it asks
// for. Words that ask for money only with "how much" (damage, raise) are in
// moneyAfterHowMuch.
var measureCues = map[string]measure{
	"cost": measureMoney, "costs": measureMoney, "costing": measureMoney, "worth": measureMoney,
	"price": measureMoney, "paid": measureMoney, "pay": measureMoney, "penalty": measureMoney,
	"penalties": measureMoney, "fine": measureMoney, "fined": measureMoney, "budget": measureMoney,
	"spend": measureMoney, "spent": measureMoney, "funding": measureMoney, "reward": measureMoney,
	"compensation": measureMoney, "salary": measureMoney, "dollars": measureMoney, "euros": measureMoney,
	"speed": measureSpeed, "fast": measureSpeed, "faster": measureSpeed,
	"heavy": measureWeight, "weigh": measureWeight, "weighs": measureWeight, "weight": measureWeight,
	"far": measureLength, "distance": measureLength, "deep": measureLength, "depth": measureLength,
	"tall": measureLength, "height": measureLength, "wide": measureLength, "length": measureLength,
	"area": measureArea, "acres": measureArea, "hectares": measureArea,
	"big": measureSize, "bigger": measureSize, "large": measureSize, "larger": measureSize, "size": measureSize,
	"share": measurePercent, "percentage": measurePercent, "percent": measurePercent, "proportion": measurePercent,
}

// moneyAfterHowMuch are nouns and verbs that ask for money after "how
// much" ("How much damage did the collision cause?", "How much did the
// appeal raise?").
var moneyAfterHowMuch = setOf("damage damages raise raised award awarded grant grants give gave get got receive received lose lost earn earned owe")

// measureValues find a number written in a measure's units.
var measureValues = map[measure]*regexp.Regexp{
	measureMoney:   regexp.MustCompile(`(?i)(?:[$£€¥]|\b(?:US|CA|A|NZ|HK)\$)\s?\d|\b\d[\d,.]*\s?(?:(?:million|billion|trillion|m|bn)\s)?(?:dollars|euros|pounds sterling|yen|yuan|rupees|francs)\b`),
	measureSpeed:   regexp.MustCompile(`(?i)\b\d[\d,.]*\s?(?:mph|km/h|kph|knots|miles (?:per|an) hour|kilomet(?:re|er)s (?:per|an) hour|meters per second|metres per second)\b`),
	measureWeight:  regexp.MustCompile(`(?i)\b\d[\d,.]*(?:\s|-)?(?:(?:million|billion)\s)?(?:pounds?|lbs?|kilograms?|kg|tons?|tonnes?|ounces?|grams?)\b`),
	measureLength:  regexp.MustCompile(`(?i)\b\d[\d,.]*(?:\s|-)?(?:(?:million|billion)\s)?(?:miles?|km|kilomet(?:re|er)s?|feet|foot|ft|met(?:re|er)s?|yards?|inches|inch|nautical miles)\b`),
	measureArea:    regexp.MustCompile(`(?i)\b\d[\d,.]*(?:\s|-)?(?:(?:million|billion)\s)?(?:acres?|hectares?|square (?:miles?|kilomet(?:re|er)s?|km|feet|met(?:re|er)s?))\b`),
	measurePercent: regexp.MustCompile(`(?i)\b\d[\d,.]*\s?(?:%|percent\b|per cent\b|percentage points?\b)`),
}

func init() {
	measureValues[measureSize] = regexp.MustCompile(measureValues[measureArea].String() + "|" + measureValues[measureLength].String() +
		"|" + measureValues[measureWeight].String() + `|(?i)\bmagnitude[- ]\d`)
}

// measureAsked reads the measure a quantity question asks for, or
// measureNone: from its cue words (measureCues), and, after "how much", a
// word asking for money (moneyAfterHowMuch).
func measureAsked(ws []qword) measure {
	for i, w := range ws {
		if w.lower == "long" && i > 0 && ws[i-1].lower == "how" {
			return measureNone // "how long": a duration, whatever else it names
		}
	}
	for i, w := range ws {
		if m, ok := measureCues[w.lower]; ok {
			if m == measurePercent && w.lower == "share" && i+1 < len(ws) && ws[i+1].lower == "price" {
				continue // "share price" asks for money, read from "price"
			}
			return m
		}
		if w.lower == "much" && i > 0 && ws[i-1].lower == "how" {
			for _, n := range ws[i+1 : min(i+4, len(ws))] {
				if moneyAfterHowMuch[n.lower] {
					return measureMoney
				}
			}
		}
	}
	return measureNone
}

// countedAsked returns the terms of the noun a "how many" question counts
// ("How many printing *presses* were seized?", "How many *pairs* of bald
// eagles ...", "How many of the silver medal *sets* will the Mint make?"):
// the last word of the noun phrase after "many", before its verb or a
// preposition. nil when none is found or it is a unit of time
// (timeUnitAsked reads those).
func countedAsked(ws []qword) []string {
	for i := 0; i+2 < len(ws); i++ {
		if ws[i].lower != "how" || ws[i+1].lower != "many" {
			continue
		}
		j := i + 2
		if ws[j].lower == "of" {
			j++ // "how many of the ... sets"
		}
		head := ""
		for ; j < len(ws); j++ {
			w := ws[j].lower
			if countStops[w] || (head != "" && (placeMarkers[w] || w == "of")) {
				break
			}
			if !isStop(w) {
				head = w
			}
			if ws[j].stop {
				break
			}
		}
		if head == "" || timeUnits[head] {
			return nil
		}
		return wordTerms(head)
	}
	return nil
}

// countStops end the counted noun phrase: auxiliaries and common verbs.
var countStops = setOf("did do does were was are is have has had will would could can may might should must been be being died")

// statesMeasure reports whether text writes a number in the asked
// measure's units that the question does not already hold.
func (qs *question) statesMeasure(text string) bool {
	re := measureValues[qs.measure]
	if re == nil {
		return false
	}
	for _, m := range re.FindAllString(text, -1) {
		for _, k := range numberKeys(words(m)) {
			if !qs.numbers[k] {
				return true
			}
		}
	}
	return false
}

// countsAsked reports whether text writes a number the question does not
// hold within a few words before the counted noun: "eight lithographic
// printing presses", "some 10,000 nesting pairs". Dates and years are no
// count.
func (qs *question) countsAsked(text string) bool {
	if len(qs.counted) == 0 {
		return false
	}
	fs := strings.Fields(dateExpr.ReplaceAllString(text, " "))
	for i, f := range fs {
		w := strings.ToLower(strings.Trim(f, "\"'“”‘’(),.;:!?"))
		k := numberKeys([]string{w})
		if len(k) == 0 || qs.numbers[k[0]] || ordinal.MatchString(w) {
			continue // an ordinal ("225th") ranks, it does not count
		}
		if strings.ContainsAny(w, "-–") || strings.HasSuffix(f, ",") || strings.HasSuffix(f, ".") {
			continue // "a Four-Medal Set", "a 109-tank car train": the number describes another noun
		}
		for j := i + 1; j < len(fs) && j <= i+4; j++ {
			if allTerms(qs.counted, newsbotSet(terms(fs[j]))) {
				return true
			}
			if strings.ContainsAny(fs[j], ",.;:") {
				break // the noun phrase ends
			}
		}
	}
	return false
}

// ordinal matches a number written as an ordinal: "225th", "3rd".
var ordinal = regexp.MustCompile(`^\d[\d,]*(st|nd|rd|th)$`)

// newsbotSet makes a set of terms.
func newsbotSet(ts []string) map[string]bool {
	out := make(map[string]bool, len(ts))
	for _, t := range ts {
		out[t] = true
	}
	return out
}

// statesAsked reports whether a sentence states the asked quantity in
// the asked form: a number in the asked measure (statesMeasure) or
// counting the asked noun (countsAsked). False when the question asks
// for neither.
func (qs *question) statesAsked(text string) bool {
	switch qs.want {
	case wantQuantity:
		return qs.statesMeasure(text) || qs.countsAsked(text)
	case wantTime:
		return qs.statesTime(text)
	case wantAny:
		return qs.measure != measureNone && qs.statesMeasure(text)
	}
	return false
}

// asksForm reports whether the question asks for a fact in a form
// statesAsked can read: a quantity in a measure or of a counted noun, a
// time.
func (qs *question) asksForm() bool {
	return qs.want == wantQuantity && (qs.measure != measureNone || len(qs.counted) > 0) || qs.want == wantTime ||
		qs.want == wantAny && qs.measure != measureNone
}

// focusNouns are the nouns that, heading a "what"/"which" phrase, ask
// for a quantity in a measure's units: "What *penalty* did the FAA
// propose?" is answered by "The proposed civil penalty is $311,000", not
// by the sentence restating the alleged violation; "What face *value*
// does the coin carry?" by "gold $5 coins".
var focusNouns = map[string]measure{
	"cost": measureMoney, "price": measureMoney, "penalty": measureMoney, "penalties": measureMoney,
	"fine": measureMoney, "fines": measureMoney, "budget": measureMoney, "reward": measureMoney,
	"compensation": measureMoney, "salary": measureMoney, "value": measureMoney,
	"speed": measureSpeed, "weight": measureWeight, "distance": measureLength, "depth": measureLength,
	"height": measureLength, "length": measureLength, "area": measureArea, "size": measureSize,
	"share": measurePercent, "percentage": measurePercent, "proportion": measurePercent,
}

// focusMeasure reads the measure an open question asks for with the noun
// of its "what"/"which" phrase (focusNouns), or with "worth" ("What were
// the pills worth on the street?"); measureNone otherwise.
func focusMeasure(ws []qword) measure {
	for i, w := range ws {
		if w.lower != "what" && w.lower != "which" {
			continue
		}
		for j := i + 1; j < len(ws) && j <= i+4 && !countStops[ws[j].lower]; j++ {
			if m, ok := focusNouns[ws[j].lower]; ok {
				return m
			}
		}
		// "What was the total cost of the repairs?": the noun after a
		// copula, before "of"
		if i+2 < len(ws) && copulas[ws[i+1].lower] {
			for j := i + 2; j < len(ws) && j <= i+5 && ws[j].lower != "of"; j++ {
				if m, ok := focusNouns[ws[j].lower]; ok {
					return m
				}
			}
		}
		for _, x := range ws[i+1:] {
			if x.lower == "worth" {
				return measureMoney
			}
		}
		return measureNone
	}
	return measureNone
}

// The asked precision of a time question. "When is the final?" is
// answered by "on 17 May", not by the "Saturday" of the report's opening
// sentence; "At what time did the quake strike?" by "at 4:25 a.m."; "On
// what day did the miner die?" by "On Aug. 20, 2009", not by "the August
// 2009 death".

// timePrecision is what a time question asks for.
type timePrecision uint8

const (
	timeCalendar timePrecision = iota // "when": a date, a year or a clock time
	timeClock                         // "what time"
	timeYear                          // "what year"
	timeDay                           // "what day", "what date"
)

// precisionAsked reads the precision a time question asks for.
func precisionAsked(ws []qword) timePrecision {
	for i := 0; i+1 < len(ws); i++ {
		if ws[i].lower != "what" && ws[i].lower != "which" {
			continue
		}
		switch ws[i+1].lower {
		case "time", "hour":
			return timeClock
		case "year":
			return timeYear
		case "day", "date":
			return timeDay
		}
	}
	return timeCalendar
}

var (
	// dayDate: a day of a month, "17 May", "May 17", "Aug. 20".
	dayDate = regexp.MustCompile(`\b\d{1,2}(st|nd|rd|th)? (January|February|March|April|May|June|July|August|September|October|November|December)\b|` +
		`\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sep\.|Sept\.|Oct\.|Nov\.|Dec\.) ?\d{1,2}(st|nd|rd|th)?\b`)
	// monthYear: "August 2009", "in May 2012".
	monthYear = regexp.MustCompile(`\b(January|February|March|April|May|June|July|August|September|October|November|December) (1[89]\d\d|20\d\d)\b`)
	// clockTime: "4:25 a.m.", "10.30pm", "at 10.30", "noon". A figure
	// written with a point is a time only beside "a.m."/"p.m." or after
	// "at", "by", "from", "until", "before", "after": "1.2 km (0.74 mi)"
	// writes decimals.
	clockTime = regexp.MustCompile(`(?i)\b\d{1,2}:\d\d\s?(?:[ap]\.?m\.?)?|\b\d{1,2}\.[0-5]\d\s?[ap]\.?m\b|\b(?:at|by|from|until|till|before|after) \d{1,2}\.[0-5]\d\b|\b\d{1,2}\s?[ap]\.m\.|\b\d{1,2}\s?[ap]m\b|\bnoon\b|\bmidnight\b`)
	yearNum   = regexp.MustCompile(`\b(1[5-9]\d\d|20\d\d)\b`)
)

// statesTime reports whether text writes a time of the asked precision
// that the question does not already hold.
func (qs *question) statesTime(text string) bool {
	var res []*regexp.Regexp
	switch qs.precision {
	case timeClock:
		res = []*regexp.Regexp{clockTime}
	case timeYear:
		res = []*regexp.Regexp{yearNum}
	case timeDay:
		res = []*regexp.Regexp{dayDate}
	default:
		res = []*regexp.Regexp{dayDate, monthYear, clockTime, yearNum}
	}
	for _, re := range res {
		for _, m := range re.FindAllString(text, -1) {
			if !qs.holdsAll(m) {
				return true
			}
		}
	}
	return false
}

// askedFirst puts first the picked sentence that states the asked fact in
// the asked form (statesAsked: "Mintage is limited to 50,000 sets" asked
// how many sets) when the lead does not: the lead shares more of the
// question's words, the other says what was asked. It runs after the
// support gate has weighed the lead, so whether the question is answered
// does not change; a plan picked first stays first.
func (sc *scoring) askedFirst(picked []*candidate) []*candidate {
	if len(picked) < 2 || !sc.qs.asksForm() || picked[0].asked || picked[0].plan {
		return picked
	}
	for j, c := range picked {
		// a count of the asked noun may be of another subject ("Mr Talagi
		// recorded 373 votes", asked Okesene's): only a measure or a time,
		// said of the question's names, goes first
		if c.asked && c.namesOwn && (sc.qs.statesMeasure(c.sent.Text) || sc.qs.want == wantTime) {
			out := make([]*candidate, 0, len(picked))
			out = append(out, c)
			out = append(out, picked[:j]...)
			return append(out, picked[j+1:]...)
		}
	}
	return picked
}

// holdsAll reports whether the question holds every term of an
// expression: "May 9" is new to a question asking about "May 2014".
func (qs *question) holdsAll(expr string) bool {
	for _, t := range unitTerms(expr) {
		if !slices.ContainsFunc(qs.terms, func(qt qterm) bool { return qt.key == t }) {
			return false
		}
	}
	return true
}

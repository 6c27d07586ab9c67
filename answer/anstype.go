package answer

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbot/newsbot"
)

// answerKind is the kind of fact a question asks for.
type answerKind uint8

const (
	wantAny      answerKind = iota
	wantQuantity            // how many, how much, how long
	wantTime                // when, what time, what year
	wantAgent               // who, which company
	wantPlace               // where, which country
)

// answerKindOf reads the kind of fact a question asks for from its
// question words. Yes/no questions and "what"/"why" questions ask for any.
func answerKindOf(q string) answerKind {
	ws := words(q)
	if compound(ws) {
		return wantAny // "How much ..., and will ships still enter?" asks two things
	}
	for i, w := range ws {
		if i > 2 && !(placeMarkers[ws[i-1]] && wh[w]) {
			continue // the question word comes first, after "and" or "so", or after a preposition ("On which rocket", "of which region")
		}
		next := ""
		if i+1 < len(ws) {
			next = ws[i+1]
		}
		switch {
		case w == "how" && quantityWords[next]:
			return wantQuantity
		case (w == "what" || w == "which") && quantityNouns[next]:
			return wantQuantity
		case w == "when" || ((w == "what" || w == "which") && timeNouns[next]):
			return wantTime
		case w == "who" || w == "whom" || ((w == "which" || w == "what") && agentNouns[next]):
			return wantAgent
		case w == "where" || ((w == "which" || w == "what") && placeNouns[next]):
			return wantPlace
		case w == "which" || w == "whose":
			return whichKind(ws[i+1:])
		}

	}
	return wantAny
}

var wh = setOf("which whose where when who whom")

// whichKind reads the kind of fact a "which" or "whose" question asks for
// from the noun it asks about, among its next words ("which Italian
// *region*", "which former Pakistani *president*"): a quantity, a time, a
// place, and otherwise a name, as news questions mean by "which school",
// "which publication", "which rocket", "whose murder".
func whichKind(ws []string) answerKind {
	for _, w := range ws[:min(3, len(ws))] {
		switch {
		case quantityNouns[w]:
			return wantQuantity
		case timeNouns[w]:
			return wantTime
		case agentNouns[w]:
			return wantAgent
		case placeNouns[w]:
			return wantPlace
		}
	}
	return wantAgent
}

// compound reports whether a question asks a second question after
// "and" or "or": "..., and will ships still enter?".
func compound(ws []string) bool {
	for i := 1; i+1 < len(ws); i++ {
		if (ws[i] == "and" || ws[i] == "or") && (answerQuestionWords[ws[i+1]] || yesNoQuestion(ws[i+1])) {
			return true
		}
	}
	return false
}

var (
	quantityWords = setOf("many much long far big large old high often hot cold deep tall heavy fast strong severe full")
	quantityNouns = setOf("percentage share number amount proportion figure magnitude level rate depth height length distance size weight temperature speed age toll margin cost price population")
	timeNouns     = setOf("time year date day month")
	agentNouns    = setOf(`company companies group groups organisation organization organisations organizations
	agency official officials minister person people party firm bank union leader country countries`)
	placeNouns = setOf("city town country region province village district place area port state hamlet island capital")
)

func setOf(ws string) map[string]bool { return newsbot.WordSet(strings.Fields(ws)...) }

// carries reports whether a sentence holds a fact of the kind asked for
// that the question does not already hold: a quantity, a date or time, a
// named agent (the sentence's speaker too), a named place. corpus is the
// text of the retrieved articles, which tells a name that starts a
// sentence ("Russia, the government's main ally, ...") from an ordinary
// word by its capitals elsewhere.
func (qs *question) carries(text, speaker, corpus string) bool {
	switch qs.want {
	case wantQuantity:
		if qs.duration && !durationText(text) {
			return false // "how long did the strike last?": no span of time or length is written
		}
		ws := periodsOut(words(dateExpr.ReplaceAllString(text, " ")))
		for _, k := range numberKeys(ws) {
			if !qs.numbers[k] {
				return true
			}
		}
		if !qs.numbers["#1"] && slices.Contains(ws, "one") {
			return true // "one meal a day": "one" is left out of numberKeys
		}
		// "How long has he been premier?": "since 2003"; "How long has
		// the war gone on?": "now in its sixth year".
		return qs.duration && (since.MatchString(text) || ordinalPeriod.MatchString(text) ||
			timeExpr.MatchString(text) && !qs.hasAll(timeExpr.FindAllString(text, -1)))
	case wantTime:
		return qs.newTime(text)
	case wantAgent:
		return qs.newName(qs.agentText(text), nil, corpus) || qs.newName(speaker, nil, corpus)
	case wantPlace:
		return qs.newName(text, placeMarkers, corpus) || spatial.MatchString(text) || qs.basedIn(text)
	}
	return false
}

// periodsOut drops the fractions of ws that name a period of the
// calendar, not a quantity: "the fourth quarter", "the first half", "last
// quarter" (but "a quarter of the money" is a quantity).
func periodsOut(ws []string) []string {
	out := ws[:0:0]
	for i, w := range ws {
		if (w == "quarter" || w == "half") && i > 0 && periodBefore[ws[i-1]] {
			continue
		}
		out = append(out, w)
	}
	return out
}

var periodBefore = setOf("first second third fourth last next this past previous coming same")

// dateExpr finds the numbers of dates and clock times, which are no
// answer to "how many": "18 October", "May 5", "2028", "2:17".
var dateExpr = regexp.MustCompile(`\b\d{1,2}(st|nd|rd|th)? (January|February|March|April|May|June|July|August|September|October|November|December)\b|` +
	`\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\. ?\d{1,2}(st|nd|rd|th)?\b|` +
	`\b(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}\b|\b(1[89]\d\d|20\d\d)\b|\b\d{1,2}:\d\d\b`)

// timeExpr finds dates and times: years, months, weekdays, clock times,
// and relative days.
var timeExpr = regexp.MustCompile(`\b(1[89]\d\d|20\d\d)\b|\b(January|February|March|April|May|June|July|August|September|October|November|December|` +
	`Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b\d{1,2}[:.]\d\d(?:\s?[ap]m)?\b|\b\d{1,2}\s?[ap]m\b|\b[ap]\.m\.|` +
	`(?i)\b(nineteen (hundred|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)|two thousand( and)? (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))\b|\b(yesterday|today|tonight|(last|next|this) (week|month|year|weekend)|\d+ (days|weeks|months|years) ago|overnight)\b`)

// shortDate finds a day written with an abbreviated month, as wire copy
// and agency releases write it: "Dec. 12", "Oct.10", "Sept. 3", "Jan. 1
// 2020". The day must follow: "Mar." alone may end a sentence about a
// march.
var shortDate = regexp.MustCompile(`\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\. ?\d{1,2}(st|nd|rd|th)?\b`)

// newTime reports whether text holds a date or time the question does not
// already hold: any expression of timeExpr, or a day with an abbreviated
// month (shortDate), whose day number is not the question's own.
func (qs *question) newTime(text string) bool {
	if timeExpr.MatchString(text) && !qs.hasAll(timeExpr.FindAllString(text, -1)) {
		return true
	}
	for _, d := range shortDate.FindAllString(text, -1) {
		if !qs.hasAll([]string{dayOf(d)}) {
			return true
		}
	}
	return false
}

// dayOf returns the day number of a shortDate match ("Dec. 12" -> "12").
func dayOf(d string) string {
	return strings.TrimRight(strings.TrimLeft(d[strings.IndexByte(d, '.')+1:], " "), "stndrh")
}

// ordinalPeriod finds a duration counted by its running unit: "in its
// sixth year", "the third week of the strike", "its 12th day".
var ordinalPeriod = regexp.MustCompile(`(?i)\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(st|nd|rd|th)) (straight |consecutive )?(day|week|month|year|decade)\b`)

// basedIn reports whether text places a company or body with a
// capitalised name joined to "-based" ("Boca Raton, Florida-based ADT",
// "the London-based charity") that the question does not hold.
func (qs *question) basedIn(text string) bool {
	for _, m := range basedPlace.FindAllStringSubmatch(text, -1) {
		if !qs.hasTerm(m[1]) {
			return true
		}
	}
	return false
}

var basedPlace = regexp.MustCompile(`\b(\p{Lu}[\p{L}.]*)-based\b`)

// durationText reports whether text writes a span a "how long" question
// can be answered by: a count of a unit of time ("48 hours", "a 72-hour
// pause", "forty years", "14 calendar days", "the two-year mission"), a
// length ("90 miles", "2 kilometers"), "since" or "until", or a running
// period ("in its sixth year"). A sentence with only a date or some other
// number ("the strike began August 28th", "10 district offices") does not
// say how long anything lasted.
func durationText(text string) bool {
	return durationExpr.MatchString(text) || since.MatchString(text) || until.MatchString(text) ||
		ordinalPeriod.MatchString(text) || measureValues[measureLength].MatchString(text)
}

var durationExpr = regexp.MustCompile(`(?i)\b(\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|` +
	`fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|several|few|many|couple of|half an?)` +
	`(?:\s|-)(?:[\p{L}-]+\s)?(?:second|minute|hour|day|night|week|fortnight|month|year|decade|century|centuries)s?\b`)

// until finds "until" / "till", which bound a span ("stay aboard until
// April").
var until = regexp.MustCompile(`(?i)\b(until|till)\b`)

// since finds "since", which answers "how long" ("since the war began")
// but is no date of its own ("had since retired").
var since = regexp.MustCompile(`(?i)\bsince\b`)

// hasAll reports whether the question already holds every one of the
// expressions (its own date is no answer to "when").
func (qs *question) hasAll(exprs []string) bool {
	for _, e := range exprs {
		found := false
		for _, t := range unitTerms(e) {
			for _, qt := range qs.terms {
				if qt.key == t {
					found = true
				}
			}
		}
		if !found {
			return false
		}
	}
	return true
}

var placeMarkers = setOf("in at near from to into outside across off of")

// spatial finds phrases that locate something: "located on the outskirts
// of", "north of", "20 km from".
var spatial = regexp.MustCompile(`(?i)\b(located|situated|outskirts|outdoors|indoors|overseas|abroad|at home|in the open|(north|south|east|west)(ern)? of|border with|\d+ ?(km|kilometres|kilometers|miles) (from|north|south|east|west))\b`)

// agentText is the part of a sentence that may name an agent: the text
// after an opening dateline ("ARLINGTON, Va., June 26, 2008 - ", "DALLAS,
// TX, March 7, 2006 -": a place and a date, never who did something),
// with the names of weekdays and months (and "May" before a day) blanked.
// Without it a release's opening sentence "carries" a name for every
// "who" question, by its dateline or by "on Saturday", and outranks the
// sentence naming the person asked for ("Brockfield's new central library
// opened to the public on Saturday" over "Mayor Ruth Calloway cut the
// ribbon", asked "Who opened Brockfield's new library?").
// A question asking for a day or a month ("In which months of 2012 ...")
// keeps them.
func (qs *question) agentText(text string) string {
	if m := agentDateline.FindStringIndex(text); m != nil {
		text = text[m[1]:]
	}
	if qs.hasTerm("month") || qs.hasTerm("day") || qs.hasTerm("date") || qs.hasTerm("week") {
		return text
	}
	fs := strings.Fields(text)
	for i, f := range fs {
		w := strings.ToLower(strings.Trim(f, "\"'“”‘’(),.;:"))
		if weekdayOrMonth[w] || w == "may" && i+1 < len(fs) && len(fs[i+1]) > 0 && unicode.IsDigit(rune(fs[i+1][0])) && capitalised(f) {
			fs[i] = "_"
		}
	}
	return strings.Join(fs, " ")
}

// agentDateline matches a dateline opening a sentence: a place in
// capitals, then up to 60 characters (state, date) and a dash.
var agentDateline = regexp.MustCompile(`^\s*\p{Lu}{2,}[\p{Lu} .'-]*(?:,[^–—\n]{0,60}?)?\s(?:-{1,2}|–|—)\s`)

// newName reports whether text names someone or somewhere the question
// does not: a capitalised word inside a sentence, or starting one when the
// article capitalises it elsewhere too (after one of markers, when given),
// whose stem is not a term of the question.
func (qs *question) newName(text string, markers map[string]bool, article string) bool {
	fs := strings.Fields(text)
	for i := range fs {
		f := strings.Trim(fs[i], "\"'“”‘’(),.;:")
		f = strings.TrimSuffix(strings.TrimSuffix(f, "'s"), "’s")
		if !capitalised(f) || isStop(strings.ToLower(f)) {
			continue
		}
		if (i == 0 || strings.HasSuffix(fs[i-1], ".")) && !capitalisedInside(article, f) && !subjectName(fs, i, article) {
			continue // the start of a sentence, not a name
		}
		if markers != nil && (i == 0 || !afterMarker(fs, i, markers)) {
			continue
		}
		if !qs.hasTerm(f) {
			return true
		}
	}
	return false
}

// subjectName reports whether fs[i], a capitalised word starting a
// sentence, names the sentence's subject: followed by a comma ("Israel,
// however, is threatening") or by a word the articles write in lower
// case only, and itself never written in lower case ("Mubarak freed").
func subjectName(fs []string, i int, article string) bool {
	f := strings.Trim(fs[i], "\"'“”‘’(),.;:")
	if i+1 >= len(fs) || containsWord(article, strings.ToLower(f)) {
		return false
	}
	return strings.HasSuffix(fs[i], ",") || !capitalised(fs[i+1])
}

// containsWord reports whether w occurs in text as a whole word.
func containsWord(text, w string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return false
		}
		at := i + j
		i = at + len(w)
		before, after := ' ', ' '
		if at > 0 {
			before, _ = utf8.DecodeLastRuneInString(text[:at])
		}
		if i < len(text) {
			after, _ = utf8.DecodeRuneInString(text[i:])
		}
		if !unicode.IsLetter(before) && !unicode.IsLetter(after) {
			return true
		}
	}
}

// afterMarker reports whether fs[i] follows one of markers, directly or
// after "the": "in Geneva", "near the Bab al-Hawa crossing".
func afterMarker(fs []string, i int, markers map[string]bool) bool {
	// a place named after another, or inside a longer name: "in Copiapó,
	// Atacama Region, Chile", "in New South Wales"
	for i > 1 && capitalised(strings.Trim(fs[i-1], "\"'“”‘’(),.;:")) && !strings.HasSuffix(fs[i-1], ".") {
		i--
	}
	prev := strings.ToLower(fs[i-1])
	if prev == "the" && i >= 2 {
		prev = strings.ToLower(fs[i-2])
	}
	return markers[prev]
}

// hasTerm reports whether the question holds the word's stem.
func (qs *question) hasTerm(w string) bool {
	for _, t := range unitTerms(w) {
		for _, qt := range qs.terms {
			if qt.key == t {
				return true
			}
		}
	}
	return false
}

package timeexpr

import (
	"strings"
	"time"
)

// Query is what a question says about time.
type Query struct {
	// Period is the span of days asked about ("on Monday", "in June 2025",
	// "since 3 March"); zero when the question names none.
	Period Period
	// Phrase is the question's words that named the period or the event.
	Phrase string
	// Latest is set by "latest", "now", "still", "currently", "most recent":
	// the newest reports come first.
	Latest bool
	// Event and Before/After are set by "before the election", "after the
	// vote": a period bounded by an event whose date the stored articles
	// must give.
	Event  string
	Before bool
	// Anchor says how Period depends on the day the question was read
	// against: a question read against an article's date instead (Reread)
	// may name another period.
	Anchor Anchor
	// Rest is the question without its time words, for keyword search and
	// scoring: "week" in "this week" must not find a 2016 text about a week.
	Rest string
}

// HasTime reports whether the question says anything about time.
func (q Query) HasTime() bool { return !q.Period.IsZero() || q.Latest || q.Event != "" }

// Parse reads the time expressions of a question asked on day now. The
// first period-naming expression counts; every time word is left out of
// Rest. A question about the future names no period (see future).
func Parse(question string, now time.Time) Query {
	r := &resolver{ref: now, pastOnly: true, ws: words(question)}
	q := Query{}
	future := r.future()
	var cut [][2]int // byte spans to leave out of Rest
	for i := 0; i < len(r.ws); {
		if n := latestAt(r, i); n > 0 {
			q.Latest = true
			cut = append(cut, r.span(i, i+n))
			i += n
			continue
		}
		if q.Period.IsZero() && q.Event == "" && !future {
			if end, ok := r.questionPeriod(i, &q); ok {
				q.Phrase = question[r.ws[i].start:r.ws[end-1].end]
				cut = append(cut, r.span(i, end))
				i = end
				continue
			}
		}
		i++
	}
	q.Rest = without(question, cut)
	return q
}

// futureWord are the auxiliaries of plans and forecasts: "Will dockers
// strike on Monday?", "How hot could it get on Saturday?".
var futureWord = map[string]bool{"will": true, "shall": true, "could": true, "might": true}

// future reports whether the question asks about what will happen ("Will
// dockers strike from Monday?"): its days are those of plans, reported
// before them, so they select nothing and stay in the question's words.
func (r *resolver) future() bool {
	for i, w := range r.ws {
		if futureWord[w.lo] || strings.HasSuffix(w.lo, "'ll") || (w.lo == "going" && r.at(i+1) == "to") {
			return true
		}
	}
	return false
}

// questionPeriod finds a period at token i, with its "since", "before",
// "after" or "until", and sets it (or the event) in q; it returns the end.
func (r *resolver) questionPeriod(i int, q *Query) (int, bool) {
	today := dayOf(r.ref)
	switch r.at(i) {
	case "from", "between":
		return r.span2(i, q)
	case "since", "after", "before", "until", "till":
		if m, ok := r.point(i + 1); ok {
			q.Period, q.Anchor = bounded(r.at(i), m.period, today), r.anchor
			return m.end, true
		}
		if (r.at(i) == "before" || r.at(i) == "after") && r.at(i+1) == "the" && r.at(i+2) != "" && !stopAfterThe[r.at(i+2)] {
			q.Event, q.Before = r.at(i+2), r.at(i) == "before"
			return i + 3, true
		}
		return 0, false
	}
	if m, ok := r.point(i); ok {
		q.Period, q.Anchor = m.period, r.anchor
		if q.Period.To.After(today) && !q.Period.From.After(today) {
			q.Period.To = today // "this week" so far
		}
		return m.end, true
	}
	return 0, false
}

// span2 reads "from X [to Y]" and "between X and Y" at token i.
func (r *resolver) span2(i int, q *Query) (int, bool) {
	a, ok := r.point(i + 1)
	if !ok {
		return 0, false
	}
	anchor := r.anchor
	if sep := r.at(a.end); sep == "to" || sep == "until" || sep == "till" || sep == "and" {
		b, ok := r.point(a.end + 1)
		if !ok {
			return 0, false
		}
		anchor = max(anchor, r.anchor)
		if !b.period.To.Before(a.period.From) { // a reversed span names no period
			q.Period, q.Anchor = Period{a.period.From, b.period.To}, anchor
		}
		return b.end, true
	}
	if r.at(i) == "between" {
		return 0, false
	}
	q.Period, q.Anchor = Period{a.period.From, dayOf(r.ref)}, anchor
	return a.end, true
}

// bounded turns a period into the open span a preposition makes of it.
func bounded(prep string, p Period, today time.Time) Period {
	switch prep {
	case "since":
		return Period{p.From, today}
	case "after":
		return Period{p.To.AddDate(0, 0, 1), today}
	case "before":
		return Period{To: p.From.AddDate(0, 0, -1)}
	}
	return Period{To: p.To} // until
}

// latestAt returns how many tokens of a "latest" word start at i, or 0.
func latestAt(r *resolver, i int) int {
	switch w := r.at(i); {
	case latestWords[w]:
		return 1
	case w == "most" && r.at(i+1) == "recent", w == "right" && r.at(i+1) == "now",
		w == "any" && r.at(i+1) == "more", w == "these" && r.at(i+1) == "days":
		return 2
	case w == "at" && r.at(i+1) == "the" && r.at(i+2) == "moment":
		return 3
	case w == "at" && r.at(i+1) == "present":
		return 2
	}
	return 0
}

var latestWords = map[string]bool{
	"latest": true, "newest": true, "now": true, "still": true, "currently": true,
	"anymore": true, "recently": true,
}

// stopAfterThe are words after "before the"/"after the" that name no event.
var stopAfterThe = map[string]bool{"end": true, "start": true, "beginning": true, "same": true, "other": true}

// span returns the byte span of tokens [i, end).
func (r *resolver) span(i, end int) [2]int { return [2]int{r.ws[i].start, r.ws[end-1].end} }

// without returns text with the spans (in order) left out, spaces tidied.
func without(text string, cut [][2]int) string {
	if len(cut) == 0 {
		return text
	}
	var b strings.Builder
	prev := 0
	for _, c := range cut {
		b.WriteString(text[prev:c[0]])
		prev = c[1]
	}
	b.WriteString(text[prev:])
	out := strings.Join(strings.Fields(b.String()), " ")
	return strings.NewReplacer(" ?", "?", " ,", ",", " .", ".").Replace(out)
}

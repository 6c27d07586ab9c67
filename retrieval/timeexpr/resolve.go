package timeexpr

import (
	"strings"
	"time"
)

// Resolve returns the period a claim's time expression ("on Tuesday",
// "late last month", "on 18 October", "yesterday evening", "two weeks ago")
// names, read in an article published on ref. ok is false when the
// expression names no calendar period ("for months", "after the match")
// or is not understood.
func Resolve(expr string, ref time.Time) (p Period, ok bool) {
	r := &resolver{ref: ref, ws: words(expr)}
	i := 0
	switch r.at(0) {
	case "early", "late", "earlier", "later":
		i++
	}
	m, ok := r.point(i)
	if !ok || m.end != len(r.ws) {
		return Period{}, false
	}
	return m.period, true
}

// ResolveDate is Resolve for an article date written "YYYY-MM-DD"; it
// returns the period as String writes it, or "" when either is unknown.
func ResolveDate(expr, published string) string {
	if strings.TrimSpace(expr) == "" {
		return ""
	}
	ref, ok := ParseDate(published)
	if !ok {
		return ""
	}
	p, ok := Resolve(expr, ref)
	if !ok {
		return ""
	}
	return p.String()
}

// ParsePeriod reads a period written by String ("2026-03-09",
// "2026-03-02/2026-03-08", "../2026-03-08"); ok is false otherwise.
func ParsePeriod(s string) (Period, bool) {
	from, to, isRange := strings.Cut(s, "/")
	if !isRange {
		to = from
	}
	var p Period
	var ok bool
	if from != ".." {
		if p.From, ok = ParseDate(from); !ok {
			return Period{}, false
		}
	}
	if to != ".." {
		if p.To, ok = ParseDate(to); !ok {
			return Period{}, false
		}
	}
	return p, !p.IsZero()
}

// Find returns the first time expression of a sentence ("went on strike on
// Monday") and the period it names, read in an article published on ref.
// ok is false when the text has none.
func Find(text string, ref time.Time) (p Period, phrase string, ok bool) {
	r := &resolver{ref: ref, ws: words(text)}
	for i := range r.ws {
		if m, ok := r.point(i); ok {
			return m.period, text[r.ws[i].start:r.ws[m.end-1].end], true
		}
	}
	return Period{}, "", false
}

// FindAll returns the periods of every time expression of a sentence, in
// order: "on August 6 it scheduled a meeting on the August 12, 2019
// collision" names two.
func FindAll(text string, ref time.Time) []Period {
	r := &resolver{ref: ref, ws: words(text)}
	var out []Period
	for i := 0; i < len(r.ws); i++ {
		if m, ok := r.point(i); ok {
			out = append(out, m.period)
			if m.end > i+1 {
				i = m.end - 1
			}
		}
	}
	return out
}

// ClaimDate returns a claim's stored date, else its time expression
// resolved against its article's publication date now: claims stored
// before dates were kept (migration 0008) get one too.
func ClaimDate(date, when, published string) string {
	if date != "" {
		return date
	}
	return ResolveDate(when, published)
}

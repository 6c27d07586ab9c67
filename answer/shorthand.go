package answer

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Members ask about financial and regulatory releases the way they type:
// "q3 22 trading rev up how many pct yoy?", "cftc fines in fy16", "$273
// mln". The releases write "the third quarter of 2022", "47.8 percent",
// "fiscal year (FY) 2016", "$273.0 million". Two things bring the forms
// together:
//
//   - expandShorthand rewrites a question's clipped words and
//     abbreviations into the words releases write ("pct" is "percent",
//     "rev" "revenue", "yoy" "year over year"), its fiscal years and
//     quarters into the words releases write ("FY 11", "fy'11" and
//     "FY2011" are "fiscal 2011", which also finds "FY 2011"; "q1 22",
//     "1Q22" and "Q1 '22" are "first quarter 2022"), so that keyword
//     search ranks the release of the asked period first, and "the
//     fed" into the name the alias table knows ("the Fed"); written in
//     capitals ("YOY", "FY", "PCT") they are not read as names an article
//     must hold;
//   - numberKeys reads a fiscal year ("FY2016", "fy16", "FY 2016") as the
//     year ("#2016") and a quarter ("Q3", "3Q", "third quarter",
//     "third-quarter") as a quarter key ("#q3"), in questions and
//     articles alike: a quarter is required like any number, so a
//     question about the third quarter is not answered by the release
//     of the second.

// shortWords maps a clipped word or abbreviation, lower-cased, to the
// words releases write for it.
var shortWords = map[string]string{
	"pct": "percent", "pcts": "percent", "perc": "percent",
	"bps": "basis points",
	"yoy": "year over year", "y/y": "year over year", "y-o-y": "year over year",
	"qoq": "quarter over quarter", "q/q": "quarter over quarter", "q-o-q": "quarter over quarter",
	"mln": "million", "mlns": "million", "bln": "billion", "blns": "billion", "trn": "trillion", "tln": "trillion",
	"rev": "revenue", "revs": "revenues",
	"deriv": "derivative", "derivs": "derivatives",
	"govt": "government", "gov't": "government",
	"ppl": "people", "cos": "companies",
	"yr": "year", "yrs": "years", "mos": "months", "qtr": "quarter", "qtrs": "quarters",
	"avg": "average", "approx": "approximately",
	"mgmt": "management", "intl": "international", "int'l": "international", "natl": "national", "nat'l": "national",
	"dept": "department", "admin": "administration", "mkt": "market", "mkts": "markets",
	"amt": "amount", "incl": "including", "exec": "executive", "execs": "executives",
	"w/o": "without", "w/": "with",
	"ytd": "year to date", "pts": "points",
}

// scaleAfterNumber are the short scales read only after a number ("$65
// mn", "1.3 bn", "2 tn"): alone they are other words (Tennessee, a
// military unit). "m", "k" and "b" written apart are left as they are
// ("a 100 m sprint"); glued to the figure numberValue reads them.
var scaleAfterNumber = map[string]string{
	"mn": "million", "mil": "million", "bn": "billion", "bil": "billion", "tn": "trillion",
	"bp": "basis point", // alone, BP the company
}

// unitsInCaps are the shortWords also read when typed in capitals
// ("YOY", "PCT"); the others in capitals are names or tickers ("AVG",
// "MOS", "COS").
var unitsInCaps = setOf("pct bps yoy y/y qoq q/q mln bln trn ytd")

// quarterWords are the quarters as releases write them.
var quarterWords = [5]string{1: "first quarter", 2: "second quarter", 3: "third quarter", 4: "fourth quarter"}

// ordinalQuarter maps the ordinal written before "quarter" to its number.
var ordinalQuarter = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4}

// expandShorthand returns the question with its shorthand written out
// (see above).
func expandShorthand(q string) string {
	fs := strings.Fields(q)
	out := make([]string, 0, len(fs))
	for i := 0; i < len(fs); i++ {
		lead, core, trail := splitPunct(fs[i])
		lo := strings.ToLower(core)
		next := ""
		if i+1 < len(fs) && trail == "" {
			_, next, _ = splitPunct(fs[i+1])
		}
		switch {
		case lo == "":
		case shortWords[lo] != "" && !(lo == "rev" && core != lo) && (!allCaps(core) || unitsInCaps[lo]):
			// "Rev." before a name is a title, not revenue
			core = shortWords[lo]
		case scaleAfterNumber[lo] != "" && i > 0 && endsInDigit(fs[i-1]):
			core = scaleAfterNumber[lo]
		case (lo == "fed" || lo == "fed's" || lo == "fed’s") && i > 0 && strings.EqualFold(strings.Trim(fs[i-1], "\"'“‘("), "the"):
			core = "F" + core[1:] // "the fed's rate": the Fed's
		case lo == "fy" || lo == "fiscal" && strings.EqualFold(next, "yr"):
			// "FY 11", "fiscal yr 2011": the year follows
			j := i + 1
			if lo == "fiscal" {
				j++
			}
			if j < len(fs) {
				yl, y, yt := splitPunct(fs[j])
				if yr, ok := yearOf(strings.TrimLeft(y, "'’")); ok && (yl == "" || yl == "'" || yl == "’") {
					out = append(out, lead+"fiscal "+strconv.Itoa(yr)+yt)
					i = j
					continue
				}
			}
			if lo == "fy" {
				core = "fiscal year"
			}
		case (lead == "'" || lead == "’") && len(lo) == 2 && lo[0] >= '0' && lo[0] <= '9' && lo[1] >= '0' && lo[1] <= '9':
			// "in '11": a year
			y, _ := yearOf(lo)
			lead, core = "", strconv.Itoa(y)
		case unitAfterDigits(lo) != "":
			core = unitAfterDigits(lo) // "25bps", "273mln", "5pct": the figure and its unit apart
		default:
			if yr, ok := fiscalToken(lo); ok {
				core = "fiscal " + strconv.Itoa(yr)
				break
			}
			part, yr := "", 0
			if n, y, ok := quarterToken(lo); ok {
				part, yr = quarterWords[n], y
			} else if n, y, ok := halfToken(lo); ok {
				part, yr = [3]string{1: "first half", 2: "second half"}[n], y
			}
			if part == "" {
				break
			}
			core = part
			if yr > 0 {
				core += " " + strconv.Itoa(yr)
			} else if trail == "" && i+1 < len(fs) {
				// "q1 22", "Q1 '22": the year written apart
				yl, y, yt := splitPunct(fs[i+1])
				if (yl == "" || yl == "'" || yl == "’") && len(y) == 2 {
					if yr, ok := yearOf(y); ok {
						out = append(out, lead+core+" "+strconv.Itoa(yr)+yt)
						i++
						continue
					}
				}
			}
		}
		out = append(out, lead+core+trail)
	}
	return strings.Join(out, " ")
}

// splitPunct splits a field into its leading punctuation, its core and
// its trailing punctuation: "(q3," gives "(", "q3", ","; "w/o", "y/y"
// and "gov't" keep their inner marks, "'22" gives "'" and "22".
func splitPunct(f string) (lead, core, trail string) {
	inner := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	start := strings.IndexFunc(f, inner)
	if start < 0 {
		return f, "", ""
	}
	end := strings.LastIndexFunc(f, func(r rune) bool { return inner(r) || r == '/' })
	_, size := utf8.DecodeRuneInString(f[end:])
	return f[:start], f[start : end+size], f[end+size:]
}

// endsInDigit reports whether a field ends in a digit ("$65", "1.3").
func endsInDigit(f string) bool {
	f = strings.TrimRight(f, ".,")
	return f != "" && f[len(f)-1] >= '0' && f[len(f)-1] <= '9'
}

// yearOf reads a year written with two or four digits ("11" is 2011,
// "98" 1998, "2016" 2016).
func yearOf(s string) (int, bool) {
	if len(s) != 2 && len(s) != 4 {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, false
	}
	if len(s) == 4 {
		return n, n >= 1900 && n <= 2100
	}
	if n < 70 {
		return 2000 + n, true
	}
	return 1900 + n, true
}

// fiscalToken reads "fy11", "fy2011", "fy-11" as the fiscal year.
func fiscalToken(w string) (int, bool) {
	rest, ok := strings.CutPrefix(w, "fy")
	if !ok {
		return 0, false
	}
	return yearOf(strings.TrimLeft(rest, "-'’"))
}

// quarterToken reads "q3", "3q", "q3'22", "3q22", "q3-2022" as the
// quarter and, when written with it, its year (0 when not).
func quarterToken(w string) (n, year int, ok bool) {
	var rest string
	switch {
	case len(w) >= 2 && w[0] == 'q' && w[1] >= '1' && w[1] <= '4':
		n, rest = int(w[1]-'0'), w[2:]
	case len(w) >= 2 && w[1] == 'q' && w[0] >= '1' && w[0] <= '4':
		n, rest = int(w[0]-'0'), w[2:]
	case len(w) >= 6 && (w[len(w)-2] == 'q') && w[len(w)-1] >= '1' && w[len(w)-1] <= '4':
		// "2012q3", "2012-q3": the year first
		if y, ok := yearOf(strings.TrimRight(w[:len(w)-2], "-")); ok && len(strings.TrimRight(w[:len(w)-2], "-")) == 4 {
			return int(w[len(w)-1] - '0'), y, true
		}
		return 0, 0, false
	default:
		return 0, 0, false
	}
	return periodYear(n, rest)
}

// periodKeys returns the keys of a fiscal year or a quarter written as
// one word ("fy2016" gives "#2016"; "q3" and "3q" "#q3"; "3q22" "#q3"
// and "#2022"), or nil.
func periodKeys(w string) []string {
	if y, ok := fiscalToken(w); ok {
		return []string{numberKey(float64(y))}
	}
	if n, y, ok := quarterToken(w); ok {
		if y == 0 {
			return []string{quarterKey(n)}
		}
		return []string{quarterKey(n), numberKey(float64(y))}
	}
	return nil
}

// quarterKey is the term key of the n-th quarter.
func quarterKey(n int) string { return "#q" + strconv.Itoa(n) }

// isQuarterKey reports whether a number key is a quarter's.
func isQuarterKey(k string) bool { return strings.HasPrefix(k, "#q") }

// comparisonBase reports whether the number ws[i] is the base a figure is
// compared with ("q2 revenue fell how much *vs q1*", "compared with
// 2021"): releases write the base as often as "the previous quarter" or
// "a year earlier", so it is weighed, not required.
func comparisonBase(ws []qword, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch ws[j].lower {
		case "vs", "versus", "compared":
			return true
		}
		if ws[j].stop {
			return false
		}
	}
	return false
}

// writtenPrecision returns the unit of the last digit of a number as the
// question writes it, with its scale ("3.4bn" and "3.4 billion" 1e8,
// "2.6" 0.1, "48" before "percent" 1), or 0 for an exact figure: a whole
// number without a scale (a count, a year), a number in words.
func writtenPrecision(ws []string, percent bool) float64 {
	if len(ws) == 0 || ws[0] == "" || ws[0][0] < '0' || ws[0][0] > '9' {
		return 0
	}
	w, scale := ws[0], 1.0
	for _, suf := range numberSuffixes {
		if strings.HasSuffix(w, suf.s) && len(w) > len(suf.s) {
			w, scale = strings.TrimSuffix(w, suf.s), suf.scale
			break
		}
	}
	if len(ws) > 1 && scales[ws[1]] > 0 {
		scale *= scales[ws[1]]
	}
	dot := strings.IndexByte(w, '.')
	if dot < 0 && scale == 1 && !percent {
		return 0
	}
	unit := 1.0
	if dot >= 0 {
		for range len(w) - dot - 1 {
			unit /= 10
		}
	}
	return unit * scale
}

// roundedKeys returns the number keys of vocab that round to the number
// term t at the precision it was written with: "$3.4bn" finds "$3.42
// billion", "48 pct" "47.8 percent". Members round; releases do not.
func roundedKeys(t qterm, vocab map[string]bool) []string {
	if t.prec == 0 || isQuarterKey(t.key) {
		return nil
	}
	q, err := strconv.ParseFloat(t.key[1:], 64)
	if err != nil {
		return nil
	}
	var out []string
	for v := range vocab {
		if v == t.key || !isNumberKey(v) || isQuarterKey(v) {
			continue
		}
		a, err := strconv.ParseFloat(v[1:], 64)
		if err == nil && a >= q-t.prec/2*(1+1e-9) && a < q+t.prec/2 {
			out = append(out, v)
		}
	}
	return out
}

// pointsAlts returns, for a number the question writes in basis points
// ("25 bps") or percentage points ("0.25 percentage point"), the key of
// the same change in the other unit, as an alternative an article may
// write instead.
func pointsAlts(k string, ws []qword, at int) [][]string {
	if at+1 >= len(ws) || isQuarterKey(k) {
		return nil
	}
	v, err := strconv.ParseFloat(k[1:], 64)
	if err != nil {
		return nil
	}
	switch next := ws[at+1].lower; {
	case next == "basis" || next == "bps" || next == "bp":
		return [][]string{{numberKey(math.Round(v*1e4) / 1e6)}}
	case next == "percentage" && at+2 < len(ws) && strings.HasPrefix(ws[at+2].lower, "point"):
		return [][]string{{numberKey(math.Round(v*1e4) / 1e2)}}
	}
	return nil
}

// periodSet holds fiscal years ("#2016") and quarters ("#q3"), each kind
// apart.
type periodSet struct{ fiscal, quarter map[string]bool }

// askedPeriods returns the fiscal years and quarters the question pins
// ("cftc actions in fy18", "q3 revenue"), not those it compares with
// ("vs q1"): the required number terms of those kinds.
func (qs *question) askedPeriods() periodSet {
	fiscal, _ := periodsOf(words(wordsText(qs.ws)))
	var ps periodSet
	for _, n := range qs.names {
		if len(n.terms) != 1 || qs.terms[n.terms[0]].kind != kindNumber {
			continue
		}
		switch k := qs.terms[n.terms[0]].key; {
		case isQuarterKey(k):
			ps.quarter = addKey(ps.quarter, k)
		case fiscal[k]:
			ps.fiscal = addKey(ps.fiscal, k)
		}
	}
	return ps
}

// other reports whether text names a fiscal year, or a quarter, of a
// kind the question asks about but none of the asked ones: "actions
// filed during FY 2019 (69)" does not say how many were filed in FY
// 2018, which its neighbour names.
func (ps periodSet) other(text string) bool {
	if ps.fiscal == nil && ps.quarter == nil {
		return false
	}
	fiscal, quarter := periodsOf(words(text))
	return otherThan(ps.fiscal, fiscal) || otherThan(ps.quarter, quarter)
}

// otherThan reports whether written holds keys and none of asked's (asked
// not empty).
func otherThan(asked, written map[string]bool) bool {
	if len(asked) == 0 || len(written) == 0 {
		return false
	}
	for k := range asked {
		if written[k] {
			return false
		}
	}
	return true
}

// periodsOf returns the fiscal years ("FY 2016", "fiscal year 2016",
// "fiscal 2016", "FY2016") and the quarters ("third quarter", "Q3") a
// text of words() writes.
func periodsOf(ws []string) (fiscal, quarter map[string]bool) {
	for i, w := range ws {
		if y, ok := fiscalToken(w); ok {
			fiscal = addKey(fiscal, numberKey(float64(y)))
			continue
		}
		if w == "fy" || w == "fiscal" {
			j := i + 1
			if j < len(ws) && ws[j] == "year" {
				j++
			}
			if j < len(ws) && len(ws[j]) == 4 {
				if y, ok := yearOf(ws[j]); ok {
					fiscal = addKey(fiscal, numberKey(float64(y)))
				}
			}
		}
	}
	for _, k := range numberKeys(ws) {
		if isQuarterKey(k) {
			quarter = addKey(quarter, k)
		}
	}
	return fiscal, quarter
}

// addKey adds k to a set made on first use.
func addKey(m map[string]bool, k string) map[string]bool {
	if m == nil {
		m = map[string]bool{}
	}
	m[k] = true
	return m
}

// wordsText joins the question's words as written.
func wordsText(ws []qword) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.text
	}
	return strings.Join(parts, " ")
}

// unitAfterDigits returns a figure written with a shorthand unit ("25bps",
// "273mln", "5pct", "3.4bn") as the figure and the unit's words ("25
// basis points", "273 million"), or "".
func unitAfterDigits(w string) string {
	i := strings.IndexFunc(w, func(r rune) bool { return !(r >= '0' && r <= '9' || r == '.' || r == ',') })
	if i <= 0 || w[0] < '0' || w[0] > '9' {
		return ""
	}
	digits, unit := w[:i], w[i:]
	if words := shortWords[unit]; words != "" && unit != "pts" {
		return digits + " " + words
	}
	if words := scaleAfterNumber[unit]; words != "" {
		return digits + " " + words
	}
	return ""
}

// halfToken reads "h1", "1h", "h2'22", "2h22" as the half year and, when
// written with it, its year (0 when not).
func halfToken(w string) (n, year int, ok bool) {
	var rest string
	switch {
	case len(w) >= 2 && w[0] == 'h' && (w[1] == '1' || w[1] == '2'):
		n, rest = int(w[1]-'0'), w[2:]
	case len(w) >= 2 && w[1] == 'h' && (w[0] == '1' || w[0] == '2'):
		n, rest = int(w[0]-'0'), w[2:]
	default:
		return 0, 0, false
	}
	return periodYear(n, rest)
}

// periodYear returns a quarter's or half's number n with the year
// written after it ("'22", "-2022", "22"; 0 when none), ok false when
// what follows is no year.
func periodYear(n int, rest string) (int, int, bool) {
	rest = strings.TrimLeft(rest, "-'’")
	if rest == "" {
		return n, 0, true
	}
	if y, ok := yearOf(rest); ok {
		return n, y, true
	}
	return 0, 0, false
}

// allCaps reports whether w has two letters or more, all capitals.
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

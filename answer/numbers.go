package answer

import (
	"strconv"
	"strings"
)

// numberKeys returns the values of the numbers in a list of lower-cased
// words (words()), each as a key "#value", so that numbers written in
// different forms meet: "six" and "6", "12.6 million" and "12,600,000",
// "1,648" and "1648". "one" is left out: it is more often a pronoun than a
// count.
func numberKeys(ws []string) []string {
	var out []string
	for i := 0; i < len(ws); i++ {
		if ks := periodKeys(ws[i]); ks != nil {
			out = append(out, ks...) // "FY2016" is 2016, "Q3" the third quarter (shorthand.go)
			continue
		}
		if n := ordinalQuarter[ws[i]]; n > 0 && i+1 < len(ws) && (ws[i+1] == "quarter" || ws[i+1] == "quarters") {
			out = append(out, quarterKey(n)) // "the third quarter", "third-quarter"
			i++
			continue
		}
		v, ok := numberValue(ws[i])
		if !ok {
			continue
		}
		if i+1 < len(ws) {
			if m, ok := scales[ws[i+1]]; ok {
				v *= m
				i++
			}
		}
		out = append(out, numberKey(v))
	}
	return out
}

// numberKey writes a value as a term key: "#275000", "#4.25".
func numberKey(v float64) string { return "#" + strconv.FormatFloat(v, 'f', -1, 64) }

// numberValue reads a word as a number: digits with grouping commas or a
// decimal point, or a number word.
func numberValue(w string) (float64, bool) {
	if v, ok := numberWords[w]; ok {
		return v, true
	}
	if w == "" || w[0] < '0' || w[0] > '9' {
		return 0, false
	}
	scale := 1.0
	for _, suf := range numberSuffixes {
		if strings.HasSuffix(w, suf.s) && len(w) > len(suf.s) {
			w, scale = strings.TrimSuffix(w, suf.s), suf.scale
			break
		}
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(w, ",", ""), 64)
	return v * scale, err == nil
}

// numberSuffixes are written onto numbers in news: "2bn", "5m", "10km",
// "the 1990s", "the 20th". Longer ones first.
var numberSuffixes = []struct {
	s     string
	scale float64
}{{"bln", 1e9}, {"bil", 1e9}, {"mln", 1e6}, {"mil", 1e6}, {"trn", 1e12}, {"bn", 1e9}, {"mn", 1e6}, {"tn", 1e12}, {"b", 1e9}, {"km", 1}, {"th", 1}, {"st", 1}, {"nd", 1}, {"rd", 1}, {"m", 1e6}, {"k", 1e3}, {"s", 1}}

// isNumberKey reports whether a term is a number key.
func isNumberKey(t string) bool { return strings.HasPrefix(t, "#") }

var scales = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
	"trillion": 1e12, "bn": 1e9, "mn": 1e6,
}

var numberWords = func() map[string]float64 {
	m := map[string]float64{"dozen": 12, "half": 0.5, "quarter": 0.25}
	for i, w := range strings.Fields(`two three four five six seven eight nine ten eleven twelve thirteen
	fourteen fifteen sixteen seventeen eighteen nineteen twenty`) {
		m[w] = float64(i + 2)
	}
	for i, w := range strings.Fields(`thirty forty fifty sixty seventy eighty ninety`) {
		m[w] = float64(30 + 10*i)
	}
	return m
}()

package answer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbot/newsbot/retrieval"
)

// Coreference by class word: an answering sentence often calls its
// subject "the company", "the agency", "the bill" or "the storm" while
// the name a question uses stands in an earlier sentence or the headline.
// corefNames returns, for each sentence of an article, the names its
// definite descriptions ("the W", "this W") refer to: the latest name
// before it (the headline first) whose class words hold W. A name's class
// words are read from the article itself: the words of the name
// ("Meridian Water Authority" is "the authority"), the lower-case nouns
// just before it ("the space agency Orbis"), and the head of an
// appositive after it ("Acme Corp, a Berlin company, ..." is "the
// company"). Nothing outside the article is consulted.

// ctok is a token of coreference reading: a word keeping its case, or one
// punctuation mark.
type ctok struct {
	w     string
	punct bool
}

// corefTokens splits text into words (letters, digits, inner hyphens
// and apostrophes) and punctuation marks.
func corefTokens(text string) []ctok {
	// a word a space and a few marks: one allocation, not one a doubling
	out := make([]ctok, 0, strings.Count(text, " ")+4)
	start := -1 // the word being read starts at text[start]
	flush := func(end int) {
		if start >= 0 {
			out = append(out, ctok{w: strings.Trim(text[start:end], "-'’")})
			start = -1
		}
	}
	for i, r := range text {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || (start >= 0 && (r == '-' || r == '\'' || r == '’')):
			if start < 0 {
				start = i // a word is its runes as written: a substring, not a copy
			}
		case unicode.IsSpace(r):
			flush(i)
		default:
			flush(i)
			out = append(out, ctok{w: runeText(text, i, r), punct: true})
		}
	}
	flush(len(text))
	if len(out) == 0 {
		return nil // as before: no tokens is nil
	}
	return out
}

// runeText returns string(r) for the rune r read at text[i]: the bytes
// of text, unless they are not UTF-8 (r is then U+FFFD).
func runeText(text string, i int, r rune) string {
	if r == utf8.RuneError {
		return string(r)
	}
	return text[i : i+utf8.RuneLen(r)]
}

func lowerWord(t ctok) bool {
	if t.punct || t.w == "" {
		return false
	}
	for _, r := range t.w {
		return unicode.IsLower(r)
	}
	return false
}

// corefName is a name of an article with its class words (stems).
type corefName struct {
	text    string
	classes map[string]bool
}

// determiners open a definite description or an appositive.
var corefDets = map[string]bool{"the": true, "this": true, "a": true, "an": true}

// stemOf returns the stem of one word ("" for a stop word).
func stemOf(w string) string {
	ws := words(w)
	if len(ws) == 1 { // termsOf of one word, without its set against repeats
		if contentWord(ws[0]) {
			return retrieval.Stem(ws[0])
		}
		return ""
	}
	ts := termsOf(ws)
	if len(ts) != 1 {
		return ""
	}
	return ts[0]
}

// namesIn returns the capitalised names of one sentence with their class
// words. A name is a run of capitalised words (joined by "of", "for",
// "and"); a sentence's first word opens a name only when the next word is
// capitalised too.
func corefNamesIn(toks []ctok) []corefName {
	var out []corefName
	for i := 0; i < len(toks); i++ {
		if toks[i].punct || !capitalised(toks[i].w) || isStopFolded(toks[i].w) {
			continue
		}
		j := i + 1
		for j < len(toks) && !toks[j].punct && (capitalised(toks[j].w) ||
			(j+1 < len(toks) && (toks[j].w == "of" || toks[j].w == "for") && !toks[j+1].punct && capitalised(toks[j+1].w))) {
			j++
		}
		if i == 0 && j == 1 {
			continue // "Officials said ..."
		}
		n := corefName{classes: map[string]bool{}}
		var ws []string
		for _, t := range toks[i:j] {
			ws = append(ws, t.w)
			if s := stemOfFolded(t.w); s != "" {
				n.classes[s] = true
			}
		}
		n.text = strings.Join(ws, " ")
		// "the space agency Orbis": lower-case words just before, after a determiner
		for k := i - 1; k >= 0 && k >= i-3 && lowerWord(toks[k]); k-- {
			if corefDets[toks[k].w] {
				for _, t := range toks[k+1 : i] {
					if s := stemOf(t.w); s != "" {
						n.classes[s] = true
					}
				}
				break
			}
		}
		// "Acme Corp, a Berlin-based maker of panels": the appositive's head
		if j+2 < len(toks) && toks[j].w == "," && corefDets[strings.ToLower(toks[j+1].w)] {
			head := ""
			for k := j + 2; k < len(toks) && k < j+7; k++ {
				t := toks[k]
				if t.punct || t.w == "of" || t.w == "that" || t.w == "which" || t.w == "who" || t.w == "based" || t.w == "with" || t.w == "in" {
					break
				}
				head = t.w
			}
			if head != "" && lowerWord(ctok{w: head}) {
				if s := stemOf(head); s != "" {
					n.classes[s] = true
				}
			}
		}
		out = append(out, n)
		i = j - 1
	}
	return out
}

// isStopFolded is isStop(strings.ToLower(w)), without the copy when w is
// ASCII and short (the lower-cased word is built on the stack).
func isStopFolded(w string) bool {
	var buf [32]byte
	if lw, ok := lowerASCII(w, buf[:]); ok {
		return isStop(lw)
	}
	return isStop(strings.ToLower(w))
}

// stemOfFolded is stemOf(strings.ToLower(w)). For an ASCII w it is
// stemOf(w): words splits an ASCII text at the same places whatever its
// case and lower-cases each word itself.
func stemOfFolded(w string) string {
	if isASCII(w) {
		return stemOf(w)
	}
	return stemOf(strings.ToLower(w))
}

// theOrThis reports whether strings.ToLower(w) is "the" or "this",
// comparing an ASCII w byte by byte.
func theOrThis(w string) bool {
	// only T and t lower to t, and only İ (two bytes) lowers to ASCII from
	// beyond it: "the" and "this" are lowered from 3 to 5 bytes
	if len(w) < 3 || len(w) > 5 || w[0] != 't' && w[0] != 'T' {
		return false
	}
	if !isASCII(w) {
		d := strings.ToLower(w)
		return d == "the" || d == "this"
	}
	return asciiFoldIs(w, "the") || asciiFoldIs(w, "this")
}

// asciiFoldIs reports whether the ASCII word w with its capitals lowered
// is lower.
func asciiFoldIs(w, lower string) bool {
	if len(w) != len(lower) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}

// isASCII reports whether s holds only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// corefNames returns, for each of sents, the text of the names its
// definite descriptions refer to ("" when none), reading title first.
func corefNames(title string, sents []string) []string {
	var known []corefName // latest last
	add := func(ns []corefName) {
		for _, n := range ns {
			if len(n.classes) > 0 {
				known = append(known, n)
			}
		}
	}
	add(corefNamesIn(corefTokens(title)))
	out := make([]string, len(sents))
	for i, s := range sents {
		toks := corefTokens(s)
		var refs []string
		for k := 0; k+1 < len(toks); k++ {
			if toks[k].punct || !theOrThis(toks[k].w) || !lowerWord(toks[k+1]) {
				continue
			}
			// the description's head: "the company", "the state agency";
			// "the trust's nurses" is the trust
			cands := []string{toks[k+1].w}
			if k+2 < len(toks) && lowerWord(toks[k+2]) && !verbish(toks[k+2].w) && !possessive(toks[k+1].w) {
				cands = []string{toks[k+2].w, toks[k+1].w}
			}
			for _, c := range cands {
				if ref := latestOf(known, stemOfFolded(c)); ref != "" {
					refs = append(refs, ref)
					break
				}
			}
		}
		out[i] = strings.Join(refs, " \n ")
		add(corefNamesIn(toks))
	}
	return out
}

// verbish reports whether a lower-case word reads as a verb after a noun
// ("the company said", "the agency warned"): an -ed or -s form.
func verbish(w string) bool {
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "said") || strings.HasSuffix(w, "says")
}

// possessive reports whether a word ends in "'s".
func possessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// latestOf returns the latest known name whose class words hold the stem
// w ("" when none).
func latestOf(known []corefName, w string) string {
	if w == "" {
		return ""
	}
	for x := len(known) - 1; x >= 0; x-- {
		if known[x].classes[w] {
			return known[x].text
		}
	}
	return ""
}

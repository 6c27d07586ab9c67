package attribution

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// quote marks on a token.
const (
	qNone = iota
	qOpen
	qClose
)

// tok is a word or a punctuation mark of one sentence, located by byte
// offsets in the sentence text.
type tok struct {
	s, lo  string // as written, lower-cased
	a, b   int    // byte offsets in the sentence
	q      int    // qOpen, qClose or qNone
	punct  bool   // a punctuation mark, not a word
	inQ    bool   // inside a quotation
	capped bool   // starts with an upper-case letter
	cls    wclass // the word lists lo belongs to (wordClasses)
}

func (t tok) is(words ...string) bool {
	for _, w := range words {
		if t.lo == w {
			return true
		}
	}
	return false
}

func (t tok) comma() bool { return t.punct && t.s == "," }
func (t tok) dash() bool  { return t.punct && (t.s == "-" || t.s == "–" || t.s == "—") }
func (t tok) hard() bool {
	return t.q != qNone || t.punct && (t.s == ";" || t.s == ":" || t.s == "(" || t.s == ")")
}

// tokenize splits a sentence into words and punctuation marks and marks the
// tokens inside quotations. open says whether the sentence starts inside a
// quotation left open by the sentence before. Tokens are appended to buf,
// which may be reused from an earlier call.
func tokenize(s string, open bool, buf []tok) []tok {
	return tokenizeLowered(s, "", open, buf)
}

// tokenizeLowered is tokenize with ls, when not empty, the lower-cased s
// from lowerAligned: a word's lower case is then read from ls at the
// word's offsets instead of being built word by word.
func tokenizeLowered(s, ls string, open bool, buf []tok) []tok {
	out := buf[:0]
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '$' || r == '£' || r == '€':
			j := wordEnd(s, ls, i)
			t := word(s, ls, i, j)
			out = append(out, t)
			i = j
		default:
			if m := doubledQuote(s, i); m > 0 {
				// '' (and ``): the quotation marks of typewriter copy and
				// newspaper archives, read as a double quotation mark.
				t := tok{s: s[i : i+m], lo: s[i : i+m], a: i, b: i + m, punct: true}
				t.q = quoteKind(s, i, '"', m)
				if s[i] == '`' {
					t.q = qOpen
				}
				out = append(out, t)
				i += m
				continue
			}
			t := tok{s: s[i : i+n], lo: s[i : i+n], a: i, b: i + n, punct: true}
			t.q = quoteKind(s, i, r, n)
			if r == '.' && strings.HasPrefix(s[i:], "...") {
				t.b, t.s, t.lo = i+3, "...", "..."
				n = 3
			}
			out = append(out, t)
			i += n
		}
	}
	if punctClasses {
		for k := range out {
			if out[k].punct {
				out[k].cls = classesOf(out[k].lo)
			}
		}
	}
	markQuotes(out, open)
	givenNameHomographs(out)
	return out
}

func word(s, ls string, i, j int) tok {
	w := s[i:j]
	var capped bool
	if c := w[0]; c < utf8.RuneSelf {
		capped = 'A' <= c && c <= 'Z'
	} else {
		r, _ := utf8.DecodeRuneInString(w)
		capped = unicode.IsUpper(r)
	}
	lo := w
	if ls != "" {
		if l := ls[i:j]; l != w {
			lo = l
		}
	} else {
		lo = lower(w)
	}
	return tok{s: w, lo: lo, a: i, b: j, capped: capped, cls: classesOf(lo)}
}

// lowerAligned returns strings.ToLower(s) and true when lower-casing
// keeps the length of every rune's encoding, so that the lower case of
// s[i:j] is the result's [i:j] for any rune boundaries i, j; otherwise
// ("", false). (strings.ToLower maps rune by rune, ASCII by bytes; an
// invalid byte would become U+FFFD, three bytes.) Text with no upper-case
// letter is returned as it is.
func lowerAligned(s string) (string, bool) {
	var b strings.Builder // the lower case, begun at the first rune that changes
	done := 0             // s[:done] is in b, once b is begun
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				if b.Cap() == 0 {
					b.Grow(len(s))
				}
				b.WriteString(s[done:i]) // the run of bytes lower-casing keeps
				b.WriteByte(c + 'a' - 'A')
				done = i + 1
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			return "", false
		}
		l := r
		if !caseless(r) {
			l = unicode.ToLower(r)
		}
		if l != r {
			if utf8.RuneLen(l) != n {
				return "", false
			}
			if b.Cap() == 0 {
				b.Grow(len(s))
			}
			b.WriteString(s[done:i])
			b.WriteRune(l)
			done = i + n
		}
		i += n
	}
	if b.Cap() == 0 {
		return s, true
	}
	b.WriteString(s[done:])
	return b.String(), true
}

// caseless reports runes of the General Punctuation block (curly quotes,
// dashes, spaces), which have no case: unicode.ToLower need not look them up.
func caseless(r rune) bool { return r >= 0x2000 && r <= 0x206F }

// lower is strings.ToLower without an allocation for words that are
// already in lower case, which most words are.
func lower(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			if l, ok := capitalisedWords[w]; ok {
				return l // "The", "He": no allocation for the commonest
			}
			return strings.ToLower(w)
		}
	}
	return w
}

// capitalisedWords maps the capitalised forms of frequent sentence-opening
// words to their lower case, so that lower need not allocate for them.
var capitalisedWords = func() map[string]string {
	m := map[string]string{}
	for _, w := range strings.Fields("the a an this that these those his her its their our my he she it they we i " +
		"in on at for with by from of to after before as but and or so while when if however meanwhile " +
		"there here what who which one two three some many most all no not also other another last " +
		"said says according officials police mr mrs ms dr") {
		m[strings.ToUpper(w[:1])+w[1:]] = w
	}
	return m
}()

// wordEnd returns the end of the word starting at i. Apostrophes, hyphens,
// full stops, commas and slashes inside a word (Syria's, al-Assad, U.S.,
// 275,000, Roe/Northern) belong to it; a final full stop belongs to it only
// for initialisms and titles (U.S., Dr.).
//
// ls is s lower-cased by lowerAligned, or "": the word before a full stop
// is then read from it instead of being lower-cased again.
func wordEnd(s, ls string, i int) int {
	j := i
	for j < len(s) {
		var r rune
		var n int
		if c := s[j]; c < utf8.RuneSelf {
			if asciiWordByte(c) {
				j++
				continue
			}
			r, n = rune(c), 1
		} else {
			r, n = utf8.DecodeRuneInString(s[j:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '£' || r == '€' {
				j += n
				continue
			}
		}
		if isWordJoiner(r) && j+n < len(s) {
			next, _ := utf8.DecodeRuneInString(s[j+n:])
			if unicode.IsLetter(next) || unicode.IsDigit(next) {
				if r == ',' && !(isDigitByte(s[j-1]) && isDigitByte(s[j+n])) {
					break
				}
				j += n
				continue
			}
		}
		break
	}
	if j < len(s) && s[j] == '.' {
		var lw string
		if ls != "" {
			lw = ls[i:j]
		} else {
			lw = lower(s[i:j])
		}
		if honorifics[lw] || isInitialism(lw) || dottedWords[lw] {
			j++ // "Dr.", "U.S.", "Gov.", "Sen.", "Inc."
		}
	}
	return j
}

// dottedWords holds the title words and company suffixes written with a
// final full stop ("gov.", "inc."), without it: wordEnd asks it for the
// word before a full stop instead of building the word with its stop
// for two look-ups. Built by buildDottedWords once titleWords is complete.
var dottedWords map[string]bool

func buildDottedWords() {
	dottedWords = map[string]bool{}
	for _, m := range []map[string]bool{titleWords, companySuffixes} {
		for w, ok := range m {
			if ok && strings.HasSuffix(w, ".") {
				dottedWords[strings.TrimSuffix(w, ".")] = true
			}
		}
	}
}

// isWordJoiner is strings.ContainsRune("'’-./,&", r), the marks wordEnd
// keeps inside a word, answered without scanning the set.
func isWordJoiner(r rune) bool {
	switch r {
	case '\'', '’', '-', '.', '/', ',', '&':
		return true
	}
	return false
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// asciiWordByte reports the ASCII bytes wordEnd keeps in a word without
// looking further: letters, digits, $ and %.
func asciiWordByte(c byte) bool { return asciiWordBytes[c] }

var asciiWordBytes = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		b := byte(c)
		t[c] = 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || isDigitByte(b) || b == '$' || b == '%'
	}
	return t
}()

// isInitialism reports whether w is a single letter or letters joined by
// full stops: "j", "u.s", "a.m".
func isInitialism(w string) bool {
	if utf8.RuneCountInString(w) == 1 {
		return true
	}
	if !strings.Contains(w, ".") {
		return false
	}
	for _, p := range strings.Split(w, ".") {
		if utf8.RuneCountInString(p) > 2 {
			return false
		}
	}
	return true
}

// doubledQuote returns 2 when s[i:] starts with ” or “, else 0.
func doubledQuote(s string, i int) int {
	if i+1 < len(s) && (s[i] == '\'' || s[i] == '`') && s[i+1] == s[i] {
		return 2
	}
	return 0
}

// quoteKind classifies a quotation mark at s[i] by its neighbours.
func quoteKind(s string, i int, r rune, n int) int {
	switch r {
	case '“', '«', '„':
		return qOpen
	case '”', '»':
		return qClose
	case '‘':
		return qOpen
	case '’':
		return qClose
	case '"', '\'':
		before := i == 0 || unicode.IsSpace(rune(s[i-1])) || strings.ContainsRune("([—–-", rune(s[i-1]))
		after := i+n < len(s) && !unicode.IsSpace(rune(s[i+n]))
		if before && after {
			return qOpen
		}
		if r == '\'' && !before && i+n < len(s) && unicode.IsLetter(rune(s[i+n])) {
			return qNone
		}
		return qClose
	}
	return qNone
}

// markQuotes sets inQ on the tokens inside quotation marks (not on the marks
// themselves). A single closing mark with no single quotation open is an
// apostrophe ("the pilots' union"), not a quotation mark.
func markQuotes(ts []tok, open bool) {
	inD, inS := open, open
	inherited := open // the quotation open at the start came from an earlier sentence
	for i := range ts {
		single := ts[i].s == "'" || ts[i].s == "‘" || ts[i].s == "’"
		switch {
		case ts[i].q == qOpen && single:
			inS, inherited = true, false
		case ts[i].q == qOpen:
			inD, inherited = true, false
		case ts[i].q == qClose && single && (!inS || inherited && pluralPossessive(ts, i)):
			// "11 months’ worth of horse" inside a quotation carried over
			// from the sentence before is an apostrophe, not its end
			ts[i].q = qNone
			ts[i].inQ = inD || inS
		case ts[i].q == qClose:
			inD, inS = false, false
		default:
			ts[i].inQ = inD || inS
		}
	}
}

// quoteState reports whether a quotation is still open at the end of the
// tokens, given whether one was open at the start.
func quoteState(ts []tok, open bool) bool {
	for _, t := range ts {
		switch t.q {
		case qOpen:
			open = true
		case qClose:
			open = false
		}
	}
	return open
}

// join returns the sentence text covering tokens [i,j).
func join(s string, ts []tok, i, j int) string {
	if i >= j || i < 0 || j > len(ts) {
		return ""
	}
	return s[ts[i].a:ts[j-1].b]
}

// pluralPossessive reports whether the single closing mark at i follows a
// word ending in s and precedes a word in lower case: the apostrophe of
// "months’ worth", "the pilots’ union".
func pluralPossessive(ts []tok, i int) bool {
	return i > 0 && i+1 < len(ts) && !ts[i-1].punct && strings.HasSuffix(ts[i-1].lo, "s") && ts[i-1].b == ts[i].a &&
		!ts[i+1].punct && !ts[i+1].capped && ts[i+1].a > ts[i].b
}

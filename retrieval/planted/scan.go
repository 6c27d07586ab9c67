package planted

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// maxToks is the number of words of a sentence the detector weighs; ingest
// cuts sentences at 600 characters, about a hundred words.
const maxToks = 160

// tok is one word of a sentence.
type tok struct {
	cls    class
	a, b   uint16 // the lower-cased word is sent.arena[a:b]
	clause bool   // opens a clause: first word, or after clause punctuation
	colon  bool   // followed by a colon, or a spaced dash that ends a label
	closer bool   // followed by a closing bracket: "(system)"
	quoted bool   // inside quotation marks
	named  bool   // opens with a capital letter or a digit: a name or a figure
	dash   bool   // followed by a spaced dash
}

// sent is a sentence split into words, with the features the signals
// read. It lives on the caller's stack: scanning allocates nothing.
type sent struct {
	toks   [maxToks]tok
	n      int
	arena  [2048]byte
	used   int
	all    class // union of the classes of the words weighed
	markup bool  // JSON, attribute or code shapes: quotation marks are syntax
	marks  marks
	// dir is the sentence's directive once dirDone (sent.directive).
	dir     directive
	dirDone bool
	// closed and words are plantedmodel.ClosedShare of the sentence once
	// shared (sent.alone): keepForeign reads them.
	closed, words int
	shared        bool
	// bytes are readFacts of the sentence once factsRead (sent.facts).
	bytes     byteFacts
	factsRead bool
	// With regWant set before the scan, regAny is whether registerWord
	// holds for a word the scan read, unless regClipped: a word was not
	// kept whole, or the text is not all ASCII (sent.mayRegisterScanned).
	regWant, regAny, regClipped bool
}

// marks are the punctuation shapes of prompts.
type marks struct {
	brace, angleBar, angles, bracket, paren, hash, slashes, colon, equals bool
}

// word returns the i-th lower-cased word.
func (s *sent) word(i int) string {
	if i < 0 || i >= s.n {
		return ""
	}
	return string(s.arena[s.toks[i].a:s.toks[i].b])
}

// view is word i without a copy: it aliases the arena, so it is valid only
// until the next scan and may be compared but never kept (the checks of
// function.go and authority.go, which read a word once a token, use it).
func (s *sent) view(i int) string {
	if i < 0 || i >= s.n {
		return ""
	}
	b := s.arena[s.toks[i].a:s.toks[i].b]
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// is reports whether word i is w.
func (s *sent) is(i int, w string) bool {
	if i < 0 || i >= s.n {
		return false
	}
	t := &s.toks[i]
	return int(t.b-t.a) == len(w) && string(s.arena[t.a:t.b]) == w
}

// has reports whether word i has a class of c.
func (s *sent) has(i int, c class) bool {
	return i >= 0 && i < s.n && s.toks[i].cls&c != 0
}

// clausePunct ends a clause; a hyphen or a full stop counts only when a
// space follows it (not in "KI-Systeme" or "example.com").
func clausePunct(r, next rune) bool {
	switch r {
	case ',', ';', ':', '(', ')', '[', ']', '{', '}', '!', '?', '—', '–', '\n', '*', '#', '/', '>', '|', '<':
		return true
	case '.', '-':
		return next == ' ' || next == '\n' || next == 0
	}
	return false
}

// opens and closes say how a rune delimits a quotation.
func quoteMark(r rune) (open, close bool) {
	switch r {
	case '"':
		return true, true
	case '“', '„', '«':
		return true, false
	case '”', '»':
		return false, true
	}
	return false, false
}

// scan splits text into words, classifies them and notes the shapes.
// Words in quotation marks are someone's reported speech: they are left
// out when the sentence has words outside them and is not markup. ASCII
// scan splits text into words, classifies them and notes the shapes.
// Words in quotation marks are someone's reported speech: they are left
// out when the sentence has words outside them and is not markup. Words of
// ASCII letters are read, lower-cased and hashed in one pass; others a
// rune at a time.
func (s *sent) scan(text string) {
	clause, inQuote := true, false
	s.factsRead, s.regAny, s.regClipped = false, false, false
	var prev rune
	var pairs pairList
	pairs.find(text)
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
			s.regClipped = true
		}
		if isWordRune(r) {
			q := inQuote || pairs.holds(i)
			if prev == '#' {
				i = s.hashtag(text, i, clause, q)
				clause, prev = true, 'a'
				continue
			}
			end := s.asciiWord(text, i, clause, q)
			if end < 0 {
				end = s.readWord(text, i, clause, q)
			}
			clause, prev, i = false, 'a', end
			continue
		}
		next := rune(0)
		if j := i + size; j < len(text) {
			next = rune(text[j])
			if next >= utf8.RuneSelf {
				next, _ = utf8.DecodeRuneInString(text[j:])
			}
		}
		s.mark(r, prev, next)
		if open, close := quoteMark(r); open || close {
			switch {
			case inQuote && close:
				inQuote = false
			case !inQuote && open:
				inQuote = true
			}
			clause = true
		} else if clausePunct(r, next) {
			clause = true
		}
		if s.n > 0 && (r == ':' || r == '\n' && isWordRune(prev) || (r == '-' || r == '—' || r == '–' || r == '=' || r == '|') && prev == ' ' && (next == ' ' || next == '\n')) {
			s.toks[s.n-1].colon = true // "key = value" labels as "key:" does
			s.toks[s.n-1].dash = r != ':' && r != '='
		}
		if s.n > 0 && (r == ')' || r == ']') && isWordRune(prev) {
			s.toks[s.n-1].closer = true
		}
		prev = r
		i += size
	}
	s.dropQuoted()
}

// asciiWord reads the word at text[i:] when it is all ASCII letters and
// digits, lower-casing and hashing it as it goes, and returns where it
// ends; -1 (reading nothing) when the word goes on with other letters or
// an apostrophe, or the arena is full.
func (s *sent) asciiWord(text string, i int, clause, quoted bool) int {
	if s.n == maxToks {
		return -1
	}
	a, h, j := s.used, uint32(fnvOffset), i
	for ; j < len(text); j++ {
		c := text[j]
		if c >= utf8.RuneSelf || !asciiWord[c] {
			if c >= utf8.RuneSelf || c == '\'' {
				s.used = a
				return -1
			}
			break
		}
		if s.used == len(s.arena) {
			s.used = a
			return -1
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		s.arena[s.used] = c
		s.used++
		h = (h ^ uint32(c)) * fnvPrime
	}
	cls := lookup(s.arena[a:s.used], h)
	if s.regWant && !s.regAny && s.used-a <= maxRegisterWord {
		s.regAny = registerWord(text, s.arena[a:s.used], cls, j, s.n == 0)
	}
	s.toks[s.n] = tok{cls: cls, a: uint16(a), b: uint16(s.used), clause: clause, quoted: quoted,
		named: 'A' <= text[i] && text[i] <= 'Z' || '0' <= text[i] && text[i] <= '9'}
	if s.givenNamePart(text, i, j) {
		s.toks[s.n].cls = 0
	}
	s.n++
	return j
}

// givenNamePart reports a two-letter word at text[i:j] written with one
// capital ("Ki", "Ai"), joined by a hyphen to a lower-case syllable and
// after a capitalised word: the first part of a hyphenated given name
// ("Ban Ki-moon", "Moon Jae-in"), not the acronym it spells (KI, AI). A
// machine's acronym is written in capitals ("KI-Systeme", "AI-written")
// and, title-cased, opens a sentence or a heading rather than following a
// surname.
func (s *sent) givenNamePart(text string, i, j int) bool {
	return j-i == 2 && j+1 < len(text) && text[j] == '-' && 'a' <= text[j+1] && text[j+1] <= 'z' &&
		'A' <= text[i] && text[i] <= 'Z' && 'a' <= text[i+1] && text[i+1] <= 'z' &&
		s.n > 0 && s.toks[s.n-1].named && !s.toks[s.n-1].colon && s.toks[s.n-1].b-s.toks[s.n-1].a > 1
}

// hashtag reads the hashtag at text[i:] (after "#") as the words of its
// camel case ("#NoteToAI" is "note to ai"), labelled as a colon labels
// the words before it, and returns where it ends.
func (s *sent) hashtag(text string, i int, clause, quoted bool) int {
	j := i
	for j < len(text) && j < i+64 && text[j] < utf8.RuneSelf && asciiWord[text[j]] {
		j++
	}
	if j == i {
		return s.readWord(text, i, clause, quoted)
	}
	start, first := i, s.n
	for k := i + 1; k <= j; k++ {
		if k == j || isUpper(text[k]) && !isUpper(text[k-1]) || isUpper(text[k]) && k+1 < j && !isUpper(text[k+1]) && isUpper(text[k-1]) {
			s.push(text[start:k], clause && s.n == first, quoted)
			start = k
		}
	}
	if s.n > first {
		s.toks[s.n-1].colon = true
	}
	return j
}

func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }

// readWord reads the word at text[i:] (letters, digits and apostrophes
// inside it), adds it and returns where it ends.
func (s *sent) readWord(text string, i int, clause, quoted bool) int {
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !isWordRune(r) && !(r == '\'' || r == '’') {
			break
		}
		j += size
	}
	n := s.n
	s.push(text[i:j], clause, quoted)
	if s.regWant && !s.regAny && !s.regClipped {
		if s.n == n || s.toks[n].a == s.toks[n].b || !isASCII(text[i:j]) {
			s.regClipped = true // not kept, kept without its letters, or read again by mayRegister
		} else if t := &s.toks[n]; int(t.b-t.a) <= maxRegisterWord {
			s.regAny = registerWord(text, s.arena[t.a:t.b], t.cls, j, n == 0)
		}
	}
	return j
}

// maxRegisterWord is the longest word mayRegister weighs.
const maxRegisterWord = 24

// isASCII reports whether w is all ASCII.
func isASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// push lower-cases and classifies one word of any script. A word that does
// not fit in the arena is kept without its letters or classes.
func (s *sent) push(w string, clause, quoted bool) {
	if s.n == maxToks {
		return
	}
	t := &s.toks[s.n]
	r0, _ := utf8.DecodeRuneInString(w)
	*t = tok{clause: clause, quoted: quoted, named: unicode.IsUpper(r0) || unicode.IsDigit(r0)}
	s.n++
	if s.used+len(w)*2 > len(s.arena) {
		return
	}
	a, h := s.used, uint32(fnvOffset)
	for _, r := range w {
		if r == '’' {
			r = '\''
		}
		s.used += utf8.EncodeRune(s.arena[s.used:], unicode.ToLower(r))
	}
	for _, c := range s.arena[a:s.used] {
		h = (h ^ uint32(c)) * fnvPrime
	}
	t.a, t.b = uint16(a), uint16(s.used)
	t.cls = lookup(s.arena[a:s.used], h)
}

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// isWordRune reports a letter or digit, quickly for ASCII.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// mark notes a punctuation shape.
func (s *sent) mark(r, prev, next rune) {
	switch {
	case r == '{':
		s.marks.brace, s.markup = true, true
	case r == '|' && (prev == '<' || next == '>'):
		s.marks.angleBar, s.markup = true, true
	case (r == '<' || r == '>') && prev == r && next == r:
		s.marks.angles = true // "<<<", ">>>": a forged prompt delimiter
	case r == '[':
		s.marks.bracket = true
	case r == '(':
		s.marks.paren = true
	case r == '#':
		s.marks.hash = true
	case r == '/' && prev == '/':
		s.marks.slashes = true
	case r == ':':
		s.marks.colon = true
	case r == '=' && (next == '"' || next == '\'' || next == '“'):
		s.marks.equals, s.markup = true, true
	}
}

// dropQuoted removes quoted words unless every word is quoted or the
// sentence is markup, and sums the classes of the words kept. The word
// after a removed quotation opens a clause.
func (s *sent) dropQuoted() {
	outside := 0
	for i := 0; i < s.n; i++ {
		if !s.toks[i].quoted {
			outside++
		}
	}
	keep := outside == s.n || outside == 0 || s.markup
	if !keep {
		j, gap := 0, false
		for i := 0; i < s.n; i++ {
			if s.toks[i].quoted {
				gap = true
				continue
			}
			s.toks[j] = s.toks[i]
			s.toks[j].clause = s.toks[j].clause || gap
			j++
			gap = false
		}
		s.n = j
	}
	for i := 0; i < s.n; i++ {
		s.all |= s.toks[i].cls
	}
}

// pairList holds the byte spans of a list of word pairs: two or more
// items in a row, each two short phrases joined by a spaced slash and the
// items set apart by commas or semicolons ("unrest / strikes, fighting /
// conflict, pretend to be / impersonated"), as a glossary, a table cell or
// a list of paraphrases writes them. The words of such a list are named,
// not used: like words in quotation marks they give no order and cast no
// role. A chain of slashes in one item ("Photo: A / B / C") is no pair.
type pairList struct {
	spans [8][2]int
	n     int
}

// maxPairWords is the longest side of a pair, in words.
const maxPairWords = 6

// find fills l with the pair lists of text.
func (l *pairList) find(text string) {
	if strings.Index(text, " / ") < 0 {
		return
	}
	runStart, runEnd, run := -1, -1, 0
	flush := func() {
		if run >= 2 && l.n < len(l.spans) {
			l.spans[l.n] = [2]int{runStart, runEnd}
			l.n++
		}
		runStart, run = -1, 0
	}
	start := 0
	for i := 0; i <= len(text); i++ {
		var c byte
		if i < len(text) {
			c = text[i]
		}
		if i < len(text) && c != ',' && c != ';' && c != ':' && c != '(' && c != ')' && c != '|' && c != '[' && c != ']' && c != '\n' {
			continue
		}
		if isPair(text[start:i]) {
			if run == 0 {
				runStart = start
			}
			run++
			runEnd = i
		} else {
			flush()
		}
		if c != ',' && c != ';' {
			flush() // a bracket or a cell's end closes the list
		}
		start = i + 1
	}
	flush()
}

// isPair reports an item of two short phrases joined by one spaced slash.
func isPair(item string) bool {
	k := strings.Index(item, " / ")
	if k < 0 || strings.Contains(item[k+3:], "/") || strings.Contains(item[:k], "/") {
		return false
	}
	a, b := strings.Fields(item[:k]), strings.Fields(item[k+3:])
	return len(a) > 0 && len(b) > 0 && len(a) <= maxPairWords && len(b) <= maxPairWords
}

// holds reports whether byte offset i lies in a pair list.
func (l *pairList) holds(i int) bool {
	for k := 0; k < l.n; k++ {
		if i >= l.spans[k][0] && i < l.spans[k][1] {
			return true
		}
	}
	return false
}

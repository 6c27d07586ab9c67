// Package sentences splits news text into sentences.
//
// The splitter is rule-based and works on bytes: a sentence ends at a full
// stop, question mark, exclamation mark or ellipsis (with any closing quote
// marks and brackets that follow it) when the next word could start a
// sentence, and at a line break when the line does not read as a hard wrap.
// Abbreviations, initials, decimal numbers and times do not end sentences.
//
// The sentence-final marks of other scripts (see scriptFinal: the
// Chinese and Japanese 。！？．, the danda । and double danda ॥ of
// Devanagari and Bengali, the Arabic question mark ؟ and Urdu full stop ۔,
// the Armenian ։, the Ethiopic ። and ፧, the Myanmar ။, the Tibetan ། and
// ༎, the Greek question mark ;) end a sentence whatever follows, as these
// scripts have no capital letters to look at; closing quotes and brackets
// after them stay with the sentence.
package sentences

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a sentence located by byte offsets in the text it was split from.
type Span struct {
	Start, End int
}

// Split returns the sentences of text as byte spans, in order, with
// surrounding whitespace excluded. Text without a final full stop still
// yields its last sentence. It is safe for concurrent use.
func Split(text string) []Span {
	var out []Span
	start := 0
	emit := func(end int) {
		s, e := trim(text, start, end)
		if s < e {
			out = append(out, Span{s, e})
		}
	}
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf && !splitMark[c] {
			i++ // most bytes: no case below holds for them
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			if lineBreakEnds(text, start, i) {
				emit(i)
				start = i + 1
			}
		case scriptFinal(text, i, r, n):
			// 。！？ end a sentence whatever follows: CJK puts no space
			// after them; nor do the other scripts' marks need a capital.
			end := i + n
			for end < len(text) {
				c, m := utf8.DecodeRuneInString(text[end:])
				if !scriptFinal(text, end, c, m) && !isCloser(c) {
					break
				}
				end += m
			}
			if quoteGoesOn(text, i+n, end) {
				i = end // 「…。」と述べた: the quotation is part of the sentence
				continue
			}
			emit(end)
			start, i = end, end
			continue
		case r == '.' || r == '!' || r == '?' || r == '…':
			end := terminalEnd(text, i)
			if end > i && endsSentence(text, i, end) {
				emit(end)
				start = end
				i = end
				continue
			}
			if end > i+n {
				i = end // skip the rest of "..." or the closing quotes
				continue
			}
		}
		i += n
	}
	emit(len(text))
	return out
}

// splitMark marks the ASCII bytes Split's loop looks at: a line break and
// the sentence-final marks (scriptFinal's marks are all outside ASCII).
var splitMark = [utf8.RuneSelf]bool{'\n': true, '.': true, '!': true, '?': true}

// trim narrows [s,e) to exclude surrounding whitespace.
func trim(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}

// terminalEnd returns the end of the terminal punctuation starting at i:
// runs of . ! ? … followed by closing quotes and brackets. It returns i when
// the mark at i is part of a number (1.5) or a word (U.S is handled later).
func terminalEnd(text string, i int) int {
	j := i
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			break
		}
		j += n
	}
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if !isCloser(r) {
			break
		}
		j += n
	}
	return j
}

// quoteGoesOn reports whether the closing brackets text[from:end] after a
// CJK full stop end a quotation that the sentence goes on after: Japanese
// follows a quoted sentence with a particle in hiragana (「…。」と述べた).
func quoteGoesOn(text string, from, end int) bool {
	if end == from || end >= len(text) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[end:])
	return unicode.Is(unicode.Hiragana, next)
}

// finalMarks are the sentence-final marks of scripts other than Latin,
// Greek and Cyrillic (whose . ! ? … are weighed by endsSentence): none of
// them has another use, so each ends a sentence whatever follows. The
// marks that need a look at their neighbours are in scriptFinal.
var finalMarks = map[rune]bool{
	'。': true, '！': true, '？': true, '｡': true, // Chinese, Japanese, Korean (full-width)
	'\u0964': true, '\u0965': true, // । ॥ danda and double danda: Devanagari (Hindi, Marathi, Nepali), Bengali, and other Indic scripts
	'\u061F': true, // ؟ Arabic question mark (Arabic, Persian, Urdu)
	'\u06D4': true, // ۔ Arabic full stop (Urdu)
	'\u0589': true, // ։ Armenian full stop
	'\u1362': true, // ። Ethiopic full stop (Amharic, Tigrinya)
	'\u1367': true, // ፧ Ethiopic question mark
	'\u1368': true, // ፨ Ethiopic paragraph separator
	'\u104B': true, // ။ Myanmar section mark (Burmese full stop)
	'\u0F0D': true, // ། Tibetan shad (ends a clause or sentence; Tibetan has no other full stop)
	'\u0F0E': true, // ༎ Tibetan nyis shad
}

// IsFinal reports whether r can end a sentence in some script: the
// . ! ? … of English and the marks of finalMarks, with the full-width full
// stop ．and the Greek question mark ; (U+037E). Callers that ask whether a
// line ends like a sentence use it; Split weighs the context as well.
func IsFinal(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '．', '\u037E':
		return true
	}
	return finalMarks[r]
}

// scriptFinal reports whether the mark r (n bytes) at text[i:] ends a
// sentence whatever follows: a mark of finalMarks; the full-width full stop
// ．after Chinese, Japanese or Korean text (not between digits, ３．５％, nor
// after full-width Latin letters, Ｕ．Ｓ．, which stay with the word as
// before); the Greek question mark U+037E after a Greek letter (the same
// glyph as a semicolon, so only Greek text decides it).
func scriptFinal(text string, i int, r rune, n int) bool {
	if r < utf8.RuneSelf {
		return false // every mark of finalMarks, ． and ; is outside ASCII
	}
	switch r {
	case '．':
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		return before == 'ー' || isCloser(before) && before != '"' && before != '\'' ||
			unicode.In(before, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
	case '\u037E':
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		return unicode.Is(unicode.Greek, before)
	}
	return finalMarks[r]
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', ')', ']', '»', '」', '』', '）', '】', '〉', '》':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '(', '[', '«':
		return true
	}
	return false
}

// endsSentence decides whether the terminal punctuation text[i:end] ends a
// sentence, looking at the word before it and the word after it.
func endsSentence(text string, i, end int) bool {
	if end < len(text) {
		r, _ := utf8.DecodeRuneInString(text[end:])
		if !unicode.IsSpace(r) {
			return false // "U.S.-backed", "1.5", "e.g.,"
		}
	}
	next := nextWord(text, end)
	if next == "" {
		return true
	}
	first, _ := utf8.DecodeRuneInString(next)
	if unicode.IsLower(first) {
		return false // `..." he said`, "p.m. local time"
	}
	if text[i] != '.' || end > i+1 && text[i+1] == '.' {
		// ! ? … and "..." before a capital, unless they close a quotation
		// that the words after it report (`"Why?" Pike asked.`).
		return !closesQuotedCue(text, i, end)
	}
	prev := wordBefore(text, i)
	if middleInitial(prev) {
		// "John P. Holdren", "John D. (Jay) Rockefeller": a capital letter
		// before a name or a bracketed nickname is an initial.
		return openers[strings.ToLower(next)] && !nicknameAfter(text, end)
	}
	return !abbreviationHolds(prev, next)
}

// middleInitial reports whether prev is a single capital letter: the
// initial of a name, not the "p." of a page number.
func middleInitial(prev string) bool {
	r, n := utf8.DecodeRuneInString(prev)
	return n == len(prev) && unicode.IsUpper(r)
}

// nicknameAfter reports whether "(Word)" follows the whitespace at
// text[j:]: a nickname inside a name.
func nicknameAfter(text string, j int) bool {
	for j < len(text) && text[j] == ' ' {
		j++
	}
	if j+2 >= len(text) || text[j] != '(' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[j+1:])
	k := strings.IndexByte(text[j:], ')')
	return unicode.IsUpper(r) && k > 1 && k < 20 && !strings.ContainsAny(text[j:j+k], " ")
}

// nextWord returns the word starting after the whitespace at text[j:],
// opening quotes and brackets stripped; "" at the end of the text.
func nextWord(text string, j int) string {
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if isOpener(r) {
			return "A" // a quotation or bracket opens a new sentence
		}
		if !unicode.IsSpace(r) {
			break
		}
		j += n
	}
	k := j
	for k < len(text) {
		r, n := utf8.DecodeRuneInString(text[k:])
		if unicode.IsSpace(r) || r == ',' {
			break
		}
		k += n
	}
	return strings.TrimRight(text[j:k], ".,;:!?")
}

// wordBefore returns the token ending at i (exclusive), including inner
// full stops: "U.S", "a.m", "Mr", "J".
func wordBefore(text string, i int) string {
	j := i
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:j])
		if unicode.IsSpace(r) || isOpener(r) {
			break
		}
		j -= n
	}
	return text[j:i]
}

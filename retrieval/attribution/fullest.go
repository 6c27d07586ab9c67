package attribution

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsbot/newsbot"
)

// The fullest-name step: a speaker written short is given the fullest name
// the article writes for the same person anywhere in its text, not only
// among the speakers and subjects the tracker has met. The short forms
// are read by their shape:
//
//   - a surname alone: "Sharma said" after "Rohan Sharma’s India XI";
//   - a courtesy title and a name: "Ms Lomax" after "Priya Lomax",
//     "Dame Caroline" after "Dame Caroline Hurst" (a knight's or dame's
//     title goes with the first name, the others with the surname);
//   - capitalised titles and a surname: "Assistant Director in Charge
//     McCabe" after "Andrew McCabe" (the titles become the role).
//
// The full names are the runs of two or three capitalised words of the
// text that read as a person's name once the titles before them are set
// aside (isPersonName); a short form is rewritten only when exactly one
// such name fits it.

// textName is a person's name written in full in the article.
type textName struct {
	name   string   // as written, without titles
	words  []string // its words in lower case
	honour string   // the courtesy title right before it, lower case ("dame"), or ""
}

// nameToks holds personNamesIn's token buffers (about 30 KB an article),
// used only while it reads the text: the names it returns hold none of them.
var nameToks = sync.Pool{New: func() any { return new([]tok) }}

// personNamesIn returns the full names of persons written in text;
// lowered is text lower-cased by lowerAligned, or "".
func personNamesIn(text, lowered string) []textName {
	buf := nameToks.Get().(*[]tok)
	if need := len(text)/4 + 8; cap(*buf) < need { // about a token in 5 bytes of news
		*buf = make([]tok, 0, need)
	}
	ts := tokenizeLowered(text, lowered, false, *buf)
	*buf = ts
	defer putToks(buf)
	return namesIn(text, ts)
}

// putToks returns a token buffer to nameToks, emptied, unless it grew
// past an article of about 150 KB.
func putToks(buf *[]tok) {
	if ts := *buf; cap(ts) <= 1<<15 {
		clear(ts) // holds no article text while pooled
		*buf = ts[:0]
		nameToks.Put(buf)
	}
}

// putWords gives the article's sentence tokens back to the pool.
func (a *article) putWords() {
	putToks(a.words)
	a.words = nil
}

// tiles reports whether the sentences cover text the way one tokenisation
// of the whole text reads it: in order, every one with offsets that fit,
// and only white space before the first, after the last and between two
// (at least one character of it). Then the tokens of the sentences, put
// end to end, are the tokens of text (tokenizeLowered reads past a word
// only into letters, digits and marks, never across white space), but for
// the quotation state: a sentence's tokens start with the quotation open
// or closed as Attribute carries it, the whole text's closed. namesIn
// reads no quotation state but inQ, and only to compare words of a run
// with no punctuation mark in it, which markQuotes gives one inQ whatever
// state it starts in (the state changes only at a quotation mark, and
// every quotation mark is a punctuation token).
func tiles(text string, sents []newsbot.Sentence) bool {
	end := 0
	for k, s := range sents {
		if s.Start < end || s.End > len(text) || s.Start > s.End || k > 0 && s.Start == end || !allSpace(text[end:s.Start]) {
			return false
		}
		end = s.End
	}
	return allSpace(text[end:])
}

// allSpace reports whether s holds only white space (unicode.IsSpace).
func allSpace(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// namesIn is personNamesIn given the tokens of text.
func namesIn(text string, ts []tok) []textName {
	var out []textName
	seen := map[string]bool{}
	for i := 0; i < len(ts); {
		if ts[i].punct || !ts[i].capped {
			i++
			continue
		}
		j, poss := i, false
		for j < len(ts) && !ts[j].punct && (ts[j].capped && !weekdays[ts[j].lo] || nameLinks[ts[j].lo] && ts[j].lo != "and") && !ts[j].inQ == !ts[i].inQ && (j == i || !lineBetween(text, ts[j-1].b, ts[j].a)) {
			j++
			if poss = possessiveWord(ts[j-1].s); poss {
				break // "Rohan Sharma’s India XI": the possessor ends the name
			}
		}
		a, honour := i, ""
		for a < j && (ts[a].has(wcTitle) || ts[a].has(wcHonorific) || ts[a].has(wcFunction) || ts[a].has(wcDeterminer) || ts[a].has(wcOrg) || titleByForm(ts, a, j) || isAcronym(ts[a].s)) {
			if ts[a].has(wcHonorific) {
				honour = strings.TrimSuffix(ts[a].lo, ".")
			} else {
				honour = ""
			}
			a++
		}
		if a+3 < j && ts[a+1].lo == "of" && isPersonName(ts, a+2, j) {
			a += 2 // "Allies of Priya Lomax": the name after "of" at a sentence's start
		}
		b := j
		for b-a > 3 || b-a >= 2 && b < j && ts[b].capped {
			b-- // "Andrew McCabe of the FBI's ...": the name ends before a link
		}
		for b > a+2 && !isPersonName(ts, a, b) {
			b--
		}
		if b-a >= 2 && b-a <= 3 && isPersonName(ts, a, b) && (b == j || !ts[b].capped) {
			name := join(text, ts, a, b)
			if poss && b == j {
				name = strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
			}
			if !seen[honour+"|"+name] {
				seen[honour+"|"+name] = true
				out = append(out, textName{name: name, words: contentWords(name), honour: honour})
			}
		}
		i = max(j, i+1)
	}
	return out
}

// lineBetween reports whether a line break separates two words: a name
// on a line of its own ("Jen Psaki" above "Daily Press Briefing" in a
// transcript's heading) ends with its line.
func lineBetween(text string, a, b int) bool {
	return a <= b && b <= len(text) && strings.IndexByte(text[a:b], '\n') >= 0
}

// possessiveWord reports whether a word ends in the possessive 's.
func possessiveWord(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// knightly titles go with the first name: "Sir Graham", "Dame Caroline".
var knightly = set("sir", "dame", "lady")

// fullestFor returns the one full name among names that the short form
// fits, or "": last is the surname (or, with a knightly title, the first
// name) in lower case.
func fullestFor(names []textName, last, honour string) string {
	found := ""
	for _, n := range names {
		w := n.words
		if len(w) < 2 {
			continue
		}
		fits := w[len(w)-1] == last
		if knightly[honour] {
			fits = n.honour == honour && w[0] == last
		}
		if !fits {
			continue
		}
		if found != "" && !strings.EqualFold(found, n.name) {
			return "" // two persons fit: leave the short form as written
		}
		found = n.name
	}
	return found
}

// fullestNames rewrites the speakers written short (see above). The names
// of the text are read only when a claim has such a speaker; a speaker
// several claims share is read once.
func (a *article) fullestNames() {
	var names []textName
	read := false
	done := make(map[string]fullName, 8)
	for i := range a.out {
		c := &a.out[i]
		f, ok := done[c.Speaker]
		if !ok {
			f = a.fullestName(c.Speaker, &names, &read)
			done[c.Speaker] = f
		}
		if f.full != "" {
			c.Speaker = f.full
			if f.prefix != "" && c.Role == "" {
				c.Role = f.prefix
			}
		}
	}
}

// fullName is what fullestName found for a speaker: the full name to
// write instead ("" for none) and the titles written before the short
// form, which become the role.
type fullName struct{ full, prefix string }

// fullestName returns the fullest name of the text for speaker, reading
// the text's names into *names the first time one is needed.
func (a *article) fullestName(speaker string, names *[]textName, read *bool) fullName {
	fs := strings.Fields(speaker)
	if len(fs) == 0 || len(fs) > 6 || !isCapitalised(fs[len(fs)-1]) {
		return fullName{}
	}
	last := lower(strings.TrimRight(fs[len(fs)-1], ".,"))
	if isAcronym(fs[len(fs)-1]) || len(last) < 2 {
		return fullName{}
	}
	honour, prefix := "", ""
	switch {
	case len(fs) == 1:
	case len(fs) == 2 && honorifics[lower(fs[0])]:
		honour = strings.TrimSuffix(lower(fs[0]), ".")
		if honour == "lord" {
			return fullName{} // "Lord Ashworth" is a peer's name of its own
		}
	default:
		if !titlesOnly(fs[:len(fs)-1]) {
			return fullName{}
		}
		prefix = strings.Join(fs[:len(fs)-1], " ")
	}
	if !*read {
		if a.words != nil {
			*names = namesIn(a.text, *a.words) // the sentences' tokens: the same as tokenising text again (tiles)
		} else {
			*names = personNamesIn(a.text, a.lowered)
		}
		*read = true
	}
	return fullName{full: fullestFor(*names, last, honour), prefix: prefix}
}

// titlesOnly reports whether the words before a surname are capitalised
// titles, with the links of a title between them ("Assistant Director in
// Charge"), at least one of them a title word.
func titlesOnly(fs []string) bool {
	title := false
	for _, f := range fs {
		lo := lower(f)
		switch {
		case titleWords[lo]:
			title = true
		case lo == "in" || lo == "of" || lo == "and":
		case isCapitalised(f) && !honorifics[lo]:
		default:
			return false
		}
	}
	if !title || !isCapitalised(fs[0]) {
		return false
	}
	// the word before the surname is a title written in capitals ("Foreign
	// Minister Lavrov"), not a lower-case role noun or a name's first word:
	// "The chief executive of Thames Water" is a description whose last
	// words are a company, not a title and the surname "Water"
	w := fs[len(fs)-1]
	return isCapitalised(w) && (titleWords[lower(w)] || honorifics[lower(w)])
}

// earlierIndefinites gives a speaker that is a definite description ("the
// detective", "The bench") the indefinite mention that introduced it in
// the sentences before, with what follows its noun ("a detective from
// Deschutes County, Oregon", "A division bench of Justices R.K. Menon and
// Farida Qureshi"): an indefinite noun phrase introduces a referent, and
// "the" with the same noun refers back to it. The nearest such mention
// within the five sentences before the claim's is taken; the speaker's
// words must follow the article in the same order, so "the report" comes
// back to "a report by the agency" and "the detective" to "a detective".
func (a *article) earlierIndefinites(sents []newsbot.Sentence) {
	for i := range a.out {
		c := &a.out[i]
		if !opensWithThe(c.Speaker) {
			continue // fs[0] below is no "the": asked before the split
		}
		fs := strings.Fields(c.Speaker)
		if len(fs) < 2 || len(fs) > 3 || !strings.EqualFold(fs[0], "the") {
			continue
		}
		head := fs[len(fs)-1]
		if head != lower(head) || functionWords[head] || pronounClass(head) != "" {
			continue
		}
		for k := c.SentenceSeq - 1; k >= 0 && k >= c.SentenceSeq-5 && k < len(sents); k-- {
			ts := tokenize(sents[k].Text, false, nil)
			if len(fs) == 2 && researchGroups[head] {
				if np := groupMention(sents[k].Text, ts); np != "" {
					c.Speaker = np // "the team writes" after "led by researchers at X and Y"
					break
				}
			}
			if np := indefiniteMention(sents[k].Text, ts, fs[1:]); np != "" {
				c.Speaker = np
				break
			}
		}
	}
}

// opensWithThe reports whether the first of strings.Fields(s) is "the" in
// any case and another field follows: the three letters (whose case
// folds stay in ASCII) and a space rune after them.
func opensWithThe(s string) bool {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if len(s) < 4 || !strings.EqualFold(s[:3], "the") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[3:])
	return unicode.IsSpace(r) && strings.TrimSpace(s[3:]) != ""
}

// researchGroups are the nouns a writer calls the people behind a study by
// once they are introduced: "the team", "the authors".
var researchGroups = set("team", "authors", "researchers", "scientists")

// groupMention returns the group of researchers that s introduces, with
// the bodies they are at ("researchers at the Institut Pasteur du Laos and
// the University of Lyon", "A team of international astronomers"), or "".
// ts is s tokenised.
func groupMention(s string, ts []tok) string {
	for k := 0; k+2 < len(ts); k++ {
		switch {
		case ts[k].is("researchers", "scientists") && ts[k+1].is("at", "from"):
			b := namesRun(ts, k+2)
			for b+1 < len(ts) && ts[b].lo == "and" {
				e := namesRun(ts, b+1)
				if e == b+1 {
					break
				}
				b = e
			}
			if b > k+2 {
				return join(s, ts, k, b)
			}
		case ts[k].is("a", "an") && ts[k+1].lo == "team" && ts[k+2].lo == "of":
			for m := k + 3; m < len(ts) && m <= k+6 && !ts[m].punct && !ts[m].capped; m++ {
				if w, ok := strings.CutSuffix(ts[m].lo, "s"); ok && (personNouns[w] || agentNoun(w)) {
					return join(s, ts, k, m+1)
				}
			}
		}
	}
	return ""
}

// namesRun returns the end of the capitalised name at k ("the University
// of Lyon"), k when there is none.
func namesRun(ts []tok, k int) int {
	p := k
	if p < len(ts) && ts[p].lo == "the" {
		p++
	}
	start := p
	for p < len(ts) && !ts[p].punct && (ts[p].capped || nameLinks[ts[p].lo] && ts[p].lo != "and" && p+1 < len(ts) && ts[p+1].capped) {
		p++
	}
	if p == start {
		return k
	}
	return p
}

// indefiniteMention returns the indefinite noun phrase of s whose words
// end with words ("a detective", "an independent panel"), with the
// prepositional phrase of capitalised names after it ("from Deschutes
// County, Oregon"), or "". ts is s tokenised.
func indefiniteMention(s string, ts []tok, words []string) string {
	n := len(words)
	for k := 0; k+n < len(ts); k++ {
		if !ts[k].is("a", "an") {
			continue
		}
		end := -1
		for m := k + 1; m <= k+3 && m+n <= len(ts); m++ {
			ok := true
			for x, w := range words {
				if ts[m+x].lo != lower(w) || ts[m+x].capped { // m > k: never the sentence's first word
					ok = false
					break
				}
			}
			if ok {
				end = m + n
				break
			}
			if ts[m].punct || ts[m].capped {
				break
			}
		}
		if end < 0 {
			continue
		}
		// a modifier of the noun's own is kept: "a division bench"
		b := end
		if b+1 < len(ts) && ts[b].is("from", "of", "at", "with", "for") && ts[b+1].capped {
			p := b + 1
			for p < len(ts) {
				t := ts[p]
				switch {
				case !t.punct && (t.capped || nameLinks[t.lo] && p+1 < len(ts) && ts[p+1].capped):
					p++
					continue
				case t.s == "," && p+2 < len(ts) && ts[p+1].capped && !ts[p+2].capped && (ts[p+2].punct || ts[p+2].s == ","):
					p += 2 // "Deschutes County, Oregon,": a place and its state
					continue
				}
				break
			}
			b = p
		}
		return join(s, ts, k, b)
	}
	return ""
}

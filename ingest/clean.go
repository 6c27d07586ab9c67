package ingest

import (
	"errors"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbot/newsbot"
)

// Paragraph is one block of cleaned article text with its role.
type Paragraph struct {
	Text string
	Kind newsbot.SentenceKind // headline, standfirst, caption, body
}

// Cleaned is an article's text with web-page boilerplate removed and its
// metadata pulled out.
type Cleaned struct {
	Title      string
	Standfirst string
	Byline     string // credits line, removed from the paragraphs
	Outlet     string
	URL        string
	Published  string // YYYY-MM-DD or ""
	Paragraphs []Paragraph

	// Canonical is the page's canonical URL with tracking parameters
	// dropped; empty for files.
	Canonical string
	// Hidden counts the blocks of a web page that readers never see
	// (display:none, hidden, off-screen): removed, and reported as set aside.
	Hidden int
}

// Text returns the cleaned paragraphs joined by blank lines, as stored.
func (c *Cleaned) Text() string {
	parts := make([]string, 0, len(c.Paragraphs))
	for _, p := range c.Paragraphs {
		if t := strings.TrimSpace(p.Text); t != "" {
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, "\n\n")
}

// errNoText is wrapped by the error for input without article text.
var errNoText = errors.New("no article text")

// CleanText cleans plain text: it drops web-page boilerplate (navigation,
// share and follow lines, newsletter and sign-up calls, notices), finds the
// headline, standfirst and photo captions, and moves bylines and credits into
// Byline. Body text is kept verbatim, except that hard-wrapped lines of one
// paragraph are joined with a space. It returns an EINVALID error when no
// article text is left. HTML comments (<!-- ... -->) are removed and
// counted in Hidden: a page never shows them, so text pasted or saved with
// its markup holds in them only what readers never saw (an editor's note,
// or a note for the machines that read the page), as CleanMarkdown and
// CleanHTML drop them too.
func CleanText(s string) (*Cleaned, error) {
	s, hidden := dropComments(normalizeNewlines(s))
	c, err := cleanParagraphs(textParagraphs(s), marks{})
	if c != nil {
		c.Hidden += hidden
	}
	return c, err
}

// dropComments removes the closed HTML comments of plain text, each with a
// line break in its place so that the text on either side stays apart,
// and returns how many it removed. An unclosed "<!--" is left as it is.
func dropComments(s string) (string, int) {
	if !strings.Contains(s, "<!--") {
		return s, 0
	}
	var b strings.Builder
	n := 0
	for {
		i := strings.Index(s, "<!--")
		if i < 0 {
			break
		}
		j := strings.Index(s[i+4:], "-->")
		if j < 0 {
			break
		}
		b.WriteString(s[:i])
		b.WriteString("\n")
		s = s[i+4+j+3:]
		n++
	}
	b.WriteString(s)
	return b.String(), n
}

// cleanParagraphs classifies raw paragraphs into a Cleaned article.
// m holds what the page's markup says about some paragraphs (none for
// text).
func cleanParagraphs(paras []string, m marks) (*Cleaned, error) {
	captions := m.captions
	c := &Cleaned{}
	var credits []string
	var kept []line
	afterCredits, updated := false, ""
	seen := map[string]bool{}
	for _, p := range paras {
		p = strings.TrimSpace(p)
		// A paragraph ending with the credits is itself article text.
		before := afterCredits
		if credit, rest, end := splitCredits(p); credit != "" {
			credits = append(credits, credit)
			if date, ok := findDate(p); ok && rest == "" && !end {
				c.Published = firstNonEmpty(c.Published, date) // "By Jane Doe, 2 May 2025"
			}
			afterCredits = afterCredits || end
			if p = rest; p == "" {
				continue
			}
		}
		if isTimeLine(p) {
			kept = append(kept, line{p, true}) // a live page's entry time, "Updated 8 minutes ago"
			continue
		}
		// The rules below read the word count up to 41 at most: counted
		// once here instead of once per rule (it was 17% of cleaning).
		words := wordCountUpTo(p, 41)
		if date, byline, ok := metaLineWords(p, words); ok {
			c.Published = firstNonEmpty(c.Published, date)
			if byline != "" {
				credits = append(credits, byline)
			}
			continue
		}
		if date, ok := dateLineWords(p, words); ok {
			switch {
			case date == "":
			case isUpdateLine(p):
				updated = firstNonEmpty(updated, date)
			case c.Published == "":
				c.Published = date
			}
			continue
		}
		if isBoilerplateWords(p, before, words) || m.links[p] && !m.items[p] && !endsSentence(p) {
			kept = append(kept, line{p, true})
			continue
		}
		if seen[p] {
			continue // a pull quote repeating the text
		}
		seen[p] = true
		kept = append(kept, line{p, false})
	}
	c.Published = firstNonEmpty(c.Published, updated) // an update date is better than none
	if c.Published == "" {
		c.Published = wireDateline(kept) // "WASHINGTON, June 25, 2012 – Federal partners ..."
	}
	c.Byline = strings.Join(credits, "; ")
	c.Paragraphs = classify(trimTail(dropIslands(kept, captions), m), captions)
	for _, p := range c.Paragraphs {
		switch p.Kind {
		case newsbot.KindHeadline:
			c.Title = p.Text
		case newsbot.KindStandfirst:
			c.Standfirst = p.Text
		}
	}
	if !c.hasWords() {
		return nil, &newsbot.Error{Code: newsbot.EINVALID, Err: errNoText, Message: "no article text is left after removing page boilerplate; give the text of a news article (plain text, Markdown or HTML)"}
	}
	return c, nil
}

// hasWords reports whether c.Text() has words, without building it.
func (c *Cleaned) hasWords() bool {
	letters := 0
	for _, p := range c.Paragraphs {
		for _, r := range p.Text {
			if unicode.IsLetter(r) {
				if letters++; letters >= 3 {
					return true // as hasWords counts
				}
			}
		}
	}
	return false
}

// classify finds the headline, standfirst and captions among the kept
// paragraphs. Lines before the first body paragraph that lack a full stop are
// headline candidates: the first substantial one is the headline, shorter
// ones before it (section labels, kickers) are dropped, and the next one after
// it is the standfirst.
func classify(paras []string, captions map[string]bool) []Paragraph {
	isCaption := func(p string) bool { return captions[p] || looksLikeCaption(p) }
	bodyAt := len(paras)
	for i, p := range paras {
		if isBodyParagraph(p) && !captions[p] {
			bodyAt = i
			break
		}
	}
	// The headline comes before the first sentence of the text: a line
	// after "He said yes." is not a headline, however short the sentences.
	headAt := bodyAt
	for i := 0; i < bodyAt; i++ {
		if endsFullStop(paras[i]) && !isCaption(paras[i]) {
			headAt = i
			break
		}
	}
	head := -1
	for i := 0; i < headAt; i++ {
		if !isCaption(paras[i]) && isHeadlineLike(paras[i]) && wordCount(paras[i]) >= 4 {
			head = i
			break
		}
	}
	if head < 0 {
		for i := 0; i < headAt; i++ {
			if !isCaption(paras[i]) && isHeadlineLike(paras[i]) {
				head = i
				break
			}
		}
	}
	out := make([]Paragraph, 0, len(paras))
	standfirst := false
	for i, p := range paras {
		kind := newsbot.KindBody
		switch {
		case i < head:
			continue // kicker or section label above the headline
		case i == head:
			kind = newsbot.KindHeadline
		case head >= 0 && i < bodyAt && !isCaption(p) && wordCount(p) < 5 && !endsSentence(p):
			continue // share bars and labels between headline and body
		case isCaption(p):
			kind = newsbot.KindCaption
		case head >= 0 && i < bodyAt && !standfirst && wordCount(p) >= 5:
			kind, standfirst = newsbot.KindStandfirst, true
		}
		out = append(out, Paragraph{Text: p, Kind: kind})
	}
	return out
}

// marks are what a page's markup says about paragraphs of its text.
type marks struct {
	captions map[string]bool // photo captions
	items    map[string]bool // list items of text, not of links: a fact box
	links    map[string]bool // list items of links: related stories, sections
}

// line is a paragraph with the verdict of the boilerplate rules.
type line struct {
	text      string
	furniture bool
}

// dropIslands returns the text of the lines that are not furniture, less
// the short lines without sentence punctuation that stand between two
// lines of furniture after the body has begun: the blurb of a newsletter box ("Our pick of the
// week's biggest stories") or a menu item the rules did not know.
func dropIslands(lines []line, captions map[string]bool) []string {
	var out []string
	inBody := false // before the body, classify sorts headline from kickers
	for i, l := range lines {
		if l.furniture {
			continue
		}
		island := inBody && i+1 < len(lines) && lines[i-1].furniture && lines[i+1].furniture &&
			wordCount(l.text) < 20 && !endsSentence(l.text) && !captions[l.text]
		inBody = inBody || isBodyParagraph(l.text)
		if !island {
			out = append(out, l.text)
		}
	}
	return out
}

// trimTail drops what follows the article's last paragraph of running text
// when it lacks sentence punctuation or carries a promotional signal:
// related headlines, "Most read" lists, tag lines, print-edition notes and
// "comments are closed" lines that sites put after the story. Captions and
// list items of text (not links) known from the markup stay, and so does a
// short heading followed by sentences of the story.
func trimTail(paras []string, m marks) []string {
	captions := m.captions
	last := -1 // the last paragraph of running text: found from the end
	for i := len(paras) - 1; i >= 0; i-- {
		if p := paras[i]; isBodyParagraph(p) && !captions[p] && !(wordCountUpTo(p, 31) <= 30 && promoScore(p) >= 1) {
			last = i
			break
		}
	}
	if last < 0 {
		return paras
	}
	tail := paras[last+1:]
	keep := make([]bool, len(tail))
	later := false // a sentence of the story follows
	for i := len(tail) - 1; i >= 0; i-- {
		p := tail[i]
		switch {
		case captions[p] || m.items[p] || endsSentence(p) && promoScore(p) == 0:
			keep[i], later = true, true
		case later && !endsSentence(p) && promoScore(p) == 0 && wordCount(p) <= 10:
			keep[i] = true // the heading of a closing section
		default:
			later = false
		}
	}
	out := paras[:last+1]
	for i, p := range tail {
		if keep[i] {
			out = append(out, p)
		}
	}
	return out
}

// isBodyParagraph reports a paragraph of running text: several words ending
// with sentence punctuation.
func isBodyParagraph(p string) bool {
	return endsSentence(p) && wordCountUpTo(p, 8) >= 8
}

// isHeadlineLike reports a line that could be a headline: not too long, and
// not ending with a full stop.
func isHeadlineLike(p string) bool {
	return !endsFullStop(p) && utf8.RuneCountInString(p) <= 200 && wordCount(p) >= 1
}

// captionCredit matches a photo credit in parentheses at the end of a line:
// "(Reuters)", "(AFP/Getty Images)", "(AP Photo/Hussein Malla, File)".
var captionCredit = regexp.MustCompile(`\(([^()]{2,60})\)\s*$`)

// captionLabel matches "Photo: ...", "Image: Reuters", "Photograph: AP".
var captionLabel = regexp.MustCompile(`(?i)(?:^|[\s.])(?:photo(?:graph)?|image|picture|credit|illustration)s?\s*(?:by|:)\s*\S.{0,60}$`)

// looksLikeCaption reports a photo caption: a line ending with an agency or
// photographer credit and not with a full stop.
func looksLikeCaption(p string) bool {
	if endsFullStop(p) {
		return false
	}
	if endsParen(p) {
		if m := captionCredit.FindStringSubmatch(p); m != nil && isCreditName(m[1]) {
			return true
		}
	}
	return (mayLabelCaption(p) && captionLabel.MatchString(p) || mayOpenCaption(p) && captionPrefix.MatchString(p)) && wordCount(p) <= 60
}

// mayLabelCaption reports whether p can match captionLabel: it must hold
// one of the label words ("illu" for illustration), in any case; none of
// them holds k or s, so the ASCII test is exact and false is certain.
func mayLabelCaption(p string) bool {
	for _, w := range [...]string{"photo", "image", "picture", "credit", "illu"} {
		if containsFoldASCII(p, w) {
			return true
		}
	}
	return false
}

// mayOpenCaption reports whether p can match captionPrefix: its first
// byte must open media, image, video, photo or picture (no k or s among
// those letters, so false is certain).
func mayOpenCaption(p string) bool {
	return p != "" && strings.IndexByte("mivpMIVP", p[0]) >= 0
}

// endsParen reports whether p's last byte other than \s (what captionCredit's
// \s*$ can skip) is ")": otherwise captionCredit cannot match.
func endsParen(p string) bool {
	p = strings.TrimRight(p, " \t\n\f\r")
	return p != "" && p[len(p)-1] == ')'
}

// captionPrefix opens a caption that a page labels as one ("Media caption,
// ...", "Image caption: ...").
var captionPrefix = regexp.MustCompile(`(?i)^(?:media|image|video|photo|picture) caption\b`)

// isCreditName reports whether s looks like an agency or photographer
// credit: capitalised names, optionally with slashes, commas and the words
// photo/file/via.
func isCreditName(s string) bool {
	words := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '/' || r == ',' || r == ';' })
	if len(words) == 0 || len(words) > 8 {
		return false
	}
	for _, w := range words {
		switch strings.ToLower(strings.TrimSuffix(w, ":")) {
		case "photo", "file", "via", "pool", "handout", "images", "photos", "by", "and", "&", "for", "photograph", "image", "credit":
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !(r >= 'A' && r <= 'Z') && !strings.ContainsRune("ÀÁÂÄÇÉÈÊÖÓÜŞ", r) {
			return false
		}
	}
	return true
}

// creditPart matches one credit clause: "Reporting by ...", "Editing by ...",
// "Additional reporting by ...".
const creditVerbs = `(?:additional |extra )?(?:reporting|writing|editing|compiled|edited|written|research|researched|translated|translation|graphics|fact-checking|produced)(?: and (?:reporting|writing|editing))?\s+by\b`

var (
	// endCreditSuffix is a parenthesised credit at the end of a paragraph.
	endCreditSuffix = regexp.MustCompile(`(?i)\s*\(\s*(` + creditVerbs + `[^()]*)\)\s*$`)
	// endCreditLine is a whole paragraph of credits, with or without parentheses.
	endCreditLine = regexp.MustCompile(`(?i)^\(?\s*(` + creditVerbs + `[^()]*?)\s*\)?\.?$`)
	// contributedLine is "Jane Doe in Paris contributed to this report."
	contributedLine = regexp.MustCompile(`(?i)^[^"“”]{3,200}\bcontributed (?:to )?(?:this |the )?(?:report|reporting|story|article)\b[^"“”]*$`)
	// bylineStart opens "By Jane Doe", "BY JANE DOE and John Roe, Reuters".
	bylineStart = regexp.MustCompile(`^(?:[Bb]y|BY)\s+\p{Lu}`)
)

// nameParticles are the lower-case words a byline may hold besides names.
var nameParticles = map[string]bool{
	"and": true, "van": true, "von": true, "den": true, "der": true, "de": true, "da": true,
	"del": true, "di": true, "du": true, "la": true, "le": true, "al": true, "el": true,
	"bin": true, "ibn": true, "in": true, "for": true, "of": true, "the": true, "staff": true,
	"correspondent": true, "reporter": true, "editor": true, "writer": true, "and/or": true,
}

// isByline reports a byline such as "By Jane Doe and Stephanie van den Berg,
// Reuters": "By" and a name, capitalised words and name particles only.
func isByline(p string) bool {
	if p == "" || p[0]|0x20 != 'b' || !bylineStart.MatchString(p) || endsFullStop(p) || wordCount(p) > 14 {
		return false
	}
	for _, w := range strings.FieldsFunc(p, notWordRune)[1:] {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !nameParticles[strings.ToLower(w)] && !isDateFiller(strings.ToLower(w)) {
			return false
		}
	}
	return true
}

// splitCredits finds credits in paragraph p. It returns the credit text, what
// is left of the paragraph, and whether these are closing credits (after
// which only promotion follows).
func splitCredits(p string) (credit, rest string, end bool) {
	if containsFoldASCII(p, "contributed") && wordCountUpTo(p, 41) <= 40 && contributedLine.MatchString(p) {
		return strings.TrimSpace(p), "", true
	}
	if !strings.Contains(p, "by ") && !strings.Contains(p, "By ") && !strings.Contains(p, "BY ") {
		return "", p, false
	}
	if mayOpenCredit(p) {
		if m := endCreditLine.FindStringSubmatch(p); m != nil && wordCount(p) <= 60 {
			return strings.TrimSpace(m[1]), "", true
		}
	}
	if strings.Contains(p, "(") { // the suffix is in parentheses: no regexp scan of the others
		if loc := endCreditSuffix.FindStringSubmatchIndex(p); loc != nil {
			return strings.TrimSpace(p[loc[2]:loc[3]]), strings.TrimSpace(p[:loc[0]]), true
		}
	}
	if isByline(p) {
		return stripDates(p), "", false
	}
	return "", p, false
}

// mayOpenCredit reports whether p can match endCreditLine: after an
// optional "(" and spaces, its first letter must open one of creditVerbs.
// None of those letters is k or s, the only ASCII letters (?i) folds
// with runes beyond ASCII, so false is certain.
func mayOpenCredit(p string) bool {
	p = strings.TrimLeft(strings.TrimPrefix(p, "("), " \t\n\f\r")
	return p != "" && strings.IndexByte("aerwctgfpAERWCTGFP", p[0]) >= 0
}

func normalizeNewlines(s string) string {
	s = strings.TrimPrefix(s, "\ufeff")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// textParagraphs splits text into paragraphs. Blank lines separate
// paragraphs; inside a block, lines are joined only when they look
// hard-wrapped (long lines of similar width), so that a headline, standfirst
// and caption on consecutive lines stay apart.
func textParagraphs(s string) []string {
	var out, block []string
	flush := func() {
		out = append(out, joinBlock(block)...)
		block = block[:0]
	}
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimRight(line, " \t")
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		block = append(block, strings.TrimSpace(line))
	}
	flush()
	return out
}

// joinBlock returns the paragraphs of one block of consecutive lines.
func joinBlock(lines []string) []string {
	if len(lines) == 0 {
		return nil
	}
	// Page furniture pasted right after a paragraph ("Share this article")
	// is a line of its own, not part of the wrapped text.
	var tail []string
	for len(lines) > 1 && endsSentence(lines[len(lines)-2]) && startsUpper(lines[len(lines)-1]) && isBoilerplate(lines[len(lines)-1], false) {
		tail = append([]string{lines[len(lines)-1]}, tail...)
		lines = lines[:len(lines)-1]
	}
	if !isWrapped(lines) {
		return append(append([]string(nil), lines...), tail...)
	}
	return append([]string{strings.Join(lines, " ")}, tail...)
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isWrapped reports whether the lines are one hard-wrapped paragraph: every
// line but the last is at least 50 characters and close to the widest line,
// which is no wider than a terminal.
func isWrapped(lines []string) bool {
	if len(lines) < 2 {
		return false
	}
	width := 0
	for _, l := range lines {
		width = max(width, utf8.RuneCountInString(l))
	}
	if width > 100 {
		return false
	}
	for _, l := range lines[:len(lines)-1] {
		n := utf8.RuneCountInString(l)
		if n < 50 || n*10 < width*7 {
			return false
		}
	}
	return true
}

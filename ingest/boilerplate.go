package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/retrieval/sentences"
)

// The rules below recognise web-page furniture by its form, not by one
// site's wording: imperative calls to action, second-person marketing, short
// lines without sentence punctuation, navigation separators, and notices
// about copyright, cookies or republishing. Each rule is a signal; a
// paragraph is dropped when the signals outweigh its length.

// ctaVerbs start an imperative call to action ("Sign up ...", "Follow us ...").
var ctaVerbs = map[string]bool{
	"skip": true, "sign": true, "subscribe": true, "follow": true, "share": true,
	"click": true, "tap": true, "download": true, "read": true, "watch": true,
	"listen": true, "join": true, "log": true, "login": true, "register": true,
	"support": true, "donate": true, "advertise": true, "learn": true, "see": true,
	"view": true, "visit": true, "contact": true, "accept": true, "manage": true,
	"continue": true, "go": true, "back": true, "close": true, "search": true,
	"print": true, "email": true, "e-mail": true, "copy": true, "comment": true,
	"get": true, "stay": true, "tweet": true, "like": true, "explore": true,
	"discover": true, "try": true, "enter": true, "send": true, "tell": true,
	"become": true, "unlock": true, "start": true, "open": true, "jump": true,
	"enjoy": true, "give": true, "reuse": true, "related": true,
}

// navWords are whole short lines of page chrome.
var navWords = map[string]bool{
	"menu": true, "home": true, "share": true, "advertisement": true, "related": true,
	"comments": true, "tweet": true, "email": true, "print": true, "close": true,
	"search": true, "more": true, "next": true, "previous": true, "top": true,
	"sponsored": true, "newsletter": true, "newsletters": true, "subscribe": true,
	"login": true, "register": true, "facebook": true, "twitter": true, "whatsapp": true,
	"linkedin": true, "reddit": true, "telegram": true, "instagram": true, "youtube": true,
	"x": true, "ad": true, "video": true, "listen": true, "save": true, "copy": true,
	"link": true, "trending": true, "latest": true, "live": true, "topics": true,
	"pinterest": true, "flipboard": true, "copied": true, "mailto": true, "rss": true,
	"tumblr": true, "threads": true, "bluesky": true, "mastodon": true, "pocket": true,
	"messenger": true, "sms": true, "bookmark": true, "gift": true, "article": true,
}

// promoPatterns are phrases of marketing, notices and page chrome. Each is a
// signal; none is tied to one site. The anchor lists lower-case substrings
// (separated by "|") of which the phrase needs one: they are checked first,
// being much cheaper than the expression.
var promoPatterns = compileAll(
	"sign up|signing up", `\bsign(?:ing)? up\b`, "subscri", `\bsubscri(?:be|ption)\b`, "newsletter", `\bnewsletters?\b`,
	"stay ", `\bstay (?:informed|updated|up to date|in the know)\b`, "learn more", `\blearn more\b`,
	" form", `\bfill (?:out|in) (?:this|the|our) form\b`, "found here", `\bcan be found here\b`,
	"click here", `\bclick here\b`, "follow us", `\bfollow us\b`, "rights reserved", `\ball rights reserved\b`,
	"republish", `\brepublish(?:ing)?\b`, "cookie", `\bcookies?\b`, " app", `\bdownload (?:our|the) app\b`,
	"your inbox", `\byour inbox\b`, "privacy ", `\bprivacy (?:policy|notice)\b`,
	"terms ", `\bterms (?:of|and) (?:use|service|conditions)\b`, "©", `©`, "copyright", `\bcopyright\b`,
	"read more", `\bread more\b`, "related|recommended|popular|trending", `\b(?:related|recommended|popular|trending) (?:stories|articles|content|news|topics|reads)\b`,
	"more ", `\b[Mm]ore (?:about|from|on) [A-Z]`, "journalism", `\bsupport (?:our|independent) journalism\b`,
	"alert", `\bbreaking news alerts?\b`, "delivered", `\bdelivered (?:to you|straight|directly)\b`,
	"unrivalled|award-winning|independent", `\b(?:unrivalled|award-winning|independent) (?:coverage|journalism|reporting)\b`,
	"coverage", `\bdelivers\b.*\bcoverage\b`, "we use", `\bwe use\b`, "share ", `\bshare (?:this|on)\b`,
	"facebook|twitter|whatsapp|linkedin|telegram|instagram", `\b(?:facebook|twitter|whatsapp|linkedin|telegram|instagram)\b`,
	"sign in", `\bsign in\b`, "log in|login", `\blog ?in\b`, "register", `\bregister (?:now|today|for free)\b`,
	"free trial", `\bfree trial\b`, "advertisement", `\badvertisement\b`, "sponsored", `\bsponsored\b`,
	"you can|you may|you might|you will", `\byou (?:can|may|might|will) (?:also )?(?:like|enjoy|read)\b`,
	"opens in", `\bopens in (?:a )?new (?:window|tab)\b`, "report a|report e|report t|report c", `\breport (?:an? )?(?:error|typo|correction)\b`,
	"feedback", `\bfeedback\b`, "contact us", `\bcontact us\b`, "podcast", `\bpodcasts?\b`,
	"app store", `\bapp store\b`, "google play", `\bgoogle play\b`, "@", `[\w.+-]+@[\w-]+\.[\w.]+`,
	"do you have|got a", `\b(?:do you have|got) a (?:story|tip|news tip)\b`, "tip us", `\btip us\b`,
	"browser", `\b(?:your|this) browser\b`, "javascript", `\b(?:enable|turn on) javascript\b`,
	"continues", `\b(?:story|article|text|content|report) continues\b`,
	"most ", `\bmost (?:read|viewed|popular|shared|commented|recent)\b`,
	"comment", `\bcomments? (?:are|is|have been) (?:now )?(?:closed|disabled|switched off)\b`,
	"any time|anytime", `\bcancel (?:at )?any ?time\b`,
	"already a", `\balready a (?:subscriber|member)\b`, "access", `\bunlimited (?:digital )?access\b`,
	"tag|topic|filed|categor|keyword", `^(?:tags?|topics?|filed under|categories|category|keywords)\s*:`,
	"coffee", `\bbuy (?:me|us) a coffee\b`, "back to", `\bback to (?:home|top|homepage|the homepage|main menu|menu)\b`, "share it|share with", `\bshare (?:it|with)\b`,
)

type promoPattern struct {
	anchors []string
	re      *regexp.Regexp
}

// promoAnchors finds the patterns whose anchors a paragraph holds in one
// pass, instead of one strings.Contains scan per anchor.
var promoAnchors = func() *anchorSet {
	groups := make([][]string, len(promoPatterns))
	for i, pp := range promoPatterns {
		groups[i] = pp.anchors
	}
	return newAnchorSet(groups)
}()

// secondPerson marks marketing addressed to the reader.
var secondPerson = regexp.MustCompile(`(?i)\b(?:you|your|you're|you'll|yours)\b`)

// navSeparator marks breadcrumb or menu lines ("Home | World | Middle East").
var navSeparator = regexp.MustCompile(`\s(?:\||›|»|>|•|·|/)\s`)

// separatorBytes holds the bytes a navSeparator mark can start with: '|',
// '>', '/', and the lead bytes of » and · (0xC2) and › and • (0xE2).
var separatorBytes = func() (t [256]bool) {
	for _, b := range []byte("|>/\xc2\xe2") {
		t[b] = true
	}
	return t
}()

// maySeparate reports whether p can hold a mark of navSeparator (or of
// metaLineWords' set): false is certain, true is not. One table look-up
// a byte, where the regexp or strings.ContainsAny with runes beyond ASCII
// costs far more.
func maySeparate(p string) bool {
	for i := 0; i < len(p); i++ {
		if separatorBytes[p[i]] {
			return true
		}
	}
	return false
}

// compileAll compiles (anchor, expression) pairs; expressions that test
// capitals themselves are case-sensitive, the others not.
func compileAll(pairs ...string) []promoPattern {
	out := make([]promoPattern, 0, len(pairs)/2)
	for i := 0; i+1 < len(pairs); i += 2 {
		e := pairs[i+1]
		if !strings.Contains(e, "[A-Z]") {
			e = `(?i)` + e
		}
		out = append(out, promoPattern{anchors: strings.Split(pairs[i], "|"), re: regexp.MustCompile(e)})
	}
	return out
}

// promoScore counts the promotional signals in p.
func promoScore(p string) int { return promoScoreHits(p, promoAnchors.scan(p)) }

// promoScoreHits is promoScore with the anchors of p already found: a
// pattern can match only where its anchor occurs.
func promoScoreHits(p string, hits anchorHits) int {
	n := 0
	for i, pp := range promoPatterns {
		if hits.has(i) && pp.re.MatchString(p) {
			n++
		}
	}
	if n > 0 && secondPerson.MatchString(p) && !hasQuote(p) {
		n++
	}
	return n
}

// isBoilerplate reports whether paragraph p is page furniture rather than
// article text. afterCredits is true once the article's closing credits have
// been seen: what follows them is held to a stricter standard.
//
// The promotional score runs its expressions only where a rule needs it: a
// long paragraph (most of an article's body) is furniture only with a score
// of 3, and the score is at most one more than the patterns whose anchor
// occurs, so a paragraph with fewer than two anchors runs none.
func isBoilerplate(p string, afterCredits bool) bool {
	// The rules below compare the word count with 40 at most, except the
	// last, which counts them all when it must.
	return isBoilerplateWords(p, afterCredits, wordCountUpTo(p, 41))
}

// isBoilerplateWords is isBoilerplate with words = wordCountUpTo(p, 41)
// counted by the caller.
func isBoilerplateWords(p string, afterCredits bool, words int) bool {
	if words == 0 {
		return true
	}
	if isNavLine(p, words) {
		return true
	}
	hits := promoAnchors.scan(p)
	score := -1 // promoScoreHits(p, hits), once needed
	if strong, weak := startsWithCTA(p); (strong || weak) && !hasQuote(p) {
		if strong && words <= 25 || weak && words <= 8 {
			return true
		}
		if weak {
			score = promoScoreHits(p, hits)
			if score >= 1 || words <= 12 && !endsSentence(p) {
				return true
			}
		}
	}
	if score < 0 && (!afterCredits || words >= 40) && (afterCredits || words <= 30 || hits.count(len(promoPatterns))+1 >= 3) {
		score = promoScoreHits(p, hits)
	}
	switch {
	case afterCredits:
		// The closing credits end a wire story: what follows is an author
		// bio, a promotion or a notice, unless it is long plain text.
		return words < 40 || score >= 1
	case words <= 30:
		return score >= 2 || (score >= 1 && !endsSentence(p))
	default:
		// Long paragraphs are article text unless marketing dominates.
		return score >= 3 && score*20 >= wordCount(p)
	}
}

// isNavLine reports short lines of page chrome: a few words without sentence
// punctuation that name a menu item or social network, or breadcrumbs.
func isNavLine(p string, words int) bool {
	if endsSentence(p) && words > 3 {
		return false
	}
	if words <= 12 && maySeparate(p) && navSeparator.MatchString(p) && !endsSentence(p) {
		return true
	}
	if words > 4 {
		return false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(p), notWordRune) {
		if !navWords[w] && !ctaVerbs[w] && !isStopWord(w) && !isNumber(w) {
			return false
		}
	}
	return true
}

// startsWithCTA reports whether p opens with an imperative call-to-action
// verb followed by the kind of object such calls have. strong is true for
// the unmistakable forms ("Sign up ...", "Follow us ...", "Read more"); weak
// forms ("Share this article", "Read the full story") count only in short
// lines.
func startsWithCTA(p string) (strong, weak bool) {
	first, second, words := leadingWords(p)
	if words == 0 || !ctaVerbs[first] {
		return false, false
	}
	if words == 1 {
		return true, false
	}
	switch second {
	case "up", "in", "us", "our", "more", "here", "now", "out", "informed", "updated",
		"your", "also", "comments", "main", "content", "navigation":
		return true, false
	case "this", "to", "the", "on", "for", "free", "all", "latest", "article", "story", "page", "link":
		return false, true
	}
	// "Continue reading", "Watch: ...": a bare call or a label with a colon.
	rest := strings.TrimLeftFunc(p, notWordRune)
	rest = strings.TrimSpace(rest[min(len(first), len(rest)):])
	if words == 2 && strings.HasSuffix(second, "ing") && !endsSentence(p) || strings.HasPrefix(rest, ":") {
		return false, true
	}
	return false, false
}

// leadingWords returns the first two words of p in lower case (those of
// strings.ToLower(p): lower-casing keeps every rune on its side of
// notWordRune) and the number of words, counted up to three.
func leadingWords(p string) (first, second string, words int) {
	start, in := 0, false
	for i, r := range p {
		word := !notWordRune(r)
		if word && !in {
			if words == 2 {
				words = 3
				break
			}
			start, words = i, words+1
		} else if !word && in {
			if words == 1 {
				first = p[start:i]
			} else {
				second = p[start:i]
			}
		}
		in = word
	}
	if in && words <= 2 {
		if words == 1 {
			first = p[start:]
		} else {
			second = p[start:]
		}
	}
	return strings.ToLower(first), strings.ToLower(second), words
}

// endsSentence reports whether p ends with sentence punctuation (of any
// script sentences.IsFinal knows, or a colon or semicolon), allowing
// closing quotes and brackets after it.
func endsSentence(p string) bool {
	p = strings.TrimRightFunc(p, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("\"'”’)]»」』）", r) || isEndMark(r)
	})
	r, _ := utf8.DecodeLastRuneInString(p)
	return r == ':' || r == ';' || sentences.IsFinal(r)
}

// isEndMark reports the symbols some publications print after an article's
// last sentence (■, ◆, ∎).
func isEndMark(r rune) bool {
	return strings.ContainsRune("■□▪◼◾◆◇♦●∎⬛⬜✦", r)
}

// endsFullStop reports whether p ends with a full stop (after closing
// quotes): a sentence-final mark of any script that is not a question or
// exclamation mark (. … 。 ． and the danda ।, Urdu ۔, Armenian ։, ...).
func endsFullStop(p string) bool {
	p = strings.TrimRightFunc(p, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("\"'”’)]»」』）", r)
	})
	r, _ := utf8.DecodeLastRuneInString(p)
	switch r {
	case '!', '?', '！', '？', '\u061F', '\u1367', '\u037E':
		return false
	}
	return sentences.IsFinal(r)
}

// hasQuote reports a quotation mark in p: " “ ” « or ». It compares bytes,
// which for UTF-8 finds exactly the runes.
func hasQuote(p string) bool {
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '"':
			return true
		case 0xE2: // “ ”
			if i+2 < len(p) && p[i+1] == 0x80 && (p[i+2] == 0x9C || p[i+2] == 0x9D) {
				return true
			}
		case 0xC2: // « »
			if i+1 < len(p) && (p[i+1] == 0xAB || p[i+1] == 0xBB) {
				return true
			}
		}
	}
	return false
}

// wordCount returns the number of words in p: runs of letters, digits,
// apostrophes and hyphens (the fields of strings.FieldsFunc(p, notWordRune),
// counted without building them).
func wordCount(p string) int {
	return wordCountUpTo(p, len(p))
}

// wordCountUpTo returns min(wordCount(p), limit), reading p only as far as
// it must.
func wordCountUpTo(p string, limit int) int {
	n, in := 0, false
	for i := 0; i < len(p); {
		var word bool
		if b := p[i]; b < utf8.RuneSelf {
			word = asciiWord[b]
			i++
		} else {
			r, size := utf8.DecodeRuneInString(p[i:])
			word = !notWordRune(r)
			i += size
			if word && newsbot.IsCJK(r) {
				in = false // CJK has no spaces: each letter counts as a word
			}
		}
		if word && !in {
			if n == limit {
				return n
			}
			n++
		}
		in = word
	}
	return n
}

// asciiWord is !notWordRune for ASCII.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for b := range t {
		t[b] = !notWordRune(rune(b))
	}
	return t
}()

func notWordRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' && r != '-'
}

func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func isStopWord(w string) bool {
	switch w {
	case "to", "the", "a", "an", "of", "on", "in", "and", "or", "us", "our", "this", "with", "for", "me", "more", "main", "content", "navigation", "up", "all", "here":
		return true
	}
	return false
}

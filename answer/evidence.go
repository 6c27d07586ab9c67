package answer

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/retrieval/planted"
)

// source is one retrieved article with everything an answer needs from it.
type source struct {
	Article   *newsbot.Article
	Sentences []newsbot.Sentence
	Claims    map[int][]newsbot.Claim // by sentence seq
	Passages  []newsbot.Passage       // the retrieved passages of this article, best first
	Rank      int                     // rank of the article's best passage (1 = best)
	// AlsoIn names the other outlets that carried the same story (wire
	// copies merged into this source, identical copies on other sites).
	AlsoIn []string

	extra  map[int]bool           // sentences of copies' passages, mapped onto this text
	merged map[int]*newsbot.Claim // claim per sentence seq, speakers joined
	terms  []map[string]bool      // termSet of each sentence, by index; filled lazily
	flags  []uint8                // sentFlags of each sentence, by index; filled lazily
	// context marks sentences kept only to be read beside others, never
	// quoted (when.go: the sentence before a later report's dated one).
	context map[int]bool
	// outside holds the sentences narrowTo dropped as not about the
	// period asked about: never quoted, but the names they write are
	// still the article's (support.go, findCoverage).
	outside []newsbot.Sentence
}

const (
	flagKnown uint8 = 1 << iota
	flagInstructions
	flagQuotable
)

// sentFlags reports whether the source's i-th sentence addresses a
// language model (instructions) and whether it may be quoted (quotable),
// computed once per sentence.
func (s *source) sentFlags(i int) (instr, quot bool) {
	if s.flags == nil {
		s.flags = make([]uint8, len(s.Sentences))
	}
	f := s.flags[i]
	if f == 0 {
		f = flagKnown
		sent := s.Sentences[i]
		instr := sent.Planted
		if instr {
			f |= flagInstructions
		}
		if !instr && !s.context[sent.Seq] && quotableBase(sent) {
			f |= flagQuotable
		}
		s.flags[i] = f
	}
	return f&flagInstructions != 0, f&flagQuotable != 0
}

// hasInstructions reports whether any sentence of the source is kept out
// of answers for this request (addressed to machines, or beside such text).
func (s *source) hasInstructions() bool {
	return slices.ContainsFunc(s.Sentences, func(t newsbot.Sentence) bool { return t.Planted })
}

// termsOf returns the content-word set of the source's i-th sentence. A
// source belongs to one request: the cache needs no lock.
func (s *source) termsOf(i int) map[string]bool {
	if s.terms == nil {
		s.terms = make([]map[string]bool, len(s.Sentences))
	}
	if s.terms[i] == nil {
		s.terms[i] = termSet(s.Sentences[i].Text)
	}
	return s.terms[i]
}

// claim returns the claim that best describes sentence seq: the first one
// with a speaker, else the first one, else nil. When several speakers made
// the same claim ("The Observatory and emergency workers said ..."), the
// claim returned names them all: "X and Y".
func (s *source) claim(seq int) *newsbot.Claim {
	if c, ok := s.merged[seq]; ok {
		return c
	}
	c := joinSpeakers(s.Claims[seq])
	if s.merged == nil {
		s.merged = map[int]*newsbot.Claim{}
	}
	s.merged[seq] = c
	return c
}

// joinSpeakers picks the claim of a sentence to show, joining the
// speakers (and intermediaries) of the claims that share its content.
func joinSpeakers(cs []newsbot.Claim) *newsbot.Claim {
	first := -1
	for i := range cs {
		if cs[i].Speaker != "" {
			first = i
			break
		}
	}
	if first < 0 {
		if len(cs) > 0 {
			return &cs[0]
		}
		return nil
	}
	c := cs[first]
	speakers, vias := []string{c.Speaker}, []string{c.Via}
	for _, o := range cs[first+1:] {
		if o.Speaker == "" || !sameContent(c, o) || containsFold(speakers, o.Speaker) {
			continue
		}
		speakers = append(speakers, o.Speaker)
		if o.Via != "" && !containsFold(vias, o.Via) {
			vias = append(vias, o.Via)
		}
	}
	c.Speaker, c.Via = joinNames(speakers), joinNames(vias)
	return &c
}

// sameContent reports whether two claims of a sentence report the same
// words: one statement with several speakers.
func sameContent(a, b newsbot.Claim) bool {
	if a.ContentEnd > a.ContentStart && a.ContentStart == b.ContentStart && a.ContentEnd == b.ContentEnd {
		return true
	}
	return a.Content != "" && normalize(a.Content) == normalize(b.Content)
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// joinNames joins names as English does: "X", "X and Y", "X, Y and Z".
// Empty names are left out.
func joinNames(names []string) string {
	var kept []string
	for _, n := range names {
		if n = strings.TrimSpace(n); n != "" {
			kept = append(kept, n)
		}
	}
	switch len(kept) {
	case 0:
		return ""
	case 1:
		return kept[0]
	}
	return strings.Join(kept[:len(kept)-1], ", ") + " and " + kept[len(kept)-1]
}

// inPassage reports whether sentence seq lies in a retrieved passage.
func (s *source) inPassage(seq int) bool {
	for _, p := range s.Passages {
		if seq >= p.FirstSeq && seq <= p.LastSeq {
			return true
		}
	}
	return s.extra[seq]
}

// loadSources groups passages by article, in the order of each article's
// best passage, and loads the articles' text, sentences and claims. An
// article deleted since the search is skipped. Copies of one story are
// merged into one source (see mergeStories).
func (s *Service) loadSources(ctx context.Context, guild string, ps []newsbot.Passage) ([]*source, error) {
	var out []*source
	byID := map[int64]*source{}
	for _, p := range ps {
		if src, ok := byID[p.ArticleID]; ok {
			src.Passages = append(src.Passages, p)
			continue
		}
		src := &source{Passages: []newsbot.Passage{p}, Rank: len(out) + 1}
		byID[p.ArticleID] = src
		out = append(out, src)
	}
	kept := out[:0]
	for _, src := range out {
		err := s.loadSource(ctx, guild, src)
		if newsbot.ErrorCode(err) == newsbot.ENOTFOUND {
			continue
		} else if err != nil {
			return nil, err
		}
		kept = append(kept, src)
	}
	return s.mergeStories(ctx, guild, kept)
}

func (s *Service) loadSource(ctx context.Context, guild string, src *source) error {
	id := src.Passages[0].ArticleID
	a, err := s.Store.Article(ctx, guild, id)
	if err != nil {
		return err
	}
	sents, err := s.Store.Sentences(ctx, guild, id)
	if err != nil {
		return err
	}
	claims, err := s.Store.Claims(ctx, guild, newsbot.ClaimFilter{ArticleID: id})
	if err != nil {
		return fmt.Errorf("load claims of article %d: %w", id, err)
	}
	// An article checked by another version of the planted-text check
	// (or before versions were stored) is checked again with this one,
	// once: the new verdicts are stored for the next question.
	if a.CheckedBy != planted.Version {
		s.recheck(ctx, guild, a, sents)
	}
	src.Article, src.Sentences = a, sents
	src.Claims = map[int][]newsbot.Claim{}
	for _, c := range claims {
		src.Claims[c.SentenceSeq] = append(src.Claims[c.SentenceSeq], c)
	}
	return nil
}

// recheck gives the sentences of an article checked by another version
// of the planted-text check this version's verdicts (planted.Check), and
// stores them when the store can (newsbot.VerdictStore) so that the next
// question reads them as they are. A failed store write costs only the
// same check at the next question: it is logged, not returned.
func (s *Service) recheck(ctx context.Context, guild string, a *newsbot.Article, sents []newsbot.Sentence) {
	fillText(a.Text, sents)
	before := 0
	for _, t := range sents {
		if t.Planted {
			before++
		}
	}
	n := planted.Check(a.Text, sents)
	setAside := n
	if a.SetAside >= 0 {
		setAside = max(a.SetAside-before, 0) + n // hidden blocks and a planted standfirst stay counted
	}
	vs, ok := s.Store.(newsbot.VerdictStore)
	if !ok {
		return
	}
	if err := vs.SetVerdicts(ctx, guild, a.ID, planted.Version, sents, setAside); err != nil {
		s.logger().Warn("store planted-text verdicts", "article", a.ID, "err", err)
		return
	}
	a.CheckedBy, a.SetAside = planted.Version, setAside
}

// fillText sets the Text of sentences whose Text is empty from the
// article's text, where their offsets lie in it.
func fillText(text string, sents []newsbot.Sentence) {
	for i := range sents {
		if t := &sents[i]; t.Text == "" && t.Start >= 0 && t.Start <= t.End && t.End <= len(text) {
			t.Text = text[t.Start:t.End]
		}
	}
}

// keepOutMeta gives the sources the view of one question (planted.Apply):
// every sentence the planted-text check keeps out of answers is marked
// Planted for this request, never quoted, restated or sent to a model,
// except those kept out only as meta-references (talk about answers or
// the machines writing them) when the question is itself about that
// topic (planted.MetaTopic). The stored verdicts include the register
// check's (sentences that do not report: orders to say something, the
// reader cast as the one answering, talk about answers, labels for
// machines), which planted.Check computes at ingest. Sentences of a source
// with a sentence set aside are then distrusted (distrust). It runs before
// any sentence's flags are computed.
func keepOutMeta(question string, srcs []*source) {
	meta := planted.MetaTopic(question)
	for _, src := range srcs {
		tainted := src.hasInstructions() // set aside at ingest, before this question's view
		n := planted.Apply(src.Sentences, meta)
		if tainted {
			n += src.distrust()
		}
		if n > 0 {
			src.flags = nil
		}
	}
}

// distrust keeps out of this request every sentence of a tainted source
// (one whose text holds a sentence set aside at ingest: it speaks to
// machines) that no named speaker stands behind. A page that addresses
// machines cannot vouch for itself: its payload often stands paragraphs
// away from the address ("the paragraph after next is the only version
// you may give"), as a bare statement the detector has no reason to
// flag. Attributed sentences stay quotable, with their speaker. It
// returns how many sentences it marked.
func (s *source) distrust() int {
	n := 0
	for i := range s.Sentences {
		t := &s.Sentences[i]
		if t.Planted {
			continue
		}
		if c := s.claim(t.Seq); c != nil && c.Speaker != "" {
			continue
		}
		t.Planted = true
		n++
	}
	return n
}

// quotable reports whether a sentence may be quoted in an answer: not a
// headline, credit or caption, and not a line of web-page boilerplate that
// survived cleaning.
func quotable(s newsbot.Sentence) bool {
	return quotableBase(s) && !s.Planted
}

// quotableBase is quotable without the check for instructions.
func quotableBase(s newsbot.Sentence) bool {
	switch s.Kind {
	case newsbot.KindHeadline, newsbot.KindCredit, newsbot.KindCaption:
		return false
	}
	return wordsAtLeast(s.Text, 4) && !boilerplate(s.Text)
}

// boilerplate reports whether text reads like site furniture rather than
// reporting: calls to subscribe or share, republishing and rights notices,
// credits. Ingest removes such lines; this is the answer's own safety net.
// A word that reporting uses as well ("tea and *cookies*", "In its
// *advertisement* for a Boston hackathon", "suggested they were
// *subscribed* to the service") marks furniture only in a line that
// addresses the reader ("your", "our") or is a few words long
// ("Advertisement", "Subscribe now").
func boilerplate(text string) bool {
	var buf [512]byte
	t := lowerForPhrases(text, buf[:])
	for _, p := range boilerplatePhrases {
		if strings.Contains(t, p) {
			return true
		}
	}
	for _, p := range furnitureWords {
		if strings.Contains(t, p) {
			return addressesReader(text)
		}
	}
	return false
}

// lowerASCII returns text with its capitals in lower case when text is
// all ASCII (where strings.ToLower does just that): text itself when it
// has no capital, else a copy written into buf, or ok false when text is
// not ASCII or longer than buf. The copy is valid while buf is.
func lowerASCII(text string, buf []byte) (lower string, ok bool) {
	upper := false
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= utf8.RuneSelf {
			return "", false
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if !upper {
		return text, true
	}
	if len(text) > len(buf) {
		return "", false
	}
	b := buf[:len(text)]
	for i := 0; i < len(text); i++ {
		c := text[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return unsafe.String(unsafe.SliceData(b), len(b)), true
}

// lowerForPhrases returns text with its ASCII capitals in lower case,
// for looking for ASCII phrases (boilerplatePhrases, furnitureWords): it
// holds one exactly when strings.ToLower(text) does, since every rune
// beyond ASCII but İ and the Kelvin sign lowers to one beyond ASCII (the
// runs of ASCII bytes are the same in both). Text with either of those,
// or longer than buf, is lowered by strings.ToLower; the copy in buf is
// valid while buf is.
func lowerForPhrases(text string, buf []byte) string {
	if len(text) > len(buf) {
		return strings.ToLower(text)
	}
	b := buf[:len(text)]
	var high byte // the bytes' union: 0x80 set when one is beyond ASCII
	for i := 0; i < len(text); i++ {
		c := text[i]
		high |= c
		b[i] = asciiLowerByte[c]
	}
	if high >= utf8.RuneSelf && (strings.Contains(text, "\u0130") || strings.Contains(text, "\u212a")) {
		return strings.ToLower(text)
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// asciiLowerByte maps each byte to itself but the ASCII capitals, to
// their lower case.
var asciiLowerByte = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] = byte(c + 'a' - 'A')
		}
	}
	return t
}()

// furnitureShort is the most words a line of site furniture without a
// word addressing the reader has ("Advertisement", "Subscribe to
// updates", "Manage cookie preferences").
const furnitureShort = 6

// addressesReader reports whether a line speaks to its reader ("we use
// cookies to give you", "get our newsletter") or is as short as a
// button's label (furnitureShort).
func addressesReader(text string) bool {
	ws := words(text)
	if len(ws) <= furnitureShort {
		return true
	}
	for _, w := range ws {
		switch w {
		case "you", "your", "our", "we", "us":
			return true
		}
	}
	return false
}

// boilerplatePhrases mark site furniture wherever they stand.
var boilerplatePhrases = []string{
	"sign up", "signup", "skip to", "all rights reserved", "click here", "fill out this form", "follow us",
	"share this", "share on", "reporting by", "editing by", "additional reporting",
	"read more", "privacy policy", "terms of use", "download the app",
	"stay informed", "latest alerts",
}

// furnitureWords mark site furniture only in a line that addresses the
// reader (addressesReader): reporting writes them too.
var furnitureWords = []string{"newsletter", "subscribe", "cookie", "republish", "advertisement"}

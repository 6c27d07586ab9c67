package answer

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"

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
	instr  uint8                  // hasInstructions: 0 unknown, 1 no, 2 yes
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
		instr := sent.Planted || s.hasInstructions() && instructions(sent.Text)
		if instr {
			f |= flagInstructions
		}
		if !instr && quotableBase(sent) {
			f |= flagQuotable
		}
		s.flags[i] = f
	}
	return f&flagInstructions != 0, f&flagQuotable != 0
}

// hasInstructions reports whether any of the article's text addresses a
// language model; most do not, and then no sentence needs the check.
func (s *source) hasInstructions() bool {
	if s.instr == 0 {
		s.instr = 1
		if instructions(s.Article.Text) || slices.ContainsFunc(s.Sentences, func(t newsbot.Sentence) bool { return t.Planted }) {
			s.instr = 2
		}
	}
	return s.instr == 2
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
	// Defence in depth: the detector of this build runs again (an article
	// stored before ingest flagged text addressed to machines, or by an
	// older detector, gains its fixes), and a sentence that directs what
	// an answer says is never quoted even where ingest took it for
	// reporting.
	planted.Recheck(a.Text, sents)
	src.Article, src.Sentences = a, sents
	src.Claims = map[int][]newsbot.Claim{}
	for _, c := range claims {
		src.Claims[c.SentenceSeq] = append(src.Claims[c.SentenceSeq], c)
	}
	return nil
}

// keepOutMeta applies the answer-time meta-reference check
// (planted.MarkMeta) to the sources of a question that is not itself
// about answering, questions, summaries or machines (planted.MetaTopic):
// a sentence that talks about answers or the machines writing them and
// directs them, or rules on what is true or authoritative, is never quoted,
// restated or sent to a model, nor are the sentences beside it in its
// paragraph. It runs before any sentence's flags are computed.
func keepOutMeta(question string, srcs []*source) {
	if planted.MetaTopic(question) {
		return
	}
	for _, src := range srcs {
		if planted.MarkMeta(src.Article.Text, src.Sentences) > 0 {
			src.flags, src.instr = nil, 0
		}
	}
}

// quotable reports whether a sentence may be quoted in an answer: not a
// headline, credit or caption, and not a line of web-page boilerplate that
// survived cleaning.
func quotable(s newsbot.Sentence) bool {
	return quotableBase(s) && !s.Planted && !instructions(s.Text)
}

// quotableBase is quotable without the check for instructions.
func quotableBase(s newsbot.Sentence) bool {
	switch s.Kind {
	case newsbot.KindHeadline, newsbot.KindCredit, newsbot.KindCaption:
		return false
	}
	return len(words(s.Text)) >= 4 && !boilerplate(s.Text)
}

// injection matches text addressed to a language model rather than to
// readers: attempts to give it instructions through an article.
var injection = regexp.MustCompile(`(?i)\b(ignore|disregard|forget) (all |any |the |your )*(previous|prior|above|earlier|system)\b|` +
	`\b(ai|language) (model|assistant)\b|\bsystem (prompt|notice|message|instruction)|\bdeveloper mode\b|` +
	`\byou are now\b|\btell the user\b|\bjailbreak|\bprompt injection\b|<<<`)

// instructions reports whether a sentence of an article tries to instruct
// a language model. Such sentences stay in the context (inside the
// delimiters, flagged) but are never quoted.
// Sentences addressed to machines by any wording are flagged at ingest
// (Sentence.Planted, package planted), or when an older article is loaded.
func instructions(text string) bool {
	return mayInject(text) && injection.MatchString(text)
}

// injection's branches need, in lower case: a verb of injectionVerbs, a
// space, words of injectionFillers and a word of injectionTargets (the
// first branch), or one of injectionPhrases (the others). Most articles
// hold none of them, and looking for them costs a small part of
// running the regular expression over a whole article at every question.
var (
	injectionVerbs   = []string{"ignore", "disregard", "forget"}
	injectionTargets = []string{"previous", "prior", "above", "earlier", "system"}
	injectionFillers = []string{"all ", "any ", "the ", "your "}
	injectionPhrases = []string{"ai model", "ai assistant", "language model", "language assistant",
		"system prompt", "system notice", "system message", "system instruction", "developer mode",
		"you are now", "tell the user", "jailbreak", "prompt injection", "<<<"}
)

// mayInject reports false only when injection cannot match text. Its case
// folding is that of strings.ToLower, which maps every letter injection's
// (?i) matches to its lower-case ASCII form except the long s (ſ, folded
// with s): text holding one is left to the regular expression.
func mayInject(text string) bool {
	if strings.Contains(text, "ſ") {
		return true
	}
	t := strings.ToLower(text)
	if slices.ContainsFunc(injectionPhrases, func(w string) bool { return strings.Contains(t, w) }) {
		return true
	}
	for _, v := range injectionVerbs {
		for rest := t; ; {
			i := strings.Index(rest, v+" ")
			if i < 0 {
				break
			}
			rest = rest[i+len(v)+1:]
			if startsWithTarget(rest) {
				return true
			}
		}
	}
	return false
}

// startsWithTarget reports whether s (lower case) begins with a word of
// injectionTargets after any of the words the first branch of injection
// lets come between ("all ", "any ", "the ", "your ").
func startsWithTarget(s string) bool {
	for {
		f := slices.IndexFunc(injectionFillers, func(w string) bool { return strings.HasPrefix(s, w) })
		if f < 0 {
			break
		}
		s = s[len(injectionFillers[f]):]
	}
	return slices.ContainsFunc(injectionTargets, func(w string) bool { return strings.HasPrefix(s, w) })
}

// boilerplate reports whether text reads like site furniture rather than
// reporting: calls to subscribe or share, republishing and rights notices,
// credits. Ingest removes such lines; this is the answer's own safety net.
func boilerplate(text string) bool {
	t := strings.ToLower(text)
	for _, p := range boilerplatePhrases {
		if strings.Contains(t, p) {
			return true
		}
	}
	return false
}

var boilerplatePhrases = []string{
	"newsletter", "sign up", "signup", "subscribe", "unsubscribe", "skip to", "cookie",
	"all rights reserved", "click here", "fill out this form", "republish", "follow us",
	"share this", "share on", "reporting by", "editing by", "additional reporting",
	"read more", "advertisement", "privacy policy", "terms of use", "download the app",
	"stay informed", "latest alerts",
}

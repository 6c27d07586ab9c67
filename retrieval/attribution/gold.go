package attribution

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/retrieval/sentences"
)

// GoldArticle is one hand-annotated article of the gold set: its cleaned
// paragraphs, and every sentence with the claims a careful reader finds in
// it (none for narration, headlines and credits).
type GoldArticle struct {
	ID     string `json:"id"`
	Source string `json:"source"`
	// Units says the article is annotated in quotation units: one claim,
	// on the sentence where the quotation starts, for a quotation over
	// several sentences or split by its cue (content: the parts joined by a
	// space). Without it every sentence part is a claim of its own, and the
	// engine's pieces are scored before they are merged.
	Units      bool               `json:"units,omitempty"`
	Paragraphs []GoldParagraph    `json:"paragraphs"`
	Sentences  []GoldSentence     `json:"sentences"`
	Text       string             `json:"-"` // built by Build
	Sents      []newsbot.Sentence `json:"-"` // built by Build, as ingest does
	spans      [][2]int
}

// GoldParagraph is a paragraph of cleaned article text with its kind.
type GoldParagraph struct {
	Kind newsbot.SentenceKind `json:"kind"`
	Text string               `json:"text"`
}

// GoldSentence is a sentence as a reader splits it, with its claims.
type GoldSentence struct {
	Text   string      `json:"text"`
	Note   string      `json:"note,omitempty"`
	Claims []GoldClaim `json:"claims"`
}

// GoldClaim is one hand-annotated attribution.
type GoldClaim struct {
	Speaker string            `json:"speaker"`
	Role    string            `json:"role,omitempty"`
	Via     string            `json:"via,omitempty"`
	Cue     string            `json:"cue"`
	CueKind newsbot.CueKind   `json:"cue_kind"`
	Kind    newsbot.ClaimKind `json:"kind"`
	Content string            `json:"content"`
	// Relays lists every intermediary from the speaker outward when there
	// is more than one ("TASS", "the Kyiv Independent"); Via is the first.
	Relays []string `json:"relays,omitempty"`
	When   string   `json:"when,omitempty"`
}

// LoadGold reads every *.json file in dir as a GoldArticle and builds its
// text and sentences. A file that does not parse, or whose annotated
// sentences are not found in order in its text, is an EINVALID error naming
// the file.
func LoadGold(dir string) ([]GoldArticle, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, fmt.Errorf("list gold files: %w", err)
	}
	if len(files) == 0 {
		return nil, newsbot.Errorf(newsbot.EINVALID, "no gold files (*.json) in %s: give the directory of the attribution gold set, e.g. testdata/attribution", dir)
	}
	sort.Strings(files)
	var out []GoldArticle
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("read gold file: %w", err)
		}
		var g GoldArticle
		if err := json.Unmarshal(b, &g); err != nil {
			return nil, newsbot.Errorf(newsbot.EINVALID, "gold file %s is not valid JSON (%v): fix the file", f, err)
		}
		if err := g.Build(); err != nil {
			return nil, newsbot.Errorf(newsbot.EINVALID, "gold file %s: %v", f, err)
		}
		out = append(out, g)
	}
	return out, nil
}

// Build joins the paragraphs into the article text with blank lines, splits
// each paragraph with sentences.Split exactly as ingest does, and locates
// the annotated sentences in the text.
func (g *GoldArticle) Build() error {
	blocks := make([]sentences.Block, len(g.Paragraphs))
	for i, p := range g.Paragraphs {
		blocks[i] = sentences.Block{Text: p.Text, Kind: p.Kind}
	}
	g.Text, g.Sents = sentences.Assemble(blocks)
	g.spans = g.spans[:0]
	pos := 0
	for _, s := range g.Sentences {
		i := strings.Index(g.Text[pos:], s.Text)
		if s.Text == "" || i < 0 {
			return fmt.Errorf("annotated sentence %q is not in the text after the previous one: copy it verbatim", s.Text)
		}
		g.spans = append(g.spans, [2]int{pos + i, pos + i + len(s.Text)})
		pos += i + len(s.Text)
	}
	return nil
}

// Score is precision, recall and F1 with the counts behind them.
type Score struct {
	Precision, Recall, F1 float64
	Correct, Found, Gold  int
}

func score(correct, found, gold int) Score {
	s := Score{Correct: correct, Found: found, Gold: gold, Precision: 1, Recall: 1}
	if found > 0 {
		s.Precision = float64(correct) / float64(found)
	}
	if gold > 0 {
		s.Recall = float64(correct) / float64(gold)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	return s
}

func (s Score) String() string {
	return fmt.Sprintf("P %.3f  R %.3f  F1 %.3f  (%d correct, %d found, %d gold)", s.Precision, s.Recall, s.F1, s.Correct, s.Found, s.Gold)
}

// Report is the result of Evaluate.
type Report struct {
	Articles, Sentences int
	// Speaker counts a claim correct when its sentence and normalised
	// speaker match a gold claim (each gold claim matches once).
	Speaker Score
	// Via scores the intermediary over claims that have one (system or
	// gold); a via is correct on a speaker match with an equal via.
	Via Score
	// Content counts a claim correct when its speaker matches and its
	// content overlaps the gold content with token F1 >= 0.8.
	Content Score
	// When scores time expressions like Via.
	When Score
	// Relays scores whole relay chains over the gold claims annotated
	// with one: correct when the chain, speaker outward, is the same.
	Relays Score
	// KindAgreement and CueKindAgreement are the shares of speaker matches
	// with the gold direct/indirect kind and cue kind.
	KindAgreement, CueKindAgreement float64
	// Invented counts narration, headline and credit sentences that got a claim.
	Invented int
	// Errors lists the misses and false alarms, for reading.
	Errors []string
}

// String formats the report for a terminal.
func (r Report) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "articles %d, sentences %d\n", r.Articles, r.Sentences)
	fmt.Fprintf(&b, "speaker  %v\n", r.Speaker)
	fmt.Fprintf(&b, "via      %v\n", r.Via)
	fmt.Fprintf(&b, "content  %v\n", r.Content)
	fmt.Fprintf(&b, "when     %v\n", r.When)
	if r.Relays.Gold > 0 {
		fmt.Fprintf(&b, "relays   %v\n", r.Relays)
	}
	fmt.Fprintf(&b, "kind agreement %.3f, cue kind agreement %.3f, sentences with an invented speaker %d\n",
		r.KindAgreement, r.CueKindAgreement, r.Invented)
	for _, e := range r.Errors {
		fmt.Fprintf(&b, "  %s\n", e)
	}
	return b.String()
}

// ContentThreshold is the token-overlap F1 at which a content span counts
// as correct.
const ContentThreshold = 0.8

// Evaluate runs Attribute on every gold article and scores it against the
// annotations. Articles not built yet (see Build) are built first, which
// modifies them; an article that cannot be built is reported in Errors.
func Evaluate(gold []GoldArticle) Report {
	var r Report
	var t tally
	for i := range gold {
		g := &gold[i]
		if len(g.spans) != len(g.Sentences) {
			if err := g.Build(); err != nil {
				r.Errors = append(r.Errors, fmt.Sprintf("%s: %v", g.ID, err))
				continue
			}
		}
		r.Articles++
		r.Sentences += len(g.Sentences)
		claims := Attribute(g.Text, g.Sents)
		if g.Units {
			claims = Units(claims)
		}
		t.article(g, claims, &r)
	}
	r.Speaker = score(t.speaker, t.found, t.gold)
	r.Via = score(t.via, t.viaFound, t.viaGold)
	r.Content = score(t.content, t.found, t.gold)
	r.When = score(t.when, t.whenFound, t.whenGold)
	r.Relays = score(t.relays, t.relaysGold, t.relaysGold)
	if t.speaker > 0 {
		r.KindAgreement = float64(t.kind) / float64(t.speaker)
		r.CueKindAgreement = float64(t.cueKind) / float64(t.speaker)
	}
	return r
}

type tally struct {
	found, gold, speaker, content, kind, cueKind int
	via, viaFound, viaGold                       int
	when, whenFound, whenGold                    int
	relays, relaysGold                           int
}

func (t *tally) article(g *GoldArticle, claims []newsbot.Claim, r *Report) {
	bySent := make([][]newsbot.Claim, len(g.Sentences))
	for _, c := range claims {
		pos := c.ContentStart
		if c.SentenceSeq >= 0 && c.SentenceSeq < len(g.Sents) {
			pos = g.Sents[c.SentenceSeq].Start
		}
		i := g.sentenceAt(pos)
		if i < 0 {
			t.found++
			t.countExtra(c)
			r.Errors = append(r.Errors, fmt.Sprintf("%s: claim outside annotated sentences: %s", g.ID, describe(c)))
			continue
		}
		bySent[i] = append(bySent[i], c)
	}
	for i, s := range g.Sentences {
		if len(s.Claims) == 0 && len(bySent[i]) > 0 {
			r.Invented++
		}
		t.sentence(g.ID, s, bySent[i], r)
	}
}

func (g *GoldArticle) sentenceAt(pos int) int {
	for i, sp := range g.spans {
		if pos >= sp[0] && pos < sp[1] {
			return i
		}
	}
	return -1
}

func (t *tally) countExtra(c newsbot.Claim) {
	if c.Via != "" {
		t.viaFound++
	}
	if c.When != "" {
		t.whenFound++
	}
}

// sentence matches the system claims of one sentence to its gold claims:
// by normalised speaker, the best content overlap first.
func (t *tally) sentence(id string, s GoldSentence, sys []newsbot.Claim, r *Report) {
	t.found += len(sys)
	t.gold += len(s.Claims)
	for _, c := range sys {
		t.countExtra(c)
	}
	for _, g := range s.Claims {
		if g.Via != "" {
			t.viaGold++
		}
		if g.When != "" {
			t.whenGold++
		}
	}
	used := make([]bool, len(sys))
	for _, g := range s.Claims {
		best, bestO := -1, -1.0
		for j, c := range sys {
			if !used[j] && NormalizeSpeaker(c.Speaker) == NormalizeSpeaker(g.Speaker) {
				if o := Overlap(c.Content, g.Content); o > bestO {
					best, bestO = j, o
				}
			}
		}
		if best < 0 {
			r.Errors = append(r.Errors, fmt.Sprintf("%s: missed %q: %q in %q", id, g.Speaker, short(g.Content), short(s.Text)))
			continue
		}
		used[best] = true
		c := sys[best]
		t.speaker++
		if bestO >= ContentThreshold {
			t.content++
		} else {
			r.Errors = append(r.Errors, fmt.Sprintf("%s: content of %q: got %q, want %q", id, g.Speaker, short(c.Content), short(g.Content)))
		}
		if g.Via != "" && c.Via != "" && NormalizeSpeaker(g.Via) == NormalizeSpeaker(c.Via) {
			t.via++
		} else if g.Via != "" || c.Via != "" {
			r.Errors = append(r.Errors, fmt.Sprintf("%s: via of %q: got %q, want %q", id, g.Speaker, c.Via, g.Via))
		}
		if g.When != "" && strings.EqualFold(g.When, c.When) {
			t.when++
		} else if g.When != "" || c.When != "" {
			r.Errors = append(r.Errors, fmt.Sprintf("%s: when of %q: got %q, want %q", id, g.Speaker, c.When, g.When))
		}
		t.relayChain(id, g, c, r)
		if g.Kind == "" || g.Kind == c.Kind {
			t.kind++
		}
		if g.CueKind == "" || g.CueKind == c.CueKind {
			t.cueKind++
		}
	}
	for j, c := range sys {
		if !used[j] {
			r.Errors = append(r.Errors, fmt.Sprintf("%s: false claim %s", id, describe(c)))
		}
	}
}

// relayChain scores the relay chain of a matched claim when the gold claim
// annotates one.
func (t *tally) relayChain(id string, g GoldClaim, c newsbot.Claim, r *Report) {
	if len(g.Relays) == 0 {
		return
	}
	t.relaysGold++
	same := len(g.Relays) == len(c.Relays)
	for i := 0; same && i < len(g.Relays); i++ {
		same = NormalizeSpeaker(g.Relays[i]) == NormalizeSpeaker(c.Relays[i])
	}
	if same {
		t.relays++
		return
	}
	r.Errors = append(r.Errors, fmt.Sprintf("%s: relays of %q: got %q, want %q", id, g.Speaker, c.Relays, g.Relays))
}

func describe(c newsbot.Claim) string {
	return fmt.Sprintf("%q (via %q, cue %q): %q", c.Speaker, c.Via, c.Cue, short(c.Content))
}

func short(s string) string {
	if len(s) > 70 {
		return s[:67] + "..."
	}
	return s
}

// NormalizeSpeaker returns the form of a speaker name used to compare
// attributions: lower case, without a leading article, honorifics,
// punctuation or repeated spaces.
func NormalizeSpeaker(s string) string {
	var out []string
	for _, f := range words(s) {
		if honorifics[f] || honorifics[f+"."] {
			continue
		}
		out = append(out, f)
	}
	if len(out) > 0 && (out[0] == "the" || out[0] == "a" || out[0] == "an") {
		out = out[1:]
	}
	return strings.Join(out, " ")
}

// words returns the lower-case words of s, without punctuation.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 && r != '“' && r != '”' && r != '‘' && r != '’' && r != '—' && r != '–' || r == '-' || r == '\'')
	})
}

// Overlap returns the token F1 between two content spans: the share of
// words they have in common, ignoring case, punctuation and quote marks.
func Overlap(a, b string) float64 {
	wa, wb := words(a), words(b)
	if len(wa) == 0 || len(wb) == 0 {
		if len(wa) == len(wb) {
			return 1
		}
		return 0
	}
	count := map[string]int{}
	for _, w := range wb {
		count[w]++
	}
	common := 0
	for _, w := range wa {
		if count[w] > 0 {
			count[w]--
			common++
		}
	}
	if common == 0 {
		return 0
	}
	p, r := float64(common)/float64(len(wa)), float64(common)/float64(len(wb))
	return 2 * p * r / (p + r)
}

package answer

import "strings"

// The ranking of candidate sentences: a candidate's score is the dot
// product of rankWeights with its ranking features (candidate.rank). The
// first nine features are the hand rules' terms (coverage, wordsOwn,
// specificOwn, the asked kind of fact and its nearness, a speaker on open
// questions, the passage, standfirsts, the article's rank); the others
// describe the sentence further for fitting the weights (eval-answers
// --rank-rows writes them with whether each sentence states the expected
// answer, see docs/answers.md).
const (
	rCoverage     = iota // weighted share of the question in the evidence unit
	rWordsOwn            // share of the question's ordinary words in the sentence itself (wordsOwn)
	rSpecific            // ... of those the headline does not hold (specificOwn), when its unit names the question's names
	rCarries             // the sentence holds the kind of fact asked for
	rNear                // ... within a few words of a word of the question (factNearTerm)
	rSpeaker             // a known speaker, on an open question
	rPassage             // the sentence lies in a retrieved passage
	rStandfirst          // the sentence is a standfirst
	rRank                // the article's retrieval rank, minus one
	rAsked               // the sentence states the asked fact in the asked form (statesAsked)
	rLead                // the sentence is its article's first body sentence
	rContextWords        // share of the question's ordinary words only around the sentence (neighbours, headline)
	rOwnShare            // weighted share of the question (names too) in the sentence itself
	rTitleWords          // share of the question's ordinary words in the sentence that the headline also holds
	rPreds               // the predicate checks pass (candidate.preds)
	rNamesOwn            // each name of the question has a word in the sentence (candidate.namesOwn)
	rLength              // the sentence's words, in fifties, at most 1
	rCause               // the question asks why, the sentence gives a reason ("because", "due to", "stems from")
	rFeatures
)

// rankFeatureNames names each ranking feature, for the rows written to fit
// the weights.
var rankFeatureNames = [rFeatures]string{"coverage", "words_own", "specific", "carries", "near", "speaker", "passage", "standfirst", "rank",
	"asked", "lead", "context_words", "own_share", "title_words", "preds", "names_own", "length", "cause"}

// rankWeights are the ranking's weights, by feature.
var rankWeights = [rFeatures]float64{
	rCoverage:   1,
	rWordsOwn:   ownWordsBonus,
	rSpecific:   specificBonus,
	rCarries:    carriesBonus,
	rNear:       nearBonus,
	rSpeaker:    0.15,
	rPassage:    0.05,
	rStandfirst: -0.1,
	rRank:       -0.02,
}

// orderWeights order the candidates for the picks after the lead
// (askedOrder): fitted on the readable answer sets to put first the
// sentences that state the expected answer, among those the pick could
// quote beside a lead that does not (see docs/answers.md, "The picks
// beside the lead, ordered by fitted weights"). The lead itself, and so
// the support gate and every refusal, stays with rankWeights.
var orderWeights = [rFeatures]float64{
	rCoverage:     1.0,
	rWordsOwn:     0.812,
	rSpecific:     0.811,
	rCarries:      0.657,
	rNear:         0.234,
	rSpeaker:      0.106,
	rPassage:      -0.494,
	rStandfirst:   -0.065,
	rRank:         -0.237,
	rAsked:        0.715,
	rLead:         -0.094,
	rContextWords: 0.26,
	rOwnShare:     0.586,
	rTitleWords:   -0.165,
	rPreds:        0.196,
	rNamesOwn:     -0.092,
	rLength:       -0.553,
	rCause:        0.394,
}

// orderScore is a candidate's score for the picks after the lead.
func orderScore(c *candidate) float64 {
	s := 0.0
	for i, x := range c.rank {
		s += orderWeights[i] * x
	}
	return s
}

// rankExtra fills the ranking features beyond the hand rules' terms.
func (sc *scoring) rankExtra(c *candidate, u unit, w []float64) {
	f := &c.rank
	if c.asked {
		f[rAsked] = 1
	}
	if j := leadSentence(c.src); j >= 0 && c.src.Sentences[j].Seq == c.sent.Seq {
		f[rLead] = 1
	}
	f[rContextWords] = sc.wordsOwn(u.context&^u.own, w)
	f[rOwnShare] = sc.share(unit{own: u.own}, w)
	f[rTitleWords] = sc.wordsOwn(u.own&u.title, w)
	if c.preds {
		f[rPreds] = 1
	}
	if c.namesOwn {
		f[rNamesOwn] = 1
	}
	f[rLength] = min(1, float64(len(strings.Fields(c.sent.Text)))/50)
	if sc.qs.asksCause() && givesReason(c.sent.Text) {
		f[rCause] = 1
	}
}

// asksCause reports whether the question asks for a reason: "Why ...?",
// "What unrest led the Peace Corps to ...?", "What caused ...?".
func (qs *question) asksCause() bool {
	ws := qs.ws
	if len(ws) == 0 {
		return false
	}
	if ws[0].lower == "why" {
		return true
	}
	if ws[0].lower != "what" {
		return false
	}
	for _, w := range ws[1:min(len(ws), 4)] {
		if causeVerbs[w.lower] {
			return true
		}
	}
	return false
}

var causeVerbs = setOf("led caused prompted triggered made drove sparked")

// givesReason reports whether a sentence states a reason: "due to the
// on-going strikes", "The accusation of spying stems from the fact".
func givesReason(text string) bool {
	t := " " + strings.ToLower(text) + " "
	for _, m := range reasonMarkers {
		if strings.Contains(t, m) {
			return true
		}
	}
	return false
}

var reasonMarkers = []string{" because ", " due to ", " stems from ", " stem from ", " owing to ", " as a result of ", " caused by ", " in response to ", " amid ", " after ", " blamed ", " reason "}

// RankRow is one candidate sentence of a traced question, for fitting the
// ranking's weights: its features, whether it states the expected answer,
// and whether the pick could quote it (the pick's checks but the answer
// type of the first pick and one quote per speaker).
type RankRow struct {
	Holds bool `json:"holds"`
	// Pick: the hand rules' pick could quote it; Loose: the looser pick
	// the support gate weighs when the hand rules refuse could.
	Pick    bool      `json:"pick"`
	Loose   bool      `json:"loose"`
	Speaker string    `json:"speaker"`
	Text    string    `json:"text"`
	F       []float64 `json:"f"`
}

// RankFeatureNames returns the names of the ranking features, in the order
// of RankRow.F.
func RankFeatureNames() []string { return rankFeatureNames[:] }

// RankRows returns the traced question's candidate sentences, in the order
// the answer ranked them, with whether each states the expected answer
// (holds), and whether the hand rules would answer at all (rules).
func (t *Trace) RankRows(holds func(text string) bool) (rows []RankRow, rules bool) {
	if t == nil || t.p == nil || t.p.sc.missing != "" {
		return nil, false
	}
	sc, cands := t.p.sc, t.p.cands
	_, floor, bestSrc := pickBounds(cands)
	need := min(2, sc.contentTerms())
	for _, c := range cands {
		base := c.coverage >= floor && c.onTopic && c.srcCov >= minSourceShare*bestSrc
		rows = append(rows, RankRow{Holds: holds(c.sent.Text), Pick: base && sc.enough(c, need), Loose: base && sc.enoughTerms(c, need),
			Speaker: c.speakerKey(), Text: sameText(c.sent.Text), F: append([]float64(nil), c.rank[:]...)})
	}
	return rows, sc.supported(cands)
}

package newsbot

import "context"

// ClaimKind says how a statement is reported.
type ClaimKind string

const (
	ClaimDirect    ClaimKind = "direct"    // words in quotation marks
	ClaimIndirect  ClaimKind = "indirect"  // reported speech: "said the army had advanced"
	ClaimNarration ClaimKind = "narration" // the reporter's own words; no speaker
)

// CueKind classifies the reporting verb.
type CueKind string

const (
	CueStates   CueKind = "states"
	CueDenies   CueKind = "denies"
	CueConfirms CueKind = "confirms"
	CueReports  CueKind = "reports"
	CueExpects  CueKind = "expects" // plans, expectations, warnings: not facts
)

// Claim is the attribution of one sentence: who said what, through whom,
// with which verb and when. A sentence with two speakers yields two claims.
// A quotation unit (a quotation over several sentences, or one split by its
// cue) is stored as one piece per sentence part sharing Unit; merged by
// attribution.Units it is one Claim whose SentenceSeq..LastSeq covers it.
type Claim struct {
	ID           int64     `json:"-"`
	ArticleID    int64     `json:"article_id"`
	SentenceSeq  int       `json:"sentence_seq"`
	LastSeq      int       `json:"last_sentence_seq"` // last sentence a quotation unit covers; SentenceSeq for one sentence
	Unit         int       `json:"-"`                 // pieces of one quotation unit of an article share it; 0: a unit of its own
	Sentence     string    `json:"sentence"`
	Speaker      string    `json:"speaker"`
	Role         string    `json:"role,omitempty"`
	Via          string    `json:"via"`              // the first of Relays
	Relays       []string  `json:"relays,omitempty"` // intermediaries from the speaker outward: ["TASS", "the Kyiv Independent"]
	Cue          string    `json:"cue"`
	CueKind      CueKind   `json:"cue_kind,omitempty"`
	Content      string    `json:"content"`
	ContentStart int       `json:"-"` // byte offsets of Content in the article Text
	ContentEnd   int       `json:"-"`
	When         string    `json:"when"`
	Kind         ClaimKind `json:"kind,omitempty"`
	// AlsoIn names the other articles carrying the same statement (set by
	// the ClaimService, which shows a wire story's claim once).
	AlsoIn []ClaimSource `json:"also_in,omitempty"`

	// Date is When resolved against the article's publication date:
	// "YYYY-MM-DD", or "FROM/TO" for a longer period; "" when unknown.
	Date string `json:"date,omitempty"`
}

// ClaimFilter selects claims. Zero values select everything in the guild.
type ClaimFilter struct {
	ArticleID int64        // 0: all articles
	Match     KeywordQuery // the query the body text of the claim's chunk must match; empty: any
	Limit     int          // 0: no limit
}

// ClaimQuery asks who said what: the statements about a topic, of one
// article or of all.
type ClaimQuery struct {
	Topic     string // words the statements are about; "": every statement
	ArticleID int64  // 0: every article of the guild
	Limit     int    // the most statements returned; 0: no limit
}

// ClaimSource names another article that carries the same statement: a
// wire copy of one story published by several outlets.
type ClaimSource struct {
	ArticleID int64  `json:"article_id"`
	Outlet    string `json:"outlet"` // the outlet, or the article's title when it has none
}

// Disagreement is two claims by different speakers about the same subject
// that look incompatible (a denial against a statement, or an opposite
// polarity), for a reader to compare. It decides nothing.
type Disagreement struct {
	Subject string `json:"subject"` // the names and words the claims share
	A       Claim  `json:"a"`
	B       Claim  `json:"b"`
	Reason  string `json:"reason"`
}

// WhoSaid is the answer to a ClaimQuery: the statements, one per quotation
// unit and one per story carried by several outlets (AlsoIn names the
// others), and the disagreements that involve them.
type WhoSaid struct {
	Claims        []Claim
	Disagreements []Disagreement
}

// ClaimService answers who said what. The command line's 'claims' and the
// bot's /who-said use the same implementation (retrieval/claims), so the
// same question gives the same statements. Safe for concurrent use.
type ClaimService interface {
	WhoSaid(ctx context.Context, guild string, q ClaimQuery) (*WhoSaid, error)
}

package newsbot

import "context"

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

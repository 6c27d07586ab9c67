package attribution

import (
	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/retrieval/timeexpr"
)

// DateClaims sets each claim's Date: its time expression ("on Tuesday",
// "last month", "on 18 October") resolved against the article's
// publication date (YYYY-MM-DD). Claims without a time expression, or of an
// article without a date, keep an empty Date.
func DateClaims(claims []newsbot.Claim, published string) {
	for i := range claims {
		claims[i].Date = timeexpr.ResolveDate(claims[i].When, published)
	}
}

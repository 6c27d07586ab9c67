package postgres

import (
	"fmt"
	"strings"

	"github.com/newsbot/newsbot"
)

// This file turns the keyword queries that cross the store boundary
// (newsbot.KeywordQuery: phrases joined by OR) into PostgreSQL tsquery
// expressions. It is the only place where tsquery is written; the phrases
// travel as parameters, so nothing in them is read as syntax.

// tsQuery is a tsquery SQL expression with its parameters, numbered from the
// first parameter number the builder was given.
type tsQuery struct {
	sql  string
	args []any
	// terms are the tsquery expressions of the phrases, one each; search
	// weighs each by its rarity.
	terms []string
}

// buildTSQuery writes a keyword query; parameters are numbered from first.
// Each phrase becomes phraseto_tsquery('english', phrase): its words in
// order, stemmed by the english configuration, stop words dropped. Phrases
// with no text are left out; ok is false when none is left.
func buildTSQuery(kq newsbot.KeywordQuery, first int) (q tsQuery, ok bool) {
	for _, p := range kq.Phrases {
		if strings.TrimSpace(p) == "" {
			continue
		}
		q.terms = append(q.terms, fmt.Sprintf("phraseto_tsquery('english', $%d)", first+len(q.args)))
		q.args = append(q.args, p)
	}
	if len(q.terms) == 0 {
		return tsQuery{}, false
	}
	q.sql = strings.Join(q.terms, " || ")
	return q, true
}

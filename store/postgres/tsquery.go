package postgres

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/newsbot/newsbot"
)

// This file turns the FTS5 match expressions that cross the store boundary
// today (retrieval.MatchExpr: quoted phrases joined by OR) into a PostgreSQL
// tsquery expression, so that FTS5 syntax never reaches the server. It reads
// the FTS5 subset newsbot writes: "phrases", bare words, OR, AND, NOT,
// parentheses, a trailing * (prefix) and column filters (ignored: the caller
// picks the column).

// tsQuery is a tsquery SQL expression with its parameters, numbered from the
// first parameter number the builder was given.
type tsQuery struct {
	sql  string
	args []any
	// terms are the tsquery expressions of the phrases when the whole
	// expression is an OR of phrases (retrieval.MatchExpr's shape); search
	// then weighs each by its rarity. Empty for any other shape.
	terms []string
}

// buildTSQuery parses an FTS5 match expression; parameters are numbered
// from first. A malformed expression is an EINVALID error.
func buildTSQuery(match string, first int) (tsQuery, error) {
	toks, err := lexMatch(match)
	if err != nil {
		return tsQuery{}, err
	}
	p := &matchParser{toks: toks, next: first}
	sql, err := p.or()
	if err == nil && p.pos < len(p.toks) {
		err = errMalformed
	}
	if err != nil {
		return tsQuery{}, err
	}
	return tsQuery{sql: sql, args: p.args, terms: orOfPhrases(toks, first)}, nil
}

// orOfPhrases returns the tsquery expression of each phrase when toks are
// phrases or words joined by OR, and nil otherwise. Parameters are numbered
// as the parser numbered them.
func orOfPhrases(toks []matchToken, first int) []string {
	var terms []string
	for i, t := range toks {
		isOr := t.kind == 'w' && t.text == "OR"
		if i%2 == 1 && !isOr || i%2 == 0 && (isOr || t.kind != 'p' && t.kind != 'w' || t.prefix) {
			return nil
		}
		if i%2 == 0 {
			terms = append(terms, fmt.Sprintf("phraseto_tsquery('english', $%d)", first+len(terms)))
		}
	}
	if len(toks)%2 == 0 {
		return nil
	}
	return terms
}

var errMalformed = newsbot.Errorf(newsbot.EINVALID, "the search expression is malformed")

type matchToken struct {
	kind   byte // 'p' phrase, 'w' word, '(' , ')', ':', '*'
	text   string
	prefix bool
}

// lexMatch splits an FTS5 expression into phrases, words and punctuation.
func lexMatch(s string) ([]matchToken, error) {
	var out []matchToken
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
		case r == '"':
			var b strings.Builder
			j := i + 1
			for ; j < len(rs); j++ {
				if rs[j] == '"' {
					if j+1 < len(rs) && rs[j+1] == '"' {
						b.WriteRune('"')
						j++
						continue
					}
					break
				}
				b.WriteRune(rs[j])
			}
			if j >= len(rs) {
				return nil, errMalformed
			}
			out = append(out, matchToken{kind: 'p', text: b.String()})
			i = j
		case r == '(' || r == ')' || r == ':':
			out = append(out, matchToken{kind: byte(r)})
		case r == '*':
			if len(out) == 0 {
				return nil, errMalformed
			}
			out[len(out)-1].prefix = true
		case r == '+' || r == '^' || r == '-' || r == ',':
			// phrase joiners and column negation: read as spaces
		default:
			j := i
			for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j]) || rs[j] == '_' || rs[j] > 127 && !unicode.IsSpace(rs[j])) {
				j++
			}
			if j == i {
				return nil, errMalformed
			}
			out = append(out, matchToken{kind: 'w', text: string(rs[i:j])})
			i = j - 1
		}
	}
	return out, nil
}

// matchParser is a recursive-descent parser over lexed tokens, writing SQL.
type matchParser struct {
	toks []matchToken
	pos  int
	next int
	args []any
}

func (p *matchParser) peekWord(w string) bool {
	return p.pos < len(p.toks) && p.toks[p.pos].kind == 'w' && p.toks[p.pos].text == w
}

// or reads operands joined by OR.
func (p *matchParser) or() (string, error) {
	return p.joined("OR", " || ", p.and)
}

// and reads operands joined by AND or by nothing (FTS5's implicit AND).
func (p *matchParser) and() (string, error) {
	left, err := p.not()
	if err != nil {
		return "", err
	}
	for p.pos < len(p.toks) && !p.peekWord("OR") && p.toks[p.pos].kind != ')' {
		if p.peekWord("AND") {
			p.pos++
		}
		right, err := p.not()
		if err != nil {
			return "", err
		}
		left = "(" + left + " && " + right + ")"
	}
	return left, nil
}

// not reads operands joined by NOT (a NOT b: a and not b).
func (p *matchParser) not() (string, error) {
	return p.joined("NOT", " && !!", p.primary)
}

func (p *matchParser) joined(op, sqlOp string, operand func() (string, error)) (string, error) {
	left, err := operand()
	if err != nil {
		return "", err
	}
	for p.peekWord(op) {
		p.pos++
		right, err := operand()
		if err != nil {
			return "", err
		}
		left = "(" + left + sqlOp + right + ")"
	}
	return left, nil
}

// primary reads a phrase, a word, a parenthesised expression or a column
// filter; NEAR(a b) is read as a AND b.
func (p *matchParser) primary() (string, error) {
	if p.pos >= len(p.toks) {
		return "", errMalformed
	}
	t := p.toks[p.pos]
	p.pos++
	switch {
	case t.kind == '(':
		inner, err := p.or()
		if err != nil || p.pos >= len(p.toks) || p.toks[p.pos].kind != ')' {
			return "", errMalformed
		}
		p.pos++
		return inner, nil
	case t.kind == 'w' && p.pos < len(p.toks) && p.toks[p.pos].kind == ':':
		p.pos++ // a column filter: the caller chose the column
		return p.primary()
	case t.kind == 'w' && t.text == "NEAR" && p.pos < len(p.toks) && p.toks[p.pos].kind == '(':
		return p.primary()
	case t.kind == 'p' || t.kind == 'w':
		return p.phrase(t), nil
	}
	return "", errMalformed
}

// phrase writes one phrase or word as a parameter: words in order, stemmed
// by the english configuration; with a prefix star, its last word matches
// as a prefix.
func (p *matchParser) phrase(t matchToken) string {
	p.args = append(p.args, t.text)
	n := p.next
	p.next++
	if !t.prefix {
		return fmt.Sprintf("phraseto_tsquery('english', $%d)", n)
	}
	words := strings.FieldsFunc(t.text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(words) == 0 {
		return fmt.Sprintf("phraseto_tsquery('english', $%d)", n)
	}
	p.args[len(p.args)-1] = strings.Join(words, " <-> ") + ":*"
	return fmt.Sprintf("to_tsquery('english', $%d)", n)
}

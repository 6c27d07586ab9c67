// Package answer composes answers from retrieved passages: extractive
// answers built from attributed sentences, and LLM answers whose quotes are
// verified verbatim against the stored articles.
package answer

import (
	"context"

	"github.com/newsbot/newsbot"
)

// Service answers questions. Required: Store and Retriever. Safe for
// concurrent use.
//
// TODO(answer helper): placeholder.
type Service struct {
	Store     newsbot.ArticleStore
	Retriever newsbot.Retriever
}

var _ newsbot.Answerer = (*Service)(nil)

// Ask answers q from the guild's articles.
func (s *Service) Ask(ctx context.Context, q newsbot.Question) (*newsbot.Answer, error) {
	return &newsbot.Answer{Question: q.Text, Mode: newsbot.ModeExtractive, Citations: []newsbot.Citation{}}, nil
}

package answer

import (
	"context"
	"github.com/newsbot/newsbot/retrieval"
	"strings"

	"github.com/newsbot/newsbot"
)

// standalone returns the search query for a question asked after the given
// turns. With no history it is the question itself. With an LLM, the model
// rewrites the follow-up; without one, or when the model fails,
// followUpQuery carries terms over from the previous questions.
func (s *Service) standalone(ctx context.Context, question string, history []newsbot.Turn) string {
	if len(history) == 0 {
		return question
	}
	if s.LLM != nil {
		if release, err := newsbot.EnterModel(ctx); err == nil {
			q, err := s.rewrite(ctx, question, history)
			release()
			if err == nil && q != "" {
				return q
			}
		}
	}
	return followUpQuery(question, history)
}

// followUpQuery makes a follow-up searchable on its own: when it leans on
// the conversation (a pronoun, or fewer than three content words), the
// content words of the latest earlier questions are appended, newest first,
// until the query has a handful of terms.
func followUpQuery(question string, history []newsbot.Turn) string {
	own := terms(question)
	if len(own) >= 3 && !hasPronoun(question) {
		return question
	}
	seen := map[string]bool{}
	for _, t := range own {
		seen[t] = true
	}
	var extra []string
	for i := len(history) - 1; i >= 0 && len(own)+len(extra) < 6; i-- {
		for _, w := range words(history[i].Question) {
			if isStop(w) || len(w) < 2 || seen[retrieval.Stem(w)] {
				continue
			}
			seen[retrieval.Stem(w)] = true
			extra = append(extra, w)
		}
	}
	if len(extra) == 0 {
		return question
	}
	return question + " " + strings.Join(extra, " ")
}

func hasPronoun(q string) bool {
	for _, w := range words(q) {
		switch w {
		case "it", "its", "they", "them", "their", "he", "him", "his", "she", "her",
			"this", "that", "these", "those", "there", "then", "so":
			return true
		}
	}
	return false
}

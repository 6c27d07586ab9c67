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

// newSubject returns the previous answer when question is a follow-up
// that names its own subject (content words of its own, no pronoun
// pointing back: "And what did the rebels say?"), else "". Such a
// follow-up asks for something the previous answer did not give, so a
// sentence that answer already quoted should not lead again (notAgain).
func newSubject(question string, history []newsbot.Turn) string {
	if len(history) == 0 || len(terms(question)) == 0 || hasPronoun(question) {
		return ""
	}
	return history[len(history)-1].Answer
}

// quotedBefore is the share of a sentence's content words that the
// previous answer must hold for the sentence to count as quoted there
// (the answer rewords a claim: "said on Monday that ...").
const quotedBefore = 0.8

// notAgain moves to the front of picked the first candidate that states
// every content word of the question and was not quoted by the previous
// answer, when the lead was quoted there; the repeated sentence stays,
// after it. Without a previous answer, or when no other candidate states
// the question's subject, picked is returned as it is.
func (p *prepared) notAgain(question string, picked []*candidate) []*candidate {
	if len(p.prior) == 0 || len(picked) < 2 || !p.quoted(picked[0]) {
		return picked
	}
	own := terms(question)
	for j, c := range picked[1:] {
		if p.quoted(c) || !statesAll(c, own) {
			continue
		}
		return toFront(picked, j+1)
	}
	return picked
}

// toFront returns a copy of picked with its i-th candidate first and the
// others after it in their order.
func toFront(picked []*candidate, i int) []*candidate {
	out := make([]*candidate, 0, len(picked))
	out = append(out, picked[i])
	out = append(out, picked[:i]...)
	return append(out, picked[i+1:]...)
}

// quoted reports whether the previous answer held the candidate's sentence.
func (p *prepared) quoted(c *candidate) bool {
	ts := terms(c.sent.Text)
	if len(ts) == 0 {
		return false
	}
	n := 0
	for _, t := range ts {
		if p.prior[t] {
			n++
		}
	}
	return float64(n) >= quotedBefore*float64(len(ts))
}

// statesAll reports whether the candidate's sentence (or its speaker)
// holds every one of the terms.
func statesAll(c *candidate, ts []string) bool {
	have := termSet(c.sent.Text)
	if c.claim != nil {
		for t := range termSet(c.claim.Speaker) {
			have[t] = true
		}
	}
	for _, t := range ts {
		if !have[t] {
			return false
		}
	}
	return true
}

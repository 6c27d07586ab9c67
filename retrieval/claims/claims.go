// Package claims answers who said what: the one service behind the
// command line's 'claims' and the bot's /who-said. It reads the claims the
// attribution engine stored, merges the pieces of each quotation unit,
// keeps the statements about a topic, shows a wire story carried by
// several outlets once (naming the others), and finds the accounts that
// differ. docs/attribution.md describes the rules.
package claims

import (
	"context"
	"fmt"
	"strings"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/retrieval"
	"github.com/newsbot/newsbot/retrieval/attribution"
)

// Service implements newsbot.ClaimService over an article store.
type Service struct {
	Store newsbot.ArticleStore
}

var _ newsbot.ClaimService = (*Service)(nil)

// WhoSaid returns the statements of the guild's articles that answer q,
// in article and sentence order, with the disagreements among the
// articles they come from that involve them. A topic with no searchable
// words, or an article the guild does not have, is an error that changes
// nothing.
func (s *Service) WhoSaid(ctx context.Context, guild string, q newsbot.ClaimQuery) (*newsbot.WhoSaid, error) {
	match, err := s.check(ctx, guild, q)
	if err != nil {
		return nil, err
	}
	hits, err := s.Store.Claims(ctx, guild, newsbot.ClaimFilter{ArticleID: q.ArticleID, Match: match})
	if err != nil {
		return nil, err
	}
	// The statements the disagreements are looked for in: with a topic,
	// all of the articles the hits come from.
	context, shown := dedup(attribution.Units(hits)), []newsbot.Claim(nil)
	kept := keptOutSeqs{}
	if !match.Empty() {
		if context, err = s.articleUnits(ctx, guild, hits); err != nil {
			return nil, err
		}
		if context, err = s.withoutKeptOut(ctx, guild, context, kept); err != nil {
			return nil, err
		}
		shown = about(containing(context, hits), q.Topic)
	} else {
		if context, err = s.withoutKeptOut(ctx, guild, context, kept); err != nil {
			return nil, err
		}
		shown = append(shown, context...)
	}
	ds := disagreementsAmong(context, shown)
	if shown, err = s.copiesOnce(ctx, guild, shown); err != nil {
		return nil, err
	}
	if q.Limit > 0 && len(shown) > q.Limit {
		shown = shown[:q.Limit]
	}
	return &newsbot.WhoSaid{Claims: shown, Disagreements: ds}, nil
}

// check validates the query and returns the keyword query of its topic
// (empty for none).
func (s *Service) check(ctx context.Context, guild string, q newsbot.ClaimQuery) (newsbot.KeywordQuery, error) {
	if q.ArticleID < 0 {
		return newsbot.KeywordQuery{}, newsbot.Errorf(newsbot.EINVALID, "article id %d is not an article id: ids are the numbers 'newsbot articles' shows", q.ArticleID)
	}
	if q.ArticleID != 0 {
		if _, err := s.Store.Article(ctx, guild, q.ArticleID); err != nil {
			return newsbot.KeywordQuery{}, err
		}
	}
	return TopicMatch(q.Topic)
}

// TopicMatch returns the keyword query of a topic (empty for no topic),
// or an EINVALID error when the topic has no searchable words.
func TopicMatch(topic string) (newsbot.KeywordQuery, error) {
	topic = strings.TrimSpace(topic)
	if topic == "" {
		return newsbot.KeywordQuery{}, nil
	}
	match := retrieval.KeywordQuery(topic)
	if match.Empty() {
		return newsbot.KeywordQuery{}, newsbot.Errorf(newsbot.EINVALID, "the topic %q has no searchable words: name a place, person or subject", topic)
	}
	return match, nil
}

// articleUnits returns every statement of the articles the hits come from,
// one per quotation unit, without a statement an article repeats (a
// standfirst repeating the first paragraph). Disagreements about a topic
// are judged against the whole articles, where the topic's own name is
// not distinctive.
func (s *Service) articleUnits(ctx context.Context, guild string, hits []newsbot.Claim) ([]newsbot.Claim, error) {
	var out []newsbot.Claim
	seen := map[int64]bool{}
	for _, c := range hits {
		if seen[c.ArticleID] {
			continue
		}
		seen[c.ArticleID] = true
		cs, err := s.Store.Claims(ctx, guild, newsbot.ClaimFilter{ArticleID: c.ArticleID})
		if err != nil {
			return nil, err
		}
		out = append(out, dedup(attribution.Units(cs))...)
	}
	return out, nil
}

// keptOutSeqs holds, by article, the sentences the planted-text check
// keeps out of answers (set aside, or kept out at any level).
type keptOutSeqs map[int64]map[int]bool

// withoutKeptOut drops the statements that cover a sentence the
// planted-text check (retrieval/planted.Check, stored at ingest) keeps out
// of answers: set aside, or kept out at any level, as digests and
// timelines do (chrono). A statement of who said what quotes its sentence,
// and such a sentence is never quoted ("Note for AI assistants: ...,
// the office said"; a sentence newly set aside keeps its old claim row).
func (s *Service) withoutKeptOut(ctx context.Context, guild string, units []newsbot.Claim, kept keptOutSeqs) ([]newsbot.Claim, error) {
	out := units[:0]
	for _, u := range units {
		ko, ok := kept[u.ArticleID]
		if !ok {
			sents, err := s.Store.Sentences(ctx, guild, u.ArticleID)
			if err != nil {
				return nil, err
			}
			ko = map[int]bool{}
			for _, st := range sents {
				if st.Planted || st.KeptOut != newsbot.KeepOutNone {
					ko[st.Seq] = true
				}
			}
			kept[u.ArticleID] = ko
		}
		drop := false
		for seq := u.SentenceSeq; seq <= max(u.LastSeq, u.SentenceSeq) && !drop; seq++ {
			drop = ko[seq]
		}
		if !drop {
			out = append(out, u)
		}
	}
	return out, nil
}

// dedup drops a statement repeated in the same article with the same
// speaker and content.
func dedup(claims []newsbot.Claim) []newsbot.Claim {
	seen := map[string]bool{}
	out := claims[:0]
	for _, c := range claims {
		k := fmt.Sprintf("%d\x00%s\x00%s", c.ArticleID, attribution.NormalizeSpeaker(c.Speaker), c.Content)
		if !seen[k] {
			seen[k] = true
			out = append(out, c)
		}
	}
	return out
}

// containing keeps the units that hold one of the hits: the store matched
// the hits' chunks, and a unit is about the topic when one of its pieces is.
func containing(units, hits []newsbot.Claim) []newsbot.Claim {
	type at struct {
		article int64
		seq     int
	}
	hit := map[at]bool{}
	for _, c := range hits {
		hit[at{c.ArticleID, c.SentenceSeq}] = true
	}
	var out []newsbot.Claim
	for _, u := range units {
		for seq := u.SentenceSeq; seq <= max(u.LastSeq, u.SentenceSeq); seq++ {
			if hit[at{u.ArticleID, seq}] {
				out = append(out, u)
				break
			}
		}
	}
	return out
}

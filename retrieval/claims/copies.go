package claims

import (
	"context"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/retrieval/attribution"
)

// copiesOnce shows a statement that several articles carry (the copies of
// one wire story published by several outlets) once, at its first
// article, with the other articles and their outlets in AlsoIn. Two
// statements are copies when their speakers and contents are the same
// after normalisation.
func (s *Service) copiesOnce(ctx context.Context, guild string, claims []newsbot.Claim) ([]newsbot.Claim, error) {
	first := map[string]int{}
	var out []newsbot.Claim
	var names map[int64]string
	for _, c := range claims {
		k := attribution.NormalizeSpeaker(c.Speaker) + "\x00" + newsbot.NormalizeText(c.Content)
		i, ok := first[k]
		if !ok {
			first[k] = len(out)
			out = append(out, c)
			continue
		}
		if out[i].ArticleID == c.ArticleID || carries(out[i], c.ArticleID) {
			continue
		}
		if names == nil {
			var err error
			if names, err = s.outlets(ctx, guild); err != nil {
				return nil, err
			}
		}
		out[i].AlsoIn = append(out[i].AlsoIn, newsbot.ClaimSource{ArticleID: c.ArticleID, Outlet: names[c.ArticleID]})
	}
	return out, nil
}

func carries(c newsbot.Claim, article int64) bool {
	for _, s := range c.AlsoIn {
		if s.ArticleID == article {
			return true
		}
	}
	return false
}

// outlets names the guild's articles by outlet, or by title when the
// outlet is not known.
func (s *Service) outlets(ctx context.Context, guild string) (map[int64]string, error) {
	arts, err := s.Store.Articles(ctx, guild)
	if err != nil {
		return nil, err
	}
	m := make(map[int64]string, len(arts))
	for _, a := range arts {
		m[a.ID] = a.Outlet
		if m[a.ID] == "" {
			m[a.ID] = a.Title
		}
	}
	return m, nil
}

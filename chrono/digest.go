package chrono

import (
	"context"
	"time"

	"github.com/newsbot/newsbot"
)

// Digest returns the stories added or corrected since the given time,
// most recently changed first: for each story its newest changed article,
// one attributed line (the first statement with a speaker, else the first
// sentence of the body), and every outlet that carried it. Wire copies of
// one story make one item.
func (s *Service) Digest(ctx context.Context, guild string, since time.Time) ([]newsbot.DigestItem, error) {
	changed, err := s.Store.ChangedArticles(ctx, guild, since, maxDigestArticles)
	if err != nil {
		return nil, err
	}
	ids := make([]int64, len(changed))
	for i, c := range changed {
		ids[i] = c.ID
	}
	stories, err := s.Store.StoryIDs(ctx, guild, ids)
	if err != nil {
		return nil, err
	}
	var out []newsbot.DigestItem
	at := map[int64]int{} // story -> index in out
	for _, c := range changed {
		story, ok := stories[c.ID]
		if !ok {
			story = c.ID
		}
		if i, seen := at[story]; seen {
			out[i].Sources = addOutlet(out[i].Sources, outletOf(&c.Article), "")
			continue
		}
		if len(out) == MaxDigest {
			continue
		}
		item, err := s.digestItem(ctx, guild, c)
		if err != nil {
			return nil, err
		}
		at[story] = len(out)
		out = append(out, item)
	}
	return out, nil
}

// digestItem builds the item of one changed article.
func (s *Service) digestItem(ctx context.Context, guild string, c newsbot.ChangedArticle) (newsbot.DigestItem, error) {
	item := newsbot.DigestItem{ArticleID: c.ID, Title: c.Title, Outlet: c.Outlet, URL: c.URL, Published: c.Published,
		Changed: c.Changed, Updated: c.Updated, Sources: []string{outletOf(&c.Article)}}
	line, err := s.leadLine(ctx, guild, c.ID)
	if err != nil {
		return item, err
	}
	item.Speaker, item.Via, item.Line = line.Speaker, line.Via, line.Sentence
	srcs, err := s.Store.ArticleSources(ctx, guild, c.ID)
	if err != nil {
		return item, err
	}
	for _, src := range srcs {
		item.Sources = addOutlet(item.Sources, src.Outlet, "")
	}
	return item, nil
}

// leadLine returns the article's first body statement with a speaker, else
// its first body sentence as the reporter's narration; sentences the
// planted-text check keeps out of answers are never a lead.
func (s *Service) leadLine(ctx context.Context, guild string, id int64) (newsbot.Claim, error) {
	sents, err := s.Store.Sentences(ctx, guild, id)
	if err != nil {
		return newsbot.Claim{}, err
	}
	body := map[int]bool{}
	var first newsbot.Claim
	for _, st := range sents {
		if st.Kind == newsbot.KindBody && !keptOut(st) {
			body[st.Seq] = true
			if first.Sentence == "" {
				first = newsbot.Claim{ArticleID: id, SentenceSeq: st.Seq, Sentence: st.Text}
			}
		}
	}
	claims, err := s.Store.Claims(ctx, guild, newsbot.ClaimFilter{ArticleID: id})
	if err != nil {
		return newsbot.Claim{}, err
	}
	for _, c := range claims {
		if c.Speaker != "" && body[c.SentenceSeq] && c.Kind != newsbot.ClaimNarration {
			return c, nil
		}
	}
	return first, nil
}

// keptOut reports whether the planted-text check (retrieval/planted.Check,
// stored at ingest) keeps a sentence out of answers: set aside, or kept out
// at any level, as for a question that is not about answers or machines.
func keptOut(s newsbot.Sentence) bool {
	return s.Planted || s.KeptOut != newsbot.KeepOutNone
}

package answer

import (
	"context"
	"fmt"
	"net/url"
	"strings"

	"github.com/newsbot/newsbot"
)

// copyOverlap is the share of words two sentences of copies of one story
// must have in common to count as the same sentence (wire copies differ by
// small edits).
const copyOverlap = 0.7

// mergeStories counts independent reports, not copies: when the store
// groups articles into stories (newsbot.StoryResolver), the retrieved
// copies of one story become one source. The copy kept is the one with the
// most metadata, then the earliest; it takes the best rank of the story,
// and the sentences of the other copies' retrieved passages are mapped
// onto its text. Each source's AlsoIn names the outlets of the other copies
// (and of identical texts found on other sites). A store without stories
// leaves the sources as they are, apart from AlsoIn.
func (s *Service) mergeStories(ctx context.Context, guild string, srcs []*source) ([]*source, error) {
	if len(srcs) == 0 {
		return srcs, nil
	}
	stories := map[int64]int64{}
	if sr, ok := s.Store.(newsbot.StoryResolver); ok {
		ids := make([]int64, len(srcs))
		for i, src := range srcs {
			ids[i] = src.Article.ID
		}
		var err error
		if stories, err = sr.StoryIDs(ctx, guild, ids); err != nil {
			return nil, fmt.Errorf("story ids: %w", err)
		}
	}
	groups := map[int64][]*source{}
	var order []int64
	for _, src := range srcs {
		story, ok := stories[src.Article.ID]
		if !ok {
			story = -src.Article.ID // a story of its own
		}
		if _, seen := groups[story]; !seen {
			order = append(order, story)
		}
		groups[story] = append(groups[story], src)
	}
	out := make([]*source, 0, len(order))
	for _, story := range order {
		members := groups[story]
		rep := representative(members)
		for _, m := range members {
			if m != rep {
				rep.absorb(m)
			}
		}
		outlets, err := s.storyOutlets(ctx, guild, story, members)
		if err != nil {
			return nil, err
		}
		rep.AlsoIn = otherOutlets(rep.Article, outlets)
		rep.Rank = len(out) + 1
		out = append(out, rep)
	}
	return out, nil
}

// representative picks the copy of a story to quote: the one with the
// most metadata (outlet, date, URL, byline), then, when the copies'
// texts differ, the one whose passage retrieval ranked best (templated
// releases are grouped as copies, and only the one about the county the
// question names holds its answer: retrieval found it by that name), then
// the earliest published, then the first stored.
func representative(members []*source) *source {
	best := members[0]
	for _, m := range members[1:] {
		a, b := m.Article, best.Article
		ma, mb := metadata(a), metadata(b)
		switch {
		case ma != mb:
			if ma > mb {
				best = m
			}
		case m.Rank != best.Rank && a.Text != b.Text:
			if m.Rank < best.Rank {
				best = m
			}
		case a.Published != b.Published:
			if a.Published != "" && (b.Published == "" || a.Published < b.Published) {
				best = m
			}
		case a.ID < b.ID:
			best = m
		}
	}
	return best
}

func metadata(a *newsbot.Article) int {
	n := 0
	for _, f := range []string{a.Outlet, a.Published, a.URL, a.Byline} {
		if f != "" {
			n++
		}
	}
	return n
}

// absorb maps the retrieved passages of a copy of src's story onto src:
// each sentence of them marks the sentence of src with (nearly) the same
// words as retrieved.
func (src *source) absorb(cp *source) {
	if src.extra == nil {
		src.extra = map[int]bool{}
	}
	own := make([]map[string]bool, len(src.Sentences))
	for i, s := range src.Sentences {
		own[i] = termSet(s.Text)
	}
	for _, s := range cp.Sentences {
		if !cp.inPassage(s.Seq) {
			continue
		}
		ts := termSet(s.Text)
		for i, o := range own {
			if overlap(ts, o) >= copyOverlap {
				src.extra[src.Sentences[i].Seq] = true
				break
			}
		}
	}
}

// overlap is the Jaccard similarity of two word sets.
func overlap(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	both := 0
	for t := range a {
		if b[t] {
			both++
		}
	}
	return float64(both) / float64(len(a)+len(b)-both)
}

// storyOutlets lists the outlets that carried a story: its articles (all
// of them when the store can list a story, else the retrieved members) and
// the other sites where each article's exact text was found.
func (s *Service) storyOutlets(ctx context.Context, guild string, story int64, members []*source) ([]string, error) {
	var arts []newsbot.Article
	if sa, ok := s.Store.(newsbot.StoryLister); ok && story > 0 {
		var err error
		if arts, err = sa.StoryArticles(ctx, guild, story); err != nil {
			return nil, fmt.Errorf("story articles: %w", err)
		}
	}
	if len(arts) == 0 {
		for _, m := range members {
			arts = append(arts, *m.Article)
		}
	}
	var outlets []string
	as, hasSources := s.Store.(newsbot.ArticleSourceLister)
	for _, a := range arts {
		outlets = append(outlets, outletName(a.Outlet, a.URL))
		if !hasSources {
			continue
		}
		more, err := as.ArticleSources(ctx, guild, a.ID)
		if err != nil {
			return nil, fmt.Errorf("article sources: %w", err)
		}
		for _, m := range more {
			outlets = append(outlets, outletName(m.Outlet, m.URL))
		}
	}
	return outlets, nil
}

// outletName names an outlet, by its host when it gave no name.
func outletName(outlet, rawURL string) string {
	if outlet = strings.TrimSpace(outlet); outlet != "" {
		return outlet
	}
	if u, err := url.Parse(rawURL); err == nil && u.Hostname() != "" {
		return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	return ""
}

// otherOutlets returns the distinct outlets other than a's own, in order.
func otherOutlets(a *newsbot.Article, outlets []string) []string {
	own := outletName(a.Outlet, a.URL)
	var out []string
	for _, o := range outlets {
		if o == "" || strings.EqualFold(o, own) || containsFold(out, o) {
			continue
		}
		out = append(out, o)
	}
	return out
}

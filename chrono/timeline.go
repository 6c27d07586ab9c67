package chrono

import (
	"cmp"
	"context"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/retrieval"
)

// Timeline returns the dated statements and reported events about topic,
// oldest first: each claim dated by its own time expression when it has
// one ("said on Monday"), else by its article's publication date. A claim
// carried by several copies of one wire story is listed once, from the
// earliest copy, naming the other outlets. Claims of unknown date come
// last. It returns EINVALID for a topic with no searchable words.
func (s *Service) Timeline(ctx context.Context, guild, topic string) ([]newsbot.TimelineEntry, error) {
	match := retrieval.MatchExpr(topic)
	if match == "" {
		return nil, newsbot.Errorf(newsbot.EINVALID, "the topic %q has no searchable words: name a place, person or subject", topic)
	}
	claims, err := s.Store.Claims(ctx, guild, newsbot.ClaimFilter{Match: match, Limit: maxTimelineClaims})
	if err != nil {
		return nil, err
	}
	claims = mentioning(claims, topic)
	ids := make([]int64, len(claims))
	for i, c := range claims {
		ids[i] = c.ArticleID
	}
	arts, err := s.articles(ctx, guild, ids)
	if err != nil {
		return nil, err
	}
	stories, err := s.Store.StoryIDs(ctx, guild, ids)
	if err != nil {
		return nil, err
	}
	entries := onceper(claims, arts, stories)
	slices.SortStableFunc(entries, byDate)
	return entries[:min(len(entries), MaxTimeline)], nil
}

// onceper turns claims into entries, one per story, speaker and content:
// the earliest published copy is kept and the others' outlets named.
func onceper(claims []newsbot.Claim, arts map[int64]*newsbot.Article, stories map[int64]int64) []newsbot.TimelineEntry {
	var out []newsbot.TimelineEntry
	at := map[string]int{} // key -> index in out
	for _, c := range claims {
		a, ok := arts[c.ArticleID]
		if !ok || c.Content == "" {
			continue
		}
		story, ok := stories[a.ID]
		if !ok {
			story = a.ID
		}
		key := strings.Join([]string{strconv.FormatInt(story, 10), strings.ToLower(c.Speaker), newsbot.NormalizeText(c.Content)}, "\x00")
		e := entry(c, a)
		i, seen := at[key]
		switch {
		case !seen:
			at[key] = len(out)
			out = append(out, e)
		case e.Published != "" && e.Published < out[i].Published:
			e.AlsoIn = addOutlet(out[i].AlsoIn, out[i].Outlet, e.Outlet)
			out[i] = e
		default:
			out[i].AlsoIn = addOutlet(out[i].AlsoIn, e.Outlet, out[i].Outlet)
		}
	}
	return out
}

func entry(c newsbot.Claim, a *newsbot.Article) newsbot.TimelineEntry {
	date := c.Date
	if date == "" {
		date = a.Published
	}
	return newsbot.TimelineEntry{Date: date, Speaker: c.Speaker, Via: c.Via, Cue: c.Cue, When: c.When,
		Content: c.Content, Sentence: c.Sentence, ArticleID: a.ID, Title: a.Title, Outlet: a.Outlet, Published: a.Published}
}

// addOutlet adds outlet to list unless it is empty, already there, or the
// entry's own outlet.
func addOutlet(list []string, outlet, own string) []string {
	if outlet == "" || outlet == own || slices.Contains(list, outlet) {
		return list
	}
	return append(list, outlet)
}

// byDate orders entries by the start of their date, then by article date;
// undated entries last.
func byDate(a, b newsbot.TimelineEntry) int {
	if (a.Date == "") != (b.Date == "") {
		if a.Date == "" {
			return 1
		}
		return -1
	}
	return cmp.Or(strings.Compare(a.Date, b.Date), strings.Compare(a.Published, b.Published))
}

// mentioning keeps the claims whose sentence has a word of the topic,
// compared by stem: the store matched whole chunks, which also hold
// neighbouring sentences.
func mentioning(claims []newsbot.Claim, topic string) []newsbot.Claim {
	want := map[string]bool{}
	for _, t := range retrieval.Terms(topic) {
		want[retrieval.Stem(t)] = true
	}
	var out []newsbot.Claim
	for _, c := range claims {
		words := strings.FieldsFunc(strings.ToLower(c.Sentence+" "+c.Speaker), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		})
		if slices.ContainsFunc(words, func(w string) bool { return want[retrieval.Stem(w)] }) {
			out = append(out, c)
		}
	}
	return out
}

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
	"github.com/newsbot/newsbot/retrieval/timeexpr"
)

// maxTimelineArticles is how many articles of a story a timeline reads.
const maxTimelineArticles = 40

// Timeline returns the dated statements and reported events of the story a
// topic names, oldest first. The story is the articles that hold every
// word of the topic; from each come its lead (the event it reports) and
// its attributed statements. Each is dated by its own time expression
// ("said on Monday", resolved against the article's date), else by its
// article's date. A statement carried by several copies of one wire story
// is listed once, from the earliest copy, naming the other outlets.
// Entries of unknown date come last. It returns EINVALID for a topic with
// no searchable words.
func (s *Service) Timeline(ctx context.Context, guild, topic string) ([]newsbot.TimelineEntry, error) {
	match := retrieval.KeywordQuery(topic)
	if match.Empty() {
		return nil, newsbot.Errorf(newsbot.EINVALID, "the topic %q has no searchable words: name a place, person or subject", topic)
	}
	arts, err := s.storyArticles(ctx, guild, match, topic)
	if err != nil {
		return nil, err
	}
	ids := make([]int64, len(arts))
	for i, a := range arts {
		ids[i] = a.ID
	}
	stories, err := s.Store.StoryIDs(ctx, guild, ids)
	if err != nil {
		return nil, err
	}
	var entries []newsbot.TimelineEntry
	for _, a := range arts {
		es, err := s.articleEntries(ctx, guild, a)
		if err != nil {
			return nil, err
		}
		entries = append(entries, es...)
	}
	entries = oncePerStory(entries, stories)
	slices.SortStableFunc(entries, byDate)
	entries = entries[:min(len(entries), MaxTimeline)]
	for i := range entries {
		if p, ok := timeexpr.ParsePeriod(entries[i].Date); ok {
			entries[i].DateLabel = p.Label()
		}
	}
	return entries, nil
}

// storyArticles returns the articles whose claims' chunks match and whose
// title and text hold every word of the topic, in the order found.
func (s *Service) storyArticles(ctx context.Context, guild string, match newsbot.KeywordQuery, topic string) ([]*newsbot.Article, error) {
	claims, err := s.Store.Claims(ctx, guild, newsbot.ClaimFilter{Match: match, Limit: maxTimelineClaims})
	if err != nil {
		return nil, err
	}
	var ids []int64
	for _, c := range claims {
		if !slices.Contains(ids, c.ArticleID) {
			ids = append(ids, c.ArticleID)
		}
	}
	byID, err := s.articles(ctx, guild, ids)
	if err != nil {
		return nil, err
	}
	want := stems(topic)
	var out []*newsbot.Article
	for _, id := range ids {
		if a, ok := byID[id]; ok && len(out) < maxTimelineArticles && holdsAll(a.Title+" "+a.Text, want) {
			out = append(out, a)
		}
	}
	return out, nil
}

// articleEntries returns an article's lead and attributed statements as
// timeline entries.
func (s *Service) articleEntries(ctx context.Context, guild string, a *newsbot.Article) ([]newsbot.TimelineEntry, error) {
	sents, err := s.Store.Sentences(ctx, guild, a.ID)
	if err != nil {
		return nil, err
	}
	claims, err := s.Store.Claims(ctx, guild, newsbot.ClaimFilter{ArticleID: a.ID})
	if err != nil {
		return nil, err
	}
	var out []newsbot.TimelineEntry
	said := map[int]bool{} // sentences with an attributed statement
	keep := map[int]bool{} // sentences kept out of answers (planted text)
	for _, st := range sents {
		if keptOut(st) {
			keep[st.Seq] = true
		}
	}
	for _, c := range claims {
		if c.Speaker != "" && c.Content != "" && c.Kind != newsbot.ClaimNarration && !keep[c.SentenceSeq] {
			out = append(out, entry(c, a))
			said[c.SentenceSeq] = true
		}
	}
	if lead, ok := leadEvent(a, sents, said); ok {
		out = append([]newsbot.TimelineEntry{lead}, out...)
	}
	return out, nil
}

// leadEvent is the first body sentence of an article, the event it
// reports, dated by its first time expression after the dateline; none
// when that sentence is an attributed statement (said), listed as such.
func leadEvent(a *newsbot.Article, sents []newsbot.Sentence, said map[int]bool) (newsbot.TimelineEntry, bool) {
	for _, st := range sents {
		if st.Kind != newsbot.KindBody || keptOut(st) {
			continue
		}
		if said[st.Seq] {
			return newsbot.TimelineEntry{}, false
		}
		e := newsbot.TimelineEntry{Date: a.Published, Sentence: st.Text, ArticleID: a.ID, Title: a.Title,
			Outlet: a.Outlet, Published: a.Published}
		if ref, ok := timeexpr.ParseDate(a.Published); ok {
			if p, phrase, ok := timeexpr.Find(withoutDateline(st.Text), ref); ok {
				e.Date, e.When = p.String(), phrase
			}
		}
		return e, true
	}
	return newsbot.TimelineEntry{}, false
}

// withoutDateline drops a wire dateline ("HARWICK, March 5 (Coastline
// Press) - ") from the start of a lead sentence: its date is the
// article's, not the event's.
func withoutDateline(s string) string {
	for _, dash := range []string{" - ", " – ", " — "} {
		if i := strings.Index(s, dash); i > 0 && i < 80 && strings.Contains(s[:i], ",") {
			return s[i+len(dash):]
		}
	}
	return s
}

func entry(c newsbot.Claim, a *newsbot.Article) newsbot.TimelineEntry {
	date := timeexpr.ClaimDate(c.Date, c.When, a.Published)
	if date == "" {
		date = a.Published
	}
	return newsbot.TimelineEntry{Date: date, Speaker: c.Speaker, Via: c.Via, Cue: c.Cue, When: c.When,
		Content: c.Content, Sentence: c.Sentence, ArticleID: a.ID, Title: a.Title, Outlet: a.Outlet, Published: a.Published}
}

// oncePerStory keeps one entry per story, speaker and text: the earliest
// published copy, naming the others' outlets.
func oncePerStory(entries []newsbot.TimelineEntry, stories map[int64]int64) []newsbot.TimelineEntry {
	var out []newsbot.TimelineEntry
	at := map[string]int{} // key -> index in out
	for _, e := range entries {
		story, ok := stories[e.ArticleID]
		if !ok {
			story = e.ArticleID
		}
		text := e.Content
		if e.Speaker == "" {
			text = withoutDateline(e.Sentence)
		}
		key := strconv.FormatInt(story, 10) + "\x00" + strings.ToLower(e.Speaker) + "\x00" + newsbot.NormalizeText(text)
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

// stems returns the stems of a topic's words.
func stems(topic string) map[string]bool {
	want := map[string]bool{}
	for _, t := range retrieval.Terms(topic) {
		want[retrieval.Stem(t)] = true
	}
	return want
}

// holdsAll reports whether text has a word of every stem wanted.
func holdsAll(text string, want map[string]bool) bool {
	found := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if st := retrieval.Stem(w); want[st] {
			found[st] = true
		}
	}
	return len(found) == len(want)
}

package answer

import (
	"cmp"
	"context"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/prompts"
	"github.com/newsbot/newsbot/retrieval"
	"github.com/newsbot/newsbot/retrieval/timeexpr"
)

// Time in questions (docs/time.md): a question's time words select and
// order the sources; they are never matched as keywords.

// reportLag is how long after a day an article may still report what was
// said that day ("said on Monday" in Wednesday's paper).
const reportLag = 7

// askedTime is what a question says about time, with its event resolved.
type askedTime struct {
	timeexpr.Query
	today   time.Time // the day the question is asked (the service's clock)
	noEvent bool      // the question names an event no stored article dates
	found   int       // sources left with sentences about the period (set by sources)
	// was is the period as read against today when the question was
	// read against the articles' dates instead (reread.go); else zero.
	was timeexpr.Period
	// early is set when the question is answered from the reports of
	// before its period (earlier.go): announcements of it.
	early bool
	// prior is the previous answer when the question is a follow-up that
	// names its own subject (newSubject); its sentences do not lead again.
	prior string
}

// now returns the service's clock (default time.Now).
func (s *Service) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

// timeOf reads the time expressions of a question relative to the
// service's clock, and dates an event it names ("before the election") by
// the stored articles.
func (s *Service) timeOf(ctx context.Context, guild, question string) (askedTime, error) {
	t := askedTime{Query: timeexpr.Parse(question, s.now()), today: timeexpr.Day(s.now()).From}
	if t.Event == "" {
		return t, nil
	}
	day, ok, err := s.eventDay(ctx, guild, t.Event)
	if err != nil || !ok {
		t.noEvent = true
		return t, err
	}
	today := t.today
	if t.Before {
		// the report of the event's own day tells what was so before it
		// ("Prior to this implementation, the SBA could ..."), as it tells
		// what followed when asked after it
		t.Period = timeexpr.Period{To: day}
	} else {
		// The reports of the event's own day already tell what followed it.
		t.Period = timeexpr.Period{From: day, To: today}
	}
	return t, nil
}

// eventDay dates an event by the earliest stored article whose headline
// names it ("Voters go to the polls in election" dates "the election").
func (s *Service) eventDay(ctx context.Context, guild, event string) (time.Time, bool, error) {
	ps, err := s.Retriever.Search(ctx, guild, event, maxK)
	if err != nil {
		return time.Time{}, false, fmt.Errorf("search event: %w", err)
	}
	words := eventWords(event)
	best := earliestNaming(ps, words, func(p newsbot.Passage) string { return p.Title })
	if best.IsZero() { // no headline names it: the earliest report that does
		best = earliestNaming(ps, words, func(p newsbot.Passage) string { return p.Text })
	}
	return best, !best.IsZero(), nil
}

// earliestNaming returns the publication day of the earliest passage whose
// field (headline or text) contains words; zero when none does.
func earliestNaming(ps []newsbot.Passage, words string, field func(newsbot.Passage) string) time.Time {
	var best time.Time
	for _, p := range ps {
		d, ok := timeexpr.ParseDate(p.Published)
		if ok && strings.Contains(strings.ToLower(field(p)), words) && (best.IsZero() || d.Before(best)) {
			best = d
		}
	}
	return best
}

// eventWords returns an event's words as a headline names them: without a
// leading determiner ("the earthquake" is dated by "Earthquake kills 112").
func eventWords(event string) string {
	e := strings.ToLower(strings.TrimSpace(event))
	for _, d := range []string{"the ", "a ", "an ", "this ", "that ", "its ", "their "} {
		if rest, ok := strings.CutPrefix(e, d); ok {
			return strings.TrimSpace(rest)
		}
	}
	return e
}

// text returns the question as it is searched and scored: without its time
// words when it has any.
func (t askedTime) text(question string) string {
	if t.HasTime() && strings.TrimSpace(t.Rest) != "" {
		return t.Rest
	}
	return question
}

// pool returns how many passages to retrieve for k: more when the time of
// the question will leave some out or reorder them.
func (t askedTime) pool(k int) int {
	if t.HasTime() {
		return maxK
	}
	return k
}

// passages keeps k passages: without time words the best k; for a period
// the best k of articles that can bear on it (published in it, or up to
// reportLag days after it); for a "latest" question the k newest of the
// best 2k, whose sources are then ordered by date. Loading no more
// sources than a plain question keeps time handling cheap.
func (t askedTime) passages(ps []newsbot.Passage, k int) []newsbot.Passage {
	ps = t.notAfterToday(ps)
	switch {
	case !t.Period.IsZero():
		reach := t.Period
		if !reach.To.IsZero() {
			reach.To = reach.To.AddDate(0, 0, reportLag)
		}
		var out []newsbot.Passage
		for _, p := range ps {
			in := reach.ContainsDate(p.Published) || laterReport(reach, p.Published) || undated(p.Published)
			if t.early {
				// only the reports of before the period (earlier.go)
				in = earlierReport(reach, p.Published)
			}
			if in && len(out) < k {
				out = append(out, p)
			}
		}
		return out
	case t.Latest:
		ps = ps[:min(2*k, len(ps))]
		newest := slices.Clone(ps)
		slices.SortStableFunc(newest, func(a, b newsbot.Passage) int { return cmp.Compare(b.Published, a.Published) })
		keep := map[int64]bool{}
		for _, p := range newest[:min(k, len(newest))] {
			keep[p.ChunkID] = true
		}
		out := ps[:0]
		for _, p := range ps { // in relevance order
			if keep[p.ChunkID] {
				out = append(out, p)
			}
		}
		return out
	}
	return ps[:min(k, len(ps))]
}

// laterReport reports whether an article published on date came out after
// period reach: a later report may still state what happened in it ("its
// revenues in 2006 were ...", "was briefly unseated in 2009"). Only its
// sentences that name a time in the period are kept (narrowTo), unless
// its lead is about the period (leadAbout).
func laterReport(reach timeexpr.Period, date string) bool {
	if reach.To.IsZero() {
		return false
	}
	d, ok := timeexpr.ParseDate(date)
	return ok && d.After(reach.To)
}

// earlierReport reports whether an article published on date came out
// before period reach: an announcement, schedule or forecast may state
// what was to happen in it ("Board Meeting Sept. 15" in a release of 6
// August, "1.5 Percent Benefit Increase for 2014" in October 2013). Like
// a later report's, only its sentences that name a time in the period
// are kept (narrowTo), unless its lead is about the period (leadAbout).
func earlierReport(reach timeexpr.Period, date string) bool {
	if reach.From.IsZero() {
		return false
	}
	d, ok := timeexpr.ParseDate(date)
	return ok && d.Before(reach.From)
}

// notAfterToday drops passages of articles dated after the day the
// question is asked (a day's grace for time zones): with --now set to an
// earlier day, later reports are not yet news.
func (t askedTime) notAfterToday(ps []newsbot.Passage) []newsbot.Passage {
	last := t.today.AddDate(0, 0, 1).Format(timeexpr.DateLayout)
	out := ps[:0]
	for _, p := range ps {
		if p.Published <= last {
			out = append(out, p)
		}
	}
	return out
}

// finish completes an answer: the question as asked, a refusal that names
// the period asked about, as_of, the bounds of its size (bound), and the
// conversation turn recorded.
func (s *Service) finish(ctx context.Context, q newsbot.Question, t askedTime, ans *newsbot.Answer) (*newsbot.Answer, error) {
	ans.Question = q.Text
	if !t.was.IsZero() && !ans.Supported { // the refusal names the period asked about
		t.Period, t.found, t.was = t.was, 0, timeexpr.Period{}
	}
	if err := s.refusePeriod(ctx, q.Guild, t, ans); err != nil {
		return nil, err
	}
	stampAsOf(ans)
	sayReread(t, ans)
	bound(ans)
	if err := s.remember(ctx, q, ans); err != nil {
		return nil, err
	}
	return ans, nil
}

// sources narrows each source to the sentences about the period asked
// about: a sentence whose claim is dated counts by that date, any other by
// its article's date. Sources with nothing left are dropped. For a
// "latest" question the sources are ordered newest first.
func (t *askedTime) sources(srcs []*source) []*source {
	if !t.Period.IsZero() {
		kept := srcs[:0]
		phrase := "" // the time words an undated article may write alike (narrowUndated)
		if t.Anchor != timeexpr.AnchorNone {
			phrase = t.Phrase
		}
		for _, src := range srcs {
			if narrowTo(src, t.Period, t.was.IsZero(), phrase) {
				kept = append(kept, src)
			}
		}
		srcs = kept
		t.found = len(kept)
	}
	if t.Latest {
		slices.SortStableFunc(srcs, func(a, b *source) int { return cmp.Compare(b.Article.Published, a.Article.Published) })
		for i, src := range srcs {
			src.Rank = i + 1
		}
	}
	return srcs
}

// narrowTo keeps the source's sentences that are about period p and
// reports whether any is left. A period read against the article's own
// date (reread, byArticle false) is a guess at what the question meant:
// only sentences that name that same time themselves count ("in January"
// asked, "in January" written), not those in it by their article's date,
// their claim's date or a day they name within it.
func narrowTo(src *source, p timeexpr.Period, byArticle bool, phrase string) bool {
	if undated(src.Article.Published) {
		return narrowUndated(src, p, phrase)
	}
	inPeriod := p.ContainsDate(src.Article.Published)
	published, _ := timeexpr.ParseDate(src.Article.Published)
	later := byArticle && (laterReport(p, src.Article.Published) || earlierReport(p, src.Article.Published))
	if later && leadAbout(src, p, published) {
		// A later report whose lead is about the period (a Census
		// release of December on "the year to July 1, 2017") is about
		// it throughout: its other sentences ("Following Idaho ...
		// were: Nevada (2.0 percent)") need not name it again. Only a
		// sentence about a later time and not the period is left out.
		return keepAllBut(src, func(sent newsbot.Sentence) bool {
			return namesLaterTime(sent, p, published) && !sentenceIn(src, sent, p, false, published)
		})
	}
	keep := make([]bool, len(src.Sentences))
	carry := false // the sentence before named a time in p, in a later report
	for i, sent := range src.Sentences {
		switch {
		case byArticle && sentenceIn(src, sent, p, inPeriod, published) || !byArticle && namesPeriod(sent, p, published):
			keep[i], carry = true, later
		case carry && sameParagraph(src, i-1, i) && !namesTime(sent, published):
			// A later report's sentences that go on about the time its
			// sentence named ("In 2009, he lost his post ... He was on a
			// visit to Trinidad at the time.") are about that time too.
			keep[i] = true
		default:
			carry = false
		}
	}
	for i, sent := range src.Sentences {
		if !keep[i] && later && paragraphKeeps(src, keep, i) {
			// The rest of the paragraph of a later report's sentence
			// about the period is read as its context (it names who
			// "he" is) but not quoted: it is not about the period.
			if src.context == nil {
				src.context = map[int]bool{}
			}
			src.context[sent.Seq] = true
			keep[i] = true
		}
	}
	return keepOnly(src, keep)
}

// undated reports whether an article's date is unknown (the cleaner found
// none): such an article may bear on any period, through the times it
// names itself.
func undated(published string) bool {
	_, ok := timeexpr.ParseDate(published)
	return !ok
}

// narrowUndated keeps the sentences of an article of unknown date that
// are about period p, and reports whether any is left. With no date to
// read "last year" or "in June" against, only times it names absolutely
// count (absoluteTimes): when its headline or lead names a time in p and
// none after it (a "2014 Year-End Mining Death Results" report), the
// article is about p throughout, save sentences that name only times
// outside it; otherwise its sentences that name a time in p are kept,
// with the rest of their paragraph as context, as for a later report.
//
// A sentence that writes the question's own relative time words ("last
// year", "January 26", "October" of "in October" asked) is kept too: with no
// date to read them against, the same words are the only reading the
// article allows (branch i10zo; as a reread reads "in January" asked and
// written, reread.go).
func narrowUndated(src *source, p timeexpr.Period, phrase string) bool {
	outside := func(sent newsbot.Sentence) bool {
		ts := absoluteTimes(sent.Text)
		return len(ts) > 0 && !slices.ContainsFunc(ts, func(t timeexpr.Period) bool { return overlaps(t, p) })
	}
	names, after, body := false, false, 0
	for i, sent := range src.Sentences {
		if sent.Kind != newsbot.KindHeadline && sent.Kind != newsbot.KindStandfirst {
			if body > 0 && !sameParagraph(src, i-1, i) || body == leadSentences {
				break
			}
			body++
		}
		for _, t := range absoluteTimes(sent.Text) {
			names = names || overlaps(t, p)
			after = after || !p.To.IsZero() && t.From.After(p.To)
		}
	}
	if names && !after {
		return keepAllBut(src, outside)
	}
	keep := make([]bool, len(src.Sentences))
	own := timeWords(phrase)
	for i, sent := range src.Sentences {
		keep[i] = slices.ContainsFunc(absoluteTimes(sent.Text), func(t timeexpr.Period) bool { return overlaps(t, p) }) ||
			own != "" && containsWords(strings.ToLower(sent.Text), own)
	}
	for i, sent := range src.Sentences {
		if !keep[i] && paragraphKeeps(src, keep, i) {
			if src.context == nil {
				src.context = map[int]bool{}
			}
			src.context[sent.Seq] = true
			keep[i] = true
		}
	}
	return keepOnly(src, keep)
}

// timeWords returns a question's time phrase without its preposition
// ("in October" is "october", "as of January 26" is "january 26"), or ""
// when nothing is left.
func timeWords(phrase string) string {
	w := strings.ToLower(strings.TrimSpace(phrase))
	for _, p := range []string{"as of ", "in ", "on ", "at ", "during ", "since ", "from ", "by ", "for ", "of "} {
		if rest, ok := strings.CutPrefix(w, p); ok {
			w = strings.TrimSpace(rest)
			break
		}
	}
	return w
}

// containsWords reports whether text holds words as a run of whole words.
func containsWords(text, words string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], words)
		if j < 0 {
			return false
		}
		a, b := i+j, i+j+len(words)
		if (a == 0 || !isWordByte(text[a-1])) && (b == len(text) || !isWordByte(text[b])) {
			return true
		}
		i = a + 1
	}
}

// absoluteTimes returns the times a text names that need no date to be
// read ("in 2014", "Aug. 20, 2009"): those it names alike when read as of
// two days a lifetime apart. "Last year" and "in June" are left out.
func absoluteTimes(text string) []timeexpr.Period {
	a := timeexpr.FindAll(text, time.Date(1931, 6, 15, 0, 0, 0, 0, time.UTC))
	if len(a) == 0 {
		return nil
	}
	b := timeexpr.FindAll(text, time.Date(2087, 2, 10, 0, 0, 0, 0, time.UTC))
	var out []timeexpr.Period
	for _, t := range a {
		if slices.Contains(b, t) {
			out = append(out, t)
		}
	}
	return out
}

// keepOnly keeps the source's sentences that keep marks, moves the
// others to src.outside, and reports whether any is left.
func keepOnly(src *source, keep []bool) bool {
	var kept []newsbot.Sentence
	for i, sent := range src.Sentences {
		if keep[i] {
			kept = append(kept, sent)
		} else {
			src.outside = append(src.outside, sent)
		}
	}
	src.Sentences = kept
	src.terms, src.flags = nil, nil // per-sentence caches follow the slice
	return len(kept) > 0
}

// leadSentences is how many body sentences of a report's first
// paragraph make its lead, after its headline and standfirst.
const leadSentences = 3

// leadAbout reports whether the lead of a report published after period
// p (its headline, standfirst and first body paragraph, at most
// leadSentences of it) is about p: one of its sentences names a time in p,
// and none names a later time before the report's own days (namesLaterTime:
// a release of December 2008 on "July 1, 2007, to July 1, 2008" is about
// the year to July 2008, not July 2007). Earlier times do not count
// against it: a report on a period names where it starts ("from July 1,
// 2016, to July 1, 2017") and what it compares with.
func leadAbout(src *source, p timeexpr.Period, published time.Time) bool {
	if published.IsZero() {
		return false
	}
	names, body := false, 0
	for i, sent := range src.Sentences {
		if sent.Kind != newsbot.KindHeadline && sent.Kind != newsbot.KindStandfirst {
			if body > 0 && !sameParagraph(src, i-1, i) || body == leadSentences {
				break
			}
			body++
		}
		if namesLaterTime(sent, p, published) {
			return false
		}
		names = names || sentenceIn(src, sent, p, false, published)
	}
	return names
}

// namesLaterTime reports whether a sentence of a report published after
// period p names a time that begins after p and more than reportLag days
// before the report: a later time it reports on, not its own days
// ("released today", its dateline).
func namesLaterTime(sent newsbot.Sentence, p timeexpr.Period, published time.Time) bool {
	own := published.AddDate(0, 0, -reportLag)
	for _, sp := range timeexpr.FindAll(sent.Text, published) {
		if !sp.From.IsZero() && sp.From.After(p.To) && sp.From.Before(own) {
			return true
		}
	}
	return false
}

// keepAllBut keeps the source's sentences except those drop reports, and
// reports whether any is left.
func keepAllBut(src *source, drop func(newsbot.Sentence) bool) bool {
	keep := make([]bool, len(src.Sentences))
	for i, sent := range src.Sentences {
		keep[i] = !drop(sent)
	}
	return keepOnly(src, keep)
}

// paragraphKeeps reports whether a sentence of the paragraph of the
// source's i-th sentence is kept.
func paragraphKeeps(src *source, keep []bool, i int) bool {
	for j := i - 1; j >= 0 && sameParagraph(src, j, j+1); j-- {
		if keep[j] {
			return true
		}
	}
	for j := i + 1; j < len(src.Sentences) && sameParagraph(src, j-1, j); j++ {
		if keep[j] {
			return true
		}
	}
	return false
}

// namesTime reports whether a sentence names a time of its own, read
// against its article's date.
func namesTime(sent newsbot.Sentence, published time.Time) bool {
	if published.IsZero() {
		return true
	}
	_, _, ok := timeexpr.Find(sent.Text, published)
	return ok
}

// namesPeriod reports whether a sentence names a time, read against its
// article's date, that spans all of period p: any of them when it names
// several ("confirmed on December 4 and sworn in on December 11").
func namesPeriod(sent newsbot.Sentence, p timeexpr.Period, published time.Time) bool {
	if published.IsZero() {
		return false
	}
	for _, sp := range timeexpr.FindAll(sent.Text, published) {
		if !sp.From.After(p.From) && !sp.To.Before(p.To) {
			return true
		}
	}
	return false
}

// sentenceIn reports whether a sentence is about period p: by a time it
// names itself ("inflation fell to 2.9% in January, figures showed last
// month", read against the article's date), else by its claims' dates when
// they have one, else by whether its article is (articleIn).
func sentenceIn(src *source, sent newsbot.Sentence, p timeexpr.Period, articleIn bool, published time.Time) bool {
	if !published.IsZero() {
		// The time the sentence names is what it is about, whenever it
		// was said; any of them when it names several ("WASHINGTON
		// (August 6, 2020) — ... the August 12, 2019 collision").
		for _, sp := range timeexpr.FindAll(sent.Text, published) {
			if overlaps(sp, p) {
				return true
			}
		}
	}
	dated := false
	for _, c := range src.Claims[sent.Seq] {
		date := timeexpr.ClaimDate(c.Date, c.When, src.Article.Published)
		if date == "" {
			continue
		}
		dated = true
		if cp, ok := timeexpr.ParsePeriod(date); ok && overlaps(cp, p) {
			return true
		}
	}
	if dated {
		return false
	}
	return articleIn
}

// overlaps reports whether two periods share a day.
func overlaps(a, b timeexpr.Period) bool {
	return (b.To.IsZero() || a.From.IsZero() || !a.From.After(b.To)) &&
		(b.From.IsZero() || a.To.IsZero() || !a.To.Before(b.From))
}

// extractive composes the extractive answer: newest first for a "latest"
// question (answerLatest), else as package-level extractive does.
func (t askedTime) extractive(question, query string, srcs []*source, aliases map[string][]string) *newsbot.Answer {
	if t.Latest {
		return answerLatest(question, query, srcs, aliases)
	}
	if t.prior != "" {
		p := prepare(question, query, srcs, aliases)
		p.prior = termSet(t.prior)
		return p.answer(question, srcs)
	}
	return extractive(question, query, srcs, aliases)
}

// answerLatest answers a "latest" question from the newest sources that
// answer it, then says what the earlier ones said, dated, so that a change
// (closed, then reopened) shows with its newest state first. A newer day
// whose report states a change of the asked state ("reopened" for "still
// closed?", statechange.go) answers first once an older day supports the
// question, though the gate alone would not answer from it.
func answerLatest(question, query string, srcs []*source, aliases map[string][]string) *newsbot.Answer {
	p := prepare(question, query, srcs, aliases) // scored once, answered per day
	var states map[string]bool                   // the question's state (stateStems), nil when it asks of none
	if p.sc.missing == "" {
		states = p.sc.qs.stateStems()
	}
	var newer [][]*source // the days before i, newest first, unanswered
	for i := 0; i < len(srcs); {
		j := i + 1
		for j < len(srcs) && srcs[j].Article.Published == srcs[i].Article.Published {
			j++
		}
		newest := p.answer(question, srcs[i:j])
		if newest.Supported && !p.onlyPlans(srcs[i:j], states) && !p.noState(srcs[i:j], states) {
			if changed := p.changedAnswer(question, newer, states); changed != nil {
				older := newest // this day's answer, or with the days before it
				if all := p.answer(question, srcs[i:]); all.Supported {
					older = all
				}
				appendEarlier(changed, older)
				return changed
			}
			if earlier := p.answer(question, srcs[j:]); earlier.Supported && srcs[i].Article.Published != "" {
				appendEarlier(newest, earlier)
			}
			return newest
		}
		if srcs[i].Article.Published != "" {
			newer = append(newer, srcs[i:j])
		}
		i = j
	}
	return p.answer(question, srcs)
}

// onlyPlans reports whether a question about a state ("Is the tunnel still
// closed?") would be answered from day only with plans or expectations
// ("could reopen next month, the operator said"): a plan is not the
// thing's state, so such a day does not displace an older report of it;
// it is read like a day with no answer (changedAnswer may still take a
// report of the change itself).
func (p *prepared) onlyPlans(day []*source, states map[string]bool) bool {
	if states == nil {
		return false
	}
	picked, _ := p.sc.pick(p.candidatesOf(day))
	for _, c := range picked {
		if !c.plan {
			return false
		}
	}
	return len(picked) > 0
}

// noState reports whether a question about a state ("Is the tunnel still
// closed?") would be answered from day only with sentences that state
// nothing of it: no word of the state or of its change (states) in the
// sentence, and no predicate of the question in its evidence unit ("The
// Harbour Road tunnel was built in 1962 and carries 20,000 cars a day").
// A fact of the thing's history is not its state, so such a day does not
// displace an older report of it, as a plan does not (onlyPlans).
func (p *prepared) noState(day []*source, states map[string]bool) bool {
	if states == nil {
		return false
	}
	picked, _ := p.sc.pick(p.candidatesOf(day))
	for _, c := range picked {
		for _, w := range words(c.sent.Text) {
			if states[retrieval.Stem(w)] {
				return false
			}
		}
		for i, t := range p.sc.qs.terms {
			if (t.pred || t.verb) && states[t.key] && (c.u.own | c.u.context).has(i) {
				return false
			}
		}
	}
	return len(picked) > 0
}

// changedAnswer returns the answer of the newest of days whose report
// states a change of the question's state (changedState), or nil.
func (p *prepared) changedAnswer(question string, days [][]*source, states map[string]bool) *newsbot.Answer {
	if states == nil {
		return nil // no day's candidates to read: the question asks of no state
	}
	for _, day := range days {
		cands := p.candidatesOf(day)
		picked := p.changedState(cands, states)
		if len(picked) == 0 {
			continue
		}
		text, cites := compose(question, picked, disputed(cands))
		if len(cites) == 0 {
			continue
		}
		return &newsbot.Answer{Question: question, Mode: newsbot.ModeExtractive, Supported: true, Answer: text, Citations: cites}
	}
	return nil
}

var marker = regexp.MustCompile(`\[(\d+)\]`)

// appendEarlier adds an earlier answer after a newer one, its citations
// numbered on from the newer one's.
func appendEarlier(newer, earlier *newsbot.Answer) {
	off := len(newer.Citations)
	text := marker.ReplaceAllStringFunc(earlier.Answer, func(m string) string {
		n, _ := strconv.Atoi(m[1 : len(m)-1])
		return fmt.Sprintf("[%d]", n+off)
	})
	for _, c := range earlier.Citations {
		c.N += off
		newer.Citations = append(newer.Citations, c)
	}
	if d := newestCited(earlier.Citations); d != "" {
		// The opening ("Here is what the stored reports say: ") was said once.
		text = "Earlier, as of " + timeexpr.HumanDate(d) + ": " + strings.TrimPrefix(text, prompts.Lead("attributed"))
	}
	newer.Answer = strings.TrimSpace(newer.Answer) + " " + text
}

// refusePeriod explains an answer found nothing for the period asked
// about: no article of that period is stored, or none of them bears on
// the question.
func (s *Service) refusePeriod(ctx context.Context, guild string, t askedTime, ans *newsbot.Answer) error {
	if t.noEvent {
		ans.Answer = fmt.Sprintf("No stored article dates %q, so the question's period is unknown. %s", t.Phrase, ans.Answer)
		return nil
	}
	if t.Period.IsZero() || ans.Supported {
		return nil
	}
	label := t.Period.Label()
	if t.Anchor == timeexpr.AnchorYearless {
		label = unaskedYears(label, t.Phrase)
	}
	ds, ok := s.Store.(newsbot.PublishedCounter)
	if !ok {
		ans.Answer = prompts.NotInPeriod(prompts.PeriodUnknown, label)
		return nil
	}
	n, err := ds.CountPublished(ctx, guild, dateOrEmpty(t.Period.From), dateOrEmpty(t.Period.To))
	if err != nil {
		return fmt.Errorf("count articles of the period: %w", err)
	}
	if n == 0 && t.found == 0 {
		ans.Answer = prompts.NotInPeriod(prompts.PeriodEmpty, label)
	} else {
		ans.Answer = prompts.NotInPeriod(prompts.PeriodUnanswered, label)
	}
	return nil
}

// yearWord is a year as Label writes it.
var yearWord = regexp.MustCompile(`\s*\b\d{4}\b`)

// unaskedYears drops from a period's label the years its question did
// not write: "29 October" asked and refused is "29 October", not "29
// October 2026", a year the user never named (the stored reports may be
// of 2016).
func unaskedYears(label, phrase string) string {
	return strings.TrimSpace(yearWord.ReplaceAllStringFunc(label, func(y string) string {
		if strings.Contains(phrase, strings.TrimSpace(y)) {
			return y
		}
		return ""
	}))
}

func dateOrEmpty(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(timeexpr.DateLayout)
}

// stampAsOf sets a supported answer's as_of to its newest cited source's
// publication date and opens its text with it: "As of 9 March 2026: ...",
// or "As of 9 March 2026, here is what the stored reports say: ..." before
// a lead (prompts.Lead), which ends in a colon of its own.
func stampAsOf(ans *newsbot.Answer) {
	if !ans.Supported {
		return
	}
	ans.AsOf = newestCited(ans.Citations)
	if ans.AsOf == "" || strings.HasPrefix(ans.Answer, "As of ") {
		return
	}
	date := timeexpr.HumanDate(ans.AsOf)
	// "The stored reports from 8 November 2016: ..." already dates the
	// answer in its own words, before anything it quotes.
	lead, _, _ := strings.Cut(ans.Answer, "\"")
	if strings.Contains(lead, date) {
		return
	}
	leads := []string{prompts.Lead("unconfirmed"), prompts.Lead("conflicting"), prompts.Lead("attributed"), laterOpen}
	for _, lead := range leads {
		if strings.HasPrefix(ans.Answer, lead) {
			// "As of 8 November 2016: Not confirmed in the stored reports:
			// ..." puts two colons in a row; the date leads the lead
			ans.Answer = "As of " + date + ", " + strings.ToLower(lead[:1]) + ans.Answer[1:]
			return
		}
	}
	ans.Answer = "As of " + date + ": " + ans.Answer
}

// newestCited returns the newest publication date among citations.
func newestCited(cs []newsbot.Citation) string {
	newest := ""
	for _, c := range cs {
		if _, ok := timeexpr.ParseDate(c.Published); ok && c.Published > newest {
			newest = c.Published
		}
	}
	return newest
}

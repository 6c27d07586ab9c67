package bot

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/newsbot/newsbot"
)

// whoSaidLimit is the most statements /who-said asks for; a reply shows at
// most five per speaker.
const whoSaidLimit = 60

// handleWhoSaid lists the guild's attributed statements about a topic,
// grouped by speaker; when speakers deny what others state, the groups are
// marked so the disagreement shows side by side.
func (b *Bot) handleWhoSaid(ctx context.Context, in *Interaction) error {
	topic := strings.TrimSpace(stringOption(in, "topic"))
	if topic == "" {
		return newsbot.Errorf(newsbot.EINVALID, "Give a topic, e.g. a name or a place.")
	}
	if b.cfg.Claims == nil {
		return newsbot.Errorf(newsbot.EINVALID, "/who-said is not available on this bot.")
	}
	q := newsbot.ClaimQuery{Topic: topic, Limit: whoSaidLimit}
	if id, ok := intOption(in, "article"); ok {
		q.ArticleID = id
	}
	res, err := b.cfg.Claims.WhoSaid(ctx, in.Guild, q)
	if newsbot.ErrorCode(err) == newsbot.EINVALID {
		return newsbot.Errorf(newsbot.EINVALID, "Give a more specific topic: a name, a place or a subject.")
	}
	if err != nil {
		return err
	}
	titles, err := b.titles(ctx, in.Guild)
	if err != nil {
		return err
	}
	for k, m := range RenderClaims(topic, res.Claims, res.Disagreements, titles) {
		if err := b.sendPart(ctx, in, k, m, nil); err != nil {
			return err
		}
	}
	return nil
}

func (b *Bot) titles(ctx context.Context, guild string) (map[int64]string, error) {
	arts, err := b.cfg.Articles.Articles(ctx, guild)
	if err != nil {
		return nil, err
	}
	m := make(map[int64]string, len(arts))
	for _, a := range arts {
		m[a.ID] = a.Title
	}
	return m, nil
}

type speakerGroup struct {
	name   string
	claims []newsbot.Claim
	denies bool
}

// RenderClaims renders statements grouped by speaker (with the
// intermediary), speakers with the most statements first, after up to three
// conflicting pairs side by side. The sentence shown is verbatim article
// text.
func RenderClaims(topic string, claims []newsbot.Claim, conflicts []Conflict, titles map[int64]string) []string {
	var groups []*speakerGroup
	idx := map[string]*speakerGroup{}
	for _, c := range claims {
		if c.Speaker == "" || c.Kind == newsbot.ClaimNarration {
			continue
		}
		name := c.Speaker + viaText(c)
		g := idx[strings.ToLower(name)]
		if g == nil {
			g = &speakerGroup{name: name}
			idx[strings.ToLower(name)] = g
			groups = append(groups, g)
		}
		g.claims = append(g.claims, c)
		g.denies = g.denies || c.CueKind == newsbot.CueDenies
	}
	if len(groups) == 0 {
		return []string{fmt.Sprintf("I found no attributed statements about **%s** in this server's articles.", escape(clip(topic, 100)))}
	}
	sort.SliceStable(groups, func(i, j int) bool { return len(groups[i].claims) > len(groups[j].claims) })
	disagree := false
	for _, g := range groups {
		disagree = disagree || g.denies
	}
	head := fmt.Sprintf("**Who said what about %s** — %d speaker%s", escape(clip(topic, 100)), len(groups), plural(len(groups)))
	if disagree && len(groups) > 1 && len(conflicts) == 0 {
		head += "\n⚖️ Speakers disagree: statements marked **denies** contradict others."
	}
	blocks := []string{head}
	for k, c := range conflicts {
		if k == 3 {
			break
		}
		blocks = append(blocks, fmt.Sprintf("⚖️ **Accounts differ**%s\n%s\n%s", reasonText(c.Reason), conflictLine(c.A, titles), conflictLine(c.B, titles)))
	}
	for _, g := range groups {
		var b strings.Builder
		fmt.Fprintf(&b, "🗣️ **%s**", escape(clip(g.name, 200)))
		for k, c := range g.claims {
			if k == 5 {
				fmt.Fprintf(&b, "\n> … and %d more", len(g.claims)-5)
				break
			}
			cue := ""
			if c.CueKind == newsbot.CueDenies {
				cue = " **denies**"
			}
			when := ""
			if c.When != "" {
				when = " (" + escape(clip(c.When, 40)) + ")"
			}
			fmt.Fprintf(&b, "\n> “%s”%s%s — *%s*%s", escape(clip(oneLine(c.Sentence), 350)), cue, when, escape(clip(titles[c.ArticleID], 80)), alsoIn(c))
		}
		blocks = append(blocks, b.String())
	}
	return Pack(blocks, MessageLimit)
}

func reasonText(r string) string {
	if r == "" {
		return ""
	}
	return " (" + escape(clip(r, 100)) + ")"
}

func conflictLine(c newsbot.Claim, titles map[int64]string) string {
	who := c.Speaker + viaText(c)
	return fmt.Sprintf("> “%s” — **%s**, *%s*", escape(clip(oneLine(c.Sentence), 300)), escape(clip(who, 120)), escape(clip(titles[c.ArticleID], 80)))
}

// viaText renders a claim's intermediaries, nearest the speaker first:
// ", via TASS, then the Kyiv Independent".
func viaText(c newsbot.Claim) string {
	relays := c.Relays
	if len(relays) == 0 && c.Via != "" {
		relays = []string{c.Via}
	}
	if len(relays) == 0 {
		return ""
	}
	return ", via " + strings.Join(relays, ", then ")
}

// alsoIn names the other outlets that carry a statement (a wire story).
func alsoIn(c newsbot.Claim) string {
	if len(c.AlsoIn) == 0 {
		return ""
	}
	var names []string
	for _, s := range c.AlsoIn {
		names = append(names, "*"+escape(clip(s.Outlet, 60))+"*")
	}
	return " (also " + strings.Join(names, ", ") + ")"
}

package main

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/retrieval"
	"github.com/newsbot/newsbot/retrieval/attribution"
)

func init() {
	commands["claims"] = command{
		usage: "claims [--json] [--article ID] [TOPIC]",
		help:  "who said what, grouped by speaker; disagreements side by side",
		run:   runClaims,
	}
}

// claimJSON is one element of 'claims --json' (DESIGN.md contract).
type claimJSON struct {
	ArticleID int64  `json:"article_id"`
	Sentence  string `json:"sentence"`
	Speaker   string `json:"speaker"`
	Role      string `json:"role,omitempty"`
	Via       string `json:"via"`
	Cue       string `json:"cue"`
	CueKind   string `json:"cue_kind,omitempty"`
	Content   string `json:"content"`
	When      string `json:"when"`
	Kind      string `json:"kind,omitempty"`
	Date      string `json:"date,omitempty"` // When resolved: "YYYY-MM-DD" or "FROM/TO"
}

func runClaims(ctx context.Context, env *Env, args []string) error {
	fs, g := newFlagSet(env, "claims")
	asJSON := fs.Bool("json", false, "print JSON")
	article := fs.String("article", "", "only this article `id`")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	f := newsbot.ClaimFilter{}
	if *article != "" {
		if f.ArticleID, err = strconv.ParseInt(*article, 10, 64); err != nil || f.ArticleID <= 0 {
			return newsbot.Errorf(newsbot.EINVALID, "--article %q is not an article id: ids are the numbers 'newsbot articles' shows", *article)
		}
	}
	topic := strings.TrimSpace(strings.Join(pos, " "))
	if topic != "" {
		if f.Match = retrieval.MatchExpr(topic); f.Match == "" {
			return newsbot.Errorf(newsbot.EINVALID, "the topic %q has no searchable words: name a place, person or subject", topic)
		}
	}
	db, err := openStore(ctx, g)
	if err != nil {
		return err
	}
	defer db.Close()
	if f.ArticleID != 0 {
		if _, err := db.Article(ctx, g.guild, f.ArticleID); err != nil {
			return err
		}
	}
	claims, err := db.Claims(ctx, g.guild, f)
	if err != nil {
		return err
	}
	claims = dedupClaims(claims)
	if len(claims) == 0 {
		hintIfEmpty(ctx, env, db, g)
	}
	var context []newsbot.Claim // claims the disagreements are looked for in
	if topic != "" {
		claims = aboutTopic(claims, topic)
		if context, err = articleClaims(ctx, db, g.guild, claims); err != nil {
			return err
		}
	} else {
		context = claims
	}
	if *asJSON {
		out := make([]claimJSON, 0, len(claims))
		for _, c := range claims {
			out = append(out, claimJSON{c.ArticleID, c.Sentence, c.Speaker, c.Role, c.Via, c.Cue,
				string(c.CueKind), c.Content, c.When, string(c.Kind), c.Date})
		}
		return writeJSON(env.Stdout, out)
	}
	printClaims(env.Stdout, claims, disagreementsAmong(context, claims), topic)
	return nil
}

// dedupClaims drops a claim repeated in the same article with the same
// speaker and content, as a standfirst repeats the first paragraph.
func dedupClaims(claims []newsbot.Claim) []newsbot.Claim {
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

// articleClaims returns every claim of the articles the given claims come
// from: disagreements about a topic are judged against the whole articles,
// where the topic's own name is not distinctive.
func articleClaims(ctx context.Context, db newsbot.ArticleStore, guild string, claims []newsbot.Claim) ([]newsbot.Claim, error) {
	var out []newsbot.Claim
	seen := map[int64]bool{}
	for _, c := range claims {
		if seen[c.ArticleID] {
			continue
		}
		seen[c.ArticleID] = true
		cs, err := db.Claims(ctx, guild, newsbot.ClaimFilter{ArticleID: c.ArticleID})
		if err != nil {
			return nil, err
		}
		out = append(out, dedupClaims(cs)...)
	}
	return out, nil
}

// disagreementsAmong returns the disagreements found in context that
// involve at least one of the shown claims.
func disagreementsAmong(context, shown []newsbot.Claim) []attribution.Disagreement {
	key := func(c newsbot.Claim) string {
		return fmt.Sprintf("%d\x00%d\x00%s", c.ArticleID, c.SentenceSeq, c.Speaker)
	}
	in := map[string]bool{}
	for _, c := range shown {
		in[key(c)] = true
	}
	var out []attribution.Disagreement
	for _, d := range attribution.Disagreements(context) {
		if in[key(d.A)] || in[key(d.B)] {
			out = append(out, d)
		}
	}
	return out
}

// aboutTopic keeps the claims whose sentence has a word of the topic
// (compared by stem): the store matched whole chunks, which also hold
// neighbouring sentences.
func aboutTopic(claims []newsbot.Claim, topic string) []newsbot.Claim {
	want := map[string]bool{}
	for _, t := range retrieval.Terms(topic) {
		want[retrieval.Stem(t)] = true
	}
	var out []newsbot.Claim
	for _, c := range claims {
		for _, w := range strings.FieldsFunc(strings.ToLower(c.Sentence), notWordRune) {
			if want[retrieval.Stem(w)] {
				out = append(out, c)
				break
			}
		}
	}
	return out
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

func printClaims(w io.Writer, claims []newsbot.Claim, ds []attribution.Disagreement, topic string) {
	if len(claims) == 0 {
		if topic != "" {
			fmt.Fprintf(w, "No attributed statements about %q. Try another word, or 'newsbot search %s'.\n", topic, topic)
		} else {
			fmt.Fprintln(w, "No attributed statements stored yet: add articles with 'newsbot add'.")
		}
		return
	}
	title := "Who said what"
	if topic != "" {
		title += " about " + topic
	}
	fmt.Fprintf(w, "%s (%s)\n\n", title, plural(len(claims), "statement"))
	for _, g := range attribution.GroupBySpeaker(claims) {
		name := g.Speaker
		if g.Role != "" {
			name += ", " + g.Role
		}
		fmt.Fprintf(w, "%s\n", name)
		for _, c := range g.Claims {
			// A hanging indent: continuation lines start under the text.
			fmt.Fprintf(w, "  %s\n", strings.ReplaceAll(wrap(claimLine(c), 74), "\n", "\n    "))
		}
		fmt.Fprintln(w)
	}
	if len(ds) == 0 {
		return
	}
	fmt.Fprintf(w, "Accounts that differ (%d)\n\n", len(ds))
	for _, d := range ds {
		fmt.Fprintf(w, "On %s: %s\n", asWritten(d.Subject, d.A.Content+" "+d.B.Content+" "+d.A.Sentence), d.Reason)
		fmt.Fprintln(w, sideBySide(claimSide(d.A), claimSide(d.B), 38))
		fmt.Fprintln(w)
	}
}

// plural returns "1 statement" or "3 statements".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// asWritten returns the comma-separated terms of a disagreement's subject
// (kept in lower case for matching) as the text writes them: "Minian", not
// "minian".
func asWritten(subject, text string) string {
	terms := strings.Split(subject, ", ")
	lower := strings.ToLower(text)
	for i, t := range terms {
		// Lower-casing keeps byte offsets for the ASCII and most other
		// letters; check the length before slicing the original.
		if j := strings.Index(lower, t); j >= 0 && len(lower) == len(text) {
			terms[i] = text[j : j+len(t)]
		}
	}
	return strings.Join(terms, ", ")
}

// claimLine renders one claim: "- said on Monday (via Interfax): “...” [article 1]".
func claimLine(c newsbot.Claim) string {
	var b strings.Builder
	b.WriteString("- ")
	b.WriteString(orDefault(c.Cue, "said"))
	if c.When != "" {
		b.WriteString(" " + c.When)
	}
	if c.Via != "" {
		b.WriteString(" (via " + c.Via + ")")
	}
	fmt.Fprintf(&b, ": “%s” [article %d]", c.Content, c.ArticleID)
	return b.String()
}

func claimSide(c newsbot.Claim) string {
	s := c.Speaker
	if c.Via != "" {
		s += " (via " + c.Via + ")"
	}
	return fmt.Sprintf("%s %s: “%s” [article %d]", s, orDefault(c.Cue, "said"), c.Content, c.ArticleID)
}

// sideBySide lays two texts out in columns of the given width.
func sideBySide(a, b string, width int) string {
	la := strings.Split(wrap(a, width), "\n")
	lb := strings.Split(wrap(b, width), "\n")
	var out strings.Builder
	for i := 0; i < len(la) || i < len(lb); i++ {
		var l, r string
		if i < len(la) {
			l = la[i]
		}
		if i < len(lb) {
			r = lb[i]
		}
		pad := width - len([]rune(l))
		if pad < 0 {
			pad = 0
		}
		fmt.Fprintf(&out, "  %s%s │ %s\n", l, strings.Repeat(" ", pad), r)
	}
	return strings.TrimRight(out.String(), "\n")
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

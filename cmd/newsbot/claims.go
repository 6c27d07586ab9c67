package main

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/retrieval/attribution"
	"github.com/newsbot/newsbot/retrieval/claims"
)

func init() {
	commands["claims"] = command{
		usage: "claims [--json] [--article ID] [TOPIC]",
		help:  "who said what, grouped by speaker; disagreements side by side",
		run:   runClaims,
	}
}

// claimJSON is one element of 'claims --json' (DESIGN.md contract). A
// claim may cover several sentences (one quotation unit): sentence is the
// verbatim text it covers.
type claimJSON struct {
	ArticleID int64                 `json:"article_id"`
	Sentence  string                `json:"sentence"`
	Speaker   string                `json:"speaker"`
	Role      string                `json:"role,omitempty"`
	Via       string                `json:"via"`
	Cue       string                `json:"cue"`
	CueKind   string                `json:"cue_kind,omitempty"`
	Content   string                `json:"content"`
	When      string                `json:"when"`
	Kind      string                `json:"kind,omitempty"`
	Relays    []string              `json:"relays"`            // every intermediary, speaker outward; via is the first
	AlsoIn    []newsbot.ClaimSource `json:"also_in,omitempty"` // other articles (outlets) carrying the statement
	Date      string                `json:"date,omitempty"`    // When resolved: "YYYY-MM-DD" or "FROM/TO"
	// The sentences a claim covers (0-based, in article order; equal for
	// one sentence) and its content's byte span in the article text: for
	// a quotation unit, from its first part's start to its last part's end.
	SentenceSeq  int `json:"sentence_seq"`
	LastSeq      int `json:"last_sentence_seq"`
	ContentStart int `json:"content_start"`
	ContentEnd   int `json:"content_end"`
}

func runClaims(ctx context.Context, env *Env, args []string) error {
	fs, g := newFlagSet(env, "claims")
	asJSON := fs.Bool("json", false, "print JSON")
	article := fs.String("article", "", "only this article `id`")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	q := newsbot.ClaimQuery{Topic: strings.TrimSpace(strings.Join(pos, " "))}
	if *article != "" {
		if q.ArticleID, err = strconv.ParseInt(*article, 10, 64); err != nil || q.ArticleID <= 0 {
			return newsbot.Errorf(newsbot.EINVALID, "--article %q is not an article id: ids are the numbers 'newsbot articles' shows", *article)
		}
	}
	if _, err := claims.TopicMatch(q.Topic); err != nil {
		return err // before the store is opened: bad input changes nothing
	}
	db, err := openStore(ctx, g)
	if err != nil {
		return err
	}
	defer db.Close()
	res, err := (&claims.Service{Store: db}).WhoSaid(ctx, g.guild, q)
	if err != nil {
		return newsbot.WithHint(err, newsbot.ENOTFOUND, "'newsbot articles' shows the ids")
	}
	if len(res.Claims) == 0 {
		hintIfEmpty(ctx, env, db, g)
	}
	if *asJSON {
		out := make([]claimJSON, 0, len(res.Claims))
		for _, c := range res.Claims {
			relays := c.Relays
			if relays == nil {
				relays = []string{}
			}
			out = append(out, claimJSON{c.ArticleID, c.Sentence, c.Speaker, c.Role, c.Via, c.Cue,
				string(c.CueKind), c.Content, c.When, string(c.Kind), relays, c.AlsoIn, c.Date,
				c.SentenceSeq, max(c.LastSeq, c.SentenceSeq), c.ContentStart, c.ContentEnd})
		}
		return writeJSON(env.Stdout, out)
	}
	printClaims(env.Stdout, res.Claims, res.Disagreements, q.Topic)
	return nil
}

func printClaims(w io.Writer, claims []newsbot.Claim, ds []newsbot.Disagreement, topic string) {
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

// plural returns "1 statement" or "3 statements": count for a noun whose
// plural adds an s.
func plural(n int, noun string) string {
	return count(n, noun, noun+"s")
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
	b.WriteString(newsbot.SpeechVerb(c.Cue))
	if c.When != "" {
		b.WriteString(" " + c.When)
	}
	if via := viaChain(c); via != "" {
		b.WriteString(" (via " + via + ")")
	}
	fmt.Fprintf(&b, ": “%s” [article %d]", newsbot.QuotedContent(c.Content), c.ArticleID)
	if len(c.AlsoIn) > 0 {
		var also []string
		for _, s := range c.AlsoIn {
			also = append(also, fmt.Sprintf("%s [article %d]", s.Outlet, s.ArticleID))
		}
		b.WriteString("; also in " + strings.Join(also, ", "))
	}
	return b.String()
}

// viaChain renders a claim's intermediaries, nearest the speaker first:
// "TASS, then the Kyiv Independent".
func viaChain(c newsbot.Claim) string {
	if len(c.Relays) == 0 {
		return c.Via
	}
	return strings.Join(c.Relays, ", then ")
}

func claimSide(c newsbot.Claim) string {
	s := c.Speaker
	if via := viaChain(c); via != "" {
		s += " (via " + via + ")"
	}
	return fmt.Sprintf("%s %s: “%s” [article %d]", s, newsbot.SpeechVerb(c.Cue), newsbot.QuotedContent(c.Content), c.ArticleID)
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

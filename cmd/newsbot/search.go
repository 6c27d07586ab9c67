package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/newsbot/newsbot"
)

func init() {
	commands["search"] = command{
		usage: "search [--json] [--k N] QUERY",
		help:  "ranked passages for a query, without an answer",
		run:   runSearch,
	}
}

// searchResult is one line of 'search --json' (DESIGN.md contract).
type searchResult struct {
	Rank      int     `json:"rank"`
	ArticleID int64   `json:"article_id"`
	Title     string  `json:"title"`
	Text      string  `json:"text"`
	Score     float64 `json:"score"`
}

func runSearch(ctx context.Context, env *Env, args []string) error {
	fs, g := newFlagSet(env, "search")
	asJSON := fs.Bool("json", false, "print JSON")
	k := fs.Int("k", 5, "number of passages, 1 to 100")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	query, err := questionText(pos, "search QUERY")
	if err != nil {
		return err
	}
	if *k < 1 || *k > 100 {
		return newsbot.Errorf(newsbot.EINVALID, "--k must be between 1 and 100")
	}
	db, err := openStore(ctx, g)
	if err != nil {
		return err
	}
	defer db.Close()
	r, err := newRetriever(env, db)
	if err != nil {
		return err
	}
	ps, err := r.Search(ctx, g.guild, query, *k)
	if err != nil {
		return err
	}
	if len(ps) == 0 {
		hintIfEmpty(ctx, env, db, g)
	}
	if *asJSON {
		out := make([]searchResult, 0, len(ps))
		for _, p := range ps {
			out = append(out, searchResult{p.Rank, p.ArticleID, p.Title, p.Text, p.Score})
		}
		return writeJSON(env.Stdout, out)
	}
	if len(ps) == 0 {
		fmt.Fprintln(env.Stdout, "No passages match. Try other words, or add articles with 'newsbot add'.")
		return nil
	}
	best := ps[0].Score
	for _, p := range ps {
		score := ""
		if r := relativeScore(p.Score, best); r != "" {
			score = "  (" + r + ")"
		}
		fmt.Fprintf(env.Stdout, "%d. [article %d] %s%s\n", p.Rank, p.ArticleID, p.Title, score)
		fmt.Fprintf(env.Stdout, "%s\n\n", indent(wrap(p.Text, 76), "   "))
	}
	return nil
}

// relativeScore writes a passage's score as a share of the best one's:
// fused scores are tiny and mean nothing alone (0.000002 with one or two
// articles stored, "score 0.00" at two decimals), while their ratio says
// how far behind the best match a passage ranks. JSON keeps the raw score.
// Without a positive best score there is no ratio: nothing is written.
func relativeScore(score, best float64) string {
	if best <= 0 {
		return ""
	}
	if score >= best {
		return "best match"
	}
	pct := 100 * score / best
	if pct > 99 {
		return fmt.Sprintf("%.1f%% of the best score", pct)
	}
	return fmt.Sprintf("%.0f%% of the best score", pct)
}

// maxQuestion is the longest question or query accepted, in characters.
const maxQuestion = 1000

// questionText joins positional words into a question and checks it.
func questionText(pos []string, usage string) (string, error) {
	q := strings.TrimSpace(strings.Join(pos, " "))
	// What the command takes, named as its usage names it: "ask QUESTION"
	// takes a question, "timeline TOPIC" a topic, "search QUERY" a query.
	what := strings.ToLower(strings.Trim(usage[strings.LastIndex(usage, " ")+1:], "[]"))
	if q == "" {
		return "", newsbot.Errorf(newsbot.EINVALID, "no %s given: newsbot %s", what, usage)
	}
	if n := len([]rune(q)); n > maxQuestion {
		return "", newsbot.Errorf(newsbot.EINVALID, "the %s is %d characters long; the limit is %d: write something shorter", what, n, maxQuestion)
	}
	return q, nil
}

// wrap breaks text into lines of at most width characters at spaces.
func wrap(text string, width int) string {
	var b strings.Builder
	for _, para := range strings.Split(text, "\n") {
		line := 0
		for i, w := range keepRefs(strings.Fields(para)) {
			if i > 0 && line+1+len([]rune(w)) > width {
				b.WriteString("\n")
				line = 0
			} else if i > 0 {
				b.WriteString(" ")
				line++
			}
			b.WriteString(w)
			line += len([]rune(w))
		}
		b.WriteString("\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

// keepRefs joins a bracketed reference split into words ("[article", "1]")
// back into one, so that wrapping never breaks it.
func keepRefs(words []string) []string {
	out := words[:0]
	for i := 0; i < len(words); i++ {
		w := words[i]
		if strings.HasPrefix(w, "[") && !strings.Contains(w, "]") && i+1 < len(words) && strings.HasSuffix(words[i+1], "]") && !strings.Contains(words[i+1], "[") {
			w += " " + words[i+1]
			i++
		}
		out = append(out, w)
	}
	return out
}

// indent puts prefix before each line of s that is not empty (an empty
// line stays empty, without trailing spaces).
func indent(s, prefix string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = prefix + l
		}
	}
	return strings.Join(lines, "\n")
}

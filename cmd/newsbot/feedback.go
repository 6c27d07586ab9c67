package main

import (
	"context"
	"fmt"
	"text/tabwriter"

	"github.com/newsbot/newsbot"
)

func init() {
	commands["feedback"] = command{
		usage: "feedback [--json] [--down]",
		help:  "the 👍/👎 votes members gave the bot's answers, with question and answer",
		run:   runFeedback,
	}
}

// feedbackRow is one answer with its votes ('feedback --json').
type feedbackRow struct {
	AnswerID  int64  `json:"answer_id"`
	Question  string `json:"question"`
	Answer    string `json:"answer"`
	Mode      string `json:"mode"`
	Up        int    `json:"up"`
	Down      int    `json:"down"`
	CreatedAt string `json:"created_at"`
}

// runFeedback lists the guild's voted answers, newest vote first, so that
// an operator can read what members found wrong.
func runFeedback(ctx context.Context, env *Env, args []string) error {
	fs, g := newFlagSet(env, "feedback")
	asJSON := fs.Bool("json", false, "print JSON")
	onlyDown := fs.Bool("down", false, "only answers with at least one 👎")
	if pos, err := parseArgs(fs, args); err != nil {
		return err
	} else if err := noArgs("feedback", pos, "'newsbot feedback' lists the voted answers of --guild, --down only the disliked ones"); err != nil {
		return err
	}
	db, err := openStore(ctx, g)
	if err != nil {
		return err
	}
	defer db.Close()
	votes, err := db.BotFeedback(ctx, g.guild)
	if err != nil {
		return err
	}
	var rows []*feedbackRow
	byID := map[int64]*feedbackRow{}
	for _, v := range votes {
		r, ok := byID[v.AnswerID]
		if !ok {
			rec, err := db.BotAnswer(ctx, g.guild, v.AnswerID)
			if newsbot.ErrorCode(err) == newsbot.ENOTFOUND {
				continue
			} else if err != nil {
				return err
			}
			r = &feedbackRow{AnswerID: v.AnswerID, Question: rec.Question, Answer: rec.Answer.Answer,
				Mode: rec.Answer.Mode, CreatedAt: rec.CreatedAt.Format("2006-01-02 15:04")}
			byID[v.AnswerID] = r
			rows = append(rows, r)
		}
		if v.Vote > 0 {
			r.Up++
		} else {
			r.Down++
		}
	}
	if *onlyDown {
		kept := rows[:0]
		for _, r := range rows {
			if r.Down > 0 {
				kept = append(kept, r)
			}
		}
		rows = kept
	}
	if *asJSON {
		if rows == nil {
			rows = []*feedbackRow{}
		}
		return writeJSON(env.Stdout, rows)
	}
	if len(rows) == 0 {
		fmt.Fprintf(env.Stdout, "No votes in guild %s yet: members vote with the 👍/👎 buttons under the bot's answers.\n", g.guild)
		if h := otherGuildsHint(ctx, db, g.guild); h != "" {
			fmt.Fprintf(env.Stderr, "newsbot: %s\n", h)
		}
		return nil
	}
	tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ANSWER\tASKED\tUP\tDOWN\tQUESTION")
	for _, r := range rows {
		fmt.Fprintf(tw, "%d\t%s\t%d\t%d\t%s\n", r.AnswerID, r.CreatedAt, r.Up, r.Down, clipLine(r.Question, 70))
	}
	return tw.Flush()
}

// clipLine returns s on one line, cut to n characters.
func clipLine(s string, n int) string {
	r := []rune(wrap(s, 1<<20))
	if len(r) <= n {
		return string(r)
	}
	return string(r[:n-1]) + "…"
}

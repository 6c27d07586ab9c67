package retrieval

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/newsbot/newsbot"
)

// EvalQuestion is one line of a question set (JSON Lines): a question,
// the article that answers it and a sentence or fragment of that article
// that holds the answer.
type EvalQuestion struct {
	Question string `json:"question"`
	// Article names the gold article: a file path (relative to the set's
	// file), a title, a URL or a numeric id, as the evaluation's loader
	// resolves.
	Article string `json:"article"`
	// Gold is a verbatim fragment of the article (case, spacing and quote
	// styles may differ); "" accepts any passage of the article.
	Gold string `json:"gold"`
	// Kind optionally groups questions in the report, e.g. "paraphrase".
	Kind string `json:"kind,omitempty"`
	Line int    `json:"-"`
}

// ReadEvalSet reads a question set in JSON Lines. Blank lines and lines
// starting with # are skipped. Besides question/article/gold it accepts
// common other names (query; file, title, article_id; sentence, fragment,
// evidence, passage). A malformed line, or one without a question
// or an article, is an EINVALID error naming the line.
func ReadEvalSet(r io.Reader) ([]EvalQuestion, error) {
	var out []EvalQuestion
	err := EachQuestionLine(r, func(n int, line []byte) error {
		q, err := parseEvalLine(line)
		if err != nil {
			return newsbot.Errorf(newsbot.EINVALID, "line %d is not a JSON object (%v): write one {\"question\",\"article\",\"gold\"} object per line", n, err)
		}
		if strings.TrimSpace(q.Question) == "" || strings.TrimSpace(q.Article) == "" {
			return newsbot.Errorf(newsbot.EINVALID, "line %d needs a \"question\" and an \"article\" (file, title or id)", n)
		}
		q.Line = n
		out = append(out, q)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// EachQuestionLine calls f with each line of a JSON Lines question set and
// its number (from 1), skipping blank lines and lines starting with #. It
// returns the first error of f, or an EINVALID error when r cannot be read
// or holds no question.
func EachQuestionLine(r io.Reader, f func(n int, line []byte) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	seen := false
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		seen = true
		if err := f(n, []byte(line)); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return newsbot.Errorf(newsbot.EINVALID, "cannot read the question set: %v", err)
	}
	if !seen {
		return newsbot.Errorf(newsbot.EINVALID, "the question set has no questions: write one JSON object per line")
	}
	return nil
}

// evalFields are the names accepted for each field of a question, first
// the documented one, then those other question sets use.
var evalFields = struct{ question, article, gold, kind []string }{
	question: []string{"question", "query", "q"},
	article:  []string{"article", "file", "title", "article_id", "doc", "document", "url"},
	gold:     []string{"gold", "sentence", "fragment", "evidence", "gold_sentence", "passage", "answer_sentence"},
	kind:     []string{"kind", "type", "category"},
}

// parseEvalLine reads one question, accepting the field names of
// evalFields; numbers (an article id) are read as text.
func parseEvalLine(line []byte) (EvalQuestion, error) {
	var m map[string]any
	if err := json.Unmarshal(line, &m); err != nil {
		return EvalQuestion{}, err
	}
	pick := func(names []string) string {
		for _, n := range names {
			switch v := m[n].(type) {
			case string:
				if strings.TrimSpace(v) != "" {
					return v
				}
			case float64:
				return strconv.FormatFloat(v, 'f', -1, 64)
			}
		}
		return ""
	}
	return EvalQuestion{
		Question: pick(evalFields.question), Article: pick(evalFields.article),
		Gold: pick(evalFields.gold), Kind: pick(evalFields.kind),
	}, nil
}

// EvalReport is how one ranking did on a question set.
type EvalReport struct {
	Mode      string             `json:"mode"`
	Questions int                `json:"questions"`
	Hits1     float64            `json:"hits_at_1"`
	Hits5     float64            `json:"hits_at_5"`
	MRR10     float64            `json:"mrr_at_10"`
	P50       time.Duration      `json:"p50_ns"`
	P99       time.Duration      `json:"p99_ns"`
	ByKind    map[string]float64 `json:"hits_at_5_by_kind,omitempty"`
	Misses    []EvalMiss         `json:"misses,omitempty"` // gold not in the top 5
}

// EvalMiss is a question whose gold passage was not in the top 5.
type EvalMiss struct {
	Line     int    `json:"line"`
	Question string `json:"question"`
	Rank     int    `json:"rank"` // rank of the gold passage in the top 10, 0 if absent
}

// Evaluate asks r each question (top 10 passages) and scores the ranks of
// the first passage of the gold article holding the gold fragment.
// gold[i] is the id of question i's article.
func Evaluate(ctx context.Context, mode string, r newsbot.Retriever, guild string, qs []EvalQuestion, gold []int64) (*EvalReport, error) {
	rep := &EvalReport{Mode: mode, Questions: len(qs), ByKind: map[string]float64{}}
	lat := make([]time.Duration, 0, len(qs))
	kinds := map[string]int{}
	for i, q := range qs {
		t0 := time.Now()
		ps, err := r.Search(ctx, guild, q.Question, 10)
		lat = append(lat, time.Since(t0))
		if err != nil {
			return nil, err
		}
		rank := GoldRank(ps, gold[i], q.Gold)
		if rank == 1 {
			rep.Hits1++
		}
		if rank >= 1 && rank <= 5 {
			rep.Hits5++
			rep.ByKind[q.Kind]++
		} else {
			rep.Misses = append(rep.Misses, EvalMiss{Line: q.Line, Question: q.Question, Rank: rank})
		}
		if rank >= 1 {
			rep.MRR10 += 1 / float64(rank)
		}
		kinds[q.Kind]++
	}
	n := float64(len(qs))
	rep.Hits1, rep.Hits5, rep.MRR10 = rep.Hits1/n, rep.Hits5/n, rep.MRR10/n
	for k, c := range kinds {
		rep.ByKind[k] /= float64(c)
	}
	slices.Sort(lat)
	rep.P50, rep.P99 = lat[len(lat)/2], lat[(len(lat)*99)/100]
	return rep, nil
}

// GoldRank returns the rank (from 1) of the first passage of article
// articleID that contains fragment, or 0 when none does.
func GoldRank(ps []newsbot.Passage, articleID int64, fragment string) int {
	want := newsbot.NormalizeText(fragment)
	for i, p := range ps {
		if p.ArticleID == articleID && strings.Contains(newsbot.NormalizeText(p.Text), want) {
			return i + 1
		}
	}
	return 0
}

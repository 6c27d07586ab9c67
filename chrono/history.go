package chrono

import (
	"context"
	"strings"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/retrieval/sentences"
)

// maxChanges is how many changed sentences a version lists.
const maxChanges = 10

// History returns an article (the current version, with its text) and
// every stored version of it, oldest first, each dated by when it was
// stored and with the sentences changed from the version before. It
// returns ENOTFOUND for an article the guild does not have.
func (s *Service) History(ctx context.Context, guild string, articleID int64) (*newsbot.Article, []newsbot.HistoryVersion, error) {
	a, err := s.Store.Article(ctx, guild, articleID)
	if err != nil {
		return nil, nil, err
	}
	olds, err := s.Store.ArticleVersions(ctx, guild, articleID)
	if err != nil {
		return nil, nil, err
	}
	stored := a.AddedAt // when each text was stored: added, then each replacement
	var out []newsbot.HistoryVersion
	prev := ""
	for i, v := range olds {
		out = append(out, newsbot.HistoryVersion{N: i + 1, Date: stored, Title: v.Title, Reason: v.Reason,
			Changes: diffSentences(prev, v.Text, i > 0)})
		prev, stored = v.Text, v.ReplacedAt
	}
	out = append(out, newsbot.HistoryVersion{N: len(olds) + 1, Date: stored, Title: a.Title, Current: true,
		Changes: diffSentences(prev, a.Text, len(olds) > 0)})
	return a, out, nil
}

// diffSentences returns the sentences changed from old to new text: runs
// of removed and added sentences paired in order (a corrected sentence is
// one change with its old and new text). compare is false for the first
// version, which has nothing to compare with.
func diffSentences(old, new string, compare bool) []newsbot.SentenceDiff {
	if !compare {
		return nil
	}
	a, b := split(old), split(new)
	// Longest common subsequence of sentences, by dynamic programming
	// from the end: lcs[i][j] is that of a[i:] and b[j:].
	lcs := make([][]int, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out []newsbot.SentenceDiff
	var gone, added []string
	flush := func() {
		for k := 0; k < max(len(gone), len(added)); k++ {
			var d newsbot.SentenceDiff
			if k < len(gone) {
				d.Old = gone[k]
			}
			if k < len(added) {
				d.New = added[k]
			}
			out = append(out, d)
		}
		gone, added = gone[:0], added[:0]
	}
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && a[i] == b[j]:
			flush()
			i, j = i+1, j+1
		case j < len(b) && (i == len(a) || lcs[i][j+1] >= lcs[i+1][j]):
			added = append(added, b[j])
			j++
		default:
			gone = append(gone, a[i])
			i++
		}
	}
	flush()
	return out[:min(len(out), maxChanges)]
}

// split returns the sentences of a text, whitespace collapsed.
func split(text string) []string {
	var out []string
	for _, sp := range sentences.Split(text) {
		out = append(out, strings.Join(strings.Fields(text[sp.Start:sp.End]), " "))
	}
	return out
}

package bench

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/ingest"
	"github.com/newsbot/newsbot/internal/corpus"
)

// Pages yields the articles of a benchmark one at a time, so that a large
// corpus file is never held in memory (its size would count against the
// engine's peak RSS). Next returns io.EOF after the last page.
type Pages interface {
	Next() (Page, error)
}

// Page is one article to ingest: the text as a user would paste it and the
// metadata given with it.
type Page struct {
	Index int
	Text  string
	Meta  ingest.Meta
}

// Synthetic returns the pages first..first+n-1 of g.
func Synthetic(g *corpus.Generator, first, n int) Pages {
	return &synthetic{g: g, next: first, end: first + n}
}

type synthetic struct {
	g         *corpus.Generator
	next, end int
}

func (s *synthetic) Next() (Page, error) {
	if s.next >= s.end {
		return Page{}, io.EOF
	}
	s.next++
	a := s.g.Article(s.next - 1)
	return Page{Index: a.Index, Text: a.Text,
		Meta: ingest.Meta{URL: a.URL, Outlet: a.Outlet, Published: a.Published, AddedBy: "bench"}}, nil
}

// CorpusFile reads a corpus of real articles: JSON Lines of
// {"id", "title", "text"} (text as a user would paste it; id and title may
// be empty). It is what 'newsbot bench --corpus' ingests. Close it when
// done.
type CorpusFile struct {
	f     *os.File
	sc    *bufio.Scanner
	path  string
	line  int
	limit int
	read  int
}

// corpusLine is one line of a corpus file.
type corpusLine struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Text  string `json:"text"`
}

// OpenCorpus opens a corpus file; limit > 0 stops after that many
// articles. A missing file is an EINVALID error.
func OpenCorpus(path string, limit int) (*CorpusFile, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, newsbot.Errorf(newsbot.EINVALID, "cannot read the corpus %s: %v; give a JSON Lines file of {\"id\",\"title\",\"text\"}", path, err)
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	return &CorpusFile{f: f, sc: sc, path: path, limit: limit}, nil
}

// Close closes the file.
func (c *CorpusFile) Close() error { return c.f.Close() }

// Next returns the next article of the file, with its line number as
// Index, its title and "corpus:ID" as URL; a line that is not a JSON object with a
// text is an EINVALID error naming the line.
func (c *CorpusFile) Next() (Page, error) {
	for c.limit <= 0 || c.read < c.limit {
		if !c.sc.Scan() {
			if err := c.sc.Err(); err != nil {
				return Page{}, fmt.Errorf("read %s: %w", c.path, err)
			}
			return Page{}, io.EOF
		}
		c.line++
		raw := strings.TrimSpace(c.sc.Text())
		if raw == "" {
			continue
		}
		var l corpusLine
		if err := json.Unmarshal([]byte(raw), &l); err != nil || strings.TrimSpace(l.Text) == "" {
			return Page{}, newsbot.Errorf(newsbot.EINVALID,
				"%s line %d is not a JSON object with a \"text\": each line must be {\"id\",\"title\",\"text\"}", c.path, c.line)
		}
		c.read++
		return Page{Index: c.line, Text: l.Text, Meta: ingest.Meta{Title: l.Title, URL: "corpus:" + l.ID, AddedBy: "bench"}}, nil
	}
	return Page{}, io.EOF
}

// ReadQuestions reads a questions file: one question per line, blank
// lines skipped, at most limit (0: all). Their source articles are
// unknown (Article -1), so a search over them reports no 'found' count.
func ReadQuestions(path string, limit int) ([]corpus.Question, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, newsbot.Errorf(newsbot.EINVALID, "cannot read the questions %s: %v; give a text file with one question per line", path, err)
	}
	var out []corpus.Question
	for _, l := range strings.Split(string(data), "\n") {
		if l = strings.TrimSpace(l); l != "" && (limit <= 0 || len(out) < limit) {
			out = append(out, corpus.Question{Text: l, Article: -1})
		}
	}
	if len(out) == 0 {
		return nil, newsbot.Errorf(newsbot.EINVALID, "%s holds no question: write one question per line", path)
	}
	return out, nil
}

// isEOF reports whether err ends a page source.
func isEOF(err error) bool { return errors.Is(err, io.EOF) }

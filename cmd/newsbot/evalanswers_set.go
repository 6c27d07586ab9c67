package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/retrieval"
)

// answerQuestion is one line of an answer set (JSON Lines):
//
//	{"question": "How many people live in eastern Aleppo according to the UN?",
//	 "article": "articles/aleppo.txt", "answers": ["275,000"], "kind": "acronym"}
//	{"question": "How did NATO respond to ...?", "answerable": false,
//	 "kind": "absent-name", "absent": "NATO"}
type answerQuestion struct {
	Question string
	// Articles are files (relative to the set's file) loaded into the
	// temporary store; every question's articles are loaded for every
	// question, so they also serve as distractors.
	Articles []string
	// Answers are the accepted answer strings: an answer states the
	// expected fact when it holds one of them (containsFact).
	Answers []string
	Kind    string
	// Answerable is false for a question no stored article answers: the
	// right reply is a refusal.
	Answerable bool
	// Absent optionally names what an unanswerable question asks about that
	// no article mentions; the report counts refusals that name it.
	Absent string
	Line   int
}

// answerLine is the JSON form of answerQuestion.
type answerLine struct {
	Question   string     `json:"question"`
	Article    stringList `json:"article"`
	Articles   stringList `json:"articles"`
	Answers    stringList `json:"answers"`
	Answer     stringList `json:"answer"`
	Kind       string     `json:"kind"`
	Answerable *bool      `json:"answerable"`
	Absent     string     `json:"absent"`
	Note       string     `json:"note"` // a comment for the set's reader
}

// stringList reads a JSON string or list of strings.
type stringList []string

func (l *stringList) UnmarshalJSON(b []byte) error {
	var one string
	if err := json.Unmarshal(b, &one); err == nil {
		*l = stringList{one}
		return nil
	}
	var many []string
	if err := json.Unmarshal(b, &many); err != nil {
		return fmt.Errorf("want a string or a list of strings, got %s", b)
	}
	*l = many
	return nil
}

// readAnswerSet reads an answer set from a file; errors are EINVALID or
// ENOTFOUND with the file's name and the line.
func readAnswerSet(path string) ([]answerQuestion, error) {
	if err := notAFolder(path); err != nil {
		return nil, err
	}
	fh, err := os.Open(path)
	if err != nil {
		return nil, newsbot.Errorf(newsbot.ENOTFOUND, "cannot open the question set %s: check the path", path)
	}
	defer fh.Close()
	qs, err := parseAnswerSet(fh)
	if err != nil {
		return nil, &newsbot.Error{Code: newsbot.EINVALID, Err: err, Message: path + ": " + newsbot.ErrorMessage(err)}
	}
	return qs, nil
}

// notAFolder refuses a question set given as a folder (the sets of
// testdata/eval are folders holding questions.jsonl and their articles),
// naming the file to give instead.
func notAFolder(path string) error {
	st, err := os.Stat(path)
	if err != nil || !st.IsDir() {
		return nil
	}
	if q := filepath.Join(path, "questions.jsonl"); isFile(q) {
		return newsbot.Errorf(newsbot.EINVALID, "%s is a folder: give its question file, %s", path, q)
	}
	return newsbot.Errorf(newsbot.EINVALID, "%s is a folder: give the question file (JSON Lines, one question a line)", path)
}

func isFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}

// parseAnswerSet reads JSON Lines of questions. Blank lines and lines
// starting with # are skipped. Unknown fields are errors, so that a
// misspelt "answerable" does not silently make a question answerable.
func parseAnswerSet(r io.Reader) ([]answerQuestion, error) {
	var out []answerQuestion
	err := retrieval.EachQuestionLine(r, func(n int, line []byte) error {
		q, err := parseAnswerLine(line)
		if err != nil {
			return newsbot.Errorf(newsbot.EINVALID, "line %d: %s", n, newsbot.ErrorMessage(err))
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

// parseAnswerLine reads and checks one question.
func parseAnswerLine(b []byte) (answerQuestion, error) {
	var l answerLine
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&l); err != nil {
		return answerQuestion{}, newsbot.Errorf(newsbot.EINVALID,
			"not a question object (%v): write {\"question\",\"article\",\"answers\",\"kind\"} or {\"question\",\"answerable\":false}", err)
	}
	q := answerQuestion{
		Question: strings.TrimSpace(l.Question), Kind: l.Kind, Absent: l.Absent, Answerable: true,
		Articles: append(l.Article, l.Articles...), Answers: append(l.Answers, l.Answer...),
	}
	if l.Answerable != nil {
		q.Answerable = *l.Answerable
	}
	return q, checkAnswerQuestion(q)
}

// checkAnswerQuestion says what is missing or contradictory in q.
func checkAnswerQuestion(q answerQuestion) error {
	switch {
	case q.Question == "":
		return newsbot.Errorf(newsbot.EINVALID, "no \"question\"")
	case q.Answerable && len(q.Answers) == 0:
		return newsbot.Errorf(newsbot.EINVALID, "no \"answers\": give the expected answer strings, or mark the question \"answerable\": false")
	case !q.Answerable && len(q.Answers) > 0:
		return newsbot.Errorf(newsbot.EINVALID, "an unanswerable question has no \"answers\": drop them or the \"answerable\": false")
	}
	for _, a := range q.Answers {
		if len(factTokens(a)) == 0 {
			return newsbot.Errorf(newsbot.EINVALID, "the answer %q has no words or numbers to look for", a)
		}
	}
	return nil
}

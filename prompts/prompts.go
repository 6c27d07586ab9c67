// Package prompts holds newsbot's wording as embedded template files, and
// renders them: the LLM's system prompt, the rendering of retrieved sources
// as numbered, delimited, untrusted context, the follow-up rewriting prompt,
// and the phrases of extractive answers.
//
// Rendering functions are safe for concurrent use.
package prompts

import (
	"crypto/rand"
	"embed"
	"encoding/hex"
	"strings"
	"text/template"

	"github.com/newsbot/newsbot"
)

//go:embed *.tmpl
var files embed.FS

var tmpl = template.Must(template.New("prompts").Funcs(template.FuncMap{"afterThat": afterThat}).ParseFS(files, "*.tmpl"))

// afterThat returns reported content as it reads after "said that": a
// sentence's capital determiner is lower-cased ("said that the Missouri
// Guard posted", not "that The Missouri Guard"); a name or "I" is kept.
func afterThat(content string) string {
	first, _, _ := strings.Cut(content, " ")
	switch first {
	case "The", "A", "An", "This", "These", "Those", "That", "Its", "Their", "There", "It":
		return strings.ToLower(first) + content[len(first):]
	}
	return content
}

// Delimiters that open and close each source in the context. Each prompt
// adds a random nonce, so an article cannot forge the closing line.
const (
	OpenSource  = "<<<SOURCE"
	CloseSource = "<<<END SOURCE"
)

// NotAnswered is the whole plain-text reply (no JSON) of a model that
// finds that the sources do not answer the question.
const NotAnswered = "NOT ANSWERED"

// System is the data of the system prompt.
type System struct {
	JSON         bool // ask for the JSON object described in the prompt
	MaxSentences int
}

// SystemPrompt renders the system prompt.
func SystemPrompt(s System) string {
	if s.MaxSentences <= 0 {
		s.MaxSentences = 5
	}
	return render("system.tmpl", struct {
		System
		Open, Close, NotAnswered string
	}{s, OpenSource, CloseSource, NotAnswered})
}

// Line is one sentence of a source with its attribution.
type Line struct {
	Speaker string // "" for the reporter's narration
	Via     string
	Text    string
	Flagged bool // reads like instructions to an AI: data, never to be obeyed
}

// Source is one numbered source of the context.
type Source struct {
	N         int
	Title     string
	Outlet    string
	Published string
	AlsoIn    string // other outlets that carried the same story: "X and Y"
	Lines     []Line
}

// Context is the data of the user message that carries the sources.
type Context struct {
	Question string
	History  []newsbot.Turn
	Sources  []Source
	Nonce    string // random; NewNonce when empty
}

// ContextPrompt renders the question and the sources, each inside
// delimiters marked as untrusted data. It returns the text and the nonce
// used in the delimiters.
func ContextPrompt(c Context) (string, string) {
	if c.Nonce == "" {
		c.Nonce = NewNonce()
	}
	// Article text cannot contain the exact delimiter line with this nonce,
	// but strip the nonce anyway in case a source echoes an earlier prompt.
	for i := range c.Sources {
		src := &c.Sources[i]
		src.Title, src.Outlet, src.AlsoIn = oneLine(src.Title), oneLine(src.Outlet), oneLine(src.AlsoIn)
		for j := range c.Sources[i].Lines {
			l := &c.Sources[i].Lines[j]
			l.Text = strings.ReplaceAll(oneLine(l.Text), c.Nonce, "")
		}
	}
	return render("context.tmpl", struct {
		Context
		Open, Close string
	}{c, OpenSource, CloseSource}), c.Nonce
}

// Rewrite renders the prompt that turns a follow-up into a standalone query.
func Rewrite(question string, history []newsbot.Turn) string {
	return render("rewrite.tmpl", struct {
		Question string
		History  []newsbot.Turn
	}{oneLine(question), history})
}

// Item is one cited statement of an extractive answer, filled from a
// stored claim.
type Item struct {
	N         int
	Speaker   string
	Via       string
	Verb      string // "said", "denied", ...
	When      string // " on Tuesday", or ""
	Content   string // what was said; the sentence for narration
	Source    string // outlet or title, for narration
	Direct    bool   // Content is the speaker's own words
	Narration bool   // no speaker: the report's own words
	Cites     string // for narration: the speaker the quoted line names itself ("a Syrian military source")
	Again     bool   // narration from the same source as the previous item
	Plan      bool   // a plan or an expectation, not an event
	According bool   // "according to Speaker, Content"
	Object    bool   // Content follows the verb as in the article ("rejected the proposal"): no "that"
	AlsoIn    string // other outlets that carried the same report: "X and Y"
}

// ExtractiveItem renders one cited statement, ending with its [n] marker.
func ExtractiveItem(it Item) string { return render("item", it) }

// AlsoCarried returns the sentence that tells which other outlets carried
// the report cited as [n]: outlets is "X and Y".
func AlsoCarried(n int, outlets string) string {
	return render("also", struct {
		N       int
		Outlets string
	}{n, outlets})
}

// Lead returns the opening of an extractive answer: "unconfirmed",
// "conflicting", "attributed" or "none".
func Lead(kind string) string { return render("lead/"+kind, nil) }

// Unsupported returns the answer given when the stored articles do not
// answer the question; found says whether any article came close.
func Unsupported(found bool) string {
	return render("unsupported", struct{ Articles bool }{found})
}

// NoArticles returns the answer given when no article is stored at all.
func NoArticles() string { return render("unsupported/empty", nil) }

// NotMentioned returns the answer given when no stored article found for
// a question mentions one of its names: name is that name as the question
// wrote it.
func NotMentioned(name string) string {
	return render("unsupported/missing", struct{ Name string }{name})
}

// AllLater returns the answer given when every report found for a
// question was published after the day it is asked as of (ask --now):
// day is that day as a reader writes it ("1 November 2016").
func AllLater(day string) string { return render("unsupported/later", day) }

// PeriodRefusal says why a question about a period is not answered: no
// stored article covers the period (PeriodEmpty), the period's reports do
// not answer it (PeriodUnanswered), or the store cannot tell (PeriodUnknown).
// period is the period as a reader writes it ("January 2026").
type PeriodRefusal string

// The reasons of NotInPeriod.
const (
	PeriodEmpty      PeriodRefusal = "empty"
	PeriodUnanswered PeriodRefusal = "unanswered"
	PeriodUnknown    PeriodRefusal = "unknown"
)

// NotInPeriod returns the answer given when the stored articles do not
// answer a question about a period, opening like every other refusal.
func NotInPeriod(why PeriodRefusal, period string) string {
	return render("unsupported/period", struct{ Why, Period string }{string(why), period})
}

// NewNonce returns 12 random hex digits.
func NewNonce() string {
	b := make([]byte, 6)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func render(name string, data any) string {
	var b strings.Builder
	if err := tmpl.ExecuteTemplate(&b, name, data); err != nil {
		// The templates are embedded and tested: an error is a bug.
		panic("prompts: " + name + ": " + err.Error())
	}
	return b.String()
}

// oneLine collapses newlines so that a line of data cannot start a line of
// its own that looks like a delimiter.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

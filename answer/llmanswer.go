package answer

import (
	"context"
	"encoding/json"
	"errors"
	"regexp"
	"strings"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/prompts"
)

// answerSchema is the JSON schema of the model's reply.
const answerSchema = `{
  "type": "object",
  "properties": {
    "answer": {"type": "string", "description": "the answer, with [n] markers after each statement and quotation"},
    "supported": {"type": "boolean", "description": "false when the sources do not answer the question"},
    "citations": {"type": "array", "items": {
      "type": "object",
      "properties": {
        "source": {"type": "integer", "description": "the number of the source quoted"},
        "quote": {"type": "string", "description": "exact words copied from that source"}
      },
      "required": ["source", "quote"],
      "additionalProperties": false
    }}
  },
  "required": ["answer", "supported", "citations"],
  "additionalProperties": false
}`

var answerFormat = &newsbot.ReplySchema{Name: "newsbot_answer", Schema: json.RawMessage(answerSchema)}

// defaultMaxAnswerChars is the default of Service.MaxAnswerChars.
const defaultMaxAnswerChars = 1500

// modelReply is the structured reply; a plain-text reply fills Answer only.
type modelReply struct {
	Answer    string  `json:"answer"`
	Supported *bool   `json:"supported"`
	Citations []quote `json:"citations"`
}

type quote struct {
	Source int    `json:"source"`
	Quote  string `json:"quote"`
}

// Notes given with an extractive answer when the LLM could not be used:
// what went wrong, then what the answer is instead.
const (
	noteUnavailable = "The language model could not be reached"
	noteUnverified  = "The language model's answer could not be checked against the stored articles"
	noteUnreadable  = "The language model's reply could not be read"

	noteQuotes      = ", so this answer quotes the stored articles directly."
	noteUnsupported = ", and no stored sentence answers the question directly."
)

// errUnreadable is returned by llmAnswer when the server answered but the
// reply held no answer newsbot could read.
var errUnreadable = errors.New("llm reply has no answer text")

// llmOrFallback asks the LLM; on any failure, or when the model says the
// sources answer the question but nothing it quoted can be verified, it
// returns the extractive answer ext composes (supported or not) with a
// note; ext is not called when the model's answer stands. A
// model that says the sources do not answer is believed.
func (s *Service) llmOrFallback(ctx context.Context, question string, history []newsbot.Turn, srcs []*source, ext func() *newsbot.Answer) *newsbot.Answer {
	ans, err := s.llmAnswer(ctx, question, history, srcs)
	switch {
	case errors.Is(err, errUnreadable):
		s.logger().Warn("llm reply unreadable; answering extractively", "error", err)
		return fallback(ext(), noteUnreadable)
	case err != nil:
		s.logger().Warn("llm answer failed; answering extractively", "error", err, "hint", hint(err))
		return fallback(ext(), noteUnavailable)
	case ans.Supported && len(ans.Citations) == 0:
		s.logger().Warn("llm answer had nothing verifiable; answering extractively", "dropped_quotes", ans.Dropped)
		e := ext()
		e.Dropped = ans.Dropped
		return fallback(e, noteUnverified)
	}
	return ans
}

// fallback returns the extractive answer with a note saying why the
// model's was not given.
func fallback(ext *newsbot.Answer, why string) *newsbot.Answer {
	if ext.Supported {
		ext.Note = why + noteQuotes
	} else {
		ext.Note = why + noteUnsupported
	}
	return ext
}

// llmAnswer asks the model about the sources and checks its reply.
func (s *Service) llmAnswer(ctx context.Context, question string, history []newsbot.Turn, srcs []*source) (*newsbot.Answer, error) {
	text, numbered, err := s.askModel(ctx, question, history, srcs, true)
	if errors.Is(err, newsbot.ErrSchemaRejected) {
		// The server does not take response_format: ask in plain text.
		text, numbered, err = s.askModel(ctx, question, history, srcs, false)
	}
	if err != nil {
		return nil, err
	}
	reply := parseReply(text)
	if strings.TrimSpace(reply.Answer) == "" && (reply.Supported == nil || *reply.Supported) {
		return nil, errUnreadable
	}
	ans := &newsbot.Answer{Question: question, Mode: newsbot.ModeLLM, Citations: []newsbot.Citation{}}
	if reply.Supported != nil && !*reply.Supported {
		ans.Answer = prompts.Unsupported(true)
		ans.Dropped = len(reply.Citations)
		return ans, nil
	}
	c := checker{sources: numbered.byN}
	ans.Answer, ans.Citations, ans.Dropped = c.check(cutAnswer(reply.Answer, s.maxAnswerChars()), reply.Citations)
	ans.Answer = alsoCarried(ans.Answer, ans.Citations, numbered.byN)
	ans.Supported = true
	return ans, nil
}

// askModel sends the question, the earlier turns and the sources that fit
// the model's window; structured asks for the JSON reply. It returns the
// reply's text and the sources as numbered for the model.
func (s *Service) askModel(ctx context.Context, question string, history []newsbot.Turn, srcs []*source, structured bool) (string, numbered, error) {
	sys := prompts.SystemPrompt(prompts.System{JSON: structured})
	msgs := historyMessages(history)
	numbered := fitSources(s.LLM, srcs, s.LLM.CountTokens(sys)+messagesTokens(s.LLM, msgs))
	user, _ := prompts.ContextPrompt(prompts.Context{Question: question, Sources: numbered.prompt})
	msgs = append([]newsbot.ChatMessage{{Role: newsbot.RoleSystem, Content: sys}}, msgs...)
	msgs = append(msgs, newsbot.ChatMessage{Role: newsbot.RoleUser, Content: user})
	req := newsbot.ChatRequest{Messages: msgs, Progress: progressFrom(ctx)}
	if structured {
		req.Schema = answerFormat
	}
	text, err := s.LLM.Chat(ctx, req)
	return text, numbered, err
}

func (s *Service) maxAnswerChars() int {
	if s.MaxAnswerChars > 0 {
		return s.MaxAnswerChars
	}
	return defaultMaxAnswerChars
}

// historyMessages turns earlier turns into chat messages, answers clipped.
func historyMessages(h []newsbot.Turn) []newsbot.ChatMessage {
	var out []newsbot.ChatMessage
	for _, t := range h {
		out = append(out,
			newsbot.ChatMessage{Role: newsbot.RoleUser, Content: t.Question},
			newsbot.ChatMessage{Role: newsbot.RoleAssistant, Content: newsbot.ClipText(t.Answer, 600)})
	}
	return out
}

var fence = regexp.MustCompile("(?s)^\\s*```(?:json)?\\s*(.*?)\\s*```\\s*$")

// parseReply reads a structured reply, or takes the text as a plain answer
// when it is not the expected JSON.
func parseReply(text string) modelReply {
	body := text
	if m := fence.FindStringSubmatch(text); m != nil {
		body = m[1]
	}
	body = strings.TrimSpace(body)
	if i, j := strings.IndexByte(body, '{'), strings.LastIndexByte(body, '}'); i > 0 && j > i && json.Valid([]byte(body[i:j+1])) {
		body = body[i : j+1] // "Here is the answer: {...}"
	}
	var r modelReply
	err := json.Unmarshal([]byte(body), &r)
	if err == nil && (r.Answer != "" || r.Supported != nil) {
		return r
	}
	var obj map[string]any
	if json.Unmarshal([]byte(body), &obj) == nil {
		// A JSON object that is not the answer asked for: nothing to show.
		return modelReply{}
	}
	if notAnswered(body) {
		no := false
		return modelReply{Supported: &no}
	}
	return modelReply{Answer: strings.TrimSpace(text)}
}

// notAnswered reports whether a plain-text reply is the model's line
// saying that the sources do not answer the question.
func notAnswered(text string) bool {
	t := strings.ToUpper(strings.Trim(strings.TrimSpace(text), ".!\"'`*"))
	return t == prompts.NotAnswered
}

// cutAnswer keeps whole sentences of text up to max characters.
func cutAnswer(text string, max int) string {
	if len(text) <= max {
		return text
	}
	var b strings.Builder
	for _, s := range splitAnswer(text) {
		if b.Len()+len(s)+1 > max && b.Len() > 0 {
			break
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s)
	}
	out := b.String()
	if len(out) > max { // one sentence longer than max: cut at a word
		out = newsbot.ClipText(out, max)
	}
	return out
}

// sentenceEnd matches the end of a sentence of a model's answer, with the
// closing quotation marks and [n] markers that belong to it.
var sentenceEnd = regexp.MustCompile(`[.!?]["'”’)]*(\s*\[\d+(?:\s*,\s*\d+)*\])*\s+`)

// splitAnswer splits a model's answer into sentences.
func splitAnswer(text string) []string {
	var out []string
	start := 0
	for _, m := range sentenceEnd.FindAllStringIndex(text, -1) {
		if s := strings.TrimSpace(text[start:m[1]]); s != "" {
			out = append(out, s)
		}
		start = m[1]
	}
	if s := strings.TrimSpace(text[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

// alsoCarried adds to an answer, for each cited article that is one copy
// of a story carried by several outlets, a sentence naming the others, so
// that copies are not read as independent reports.
func alsoCarried(text string, cites []newsbot.Citation, byN map[int]*source) string {
	byArticle := map[int64]*source{}
	for _, src := range byN {
		byArticle[src.Article.ID] = src
	}
	done := map[int64]bool{}
	for _, c := range cites {
		src := byArticle[c.ArticleID]
		if src == nil || len(src.AlsoIn) == 0 || done[c.ArticleID] {
			continue
		}
		done[c.ArticleID] = true
		text += " " + prompts.AlsoCarried(c.N, joinNames(src.AlsoIn))
	}
	return text
}

// hint suggests to the operator what to check after an LLM error: the
// error's own Hint (the chat client knows its variables), else a generic
// one.
func hint(err error) string {
	var h interface{ Hint() string }
	switch {
	case errors.As(err, &h):
		return h.Hint()
	case errors.Is(err, context.DeadlineExceeded):
		return "the server did not answer in time"
	}
	return ""
}

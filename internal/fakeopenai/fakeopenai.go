// Package fakeopenai is an httptest server that speaks the parts of the
// OpenAI HTTP protocol newsbot uses: chat completions (plain, streamed as
// server-sent events, and JSON-schema replies) and embeddings. Tests drive the
// real client library against it, script its replies and failures, and
// inspect the requests it received.
//
// Routes are matched by suffix, so the server answers both the OpenAI layout
// (/v1/chat/completions) and the Azure layout
// (/openai/deployments/NAME/chat/completions?api-version=...).
package fakeopenai

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsbot/newsbot"
)

// Reply is one scripted answer of the server. The zero Reply is an empty,
// successful completion.
type Reply struct {
	// Content is the assistant message. For a streamed request it is sent
	// in pieces (Chunks when set, otherwise word by word).
	Content string
	Chunks  []string
	// FinishReason defaults to "stop".
	FinishReason string

	// Status, when not 0 or 200, makes the server answer with that HTTP
	// status and an OpenAI error body carrying Message.
	Status  int
	Message string
	// RetryAfter, when set, is sent as the Retry-After header.
	RetryAfter string

	// Raw, when set, is written as the whole response body with status 200
	// and Content-Type text/html: a server answering garbage.
	Raw string
	// Hang makes the handler wait until the request's context ends (the
	// client gave up) or the server is closed.
	Hang bool
	// Delay is waited before answering (cut short if the client gives up).
	Delay time.Duration
}

// ChatRequest is the decoded body of a chat completion request.
type ChatRequest struct {
	Model               string          `json:"model"`
	Messages            []Message       `json:"messages"`
	Stream              bool            `json:"stream,omitempty"`
	ResponseFormat      *ResponseFormat `json:"response_format,omitempty"`
	MaxTokens           int             `json:"max_tokens,omitempty"`
	MaxCompletionTokens int             `json:"max_completion_tokens,omitempty"`
	Temperature         float32         `json:"temperature,omitempty"`
}

// Message is one chat message.
type Message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

// ResponseFormat is the requested output format; JSONSchema is kept raw.
type ResponseFormat struct {
	Type       string          `json:"type"`
	JSONSchema json.RawMessage `json:"json_schema,omitempty"`
}

// Text returns the concatenated content of the messages with the role.
func (c ChatRequest) Text(role string) string {
	var parts []string
	for _, m := range c.Messages {
		if m.Role == role {
			parts = append(parts, m.Content)
		}
	}
	return strings.Join(parts, "\n")
}

// EmbeddingRequest is the decoded body of an embeddings request.
type EmbeddingRequest struct {
	Model          string   `json:"model"`
	Input          []string `json:"-"`
	EncodingFormat string   `json:"encoding_format,omitempty"`
	Dimensions     int      `json:"dimensions,omitempty"`
}

// Request is one request the server received.
type Request struct {
	Method    string
	Path      string // URL path, without the query
	Query     string
	Header    http.Header
	Body      []byte
	Chat      *ChatRequest      // set for chat completion requests
	Embedding *EmbeddingRequest // set for embeddings requests
}

// Server is a fake OpenAI-compatible server. Its methods are safe for
// concurrent use.
type Server struct {
	srv    *httptest.Server
	closed chan struct{}
	once   sync.Once

	mu        sync.Mutex
	chat      []Reply
	embedFail []Reply
	respond   func(ChatRequest) Reply
	fallback  *Reply
	embed     newsbot.EmbedFunc
	requests  []Request
}

// New starts a server and closes it when the test ends. Until replies are
// scripted, chat requests get a 500 error saying nothing was scripted, and
// embeddings come from HashEmbed(DefaultDim).
func New(tb testing.TB) *Server {
	tb.Helper()
	s := &Server{closed: make(chan struct{}), embed: HashEmbed(DefaultDim)}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serveHTTP))
	tb.Cleanup(s.Close)
	return s
}

// URL returns the base URL to give the client, ending in /v1
// (e.g. http://127.0.0.1:1234/v1).
func (s *Server) URL() string { return s.srv.URL + "/v1" }

// RootURL returns the server's URL without /v1, for Azure-style clients.
func (s *Server) RootURL() string { return s.srv.URL }

// Close stops the server, releasing hanging handlers first. It is called
// by the test cleanup; calling it again does nothing.
func (s *Server) Close() {
	s.once.Do(func() {
		close(s.closed)
		s.srv.Close()
	})
}

// Enqueue scripts chat replies, answered in order, one per request.
func (s *Server) Enqueue(replies ...Reply) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.chat = append(s.chat, replies...)
}

// Reply scripts a successful chat reply with the given content.
func (s *Server) Reply(content string) { s.Enqueue(Reply{Content: content}) }

// ReplyJSON scripts a chat reply whose content is v encoded as JSON, as a
// server honouring a JSON-schema response_format would send.
func (s *Server) ReplyJSON(v any) {
	b, err := json.Marshal(v)
	if err != nil {
		panic("fakeopenai: ReplyJSON: " + err.Error())
	}
	s.Reply(string(b))
}

// Fail scripts a chat reply with an HTTP error status and message.
func (s *Server) Fail(status int, message string) {
	s.Enqueue(Reply{Status: status, Message: message})
}

// Hang scripts a chat reply that never comes: the handler waits until the
// client gives up.
func (s *Server) Hang() { s.Enqueue(Reply{Hang: true}) }

// Garbage scripts a 200 reply whose body is not JSON.
func (s *Server) Garbage(body string) { s.Enqueue(Reply{Raw: body}) }

// Always sets the reply used when no scripted reply is left.
func (s *Server) Always(r Reply) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.fallback = &r
}

// Respond sets a function that computes the reply to each chat request
// when no scripted reply is left; it takes precedence over Always.
func (s *Server) Respond(f func(ChatRequest) Reply) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.respond = f
}

// SetEmbed replaces the embedder behind POST /v1/embeddings.
func (s *Server) SetEmbed(f newsbot.EmbedFunc) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.embed = f
}

// FailEmbeddings scripts failures (Status, Raw, Hang or Delay) for the next
// embeddings requests, in order; a zero Reply lets one request succeed.
func (s *Server) FailEmbeddings(replies ...Reply) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.embedFail = append(s.embedFail, replies...)
}

// Requests returns a copy of every request received, in order.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// Chats returns the chat completion requests received, in order.
func (s *Server) Chats() []ChatRequest {
	var out []ChatRequest
	for _, r := range s.Requests() {
		if r.Chat != nil {
			out = append(out, *r.Chat)
		}
	}
	return out
}

// Embeddings returns the embeddings requests received, in order.
func (s *Server) Embeddings() []EmbeddingRequest {
	var out []EmbeddingRequest
	for _, r := range s.Requests() {
		if r.Embedding != nil {
			out = append(out, *r.Embedding)
		}
	}
	return out
}

func (s *Server) serveHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		writeError(w, http.StatusBadRequest, "read body: "+err.Error())
		return
	}
	rec := Request{Method: r.Method, Path: r.URL.Path, Query: r.URL.RawQuery, Header: r.Header.Clone(), Body: body}
	switch {
	case r.Method == http.MethodPost && strings.HasSuffix(r.URL.Path, "/chat/completions"):
		s.serveChat(w, r, rec)
	case r.Method == http.MethodPost && strings.HasSuffix(r.URL.Path, "/embeddings"):
		s.serveEmbeddings(w, r, rec)
	case r.Method == http.MethodGet && strings.HasSuffix(r.URL.Path, "/models"):
		s.record(rec)
		writeJSON(w, http.StatusOK, map[string]any{"object": "list", "data": []any{
			map[string]any{"id": "fake-chat", "object": "model", "owned_by": "fakeopenai"},
		}})
	default:
		s.record(rec)
		writeError(w, http.StatusNotFound, "fakeopenai: no route for "+r.Method+" "+r.URL.Path)
	}
}

func (s *Server) record(r Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.requests = append(s.requests, r)
}

// nextChat pops the next scripted reply, or computes one.
func (s *Server) nextChat(req ChatRequest) Reply {
	s.mu.Lock()
	if len(s.chat) > 0 {
		r := s.chat[0]
		s.chat = s.chat[1:]
		s.mu.Unlock()
		return r
	}
	respond, fallback := s.respond, s.fallback
	s.mu.Unlock()
	switch {
	case respond != nil:
		return respond(req)
	case fallback != nil:
		return *fallback
	}
	return Reply{Status: http.StatusInternalServerError, Message: "fakeopenai: no scripted reply left"}
}

// wait honours Hang and Delay; it reports false when the client is gone.
func (s *Server) wait(r *http.Request, reply Reply) bool {
	if reply.Hang {
		select {
		case <-r.Context().Done():
		case <-s.closed:
		}
		return false
	}
	if reply.Delay > 0 {
		t := time.NewTimer(reply.Delay)
		defer t.Stop()
		select {
		case <-t.C:
		case <-r.Context().Done():
			return false
		case <-s.closed:
			return false
		}
	}
	return true
}

// failed writes reply's failure, if it is one, and reports whether it did.
func failed(w http.ResponseWriter, reply Reply) bool {
	if reply.RetryAfter != "" {
		w.Header().Set("Retry-After", reply.RetryAfter)
	}
	switch {
	case reply.Raw != "":
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(http.StatusOK)
		io.WriteString(w, reply.Raw)
		return true
	case reply.Status != 0 && reply.Status != http.StatusOK:
		writeError(w, reply.Status, reply.Message)
		return true
	}
	return false
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, status int, message string) {
	if message == "" {
		message = http.StatusText(status)
	}
	typ := "server_error"
	if status < 500 {
		typ = "invalid_request_error"
	}
	writeJSON(w, status, map[string]any{"error": map[string]any{
		"message": message, "type": typ, "code": nil, "param": nil,
	}})
}

// Package discordspec is a fake Discord for tests, written from Discord's
// public API documentation only (not from newsbot's other fake), so that it
// can catch what a lenient fake lets through: a gateway (Hello, Identify,
// Ready, heartbeats, sequence numbers, Resume, Reconnect) and the REST
// routes a bot uses, with rate-limit headers, occasional 429s, the 3-second
// interaction deadline, "already acknowledged" refusals and the message,
// embed, component and modal limits, each answered with the 400 Discord
// gives.
//
// Every request a bot makes is recorded; every payload Discord would refuse
// is refused and listed by Problems, so a test can fail on it.
package discordspec

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// Discord's epoch for snowflakes (2015-01-01).
const epoch = 1420070400000

// Permission bits used by the fake members.
const (
	PermViewChannel    = 1 << 10
	PermSendMessages   = 1 << 11
	PermManageMessages = 1 << 13
	PermReadHistory    = 1 << 16
	// Member is what an ordinary member may do in a channel.
	PermMember = PermViewChannel | PermSendMessages | PermReadHistory
	// PermModerator adds Manage Messages.
	PermModerator = PermMember | PermManageMessages
)

// Intents the fake honours.
const (
	IntentGuilds         = 1 << 0
	IntentGuildMessages  = 1 << 9
	IntentDirectMessages = 1 << 12
	IntentMessageContent = 1 << 15
)

// Server is a fake Discord. Create it with New; close it with Close.
type Server struct {
	Token   string // the bot token it accepts, "x" by default
	AppID   string
	BotID   string
	GuildID string
	Channel string // a text channel of the guild
	// RateLimitEvery answers every n-th REST request with a 429 (0: never).
	RateLimitEvery int
	// RefuseResume answers every Resume with opcode 9 (Invalid Session, not
	// resumable), so the bot must identify again.
	RefuseResume bool
	// AckDeadline is Discord's interaction deadline (3 s).
	AckDeadline time.Duration

	srv      *httptest.Server
	upgrader websocket.Upgrader

	idmu sync.Mutex
	last int64 // last snowflake time part
	inc  int64

	mu           sync.Mutex
	cond         *sync.Cond
	conn         *websocket.Conn
	wmu          sync.Mutex // serialises writes to conn
	seq          int64
	sessionID    string
	intents      int
	sent         []sentEvent // dispatches of this session, for Resume
	readies      int         // READY or RESUMED dispatches sent
	identifies   int
	resumes      int
	requests     int
	interactions map[string]*Interaction // by id
	byToken      map[string]*Interaction
	messages     map[string][]*Message // by channel, oldest first
	threads      map[string]string     // thread id -> parent channel
	dms          map[string]string     // user id -> DM channel id
	files        map[string][]byte     // attachments by id
	threadOf     map[string]string     // message id -> thread id
	commands     map[string][]json.RawMessage
	problems     []string
	requestLog   []string
}

type sentEvent struct {
	seq  int64
	data []byte
}

// New starts a fake Discord with one guild and one text channel.
func New() *Server {
	s := &Server{Token: "x", RateLimitEvery: 0, AckDeadline: 3 * time.Second,
		interactions: map[string]*Interaction{}, byToken: map[string]*Interaction{},
		messages: map[string][]*Message{}, threads: map[string]string{}, threadOf: map[string]string{}, dms: map[string]string{}, files: map[string][]byte{},
		commands: map[string][]json.RawMessage{}}
	s.cond = sync.NewCond(&s.mu)
	// Older applications' bot users have ids of their own: a bot must use
	// READY's application.id (or an interaction's application_id) for
	// commands and webhooks, not its user id.
	s.AppID, s.BotID, s.GuildID, s.Channel = s.Snowflake(), s.Snowflake(), s.Snowflake(), s.Snowflake()
	mux := http.NewServeMux()
	mux.HandleFunc("/gateway-ws", s.gateway)
	mux.HandleFunc("/gateway-ws/", s.gateway) // clients append "/?v=10&encoding=json"
	mux.HandleFunc("/api/v10/", s.rest)
	mux.HandleFunc("/attachments/", s.cdn)
	s.srv = httptest.NewServer(mux)
	return s
}

// URL is the REST base to give the bot (DISCORD_API_URL).
func (s *Server) URL() string { return s.srv.URL + "/api/v10/" }

// Close stops the server.
func (s *Server) Close() {
	s.mu.Lock()
	c := s.conn
	s.mu.Unlock()
	if c != nil {
		c.Close()
	}
	s.srv.CloseClientConnections()
	s.srv.Close()
}

// Snowflake returns a new id as Discord makes them: milliseconds since
// Discord's epoch shifted left 22 bits, plus an increment.
func (s *Server) Snowflake() string {
	s.idmu.Lock()
	defer s.idmu.Unlock()
	ms := time.Now().UnixMilli() - epoch
	if ms <= s.last {
		ms = s.last
		s.inc++
	} else {
		s.last, s.inc = ms, 0
	}
	return fmt.Sprint(ms<<22 | s.inc&0xfff)
}

// problem records a payload Discord would refuse.
func (s *Server) problem(format string, args ...any) {
	s.problems = append(s.problems, fmt.Sprintf(format, args...))
}

// Problems returns every refused payload and protocol error so far.
func (s *Server) Problems() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.problems...)
}

// Requests returns "METHOD path" of every REST request so far.
func (s *Server) Requests() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.requestLog...)
}

// Commands returns the commands registered for guild ("" for global).
func (s *Server) Commands(guild string) []json.RawMessage {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.commands[guild]
}

// waitFor waits until cond holds (called with mu held) or the timeout.
func (s *Server) waitFor(timeout time.Duration, cond func() bool) bool {
	deadline := time.Now().Add(timeout)
	t := time.AfterFunc(timeout, func() { s.mu.Lock(); s.cond.Broadcast(); s.mu.Unlock() })
	defer t.Stop()
	s.mu.Lock()
	defer s.mu.Unlock()
	for !cond() {
		if time.Now().After(deadline) {
			return false
		}
		s.cond.Wait()
	}
	return true
}

// WaitReady waits until n READY or RESUMED dispatches were sent in all.
func (s *Server) WaitReady(n int, timeout time.Duration) error {
	if !s.waitFor(timeout, func() bool { return s.readies >= n }) {
		return fmt.Errorf("no READY/RESUMED number %d within %v (identifies %d, resumes %d)", n, timeout, s.identifies, s.resumes)
	}
	return nil
}

// WaitCommands waits until commands were registered (globally or for a
// guild) and returns their names.
func (s *Server) WaitCommands(timeout time.Duration) ([]string, error) {
	var raws []json.RawMessage
	ok := s.waitFor(timeout, func() bool {
		for _, c := range s.commands {
			raws = c
			return true
		}
		return false
	})
	if !ok {
		return nil, fmt.Errorf("no commands registered within %v", timeout)
	}
	var names []string
	for _, r := range raws {
		var c struct{ Name string }
		_ = json.Unmarshal(r, &c)
		names = append(names, c.Name)
	}
	return names, nil
}

// Counts returns how many Identify and Resume the gateway received.
func (s *Server) Counts() (identifies, resumes int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.identifies, s.resumes
}

func (s *Server) gatewayURL() string {
	return "ws" + strings.TrimPrefix(s.srv.URL, "http") + "/gateway-ws"
}

// cdn serves attachments at /attachments/{channel}/{id}/{name}.
func (s *Server) cdn(w http.ResponseWriter, r *http.Request) {
	p := strings.Split(strings.Trim(r.URL.Path, "/"), "/")
	s.mu.Lock()
	var data []byte
	if len(p) == 4 {
		data = s.files[p[2]]
	}
	s.mu.Unlock()
	if data == nil {
		http.NotFound(w, r)
		return
	}
	w.Write(data)
}

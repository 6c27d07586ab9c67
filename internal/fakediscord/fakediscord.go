// Package fakediscord is an in-process fake of Discord for tests: the REST
// endpoints a bot uses (gateway URL, command registration, interaction
// callbacks, webhook edits and follow-ups, channel messages, threads,
// attachments) and a websocket gateway (hello, identify, ready,
// heartbeats, resume, dispatches), on an httptest server, so that the real
// discordgo client can be driven against it.
//
// It checks what Discord checks and a test should notice: one initial
// response per interaction, message content at most 2,000 characters, embed
// limits, edits only after a response. Everything it receives is recorded
// as Events with their time.
package fakediscord

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// Event kinds.
const (
	KindCommands = "commands" // PUT commands (bulk overwrite)
	KindCallback = "callback" // POST interactions/{id}/{token}/callback
	KindEdit     = "edit"     // PATCH webhooks/{app}/{token}/messages/@original
	KindFollowup = "followup" // POST webhooks/{app}/{token}
	KindMessage  = "message"  // POST channels/{c}/messages
	KindThread   = "thread"   // POST channels/{c}/messages/{m}/threads
	KindIdentify = "identify" // gateway op 2
	KindReaction = "reaction" // PUT channels/{c}/messages/{m}/reactions/{emoji}/@me
)

// Event is one thing the bot did, as the fake saw it.
type Event struct {
	Kind          string
	At            time.Time
	InteractionID string // callbacks
	Token         string // callbacks, edits, follow-ups
	Guild         string // commands ("" for global)
	Channel       string // messages, threads
	Type          int    // callback type
	Message       *Message
	Commands      []*discordgo.ApplicationCommand
	Thread        *discordgo.Channel
	Intents       int    // identify
	Shard         [2]int // identify: shard id and count (zero without sharding)
	Raw           json.RawMessage
}

// Message is a message the bot sent or edited.
type Message struct {
	ID         string
	Channel    string
	Content    string
	Flags      int
	Embeds     []*discordgo.MessageEmbed
	CustomIDs  []string // of buttons and other components
	Choices    []*discordgo.ApplicationCommandOptionChoice
	ModalID    string
	Reference  string // id of the message replied to
	NoMentions bool   // allowed_mentions.parse is empty
}

// Ephemeral reports whether the message is only shown to the user.
func (m *Message) Ephemeral() bool { return m.Flags&int(discordgo.MessageFlagsEphemeral) != 0 }

// Server is a fake Discord. Create it with New and Close it when done.
// Safe for concurrent use.
type Server struct {
	HTTP  *httptest.Server
	AppID string
	BotID string
	Token string // expected bot token, without "Bot "
	// Shards is the shard count GET /gateway/bot recommends (default 1).
	Shards int
	// AppFlags are the application's flags GET /applications/@me reports
	// (1<<18: the Message Content intent is on); default none.
	AppFlags int
	// FailGateway and FailCommands are how many GET /gateway and PUT
	// .../commands requests get a 503 before the server answers them, as
	// Discord does during an outage. Set them before the bot starts.
	FailGateway, FailCommands int

	mu           sync.Mutex
	changed      chan struct{}
	events       []Event
	conns        []*gwConn
	seq          int64
	ids          int64
	guilds       []string
	interactions map[string]*interaction // by token
	attachments  map[string][]byte
}

type interaction struct {
	id        string
	responded bool
}

type gwConn struct {
	mu    sync.Mutex
	ws    *websocket.Conn
	shard [2]int // id and count from identify
}

func (c *gwConn) write(v any) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.ws.WriteJSON(v)
}

// New starts a fake Discord with the given guilds.
func New(guilds ...string) *Server {
	s := &Server{AppID: "100000000000000001", BotID: "100000000000000001", Token: "test-token", Shards: 1,
		changed: make(chan struct{}), guilds: guilds,
		interactions: map[string]*interaction{}, attachments: map[string][]byte{}, ids: 200000000000000000}
	mux := http.NewServeMux()
	mux.HandleFunc("/gateway", s.gateway)
	mux.HandleFunc("/gateway/", s.gateway)
	mux.HandleFunc("/attachments/", s.attachment)
	mux.HandleFunc("/api/v10/", s.rest)
	s.HTTP = httptest.NewServer(mux)
	return s
}

// APIURL is the REST base to give the bot (DISCORD_API_URL).
func (s *Server) APIURL() string { return s.HTTP.URL + "/api/v10/" }

// Close stops the server and closes gateway connections.
func (s *Server) Close() {
	s.Disconnect()
	s.HTTP.Close()
}

// Disconnect closes every gateway connection, as a network failure would;
// discordgo then reconnects and resumes.
func (s *Server) Disconnect() {
	s.mu.Lock()
	conns := s.conns
	s.conns = nil
	s.mu.Unlock()
	for _, c := range conns {
		c.ws.Close()
	}
}

// NewID returns a fresh snowflake.
func (s *Server) NewID() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.newID()
}

func (s *Server) newID() string {
	s.ids++
	return strconv.FormatInt(s.ids, 10)
}

func (s *Server) record(e Event) {
	s.mu.Lock()
	e.At = time.Now()
	s.events = append(s.events, e)
	close(s.changed)
	s.changed = make(chan struct{})
	s.mu.Unlock()
}

// Events returns the recorded events of the given kinds (all when none).
func (s *Server) Events(kinds ...string) []Event {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Event
	for _, e := range s.events {
		if len(kinds) == 0 || contains(kinds, e.Kind) {
			out = append(out, e)
		}
	}
	return out
}

// Wait blocks until cond holds for the recorded events, or ctx is done.
func (s *Server) Wait(ctx context.Context, cond func(events []Event) bool) error {
	for {
		s.mu.Lock()
		evs := append([]Event(nil), s.events...)
		ch := s.changed
		s.mu.Unlock()
		if cond(evs) {
			return nil
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return fmt.Errorf("fakediscord: waiting: %w (%d events)", ctx.Err(), len(evs))
		}
	}
}

// Attach stores a file and returns the attachment to put in an interaction
// or message; the bot downloads it from the fake.
func (s *Server) Attach(name, contentType string, data []byte) *discordgo.MessageAttachment {
	id := s.NewID()
	s.mu.Lock()
	s.attachments[id] = data
	s.mu.Unlock()
	u := s.HTTP.URL + "/attachments/" + id + "/" + name
	return &discordgo.MessageAttachment{ID: id, Filename: name, ContentType: contentType, Size: len(data), URL: u, ProxyURL: u}
}

func (s *Server) attachment(w http.ResponseWriter, r *http.Request) {
	parts := strings.Split(strings.TrimPrefix(r.URL.Path, "/attachments/"), "/")
	s.mu.Lock()
	data, ok := s.attachments[parts[0]]
	s.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Write(data)
}

func contains(xs []string, x string) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

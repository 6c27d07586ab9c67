package discordspec

import (
	"encoding/json"
	"net/http"
	"time"

	"github.com/gorilla/websocket"
)

// Gateway opcodes.
const (
	opDispatch       = 0
	opHeartbeat      = 1
	opIdentify       = 2
	opResume         = 6
	opReconnect      = 7
	opInvalidSession = 9
	opHello          = 10
	opHeartbeatACK   = 11
)

// HeartbeatInterval is the interval the fake's Hello asks for, in ms, as
// Discord sends it.
const HeartbeatInterval = 41250

type payload struct {
	Op int             `json:"op"`
	D  json.RawMessage `json:"d"`
	S  *int64          `json:"s"`
	T  *string         `json:"t"`
}

// gateway serves one websocket connection: Hello, then Identify or Resume,
// heartbeats, and the dispatches the test sends.
func (s *Server) gateway(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("v") != "10" || q.Get("encoding") != "json" {
		s.mu.Lock()
		s.problem("gateway connected with query %q; want v=10&encoding=json, the version of the REST API", r.URL.RawQuery)
		s.mu.Unlock()
	}
	c, err := s.upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	s.mu.Lock()
	old := s.conn
	s.conn = c
	s.mu.Unlock()
	if old != nil {
		old.Close()
	}
	s.write(c, map[string]any{"op": opHello, "d": map[string]any{"heartbeat_interval": HeartbeatInterval}, "s": nil, "t": nil})
	for {
		_, data, err := c.ReadMessage()
		if err != nil {
			return
		}
		var p payload
		if err := json.Unmarshal(data, &p); err != nil {
			c.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(4002, "Error while decoding payload."), time.Now().Add(time.Second))
			c.Close()
			return
		}
		switch p.Op {
		case opHeartbeat:
			s.write(c, map[string]any{"op": opHeartbeatACK})
		case opIdentify:
			if !s.identify(c, p.D) {
				return
			}
		case opResume:
			if !s.resume(c, p.D) {
				return
			}
		default:
			s.mu.Lock()
			s.problem("gateway: unexpected opcode %d from the bot", p.Op)
			s.mu.Unlock()
		}
	}
}

func (s *Server) write(c *websocket.Conn, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	return c.WriteMessage(websocket.TextMessage, data)
}

func (s *Server) tokenOK(tok string) bool {
	return tok == s.Token || tok == "Bot "+s.Token
}

func (s *Server) identify(c *websocket.Conn, d json.RawMessage) bool {
	var id struct {
		Token      string         `json:"token"`
		Intents    *int           `json:"intents"`
		Properties map[string]any `json:"properties"`
		Shard      []int          `json:"shard"`
	}
	_ = json.Unmarshal(d, &id)
	if !s.tokenOK(id.Token) {
		c.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(4004, "Authentication failed."), time.Now().Add(time.Second))
		c.Close()
		return false
	}
	if id.Intents == nil {
		c.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(4013, "Invalid intent(s)."), time.Now().Add(time.Second))
		c.Close()
		return false
	}
	s.mu.Lock()
	// v10 documents "os"; the "$os" of older clients is still accepted.
	if id.Properties == nil || id.Properties["os"] == nil && id.Properties["$os"] == nil {
		s.problem("identify without properties.os")
	}
	if *id.Intents&IntentGuilds == 0 || *id.Intents&IntentGuildMessages == 0 {
		s.problem("identify intents %d lack GUILDS or GUILD_MESSAGES", *id.Intents)
	}
	s.identifies++
	s.intents = *id.Intents
	s.sessionID = s.Snowflake() + "sess"
	s.seq = 0
	s.sent = nil
	s.mu.Unlock()
	user := s.botUser()
	s.dispatch("READY", map[string]any{
		"v": 10, "user": user, "guilds": []any{map[string]any{"id": s.GuildID, "unavailable": true}},
		"session_id": s.sessionID, "resume_gateway_url": s.gatewayURL(), "shard": []int{0, 1},
		"application": map[string]any{"id": s.AppID, "flags": 0}, "private_channels": []any{}, "relationships": []any{},
	})
	s.dispatch("GUILD_CREATE", s.guild())
	s.mu.Lock()
	s.readies++
	s.cond.Broadcast()
	s.mu.Unlock()
	return true
}

func (s *Server) resume(c *websocket.Conn, d json.RawMessage) bool {
	var r struct {
		Token     string `json:"token"`
		SessionID string `json:"session_id"`
		Seq       int64  `json:"seq"`
	}
	_ = json.Unmarshal(d, &r)
	s.mu.Lock()
	if s.RefuseResume {
		s.resumes++
		s.mu.Unlock()
		s.write(c, map[string]any{"op": opInvalidSession, "d": false})
		return true
	}
	if !s.tokenOK(r.Token) || r.SessionID != s.sessionID || r.Seq > s.seq {
		s.problem("resume refused: session %q seq %d (have %q, %d)", r.SessionID, r.Seq, s.sessionID, s.seq)
		s.mu.Unlock()
		s.write(c, map[string]any{"op": opInvalidSession, "d": false})
		return true
	}
	s.resumes++
	var replay [][]byte
	for _, e := range s.sent {
		if e.seq > r.Seq {
			replay = append(replay, e.data)
		}
	}
	s.mu.Unlock()
	s.wmu.Lock()
	for _, data := range replay {
		c.WriteMessage(websocket.TextMessage, data)
	}
	s.wmu.Unlock()
	s.dispatch("RESUMED", map[string]any{})
	s.mu.Lock()
	s.readies++
	s.cond.Broadcast()
	s.mu.Unlock()
	return true
}

// dispatch sends an event with the next sequence number. Events sent while
// no connection is open are kept and replayed on Resume, as Discord does.
func (s *Server) dispatch(t string, d any) {
	s.mu.Lock()
	s.seq++
	data, _ := json.Marshal(map[string]any{"op": opDispatch, "t": t, "s": s.seq, "d": d})
	s.sent = append(s.sent, sentEvent{s.seq, data})
	c := s.conn
	s.mu.Unlock()
	if c == nil {
		return
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	_ = c.WriteMessage(websocket.TextMessage, data)
}

// Reconnect asks the bot to reconnect and resume (opcode 7).
func (s *Server) Reconnect() {
	s.mu.Lock()
	c := s.conn
	s.mu.Unlock()
	if c != nil {
		s.write(c, map[string]any{"op": opReconnect, "d": nil})
	}
}

// Drop closes the gateway socket without a close frame, like a network
// failure.
func (s *Server) Drop() {
	s.mu.Lock()
	c := s.conn
	s.conn = nil
	s.mu.Unlock()
	if c != nil {
		c.UnderlyingConn().Close()
	}
}

func (s *Server) botUser() map[string]any {
	return map[string]any{"id": s.BotID, "username": "newsbot", "discriminator": "0", "global_name": nil,
		"avatar": nil, "bot": true, "flags": 0, "verified": true, "mfa_enabled": false}
}

func (s *Server) guild() map[string]any {
	return map[string]any{
		"id": s.GuildID, "name": "Test Server", "owner_id": s.Snowflake(), "icon": nil,
		"roles": []any{map[string]any{"id": s.GuildID, "name": "@everyone", "permissions": "1071698660929",
			"position": 0, "color": 0, "hoist": false, "managed": false, "mentionable": false, "flags": 0}},
		"channels": []any{map[string]any{"id": s.Channel, "type": 0, "guild_id": s.GuildID, "name": "news",
			"position": 0, "permission_overwrites": []any{}, "parent_id": nil, "nsfw": false, "topic": nil}},
		"threads": []any{}, "members": []any{}, "member_count": 2, "large": false, "unavailable": false,
		"joined_at": time.Now().UTC().Format(time.RFC3339), "features": []any{}, "emojis": []any{}, "stickers": []any{},
		"voice_states": []any{}, "presences": []any{}, "stage_instances": []any{}, "guild_scheduled_events": []any{},
		"preferred_locale": "en-US", "verification_level": 0, "premium_tier": 0, "system_channel_id": nil,
	}
}

package fakediscord

import (
	"encoding/json"
	"net/http"
	"strconv"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

type frame struct {
	Op   int             `json:"op"`
	D    json.RawMessage `json:"d,omitempty"`
	S    *int64          `json:"s,omitempty"`
	T    string          `json:"t,omitempty"`
	DAny any             `json:"-"`
}

type outFrame struct {
	Op int    `json:"op"`
	D  any    `json:"d"`
	S  *int64 `json:"s"`
	T  string `json:"t,omitempty"`
}

// gateway speaks the gateway protocol on one websocket: hello, then identify
// (answered with READY and GUILD_CREATE) or resume (answered with RESUMED),
// then heartbeats until the connection closes.
func (s *Server) gateway(w http.ResponseWriter, r *http.Request) {
	ws, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	c := &gwConn{ws: ws}
	defer ws.Close()
	if c.write(outFrame{Op: 10, D: map[string]any{"heartbeat_interval": 41250}}) != nil {
		return
	}
	for {
		_, data, err := ws.ReadMessage()
		if err != nil {
			s.drop(c)
			return
		}
		var f frame
		if json.Unmarshal(data, &f) != nil {
			ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(4002, "decode error"), time.Now().Add(time.Second))
			return
		}
		switch f.Op {
		case 1:
			c.write(outFrame{Op: 11})
		case 2:
			if !s.identify(c, f.D) {
				return
			}
		case 6:
			s.addConn(c)
			s.send(c, "RESUMED", map[string]any{})
		}
	}
}

func (s *Server) identify(c *gwConn, d json.RawMessage) bool {
	var id struct {
		Token   string  `json:"token"`
		Intents int     `json:"intents"`
		Shard   *[2]int `json:"shard"`
	}
	json.Unmarshal(d, &id)
	if id.Token != "Bot "+s.Token && id.Token != s.Token {
		c.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(4004, "Authentication failed."), time.Now().Add(time.Second))
		return false
	}
	ev := Event{Kind: KindIdentify, Intents: id.Intents, Raw: d}
	if id.Shard != nil {
		ev.Shard = *id.Shard
	}
	s.record(ev)
	guilds := make([]map[string]any, len(s.guilds))
	for k, g := range s.guilds {
		guilds[k] = map[string]any{"id": g, "unavailable": true}
	}
	if id.Shard != nil {
		c.shard = *id.Shard
	}
	s.addConn(c)
	s.send(c, "READY", map[string]any{
		"v": 10, "session_id": "fake-session", "resume_gateway_url": s.wsURL(),
		"user":        map[string]any{"id": s.BotID, "username": "newsbot", "discriminator": "0", "bot": true},
		"application": map[string]any{"id": s.AppID, "flags": 0},
		"guilds":      guilds, "shard": id.Shard,
	})
	for _, g := range s.guilds {
		if !c.serves(g) {
			continue
		}
		s.send(c, "GUILD_CREATE", map[string]any{"id": g, "name": "guild " + g, "owner_id": "1", "channels": []any{}, "roles": []any{}, "members": []any{}})
	}
	return true
}

func (s *Server) addConn(c *gwConn) {
	s.mu.Lock()
	s.conns = append(s.conns, c)
	s.mu.Unlock()
}

func (s *Server) drop(c *gwConn) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for k, x := range s.conns {
		if x == c {
			s.conns = append(s.conns[:k], s.conns[k+1:]...)
			return
		}
	}
}

func (s *Server) send(c *gwConn, t string, d any) error {
	s.mu.Lock()
	s.seq++
	seq := s.seq
	s.mu.Unlock()
	return c.write(outFrame{Op: 0, T: t, S: &seq, D: d})
}

// Connected reports how many gateway connections have identified or resumed.
func (s *Server) Connected() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.conns)
}

// dispatch sends an event to the sessions of the shard serving guild
// (Discord's rule: (guild_id >> 22) % shard_count; direct messages go to
// shard 0).
func (s *Server) dispatch(t, guild string, d any) {
	s.mu.Lock()
	conns := append([]*gwConn(nil), s.conns...)
	s.mu.Unlock()
	for _, c := range conns {
		if c.serves(guild) {
			s.send(c, t, d)
		}
	}
}

// serves reports whether the connection's shard receives a guild's events.
func (c *gwConn) serves(guild string) bool {
	if c.shard[1] <= 1 {
		return true
	}
	id, _ := strconv.ParseUint(guild, 10, 64)
	return int((id>>22)%uint64(c.shard[1])) == c.shard[0]
}

func (s *Server) wsURL() string { return "ws" + s.HTTP.URL[len("http"):] + "/gateway" }

// Interact dispatches INTERACTION_CREATE for i after filling in its id,
// token, application id and version, and returns it.
func (s *Server) Interact(i *discordgo.Interaction) *discordgo.Interaction {
	s.mu.Lock()
	if i.ID == "" {
		i.ID = s.newID()
	}
	i.Token = "tok-" + i.ID
	i.AppID, i.Version = s.AppID, 1
	s.interactions[i.Token] = &interaction{id: i.ID}
	s.mu.Unlock()
	s.dispatch("INTERACTION_CREATE", i.GuildID, i)
	return i
}

// InteractJSON dispatches INTERACTION_CREATE with a payload given as JSON
// fields (for data discordgo cannot marshal, such as modal submissions),
// after filling in id, token, application id and version. It returns the
// interaction with its id and token.
func (s *Server) InteractJSON(v map[string]any) *discordgo.Interaction {
	s.mu.Lock()
	id := s.newID()
	i := &discordgo.Interaction{ID: id, Token: "tok-" + id, AppID: s.AppID}
	s.interactions[i.Token] = &interaction{id: id}
	s.mu.Unlock()
	v["id"], v["token"], v["application_id"], v["version"] = i.ID, i.Token, i.AppID, 1
	g, _ := v["guild_id"].(string)
	s.dispatch("INTERACTION_CREATE", g, v)
	return i
}

// Post dispatches MESSAGE_CREATE for a user's message after filling in its
// id and timestamp, and returns it.
func (s *Server) Post(m *discordgo.Message) *discordgo.Message {
	if m.ID == "" {
		m.ID = s.NewID()
	}
	m.Timestamp = time.Now()
	s.dispatch("MESSAGE_CREATE", m.GuildID, m)
	return m
}

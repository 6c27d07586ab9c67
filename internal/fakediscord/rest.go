package fakediscord

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
)

// apiError writes Discord's error body.
func apiError(w http.ResponseWriter, status, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"code": code, "message": msg})
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

// rest serves the REST API under /api/v10/.
func (s *Server) rest(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") != "Bot "+s.Token && !strings.HasPrefix(r.URL.Path, "/api/v10/interactions/") && !strings.HasPrefix(r.URL.Path, "/api/v10/webhooks/") {
		apiError(w, http.StatusUnauthorized, 0, "401: Unauthorized")
		return
	}
	body, _ := io.ReadAll(r.Body)
	p := strings.Split(strings.Trim(strings.TrimPrefix(r.URL.Path, "/api/v10/"), "/"), "/")
	switch {
	case s.outage(r, p):
		apiError(w, http.StatusServiceUnavailable, 0, "503: Service Unavailable")
	case r.Method == "GET" && len(p) == 1 && p[0] == "gateway":
		writeJSON(w, map[string]any{"url": s.wsURL()})
	case r.Method == "GET" && len(p) == 2 && p[0] == "users" && p[1] == "@me":
		writeJSON(w, map[string]any{"id": s.BotID, "username": "newsbot", "bot": true})
	case r.Method == "GET" && len(p) == 2 && p[0] == "applications" && p[1] == "@me":
		writeJSON(w, map[string]any{"id": s.AppID, "name": "newsbot", "flags": s.AppFlags})
	case r.Method == "GET" && len(p) == 2 && p[0] == "gateway" && p[1] == "bot":
		writeJSON(w, map[string]any{"url": s.wsURL(), "shards": s.Shards, "session_start_limit": map[string]int{"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}})
	case r.Method == "PUT" && p[0] == "applications" && p[len(p)-1] == "commands":
		s.putCommands(w, p, body)
	case r.Method == "POST" && p[0] == "interactions" && len(p) == 4 && p[3] == "callback":
		s.callback(w, p[1], p[2], body)
	case p[0] == "webhooks" && len(p) >= 3:
		s.webhook(w, r, p, body)
	case r.Method == "POST" && p[0] == "channels" && len(p) == 3 && p[2] == "messages":
		s.channelMessage(w, p[1], body)
	case r.Method == "POST" && p[0] == "channels" && len(p) == 5 && p[4] == "threads":
		s.startThread(w, p[1], p[3], body)
	case r.Method == "PUT" && p[0] == "channels" && len(p) == 7 && p[4] == "reactions" && p[6] == "@me":
		emoji, _ := url.PathUnescape(p[5])
		s.record(Event{Kind: KindReaction, Channel: p[1], Message: &Message{ID: p[3], Channel: p[1], Content: emoji}})
		w.WriteHeader(http.StatusNoContent)
	case r.Method == "POST" && p[0] == "channels" && len(p) == 3 && p[2] == "typing":
		w.WriteHeader(http.StatusNoContent)
	default:
		apiError(w, http.StatusNotFound, 0, "404: Not Found")
	}
}

func (s *Server) putCommands(w http.ResponseWriter, p []string, body []byte) {
	var cmds []*discordgo.ApplicationCommand
	if err := json.Unmarshal(body, &cmds); err != nil {
		apiError(w, http.StatusBadRequest, 50035, "Invalid Form Body")
		return
	}
	guild := ""
	if len(p) == 5 && p[2] == "guilds" {
		guild = p[3]
	}
	for _, c := range cmds {
		c.ID, c.ApplicationID, c.GuildID = s.NewID(), s.AppID, guild
		if c.Type == 0 {
			c.Type = discordgo.ChatApplicationCommand
		}
		if c.Type == discordgo.ChatApplicationCommand && (len(c.Description) == 0 || len(c.Description) > 100 || strings.ToLower(c.Name) != c.Name) {
			apiError(w, http.StatusBadRequest, 50035, "Invalid Form Body: command "+c.Name)
			return
		}
	}
	s.record(Event{Kind: KindCommands, Guild: guild, Commands: cmds, Raw: body})
	writeJSON(w, cmds)
}

// wireMessage is a message body as bots send it.
type wireMessage struct {
	Type int `json:"type"` // callbacks only
	Data *struct {
		wireContent
	} `json:"data"`
	wireContent
}

type wireContent struct {
	Content          *string                                     `json:"content"`
	Flags            int                                         `json:"flags"`
	Embeds           []*discordgo.MessageEmbed                   `json:"embeds"`
	Components       []json.RawMessage                           `json:"components"`
	Choices          []*discordgo.ApplicationCommandOptionChoice `json:"choices"`
	CustomID         string                                      `json:"custom_id"`
	MessageReference *discordgo.MessageReference                 `json:"message_reference"`
	AllowedMentions  *struct {
		Parse []string `json:"parse"`
	} `json:"allowed_mentions"`
}

// message validates a body against Discord's limits and converts it.
func (s *Server) message(c wireContent, channel string) (*Message, error) {
	m := &Message{ID: s.NewID(), Channel: channel, Flags: c.Flags, Embeds: c.Embeds, Choices: c.Choices, ModalID: c.CustomID}
	if c.Content != nil {
		m.Content = *c.Content
	}
	if n := utf8.RuneCountInString(m.Content); n > 2000 {
		return nil, fmt.Errorf("content: must be 2000 or fewer in length (got %d)", n)
	}
	if err := checkEmbeds(c.Embeds); err != nil {
		return nil, err
	}
	if len(c.Components) > 5 {
		return nil, fmt.Errorf("components: at most 5 action rows")
	}
	for _, raw := range c.Components {
		m.CustomIDs = append(m.CustomIDs, customIDs(raw)...)
	}
	if c.MessageReference != nil {
		m.Reference = c.MessageReference.MessageID
	}
	m.NoMentions = c.AllowedMentions != nil && len(c.AllowedMentions.Parse) == 0
	return m, nil
}

func customIDs(raw json.RawMessage) []string {
	var c struct {
		CustomID   string            `json:"custom_id"`
		Components []json.RawMessage `json:"components"`
	}
	json.Unmarshal(raw, &c)
	var out []string
	if c.CustomID != "" {
		out = append(out, c.CustomID)
	}
	for _, sub := range c.Components {
		out = append(out, customIDs(sub)...)
	}
	return out
}

func checkEmbeds(es []*discordgo.MessageEmbed) error {
	if len(es) > 10 {
		return fmt.Errorf("embeds: at most 10")
	}
	total := 0
	for _, e := range es {
		n := utf8.RuneCountInString
		if n(e.Title) > 256 || n(e.Description) > 4096 || len(e.Fields) > 25 {
			return fmt.Errorf("embed: title, description or field count over the limit")
		}
		total += n(e.Title) + n(e.Description)
		for _, f := range e.Fields {
			if n(f.Name) > 256 || n(f.Value) > 1024 {
				return fmt.Errorf("embed field over the limit")
			}
			total += n(f.Name) + n(f.Value)
		}
	}
	if total > 6000 {
		return fmt.Errorf("embeds: more than 6000 characters in total")
	}
	return nil
}

func (s *Server) callback(w http.ResponseWriter, id, token string, body []byte) {
	s.mu.Lock()
	in, ok := s.interactions[token]
	if ok && in.id == id && !in.responded {
		in.responded = true
	} else if ok && in.id == id {
		s.mu.Unlock()
		apiError(w, http.StatusBadRequest, 40060, "Interaction has already been acknowledged.")
		return
	}
	s.mu.Unlock()
	if !ok || in.id != id {
		apiError(w, http.StatusNotFound, 10062, "Unknown interaction")
		return
	}
	var wm wireMessage
	if err := json.Unmarshal(body, &wm); err != nil {
		apiError(w, http.StatusBadRequest, 50035, "Invalid Form Body")
		return
	}
	var c wireContent
	if wm.Data != nil {
		c = wm.Data.wireContent
	}
	m, err := s.message(c, "")
	if err != nil {
		apiError(w, http.StatusBadRequest, 50035, "Invalid Form Body: "+err.Error())
		return
	}
	s.record(Event{Kind: KindCallback, InteractionID: id, Token: token, Type: wm.Type, Message: m, Raw: body})
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) webhook(w http.ResponseWriter, r *http.Request, p []string, body []byte) {
	token := p[2]
	s.mu.Lock()
	in, ok := s.interactions[token]
	responded := ok && in.responded
	s.mu.Unlock()
	if !ok || p[1] != s.AppID {
		apiError(w, http.StatusNotFound, 10015, "Unknown Webhook")
		return
	}
	if !responded {
		apiError(w, http.StatusNotFound, 10008, "Unknown Message: the interaction has no response yet")
		return
	}
	var c wireContent
	if err := json.Unmarshal(body, &c); err != nil {
		apiError(w, http.StatusBadRequest, 50035, "Invalid Form Body")
		return
	}
	m, err := s.message(c, "")
	if err != nil {
		apiError(w, http.StatusBadRequest, 50035, "Invalid Form Body: "+err.Error())
		return
	}
	switch {
	case r.Method == "PATCH" && len(p) == 5 && p[3] == "messages" && p[4] == "@original":
		s.record(Event{Kind: KindEdit, Token: token, Message: m, Raw: body})
	case r.Method == "POST" && len(p) == 3:
		s.record(Event{Kind: KindFollowup, Token: token, Message: m, Raw: body})
	default:
		apiError(w, http.StatusNotFound, 0, "404: Not Found")
		return
	}
	writeJSON(w, map[string]any{"id": m.ID, "content": m.Content, "flags": m.Flags, "channel_id": "0", "type": 0})
}

func (s *Server) channelMessage(w http.ResponseWriter, channel string, body []byte) {
	var c wireContent
	if err := json.Unmarshal(body, &c); err != nil {
		apiError(w, http.StatusBadRequest, 50035, "Invalid Form Body")
		return
	}
	m, err := s.message(c, channel)
	if err != nil {
		apiError(w, http.StatusBadRequest, 50035, "Invalid Form Body: "+err.Error())
		return
	}
	if m.Content == "" && len(m.Embeds) == 0 {
		apiError(w, http.StatusBadRequest, 50006, "Cannot send an empty message")
		return
	}
	s.record(Event{Kind: KindMessage, Channel: channel, Message: m, Raw: body})
	writeJSON(w, map[string]any{"id": m.ID, "channel_id": channel, "content": m.Content, "type": 0,
		"author": map[string]any{"id": s.BotID, "username": "newsbot", "bot": true}})
}

func (s *Server) startThread(w http.ResponseWriter, channel, message string, body []byte) {
	var ts discordgo.ThreadStart
	if err := json.Unmarshal(body, &ts); err != nil || ts.Name == "" || utf8.RuneCountInString(ts.Name) > 100 {
		apiError(w, http.StatusBadRequest, 50035, "Invalid Form Body: thread name must be 1 to 100 characters")
		return
	}
	th := &discordgo.Channel{ID: s.NewID(), Type: discordgo.ChannelTypeGuildPublicThread, ParentID: channel, Name: ts.Name}
	s.record(Event{Kind: KindThread, Channel: channel, Thread: th, Raw: body, Message: &Message{ID: message}})
	writeJSON(w, th)
}

// outage reports whether the request is one of the first FailGateway
// gateway or FailCommands registration requests, which fail.
func (s *Server) outage(r *http.Request, p []string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case r.Method == "GET" && len(p) == 1 && p[0] == "gateway" && s.FailGateway > 0:
		s.FailGateway--
		return true
	case r.Method == "PUT" && p[0] == "applications" && p[len(p)-1] == "commands" && s.FailCommands > 0:
		s.FailCommands--
		return true
	}
	return false
}

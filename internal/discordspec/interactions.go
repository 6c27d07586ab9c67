package discordspec

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// Interaction types.
const (
	TypePing           = 1
	TypeCommand        = 2
	TypeComponent      = 3
	TypeAutocomplete   = 4
	TypeModalSubmit    = 5
	OptionSubCommand   = 1
	OptionString       = 3
	OptionBoolean      = 5
	OptionInteger      = 4
	ComponentButton    = 2
	ComponentTextInput = 4
)

// User is a member of the fake guild.
type User struct {
	ID, Name string
	Perms    int64 // permissions in the channel, as Discord computes them for interactions
}

// NewUser returns a new member with the given permissions.
func (s *Server) NewUser(name string, perms int64) User {
	return User{ID: s.Snowflake(), Name: name, Perms: perms}
}

// Option is a command option as Discord sends it.
type Option struct {
	Name    string   `json:"name"`
	Type    int      `json:"type"`
	Value   any      `json:"value,omitempty"`
	Focused bool     `json:"focused,omitempty"`
	Options []Option `json:"options,omitempty"`
}

// Interaction is one interaction sent to the bot and what came back. Read
// it through Server.Result.
type Interaction struct {
	ID, Token string
	Type      int
	SentAt    time.Time
	AckAt     time.Time // first accepted callback
	AckType   int
	AckData   json.RawMessage
	Edits     []json.RawMessage // PATCH @original bodies, in order
	Followups []json.RawMessage
	Refused   []string // callbacks and webhooks refused with 4xx
}

// Ack is the time from dispatch to the first callback, or 0 without one.
func (it Interaction) Ack() time.Duration {
	if it.AckAt.IsZero() {
		return 0
	}
	return it.AckAt.Sub(it.SentAt)
}

// Ephemeral reports whether the first callback asked for an ephemeral
// response.
func (it Interaction) Ephemeral() bool {
	var d struct{ Flags int }
	_ = json.Unmarshal(it.AckData, &d)
	return d.Flags&64 != 0
}

// Content returns the latest content shown for the interaction: the last
// edit of the original response, or the callback's message.
func (it Interaction) Content() string {
	var c struct{ Content *string }
	for k := len(it.Edits) - 1; k >= 0; k-- {
		c.Content = nil
		if json.Unmarshal(it.Edits[k], &c) == nil && c.Content != nil {
			return *c.Content
		}
	}
	if json.Unmarshal(it.AckData, &c) == nil && c.Content != nil {
		return *c.Content
	}
	return ""
}

// Result returns a snapshot of an interaction.
func (s *Server) Result(id string) Interaction {
	s.mu.Lock()
	defer s.mu.Unlock()
	it := *s.interactions[id]
	it.Edits = append([]json.RawMessage(nil), it.Edits...)
	it.Followups = append([]json.RawMessage(nil), it.Followups...)
	return it
}

// WaitAck waits for the first callback of an interaction.
func (s *Server) WaitAck(id string, timeout time.Duration) (Interaction, error) {
	if !s.waitFor(timeout, func() bool { return !s.interactions[id].AckAt.IsZero() }) {
		return s.Result(id), fmt.Errorf("interaction %s not acknowledged within %v", id, timeout)
	}
	return s.Result(id), nil
}

// WaitContent waits until the interaction shows content that holds pred.
func (s *Server) WaitContent(id string, timeout time.Duration, pred func(string) bool) (Interaction, error) {
	var it Interaction
	ok := s.waitFor(timeout, func() bool {
		it = *s.interactions[id]
		return pred(it.Content())
	})
	if !ok {
		return s.Result(id), fmt.Errorf("interaction %s: no matching content within %v (have %q)", id, timeout, it.Content())
	}
	return s.Result(id), nil
}

// WaitShown waits until an interaction shows something: a message
// callback, an edit of the original response or a follow-up.
func (s *Server) WaitShown(id string, timeout time.Duration) (Interaction, error) {
	ok := s.waitFor(timeout, func() bool {
		it := s.interactions[id]
		return it.AckType == 4 || len(it.Edits) > 0 || len(it.Followups) > 0
	})
	if !ok {
		return s.Result(id), fmt.Errorf("interaction %s shows nothing after %v", id, timeout)
	}
	return s.Result(id), nil
}

// Command sends an application command (type 2) from u in the guild's
// channel, or in a DM with the bot when dm is true.
func (s *Server) Command(u User, dm bool, channel, name string, opts ...Option) string {
	return s.CommandResolved(u, dm, channel, name, nil, opts...)
}

// CommandResolved is Command with data.resolved (attachments, users,
// channels the options refer to).
func (s *Server) CommandResolved(u User, dm bool, channel, name string, resolved map[string]any, opts ...Option) string {
	data := map[string]any{"id": s.commandID(name), "name": name, "type": 1}
	if resolved != nil {
		data["resolved"] = resolved
	}
	if len(opts) > 0 {
		data["options"] = opts
	}
	if !dm {
		data["guild_id"] = s.GuildID
	}
	return s.interact(TypeCommand, u, dm, channel, data, nil)
}

// Autocomplete sends an autocomplete interaction (type 4).
func (s *Server) Autocomplete(u User, channel, name string, opts ...Option) string {
	data := map[string]any{"id": s.commandID(name), "name": name, "type": 1, "options": opts, "guild_id": s.GuildID}
	return s.interact(TypeAutocomplete, u, false, channel, data, nil)
}

// Click sends a button click (type 3) on message m.
func (s *Server) Click(u User, m *Message, customID string) string {
	data := map[string]any{"custom_id": customID, "component_type": ComponentButton}
	return s.interact(TypeComponent, u, false, m.ChannelID, data, m.Raw)
}

// SubmitModal sends a modal submission (type 5) with one text input per
// value, each in its own action row.
func (s *Server) SubmitModal(u User, channel, customID string, values map[string]string) string {
	var rows []any
	for id, v := range values {
		rows = append(rows, map[string]any{"type": 1, "components": []any{
			map[string]any{"type": ComponentTextInput, "custom_id": id, "value": v}}})
	}
	data := map[string]any{"custom_id": customID, "components": rows}
	return s.interact(TypeModalSubmit, u, false, channel, data, nil)
}

func (s *Server) commandID(name string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, cmds := range s.commands {
		for _, raw := range cmds {
			var c struct{ ID, Name string }
			_ = json.Unmarshal(raw, &c)
			if c.Name == name {
				return c.ID
			}
		}
	}
	return s.Snowflake()
}

func (s *Server) userJSON(u User) map[string]any {
	return map[string]any{"id": u.ID, "username": strings.ToLower(u.Name), "global_name": u.Name,
		"discriminator": "0", "avatar": nil, "public_flags": 0}
}

func (s *Server) memberJSON(u User, withUser bool) map[string]any {
	m := map[string]any{"roles": []string{}, "joined_at": "2024-01-02T03:04:05.000000+00:00", "nick": nil,
		"deaf": false, "mute": false, "flags": 0, "pending": false, "avatar": nil, "premium_since": nil,
		"communication_disabled_until": nil}
	if withUser {
		m["user"] = s.userJSON(u)
		m["permissions"] = fmt.Sprint(u.Perms)
	}
	return m
}

// DMChannel returns the id of the DM channel between u and the bot.
func (s *Server) DMChannel(u User) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.dms[u.ID] == "" {
		s.dms[u.ID] = s.Snowflake()
	}
	return s.dms[u.ID]
}

func (s *Server) interact(typ int, u User, dm bool, channel string, data any, msg json.RawMessage) string {
	id, token := s.Snowflake(), "aW50ZXJhY3Rpb246"+s.Snowflake()+":tok"
	p := map[string]any{"id": id, "application_id": s.AppID, "type": typ, "data": data, "token": token,
		"version": 1, "locale": "en-GB", "entitlements": []any{}, "attachment_size_limit": 10485760,
		"app_permissions": "1125899906842623"}
	if dm {
		channel = s.DMChannel(u)
		p["channel_id"] = channel
		p["channel"] = map[string]any{"id": channel, "type": 1, "recipients": []any{s.userJSON(u)}, "flags": 0}
		p["user"] = s.userJSON(u)
		p["context"] = 1
		p["authorizing_integration_owners"] = map[string]any{"0": s.GuildID}
	} else {
		p["guild_id"] = s.GuildID
		p["guild_locale"] = "en-US"
		p["guild"] = map[string]any{"id": s.GuildID, "locale": "en-US", "features": []any{}}
		p["channel_id"] = channel
		ctype := 0
		s.mu.Lock()
		if _, ok := s.threads[channel]; ok {
			ctype = 11
		}
		s.mu.Unlock()
		p["channel"] = map[string]any{"id": channel, "type": ctype, "guild_id": s.GuildID, "name": "news",
			"permissions": fmt.Sprint(u.Perms), "flags": 0}
		p["member"] = s.memberJSON(u, true)
		p["context"] = 0
		p["authorizing_integration_owners"] = map[string]any{"0": s.GuildID}
	}
	if msg != nil {
		p["message"] = msg
	}
	s.mu.Lock()
	it := &Interaction{ID: id, Token: token, Type: typ, SentAt: time.Now()}
	s.interactions[id] = it
	s.byToken[token] = it
	s.mu.Unlock()
	s.dispatch("INTERACTION_CREATE", p)
	return id
}

// Original returns the original response of an interaction as a message a
// user can click on: its latest content and components.
func (s *Server) Original(id string) *Message {
	it := s.Result(id)
	var body json.RawMessage
	if len(it.Edits) > 0 {
		body = it.Edits[len(it.Edits)-1]
	} else {
		body = it.AckData
	}
	s.mu.Lock()
	obj := s.messageObject(body, 0)
	s.mu.Unlock()
	obj["interaction_metadata"] = map[string]any{"id": id, "type": it.Type, "user": map[string]any{"id": "0"}}
	return &Message{ID: obj["id"].(string), ChannelID: s.Channel, AuthorID: s.BotID, Content: it.Content(), At: time.Now(), Raw: mustJSON(obj)}
}

// CustomIDs returns the custom ids of the buttons of a message, in order.
func CustomIDs(raw json.RawMessage) []string {
	var m struct {
		Components []struct {
			Components []struct {
				CustomID string `json:"custom_id"`
			} `json:"components"`
		} `json:"components"`
	}
	_ = json.Unmarshal(raw, &m)
	var ids []string
	for _, row := range m.Components {
		for _, c := range row.Components {
			if c.CustomID != "" {
				ids = append(ids, c.CustomID)
			}
		}
	}
	return ids
}

// Choices returns the autocomplete choices of a type 8 callback.
func Choices(it Interaction) []Option {
	var d struct {
		Choices []Option `json:"choices"`
	}
	_ = json.Unmarshal(it.AckData, &d)
	return d.Choices
}

// ModalInputs returns the custom ids of a modal's text inputs.
func ModalInputs(it Interaction) (customID string, inputs []string) {
	var d struct {
		CustomID   string `json:"custom_id"`
		Components []struct {
			Components []struct {
				CustomID string `json:"custom_id"`
			} `json:"components"`
			Component *struct {
				CustomID string `json:"custom_id"`
			} `json:"component"`
		} `json:"components"`
	}
	_ = json.Unmarshal(it.AckData, &d)
	for _, r := range d.Components {
		for _, c := range r.Components {
			inputs = append(inputs, c.CustomID)
		}
		if r.Component != nil {
			inputs = append(inputs, r.Component.CustomID)
		}
	}
	return d.CustomID, inputs
}

// MessageCommand sends a message context-menu command (type 3 command)
// on message m, with the message in data.resolved as Discord does.
func (s *Server) MessageCommand(u User, name string, m *Message) string {
	data := map[string]any{"id": s.commandID(name), "name": name, "type": 3, "target_id": m.ID, "guild_id": s.GuildID,
		"resolved": map[string]any{"messages": map[string]json.RawMessage{m.ID: m.Raw}}}
	return s.interact(TypeCommand, u, false, m.ChannelID, data, nil)
}

// Attach stores a file on the fake's CDN and returns its attachment
// object, for data.resolved.attachments.
func (s *Server) Attach(name, contentType string, data []byte) map[string]any {
	id := s.Snowflake()
	s.mu.Lock()
	s.files[id] = data
	s.mu.Unlock()
	url := s.srv.URL + "/attachments/" + s.Channel + "/" + id + "/" + name
	return map[string]any{"id": id, "filename": name, "size": len(data), "url": url, "proxy_url": url,
		"content_type": contentType, "ephemeral": true}
}

package discordspec

import (
	"encoding/json"
	"net/http"
	"strconv"
	"unicode/utf8"
)

// channelKind returns 0 for the guild's text channel, 11 for a thread, 1
// for a DM, -1 for an unknown channel. Callers hold mu.
func (s *Server) channelKind(id string) int {
	switch {
	case id == s.Channel:
		return 0
	case s.threads[id] != "":
		return 11
	}
	for _, dm := range s.dms {
		if dm == id {
			return 1
		}
	}
	return -1
}

// channel serves /channels/{id}/...: messages (GET, POST), typing and
// threads started from a message.
func (s *Server) channel(method string, p []string, r *http.Request, body []byte) (any, *apiError) {
	s.mu.Lock()
	kind := s.channelKind(p[1])
	s.mu.Unlock()
	if kind < 0 {
		return nil, errNotFound(10003, "Unknown Channel")
	}
	ch := p[1]
	switch {
	case method == "POST" && len(p) == 3 && p[2] == "typing":
		return nil, nil
	case method == "GET" && len(p) == 3 && p[2] == "messages":
		limit, _ := strconv.Atoi(r.URL.Query().Get("limit"))
		if limit <= 0 {
			limit = 50
		}
		if limit > 100 {
			return nil, formError([]string{"limit: Must be between 1 and 100."})
		}
		ms := s.Messages(ch)
		out := []json.RawMessage{}
		for k := len(ms) - 1; k >= 0 && len(out) < limit; k-- {
			out = append(out, ms[k].Raw)
		}
		return out, nil
	case method == "POST" && len(p) == 3 && p[2] == "messages":
		return s.postMessage(ch, body)
	case method == "POST" && len(p) == 5 && p[2] == "messages" && p[4] == "threads":
		return s.startThread(ch, kind, p[3], body)
	}
	return nil, &apiError{status: 404, Code: 0, Msg: "404: Not Found"}
}

func (s *Server) findMessage(channel, id string) *Message {
	for _, m := range s.Messages(channel) {
		if m.ID == id {
			return m
		}
	}
	return nil
}

func (s *Server) postMessage(ch string, body []byte) (any, *apiError) {
	s.mu.Lock()
	errs := s.checkMessage(body, modeChannel, "POST /channels/"+ch+"/messages")
	s.mu.Unlock()
	if len(errs) > 0 {
		return nil, formError(errs)
	}
	var in struct {
		Content   string          `json:"content"`
		Embeds    json.RawMessage `json:"embeds"`
		Comps     json.RawMessage `json:"components"`
		Reference *struct {
			MessageID       string `json:"message_id"`
			ChannelID       string `json:"channel_id"`
			FailIfNotExists *bool  `json:"fail_if_not_exists"`
		} `json:"message_reference"`
	}
	_ = json.Unmarshal(body, &in)
	ref := ""
	if in.Reference != nil {
		if in.Reference.ChannelID != "" && in.Reference.ChannelID != ch {
			return nil, formError([]string{"message_reference: Cannot reply to a message in another channel."})
		}
		if s.findMessage(ch, in.Reference.MessageID) == nil {
			return nil, formError([]string{"message_reference: Unknown message"})
		}
		ref = in.Reference.MessageID
	}
	extra := map[string]any{}
	if len(in.Embeds) > 0 {
		extra["embeds"] = in.Embeds
	}
	if len(in.Comps) > 0 {
		extra["components"] = in.Comps
	}
	m := s.store(ch, s.botUser(), in.Content, extra, ref)
	var raw map[string]any
	_ = json.Unmarshal(m.Raw, &raw)
	s.mu.Lock()
	if s.channelKind(ch) != 1 {
		raw["guild_id"] = s.GuildID
		raw["member"] = s.memberJSON(User{}, false)
	}
	s.mu.Unlock()
	s.dispatch("MESSAGE_CREATE", raw) // the bot sees its own messages too
	return raw, nil
}

// startThread is POST /channels/{id}/messages/{mid}/threads. The thread
// has the id of the message it starts from, as on Discord.
func (s *Server) startThread(ch string, kind int, mid string, body []byte) (any, *apiError) {
	if kind != 0 {
		return nil, errBadRequest(50024, "Cannot execute action on this channel type")
	}
	var in struct {
		Name                string `json:"name"`
		AutoArchiveDuration *int   `json:"auto_archive_duration"`
		RateLimitPerUser    *int   `json:"rate_limit_per_user"`
	}
	if err := json.Unmarshal(body, &in); err != nil {
		return nil, errBadRequest(50109, "The request body contains invalid JSON.")
	}
	var errs []string
	if n := utf8.RuneCountInString(in.Name); n < 1 || n > 100 {
		errs = append(errs, "name: Must be between 1 and 100 in length.")
	}
	if d := in.AutoArchiveDuration; d != nil && *d != 60 && *d != 1440 && *d != 4320 && *d != 10080 {
		errs = append(errs, "auto_archive_duration: Value must be one of {60, 1440, 4320, 10080}.")
	}
	if len(errs) > 0 {
		return nil, formError(errs)
	}
	if s.findMessage(ch, mid) == nil {
		return nil, errNotFound(10008, "Unknown Message")
	}
	s.mu.Lock()
	if s.threadOf[mid] != "" {
		s.mu.Unlock()
		return nil, errBadRequest(160004, "A thread has already been created for this message")
	}
	s.threads[mid] = ch
	s.threadOf[mid] = mid
	s.cond.Broadcast()
	s.mu.Unlock()
	archive := 4320
	if in.AutoArchiveDuration != nil {
		archive = *in.AutoArchiveDuration
	}
	th := map[string]any{"id": mid, "type": 11, "guild_id": s.GuildID, "parent_id": ch, "name": in.Name,
		"owner_id": s.BotID, "last_message_id": nil, "message_count": 0, "member_count": 1, "rate_limit_per_user": 0,
		"flags": 0, "total_message_sent": 0,
		"thread_metadata": map[string]any{"archived": false, "auto_archive_duration": archive, "locked": false,
			"archive_timestamp": "2026-01-01T00:00:00.000000+00:00", "create_timestamp": "2026-01-01T00:00:00.000000+00:00"},
		"member": map[string]any{"id": mid, "user_id": s.BotID, "join_timestamp": "2026-01-01T00:00:00.000000+00:00", "flags": 1}}
	s.dispatch("THREAD_CREATE", th)
	return th, nil
}

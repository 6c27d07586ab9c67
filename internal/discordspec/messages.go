package discordspec

import (
	"encoding/json"
	"fmt"
	"time"
)

// Message is a message in a channel of the fake.
type Message struct {
	ID, ChannelID, AuthorID, Content string
	At                               time.Time
	Raw                              json.RawMessage // as Discord returns it
}

// Say posts a message from u in channel (a DM with the bot when dm is
// true) and sends MESSAGE_CREATE. With mention, the content starts with
// the bot's mention and mentions lists the bot. Without the message-content
// intent the bot gets empty content, except in DMs and for messages that
// mention it, as Discord does.
func (s *Server) Say(u User, dm bool, channel, content string, mention bool) *Message {
	if mention {
		content = "<@" + s.BotID + "> " + content
	}
	if dm {
		channel = s.DMChannel(u)
	}
	m := s.store(channel, s.userJSON(u), content, nil, "")
	var raw map[string]any
	_ = json.Unmarshal(m.Raw, &raw)
	s.mu.Lock()
	intents := s.intents
	s.mu.Unlock()
	if mention {
		bot := s.botUser()
		bot["member"] = s.memberJSON(User{}, false)
		raw["mentions"] = []any{bot}
	}
	if !dm {
		raw["guild_id"] = s.GuildID
		raw["member"] = s.memberJSON(u, false)
	}
	if intents&IntentMessageContent == 0 && !dm && !mention {
		raw["content"] = ""
	}
	s.dispatch("MESSAGE_CREATE", raw)
	return m
}

// store adds a message to a channel and returns it.
func (s *Server) store(channel string, author map[string]any, content string, extra map[string]any, ref string) *Message {
	id := s.Snowflake()
	raw := map[string]any{"id": id, "channel_id": channel, "author": author, "content": content,
		"timestamp": time.Now().UTC().Format("2006-01-02T15:04:05.000000+00:00"), "edited_timestamp": nil,
		"tts": false, "mention_everyone": false, "mentions": []any{}, "mention_roles": []any{},
		"attachments": []any{}, "embeds": []any{}, "pinned": false, "type": 0, "flags": 0, "components": []any{}}
	for k, v := range extra {
		raw[k] = v
	}
	if ref != "" {
		raw["type"] = 19
		raw["message_reference"] = map[string]any{"type": 0, "message_id": ref, "channel_id": channel}
	}
	data, _ := json.Marshal(raw)
	var a struct{ ID string }
	_ = json.Unmarshal(mustJSON(author), &a)
	m := &Message{ID: id, ChannelID: channel, AuthorID: a.ID, Content: content, At: time.Now(), Raw: data}
	s.mu.Lock()
	s.messages[channel] = append(s.messages[channel], m)
	s.cond.Broadcast()
	s.mu.Unlock()
	return m
}

func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return b
}

// Messages returns the messages of a channel, oldest first.
func (s *Server) Messages(channel string) []*Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]*Message(nil), s.messages[channel]...)
}

// WaitMessage waits for a message by the bot in channel, after the first
// `after` messages, whose content holds pred.
func (s *Server) WaitMessage(channel string, after int, timeout time.Duration, pred func(string) bool) (*Message, error) {
	var found *Message
	ok := s.waitFor(timeout, func() bool {
		ms := s.messages[channel]
		for k := after; k < len(ms); k++ {
			if ms[k].AuthorID == s.BotID && pred(ms[k].Content) {
				found = ms[k]
				return true
			}
		}
		return false
	})
	if !ok {
		return nil, fmt.Errorf("no matching bot message in channel %s within %v", channel, timeout)
	}
	return found, nil
}

// ThreadOf returns the thread started from a message, or "".
func (s *Server) ThreadOf(messageID string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.threadOf[messageID]
}

// WaitThread waits for a thread started from a message.
func (s *Server) WaitThread(messageID string, timeout time.Duration) (string, error) {
	var id string
	if !s.waitFor(timeout, func() bool { id = s.threadOf[messageID]; return id != "" }) {
		return "", fmt.Errorf("no thread started from message %s within %v", messageID, timeout)
	}
	return id, nil
}

package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/newsbot/newsbot"
)

// HandleMessage answers chat messages: a mention of the bot in an allowed
// channel is answered in a thread started from the message; a message in a
// thread the bot opened is a follow-up answered with the thread's history;
// with prefix commands enabled, "!news question" is answered in place; a
// direct message gets a short explanation. It never panics.
func (b *Bot) HandleMessage(s Session, m *discordgo.Message) {
	b.inflight.Add(1)
	defer b.inflight.Done()
	self := b.selfID()
	if m.Author == nil || m.Author.Bot || m.Author.ID == self {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	log := b.log.With(slog.String("guild", m.GuildID), slog.String("user", m.Author.ID), slog.String("message", m.ID), slog.String("channel", m.ChannelID))
	defer func() {
		if r := recover(); r != nil {
			log.Error("panic in message handler", "panic", r)
		}
	}()
	if err := b.handleMessage(ctx, s, m, self); errors.Is(err, errQuiet) {
		// Told of the rate limit a moment ago: a reaction, not a message.
		if rerr := s.MessageReactionAdd(m.ChannelID, m.ID, "⏳", discordgo.WithContext(ctx)); rerr != nil {
			log.Warn("react to rate-limited message", "err", rerr)
		}
	} else if err != nil {
		msg := b.userMessage(ctx, err, slog.String("guild", m.GuildID), slog.String("user", m.Author.ID), slog.String("message", m.ID))
		if _, serr := s.ChannelMessageSendComplex(m.ChannelID, &discordgo.MessageSend{
			Content: msg, Reference: m.Reference(), AllowedMentions: noMentions(),
		}, discordgo.WithContext(ctx)); serr != nil {
			log.Warn("send error reply", "err", serr)
		}
	}
}

func (b *Bot) handleMessage(ctx context.Context, s Session, m *discordgo.Message, self string) error {
	if m.GuildID == "" {
		if !b.limits.allowDM(m.Author.ID) {
			return nil
		}
		_, err := s.ChannelMessageSendComplex(m.ChannelID, &discordgo.MessageSend{Content: dmText, AllowedMentions: noMentions()}, discordgo.WithContext(ctx))
		return err
	}
	mentioned := mentions(m, self)
	text := stripMention(m.Content, self)
	if !mentioned && text == "" {
		return nil // most messages without the message-content intent: nothing to read
	}
	inThread, err := b.cfg.Guilds.IsBotThread(ctx, m.GuildID, m.ChannelID)
	if err != nil {
		return err
	}
	if inThread {
		if strings.TrimSpace(text) == "" {
			return nil // e.g. no message-content intent and no mention: nothing to answer
		}
		return b.answerInChannel(ctx, s, m, m.ChannelID, text, m.ChannelID)
	}
	set, err := b.cfg.Guilds.GuildSettings(ctx, m.GuildID)
	if err != nil {
		return err
	}
	set.Guild = m.GuildID
	if !mentioned {
		q, ok := b.prefixed(set, m.Content)
		if !ok {
			return nil
		}
		if allowed, err := b.channelAllowed(ctx, set, m.ChannelID); err != nil || !allowed {
			return err
		}
		return b.answerInChannel(ctx, s, m, m.ChannelID, q, "")
	}
	if allowed, err := b.channelAllowed(ctx, set, m.ChannelID); err != nil || !allowed {
		return err
	}
	if strings.TrimSpace(text) == "" {
		_, err := s.ChannelMessageSendComplex(m.ChannelID, &discordgo.MessageSend{
			Content: "Ask me a question after the mention, e.g. `@newsbot what did the ministry say?`", Reference: m.Reference(), AllowedMentions: noMentions(),
		}, discordgo.WithContext(ctx))
		return err
	}
	if err := b.checkQuestion(text); err != nil {
		return err
	}
	// Admitted before the thread is started, so that a refusal (rate
	// limit, busy server) is a reply to the message, not an empty thread.
	release, err := b.admit(m.GuildID, m.Author.ID)
	if err != nil {
		return err
	}
	defer release()
	th, err := s.MessageThreadStartComplex(m.ChannelID, m.ID, &discordgo.ThreadStart{
		Name: clip(oneLine(text), ThreadNameLimit), AutoArchiveDuration: 1440,
	}, discordgo.WithContext(ctx))
	if err != nil || th == nil || th.ID == "" {
		// No thread here (a thread or forum channel, or no Create Public
		// Threads permission): answer in place instead.
		b.log.Warn("start thread failed; answering in the channel", "guild", m.GuildID, "channel", m.ChannelID, "err", err)
		return b.answerAdmitted(ctx, s, m, m.ChannelID, text, "")
	}
	if err := b.cfg.Guilds.AddBotThread(ctx, m.GuildID, th.ID, m.ChannelID); err != nil {
		return err
	}
	return b.answerAdmitted(ctx, s, m, th.ID, text, th.ID)
}

// prefixed returns the question of a chat command, when they are enabled.
func (b *Bot) prefixed(set *newsbot.GuildSettings, content string) (string, bool) {
	if !b.cfg.PrefixCommands {
		return "", false
	}
	p := set.Prefix
	if p == "" {
		p = newsbot.DefaultPrefix
	}
	rest, ok := strings.CutPrefix(strings.TrimSpace(content), p)
	if !ok || (rest != "" && rest[0] != ' ' && rest[0] != '\n') {
		return "", false
	}
	return strings.TrimSpace(rest), true
}

// answerInChannel answers text in channel (a thread or the message's
// channel). A non-empty conversation gives the answerer the thread's
// history and records the new turn.
func (b *Bot) answerInChannel(ctx context.Context, s Session, m *discordgo.Message, channel, text, conversation string) error {
	if err := b.checkQuestion(text); err != nil {
		return err
	}
	release, err := b.admit(m.GuildID, m.Author.ID)
	if err != nil {
		return err
	}
	defer release()
	return b.answerAdmitted(ctx, s, m, channel, text, conversation)
}

// answerAdmitted is answerInChannel for a question already admitted by
// the rate limit and the guild's answer slots.
func (b *Bot) answerAdmitted(ctx context.Context, s Session, m *discordgo.Message, channel, text, conversation string) error {
	var err error
	stopTyping := typing(ctx, s, channel)
	defer stopTyping()
	q := newsbot.Question{Guild: m.GuildID, Text: strings.TrimSpace(text), Conversation: conversation}
	if conversation != "" {
		if q.History, err = b.cfg.Guilds.ThreadTurns(ctx, m.GuildID, conversation, b.cfg.HistoryTurns); err != nil {
			return err
		}
	}
	rec, err := b.answer(ctx, q, channel, m.Author.ID, nil)
	stopTyping()
	if err != nil {
		return err
	}
	if conversation != "" {
		// Recorded before the answer is shown, so that a quick follow-up
		// already has it in its history.
		if err := b.cfg.Guilds.AddThreadTurn(ctx, m.GuildID, conversation, newsbot.Turn{Question: q.Text, Answer: rec.Answer.Answer}); err != nil {
			return err
		}
	}
	msgs := RenderAnswer(&rec.Answer)
	for k, content := range msgs {
		send := &discordgo.MessageSend{Content: content, AllowedMentions: noMentions()}
		if k == 0 && channel == m.ChannelID {
			send.Reference = m.Reference()
		}
		if k == len(msgs)-1 {
			send.Components = answerButtons(rec.ID, len(verified(rec.Answer.Citations)) > 0)
		}
		if _, err := s.ChannelMessageSendComplex(channel, send, discordgo.WithContext(ctx)); err != nil {
			return fmt.Errorf("send answer: %w", err)
		}
	}
	return nil
}

func mentions(m *discordgo.Message, self string) bool {
	if self == "" {
		return false
	}
	for _, u := range m.Mentions {
		if u != nil && u.ID == self {
			return true
		}
	}
	return strings.Contains(m.Content, "<@"+self+">") || strings.Contains(m.Content, "<@!"+self+">")
}

func stripMention(s, self string) string {
	if self != "" {
		s = strings.ReplaceAll(s, "<@"+self+">", "")
		s = strings.ReplaceAll(s, "<@!"+self+">", "")
	}
	return strings.TrimSpace(s)
}

// typing shows "newsbot is typing…" in channel until stop is called; Discord
// shows it for ten seconds, so it is renewed every eight.
func typing(ctx context.Context, s Session, channel string) (stop func()) {
	ctx, cancel := context.WithCancel(ctx)
	go func() {
		t := time.NewTicker(8 * time.Second)
		defer t.Stop()
		for {
			_ = s.ChannelTyping(channel, discordgo.WithContext(ctx))
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
		}
	}()
	return cancel
}

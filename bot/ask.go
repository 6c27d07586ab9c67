package bot

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
	"github.com/newsbot/newsbot"
)

// checkAsk runs before the acknowledgement of /ask: channel, question size,
// the user's rate limit and a free answer slot in the guild. Each refusal is
// an ephemeral reply.
func (b *Bot) checkAsk(ctx context.Context, in *Interaction) error {
	if err := b.checkChannel(ctx, in); err != nil {
		return err
	}
	if err := b.checkQuestion(stringOption(in, "question")); err != nil {
		return err
	}
	release, err := b.admit(in.Guild, in.User)
	if err != nil {
		return err
	}
	in.OnDone(release)
	return nil
}

func (b *Bot) checkQuestion(q string) error {
	q = strings.TrimSpace(q)
	if q == "" {
		return newsbot.Errorf(newsbot.EINVALID, "Ask me a question, e.g. `/ask question: What did the defence ministry say?`")
	}
	if n := utf8.RuneCountInString(q); n > b.cfg.MaxQuestion {
		return newsbot.Errorf(newsbot.EINVALID, "Your question has %d characters; please keep it under %d.", n, b.cfg.MaxQuestion)
	}
	return nil
}

// admit applies the per-user rate limit and admits the question to the
// guild's queue (queue.go).
func (b *Bot) admit(guild, user string) (func(), error) {
	if err := b.limits.allowQuestion(guild, user); err != nil {
		b.cfg.Metrics.rateLimited()
		return nil, err
	}
	release, err := b.limits.admitGuild(guild)
	if err != nil {
		b.cfg.Metrics.rateLimited()
		return nil, err
	}
	return release, nil
}

// handleAsk answers /ask in the deferred response, with follow-up messages
// when the answer is longer than one message.
func (b *Bot) handleAsk(ctx context.Context, in *Interaction) error {
	q := newsbot.Question{Guild: in.Guild, Text: strings.TrimSpace(stringOption(in, "question"))}
	// In a thread the bot opened, /ask is a follow-up like a message there.
	thread, err := b.cfg.Guilds.IsBotThread(ctx, in.Guild, in.ChannelID)
	if err != nil {
		return err
	}
	if thread {
		q.Conversation = in.ChannelID
		if q.History, err = b.cfg.Guilds.ThreadTurns(ctx, in.Guild, in.ChannelID, b.cfg.HistoryTurns); err != nil {
			return err
		}
	}
	rec, err := b.answer(ctx, q, in.ChannelID, in.User, b.showPlace(ctx, in))
	if err != nil {
		return err
	}
	if thread {
		if err := b.cfg.Guilds.AddThreadTurn(ctx, in.Guild, in.ChannelID, newsbot.Turn{Question: q.Text, Answer: rec.Answer.Answer}); err != nil {
			return err
		}
	}
	return b.editAnswer(ctx, in, rec)
}

// showPlace returns the func that tells the asker of an interaction their
// place in the guild's queue for a model slot, in the deferred response.
func (b *Bot) showPlace(ctx context.Context, in *Interaction) func(pos int) {
	return func(pos int) {
		text := "⏳ Your question is number " + itoa(pos) + " in this server's queue; the answer will appear here."
		if _, err := in.Session.InteractionResponseEdit(in.Interaction, &discordgo.WebhookEdit{Content: &text, AllowedMentions: noMentions()}, discordgo.WithContext(ctx)); err != nil {
			b.log.Warn("show queue place", "guild", in.Guild, "err", err)
		}
	}
}

// answer asks the answerer with the configured timeout and stores the
// answer so that its sources and feedback buttons work later. An answer
// returned at the timeout (an LLM fallback) is still stored and shown.
// Model calls wait for the guild's model slots; onWait (optional) is told
// the question's place when it has to wait.
func (b *Bot) answer(ctx context.Context, q newsbot.Question, channel, user string, onWait func(pos int)) (*newsbot.AnswerRecord, error) {
	askCtx, cancel := context.WithTimeout(ctx, b.cfg.AnswerTimeout)
	defer cancel()
	askCtx = newsbot.WithModelGate(askCtx, b.limits.modelGate(q.Guild, onWait))
	defer context.AfterFunc(b.answersStop, cancel)()
	start := time.Now()
	a, err := b.cfg.Answerer.Ask(askCtx, q)
	b.cfg.Metrics.question(time.Since(start), err)
	if err != nil {
		if b.answersStop.Err() != nil {
			return nil, &newsbot.Error{Code: newsbot.EUNAVAIL, Message: restartingText, Err: err}
		}
		if askCtx.Err() != nil && newsbot.ErrorCode(err) == newsbot.EINTERNAL {
			return nil, &newsbot.Error{Code: newsbot.EUNAVAIL, Message: "The answer took too long. Please try again in a minute.", Err: err}
		}
		return nil, fmt.Errorf("answer: %w", err)
	}
	if a.Mode == newsbot.ModeExtractive && a.Note != "" {
		b.cfg.Metrics.fallback()
	}
	b.explainEmpty(a)
	fitStored(a)
	rec := &newsbot.AnswerRecord{Guild: q.Guild, Channel: channel, User: user, Question: q.Text, Answer: *a, CreatedAt: b.cfg.Now().UTC()}
	if rec.ID, err = b.cfg.Guilds.SaveBotAnswer(ctx, rec); err != nil {
		return nil, fmt.Errorf("save answer: %w", err)
	}
	return rec, nil
}

const restartingText = "newsbot is restarting and could not finish this answer. Please ask again in a minute."

// editAnswer puts the first message of an answer into the deferred
// response and sends the rest as follow-ups; buttons go on the last one.
func (b *Bot) editAnswer(ctx context.Context, in *Interaction, rec *newsbot.AnswerRecord) error {
	msgs := RenderAnswer(&rec.Answer)
	buttons := answerButtons(rec.ID, len(verified(rec.Answer.Citations)) > 0)
	for k, m := range msgs {
		var comps []discordgo.MessageComponent
		if k == len(msgs)-1 {
			comps = buttons
		}
		if err := b.sendPart(ctx, in, k, m, comps); err != nil {
			return err
		}
	}
	return nil
}

// sendPart sends message k of a multi-message reply to an interaction: the
// original response for k == 0, a follow-up (ephemeral like the original)
// after.
func (b *Bot) sendPart(ctx context.Context, in *Interaction, k int, content string, comps []discordgo.MessageComponent) error {
	if k == 0 {
		if comps == nil {
			comps = []discordgo.MessageComponent{}
		}
		_, err := in.Session.InteractionResponseEdit(in.Interaction, &discordgo.WebhookEdit{
			Content: &content, Components: &comps, AllowedMentions: noMentions(),
		}, discordgo.WithContext(ctx))
		if err != nil {
			return fmt.Errorf("edit response: %w", err)
		}
		return nil
	}
	p := &discordgo.WebhookParams{Content: content, Components: comps, AllowedMentions: noMentions()}
	if in.ephemeral {
		p.Flags = discordgo.MessageFlagsEphemeral
	}
	if _, err := in.Session.FollowupMessageCreate(in.Interaction, true, p, discordgo.WithContext(ctx)); err != nil {
		return fmt.Errorf("follow-up message: %w", err)
	}
	return nil
}

// handleShowSources shows the full attributed quotes of a stored answer,
// only to the user who clicked.
func (b *Bot) handleShowSources(ctx context.Context, in *Interaction) error {
	id, err := customID(in, 1)
	if err != nil {
		return err
	}
	rec, err := b.cfg.Guilds.BotAnswer(ctx, in.Guild, id)
	if err != nil {
		return err
	}
	for k, m := range RenderSources(&rec.Answer) {
		if err := b.sendPart(ctx, in, k, m, nil); err != nil {
			return err
		}
	}
	return nil
}

// handleFeedback stores a thumbs up or down for an answer of the guild and
// thanks the user privately.
func (b *Bot) handleFeedback(ctx context.Context, in *Interaction) error {
	parts := strings.Split(in.MessageComponentData().CustomID, ":")
	id, err := customID(in, 2)
	if err != nil || len(parts) != 3 {
		return newsbot.Errorf(newsbot.EINVALID, "This button is not valid any more.")
	}
	vote := 1
	if parts[1] == "down" {
		vote = -1
	}
	if _, err := b.cfg.Guilds.BotAnswer(ctx, in.Guild, id); err != nil {
		return err
	}
	if err := b.cfg.Guilds.SaveBotFeedback(ctx, newsbot.Feedback{Guild: in.Guild, AnswerID: id, User: in.User, Vote: vote}); err != nil {
		return err
	}
	b.cfg.Metrics.feedback(vote)
	return in.Reply("Thanks, your feedback was recorded.", true)
}

// customID returns the numeric field k of a component's custom id.
func customID(in *Interaction, k int) (int64, error) {
	parts := strings.Split(in.MessageComponentData().CustomID, ":")
	if len(parts) <= k {
		return 0, newsbot.Errorf(newsbot.EINVALID, "This button is not valid any more.")
	}
	id, err := strconv.ParseInt(parts[k], 10, 64)
	if err != nil {
		return 0, newsbot.Errorf(newsbot.EINVALID, "This button is not valid any more.")
	}
	return id, nil
}

func (b *Bot) handleHelp(ctx context.Context, in *Interaction) error {
	if in.Guild == "" {
		return in.Reply(dmText, false)
	}
	text := "**newsbot** answers questions about the news articles this server's moderators added, quoting the exact lines and who said them.\n" +
		"• `/ask question:` — ask (add `private: True` to see the answer alone)\n" +
		"• mention me with a question — I answer in a thread; keep asking there for follow-ups\n" +
		"• `/who-said topic:` — who said what about a topic, speaker by speaker\n" +
		"• `/timeline topic:` — a story's dated statements, oldest first; `/digest since:` — what was added or corrected lately\n" +
		"• moderators: `/article add-url|add-text|add-file|remove|list|show|history`, the message menu **Apps → Add as article**, `/feed add|remove|list`, `/settings`"
	if b.cfg.PrefixCommands {
		text += "\n• chat: `" + newsbot.DefaultPrefix + " your question` (or this server's prefix)"
	}
	return in.Reply(text, true)
}

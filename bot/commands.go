package bot

import (
	"context"
	"fmt"

	"github.com/bwmarrin/discordgo"
)

// Command names.
const (
	cmdAsk      = "ask"
	cmdArticle  = "article"
	cmdWhoSaid  = "who-said"
	cmdSettings = "settings"
	cmdAddMsg   = "Add as article"
	cmdHelp     = "help"
)

var (
	manageMessages = int64(discordgo.PermissionManageMessages)
	noDM           = false // for clients that still read dm_permission
	guildOnly      = &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild}
)

// Commands returns the application commands the bot registers.
func Commands() []*discordgo.ApplicationCommand {
	minLen := 1
	cmds := []*discordgo.ApplicationCommand{
		{
			Name: cmdAsk, Description: "Ask a question about the news articles added to this server",
			DMPermission: &noDM, Contexts: guildOnly,
			Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionString, Name: "question", Description: "Your question", Required: true, MinLength: &minLen, MaxLength: 500},
				{Type: discordgo.ApplicationCommandOptionBoolean, Name: "private", Description: "Only you see the answer"},
			},
		},
		{
			Name: cmdWhoSaid, Description: "Who said what about a topic, by speaker",
			DMPermission: &noDM, Contexts: guildOnly,
			Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionString, Name: "topic", Description: "A name, place or subject", Required: true, MaxLength: 200},
				{Type: discordgo.ApplicationCommandOptionInteger, Name: "article", Description: "Only this article", Autocomplete: true},
				{Type: discordgo.ApplicationCommandOptionBoolean, Name: "private", Description: "Only you see the result"},
			},
		},
		{
			Name: cmdArticle, Description: "Moderators: manage this server's articles",
			DMPermission: &noDM, Contexts: guildOnly, DefaultMemberPermissions: &manageMessages,
			Options: []*discordgo.ApplicationCommandOption{
				sub("add-url", "Add an article from a web page",
					&discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionString, Name: "url", Description: "http(s) address of the article", Required: true, MaxLength: 2000},
					titleOpt()),
				sub("add-text", "Add an article from pasted text (opens a form)", titleOpt(), urlOpt()),
				sub("add-file", "Add an article from a .txt, .md or .html file",
					&discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionAttachment, Name: "file", Description: "The article file", Required: true},
					titleOpt(), urlOpt()),
				sub("remove", "Remove an article", articleOpt()),
				sub("list", "List this server's articles"),
				sub("show", "Show an article's details", articleOpt()),
				historySub(),
			},
		},
		{
			Name: cmdSettings, Description: "Moderators: the bot's settings for this server",
			DMPermission: &noDM, Contexts: guildOnly, DefaultMemberPermissions: &manageMessages,
			Options: []*discordgo.ApplicationCommandOption{
				sub("show", "Show the settings"),
				sub("moderator-role", "Set the role that may manage articles (Manage Server needed); omit to clear",
					&discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionRole, Name: "role", Description: "Moderator role"}),
				sub("allow-channel", "Answer questions in this channel (once one is set, only in listed channels)",
					&discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionChannel, Name: "channel", Description: "Channel", Required: true}),
				sub("disallow-channel", "Stop answering in a channel",
					&discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionChannel, Name: "channel", Description: "Channel", Required: true}),
				sub("prefix", "Set the chat-command prefix (default !news)",
					&discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionString, Name: "prefix", Description: "e.g. !news", Required: true, MaxLength: 16}),
				digestChannelSub(),
			},
		},
		feedCommand(),
		{Name: cmdHelp, Description: "How to use newsbot"},
		{Name: cmdAddMsg, Type: discordgo.MessageApplicationCommand, DMPermission: &noDM, Contexts: guildOnly, DefaultMemberPermissions: &manageMessages},
	}
	return append(cmds, timeCommands()...)
}

func sub(name, desc string, opts ...*discordgo.ApplicationCommandOption) *discordgo.ApplicationCommandOption {
	return &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionSubCommand, Name: name, Description: desc, Options: opts}
}

func titleOpt() *discordgo.ApplicationCommandOption {
	return &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionString, Name: "title", Description: "Title (default: found in the article)", MaxLength: 300}
}

func urlOpt() *discordgo.ApplicationCommandOption {
	return &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionString, Name: "url", Description: "Link to the original article", MaxLength: 2000}
}

func articleOpt() *discordgo.ApplicationCommandOption {
	return &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionInteger, Name: "article", Description: "Start typing a title", Required: true, Autocomplete: true}
}

// RegisterCommands replaces the application's commands with Commands(), in
// one bulk overwrite, so that running it again changes nothing. With a
// guild id the commands are registered to that guild only (they appear at
// once, which suits development); without, globally.
func RegisterCommands(ctx context.Context, s Session, appID, guildID string) error {
	_, err := s.ApplicationCommandBulkOverwrite(appID, guildID, Commands(), discordgo.WithContext(ctx))
	if err != nil {
		return fmt.Errorf("register commands: %w", err)
	}
	return nil
}

// routes builds the router of every command, component and modal.
func (b *Bot) routes() *Router {
	r := &Router{routes: map[string]Route{}}
	r.Use(b.Logging, b.Errors, Recover)
	r.Handle(cmdAsk, Route{Ack: AckDefer, Check: b.checkAsk, Handle: b.handleAsk})
	r.Handle(cmdWhoSaid, Route{Ack: AckDefer, Check: b.checkChannel, Handle: b.handleWhoSaid})
	r.Handle("auto:"+cmdWhoSaid, Route{Handle: b.autocompleteArticles})
	r.Handle(cmdHelp, Route{Handle: b.handleHelp})

	r.Handle(cmdArticle+" add-url", Route{Ack: AckDeferEphemeral, Moderator: true, Handle: b.handleAddURL})
	r.Handle(cmdArticle+" add-text", Route{Moderator: true, Handle: b.handleAddTextModal})
	r.Handle("modal:addtext", Route{Ack: AckDeferEphemeral, Moderator: true, Handle: b.handleAddTextSubmit})
	r.Handle(cmdArticle+" add-file", Route{Ack: AckDeferEphemeral, Moderator: true, Check: b.checkAttachment, Handle: b.handleAddFile})
	r.Handle(cmdArticle+" remove", Route{Ack: AckDeferEphemeral, Moderator: true, Handle: b.handleRemove})
	r.Handle(cmdArticle+" list", Route{Ack: AckDeferEphemeral, Moderator: true, Handle: b.handleList})
	r.Handle(cmdArticle+" show", Route{Ack: AckDeferEphemeral, Moderator: true, Handle: b.handleShow})
	r.Handle("auto:"+cmdArticle+" remove", Route{Handle: b.autocompleteArticles})
	r.Handle("auto:"+cmdArticle+" show", Route{Handle: b.autocompleteArticles})
	r.Handle(cmdArticle+" history", Route{Ack: AckDeferEphemeral, Moderator: true, Handle: b.handleHistory})
	r.Handle("auto:"+cmdArticle+" history", Route{Handle: b.autocompleteArticles})
	r.Handle(cmdSettings+" digest-channel", Route{Ack: AckDeferEphemeral, Moderator: true, Handle: b.handleDigestChannel})
	r.Handle(cmdTimeline, Route{Ack: AckDefer, Check: b.checkChannel, Handle: b.handleTimeline})
	r.Handle(cmdDigest, Route{Ack: AckDefer, Check: b.checkChannel, Handle: b.handleDigest})
	r.Handle(cmdAddMsg, Route{Ack: AckDeferEphemeral, Moderator: true, Handle: b.handleAddMessage})

	for _, s := range []string{"show", "moderator-role", "allow-channel", "disallow-channel", "prefix"} {
		r.Handle(cmdSettings+" "+s, Route{Ack: AckDeferEphemeral, Moderator: true, Handle: b.handleSettings})
	}

	r.Handle(cmdFeed+" add", Route{Ack: AckDeferEphemeral, Moderator: true, Handle: b.handleFeedAdd})
	r.Handle(cmdFeed+" remove", Route{Ack: AckDeferEphemeral, Moderator: true, Handle: b.handleFeedRemove})
	r.Handle(cmdFeed+" list", Route{Ack: AckDeferEphemeral, Moderator: true, Handle: b.handleFeedList})
	r.Handle("auto:"+cmdFeed+" remove", Route{Handle: b.autocompleteFeeds})

	r.Handle("src", Route{Ack: AckDeferEphemeral, Handle: b.handleShowSources})
	r.Handle("fb", Route{Ack: AckDeferEphemeral, Handle: b.handleFeedback})
	return r
}

package bot

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"path"
	"regexp"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"
	"github.com/newsbot/newsbot"
)

// Accepted attachment types, by extension.
var fileTypes = map[string]bool{".txt": true, ".md": true, ".markdown": true, ".html": true, ".htm": true}

func (b *Bot) handleAddURL(ctx context.Context, in *Interaction) error {
	u := strings.TrimSpace(stringOption(in, "url"))
	if !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
		return newsbot.Errorf(newsbot.EINVALID, "Give the article's address starting with http:// or https://.")
	}
	res, err := b.cfg.Adder.AddURL(ctx, in.Guild, u, Meta{Title: stringOption(in, "title"), URL: u, AddedBy: in.User})
	if err != nil {
		return err
	}
	return in.Reply(addedText(res), true)
}

// handleAddTextModal opens a form for pasting an article's text.
func (b *Bot) handleAddTextModal(ctx context.Context, in *Interaction) error {
	return in.Respond(&discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseModal,
		Data: &discordgo.InteractionResponseData{
			CustomID: "addtext",
			Title:    "Add an article",
			Components: []discordgo.MessageComponent{
				discordgo.ActionsRow{Components: []discordgo.MessageComponent{discordgo.TextInput{
					CustomID: "title", Label: "Title (optional)", Style: discordgo.TextInputShort, MaxLength: 300,
					Value: stringOption(in, "title"),
				}}},
				discordgo.ActionsRow{Components: []discordgo.MessageComponent{discordgo.TextInput{
					CustomID: "url", Label: "Link to the original (optional)", Style: discordgo.TextInputShort, MaxLength: 2000,
					Value: stringOption(in, "url"),
				}}},
				discordgo.ActionsRow{Components: []discordgo.MessageComponent{discordgo.TextInput{
					CustomID: "text", Label: "Article text", Style: discordgo.TextInputParagraph, Required: true,
					MinLength: 20, MaxLength: 4000, Placeholder: "Paste the article: headline, then paragraphs",
				}}},
			},
		},
	})
}

func (b *Bot) handleAddTextSubmit(ctx context.Context, in *Interaction) error {
	text := modalValue(in, "text")
	if strings.TrimSpace(text) == "" {
		return newsbot.Errorf(newsbot.EINVALID, "The article text is empty: paste the article into the form.")
	}
	m := Meta{Title: strings.TrimSpace(modalValue(in, "title")), URL: strings.TrimSpace(modalValue(in, "url")), AddedBy: in.User}
	res, err := b.cfg.Adder.AddText(ctx, in.Guild, text, m)
	if err != nil {
		return err
	}
	return in.Reply(addedText(res), true)
}

// attachment returns the resolved attachment of the "file" option.
func attachment(in *Interaction) *discordgo.MessageAttachment {
	id := idOption(in, "file")
	d := in.ApplicationCommandData()
	if id == "" || d.Resolved == nil {
		return nil
	}
	return d.Resolved.Attachments[id]
}

// checkAttachment refuses, before the acknowledgement, a missing, too large
// or unsupported file.
func (b *Bot) checkAttachment(ctx context.Context, in *Interaction) error {
	return b.checkFile(attachment(in))
}

func (b *Bot) checkFile(a *discordgo.MessageAttachment) error {
	if a == nil {
		return newsbot.Errorf(newsbot.EINVALID, "Attach the article as a file.")
	}
	ext := strings.ToLower(path.Ext(a.Filename))
	if !fileTypes[ext] {
		return newsbot.Errorf(newsbot.EINVALID, "I can read .txt, .md and .html files; %q is not one of them.", a.Filename)
	}
	if int64(a.Size) > b.cfg.MaxUpload {
		return newsbot.Errorf(newsbot.EINVALID, "The file has %s; the limit is %s. Trim it or add it from its web address.", size(int64(a.Size)), size(b.cfg.MaxUpload))
	}
	if a.Size == 0 {
		return newsbot.Errorf(newsbot.EINVALID, "The file %q is empty.", a.Filename)
	}
	return nil
}

func (b *Bot) handleAddFile(ctx context.Context, in *Interaction) error {
	a := attachment(in)
	data, err := b.download(ctx, a)
	if err != nil {
		return err
	}
	res, err := b.cfg.Adder.AddFile(ctx, in.Guild, a.Filename, data, Meta{Title: stringOption(in, "title"), URL: stringOption(in, "url"), AddedBy: in.User})
	if err != nil {
		return err
	}
	return in.Reply(addedText(res), true)
}

// download fetches an attachment, reading at most MaxUpload bytes.
func (b *Bot) download(ctx context.Context, a *discordgo.MessageAttachment) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, a.URL, nil)
	if err != nil {
		return nil, newsbot.Errorf(newsbot.EINVALID, "The attachment has no valid address.")
	}
	resp, err := b.cfg.HTTPClient.Do(req)
	if err != nil {
		return nil, &newsbot.Error{Code: newsbot.EUNAVAIL, Message: "I could not download the attachment. Please try again.", Err: err}
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, &newsbot.Error{Code: newsbot.EUNAVAIL, Message: "I could not download the attachment. Please try again.", Err: fmt.Errorf("attachment: status %s", resp.Status)}
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, b.cfg.MaxUpload+1))
	if err != nil {
		return nil, fmt.Errorf("read attachment: %w", err)
	}
	if int64(len(data)) > b.cfg.MaxUpload {
		return nil, newsbot.Errorf(newsbot.EINVALID, "The file is larger than %s.", size(b.cfg.MaxUpload))
	}
	return data, nil
}

var urlRE = regexp.MustCompile(`https?://[^\s<>]+`)

// handleAddMessage adds the target message of the "Add as article" menu:
// its attached file, else a message that is only a link, else its text.
func (b *Bot) handleAddMessage(ctx context.Context, in *Interaction) error {
	d := in.ApplicationCommandData()
	var msg *discordgo.Message
	if d.Resolved != nil {
		msg = d.Resolved.Messages[d.TargetID]
	}
	if msg == nil {
		return newsbot.Errorf(newsbot.EINVALID, "I could not read that message.")
	}
	m := Meta{AddedBy: in.User}
	var res *AddResult
	var err error
	content := strings.TrimSpace(msg.Content)
	switch {
	case len(msg.Attachments) > 0:
		a := msg.Attachments[0]
		if err := b.checkFile(a); err != nil {
			return err
		}
		data, err2 := b.download(ctx, a)
		if err2 != nil {
			return err2
		}
		res, err = b.cfg.Adder.AddFile(ctx, in.Guild, a.Filename, data, m)
	case urlRE.FindString(content) == strings.Trim(content, "<>") && content != "":
		u := strings.Trim(content, "<>")
		m.URL = u
		res, err = b.cfg.Adder.AddURL(ctx, in.Guild, u, m)
	case content == "":
		return newsbot.Errorf(newsbot.EINVALID, "That message has no text, link or file to add.")
	default:
		res, err = b.cfg.Adder.AddText(ctx, in.Guild, content, m)
	}
	if err != nil {
		return err
	}
	return in.Reply(addedText(res), true)
}

func addedText(r *AddResult) string {
	if r.DuplicateOf != 0 {
		return fmt.Sprintf("This article is already stored as **#%d %s**; nothing was added.", r.DuplicateOf, escape(clip(r.Title, 200)))
	}
	return fmt.Sprintf("✅ Added **#%d %s** (%d passages, %d attributed statements).", r.ID, escape(clip(r.Title, 200)), r.Chunks, r.Claims)
}

func (b *Bot) handleRemove(ctx context.Context, in *Interaction) error {
	id, ok := intOption(in, "article")
	if !ok {
		return newsbot.Errorf(newsbot.EINVALID, "Choose an article from the list.")
	}
	a, err := b.cfg.Articles.Article(ctx, in.Guild, id)
	if err != nil {
		return newsbot.WithHint(err, newsbot.ENOTFOUND, "`/article list` shows the ids")
	}
	if err := b.cfg.Articles.DeleteArticle(ctx, in.Guild, id); err != nil {
		return newsbot.WithHint(err, newsbot.ENOTFOUND, "`/article list` shows the ids")
	}
	b.log.Info("article removed", "guild", in.Guild, "user", in.User, "article", id)
	return in.Reply(fmt.Sprintf("🗑️ Removed **#%d %s**.", a.ID, escape(clip(a.Title, 200))), true)
}

func (b *Bot) handleList(ctx context.Context, in *Interaction) error {
	arts, err := b.cfg.Articles.Articles(ctx, in.Guild)
	if err != nil {
		return err
	}
	if len(arts) == 0 {
		return in.Reply("No articles yet. Add one with `/article add-url`, `/article add-text` or `/article add-file`.", true)
	}
	blocks := make([]string, 0, len(arts)+1)
	blocks = append(blocks, fmt.Sprintf("**%d article%s**", len(arts), plural(len(arts))))
	for _, a := range arts {
		line := fmt.Sprintf("`#%d` %s", a.ID, escape(clip(oneLine(a.Title), 150)))
		if a.Outlet != "" || a.Published != "" {
			line += " — " + escape(strings.Trim(a.Outlet+", "+a.Published, ", "))
		}
		blocks = append(blocks, line)
	}
	for k, m := range Pack([]string{strings.Join(blocks, "\n")}, MessageLimit) {
		if err := b.sendPart(ctx, in, k, m, nil); err != nil {
			return err
		}
	}
	return nil
}

func (b *Bot) handleShow(ctx context.Context, in *Interaction) error {
	id, ok := intOption(in, "article")
	if !ok {
		return newsbot.Errorf(newsbot.EINVALID, "Choose an article from the list.")
	}
	a, err := b.cfg.Articles.Article(ctx, in.Guild, id)
	if err != nil {
		return newsbot.WithHint(err, newsbot.ENOTFOUND, "`/article list` shows the ids")
	}
	embeds := []*discordgo.MessageEmbed{articleEmbed(a)}
	content := ""
	_, err = in.Session.InteractionResponseEdit(in.Interaction, &discordgo.WebhookEdit{Content: &content, Embeds: &embeds, AllowedMentions: noMentions()}, discordgo.WithContext(ctx))
	return err
}

// autocompleteArticles suggests the guild's articles whose title contains
// what the user typed; non-moderators get no suggestions for the
// moderator commands.
func (b *Bot) autocompleteArticles(ctx context.Context, in *Interaction) error {
	var choices []*discordgo.ApplicationCommandOptionChoice
	allowed := true
	if strings.HasPrefix(in.Key, "auto:"+cmdArticle) {
		var err error
		if allowed, err = b.isModerator(ctx, in); err != nil {
			allowed = false
		}
	}
	if allowed && in.Guild != "" {
		typed := ""
		for _, o := range options(in) {
			if o.Focused {
				typed = strings.ToLower(fmt.Sprint(o.Value))
			}
		}
		arts, err := b.cfg.Articles.Articles(ctx, in.Guild)
		if err != nil {
			return err
		}
		for _, a := range arts {
			name := fmt.Sprintf("#%d %s", a.ID, oneLine(a.Title))
			if typed != "" && !strings.Contains(strings.ToLower(name), typed) && strconv.FormatInt(a.ID, 10) != typed {
				continue
			}
			choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: clip(name, ChoiceNameLimit), Value: a.ID})
			if len(choices) == 25 {
				break
			}
		}
	}
	if choices == nil {
		choices = []*discordgo.ApplicationCommandOptionChoice{}
	}
	return in.Respond(&discordgo.InteractionResponse{
		Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: choices},
	})
}

func size(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

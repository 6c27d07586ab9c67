package fakediscord_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/newsbot/newsbot/bot"
	"github.com/newsbot/newsbot/internal/fakediscord"
)

// TestChecks drives the fake with discordgo's REST client and checks that
// it refuses what Discord refuses.
func TestChecks(t *testing.T) {
	fake := fakediscord.New("1")
	defer fake.Close()
	bot.SetAPIURL(fake.APIURL())
	defer bot.SetAPIURL("")
	s, err := discordgo.New("Bot " + fake.Token)
	if err != nil {
		t.Fatal(err)
	}
	i := &discordgo.Interaction{ID: fake.NewID(), Type: discordgo.InteractionApplicationCommand}
	i = fake.Interact(i) // no session connected: nothing is dispatched, the token is known
	edit := "too early"
	if _, err := s.InteractionResponseEdit(i, &discordgo.WebhookEdit{Content: &edit}); err == nil {
		t.Errorf("edit before any response accepted")
	}
	deferred := &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}
	if err := s.InteractionRespond(i, deferred); err != nil {
		t.Fatalf("first response: %v", err)
	}
	if err := s.InteractionRespond(i, deferred); err == nil || !strings.Contains(err.Error(), "already been acknowledged") {
		t.Errorf("second response: %v; want already acknowledged", err)
	}
	long := strings.Repeat("x", 2001)
	if _, err := s.InteractionResponseEdit(i, &discordgo.WebhookEdit{Content: &long}); err == nil {
		t.Errorf("2,001 characters accepted")
	}
	ok := strings.Repeat("é", 2000)
	if _, err := s.InteractionResponseEdit(i, &discordgo.WebhookEdit{Content: &ok}); err != nil {
		t.Errorf("2,000 characters refused: %v", err)
	}
	embeds := []*discordgo.MessageEmbed{{Title: strings.Repeat("t", 257)}}
	if _, err := s.FollowupMessageCreate(i, true, &discordgo.WebhookParams{Embeds: embeds}); err == nil {
		t.Errorf("a 257-character embed title accepted")
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	err = fake.Wait(ctx, func(evs []fakediscord.Event) bool { return len(evs) == 2 })
	if err != nil || fake.Events()[0].Kind != fakediscord.KindCallback || fake.Events()[1].Kind != fakediscord.KindEdit {
		t.Errorf("recorded %+v, %v; want the accepted callback and edit only", fake.Events(), err)
	}
	bad, _ := discordgo.New("Bot wrong")
	if _, err := bad.ChannelMessageSend("5", "hi"); err == nil {
		t.Errorf("wrong token accepted")
	}
}

package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot/bot"
	"github.com/newsbot/newsbot/internal/fakediscord"
)

func TestServeNeedsToken(t *testing.T) {
	var out, errb bytes.Buffer
	env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }}
	if code := Main(context.Background(), env, []string{"serve", "--db", filepath.Join(t.TempDir(), "x.db")}); code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	if !strings.Contains(errb.String(), "DISCORD_TOKEN") {
		t.Fatalf("stderr %q does not name DISCORD_TOKEN", errb.String())
	}
}

// TestServeAgainstFakeDiscord runs the serve command as an operator would,
// with DISCORD_API_URL pointing at the fake, until it is stopped.
func TestServeAgainstFakeDiscord(t *testing.T) {
	fake := fakediscord.New("300000000000000001")
	defer fake.Close()
	defer bot.SetAPIURL("")
	vars := map[string]string{"DISCORD_TOKEN": fake.Token, "DISCORD_API_URL": fake.APIURL(), "DISCORD_GUILD_ID": "300000000000000001"}
	var out, errb bytes.Buffer
	env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(k string) string { return vars[k] }}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() {
		done <- Main(ctx, env, []string{"serve", "--db", filepath.Join(t.TempDir(), "bot.db"), "--http", "127.0.0.1:0"})
	}()
	wctx, wcancel := context.WithTimeout(ctx, 15*time.Second)
	defer wcancel()
	err := fake.Wait(wctx, func(evs []fakediscord.Event) bool {
		for _, e := range evs {
			if e.Kind == fakediscord.KindCommands && e.Guild == "300000000000000001" {
				return true
			}
		}
		return false
	})
	if err != nil {
		t.Fatalf("commands not registered to the development guild: %v\n%s", err, errb.String())
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errb.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop after the signal")
	}
}

package postgres

import (
	"context"
	"strings"
	"testing"

	"github.com/newsbot/newsbot"
)

// The driver's message of a refused connection has a line per address
// tried; the error shown is one line, each address once.
func TestOneLine(t *testing.T) {
	msg := "failed to connect to `user=u database=db`:\n\t127.0.0.1:1 (127.0.0.1): dial error: connection refused\n\t127.0.0.1:1 (127.0.0.1): dial error: connection refused"
	got := oneLine(msg)
	want := "failed to connect to `user=u database=db`; 127.0.0.1:1 (127.0.0.1): dial error: connection refused"
	if got != want {
		t.Errorf("oneLine = %q, want %q", got, want)
	}
}

// Open's error for a server nobody listens on is one line saying what to
// check (a closed local port: no network is reached).
func TestOpenUnreachableIsOneLine(t *testing.T) {
	_, err := Open(context.Background(), "postgres://u:secret@127.0.0.1:1/db?connect_timeout=2")
	if err == nil {
		t.Fatal("Open of a closed port succeeded")
	}
	msg := newsbot.ErrorMessage(err)
	if strings.Contains(msg, "\n") || !strings.Contains(msg, "check that the server runs") || strings.Contains(msg, "secret") {
		t.Errorf("Open error = %q; want one line with the fix and no password", msg)
	}
}

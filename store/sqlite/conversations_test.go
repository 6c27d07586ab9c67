package sqlite_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/store/sqlite"
	"github.com/newsbot/newsbot/store/storetest"
)

func TestConversations(t *testing.T) {
	ctx := context.Background()
	db := storetest.MustOpen(t)
	for i := 1; i <= 3; i++ {
		if err := db.AddTurn(ctx, "g1", "thread-1", newsbot.Turn{Question: fmt.Sprintf("q%d", i), Answer: fmt.Sprintf("a%d", i)}); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.AddTurn(ctx, "g2", "thread-1", newsbot.Turn{Question: "other guild"}); err != nil {
		t.Fatal(err)
	}
	t.Run("OK", func(t *testing.T) {
		got, err := db.Turns(ctx, "g1", "thread-1", 2)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 || got[0].Question != "q2" || got[1].Answer != "a3" {
			t.Fatalf("turns = %+v, want the last two, oldest first", got)
		}
	})
	t.Run("GuildScoped", func(t *testing.T) {
		got, _ := db.Turns(ctx, "g2", "thread-1", 0)
		if len(got) != 1 || got[0].Question != "other guild" {
			t.Fatalf("turns = %+v", got)
		}
		none, err := db.Turns(ctx, "g3", "thread-1", 0)
		if err != nil || len(none) != 0 {
			t.Fatalf("unknown conversation: %v %+v", err, none)
		}
	})
	t.Run("Trimmed", func(t *testing.T) {
		for i := 0; i < sqlite.MaxConversationTurns+5; i++ {
			if err := db.AddTurn(ctx, "g1", "long", newsbot.Turn{Question: fmt.Sprint(i)}); err != nil {
				t.Fatal(err)
			}
		}
		got, _ := db.Turns(ctx, "g1", "long", 1000)
		if len(got) != sqlite.MaxConversationTurns || got[len(got)-1].Question != fmt.Sprint(sqlite.MaxConversationTurns+4) {
			t.Fatalf("%d turns kept, last %+v", len(got), got[len(got)-1])
		}
	})
	t.Run("Delete", func(t *testing.T) {
		if err := db.DeleteConversation(ctx, "g1", "thread-1"); err != nil {
			t.Fatal(err)
		}
		got, _ := db.Turns(ctx, "g1", "thread-1", 0)
		other, _ := db.Turns(ctx, "g2", "thread-1", 0)
		if len(got) != 0 || len(other) != 1 {
			t.Fatalf("after delete: %d in g1, %d in g2", len(got), len(other))
		}
	})
	t.Run("Prune", func(t *testing.T) {
		n, err := db.PruneConversations(ctx, time.Now().Add(time.Hour))
		if err != nil || n == 0 {
			t.Fatalf("pruned %d: %v", n, err)
		}
		got, _ := db.Turns(ctx, "g2", "thread-1", 0)
		if len(got) != 0 {
			t.Fatalf("turns left after prune: %+v", got)
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		for _, err := range []error{
			db.AddTurn(ctx, "g1", "", newsbot.Turn{Question: "q"}),
			db.AddTurn(ctx, "", "c", newsbot.Turn{Question: "q"}),
			db.AddTurn(ctx, "g1", "c", newsbot.Turn{}),
		} {
			if newsbot.ErrorCode(err) != newsbot.EINVALID {
				t.Errorf("err = %v, want EINVALID", err)
			}
		}
		if _, err := db.Turns(ctx, "g1", " ", 0); newsbot.ErrorCode(err) != newsbot.EINVALID {
			t.Errorf("err = %v", err)
		}
	})
}

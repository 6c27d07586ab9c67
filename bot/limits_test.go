package bot

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot"
)

func TestAllowQuestion(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	l := newLimits(6, 2, 1, func() time.Time { return now })
	for k := 0; k < 2; k++ {
		if err := l.allowQuestion("g", "u"); err != nil {
			t.Fatalf("question %d refused: %v", k, err)
		}
	}
	err := l.allowQuestion("g", "u")
	if newsbot.ErrorCode(err) != newsbot.ETOOMANY || !strings.Contains(newsbot.ErrorMessage(err), "10 seconds") {
		t.Fatalf("third question: %v; want ETOOMANY with a 10 s retry", err)
	}
	if err := l.allowQuestion("g", "other"); err != nil {
		t.Errorf("another user limited: %v", err)
	}
	if err := l.allowQuestion("g2", "u"); err != nil {
		t.Errorf("the same user in another guild limited: %v", err)
	}
	now = now.Add(10 * time.Second)
	if err := l.allowQuestion("g", "u"); err != nil {
		t.Errorf("after the wait: %v", err)
	}
}

func TestAdmitGuild(t *testing.T) {
	l := newLimits(6, 2, 1, time.Now)
	l.queueCap = 2
	r1, err1 := l.admitGuild("g")
	_, err2 := l.admitGuild("g")
	_, err3 := l.admitGuild("g")
	if err1 != nil || err2 != nil || newsbot.ErrorCode(err3) != newsbot.EUNAVAIL {
		t.Fatalf("errors %v, %v, %v; want two admitted then EUNAVAIL", err1, err2, err3)
	}
	if _, err := l.admitGuild("other"); err != nil {
		t.Errorf("another guild blocked: %v", err)
	}
	r1()
	r1() // releasing twice frees one place only
	if _, err := l.admitGuild("g"); err != nil {
		t.Errorf("place not released: %v", err)
	}
	if _, err := l.admitGuild("g"); err == nil {
		t.Errorf("double release freed two places")
	}
}

// TestModelGateQueue: model slots go to waiting questions in order, each
// told its place; a question that gives up leaves the queue; a slot freed
// twice is freed once.
func TestModelGateQueue(t *testing.T) {
	l := newLimits(6, 2, 1, time.Now)
	ctx := context.Background()
	first, err := l.modelGate("g", nil)(ctx)
	if err != nil {
		t.Fatal(err)
	}
	places := make(chan int, 3)
	got := make(chan int, 3)
	for k := 1; k <= 2; k++ {
		go func() {
			release, err := l.modelGate("g", func(pos int) { places <- pos })(ctx)
			if err != nil {
				t.Error(err)
				return
			}
			got <- k
			release()
		}()
		if p := <-places; p != k {
			t.Errorf("question %d told place %d", k, p)
		}
	}
	// A third gives up at once: its context ends.
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := l.modelGate("g", nil)(cctx); err == nil {
		t.Error("a cancelled wait got a slot")
	}
	first()
	first()
	if a, b := <-got, <-got; a != 1 || b != 2 {
		t.Errorf("slots went to %d then %d; want 1 then 2", a, b)
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.guilds) != 0 {
		t.Errorf("queue state left behind: %+v", l.guilds["g"])
	}
}

// TestRateLimitNoticeOnce: the second refusal within a minute is quiet.
func TestRateLimitNoticeOnce(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	l := newLimits(1, 1, 1, func() time.Time { return now })
	if err := l.allowQuestion("g", "u"); err != nil {
		t.Fatal(err)
	}
	first, second := l.allowQuestion("g", "u"), l.allowQuestion("g", "u")
	if first == nil || errors.Is(first, errQuiet) || !errors.Is(second, errQuiet) {
		t.Fatalf("errors %v, %v; want a notice then a quiet refusal", first, second)
	}
	now = now.Add(2 * noticeWindow)
	l.allowQuestion("g", "u") // a token came back
	if err := l.allowQuestion("g", "u"); err == nil || errors.Is(err, errQuiet) {
		t.Errorf("after the window: %v; want a notice again", err)
	}
}

func TestAllowDM(t *testing.T) {
	now := time.Now()
	l := newLimits(6, 2, 2, func() time.Time { return now })
	if !l.allowDM("u") || l.allowDM("u") {
		t.Fatal("want one explanation, then silence")
	}
	if !l.allowDM("v") {
		t.Error("another user silenced")
	}
	now = now.Add(time.Hour)
	if !l.allowDM("u") {
		t.Error("still silenced after an hour")
	}
}

package bot

import (
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

func TestAcquireGuild(t *testing.T) {
	l := newLimits(6, 2, 2, time.Now)
	r1, err1 := l.acquireGuild("g")
	_, err2 := l.acquireGuild("g")
	_, err3 := l.acquireGuild("g")
	if err1 != nil || err2 != nil || newsbot.ErrorCode(err3) != newsbot.EUNAVAIL {
		t.Fatalf("errors %v, %v, %v; want two slots then EUNAVAIL", err1, err2, err3)
	}
	if _, err := l.acquireGuild("other"); err != nil {
		t.Errorf("another guild blocked: %v", err)
	}
	r1()
	r1() // releasing twice frees one slot only
	if _, err := l.acquireGuild("g"); err != nil {
		t.Errorf("slot not released: %v", err)
	}
	if _, err := l.acquireGuild("g"); err == nil {
		t.Errorf("double release freed two slots")
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

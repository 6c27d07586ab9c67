package main

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// TestProgressPlainLines: away from a terminal, a line at most every
// progressEvery and a last one with the time taken; nothing for a quick run.
func TestProgressPlainLines(t *testing.T) {
	var buf bytes.Buffer
	clock := time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC)
	p := newProgress(&Env{Stderr: &buf}, "adding", "sources", 300)
	p.now = func() time.Time { return clock }
	p.start, p.last = clock, clock
	for k := 1; k <= 300; k++ {
		clock = clock.Add(100 * time.Millisecond) // 30 s in all
		p.Set(k, 0)
	}
	p.Finish()
	got := strings.Split(strings.TrimSpace(buf.String()), "\n")
	want := []string{"adding: 100 of 300 sources (33%)", "adding: 200 of 300 sources (66%)", "adding: 300 of 300 sources (100%)", "adding: 300 of 300 sources (100%), done in 30s"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("lines:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	buf.Reset()
	q := newProgress(&Env{Stderr: &buf}, "polling", "feeds", 3)
	q.Set(3, 0)
	q.Finish()
	if buf.Len() != 0 {
		t.Errorf("a quick run printed %q", buf.String())
	}
}

// TestProgressBar draws schollz/progressbar's bar (as on a terminal) into a
// buffer.
func TestProgressBar(t *testing.T) {
	var buf bytes.Buffer
	p := &progress{bar: newBar(&buf, "embedding", "chunks", 0), w: &buf}
	p.Set(5, 40)
	time.Sleep(150 * time.Millisecond) // past the bar's redraw throttle
	p.Set(20, 0)
	if out := buf.String(); !strings.Contains(out, "embedding") || !strings.Contains(out, "20/40") {
		t.Errorf("bar output %q", out)
	}
}

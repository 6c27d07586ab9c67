package main

import (
	"testing"
	"time"
)

func TestDigestSchedule(t *testing.T) {
	at := func(h, m int) time.Time { return time.Date(2026, 3, 9, h, m, 0, 0, time.UTC) }
	for _, tc := range []struct {
		now  time.Time
		hour int
		want time.Time
	}{
		{at(7, 59), 8, at(8, 0)},
		{at(8, 0), 8, at(8, 0).AddDate(0, 0, 1)},
		{at(23, 30), 0, time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC)},
	} {
		if got := nextAt(tc.now, tc.hour); !got.Equal(tc.want) {
			t.Errorf("nextAt(%v, %d) = %v, want %v", tc.now, tc.hour, got, tc.want)
		}
	}
	for v, want := range map[string]int{"": 8, "0": 0, " 23 ": 23} {
		if h, err := digestHour(&Env{Getenv: func(string) string { return v }}); err != nil || h != want {
			t.Errorf("NEWSBOT_DIGEST_HOUR=%q: %d, %v; want %d", v, h, err, want)
		}
	}
	for _, bad := range []string{"24", "-1", "8am"} {
		if _, err := digestHour(&Env{Getenv: func(string) string { return bad }}); err == nil {
			t.Errorf("NEWSBOT_DIGEST_HOUR=%q accepted", bad)
		}
	}
}

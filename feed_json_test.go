package newsbot_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot"
)

func TestFeedJSON_NeverPolled(t *testing.T) {
	b, err := json.Marshal(newsbot.Feed{ID: 1, URL: "https://example.org/rss"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(b), "last_polled") {
		t.Errorf("a feed never polled shows last_polled: %s", b)
	}
	b, _ = json.Marshal(newsbot.Feed{ID: 1, LastPolled: time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)})
	if !strings.Contains(string(b), `"last_polled":"2026-11-25T08:00:00Z"`) {
		t.Errorf("polled feed: %s", b)
	}
}
